using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>A variable used somewhere, with the input type expected at that place.</summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, InputValueDefinition? DefaultValueSource, GraphQLType? ParentType);

/// <summary>What a rule can see and do during validation (graphql-js ValidationContext).</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private static readonly List<FragmentSpreadNode> NoSpreads = [];
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new();
    private readonly Stack<SelectionSetNode> _setsToVisit = new();
    private TypeInfo? _usageTypeInfo;
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _recursiveFragments = new();
    private readonly Dictionary<AstNode, List<VariableUsage>> _variableUsages = new();
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new();

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _errors = errors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Adds an error; validation errors get <c>extensions.code = GRAPHQL_VALIDATION_FAILED</c>.</summary>
    public void ReportError(GraphQLError error) => _errors.Add(error.WithDefaultCode(ErrorCodes.ValidationFailed));

    public void ReportError(string message, params AstNode[] nodes) =>
        _errors.Add(GraphQLError.At(message, nodes, ErrorCodes.ValidationFailed));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>();
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads directly in a selection set (including nested inline fragments, not fields).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_fragmentSpreads.TryGetValue(node, out var cached))
        {
            return cached;
        }
        List<FragmentSpreadNode>? spreads = null;
        var setsToVisit = _setsToVisit;
        setsToVisit.Clear();
        setsToVisit.Push(node);
        while (setsToVisit.Count > 0)
        {
            foreach (var selection in setsToVisit.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        spreads ??= NoSpreads;
        _fragmentSpreads[node] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments (cycle safe).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>();
        var nodesToVisit = new Stack<SelectionSetNode>();
        nodesToVisit.Push(operation.SelectionSet);
        while (nodesToVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(nodesToVisit.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    nodesToVisit.Push(fragment.SelectionSet);
                }
            }
        }
        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Variables used in an operation or fragment, with their expected input types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(AstNode node)
    {
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }
        var usages = new List<VariableUsage>();
        // One TypeInfo serves every walk: a complete walk leaves its stacks empty.
        var typeInfo = _usageTypeInfo ??= new TypeInfo(Schema);
        AstWalker.Walk(node, new TypeInfoVisitor(typeInfo, new VariableUsageCollector(typeInfo, usages)));
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>Variables used by an operation, including inside the fragments it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo, List<VariableUsage> usages) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node.Kind)
            {
                case NodeKind.VariableDefinition:
                    return VisitAction.Skip;
                case NodeKind.Variable:
                    usages.Add(new VariableUsage((VariableNode)node, typeInfo.InputType, typeInfo.DefaultValueSource, typeInfo.ParentInputType));
                    break;
            }
            return VisitAction.Continue;
        }
    }
}
