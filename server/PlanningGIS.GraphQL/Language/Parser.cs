using System.Runtime.CompilerServices;

namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the whole GraphQL grammar (executable documents and SDL),
/// following graphql-js's parser structure and error messages.
/// </summary>
public sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly NodeStack _items = new();
    private int _tokenCount;
    private int _depth;

    public Parser(Source source, ParserOptions? options = null)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal, e.g. a default value ("{a: 1}").</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference, e.g. "[Int!]!".</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    public DocumentNode ParseDocument()
    {
        var start = Here();
        Expect(TokenKind.StartOfFile);
        var definitions = _items.Count;
        do
        {
            _items.Push(ParseDefinition());
        }
        while (!Skip(TokenKind.EndOfFile));
        return new DocumentNode { Definitions = _items.PopFrom<DefinitionNode>(definitions), Location = Loc(start), TokenCount = _tokenCount };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                case "extend":
                    if (hasDescription)
                    {
                        throw _lexer.SyntaxError(_lexer.Start, "Unexpected description, descriptions are not supported on type extensions.");
                    }
                    return ParseTypeSystemExtension();
            }
        }
        if (hasDescription)
        {
            throw _lexer.SyntaxError(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
        }
        throw Unexpected(keyword);
    }

    // ---- Executable definitions ----

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Here();
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = ParseSelectionSet(),
                Location = Loc(start),
            };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenL))
        {
            return [];
        }
        var list = _items.Count;
        do
        {
            _items.Push(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.ParenR));
        return _items.PopFrom<VariableDefinitionNode>(list);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseConstValueLiteral() : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(true),
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Here();
        Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BraceL);
        var selections = _items.Count;
        do
        {
            _items.Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!Skip(TokenKind.BraceR));
        _depth--;
        return new SelectionSetNode { Selections = _items.PopFrom<SelectionNode>(selections), Location = Loc(start) };
    }

    private FieldNode ParseField()
    {
        var start = Here();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(false),
            Directives = ParseDirectives(false),
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Location = Loc(start),
        };
    }

    // Most fields have no arguments and no directives: the check is inlined into the caller, the
    // parsing is not.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => Peek(TokenKind.ParenL) ? ParseArgumentList(isConst) : [];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst) => Peek(TokenKind.At) ? ParseDirectiveList(isConst) : [];

    private IReadOnlyList<ArgumentNode> ParseArgumentList(bool isConst)
    {
        Expect(TokenKind.ParenL);
        var list = _items.Count;
        do
        {
            var start = Here();
            var name = ParseName();
            Expect(TokenKind.Colon);
            _items.Push(new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) });
        }
        while (!Skip(TokenKind.ParenR));
        return _items.PopFrom<ArgumentNode>(list);
    }

    private SelectionNode ParseFragment()
    {
        var start = Here();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(false),
                Location = Loc(start),
            };
        }
        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (_lexer.Kind == TokenKind.Name && _lexer.Value == "on")
        {
            throw Unexpected(_lexer.Token);
        }
        return ParseName();
    }

    // ---- Values ----

    private ValueNode ParseConstValueLiteral() => ParseValueLiteral(true);

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        var start = Here();
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode { Value = token.Value!, Location = Loc(start) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode { Value = token.Value!, Location = Loc(start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(start) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(start) },
                    "null" => new NullValueNode { Location = Loc(start) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(start) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw _lexer.SyntaxError(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BracketL);
        var values = _items.Count;
        while (!Skip(TokenKind.BracketR))
        {
            _items.Push(ParseValueLiteral(isConst));
        }
        _depth--;
        return new ListValueNode { Values = _items.PopFrom<ValueNode>(values), Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BraceL);
        var fields = _items.Count;
        while (!Skip(TokenKind.BraceR))
        {
            var fieldStart = Here();
            var name = ParseName();
            Expect(TokenKind.Colon);
            _items.Push(new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(fieldStart) });
        }
        _depth--;
        return new ObjectValueNode { Fields = _items.PopFrom<ObjectFieldNode>(fields), Location = Loc(start) };
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        var start = Here();
        AdvanceLexer();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = Loc(start) };
    }

    // ---- Directives and types ----

    private IReadOnlyList<DirectiveNode> ParseDirectiveList(bool isConst)
    {
        var list = _items.Count;
        while (Peek(TokenKind.At))
        {
            var start = Here();
            Expect(TokenKind.At);
            _items.Push(new DirectiveNode { Name = ParseName(), Arguments = ParseArguments(isConst), Location = Loc(start) });
        }
        return _items.PopFrom<DirectiveNode>(list);
    }

    private TypeNode ParseTypeReference()
    {
        var start = Here();
        TypeNode type;
        if (Skip(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        if (Skip(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = Loc(start) };
        }
        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Here();
        return new NamedTypeNode { Name = ParseName(), Location = Loc(start) };
    }

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

    // ---- Helpers ----

    private NameNode ParseName()
    {
        var lexer = _lexer;
        if (lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }
        var name = new NameNode(lexer.Value!, new Location(lexer.Start, lexer.End, lexer.Line, lexer.Column));
        AdvanceLexer();
        return name;
    }

    /// <summary>Where the current token starts: the start of the node about to be parsed.</summary>
    private Mark Here() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    /// <summary>The location of a node that started at <paramref name="start"/> and ends with the last token read.</summary>
    private Location Loc(Mark start) => new(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

    private readonly record struct Mark(int Start, int Line, int Column);

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ExpectedError(kind);
        }
        AdvanceLexer();
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }
        throw ExpectedError(kind);
    }

    private GraphQLError ExpectedError(TokenKind kind) =>
        _lexer.SyntaxError(_lexer.Start, $"Expected {Token.KindText(kind)}, found {_lexer.Token.Description}.");

    private bool Skip(TokenKind kind)
    {
        if (_lexer.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }
        return false;
    }

    private void ExpectKeyword(string value)
    {
        if (_lexer.Kind == TokenKind.Name && _lexer.Value == value)
        {
            AdvanceLexer();
            return;
        }
        throw _lexer.SyntaxError(_lexer.Start, $"Expected \"{value}\", found {_lexer.Token.Description}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_lexer.Kind == TokenKind.Name && _lexer.Value == value)
        {
            AdvanceLexer();
            return true;
        }
        return false;
    }

    private GraphQLError Unexpected(Token token) => _lexer.SyntaxError(token.Start, $"Unexpected {token.Description}.");

    private T[] Many<T>(TokenKind open, Func<T> parse, TokenKind close) where T : AstNode
    {
        Expect(open);
        var list = _items.Count;
        do
        {
            _items.Push(parse());
        }
        while (!Skip(close));
        return _items.PopFrom<T>(list);
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close) where T : AstNode =>
        Peek(open) ? Many(open, parse, close) : [];

    // Called for every token: small enough to inline, the error is built elsewhere.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AdvanceLexer()
    {
        _lexer.MoveNext();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw TooManyTokens();
        }
    }

    private GraphQLError TooManyTokens() =>
        _lexer.SyntaxError(_lexer.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.SyntaxError(_lexer.Start, $"Document nesting is deeper than {_options.MaxDepth} levels. Parsing aborted.");
        }
    }
}
