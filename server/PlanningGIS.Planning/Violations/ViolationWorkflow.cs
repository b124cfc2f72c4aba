using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Violations;

/// <summary>
/// The enforcement workflow (migration 0018): new → verified on site → notice issued → resolved or
/// escalated (an escalated case is resolved when the authority has acted); a baseless report is
/// dismissed before a notice is issued. Every step and every comment is an event with who, when, a
/// note and photos.
/// </summary>
public static class ViolationWorkflow
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The steps allowed from each status.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Next = new Dictionary<string, string[]>
    {
        ["open"] = ["verified", "dismissed"],
        ["verified"] = ["notice_issued", "dismissed"],
        ["notice_issued"] = ["resolved", "escalated"],
        ["escalated"] = ["resolved"],
    };

    /// <summary>updateViolationStatus: one step of the workflow, with its note, notice number and photos.</summary>
    public static Task<ViolationRow> StepAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var photos = ViolationApi.PhotosOf(input);
        var code = input.Get<string>("code")!;
        var target = input.Get<string>("status")!.ToLowerInvariant();
        var note = Trimmed(input.Get<string>("note"));
        var notice = Trimmed(input.Get<string>("noticeNumber"));
        return ViolationApi.WithStagedPhotosAsync(ctx, photos, DateTimeOffset.UtcNow.ToOffset(Vietnam), paths =>
            Mutation.RunAsync(ctx, notice, async connection =>
            {
                var ct = ctx.CancellationToken;
                var (id, status) = await LockAsync(connection, code, ct);
                if (!Next.TryGetValue(status, out var allowed) || !allowed.Contains(target))
                    throw new PlanningError(ErrorCodes.InvalidTransition,
                        $"Vi phạm {code} đang ở trạng thái \"{StatusVi(status)}\", không thể chuyển sang \"{StatusVi(target)}\". " +
                        (allowed is null ? "Vụ việc đã kết thúc." : $"Bước tiếp theo có thể là: {string.Join(", ", allowed.Select(s => $"\"{StatusVi(s)}\""))}."),
                        new Dictionary<string, object?> { ["from"] = status.ToUpperInvariant(), ["to"] = target.ToUpperInvariant(),
                            ["allowed"] = (allowed ?? []).Select(s => s.ToUpperInvariant()).ToArray() });
                if (target == "notice_issued" && notice is null)
                    throw Missing("noticeNumber", "Cần số biên bản vi phạm hành chính hoặc thông báo (ví dụ 12/BB-VPHC).");
                if (target is "escalated" or "dismissed" && note is null)
                    throw Missing("note", target == "escalated"
                        ? "Cần ghi chuyển đến cơ quan nào và vì sao (ví dụ: UBND tỉnh, vượt thẩm quyền xử phạt)."
                        : "Cần ghi lý do bác bỏ (ví dụ: kiểm tra thực địa không phát hiện vi phạm).");
                await using (var update = new NpgsqlCommand("""
                    update violations set status = @status,
                        resolved_at = case when @status in ('resolved', 'dismissed') then now() end,
                        resolution_note = case when @status in ('resolved', 'dismissed') then coalesce(@note, resolution_note) else resolution_note end,
                        notice_number = coalesce(@notice, notice_number)
                    where id = @id
                    """, connection))
                {
                    update.Parameters.AddWithValue("id", id);
                    update.Parameters.AddWithValue("status", target);
                    update.Parameters.AddWithValue("note", (object?)note ?? DBNull.Value);
                    update.Parameters.AddWithValue("notice", (object?)notice ?? DBNull.Value);
                    await update.ExecuteNonQueryAsync(ct);
                }
                var eventId = await InsertEventAsync(connection, id, status, target, note, notice, ct);
                for (var i = 0; i < photos.Count; i++)
                    await ViolationApi.InsertPhotoAsync(connection, id, eventId, photos[i], paths[i], ct);
                return await ViolationQueries.ByCodeAsync(ctx, connection, code);
            }));
    }

    /// <summary>commentOnViolation: a note, with photos if any, on a case in any status; the status is left as it is.</summary>
    public static Task<ViolationRow> CommentAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var photos = ViolationApi.PhotosOf(input);
        var code = input.Get<string>("code")!;
        var note = Trimmed(input.Get<string>("note")) ?? throw Missing("note", "Cần nội dung ghi chú.");
        return ViolationApi.WithStagedPhotosAsync(ctx, photos, DateTimeOffset.UtcNow.ToOffset(Vietnam), paths =>
            Mutation.RunAsync(ctx, null, async connection =>
            {
                var ct = ctx.CancellationToken;
                var (id, _) = await LockAsync(connection, code, ct);
                var eventId = await InsertEventAsync(connection, id, null, null, note, null, ct);
                for (var i = 0; i < photos.Count; i++)
                    await ViolationApi.InsertPhotoAsync(connection, id, eventId, photos[i], paths[i], ct);
                return await ViolationQueries.ByCodeAsync(ctx, connection, code);
            }));
    }

    private static async Task<(long Id, string Status)> LockAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var find = new NpgsqlCommand("select id, status from violations where code = @code for update", connection);
        find.Parameters.AddWithValue("code", code);
        return await RowReader.FirstOrNullAsync(find, r => (r.Get<long>("id"), r.Get<string>("status")), ct)
            ?? throw Mutation.NotFound("vi phạm", code);
    }

    private static async Task<long> InsertEventAsync(NpgsqlConnection connection, long violationId, string? from, string? to, string? note,
        string? notice, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into violation_events (violation_id, from_status, to_status, note, notice_number, actor)
            values (@violation, @from, @to, @note, @notice, current_setting('planning.actor')) returning id
            """, connection);
        cmd.Parameters.AddWithValue("violation", violationId);
        cmd.Parameters.AddWithValue("from", (object?)from ?? DBNull.Value);
        cmd.Parameters.AddWithValue("to", (object?)to ?? DBNull.Value);
        cmd.Parameters.AddWithValue("note", (object?)note ?? DBNull.Value);
        cmd.Parameters.AddWithValue("notice", (object?)notice ?? DBNull.Value);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static PlanningError Missing(string field, string message) =>
        new(ErrorCodes.BadUserInput, message, new Dictionary<string, object?> { ["field"] = field });

    public static string StatusVi(string status) => status switch
    {
        "open" => "mới phát hiện",
        "verified" => "đã xác minh",
        "notice_issued" => "đã lập biên bản",
        "resolved" => "đã khắc phục",
        "escalated" => "đã chuyển cấp có thẩm quyền",
        "dismissed" => "đã bác bỏ",
        _ => status,
    };
}
