namespace PlanningGIS.GraphQL.Language;

/// <summary>Schema, type and directive definitions and extensions (SDL).</summary>
public abstract class TypeSystemNode : DefinitionNode, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A type definition or extension: has a name.</summary>
public abstract class TypeDefinitionOrExtensionNode : TypeSystemNode
{
    public required NameNode Name { get; init; }

    public abstract bool IsExtension { get; }
}

public sealed class SchemaDefinitionNode : TypeSystemNode
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

public sealed class SchemaExtensionNode : TypeSystemNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

public sealed class OperationTypeDefinitionNode : AstNode
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}

public sealed class ScalarTypeDefinitionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;

    public override bool IsExtension => false;

    public StringValueNode? Description { get; init; }
}

public sealed class ScalarTypeExtensionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

    public override bool IsExtension => true;
}

/// <summary>Object and interface definitions and extensions share their shape.</summary>
public abstract class FieldsTypeNode : TypeDefinitionOrExtensionNode
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class ObjectTypeDefinitionNode : FieldsTypeNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public override bool IsExtension => false;

    public StringValueNode? Description { get; init; }
}

public sealed class ObjectTypeExtensionNode : FieldsTypeNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public override bool IsExtension => true;
}

public sealed class InterfaceTypeDefinitionNode : FieldsTypeNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public override bool IsExtension => false;

    public StringValueNode? Description { get; init; }
}

public sealed class InterfaceTypeExtensionNode : FieldsTypeNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public override bool IsExtension => true;
}

public sealed class FieldDefinitionNode : AstNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputValueDefinitionNode : AstNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class UnionTypeDefinitionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public override bool IsExtension => false;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class UnionTypeExtensionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public override bool IsExtension => true;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class EnumTypeDefinitionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public override bool IsExtension => false;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class EnumTypeExtensionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public override bool IsExtension => true;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class EnumValueDefinitionNode : AstNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputObjectTypeDefinitionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public override bool IsExtension => false;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

public sealed class InputObjectTypeExtensionNode : TypeDefinitionOrExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public override bool IsExtension => true;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

public sealed class DirectiveDefinitionNode : DefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public bool Repeatable { get; init; }

    public required IReadOnlyList<NameNode> Locations { get; init; }
}
