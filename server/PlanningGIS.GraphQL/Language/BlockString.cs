using System.Text;

namespace PlanningGIS.GraphQL.Language;

/// <summary>Block string helpers: the spec's dedent algorithm and graphql-js's printing rules.</summary>
public static class BlockString
{
    /// <summary>BlockStringValue(): common indentation removed, leading and trailing blank lines dropped.</summary>
    public static string DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }
            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }
        if (firstNonEmpty < 0)
        {
            return "";
        }
        var sb = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
            {
                sb.Append('\n');
            }
            var line = lines[i];
            if (i == 0)
            {
                sb.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                sb.Append(line, commonIndent, line.Length - commonIndent);
            }
        }
        return sb.ToString();
    }

    /// <summary>Dedents a raw block string body (as graphql-js dedentBlockStringValue).</summary>
    public static string Dedent(string raw) =>
        DedentLines(raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'));

    /// <summary>Whether the value survives a print/parse round trip as a block string.</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u001F'):
                    return false; // non-printable characters
                case '\r':
                    return false; // would be normalised to \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // leading new line
                    }
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine)
        {
            return false; // trailing empty lines
        }
        return !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Prints a value as a block string the way graphql-js printBlockString does.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = escaped.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || lines[i][0] is ' ' or '\t';
        }
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        var sb = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            sb.Append('\n');
        }
        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            sb.Append('\n');
        }
        return sb.Append("\"\"\"").ToString();
    }

    private static int LeadingWhitespace(string s)
    {
        var i = 0;
        while (i < s.Length && s[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }
}
