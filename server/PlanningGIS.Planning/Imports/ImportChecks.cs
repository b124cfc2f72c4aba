using Npgsql;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// Checks every staged feature as the live edit path checks one plot, zone or dossier (GeometryInput,
/// the topology triggers, the land-use list), in set-based SQL so 100,000 features take seconds, and
/// records each problem with the feature, the field or the place, and a Vietnamese sentence.
/// Each feature's action is decided first: an update when its code names a current object, else a
/// creation (a required field is required of creations only; an update keeps what the file leaves out).
/// </summary>
public static class ImportChecks
{
    public static async Task RunAsync(NpgsqlConnection connection, Guid importId, ImportTarget target,
        IReadOnlyDictionary<string, string> fieldMap, string layerMapJson, int maxVertices, CancellationToken ct)
    {
        var targetChecks = target.Name switch
        {
            "plots" => PlotChecks, "zones" => ZoneChecks, "dossiers" => DossierChecks, "clearance_parcels" => ParcelChecks, _ => LandUseChecks,
        };
        var steps = 3 + GeometryChecks.Length + (target.HasCodes ? 1 + CodeChecks.Length : 0) + target.Fields.Count + targetChecks.Length;
        var step = 0;
        var parameters = target.Fields.Select(f => ("f_" + f.Name, (object?)fieldMap.GetValueOrDefault(f.Name))).ToList();
        parameters.Add(("layers", layerMapJson));
        parameters.Add(("maxVertices", maxVertices));
        async Task Run(string sql)
        {
            ImportProgress.Report(importId, "checking", step: ++step, steps: steps);
            await ImportGeometry.ExecuteAsync(connection, importId, sql, ct, parameters.ToArray());
        }

        await Run("delete from staging.import_problems where import_id = @id and feature_no is not null");
        // A CAD layer mapped to nothing, and a drawing's texts (read as labels), are skipped; the rest are
        // creations unless their code names a current object (then updates, judged as such below).
        var mapped = string.Join(", ", target.Fields.Select(f => $"'{f.Name}', nullif(btrim(attributes ->> @f_{f.Name}), '')"));
        await Run($"""
            update staging.import_features
            set action = case when coalesce((@layers::jsonb ->> source_layer)::boolean, true) = false
                                   or (attributes ? 'Text' and GeometryType(geom) = 'POINT') then 'skip' else 'create' end,
                mapped = jsonb_strip_nulls(jsonb_build_object({mapped})),
                code = {(target.HasCodes ? target.CodeOf : "null")},
                geom = case when GeometryType(geom) = 'MULTIPOLYGON' and ST_NumGeometries(geom) = 1 and {(target.SinglePolygons ? "true" : "false")}
                            then ST_GeometryN(geom, 1)
                            when GeometryType(geom) = 'POLYGON' and {(target.SinglePolygons ? "false" : "true")} then ST_Multi(geom) else geom end,
                target_id = null, target_version = null
            where import_id = @id
            """);
        if (target.HasCodes)
            await Run($"""
                update staging.import_features f set action = 'update', target_id = t.id, target_version = t.version
                from ({target.CurrentObjects}) t
                where f.import_id = @id and f.action = 'create' and t.code = f.code
                """);

        // Fresh statistics of the placed geometries for the planner; no JIT, which cost ~50 ms to compile
        // each of these short statements (more than running most of them).
        await Run("set local jit = off; analyze staging.import_features");
        foreach (var check in GeometryChecks)
            await Run(check);
        if (target.HasCodes)
            foreach (var check in CodeChecks)
                await Run(check);
        foreach (var field in target.Fields)
            await Run(FieldCheck(field));
        foreach (var check in targetChecks)
            await Run(check);
    }

    private const string Problem = "insert into staging.import_problems (import_id, feature_no, field, code, severity, message, location)";
    private const string Pending = "f.import_id = @id and f.action <> 'skip'";

