using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Argument Names (spec 5.4.1): every argument is defined by the field or directive.
/// graphql-js KnownArgumentNamesRule (with KnownArgumentNamesOnDirectivesRule).
/// </summary>
public sealed class KnownArgumentNames : ValidationRule
{
    private readonly Dictionary<string, IReadOnlyList<string>> _directiveArgs = new();

    public KnownArgumentNames(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _directiveArgs[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _directiveArgs[directiveDefinition.Name.Value] = directiveDefinition.Arguments.Select(a => a.Name.Value).ToList();
            }
        }
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.Directive:
                var directive = (DirectiveNode)node;
                var directiveName = directive.Name.Value;
                if (directive.Arguments.Count > 0 && _directiveArgs.TryGetValue(directiveName, out var knownArgs))
                {
                    foreach (var argNode in directive.Arguments)
                    {
                        var argName = argNode.Name.Value;
                        if (!knownArgs.Contains(argName))
                        {
                            Context.ReportError(
                                $"Unknown argument \"{argName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(Suggestions.List(argName, knownArgs)),
                                argNode);
                        }
                    }
                }
                return VisitAction.Skip;
            case NodeKind.Argument:
                var typeInfo = Context.TypeInfo;
                if (typeInfo.Argument is null && typeInfo.FieldDef is { } fieldDef && typeInfo.ParentType is { } parentType)
                {
                    var name = ((ArgumentNode)node).Name.Value;
                    Context.ReportError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"."
                            + Suggestions.DidYouMean(Suggestions.List(name, fieldDef.Arguments.Select(a => a.Name))),
                        node);
                }
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }
}
