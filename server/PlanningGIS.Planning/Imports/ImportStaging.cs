using Npgsql;
using PlanningGIS.Planning.Exchange;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// Reads a dataset into the import's rows of staging.import_features: ogr2ogr streams each layer into a raw
/// staging table (the file is never held in memory, here or in GDAL), which one statement turns into
/// feature rows and drops. Coordinates stay as in the file (SRID 0) until the CRS is settled.
/// </summary>
public static class ImportStaging
{
    /// <summary>Curves are stroked to this maximum deviation (metres in a projected file).</summary>
    public const double CurveToleranceMetres = 0.01;

    /// <summary>DXF arcs and bulges are stroked by GDAL at this many degrees per segment.</summary>
    public const double DxfArcStepDegrees = 1;

    public static async Task<List<string>> LoadAsync(NpgsqlDataSource db, string connectionString, Guid importId, string dataset,
        SourceDataset source, IReadOnlyList<string> openOptions, IReadOnlyDictionary<string, string> config, CancellationToken ct)
    {
        var notes = new List<string>();
        var (pg, environment) = Gdal.Postgres(connectionString);
        foreach (var (name, value) in config)
            environment[name] = value;
        environment["OGR_ARC_STEPSIZE"] = DxfArcStepDegrees.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["PG_USE_COPY"] = "YES";

        var offset = 0;
        for (var n = 0; n < source.Layers.Count; n++)
        {
            var layer = source.Layers[n];
            if (layer.FeatureCount == 0)
                continue;
            var raw = $"raw_{importId:N}_{n}";
            var arguments = new List<string>
            {
                "-f", "PostgreSQL", pg, dataset, layer.Name, "-nln", "staging." + raw,
                "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=ogc_fid", "-lco", "SPATIAL_INDEX=NONE", "-lco", "LAUNDER=NO",
                "-lco", "PRECISION=NO", "-a_srs", "None", "-dim", "XY", "-gt", "65536",
            };
            // A count ogrinfo could not give (-1) is bounded here: one feature past the limit is enough to refuse.
            arguments.AddRange(["-limit", (ImportFile.MaxFeatures - offset + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (layer.GeometryType != "None")
                arguments.AddRange(["-nlt", "GEOMETRY"]);
            foreach (var option in openOptions)
                arguments.AddRange(["-oo", option]);
            var load = await Gdal.RunAsync("ogr2ogr", arguments, ct, environment);
            try
            {
                if (!load.Succeeded)
                    throw ImportFile.Refused($"Không đọc hết được lớp \"{layer.Name}\" của tệp: tệp bị hỏng hoặc không đầy đủ.",
                        load.Errors.Trim());
                offset += await MoveIntoFeaturesAsync(db, importId, raw, source.Driver == "DXF" ? null : layer.Name, offset,
                    source.Driver switch { "DXF" or "CAD" => DxfNoise, "LIBKML" or "KML" => KmlNoise, _ => [] }, ct);
                if (offset > ImportFile.MaxFeatures)
                    throw SourceDataset.TooMany(offset);
            }
            finally
            {
                await using var drop = db.CreateCommand($"drop table if exists staging.{raw}");
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }
            if (layer.HasZ)
                notes.Add($"Lớp \"{layer.Name}\": đã bỏ cao độ Z (chỉ nhập tọa độ mặt bằng).");
            if (layer.HasM)
                notes.Add($"Lớp \"{layer.Name}\": đã bỏ giá trị M.");
            if (layer.HasCurves)
                notes.Add($"Lớp \"{layer.Name}\": đường cong được chia thành đoạn thẳng với sai lệch tối đa {CurveToleranceMetres * 100:0.#} cm.");
        }
        if (source.Driver == "DXF")
            notes.Add($"Cung tròn và đoạn cong (bulge) trong DXF được chia thành đoạn thẳng, mỗi đoạn {DxfArcStepDegrees:0.#}°; khối (block) được phá ra.");
        return notes;
    }

    // Fields GDAL adds of its own (CAD bookkeeping, KML display settings): nothing a user maps.
    private static readonly string[] DxfNoise = ["SubClasses", "PaperSpace", "EntityHandle", "ExtendedEntity", "Linetype"];
    private static readonly string[] KmlNoise = ["extrude", "tessellate", "visibility", "drawOrder", "icon", "altitudeMode", "begin", "end", "timestamp"];

    /// <summary>
    /// One statement: the raw rows become feature rows numbered in file order, with the source fields
    /// as JSON (nulls left out) and curves stroked. A DXF's CAD layer is its "Layer" field.
    /// </summary>
    private static async Task<int> MoveIntoFeaturesAsync(NpgsqlDataSource db, Guid importId, string raw, string? layerName, int offset,
        string[] noise, CancellationToken ct)
    {
        await using var columns = db.CreateCommand(
            "select exists (select 1 from information_schema.columns where table_schema = 'staging' and table_name = @raw and column_name = 'geom')");
        columns.Parameters.AddWithValue("raw", raw);
        var hasGeometry = (bool)(await columns.ExecuteScalarAsync(ct))!;
        var geometry = hasGeometry
            ? $"case when ST_HasArc(r.geom) then ST_CurveToLine(r.geom, {CurveToleranceMetres.ToString(System.Globalization.CultureInfo.InvariantCulture)}, 1, 1) else r.geom end"
            : "null::geometry";
        await using var cmd = db.CreateCommand($"""
            insert into staging.import_features (import_id, feature_no, source_layer, attributes, source_geom)
            select @id, @offset + row_number() over (order by r.ogc_fid),
                   coalesce(@layer, to_jsonb(r) ->> 'Layer'),
                   jsonb_strip_nulls(to_jsonb(r) - 'geom' - 'ogc_fid' - @noise::text[]),
                   {geometry}
            from staging.{raw} r
            """);
        cmd.Parameters.AddWithValue("id", importId);
        cmd.Parameters.AddWithValue("offset", offset);
        cmd.Parameters.AddWithValue("noise", noise);
        cmd.Parameters.Add(new NpgsqlParameter("layer", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)layerName ?? DBNull.Value });
        cmd.CommandTimeout = 0;
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}
