namespace PlanningGIS.GraphQL.Language;

// The type system (SDL): schema, type and directive definitions and their extensions.
public sealed partial class Parser
{
    // ---- Type system ----

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR),
            Location = Loc(start),
        };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Here();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("scalar");
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(true),
            Location = Loc(start),
        };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("type");
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Interfaces = ParseImplementsInterfaces(),
            Directives = ParseDirectives(true),
            Fields = ParseFieldsDefinition(),
            Location = Loc(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("interface");
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Interfaces = ParseImplementsInterfaces(),
            Directives = ParseDirectives(true),
            Fields = ParseFieldsDefinition(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }
        Skip(TokenKind.Amp);
        var list = _items.Count;
        do
        {
            _items.Push(ParseNamedType());
        }
        while (Skip(TokenKind.Amp));
        return _items.PopFrom<NamedTypeNode>(list);
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        var args = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = args,
            Type = ParseTypeReference(),
            Directives = ParseDirectives(true),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseConstValueLiteral() : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(true),
            Location = Loc(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("union");
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(true),
            Types = ParseUnionMemberTypes(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.Equals))
        {
            return [];
        }
        Skip(TokenKind.Pipe);
        var list = _items.Count;
        do
        {
            _items.Push(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));
        return _items.PopFrom<NamedTypeNode>(list);
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("enum");
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(true),
            Values = ParseEnumValuesDefinition(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
        {
            throw _lexer.SyntaxError(token.Start, $"{token.Description} is reserved and cannot be used for an enum value.");
        }
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(true),
            Location = Loc(start),
        };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("input");
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(true),
            Fields = ParseInputFieldsDefinition(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var args = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = args,
            Repeatable = repeatable,
            Locations = ParseDirectiveLocations(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        Skip(TokenKind.Pipe);
        var list = _items.Count;
        do
        {
            var token = _lexer.Token;
            var name = ParseName();
            if (!Enum.TryParse<DirectiveLocation>(name.Value, ignoreCase: false, out _))
            {
                throw Unexpected(token);
            }
            _items.Push(name);
        }
        while (Skip(TokenKind.Pipe));
        return _items.PopFrom<NameNode>(list);
    }

    private TypeSystemNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectOrInterfaceExtension(isInterface: false);
                case "interface": return ParseObjectOrInterfaceExtension(isInterface: true);
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    private FieldsTypeNode ParseObjectOrInterfaceExtension(bool isInterface)
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword(isInterface ? "interface" : "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }
        return isInterface
            ? new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) }
            : new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }
}
