using System.Globalization;
using System.Text;

namespace PlanningGIS.Planning.Api;

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// A Relay connection page; every *Connection type of the schema binds to it. Pages are keyset pages
/// over the row id, so a cursor stays valid while rows are added or removed.
/// </summary>
public sealed class Connection
{
    public const int MaxPageSize = 500;

    public Connection(IReadOnlyList<object> nodes, Func<object, long> idOf, bool hasNextPage, bool hasPreviousPage, long totalCount)
    {
        Nodes = nodes;
        Edges = nodes.Select(n => new Edge(Cursor(idOf(n)), n)).ToList();
        PageInfo = new PageInfo(hasNextPage, hasPreviousPage, Edges.FirstOrDefault()?.Cursor, Edges.LastOrDefault()?.Cursor);
        TotalCount = (int)totalCount;
    }

    public int TotalCount { get; }
    public IReadOnlyList<object> Nodes { get; }
    public IReadOnlyList<Edge> Edges { get; }
    public PageInfo PageInfo { get; }

    public static string Cursor(long id) => Convert.ToBase64String(Encoding.ASCII.GetBytes("id:" + id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The row id after which a page starts; BAD_USER_INPUT for a cursor this API did not make.</summary>
    public static long After(string? cursor)
    {
        if (cursor is null)
            return 0;
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("id:", StringComparison.Ordinal) && long.TryParse(text[3..], CultureInfo.InvariantCulture, out var id))
                return id;
        }
        catch (FormatException)
        {
        }
        throw new PlanningError(ErrorCodes.BadUserInput, "Con trỏ phân trang (after) không hợp lệ: hãy dùng endCursor của trang trước.");
    }

    public static int First(int? first)
    {
        var size = first ?? 50;
        if (size is < 0 or > MaxPageSize)
            throw new PlanningError(ErrorCodes.BadUserInput, $"first phải từ 0 đến {MaxPageSize}.",
                new Dictionary<string, object?> { ["max"] = MaxPageSize });
        return size;
    }
}
