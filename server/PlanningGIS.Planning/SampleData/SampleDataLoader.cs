using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Dossiers;

namespace PlanningGIS.Planning.SampleData;

/// <summary>
/// Loads the sample data files of gis-data/sample into the model. Each file loads in one
/// transaction, completely or not at all; a file already loaded with the same content is skipped,
/// so loading twice changes nothing.
/// </summary>
public sealed partial class SampleDataLoader(NpgsqlDataSource dataSource, ILogger<SampleDataLoader> logger, DocumentStore? documents = null)
{
    public const string Actor = "sample-data loader";

    public async Task<int> LoadDirectoryAsync(string directory, CancellationToken ct = default)
    {
        var loaded = 0;
        foreach (var file in SampleFiles.All)
        {
            var path = Path.Combine(directory, file.FileName);
            if (!File.Exists(path))
                throw new SampleDataException($"{path}: the sample data file is missing.");
            if (await LoadFileAsync(file, path, ct))
                loaded++;
        }
        return loaded;
    }

    /// <summary>Loads one file; returns false when the same content was loaded before.</summary>
    public async Task<bool> LoadFileAsync(SampleFile file, string path, CancellationToken ct = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, ct)));
        var (records, srid) = Read(file, path);
        if (file.StoresFiles)
            records = await StoreFilesAsync(records, Path.Combine(Path.GetDirectoryName(path)!, "documents"), ct);

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Serialise loaders: two processes loading at once must not both load a file.
        await Execute(connection, "select pg_advisory_xact_lock(hashtext('planninggis.sample-data'))", ct);
        var previous = await Scalar<string>(connection, "select sha256 from data_loads where file_name = @file", ct, ("file", file.FileName));
        if (previous == sha256)
            return false;
        if (previous is not null)
        {
            logger.LogWarning("{File} changed since it was loaded; sample data is loaded once, so the change is ignored", file.FileName);
            return false;
        }

        await Execute(connection, """
            select set_config('planning.audit', 'off', true), set_config('planning.actor', @actor, true),
                   set_config('planning.snap_tolerance_m', '0', true); -- files are loaded as they are, not snapped
            create temporary table staged (idx int primary key, props jsonb not null, geom geometry) on commit drop;
            create or replace function pg_temp.read_geometry(geojson text, srid int) returns geometry language plpgsql immutable as $$
            declare g geometry;
            begin
                g := ST_SetSRID(ST_GeomFromGeoJSON(geojson), srid);
                return case when srid = 4326 then g else ST_Transform(g, 4326) end;
            exception when others then
                return null;
            end $$;
            """, ct, ("actor", Actor));
        await Execute(connection, """
            insert into staged (idx, props, geom)
            select idx, props::jsonb, case when geojson is null then null else pg_temp.read_geometry(geojson, @srid) end
            from unnest(@idx, @props, @geojson) as r(idx, props, geojson)
            """, ct,
            ("srid", srid),
            ("idx", records.Select(r => r.Index).ToArray()),
            ("props", records.Select(r => r.PropertiesJson).ToArray()),
            ("geojson", records.Select(r => r.GeometryJson).ToArray()));

        foreach (var (condition, problem) in Checks(file, srid))
            await FailOnFirst(connection, path, condition, problem, ct);

        try
        {
            foreach (var statement in file.Insert)
                await Insert(connection, statement, file.RepeatInsertUntilNoRows, ct);
        }
        catch (PostgresException e)
        {
            throw new SampleDataException($"{path}: rejected by the database: {e.MessageText}" +
                                          (e.Detail is null ? "" : $" ({e.Detail})"), e);
        }
        foreach (var (condition, problem) in file.ChecksAfterInsert ?? [])
            await FailOnFirst(connection, path, condition, problem, ct);

        await Execute(connection, """
            insert into data_loads (file_name, sha256, feature_count) values (@file, @sha, @count);
            select set_config('planning.audit', 'on', true);
            insert into audit_log (actor, action, table_name, changes)
            values (@actor, 'LOAD', @file, jsonb_build_object('features', @count, 'sha256', @sha));
            """, ct, ("file", file.FileName), ("sha", sha256), ("count", records.Count), ("actor", Actor));
        await tx.CommitAsync(ct);
        logger.LogInformation("Loaded {Count} records from {File}", records.Count, file.FileName);
        return true;
    }

    // The store is content-addressed, so storing a file again (a second load, another database) is harmless.
    private async Task<IReadOnlyList<SourceRecord>> StoreFilesAsync(IReadOnlyList<SourceRecord> records, string directory, CancellationToken ct)
    {
        var store = documents ?? new DocumentStore(Path.Combine(Path.GetTempPath(), "planninggis-sample-documents"));
        var stored = new List<SourceRecord>();
        foreach (var record in records)
        {
            var props = JsonNode.Parse(record.PropertiesJson)!.AsObject();
            var name = props["file"]?.ToString() ?? throw new SampleDataException($"{directory}: record {record.Index} names no file.");
            var path = Path.Combine(directory, Path.GetFileName(name));
            if (!File.Exists(path))
                throw new SampleDataException($"{path}: the document file is missing.");
            var content = await File.ReadAllBytesAsync(path, ct);
            var sha256 = DocumentStore.Sha256Of(content);
            props["sha256"] = sha256;
            props["size_bytes"] = content.Length;
            props["content_type"] = Path.GetExtension(name).ToLowerInvariant() == ".pdf" ? "application/pdf" : "application/octet-stream";
            props["storage_path"] = await store.SaveAsync(content, sha256, ct);
            stored.Add(record with { PropertiesJson = props.ToJsonString() });
        }
        return stored;
    }

    private static (IReadOnlyList<SourceRecord>, int) Read(SampleFile file, string path) => file.Format switch
    {
        SourceFormat.GeoJson => SourceFile.ReadGeoJson(path),
        SourceFormat.JsonArray => (SourceFile.ReadJsonArray(path), SourceFile.Wgs84),
        _ => (SourceFile.ReadCsv(path), SourceFile.Wgs84),
    };

    private static IEnumerable<(string Condition, string Problem)> Checks(SampleFile file, int srid)
    {
        foreach (var property in file.RequiredProperties)
            yield return ($"coalesce(props->>'{property}', '') = ''", $"has no '{property}'");
        if (file.GeometryTypes.Length > 0)
        {
            yield return ("geom is null", "has no geometry, or its geometry is not valid GeoJSON");
            var types = string.Join(", ", file.GeometryTypes.Select(t => $"'{t}'"));
            yield return ($"ST_GeometryType(geom) not in ({types})",
                $"is a {{geometry_type}}; expected {string.Join(" or ", file.GeometryTypes.Select(t => t[3..]))}");
            yield return ("not ST_IsValid(geom)", "has an invalid geometry: {invalid_reason}");
            yield return ("not in_lang_son(geom)",
                $"lies outside Lạng Sơn province; is its coordinate system right? (the file declares EPSG:{srid})");
        }
        foreach (var check in file.Checks)
            yield return check;
    }

    // Runs a check over the staged records; the first one that matches fails the whole file.
    private static async Task FailOnFirst(NpgsqlConnection connection, string path, string condition, string problem, CancellationToken ct)
    {
        var sql = $"""
            select idx, props::text as props, ST_GeometryType(geom) as geometry_type, ST_IsValidReason(geom) as invalid_reason
            from staged where {condition} order by idx limit 1
            """;
        await using var cmd = Command(connection, sql, []);
        if (await RowReader.FirstOrNullAsync(cmd, r => (Index: r.Get<int>("idx"), Props: r.Get<string>("props"),
                Type: r.Get<string?>("geometry_type"), Reason: r.Get<string?>("invalid_reason")), ct) is not { } failed)
            return;
        var (index, props) = (failed.Index, JsonNode.Parse(failed.Props)!.AsObject());
        var extra = new Dictionary<string, string?> { ["geometry_type"] = failed.Type?[3..], ["invalid_reason"] = failed.Reason };
        var code = props["code"]?.ToString();
        var message = Placeholder().Replace(problem, m =>
            extra.TryGetValue(m.Groups[1].Value, out var v) ? v ?? "" : props[m.Groups[1].Value]?.ToString() ?? "");
        throw new SampleDataException($"{path}: record #{index}{(code is null ? "" : $" ({code})")} {message}. Nothing from this file was loaded.");
    }

    private static async Task Insert(NpgsqlConnection connection, string statement, bool repeat, CancellationToken ct)
    {
        int inserted;
        do
        {
            await using var cmd = Command(connection, statement, []);
            inserted = await cmd.ExecuteNonQueryAsync(ct);
        } while (repeat && inserted > 0);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct, params (string, object)[] parameters)
    {
        await using var cmd = Command(connection, sql, parameters);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T?> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken ct, params (string, object)[] parameters)
    {
        await using var cmd = Command(connection, sql, parameters);
        var value = await cmd.ExecuteScalarAsync(ct);
        return value is DBNull or null ? default : (T)value;
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