    private static readonly string[] GeometryChecks =
    [
        $"""
        {Problem}
        select @id, feature_no, null, 'NO_GEOMETRY', 'error',
               'Đối tượng không có hình học, hoặc tọa độ của nó không hợp với hệ tọa độ đã chọn.', null
        from staging.import_features f where {Pending} and geom is null
        """,
        $"""
        {Problem}
        select @id, feature_no, null, 'NOT_POLYGON', 'error',
               'Đối tượng là ' || lower(GeometryType(geom)) || ', không phải vùng khép kín: chỉ nhập được ranh giới dạng polygon '
               || '(đường polyline phải được đóng kín).', ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and geom is not null and GeometryType(geom) not in ('POLYGON', 'MULTIPOLYGON')
        """,
        $"""
        {Problem}
        select @id, feature_no, null, 'TOO_MANY_VERTICES', 'error',
               'Ranh giới có ' || ST_NPoints(geom) || ' đỉnh, vượt giới hạn ' || @maxVertices || ' đỉnh cho một hình.', ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and ST_NPoints(geom) > @maxVertices
        """,
        $"""
        {Problem}
        select @id, feature_no, null, 'INVALID_GEOMETRY', 'error',
               'Hình học không hợp lệ (' || coalesce((d).reason, 'invalid') || ').', (d).location
        from (select feature_no, ST_IsValidDetail(geom) as d from staging.import_features f
              where {Pending} and GeometryType(geom) in ('POLYGON', 'MULTIPOLYGON') and ST_NPoints(geom) <= @maxVertices) v
        where not (d).valid
        """,
        // A sliver a CAD operator left, or metres read as kilometres. ST_Area in degrees² first (1 m² ≈ 9e-11
        // at Lạng Sơn's latitude) keeps the exact area to the few candidates.
        $"""
        {Problem}
        select @id, feature_no, null, 'TINY_FEATURE', 'warning',
               'Vùng chỉ rộng ' || round(area_m2(geom)::numeric, 3) || ' m²: có thể là nét vẽ thừa hoặc sai đơn vị.', ST_PointOnSurface(geom)
        from staging.import_features f
        where {Pending} and GeometryType(geom) in ('POLYGON', 'MULTIPOLYGON') and ST_Area(geom) < 2e-10 and ST_IsValid(geom)
          and area_m2(geom) < 1
        """,
        $"""
        {Problem}
        select @id, feature_no, null, 'OUT_OF_AREA', 'error',
               'Đối tượng nằm ngoài tỉnh Lạng Sơn. Kiểm tra lại hệ tọa độ của tệp.', ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and geom is not null and not in_lang_son(geom)
        """,
    ];

    private static readonly string[] CodeChecks =
    [
        $"""
        {Problem}
        select @id, feature_no, 'code', 'CODE_MISSING', 'error', 'Đối tượng không có mã (trường được ghép vào "mã").', ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and code is null
        """,
        $"""
        {Problem}
        select @id, feature_no, 'code', 'DUPLICATE_CODE', 'error',
               'Mã ' || code || ' xuất hiện ' || n || ' lần trong tệp (các đối tượng số ' || numbers || ').', ST_PointOnSurface(geom)
        from (select feature_no, code, geom, count(*) over w as n, string_agg(feature_no::text, ', ') over w as numbers
              from staging.import_features f where {Pending} and code is not null
              window w as (partition by code order by feature_no rows between unbounded preceding and unbounded following)) d
        where n > 1
        """,
    ];

    /// <summary>A required field that is empty, a number that is not one (a decimal comma is accepted).</summary>
    private static string FieldCheck(TargetField field)
    {
        var value = $"(mapped ->> '{field.Name}')";
        var checks = new List<string>();
        if (field.Required && field.Name != "code")
            checks.Add($"""
                {Problem}
                select @id, feature_no, '{field.Name}', 'FIELD_MISSING', 'error', 'Thiếu {field.Label}.', ST_PointOnSurface(geom)
                from staging.import_features f where f.import_id = @id and f.action = 'create' and {value} is null
                """);
        if (field.Type is "number" or "integer")
        {
            var wrong = field.Type == "integer" ? $"parsed_number({value}) is distinct from trunc(parsed_number({value}))" : $"parsed_number({value}) is null";
            checks.Add($"""
                {Problem}
                select @id, feature_no, '{field.Name}', 'NOT_A_NUMBER', 'error',
                       '{field.Label}: "' || {value} || '" không phải là {(field.Type == "integer" ? "số nguyên" : "số")}.', ST_PointOnSurface(geom)
                from staging.import_features f where {Pending} and {value} is not null and {wrong}
                """);
        }
        return string.Join(";\n", checks.Count == 0 ? ["select 1"] : checks);
    }

