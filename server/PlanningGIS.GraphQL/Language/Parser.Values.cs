using System.Runtime.CompilerServices;

namespace PlanningGIS.GraphQL.Language;

// Literal values, and the token-level helpers every part of the grammar uses (names, locations,
// expecting tokens and keywords, lists, the token and nesting limits).
public sealed partial class Parser
{
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
