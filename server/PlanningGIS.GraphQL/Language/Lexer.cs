using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens by walking the string by index (no regex, no
/// per-character allocation). Comments and ignored tokens (whitespace, commas, BOM) are skipped.
/// The current token is kept in fields rather than a <see cref="Language.Token"/> struct: the
/// parser reads them directly, so moving on copies nothing. String and block string tokens are
/// read in Lexer.Strings.cs.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private bool _hasPeeked;
    private Token _peeked;
    private (int Position, int Line, int LineStart) _afterPeeked;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
    }

    public Source Source { get; }

    // The current token.
    internal TokenKind Kind;
    internal int Start;
    internal int End;
    internal int Line = 1;
    internal int Column = 1;
    internal string? Value;

    /// <summary>Where the token before the current one ends (the end of the last parsed node).</summary>
    internal int PreviousEnd;

    /// <summary>The current token.</summary>
    public Token Token => new(Kind, Start, End, Line, Column, Value);

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        MoveNext();
        return Token;
    }

    /// <summary>Moves to the next token (the parser's path: nothing is returned or copied).</summary>
    internal void MoveNext()
    {
        PreviousEnd = End;
        if (_hasPeeked)
        {
            _hasPeeked = false;
            (Kind, Start, End, Line, Column, Value) = _peeked;
            (_position, _line, _lineStart) = _afterPeeked;
        }
        else if (Kind != TokenKind.EndOfFile)
        {
            Scan();
        }
    }

    /// <summary>The token after the current one, without consuming it.</summary>
    public Token Lookahead()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return Token;
        }
        if (!_hasPeeked)
        {
            var current = Token;
            var saved = (_position, _line, _lineStart);
            Scan();
            _peeked = Token;
            _afterPeeked = (_position, _line, _lineStart);
            _hasPeeked = true;
            (Kind, Start, End, Line, Column, Value) = current;
            (_position, _line, _lineStart) = saved;
        }
        return _peeked;
    }

    // What each ASCII character is: a punctuator (its TokenKind), ignored, a name start, a digit, or
    // anything else (Other: strings, "...", "-", comments and errors, the slower path). One table
    // lookup instead of a chain of comparisons per character.
    private const byte Other = 0, Ignored = 100, NameStart = 101, Digit = 102;

    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        foreach (var c in " \t\n\r,")
        {
            classes[c] = Ignored;
        }
        for (var c = 'a'; c <= 'z'; c++)
        {
            classes[c] = NameStart;
            classes[char.ToUpperInvariant(c)] = NameStart;
        }
        classes['_'] = NameStart;
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = Digit;
        }
        (char, TokenKind)[] punctuators =
        [
            ('!', TokenKind.Bang), ('$', TokenKind.Dollar), ('&', TokenKind.Amp), ('(', TokenKind.ParenL),
            (')', TokenKind.ParenR), (':', TokenKind.Colon), ('=', TokenKind.Equals), ('@', TokenKind.At),
            ('[', TokenKind.BracketL), (']', TokenKind.BracketR), ('{', TokenKind.BraceL), ('|', TokenKind.Pipe),
            ('}', TokenKind.BraceR),
        ];
        foreach (var (c, kind) in punctuators)
        {
            classes[c] = (byte)kind;
        }
        return classes;
    }

    private void Scan()
    {
        var body = _body;
        var classes = Classes;
        var position = _position;
        while (position < body.Length)
        {
            var code = body[position];
            var kind = code < 128 ? classes[code] : Other;
            if (kind == Ignored)
            {
                if (code == '\n' || code == '\r' && CharAt(position + 1) != '\n') // \r\n ends one line
                {
                    _line++;
                    _lineStart = position + 1;
                }
                // Indentation comes in runs of spaces: a tight loop for them. No bounds check: a
                // .NET string is followed by a '\0', which ends the run.
                ref var first = ref MemoryMarshal.GetReference(body.AsSpan());
                while (Unsafe.Add(ref first, ++position) == ' ')
                {
                }
                continue;
            }
            if (kind == NameStart)
            {
                ReadName(position);
                return;
            }
            if (kind is not Other and < Ignored)
            {
                SetToken((TokenKind)kind, position, position + 1, null);
                return;
            }
            switch (code)
            {
                case '\uFEFF':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '.' when CharAt(position + 1) == '.' && CharAt(position + 2) == '.':
                    SetToken(TokenKind.Spread, position, position + 3, null);
                    return;
                case '"' when CharAt(position + 1) == '"' && CharAt(position + 2) == '"':
                    ReadBlockString(position);
                    return;
                case '"':
                    ReadString(position);
                    return;
                case '-' or (>= '0' and <= '9'):
                    ReadNumber(position, code);
                    return;
            }
            throw SyntaxError(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : SourceCharacterSize(position) > 0
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        SetToken(TokenKind.EndOfFile, body.Length, body.Length, null);
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
            var size = SourceCharacterSize(position);
            if (size == 0)
            {
                break;
            }
            position += size;
        }
        return position;
    }

    private void SetToken(TokenKind kind, int start, int end, string? value)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = start + 1 - _lineStart;
        Value = value;
        _position = end;
    }

    private void ReadName(int start)
    {
        var body = _body;
        var classes = Classes;
        var position = start + 1;
        var hash = (uint)body[start];
        // No bounds check: a .NET string is followed by a '\0', which ends the name.
        ref var first = ref MemoryMarshal.GetReference(body.AsSpan());
        while (true)
        {
            var code = Unsafe.Add(ref first, position);
            if (code >= 128 || classes[code] < NameStart) // neither a letter, "_" nor a digit
            {
                break;
            }
            hash = hash * 31 + code; // for the name table, computed while the name is scanned anyway
            position++;
        }
        SetToken(TokenKind.Name, start, position, NameTable.Get(body.AsSpan(start, position - start), hash));
    }

    // IntValue / FloatValue per the spec: no leading zeros, and a number may not be directly
    // followed by a "." or a name start character.
    private void ReadNumber(int start, char firstCode)
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
        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
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


    private char CharAt(int position) => position < _body.Length ? _body[position] : '\0';

    private string Slice(int start, int end) => _body.Substring(start, Math.Min(end, _body.Length) - start);

    // How many UTF-16 units the source character at position takes: 1, 2 for a surrogate pair, or
    // 0 when it is not a Unicode scalar value (a lone surrogate).
    private int SourceCharacterSize(int position) =>
        IsUnicodeScalarValue(_body[position]) ? 1 : IsSupplementaryCodePoint(position) ? 2 : 0;

    private int StringCharacterSize(int position)
    {
        var size = SourceCharacterSize(position);
        return size > 0 ? size : throw SyntaxError(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    private bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c < 128 && Classes[c] == NameStart;

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
