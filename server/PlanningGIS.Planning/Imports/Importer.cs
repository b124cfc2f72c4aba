using System.Globalization;
using System.Text.Json;
using Npgsql;
using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Planning.Imports;

/// <summary>What the user decides about an import: the CRS (and X/Y swap), field and layer mappings.</summary>
public sealed record ImportChoices(int? Srid = null, bool? SwapXy = null, IReadOnlyDictionary<string, string>? FieldMap = null,
    IReadOnlyDictionary<string, bool>? LayerMap = null);

/// <summary>
/// An import from upload to commit, for the HTTP API and the command line alike:
/// stage (read the file into staging, detect encoding and CRS, map fields, check), change the
/// choices (check again), preview, commit in one transaction with a legal basis, or discard.
/// Staged imports older than a day are cleaned up when the next one starts.
/// </summary>
public sealed class Importer(NpgsqlDataSource db, string connectionString, PlanningOptions options)
{
    public static readonly TimeSpan StagedLifetime = TimeSpan.FromDays(1);

    /// <summary>
    /// Stages a file. The caller may choose the import's id (a new UUID) so that it can follow the
    /// progress (<see cref="ImportProgress"/>) while the upload is being read; cancelling leaves nothing.
    /// </summary>
    public async Task<Guid> StageAsync(Stream content, string fileName, string targetName, ImportChoices choices, Account account,
        CancellationToken ct, Guid? chosenId = null)
    {
        var id = chosenId ?? Guid.NewGuid();
        try
        {
            var staged = await StageFileAsync(id, content, fileName, targetName, choices, account, ct);
            ImportProgress.Report(id, "staged");
            return staged;
        }
        catch (Exception e)
        {
            ImportProgress.Report(id, e is OperationCanceledException ? "cancelled" : "failed");
            throw;
        }
    }

