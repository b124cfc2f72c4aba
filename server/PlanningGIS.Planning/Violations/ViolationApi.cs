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
        .ResolveAsync("Violation.events", ctx => ViolationQueries.EventsAsync(ctx, ctx.GetParent<ViolationRow>().RowId))
        .ResolveAsync("ViolationEvent.photos", ctx => ViolationQueries.EventPhotosAsync(ctx, ctx.GetParent<ViolationEventRow>().RowId))
        .BindType<ViolationEventRow>("ViolationEvent")
        .ResolveAsync("Mutation.updateViolationStatus", ViolationWorkflow.StepAsync)
        .ResolveAsync("Mutation.commentOnViolation", ViolationWorkflow.CommentAsync);

    /// <summary>
    /// A new violation, coded VP-yyyymmdd-NNN (the day in Vietnam; at least three digits, more after 999), on the current plot it lies on if
    /// any. Photos are checked before anything is stored, and kept only if the violation is.
    /// </summary>
    private static Task<ViolationRow> FlagAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var photos = PhotosOf(input);
        var description = input.Get<string>("description")?.Trim();
        if (string.IsNullOrEmpty(description))
            throw new PlanningError(ErrorCodes.BadUserInput, "Cần mô tả vi phạm.");

        var now = DateTimeOffset.UtcNow.ToOffset(Vietnam);
        return WithStagedPhotosAsync(ctx, photos, now, paths => Mutation.RunAsync(ctx, null, async connection =>
        {
            var ct = ctx.CancellationToken;
            var location = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("geometry")!.Json,
                input.Get<int?>("srid") ?? 4326, Located);
            // One numbering per day: concurrent flags wait for each other here.
            var prefix = $"VP-{now:yyyyMMdd}-";
            await using (var lockCodes = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('planninggis.violation-code'))", connection))
                await lockCodes.ExecuteNonQueryAsync(ct);
            await using var cmd = new NpgsqlCommand("""
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
                """, connection);
            cmd.Parameters.AddWithValue("prefix", prefix);
            cmd.Parameters.AddWithValue("category", input.Get<string>("category")!);
            cmd.Parameters.AddWithValue("description", description);
            cmd.Parameters.AddWithValue("location", location);
            var (id, code) = (await RowReader.FirstOrNullAsync(cmd, r => (r.Get<long>("id"), r.Get<string>("code")), ct))!.Value;
            for (var i = 0; i < photos.Count; i++)
                await InsertPhotoAsync(connection, id, null, photos[i], paths[i], ct);
            return await ViolationQueries.ByCodeAsync(ctx, connection, code);
        }));
    }

    /// <summary>The photos sent with a mutation, decoded and checked before anything is stored (at most MaxPhotos).</summary>
    internal static List<PhotoUpload> PhotosOf(IReadOnlyDictionary<string, object?> input)
    {
        var inputs = input.Get<IEnumerable<object?>>("photos")?.Cast<IReadOnlyDictionary<string, object?>>().ToList() ?? [];
        if (inputs.Count > PhotoUpload.MaxPhotos)
            throw new PlanningError(ErrorCodes.BadUserInput, $"Mỗi lần gửi tối đa {PhotoUpload.MaxPhotos} ảnh.");
        return inputs.Select(PhotoUpload.Decode).ToList();
    }

    /// <summary>
    /// Stages the photos' files, runs the mutation with their storage paths, and keeps the files only
    /// if it committed (or may have: see below).
    /// </summary>
    internal static async Task<T> WithStagedPhotosAsync<T>(ResolveContext ctx, IReadOnlyList<PhotoUpload> photos, DateTimeOffset now,
        Func<IReadOnlyList<string>, Task<T>> run)
    {
        var store = PhotoStore.From(ctx.Services!);
        var staged = new List<PhotoStore.Staged>();
        try
        {
            foreach (var photo in photos)
                staged.Add(await store.StageAsync(photo, now, ctx.CancellationToken));
            var result = await run(staged.Select(p => p.RelativePath).ToList());
            foreach (var photo in staged)
                store.Keep(photo);
            return result;
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

    internal static async Task InsertPhotoAsync(NpgsqlConnection connection, long violationId, long? eventId, PhotoUpload photo, string path,
        CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into violation_photos (violation_id, event_id, file_name, content_type, size_bytes, sha256, storage_path, taken_at)
            values (@violation, @event, @fileName, @contentType, @size, @sha256, @path, @takenAt)
            """, connection);
        cmd.Parameters.AddWithValue("violation", violationId);
        cmd.Parameters.AddWithValue("event", (object?)eventId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("fileName", photo.FileName);
        cmd.Parameters.AddWithValue("contentType", photo.ContentType);
        cmd.Parameters.AddWithValue("size", (long)photo.Content.Length);
        cmd.Parameters.AddWithValue("sha256", photo.Sha256);
        cmd.Parameters.AddWithValue("path", path);
        cmd.Parameters.AddWithValue("takenAt", (object?)photo.TakenAt ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
