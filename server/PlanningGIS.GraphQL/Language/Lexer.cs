using System.Text;

namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens by walking the string by index (no regex, no
/// per-character allocation). Comments and ignored tokens (whitespace, commas, BOM) are skipped.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private Token? _peeked;
    private (int Position, int Line, int LineStart) _afterPeeked;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public Source Source { get; }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before the current one (its end is the end of the last parsed node).</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        if (_peeked is { } next)
        {
            _peeked = null;
            (_position, _line, _lineStart) = _afterPeeked;
            Token = next;
        }
        else
        {
            Token = Token.Kind == TokenKind.EndOfFile ? Token : ReadNextToken();
        }
        return Token;
    }

    /// <summary>The token after the current one, without consuming it.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }
        if (_peeked is { } peeked)
        {
            return peeked;
        }
        var saved = (_position, _line, _lineStart);
        var next = ReadNextToken();
        _afterPeeked = (_position, _line, _lineStart);
        (_position, _line, _lineStart) = saved;
        _peeked = next;
        return next;
    }

    private Token ReadNextToken()
    {
        var body = _body;
        var length = body.Length;
        var position = _position;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Punctuator(TokenKind.Bang, position, 1);
                case '$': return Punctuator(TokenKind.Dollar, position, 1);
                case '&': return Punctuator(TokenKind.Amp, position, 1);
                case '(': return Punctuator(TokenKind.ParenL, position, 1);
                case ')': return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }
                    break;
                case ':': return Punctuator(TokenKind.Colon, position, 1);
                case '=': return Punctuator(TokenKind.Equals, position, 1);
                case '@': return Punctuator(TokenKind.At, position, 1);
                case '[': return Punctuator(TokenKind.BracketL, position, 1);
                case ']': return Punctuator(TokenKind.BracketR, position, 1);
                case '{': return Punctuator(TokenKind.BraceL, position, 1);
                case '|': return Punctuator(TokenKind.Pipe, position, 1);
                case '}': return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }
            if (IsNameStart(code))
            {
                return ReadName(position);
            }
            throw SyntaxError(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        _position = length;
        return new Token(TokenKind.EndOfFile, length, length, _line, length + 1 - _lineStart, null);
    }

    private int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r')
            {
                break;
            }
            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }
        return position;
    }

    private Token Punctuator(TokenKind kind, int start, int size)
    {
        _position = start + size;
        return new Token(kind, start, start + size, _line, start + 1 - _lineStart, null);
    }

    private Token MakeToken(TokenKind kind, int start, int end, string value)
    {
        _position = end;
        return new Token(kind, start, end, _line, start + 1 - _lineStart, value);
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }
        return MakeToken(TokenKind.Name, start, position, _body.Substring(start, position - start));
    }

    // IntValue / FloatValue per the spec: no leading zeros, and a number may not be directly
    // followed by a "." or a name start character.
    private Token ReadNumber(int start, char firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw SyntaxError(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw SyntaxError(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int start, char firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw SyntaxError(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }
        return position;
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return MakeToken(TokenKind.String, start, position + 1, text);
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }
            if (code is '\n' or '\r')
            {
                break;
            }
            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw SyntaxError(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }
        throw SyntaxError(position, "Unterminated string.");
    }

    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        // Up to six hex digits plus braces: \u{10FFFF}.
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }
        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        // A leading surrogate must be followed by an escaped trailing surrogate: "\uD83D\uDE00".
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw SyntaxError(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }
        value.Append(escaped.Value);
        return 2;
    }

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = MakeToken(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return token;
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // keep the quotes, drop the backslash
                position += 4;
                continue;
            }
            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }
            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw SyntaxError(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }
        throw SyntaxError(position, "Unterminated string.");
    }

    private int Read16BitHexCode(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    // -1 for a non-hex character, which makes any combination with it negative.
    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private char CharAt(int position) => position < _body.Length ? _body[position] : '\0';

    private string Slice(int start, int end) => _body.Substring(start, Math.Min(end, _body.Length) - start);

    private bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    // As graphql-js printCodePointAt: printable ASCII quoted, everything else as U+XXXX.
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4");
    }

    internal GraphQLError SyntaxError(int position, string description) => SyntaxError(Source, position, description);

    internal static GraphQLError SyntaxError(Source source, int position, string description) =>
        new("Syntax Error: " + description, [source.GetLocation(position)],
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ParseFailed });
}
