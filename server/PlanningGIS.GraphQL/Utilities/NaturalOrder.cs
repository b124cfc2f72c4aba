namespace PlanningGIS.GraphQL.Utilities;

/// <summary>
/// graphql-js naturalCompare: strings compared by UTF-16 code unit, except that runs of digits
/// compare as numbers ("a2" &lt; "a10"). Used to order suggestions and sorted argument values.
/// </summary>
public sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y) => NaturalCompare(x ?? "", y ?? "");

    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            int aChar = a[aIndex];
            int bChar = b[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                // As graphql-js: a leading zero ends the number ("0" then the rest compares on).
                double aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = aNum * 10 + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : -1;
                }
                while (IsDigit(aChar) && aNum > 0);
                double bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = bNum * 10 + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : -1;
                }
                while (IsDigit(bChar) && bNum > 0);
                if (aNum < bNum)
                {
                    return -1;
                }
                if (aNum > bNum)
                {
                    return 1;
                }
            }
            else
            {
                if (aChar < bChar)
                {
                    return -1;
                }
                if (aChar > bChar)
                {
                    return 1;
                }
                ++aIndex;
                ++bIndex;
            }
        }
        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';
}
