using Npgsql;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>
/// What makes a dossier consistent, checked on the row as written (inside the mutation's transaction,
/// so a refusal rolls everything back): a decision exactly when it is no longer in preparation, a local
/// adjustment adjusts something, and the chain of adjusted dossiers has no cycle.
/// </summary>
public static class DossierRules
{
    /// <summary>The id of the dossier named by adjustsCode; null for none; BAD_USER_INPUT if there is no such dossier.</summary>
    public static async Task<long?> AdjustedIdAsync(NpgsqlConnection connection, string? adjustsCode, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(adjustsCode))
            return null;
        await using var cmd = new NpgsqlCommand("select id from dossiers where code = @code", connection);
        cmd.Parameters.AddWithValue("code", adjustsCode.Trim());
        return await cmd.ExecuteScalarAsync(ct) as long?
            ?? throw new PlanningError(ErrorCodes.BadUserInput, $"Không có đồ án mã {adjustsCode} để điều chỉnh.",
                new Dictionary<string, object?> { ["field"] = "adjustsCode", ["adjustsCode"] = adjustsCode });
    }

    public static async Task CheckAsync(NpgsqlConnection connection, long id, CancellationToken ct)
    {
        // Serialises the cycle check: two planners making A adjust B and B adjust A at once would each
        // see no cycle. The check's statement starts after the lock, so it sees the other's commit.
        await using (var lockCmd = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('dossiers.adjusts_id'))", connection))
            await lockCmd.ExecuteNonQueryAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            with recursive chain(id) as (
                select adjusts_id from dossiers where id = @id
                union
                select d.adjusts_id from chain c join dossiers d on d.id = c.id where c.id <> @id
            )
            select d.code, d.kind, d.status, d.decision_number,
                   (select a.code from dossiers a where a.id = d.adjusts_id) as adjusts_code, exists (select 1 from chain where id = @id) as cycle
            from dossiers d where d.id = @id
            """, connection);
        cmd.Parameters.AddWithValue("id", id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        await reader.ReadAsync(ct);
        var (code, kind, status) = (row.Get<string>("code"), row.Get<string>("kind"), row.Get<string>("status"));
        var hasDecision = !row.IsNull("decision_number");
        var adjusts = row.Get<string?>("adjusts_code");
        if (status == "in_preparation" && hasDecision)
            throw new PlanningError(ErrorCodes.BadUserInput,
                $"Đồ án {code} đang lập (IN_PREPARATION) nên chưa thể có số quyết định phê duyệt. " +
                "Hãy chuyển trạng thái sang APPROVED cùng lúc với nhập số quyết định, hoặc bỏ số quyết định.",
                new Dictionary<string, object?> { ["field"] = "decisionNumber", ["status"] = "IN_PREPARATION" });
        if (kind == "local_adjustment" && adjusts is null)
            throw new PlanningError(ErrorCodes.BadUserInput,
                $"Đồ án {code} là điều chỉnh cục bộ: hãy cho biết đồ án được điều chỉnh (adjustsCode).",
                new Dictionary<string, object?> { ["field"] = "adjustsCode", ["kind"] = "LOCAL_ADJUSTMENT" });
        if (row.Get<bool>("cycle"))
            throw new PlanningError(ErrorCodes.BadUserInput,
                $"Đồ án {code} không thể điều chỉnh đồ án {adjusts}: đồ án {adjusts} (trực tiếp hoặc qua các đồ án khác) " +
                $"đang điều chỉnh chính đồ án {code}, tạo thành vòng lặp.",
                new Dictionary<string, object?> { ["field"] = "adjustsCode", ["adjustsCode"] = adjusts });
    }

    /// <summary>
    /// The dossiers table's own CHECKs, in words a planner understands; other database refusals go on to
    /// <see cref="Api.Mutation.Translate"/>.
    /// </summary>
    public static async Task<T> Translating<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (PostgresException e) when (Explain(e) is { } error)
        {
            throw error;
        }
    }

    private static PlanningError? Explain(PostgresException e) => e.ConstraintName switch
    {
        "dossiers_check" => new PlanningError(ErrorCodes.BadUserInput,
            "Đồ án đã phê duyệt (APPROVED), đã điều chỉnh (ADJUSTED) hoặc đã bị thay thế (SUPERSEDED) phải có số quyết định phê duyệt " +
            "(decisionNumber), ví dụ 1055/QĐ-TTg.",
            new Dictionary<string, object?> { ["field"] = "decisionNumber", ["constraint"] = e.ConstraintName }),
        "dossiers_scale_check" => new PlanningError(ErrorCodes.BadUserInput,
            "Tỷ lệ bản đồ phải có dạng 1/số, ví dụ 1/500 hoặc 1/2000.",
            new Dictionary<string, object?> { ["field"] = "scale", ["constraint"] = e.ConstraintName }),
        "dossiers_check1" => new PlanningError(ErrorCodes.BadUserInput,
            "Một đồ án không thể điều chỉnh chính nó.",
            new Dictionary<string, object?> { ["field"] = "adjustsCode", ["constraint"] = e.ConstraintName }),
        "dossiers_code_key" => new PlanningError(ErrorCodes.BadUserInput,
            "Đã có đồ án mang mã này; hãy chọn mã khác.",
            new Dictionary<string, object?> { ["field"] = "code", ["constraint"] = e.ConstraintName }),
        _ => null,
    };
}
