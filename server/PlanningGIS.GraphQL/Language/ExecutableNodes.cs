namespace PlanningGIS.GraphQL.Language;

public enum OperationType : byte
{
    Query,
    Mutation,
    Subscription,
}

public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Descriptions on operations and fragments (September 2025 edition).</summary>
    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; } // no store when absent: the parser builds many

    public required SelectionSetNode SelectionSet { get; init; }
}

public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get => field ?? []; init; } // no store when absent: the parser builds many

    /// <summary>
    /// Not part of the tree: the executor's field collection for this operation, reused by every
    /// execution of the same parsed document (see <see cref="Execution.OperationPlan"/>).
    /// </summary>
    internal Execution.OperationPlan? Plan { get; set; }
}

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}

public sealed class VariableDefinitionNode : AstNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; } // no store when absent: the parser builds many
}

public sealed class SelectionSetNode : AstNode
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

public abstract class SelectionNode : AstNode, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; } // no store when absent: the parser builds many
}

public sealed class FieldNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; } // no store when absent: the parser builds many

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of this field in the response: the alias, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed class FragmentSpreadNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public required NameNode Name { get; init; }
}

public sealed class InlineFragmentNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
