using System.Runtime.CompilerServices;

namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the whole GraphQL grammar (executable documents and SDL),
/// following graphql-js's parser structure and error messages. This file has the entry points
/// and executable documents; the type system is in Parser.TypeSystem.cs, values and the
/// token-level helpers in Parser.Values.cs.
/// </summary>
public sealed partial class Parser
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
}