    private static string Multipart(string noun, string shortNoun) => $"""
        {Problem}
        select @id, feature_no, null, 'MULTIPART', 'error',
               '{noun} gồm ' || ST_NumGeometries(geom) || ' phần rời nhau; mỗi {shortNoun} phải là một vùng liền.', ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and GeometryType(geom) = 'MULTIPOLYGON'
        """;

    private static readonly string UnknownLandUse = $"""
        {Problem}
        select @id, feature_no, 'land_use_code', 'UNKNOWN_LAND_USE', 'error',
               'Loại đất "' || (mapped ->> 'land_use_code') || '" không có trong danh mục (Thông tư 08/2024/TT-BTNMT).', ST_PointOnSurface(geom)
        from staging.import_features f
        where {Pending} and mapped ? 'land_use_code'
          and not exists (select 1 from land_use_codes c where c.code = upper(f.mapped ->> 'land_use_code'))
        """;

    /// <summary>A code that names no object of the table it refers to.</summary>
    private static string Unknown(string field, string problem, string what, string table) => $"""
        {Problem}
        select @id, feature_no, '{field}', '{problem}', 'error', 'Không có {what} mã ' || (mapped ->> '{field}') || '.', ST_PointOnSurface(geom)
        from staging.import_features f
        where {Pending} and mapped ? '{field}' and not exists (select 1 from {table} r where r.code = f.mapped ->> '{field}')
        """;

    private static string OverlapInFile(string noun, string @short) =>
        $"""
        {Problem}
        select @id, b.feature_no, null, 'OVERLAP_IN_FILE', 'error',
               '{noun} chồng lấn {@short} ' || coalesce(a.code, 'số ' || a.feature_no) || ' trong cùng tệp '
               || round(area_m2(ST_Intersection(a.geom, b.geom))::numeric, 2) || ' m².', ST_PointOnSurface(ST_Intersection(a.geom, b.geom))
        from staging.import_features a
        -- "offset 0" keeps the neighbours a lookup in the geometry index for each feature: flattened into
        -- a join, the planner (misled by the staged rows' many dead versions) compared every pair of the
        -- import by feature number instead (100,000 plots: 688 s; 20,000: 0.9 s this way).
        cross join lateral (select n.feature_no, n.geom from staging.import_features n
                            where n.geom && a.geom and n.import_id = @id and n.action <> 'skip' offset 0) b
        where a.import_id = @id and a.action <> 'skip' and b.feature_no > a.feature_no
          and GeometryType(a.geom) = 'POLYGON' and GeometryType(b.geom) = 'POLYGON' and ST_IsValid(a.geom) and ST_IsValid(b.geom)
          and ST_Relate(a.geom, b.geom, '2********') and area_m2(ST_Intersection(a.geom, b.geom)) > topology_tolerance_m2()
        """;

