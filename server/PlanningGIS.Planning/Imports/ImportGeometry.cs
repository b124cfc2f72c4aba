using Npgsql;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// The geometry of staged features, in SQL over the import's rows: tables of coordinates become
/// points and boundaries, the chosen CRS (and X/Y swap) is applied, closed CAD lines become polygons,
/// and a drawing's texts become the codes of the polygons they lie in.
/// </summary>
public static class ImportGeometry
{
    /// <summary>
    /// A CSV/XLSX has no geometry GDAL knows of: a WKT column is read as such; otherwise X/Y columns
    /// are boundary points (X = northing, as Vietnamese tables write them, whichever column holds
    /// the ~2.4 million values), joined into one boundary per code in file (or point-number) order.
    /// Returns a note for the user, or null when the table has neither.
    /// </summary>
    public static async Task<string?> FromTableAsync(NpgsqlConnection connection, Guid importId, IReadOnlyCollection<string> fields,
        string? codeField, CancellationToken ct)
    {
        var wkt = await FirstMatchingAsync(connection, importId, fields,
            @"^\s*(MULTI)?(POLYGON|POINT|LINESTRING)\s*(Z|M|ZM)?\s*\(", ct);
        if (wkt is not null)
        {
            await ExecuteAsync(connection, importId, """
                update staging.import_features set source_geom = ST_Force2D(ST_GeomFromText(attributes ->> @field)),
                       attributes = attributes - @field
                where import_id = @id
                """, ct, ("field", wkt));
            return $"Hình học đọc từ cột WKT \"{wkt}\".";
        }
        var x = fields.FirstOrDefault(f => ImportTarget.Normalised(f) is "x" or "x m" or "toa do x" or "n" or "northing");
        var y = fields.FirstOrDefault(f => ImportTarget.Normalised(f) is "y" or "y m" or "toa do y" or "e" or "easting");
        if (x is null || y is null)
            return null;
        var point = fields.FirstOrDefault(f => ImportTarget.Normalised(f) is "stt" or "diem" or "ten diem" or "so hieu diem" or "point" or "moc" or "so moc");
        // Which column holds the northing: in Lạng Sơn it is ~2.4 million, the easting under a million.
        await using (var check = new NpgsqlCommand("""
            select avg(parsed_number(attributes ->> @x)) > avg(parsed_number(attributes ->> @y))
            from staging.import_features where import_id = @id
            """, connection))
        {
            check.Parameters.AddWithValue("x", x);
            check.Parameters.AddWithValue("y", y);
            check.Parameters.AddWithValue("id", importId);
            var xIsNorthing = await check.ExecuteScalarAsync(ct) as bool? ?? true;
            var (easting, northing) = xIsNorthing ? (y, x) : (x, y);
            await ExecuteAsync(connection, importId, """
                update staging.import_features set source_geom = ST_MakePoint(parsed_number(attributes ->> @e), parsed_number(attributes ->> @n))
                where import_id = @id
                """, ct, ("e", easting), ("n", northing));
        }
        // The points of one code (or of the whole table) become one boundary, kept as the first row.
        await ExecuteAsync(connection, importId, $"""
            with groups as (
                select min(feature_no) as first, array_agg(feature_no) as members,
                       ST_MakeLine(source_geom order by {(point is null ? "feature_no" : "nullif(regexp_replace(attributes ->> @point, '[^0-9]', '', 'g'), '')::int, feature_no")}) as line
                from staging.import_features where import_id = @id and source_geom is not null
                group by {(codeField is null ? "true" : "attributes ->> @code")}
            ), closed as (
                select first, members, case when ST_NPoints(line) >= 3 and not ST_Equals(ST_StartPoint(line), ST_EndPoint(line))
                                            then ST_AddPoint(line, ST_StartPoint(line)) else line end as line
                from groups
            ), kept as (
                update staging.import_features f
                set source_geom = case when ST_NPoints(c.line) >= 4 then ST_MakePolygon(c.line) else c.line end,
                    attributes = f.attributes - @x - @y - coalesce(@point, '') || jsonb_build_object('points', ST_NPoints(c.line) - 1)
                from closed c where f.import_id = @id and f.feature_no = c.first
                returning f.feature_no
            )
            delete from staging.import_features f using closed c
            where f.import_id = @id and f.feature_no = any(c.members) and f.feature_no <> c.first
            """, ct, ("x", x), ("y", y), ("point", point), ("code", codeField));
        return $"Bảng tọa độ: cột \"{x}\" và \"{y}\" (X là tọa độ Bắc, Y là tọa độ Đông, như bảng tọa độ VN-2000)" +
               (codeField is null ? ", mọi điểm là một ranh giới." : $", mỗi mã \"{codeField}\" là một ranh giới.");
    }

