using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Database;
using PlanningGIS.Planning.Geometry;
using PlanningGIS.Planning.Plots;

namespace PlanningGIS.Planning.Violations;

/// <summary>
/// Land-use violations: enforcement data. Who may read and change them: <see cref="ViolationPolicies"/>.
/// </summary>
public static class ViolationApi
{
    private static readonly string[] Located = ["Point", "Polygon", "MultiPolygon"];
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static void Register(SchemaBuilder schema) => schema
        .BindType<ViolationRow>("Violation")
        .BindType<PhotoRow>("Photo")
        .ResolveAsync("Query.violations", ViolationQueries.PageAsync)
        .ResolveAsync("Violation.plot", ctx => ctx.GetParent<ViolationRow>().PlotId is { } plot
            ? PlotQueries.LoadAsync(ctx, plot) : Task.FromResult<PlotRow?>(null))
        .ResolveAsync("Violation.photos", ctx => ViolationQueries.PhotosAsync(ctx, ctx.GetParent<ViolationRow>().RowId))
        .Resolve("Violation.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<ViolationRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .ResolveAsync("Mutation.flagViolation", FlagAsync)
        .ResolveAsync("Mutation.updateViolationStatus", UpdateStatusAsync);

    /// <summary>
    /// A new violation, coded VP-yyyymmdd-NNN (the day in Vietnam; at least three digits, more after 999), on the current plot it lies on if
    /// any. Photos are checked before anything is stored, and kept only if the violation is.
    /// </summary>
    private static async Task<ViolationRow> FlagAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var inputs = input.Get<IEnumerable<object?>>("photos")?.Cast<IReadOnlyDictionary<string, object?>>().ToList() ?? [];
        if (inputs.Count > PhotoUpload.MaxPhotos)
            throw new PlanningError(ErrorCodes.BadUserInput, $"Mỗi vi phạm gửi tối đa {PhotoUpload.MaxPhotos} ảnh.");
        var photos = inputs.Select(PhotoUpload.Decode).ToList();
        var description = input.Get<string>("description")?.Trim();
        if (string.IsNullOrEmpty(description))
            throw new PlanningError(ErrorCodes.BadUserInput, "Cần mô tả vi phạm.");

        var store = PhotoStore.From(ctx.Services!);
        var now = DateTimeOffset.UtcNow.ToOffset(Vietnam);
        var staged = new List<PhotoStore.Staged>();
        try
        {
            foreach (var photo in photos)
                staged.Add(await store.StageAsync(photo, now, ctx.CancellationToken));
            var violation = await Mutation.RunAsync(ctx, null, async connection =>
            {
                var ct = ctx.CancellationToken;
                var location = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("geometry")!.Json,
                    input.Get<int?>("srid") ?? 4326, Located);
                // One numbering per day: concurrent flags wait for each other here.
                var prefix = $"VP-{now:yyyyMMdd}-";
                await using (var lockCodes = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('planninggis.violation-code'))", connection))
                    await lockCodes.ExecuteNonQueryAsync(ct);
                await using (var cmd = new NpgsqlCommand("""
                    insert into violations (code, category, description, plot_id, reported_by, location)
                    select @prefix || lpad(next.n::text, greatest(3, length(next.n::text)), '0'),
                           lower(@category), @description,
                           (select p.id from plots p
                            where p.lifecycle = 'current' and ST_Intersects(p.boundary, @location)
                            order by ST_Area(ST_Intersection(p.boundary, @location)) desc, p.id limit 1),
                           current_setting('planning.actor'), @location
                    from (select coalesce(max(substring(code from length(@prefix) + 1)::int), 0) + 1 as n
                          from violations where code like @prefix || '%' and substring(code from length(@prefix) + 1) ~ '^[0-9]+$') next
                    returning id, code
                    """, connection))
                {
                    cmd.Parameters.AddWithValue("prefix", prefix);
                    cmd.Parameters.AddWithValue("category", input.Get<string>("category")!);
                    cmd.Parameters.AddWithValue("description", description);
                    cmd.Parameters.AddWithValue("location", location);
                    var (id, code) = (await RowReader.FirstOrNullAsync(cmd, r => (r.Get<long>("id"), r.Get<string>("code")), ct))!.Value;
                    for (var i = 0; i < photos.Count; i++)
                        await InsertPhotoAsync(connection, id, photos[i], staged[i].RelativePath, ct);
                    return await ViolationQueries.ByCodeAsync(ctx, connection, code);
                }
            });
            foreach (var photo in staged)
                store.Keep(photo);
            return violation;
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            // The connection broke, perhaps after the commit reached the database (found by the
            // durability test: a stored violation whose photo file was gone). Keep the photos: an
            // unused file costs bytes, a stored violation without its photos loses evidence.
            foreach (var photo in staged)
                store.Keep(photo);
            throw;
        }
        finally
        {
            foreach (var photo in staged)
                PhotoStore.Discard(photo);
        }
    }

    private static async Task InsertPhotoAsync(NpgsqlConnection connection, long violationId, PhotoUpload photo, string path, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into violation_photos (violation_id, file_name, content_type, size_bytes, sha256, storage_path, taken_at)
            values (@violation, @fileName, @contentType, @size, @sha256, @path, @takenAt)
            """, connection);
        cmd.Parameters.AddWithValue("violation", violationId);
        cmd.Parameters.AddWithValue("fileName", photo.FileName);
        cmd.Parameters.AddWithValue("contentType", photo.ContentType);
        cmd.Parameters.AddWithValue("size", (long)photo.Content.Length);
        cmd.Parameters.AddWithValue("sha256", photo.Sha256);
        cmd.Parameters.AddWithValue("path", path);
        cmd.Parameters.AddWithValue("takenAt", (object?)photo.TakenAt ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>OPEN → IN_PROGRESS → RESOLVED or DISMISSED; OPEN → DISMISSED. A closed case has its resolution time.</summary>
    private static Task<ViolationRow> UpdateStatusAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, null, async connection =>
        {
            var ct = ctx.CancellationToken;
            var code = input.Get<string>("code")!;
            var target = input.Get<string>("status")!.ToLowerInvariant();
            await using (var find = new NpgsqlCommand("select status from violations where code = @code for update", connection))
            {
                find.Parameters.AddWithValue("code", code);
                var status = await find.ExecuteScalarAsync(ct) as string ?? throw Mutation.NotFound("vi phạm", code);
                if (!((status, target) is ("open", "in_progress" or "dismissed") or ("in_progress", "resolved" or "dismissed")))
                    throw new PlanningError(ErrorCodes.InvalidTransition,
                        $"Vi phạm {code} đang ở trạng thái \"{StatusVi(status)}\", không thể chuyển sang \"{StatusVi(target)}\". " +
                        "Trình tự: mới phát hiện → đang xử lý → đã khắc phục hoặc bác bỏ; vi phạm mới phát hiện cũng có thể bác bỏ ngay.",
                        new Dictionary<string, object?> { ["from"] = status.ToUpperInvariant(), ["to"] = target.ToUpperInvariant() });
            }
            await using var update = new NpgsqlCommand("""
                update violations set status = @status,
                    resolved_at = case when @status in ('resolved', 'dismissed') then now() end,
                    resolution_note = coalesce(@note, resolution_note)
                where code = @code
                """, connection);
            update.Parameters.AddWithValue("code", code);
            update.Parameters.AddWithValue("status", target);
            update.Parameters.AddWithValue("note", (object?)input.Get<string>("note")?.Trim() ?? DBNull.Value);
            await update.ExecuteNonQueryAsync(ct);
            return await ViolationQueries.ByCodeAsync(ctx, connection, code);
        });
    }

    private static string StatusVi(string status) => status switch
    {
        "open" => "mới phát hiện",
        "in_progress" => "đang xử lý",
        "resolved" => "đã khắc phục",
        "dismissed" => "đã bác bỏ",
        _ => status,
    };
}