    private static readonly string[] PlotChecks =
    [
        Multipart("Lô đất", "lô"),
        UnknownLandUse,
        Unknown("dossier_code", "UNKNOWN_DOSSIER", "hồ sơ quy hoạch", "dossiers"),
        // The zone: as given by code, else the zone the plot lies in (most of it).
        """
        update staging.import_features f
        set mapped = f.mapped || jsonb_build_object('zone_id', coalesce(
            (select z.id from zones z where z.code = f.mapped ->> 'zone_code'),
            case when not f.mapped ? 'zone_code' and GeometryType(f.geom) = 'POLYGON' and ST_IsValid(f.geom) then coalesce(
                -- the zone that covers it (cheap: PostGIS prepares a zone's boundary once for many plots),
                (select z.id from zones z where z.boundary && f.geom and ST_Covers(z.boundary, f.geom) limit 1),
                -- else the one it mostly lies in (it is then reported outside that zone)
                (select z.id from zones z where z.boundary && f.geom and ST_Intersects(z.boundary, f.geom)
                 order by ST_Area(ST_Intersection(z.boundary, f.geom)) desc limit 1)) end))
        where f.import_id = @id and f.action <> 'skip'
        """,
        $"""
        {Problem}
        select @id, feature_no, 'zone_code', 'UNKNOWN_ZONE', 'error',
               case when mapped ? 'zone_code' then 'Không có khu chức năng mã ' || (mapped ->> 'zone_code') || '.'
                    else 'Lô đất không nằm trong khu chức năng nào.' end, ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and mapped ->> 'zone_id' is null and GeometryType(geom) = 'POLYGON'
        """,
        $"""
        {Problem}
        select @id, f.feature_no, null, 'OUTSIDE_ZONE', 'error',
               'Lô đất nằm ngoài khu chức năng ' || z.code || ' ' || round(area_m2(ST_Difference(f.geom, z.boundary))::numeric, 2) || ' m².',
               ST_PointOnSurface(ST_Difference(f.geom, z.boundary))
        from staging.import_features f join zones z on z.id = (f.mapped ->> 'zone_id')::bigint
        where {Pending} and ST_IsValid(f.geom) and not ST_CoveredBy(f.geom, z.boundary)
          and area_m2(ST_Difference(f.geom, z.boundary)) > topology_tolerance_m2()
        """,
        OverlapInFile("Lô đất", "lô"),
        // Current plots the file does not itself replace (an updated plot is judged by its new boundary).
        $"""
        {Problem}
        select @id, f.feature_no, null, 'OVERLAP_EXISTING', 'error',
               'Lô đất chồng lấn lô hiện hành ' || p.code || ' ' || round(area_m2(ST_Intersection(p.boundary, f.geom))::numeric, 2) || ' m².',
               ST_PointOnSurface(ST_Intersection(p.boundary, f.geom))
        from staging.import_features f join plots p on p.boundary && f.geom and p.lifecycle = 'current'
        where {Pending} and GeometryType(f.geom) = 'POLYGON' and ST_IsValid(f.geom)
          and not exists (select 1 from staging.import_features o where o.import_id = @id and o.code = p.code and o.action is distinct from 'skip')
          and ST_Relate(p.boundary, f.geom, '2********') and area_m2(ST_Intersection(p.boundary, f.geom)) > topology_tolerance_m2()
        """,
        $"""
        {Problem}
        select @id, f.feature_no, 'code', 'RETIRED_CODE', 'error',
               'Mã ' || f.code || ' là của một lô đã thôi hiệu lực (tách, hợp hoặc thu hồi); hãy dùng mã mới.', ST_PointOnSurface(f.geom)
        from staging.import_features f join plots p on p.code = f.code and p.lifecycle = 'retired'
        where {Pending}
        """,
    ];

    private static readonly string[] ZoneChecks =
    [
        $"""
        {Problem}
        select @id, feature_no, 'kind', 'UNKNOWN_KIND', 'error',
               'Loại khu "' || (mapped ->> 'kind') || '" không hợp lệ; dùng: industrial_park, bonded_zone, goods_transit_area, '
               || 'export_processing_zone, border_gate_area, urban_service_area, economic_cooperation_area.', ST_PointOnSurface(geom)
        from staging.import_features f
        where {Pending} and mapped ? 'kind' and (mapped ->> 'kind') not in ('industrial_park', 'bonded_zone', 'goods_transit_area',
              'export_processing_zone', 'border_gate_area', 'urban_service_area', 'economic_cooperation_area')
        """,
        Unknown("dossier_code", "UNKNOWN_DOSSIER", "hồ sơ quy hoạch", "dossiers"),
    ];

    private static readonly string[] DossierChecks =
    [
        $"""
        {Problem}
        select @id, feature_no, 'kind', 'UNKNOWN_KIND', 'error',
               'Loại hồ sơ "' || (mapped ->> 'kind') || '" không hợp lệ; dùng: general_plan, zoning_plan, detailed_plan, '
               || 'local_adjustment, planning_task.', ST_PointOnSurface(geom)
        from staging.import_features f
        where {Pending} and mapped ? 'kind'
          and (mapped ->> 'kind') not in ('general_plan', 'zoning_plan', 'detailed_plan', 'local_adjustment', 'planning_task')
        """,
        $"""
        {Problem}
        select @id, feature_no, 'status', 'UNKNOWN_STATUS', 'error',
               'Trạng thái "' || (mapped ->> 'status') || '" không hợp lệ; dùng: in_preparation, approved, adjusted, superseded.',
               ST_PointOnSurface(geom)
        from staging.import_features f
        where {Pending} and mapped ? 'status' and (mapped ->> 'status') not in ('in_preparation', 'approved', 'adjusted', 'superseded')
        """,
        $"""
        {Problem}
        select @id, feature_no, 'scale', 'BAD_SCALE', 'error',
               'Tỷ lệ "' || (mapped ->> 'scale') || '" phải viết dạng 1/2000.', ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and mapped ? 'scale' and (mapped ->> 'scale') !~ '^1/[0-9]+$'
        """,
        $"""
        {Problem}
        select @id, feature_no, 'decision_date', 'BAD_DATE', 'error',
               'Ngày quyết định "' || (mapped ->> 'decision_date') || '" không đọc được (viết dd/mm/yyyy hoặc yyyy-mm-dd).',
               ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and mapped ? 'decision_date' and parsed_date(mapped ->> 'decision_date') is null
        """,
        // An approved dossier has a decision number (a table constraint): the file's, or the one it has.
        $"""
        {Problem}
        select @id, feature_no, 'decision_number', 'FIELD_MISSING', 'error',
               'Hồ sơ đã phê duyệt cần số quyết định.', ST_PointOnSurface(geom)
        from staging.import_features f
        where {Pending} and coalesce(mapped ->> 'status', 'in_preparation') <> 'in_preparation' and not mapped ? 'decision_number'
          and not exists (select 1 from dossiers d where d.id = f.target_id and d.decision_number is not null)
        """,
    ];

