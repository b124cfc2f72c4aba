using System.Text;

namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// AST to GraphQL text, producing exactly what graphql-js <c>print</c> produces (same joining,
/// wrapping, 80-column argument breaking and block string rules). Not on a hot path.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(AstNode node) => node switch
    {
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", PrintOpt(n.DefaultValue)) + Wrap(" ", Directives(n.Directives)),
        SelectionSetNode n => Block(n.Selections.Select(Print)),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Directives(n.Directives)),
        InlineFragmentNode n => Join(["...", Wrap("on ", PrintOpt(n.TypeCondition)), Directives(n.Directives), Print(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + $"fragment {n.Name.Value} on {Print(n.TypeCondition)} " + Wrap("", Directives(n.Directives), " ") + Print(n.SelectionSet),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        SchemaDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + Join(["schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + Join(["scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n") + PrintFieldsType("type", n),
        InterfaceTypeDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n") + PrintFieldsType("interface", n),
        FieldDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Directives(n.Directives)),
        InputValueDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + Join([n.Name.Value + ": " + Print(n.Type), Wrap("= ", PrintOpt(n.DefaultValue)), Directives(n.Directives)], " "),
        UnionTypeDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + Join(["union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + Join(["enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        EnumValueDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n") + Join([n.Name.Value, Directives(n.Directives)], " "),
        InputObjectTypeDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + Join(["input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        DirectiveDefinitionNode n => Wrap("", PrintDescription(n.Description), "\n")
            + "directive @" + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : "")
            + " on " + Join(n.Locations.Select(Print), " | "),
        SchemaExtensionNode n => Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeExtensionNode n => PrintFieldsType("extend type", n),
        InterfaceTypeExtensionNode n => PrintFieldsType("extend interface", n),
        UnionTypeExtensionNode n => Join(["extend union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
    };

    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    /// <summary>A JSON-like quoted string, escaping as graphql-js printString.</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case <= '\u001F' or (>= '\u007F' and <= '\u009F'):
                    sb.Append("\\u").Append(((int)c).ToString("X4"));
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var varDefs = Wrap("(", Join(n.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Wrap("", PrintDescription(n.Description), "\n")
            + Join([OperationName(n.Operation), Join([n.Name?.Value, varDefs], ""), Directives(n.Directives)], " ");
        // Anonymous queries without directives or variables use the short form.
        return (prefix == "query" ? "" : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap("", n.Alias?.Value, ": ") + n.Name.Value;
        var args = n.Arguments.Select(Print).ToList();
        var argsLine = prefix + Wrap("(", Join(args, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(args, "\n")), "\n)");
        }
        return Join([argsLine, Directives(n.Directives), PrintOpt(n.SelectionSet)], " ");
    }

    private static string PrintFieldsType(string keyword, FieldsTypeNode n) =>
        Join([keyword, n.Name.Value, Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")),
            Directives(n.Directives), Block(n.Fields.Select(Print))], " ");

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> args)
    {
        var printed = args.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string? PrintDescription(StringValueNode? description) => description is null ? null : Print(description);

    private static string? PrintOpt(AstNode? node) => node is null ? null : Print(node);

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Join(IEnumerable<string?> parts, string separator) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? "" : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  "));
}
