using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using PlanningGIS.GraphQL.Execution;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// Runs a mutation (after its policy let the caller through, see FieldAuthorization): one transaction with the actor and legal basis set for the history
/// and audit triggers, and the database's refusals turned into the API's codes. A rejected mutation
/// rolls back, so it changes nothing.
/// </summary>
public static partial class Mutation
{
    public static async Task<T> RunAsync<T>(ResolveContext ctx, string? legalBasis, Func<NpgsqlConnection, Task<T>> work)
    {
        var account = ctx.Account() ?? throw new InvalidOperationException($"Mutation.{ctx.FieldName} has no policy that requires signing in.");
        await using var connection = await ctx.PrimaryDb().OpenConnectionAsync(ctx.CancellationToken);
        await using var tx = await connection.BeginTransactionAsync(ctx.CancellationToken);
        await using (var cmd = new NpgsqlCommand("""
            select set_config('planning.actor', @actor, true), set_config('planning.legal_basis', @basis, true),
                   set_config('planning.snap_tolerance_m', @snap, true)
            """, connection))
        {
            cmd.Parameters.AddWithValue("actor", account.Username);
            cmd.Parameters.AddWithValue("basis", legalBasis ?? "");
            // The boundary snapping triggers read it (migration 0011).
            cmd.Parameters.AddWithValue("snap", ctx.Options().SnapToleranceMetres.ToString(CultureInfo.InvariantCulture));
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
        }
        try
        {
            var result = await work(connection);
            await tx.CommitAsync(ctx.CancellationToken);
            await ReadRouting.CommittedAsync(ctx, connection);
            return result;
        }
        catch (PostgresException e)
        {
            throw Translate(e);
        }
    }

    /// <summary>
    /// Locks the object and checks that the client edits the current version: never a silent overwrite.
    /// Returns the row id.
    /// </summary>
    public static async Task<long> LockVersionAsync(NpgsqlConnection connection, string table, string code, int expectedVersion,
        string what, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"select id, version, changed_by, valid_from from {table} where code = @code for update", connection);
        cmd.Parameters.AddWithValue("code", code);
        var (id, version, changedBy, at) = await RowReader.FirstOrNullAsync(cmd,
            r => (r.Get<long>("id"), r.Get<int>("version"), r.Get<string?>("changed_by"), r.Get<DateTimeOffset>("valid_from")), ct)
            ?? throw NotFound(what, code);
        if (version != expectedVersion)
        {
            var by = changedBy ?? "?";
            throw new PlanningError(ErrorCodes.Conflict,
                $"{what} {code} đã được {by} sửa lúc {at.ToOffset(TimeSpan.FromHours(7)):HH:mm dd/MM/yyyy} (phiên bản {version}); " +
                $"bạn đang sửa phiên bản {expectedVersion}. Hãy tải lại, xem thay đổi của họ rồi sửa lại.",
                new Dictionary<string, object?> { ["currentVersion"] = version, ["expectedVersion"] = expectedVersion, ["changedBy"] = by });
        }
        return id;
    }

    public static PlanningError NotFound(string what, string code) =>
        new(ErrorCodes.NotFound, $"Không tìm thấy {what} có mã {code}.", new Dictionary<string, object?> { ["code"] = code });

    public static PlanningError Translate(PostgresException e) => e.SqlState switch
    {
        "GT001" => new PlanningError(ErrorCodes.Topology,
            e.MessageText.StartsWith("zone", StringComparison.Ordinal)
                ? $"Ranh giới mới để lô đất {Quoted(e.MessageText, 1)} nằm ngoài khu chức năng. Hãy mở rộng ranh giới để bao trọn các lô đất."
                : "Lô đất nằm ngoài ranh giới khu chức năng của nó.",
            Located(e)),
        "GT002" => new PlanningError(ErrorCodes.Topology,
            $"Lô đất chồng lấn lên lô {Quoted(e.MessageText, 1)}. Hãy chỉnh ranh giới cho khớp với lô bên cạnh.", Located(e)),
        "GT010" => new PlanningError(ErrorCodes.InvalidTransition,
            "Bước giải phóng mặt bằng chưa đúng trình tự: các bước trước đó chưa được hoàn thành.",
            new Dictionary<string, object?> { ["reason"] = e.MessageText }),
        "23P01" => new PlanningError(ErrorCodes.Topology,
            "Lô đất đã được giao hoặc cho thuê trong khoảng thời gian này.", new Dictionary<string, object?> { ["reason"] = e.MessageText }),
        "23505" => new PlanningError(ErrorCodes.BadUserInput, "Mã này đã tồn tại; hãy chọn mã khác.",
            new Dictionary<string, object?> { ["constraint"] = e.ConstraintName }),
        "23503" => new PlanningError(ErrorCodes.BadUserInput, "Đối tượng liên quan không tồn tại hoặc còn được tham chiếu.",
            new Dictionary<string, object?> { ["constraint"] = e.ConstraintName }),
        "23514" or "23502" or "22P02" or "22007" or "22008" => new PlanningError(ErrorCodes.BadUserInput,
            "Dữ liệu không hợp lệ: " + e.MessageText, new Dictionary<string, object?> { ["constraint"] = e.ConstraintName }),
        _ => throw e,
    };

    // The topology triggers put a point where the problem is in the error detail, as WKT.
    private static Dictionary<string, object?> Located(PostgresException e)
    {
        var details = new Dictionary<string, object?> { ["reason"] = e.MessageText };
        var match = PointWkt().Match(e.Detail ?? "");
        if (match.Success)
            details["location"] = new[]
            {
                double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            };
        return details;
    }

    // "plot DB-A-01 overlaps plot DB-A-02 by ..." -> the n-th code after a noun.
    private static string Quoted(string message, int index)
    {
        var words = message.Split(' ');
        var codes = words.Where((w, i) => i > 0 && words[i - 1] is "plot" or "zone").ToList();
        return index < codes.Count ? codes[index] : codes.LastOrDefault() ?? "";
    }

    [GeneratedRegex(@"POINT\(([-0-9.eE]+) ([-0-9.eE]+)\)")]
    private static partial Regex PointWkt();
}
