using System.Text;

namespace PlanningGIS.GraphQL.Language;

// String and block string tokens: escapes (fixed and variable width \u, surrogate pairs) and the
// block string's raw lines, with graphql-js's error messages.
public sealed partial class Lexer
{
    private void ReadString(int start)
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
                SetToken(TokenKind.String, start, position + 1, text);
                return;
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
            position += StringCharacterSize(position);
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

    private void ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var lastLineStart = _lineStart;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                SetToken(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
                // The token is located at its start; what follows it is on its last line.
                _line += lines.Count - 1;
                _lineStart = lastLineStart;
                return;
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
                lastLineStart = position;
                continue;
            }
            position += StringCharacterSize(position);
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
}
