namespace PlanningGIS.GraphQL.Utilities;

/// <summary>"Did you mean ...?" hints, as graphql-js suggestionList and didYouMean.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// Options close to the input (lexical distance), best first: graphql-js suggestionList (an
    /// option equal to the input has distance 0, duplicates count once, ties in natural order).
    /// </summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var scored = new List<(string Option, int Distance)>();
        HashSet<string>? seen = null;
        var inputLower = input.ToLowerInvariant();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            int distance;
            if (option == input)
            {
                distance = 0;
            }
            else
            {
                var optionLower = option.ToLowerInvariant();
                distance = inputLower == optionLower ? 1
                    : Math.Abs(optionLower.Length - inputLower.Length) > threshold ? int.MaxValue
                    : Distance(inputLower, optionLower);
            }
            if (distance <= threshold && (seen ??= new HashSet<string>()).Add(option))
            {
                scored.Add((option, distance));
            }
        }
        // Stable (LINQ) sort, as Array.prototype.sort.
        return scored
            .OrderBy(s => s, Comparer<(string Option, int Distance)>.Create((a, b) => a.Distance != b.Distance
                ? a.Distance - b.Distance
                : NaturalOrder.NaturalCompare(a.Option, b.Option)))
            .Select(s => s.Option)
            .ToList();
    }

    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }
        var message = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    // Damerau-Levenshtein (optimal string alignment) of two lower-cased strings, as graphql-js LexicalDistance.
    private static int Distance(string a, string b)
    {
        var rows = new int[3][];
        for (var i = 0; i < 3; i++)
        {
            rows[i] = new int[b.Length + 1];
        }
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current = Math.Min(current, rows[(i - 2) % 3][j - 2] + 1);
                }
                currentRow[j] = current;
            }
        }
        return rows[a.Length % 3][b.Length];
    }
}
