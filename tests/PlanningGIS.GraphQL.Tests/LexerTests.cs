using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Tests;

public class LexerTests
{
    private static Token Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static GraphQLError LexError(string text) => Assert.Throws<GraphQLError>(() => Lex(text));

    [Theory]
    [InlineData("foo", TokenKind.Name, "foo")]
    [InlineData("\uFEFF foo", TokenKind.Name, "foo")]
    [InlineData("  # comment\n,, _bar9", TokenKind.Name, "_bar9")]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-0", TokenKind.Int, "-0")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-1.123e4", TokenKind.Float, "-1.123e4")]
    [InlineData("1E-10", TokenKind.Float, "1E-10")]
    [InlineData("\"simple\"", TokenKind.String, "simple")]
    [InlineData("\"quote \\\" \\\\ \\/ \\b\\f\\n\\r\\t\"", TokenKind.String, "quote \" \\ / \b\f\n\r\t")]
    [InlineData("\"unicode \\u1234\\u5678\"", TokenKind.String, "unicode \u1234\u5678")]
    [InlineData("\"\\u{1F600} and \\u{41}\"", TokenKind.String, "\U0001F600 and A")]
    [InlineData("\"\\uD83D\\uDE00\"", TokenKind.String, "\U0001F600")]
    [InlineData("\"\"\"  block \"\"\"", TokenKind.BlockString, "  block ")]
    [InlineData("\"\"\"\n    spans\n      multiple\n    lines\n\n\"\"\"", TokenKind.BlockString, "spans\n  multiple\nlines")]
    [InlineData("\"\"\"contains \\\"\"\" triple\"\"\"", TokenKind.BlockString, "contains \"\"\" triple")]
    [InlineData("...", TokenKind.Spread, null)]
    [InlineData("!", TokenKind.Bang, null)]
    [InlineData("|", TokenKind.Pipe, null)]
    public void Lexes_tokens(string text, TokenKind kind, string? value)
    {
        var token = Lex(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"bad \\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("12a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("\n\n   ?", "Syntax Error: Unexpected character: \"?\".", 3, 4)]
    public void Reports_syntax_errors_with_location(string text, string message, int line, int column)
    {
        var error = LexError(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(new ErrorLocation(line, column), Assert.Single(error.Locations!));
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public void Rejects_lone_surrogates_in_strings()
    {
        var error = LexError("\"" + (char)0xD800 + "\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", error.Message);
    }

    [Fact]
    public void Tracks_lines_and_columns_across_line_terminators()
    {
        var lexer = new Lexer(new Source("a\r\nb\rc\n  d"));
        var columns = new List<(int, int)>();
        for (var t = lexer.Advance(); t.Kind != TokenKind.EndOfFile; t = lexer.Advance())
        {
            columns.Add((t.Line, t.Column));
        }
        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 3)], columns);
    }

    [Fact]
    public void Lookahead_does_not_consume()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Names_are_exact_whatever_their_length_and_however_often_they_repeat()
    {
        // Names come from a shared table: a collision or a long name must never change a name.
        var names = Enumerable.Range(0, 20_000).Select(i => "n" + i.ToString("x")).ToList();
        names.Add(new string('a', 41));
        names.Add(new string('a', 40));
        names.Add(new string('a', 39) + "b");
        var lexer = new Lexer(new Source(string.Join(" ", names.Concat(names))));
        var lexed = new List<string>();
        for (var t = lexer.Advance(); t.Kind != TokenKind.EndOfFile; t = lexer.Advance())
        {
            lexed.Add(t.Value!);
        }
        Assert.Equal(names.Concat(names), lexed);
    }

    [Fact]
    public void Tokens_after_a_multi_line_block_string_have_their_own_line_and_column()
    {
        var lexer = new Lexer(new Source("\"\"\"\n  one\r\n  two\n\"\"\" x\r\n  y"));
        var block = lexer.Advance();
        Assert.Equal((TokenKind.BlockString, 1, 1), (block.Kind, block.Line, block.Column));
        var x = lexer.Advance();
        Assert.Equal(("x", 4, 5), (x.Value, x.Line, x.Column));
        var y = lexer.Advance();
        Assert.Equal(("y", 5, 3), (y.Value, y.Line, y.Column));
    }
}
