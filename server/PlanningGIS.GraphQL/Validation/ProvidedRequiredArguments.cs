using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Required Arguments (spec 5.4.2.1): every non-null argument without a default is provided.
/// graphql-js ProvidedRequiredArgumentsRule (with ProvidedRequiredArgumentsOnDirectivesRule);
/// checked when the field or directive is left, so that deeper errors come first.
/// </summary>
public sealed class ProvidedRequiredArguments : ValidationRule
{
    // Directive name -> its required arguments (name, type as printed), in definition order.
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArgs = new();

    public ProvidedRequiredArguments(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _requiredDirectiveArgs[directive.Name] = directive.Arguments
                .Where(ValidationUtil.IsRequired)
                .Select(a => (a.Name, a.Type.ToString()))
                .ToList();
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _requiredDirectiveArgs[directiveDefinition.Name.Value] = directiveDefinition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                    .ToList();
            }
        }
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) =>
        node.Kind == NodeKind.Argument ? VisitAction.Skip : VisitAction.Continue;

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.Field:
                if (Context.TypeInfo.FieldDef is { } fieldDef)
                {
                    var field = (FieldNode)node;
                    foreach (var argDef in fieldDef.Arguments)
                    {
                        if (ValidationUtil.IsRequired(argDef) && !HasArgument(field.Arguments, argDef.Name))
                        {
                            Context.ReportError(
                                $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.",
                                node);
                        }
                    }
                }
                break;
            case NodeKind.Directive:
                var directive = (DirectiveNode)node;
                if (_requiredDirectiveArgs.TryGetValue(directive.Name.Value, out var required))
                {
                    foreach (var (argName, argType) in required)
                    {
                        if (!HasArgument(directive.Arguments, argName))
                        {
                            Context.ReportError(
                                $"Directive \"@{directive.Name.Value}\" argument \"{argName}\" of type \"{argType}\" is required, but it was not provided.",
                                node);
                        }
                    }
                }
                break;
        }
        return VisitAction.Continue;
    }

    private static bool HasArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }
        return false;
    }
}