    private async Task<Guid> StageFileAsync(Guid id, Stream content, string fileName, string targetName, ImportChoices choices,
        Account account, CancellationToken ct)
    {
        var target = ImportTarget.Named(targetName) ?? throw new PlanningError(ErrorCodes.BadUserInput,
            $"Không nhập được vào \"{targetName}\"; chọn một trong: {string.Join(", ", ImportTarget.All.Select(t => t.Name))}.",
            new Dictionary<string, object?> { ["field"] = "target" });
        await CleanUpAsync(ct);
        await using (var taken = db.CreateCommand("select exists (select 1 from imports where id = @id)"))
        {
            taken.Parameters.AddWithValue("id", id);
            if ((bool)(await taken.ExecuteScalarAsync(ct))!)
                throw new PlanningError(ErrorCodes.Conflict, "Mã bản nhập này đã được dùng; hãy để trống hoặc tạo mã mới.",
                    new Dictionary<string, object?> { ["field"] = "id" });
        }
        ImportProgress.Report(id, "reading");
        using var file = await ImportFile.ReceiveAsync(content, fileName, ct);
        var encoding = await ImportEncoding.PrepareAsync(file, ct);
        var source = await SourceDataset.ReadAsync(encoding.Dataset, file.Kind, encoding.OpenOptions, ct);
        ImportProgress.Report(id, "reading", source.Layers.Sum(l => Math.Max(0, l.FeatureCount)));
        await using (var insert = db.CreateCommand("""
            insert into imports (id, target, file_name, sha256, size_bytes, format, encoding, created_by)
            values (@id, @target, @name, @sha, @size, @format, @encoding, @by)
            """))
        {
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("target", target.Name);
            insert.Parameters.AddWithValue("name", file.FileName);
            insert.Parameters.AddWithValue("sha", file.Sha256);
            insert.Parameters.AddWithValue("size", file.SizeBytes);
            insert.Parameters.AddWithValue("format", source.Driver);
            insert.Parameters.AddWithValue("encoding", encoding.Name);
            insert.Parameters.AddWithValue("by", account.Username);
            await insert.ExecuteNonQueryAsync(ct);
        }
        try
        {
            var notes = await ImportStaging.LoadAsync(db, connectionString, id, encoding.Dataset, source, encoding.OpenOptions,
                encoding.Config, ct);
            notes.InsertRange(0, encoding.Notes);
            if (encoding.Recode is not null)
                await ImportEncoding.RecodeAsync(db, id, encoding.Recode.Value, ct);
            await using var connection = await db.OpenConnectionAsync(ct);
            var fields = await SourceFieldsAsync(connection, id, ct);
            // A drawing's texts become these fields when the CRS is applied (ImportGeometry.ApplyCrsAsync).
            if (source.Driver is "DXF" or "CAD")
                fields.AddRange(["label_code", "label_land_use"]);
            var fieldMap = target.GuessMapping(fields);
            if (source.Driver is "CSV" or "XLSX"
                && await ImportGeometry.FromTableAsync(connection, id, fields, fieldMap.GetValueOrDefault("code"), ct) is { } table)
            {
                notes.Add(table);
                fields = await SourceFieldsAsync(connection, id, ct);
            }
            var layerMap = await DefaultLayerMapAsync(connection, id, source, ct);
            var candidates = await ImportCrs.RankAsync(connection, id, ct);
            var (srid, swap, sridSource) = await ChooseCrsAsync(connection, id, source, candidates, notes, ct);
            await using (var update = new NpgsqlCommand("""
                update imports set srid = @srid, swap_xy = @swap, srid_source = @source, crs_candidates = @candidates::jsonb,
                                   field_map = @fields::jsonb, layer_map = @layers::jsonb, notes = @notes::jsonb
                where id = @id
                """, connection))
            {
                update.Parameters.AddWithValue("id", id);
                update.Parameters.Add(new NpgsqlParameter("srid", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)srid ?? DBNull.Value });
                update.Parameters.AddWithValue("swap", swap);
                update.Parameters.Add(new NpgsqlParameter("source", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)sridSource ?? DBNull.Value });
                update.Parameters.AddWithValue("candidates", JsonSerializer.Serialize(candidates, Json));
                update.Parameters.AddWithValue("fields", JsonSerializer.Serialize(fieldMap));
                update.Parameters.AddWithValue("layers", JsonSerializer.Serialize(layerMap));
                update.Parameters.AddWithValue("notes", JsonSerializer.Serialize(notes));
                await update.ExecuteNonQueryAsync(ct);
            }
            await ChangeAsync(connection, id, choices, account, ct);
            return id;
        }
        catch
        {
            await DeleteStagedAsync(id);
            throw;
        }
    }

    /// <summary>Applies the user's choices and checks the features again.</summary>
    public async Task ChangeAsync(Guid id, ImportChoices choices, Account account, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        try
        {
            await ChangeAsync(connection, id, choices, account, ct);
        }
        finally
        {
            ImportProgress.Report(id, "staged");
        }
    }

    private async Task ChangeAsync(NpgsqlConnection connection, Guid id, ImportChoices choices, Account account, CancellationToken ct)
    {
        var state = await ImportState.LoadAsync(connection, id, ct);
        state.RequireStaged();
        var target = ImportTarget.Named(state.Target)!;
        if (choices.Srid is { } chosen && ImportCrs.Candidates.All(c => c.Srid != chosen))
            throw new PlanningError(ErrorCodes.BadUserInput,
                $"Hệ tọa độ EPSG:{chosen} không nằm trong danh sách hỗ trợ khi nhập (VN-2000 TM-3, VN-2000 UTM 48N, WGS 84).",
                new Dictionary<string, object?> { ["field"] = "srid", ["srid"] = chosen });
        if (choices.FieldMap is { } fields && fields.Keys.FirstOrDefault(k => target.Field(k) is null) is { } unknown)
            throw new PlanningError(ErrorCodes.BadUserInput, $"\"{unknown}\" không phải là trường của {target.Label}.",
                new Dictionary<string, object?> { ["field"] = "fieldMap", ["name"] = unknown });
        var fieldMap = new Dictionary<string, string>(state.FieldMap);
        foreach (var (name, sourceField) in choices.FieldMap ?? new Dictionary<string, string>())
            if (string.IsNullOrEmpty(sourceField)) fieldMap.Remove(name); else fieldMap[name] = sourceField;
        var layerMap = new Dictionary<string, bool>(state.LayerMap);
        foreach (var (layer, included) in choices.LayerMap ?? new Dictionary<string, bool>())
            layerMap[layer] = included;
        var srid = choices.Srid ?? state.Srid;
        var swap = choices.SwapXy ?? state.SwapXy;
        var sridSource = choices.Srid is not null || choices.SwapXy is not null ? "user" : state.SridSource;

        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var update = new NpgsqlCommand("""
            update imports set srid = @srid, swap_xy = @swap, srid_source = @source, field_map = @fields::jsonb, layer_map = @layers::jsonb
            where id = @id
            """, connection))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.Add(new NpgsqlParameter("srid", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)srid ?? DBNull.Value });
            update.Parameters.AddWithValue("swap", swap);
            update.Parameters.Add(new NpgsqlParameter("source", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)sridSource ?? DBNull.Value });
            update.Parameters.AddWithValue("fields", JsonSerializer.Serialize(fieldMap));
            update.Parameters.AddWithValue("layers", JsonSerializer.Serialize(layerMap));
            await update.ExecuteNonQueryAsync(ct);
        }
        await ImportGeometry.ExecuteAsync(connection, id, "delete from staging.import_problems where import_id = @id and feature_no is null", ct);
        if (srid is { } s)
            await ImportGeometry.ApplyCrsAsync(connection, id, s, swap, ct);
        else
            await FileProblemAsync(connection, id, "NO_CRS", "error",
                "Không xác định được hệ tọa độ: tọa độ của tệp không rơi vào tỉnh Lạng Sơn với hệ tọa độ nào đã thử. " +
                "Kiểm tra lại tệp (có thể là dữ liệu của tỉnh khác, hoặc hệ tọa độ địa phương).", ct);
        if (srid is not null && sridSource == "detected")
            await FileProblemAsync(connection, id, "CRS_UNCONFIRMED", "warning",
                $"Tệp không ghi hệ tọa độ; hệ tọa độ phù hợp nhất là {ImportCrs.Describe(srid.Value, swap)}. Hãy xác nhận trước khi ghi.", ct);
        await ImportChecks.RunAsync(connection, id, target, fieldMap, JsonSerializer.Serialize(layerMap), options.MaxGeometryVertices, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Writes the import into the live table: all or nothing, with the legal basis.</summary>
    public async Task<(int Created, int Updated)> CommitAsync(Guid id, string? legalBasis, Account account, CancellationToken ct)
    {
        try
        {
            return await CommitStagedAsync(id, legalBasis, account, ct);
        }
        catch
        {
            ImportProgress.Report(id, "staged"); // rolled back: still staged as it was
            throw;
        }
    }

    private async Task<(int Created, int Updated)> CommitStagedAsync(Guid id, string? legalBasis, Account account, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(legalBasis))
            throw new PlanningError(ErrorCodes.BadUserInput, "Cần căn cứ pháp lý (số quyết định) để ghi dữ liệu nhập.",
                new Dictionary<string, object?> { ["field"] = "legalBasis" });
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var state = await ImportState.LoadAsync(connection, id, ct, forUpdate: true);
        state.RequireStaged();
        if (state.SridSource == "detected")
            throw new PlanningError(ErrorCodes.BadUserInput,
                $"Hãy xác nhận hệ tọa độ trước khi ghi (đề xuất: {ImportCrs.Describe(state.Srid!.Value, state.SwapXy)}).",
                new Dictionary<string, object?> { ["field"] = "srid", ["srid"] = state.Srid });
        await using (var count = new NpgsqlCommand(
            "select count(*) filter (where severity = 'error'), count(distinct feature_no) filter (where severity = 'error') from staging.import_problems where import_id = @id",
            connection))
        {
            count.Parameters.AddWithValue("id", id);
            await using var reader = await count.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var (errors, features) = (reader.GetInt64(0), reader.GetInt64(1));
            if (errors > 0)
                throw new PlanningError(ErrorCodes.ImportHasProblems,
                    $"Bản nhập còn {errors} lỗi ở {features} đối tượng; không có gì được ghi. Hãy sửa tệp hoặc cách ghép trường rồi thử lại.",
                    new Dictionary<string, object?> { ["errors"] = errors, ["features"] = features });
        }
        await using (var settings = new NpgsqlCommand("""
            select set_config('planning.actor', @actor, true), set_config('planning.legal_basis', @basis, true),
                   set_config('planning.snap_tolerance_m', @snap, true)
            """, connection))
        {
            settings.Parameters.AddWithValue("actor", account.Username);
            settings.Parameters.AddWithValue("basis", legalBasis.Trim());
            settings.Parameters.AddWithValue("snap", options.SnapToleranceMetres.ToString(CultureInfo.InvariantCulture));
            await settings.ExecuteNonQueryAsync(ct);
        }
        (int Created, int Updated) written;
        ImportProgress.Report(id, "writing");
        try
        {
            written = await ImportCommit.WriteAsync(connection, id, ImportTarget.Named(state.Target)!, legalBasis.Trim(), ct);
        }
        catch (PostgresException e)
        {
            throw Api.Mutation.Translate(e);
        }
        await using (var done = new NpgsqlCommand("""
            update imports set status = 'committed', committed_by = @by, committed_at = now(), legal_basis = @basis where id = @id;
            delete from staging.import_features where import_id = @id;
            """, connection))
        {
            done.Parameters.AddWithValue("id", id);
            done.Parameters.AddWithValue("by", account.Username);
            done.Parameters.AddWithValue("basis", legalBasis.Trim());
            await done.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        ImportProgress.Report(id, "committed");
        return written;
    }

    public async Task DiscardAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var state = await ImportState.LoadAsync(connection, id, ct);
        state.RequireStaged();
        await ImportGeometry.ExecuteAsync(connection, id, """
            update imports set status = 'discarded' where id = @id;
            delete from staging.import_features where import_id = @id;
            delete from staging.import_problems where import_id = @id;
            """, ct);
    }

    /// <summary>Staged imports older than a day are discarded; their rows go.</summary>
    public async Task CleanUpAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            with old as (update imports set status = 'discarded' where status = 'staged' and created_at < now() - @age returning id),
                 features as (delete from staging.import_features where import_id in (select id from old))
            delete from staging.import_problems where import_id in (select id from old)
            """);
        cmd.Parameters.AddWithValue("age", StagedLifetime);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    // A failed staging leaves nothing behind, whatever the request's state.
    private async Task DeleteStagedAsync(Guid id)
    {
        await using var cmd = db.CreateCommand("delete from imports where id = @id");
        cmd.Parameters.AddWithValue("id", id);
        await cmd.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static async Task<(int? Srid, bool Swap, string? Source)> ChooseCrsAsync(NpgsqlConnection connection, Guid id,
        SourceDataset source, List<CrsCandidate> candidates, List<string> notes, CancellationToken ct)
    {
        if (source.FileSrid is { } declared)
        {
            if (await ImportCrs.LandsInProvinceAsync(connection, id, declared, false, ct))
                return (declared, false, "file");
            notes.Add($"Tệp khai báo hệ tọa độ EPSG:{declared}, nhưng với hệ đó dữ liệu nằm ngoài tỉnh Lạng Sơn; đã thử các hệ khác.");
        }
        else if (source.HasUnidentifiedCrs)
            notes.Add("Tệp có khai báo hệ tọa độ nhưng không nhận ra được mã EPSG; đã thử các hệ VN-2000.");
        return candidates.Count > 0 ? (candidates[0].Srid, candidates[0].SwapXy, "detected") : (null, false, null);
    }

    private static async Task<List<string>> SourceFieldsAsync(NpgsqlConnection connection, Guid id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select k from (select distinct jsonb_object_keys(attributes) as k from staging.import_features where import_id = @id) keys order by k
            """, connection);
        cmd.Parameters.AddWithValue("id", id);
        var fields = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            fields.Add(reader.GetString(0));
        return fields;
    }

    /// <summary>
    /// A drawing's CAD layers, or a dataset's layers when it has several (a GeoPackage, a zip of Shapefiles):
    /// read those holding closed shapes, ignore the rest (roads, dimensions, texts).
    /// </summary>
    private static async Task<Dictionary<string, bool>> DefaultLayerMapAsync(NpgsqlConnection connection, Guid id, SourceDataset source,
        CancellationToken ct)
    {
        var map = new Dictionary<string, bool>();
        if (source.Driver is not ("DXF" or "CAD") && source.Layers.Count(l => l.FeatureCount != 0) < 2)
            return map;
        await using var cmd = new NpgsqlCommand("""
            select source_layer, bool_or(GeometryType(polygonised(source_geom)) in ('POLYGON', 'MULTIPOLYGON'))
            from staging.import_features where import_id = @id and source_layer is not null group by source_layer
            """, connection);
        cmd.Parameters.AddWithValue("id", id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            map[reader.GetString(0)] = !reader.IsDBNull(1) && reader.GetBoolean(1);
        return map;
    }

    private static async Task FileProblemAsync(NpgsqlConnection connection, Guid id, string code, string severity, string message,
        CancellationToken ct) =>
        await ImportGeometry.ExecuteAsync(connection, id, """
            insert into staging.import_problems (import_id, code, severity, message) values (@id, @code, @severity, @message)
            """, ct, ("code", code), ("severity", severity), ("message", message));

    // Vietnamese stays readable in the JSON (no \u escapes); the HTTP layer sets the content type.
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