    /// <summary>
    /// Puts the file's coordinates into WGS84 with the chosen CRS, makes polygons of closed lines
    /// (GDAL reads closed CAD polylines as lines), and gives DXF polygons the texts inside them.
    /// Coordinates that do not fit the CRS leave geom null (reported by the checks).
    /// </summary>
    public static async Task ApplyCrsAsync(NpgsqlConnection connection, Guid importId, int srid, bool swapXy, CancellationToken ct)
    {
        await ExecuteAsync(connection, importId, """
            update staging.import_features
            set geom = case when source_geom is not null and not ST_IsEmpty(source_geom)
                             and fits_crs(case when @swap then ST_FlipCoordinates(source_geom) else source_geom end, @srid)
                            then polygonised(ST_Transform(ST_SetSRID(
                                case when @swap then ST_FlipCoordinates(source_geom) else source_geom end, @srid), 4326)) end
            where import_id = @id
            """, ct, ("srid", srid), ("swap", swapXy));
        await using (var texts = new NpgsqlCommand(
            "select exists (select 1 from staging.import_features where import_id = @id and attributes ? 'Text')", connection))
        {
            texts.Parameters.AddWithValue("id", importId);
            if (await texts.ExecuteScalarAsync(ct) is not true)
                return;
        }
        // A drawing's TEXT/MTEXT points name the polygon they fall in: a known land-use code is its
        // land use, the first other text its code (label_code, label_land_use: see ImportTarget). Each
        // polygon looks its texts up in the geometry index ("offset 0": see ImportChecks' overlap check).
        await ExecuteAsync(connection, importId, """
            update staging.import_features f set attributes = f.attributes || l.found
            from (select p.feature_no, jsonb_strip_nulls(jsonb_build_object(
                         'label_code', (array_agg(t.text order by t.feature_no) filter (where not t.is_land_use))[1],
                         'label_land_use', (array_agg(upper(t.text) order by t.feature_no) filter (where t.is_land_use))[1])) as found
                  from staging.import_features p
                  cross join lateral (
                      select x.feature_no, x.text, exists (select 1 from land_use_codes c where c.code = upper(x.text)) as is_land_use
                      from (select n.feature_no,
                                   btrim(regexp_replace(n.attributes ->> 'Text', '\\P|\\[A-Za-z][^;\\]*;|[{}]', ' ', 'g')) as text
                            from staging.import_features n
                            where n.import_id = @id and n.geom && p.geom and n.attributes ? 'Text' and GeometryType(n.geom) = 'POINT'
                              and ST_Intersects(p.geom, n.geom) offset 0) x
                      where x.text <> '') t
                  where p.import_id = @id and GeometryType(p.geom) in ('POLYGON', 'MULTIPOLYGON')
                  group by p.feature_no) l
            where f.import_id = @id and f.feature_no = l.feature_no
            """, ct);
    }

    private static async Task<string?> FirstMatchingAsync(NpgsqlConnection connection, Guid importId, IReadOnlyCollection<string> fields,
        string pattern, CancellationToken ct)
    {
        foreach (var field in fields)
        {
            await using var cmd = new NpgsqlCommand(
                "select attributes ->> @field ~* @pattern from staging.import_features where import_id = @id and attributes ? @field limit 1", connection);
            cmd.Parameters.AddWithValue("field", field);
            cmd.Parameters.AddWithValue("pattern", pattern);
            cmd.Parameters.AddWithValue("id", importId);
            if (await cmd.ExecuteScalarAsync(ct) is true)
                return field;
        }
        return null;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, Guid importId, string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("id", importId);
        foreach (var (name, value) in parameters)
            cmd.Parameters.Add(value is null
                ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value }
                : new NpgsqlParameter(name, value));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
