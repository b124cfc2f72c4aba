namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// Where a node is in its source: character offsets [Start, End) and the 1-based line and column
/// of its start (0 for nodes built in code). Plain numbers, no reference to the source: the parser
/// stores one in every node, and a reference would cost a GC write barrier each time.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>1-based line/column of the start, or null for nodes built in code.</summary>
    public ErrorLocation? LineColumn => Line > 0 ? new ErrorLocation(Line, Column) : null;
}

public enum NodeKind : byte
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

/// <summary>Base of all AST nodes. Nodes are immutable once parsed.</summary>
public abstract class AstNode
{
    public abstract NodeKind Kind { get; }

    public Location Location { get; init; }

    /// <summary>The node printed as GraphQL (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);
}

public sealed class NameNode : AstNode
{
    public NameNode(string value, Location location = default)
    {
        Value = value;
        Location = location;
    }

    public override NodeKind Kind => NodeKind.Name;

    public string Value { get; }
}

public sealed class DocumentNode : AstNode
{
    public override NodeKind Kind => NodeKind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>Number of lexical tokens in the document (set by the parser).</summary>
    public int TokenCount { get; init; }
}

public abstract class DefinitionNode : AstNode
{
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed class DirectiveNode : AstNode
{
    public override NodeKind Kind => NodeKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; } // no store when absent: the parser builds many
}

public sealed class ArgumentNode : AstNode
{
    public override NodeKind Kind => NodeKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
