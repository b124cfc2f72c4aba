using System.Globalization;
using System.Text;

namespace PlanningGIS.GraphQL.Utilities;

/// <summary>Number text as JavaScript writes and reads it (graphql-js error messages and printed defaults use it).</summary>
public static class JsNumber
{
    /// <summary>ECMAScript Number::toString: shortest round-trip digits, exponent form outside [1e-7, 1e21).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return "0";
        }
        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var sb = new StringBuilder();
        if (value < 0)
        {
            sb.Append('-');
        }
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }
            var e = n - 1;
            sb.Append('e').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>JavaScript Number(text): whitespace trimmed, empty is 0, anything unparsable is NaN.</summary>
    public static double Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }

    // Significant digits (no leading/trailing zeros) and the decimal exponent n such that
    // value = 0.d1d2...dk * 10^n, from .NET's shortest round-trip formatting.
    private static (string Digits, int N) ShortestDigits(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var ePos = shortest.IndexOf('E');
        string mantissa;
        var exponent = 0;
        if (ePos >= 0)
        {
            mantissa = shortest[..ePos];
            exponent = int.Parse(shortest[(ePos + 1)..], CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = shortest;
        }
        var dot = mantissa.IndexOf('.');
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        var all = intPart + fracPart;
        var n = intPart.Length + exponent;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }
        all = all[lead..];
        n -= lead;
        return (all.TrimEnd('0'), n);
    }
}
