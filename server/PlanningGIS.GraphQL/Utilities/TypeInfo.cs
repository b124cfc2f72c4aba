using PlanningGIS.GraphQL.Introspection;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Utilities;

/// <summary>
/// Tracks the schema types at the current point of a document walk (graphql-js TypeInfo):
/// output type, parent composite type, input type, field/directive/argument definitions.
/// Drive it with <see cref="TypeInfoVisitor"/>; every getter is null where the document does not
/// match the schema.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<InputValueDefinition?> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    public Schema Schema => _schema;

    /// <summary>The output type of the current field / operation / fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set we are in.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The expected input type at the current argument / value.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the enclosing value (e.g. the list around an item).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>The argument or input field whose value we are in (for its default value).</summary>
    public InputValueDefinition? DefaultValueSource => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType ? named : null);
                break;
            case FieldNode field:
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : GetFieldDef(_schema, parentType, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType ? fieldDef.Type : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is null ? Type?.GetNamedType() : TypeComparators.TypeFromAst(_schema, inline.TypeCondition);
                _typeStack.Add(inlineType is not null && inlineType.IsOutputType ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeComparators.TypeFromAst(_schema, fragment.TypeCondition);
                _typeStack.Add(fragmentType is not null && fragmentType.IsOutputType ? fragmentType : null);
                break;
            case VariableDefinitionNode variableDef:
                var inputType = TypeComparators.TypeFromAst(_schema, variableDef.Type);
                _inputTypeStack.Add(inputType is not null && inputType.IsInputType ? inputType : null);
                break;
            case ArgumentNode argument:
                var argDef = Directive is not null
                    ? Directive.GetArgument(argument.Name.Value)
                    : FieldDef?.GetArgument(argument.Name.Value);
                Argument = argDef;
                _defaultValueStack.Add(argDef);
                _inputTypeStack.Add(argDef is not null && argDef.Type.IsInputType ? argDef.Type : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.GetNamedType() as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.GetNamedType() as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    public void Leave(AstNode node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>A field of a parent type, including the meta fields __schema, __type and __typename.</summary>
    public static FieldDefinition? GetFieldDef(Schema schema, NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            switch (name)
            {
                case "__schema" when parentType == schema.QueryType:
                    return IntrospectionTypes.SchemaField;
                case "__type" when parentType == schema.QueryType:
                    return IntrospectionTypes.TypeField;
                case "__typename" when parentType.IsCompositeType:
                    return IntrospectionTypes.TypeNameField;
            }
        }
        return (parentType as ComplexType)?.GetField(name);
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}

/// <summary>Keeps a <see cref="TypeInfo"/> in step with a walk and forwards to an inner visitor (graphql-js visitWithTypeInfo).</summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, AstVisitor inner) : AstVisitor
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        typeInfo.Enter(node);
        var action = inner.Enter(node, ancestors);
        if (action != VisitAction.Continue)
        {
            typeInfo.Leave(node);
        }
        return action;
    }

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        var action = inner.Leave(node, ancestors);
        typeInfo.Leave(node);
        return action;
    }
}
