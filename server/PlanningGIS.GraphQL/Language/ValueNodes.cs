namespace PlanningGIS.GraphQL.Language;

public abstract class ValueNode : AstNode
{
}

public sealed class VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    public required NameNode Name { get; init; }
}

public sealed class IntValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal text, e.g. "-12" (kept as text: it may not fit any .NET integer).</summary>
    public required string Value { get; init; }
}

public sealed class FloatValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;

    public required string Value { get; init; }
}

public sealed class StringValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    public required string Value { get; init; }

    /// <summary>Whether it was written as a """block string""".</summary>
    public bool Block { get; init; }
}

public sealed class BooleanValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public bool Value { get; init; }
}

public sealed class NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}

public sealed class EnumValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public required string Value { get; init; }
}

public sealed class ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}

public sealed class ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

public sealed class ObjectFieldNode : AstNode
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}

public abstract class TypeNode : AstNode
{
}

public sealed class NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    public required NameNode Name { get; init; }
}

public sealed class ListTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;

    public required TypeNode Type { get; init; }
}

public sealed class NonNullTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>A named or list type (never another non-null).</summary>
    public required TypeNode Type { get; init; }
}
