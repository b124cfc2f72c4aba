using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// Refuses U+0000 in any string of a request (see <see cref="GraphQLLimits.AllowNulInStrings"/>): in a
/// literal of the document or anywhere in the variables, before anything is coerced or resolved.
/// PostgreSQL cannot store it in text, and no person types it: it is an attack or a broken client.
/// </summary>
internal static class NulCharacters
{
    public static GraphQLError? Find(DocumentNode document, IReadOnlyDictionary<string, object?>? variables)
    {
        var literals = new LiteralFinder();
        AstWalker.Walk(document, literals);
        if (literals.Found is { } literal)
        {
            return GraphQLError.At("String cannot contain the NUL character (U+0000).", literal, ErrorCodes.BadUserInput);
        }
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            if (PathOfNul(value) is { } path)
            {
                return new GraphQLError($"Variable \"${name}\" cannot contain the NUL character (U+0000), found at {name}{path}.",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput });
            }
        }
        return null;
    }

    /// <summary>Where in a variable's value (".field", "[index]") a string, or an object key, holds U+0000; null if nowhere.</summary>
    private static string? PathOfNul(object? value)
    {
        switch (value)
        {
            case string s:
                return s.Contains('\0') ? "" : null;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                foreach (var (key, entry) in entries)
                {
                    if (key.Contains('\0'))
                        return "." + key.Replace("\0", "\\u0000");
                    if (PathOfNul(entry) is { } inner)
                        return "." + key + inner;
                }
                return null;
            case IEnumerable<object?> items:
                var index = 0;
                foreach (var item in items)
                {
                    if (PathOfNul(item) is { } inner)
                        return $"[{index}]{inner}";
                    index++;
                }
                return null;
            default:
                return null;
        }
    }

    private sealed class LiteralFinder : AstVisitor
    {
        public StringValueNode? Found { get; private set; }

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is StringValueNode s && s.Value.Contains('\0'))
            {
                Found = s;
                return VisitAction.Break;
            }
            return VisitAction.Continue;
        }
    }
}