    private static readonly string[] LandUseChecks =
    [
        UnknownLandUse,
        $"""
        {Problem}
        select @id, feature_no, 'surveyed_on', 'BAD_DATE', 'error',
               'Ngày điều tra "' || (mapped ->> 'surveyed_on') || '" không đọc được (viết dd/mm/yyyy hoặc yyyy-mm-dd).',
               ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and mapped ? 'surveyed_on' and parsed_date(mapped ->> 'surveyed_on') is null
        """,
    ];

    private static readonly string[] ParcelChecks =
    [
        Multipart("Thửa đất", "thửa"),
        UnknownLandUse,
        Unknown("project_code", "UNKNOWN_PROJECT", "dự án giải phóng mặt bằng", "clearance_projects"),
        $"""
        {Problem}
        select @id, feature_no, 'compensation_vnd', 'NEGATIVE', 'error',
               'Tiền bồi thường không được âm (' || (mapped ->> 'compensation_vnd') || ').', ST_PointOnSurface(geom)
        from staging.import_features f where {Pending} and parsed_number(mapped ->> 'compensation_vnd') < 0
        """,
        // A cadastral parcel may be recovered in part: lying partly outside the project is said, not refused.
        $"""
        {Problem}
        select @id, f.feature_no, null, 'OUTSIDE_PROJECT', 'warning',
               'Thửa đất có ' || round(area_m2(ST_Difference(f.geom, p.boundary))::numeric, 2) || ' m² nằm ngoài ranh giới dự án '
               || p.code || ' (chỉ phần trong ranh bị thu hồi?).', ST_PointOnSurface(ST_Difference(f.geom, p.boundary))
        from staging.import_features f join clearance_projects p on p.code = f.mapped ->> 'project_code'
        where {Pending} and GeometryType(f.geom) = 'POLYGON' and ST_IsValid(f.geom) and not ST_CoveredBy(f.geom, p.boundary)
          and area_m2(ST_Difference(f.geom, p.boundary)) > topology_tolerance_m2()
        """,
        OverlapInFile("Thửa đất", "thửa"),
        // Parcels of the same project that the file does not itself replace.
        $"""
        {Problem}
        select @id, f.feature_no, null, 'OVERLAP_EXISTING', 'error',
               'Thửa đất chồng lấn thửa ' || t.parcel_code || ' đã có của dự án ' || p.code || ' '
               || round(area_m2(ST_Intersection(t.boundary, f.geom))::numeric, 2) || ' m².', ST_PointOnSurface(ST_Intersection(t.boundary, f.geom))
        from staging.import_features f join clearance_projects p on p.code = f.mapped ->> 'project_code'
             join clearance_parcels t on t.project_id = p.id and t.boundary && f.geom
        where {Pending} and GeometryType(f.geom) = 'POLYGON' and ST_IsValid(f.geom)
          and not exists (select 1 from staging.import_features o where o.import_id = @id and o.target_id = t.id and o.action = 'update')
          and ST_Relate(t.boundary, f.geom, '2********') and area_m2(ST_Intersection(t.boundary, f.geom)) > topology_tolerance_m2()
        """,
    ];
}
