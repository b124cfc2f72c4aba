namespace PlanningGIS.GraphQL.Language;

/// <summary>The text of a GraphQL document, with line/column lookup for error locations.</summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
    {
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>1-based line and column (in UTF-16 code units) of a character offset, as graphql-js getLocation.</summary>
    public ErrorLocation GetLocation(int position)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(starts, position);
        var line = index >= 0 ? index : ~index - 1;
        return new ErrorLocation(line + 1, position - starts[line] + 1);
    }

    // Line terminators are \r\n, \n and \r, as in the spec.
    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
