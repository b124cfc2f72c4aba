using System.Text.Json;
using Npgsql;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// What the user sees of an import before committing, as JSON written by PostgreSQL: the file, the
/// detected encoding and CRS candidates, the mappings, counts, notes and the problems; and the
/// staged features as GeoJSON for the map, each with its status and, for an update, what changes.
/// </summary>
public static class ImportPreview
{
    public const int MaxProblems = 1000;
    public const int MaxMapFeatures = 20_000;

    public static async Task<string> JsonAsync(NpgsqlDataSource db, Guid id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            select jsonb_build_object(
                'id', i.id, 'target', i.target, 'status', i.status,
                'file', jsonb_build_object('name', i.file_name, 'sha256', i.sha256, 'sizeBytes', i.size_bytes, 'format', i.format),
                'encoding', i.encoding,
                'crs', jsonb_build_object('srid', i.srid, 'source', i.srid_source, 'swapXy', i.swap_xy,
                                          'confirmed', coalesce(i.srid_source in ('file', 'user'), false), 'candidates', i.crs_candidates),
                'fieldMap', i.field_map, 'layerMap', i.layer_map, 'notes', i.notes,
                'sourceFields', coalesce((select jsonb_agg(k order by k) from (select distinct jsonb_object_keys(attributes) as k
                                          from staging.import_features where import_id = i.id) keys), '[]'),
                'layers', coalesce((select jsonb_agg(jsonb_build_object('name', source_layer, 'features', n) order by source_layer)
                                    from (select source_layer, count(*) as n from staging.import_features
                                          where import_id = i.id and source_layer is not null group by source_layer) l), '[]'),
                'counts', (select jsonb_build_object('features', count(*) filter (where action is distinct from 'skip'),
                                                     'create', count(*) filter (where action = 'create'),
                                                     'update', count(*) filter (where action = 'update'),
                                                     'skip', count(*) filter (where action = 'skip'),
                                                     'withErrors', (select count(distinct feature_no) from staging.import_problems p
                                                                    where p.import_id = i.id and p.severity = 'error' and p.feature_no is not null))
                           from staging.import_features where import_id = i.id),
                'errors', (select count(*) from staging.import_problems where import_id = i.id and severity = 'error'),
                'warnings', (select count(*) from staging.import_problems where import_id = i.id and severity = 'warning'),
                'problems', coalesce((select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                                        'feature', p.feature_no, 'code', f.code, 'field', p.field, 'problem', p.code,
                                        'severity', p.severity, 'message', p.message,
                                        'location', case when p.location is not null
                                                         then jsonb_build_array(round(ST_X(p.location)::numeric, 7), round(ST_Y(p.location)::numeric, 7)) end))
                                        order by p.feature_no nulls first, p.severity)
                                      from (select * from staging.import_problems where import_id = i.id
                                            order by feature_no nulls first, severity limit {MaxProblems}) p
                                      left join staging.import_features f on f.import_id = i.id and f.feature_no = p.feature_no), '[]'),
                'createdBy', i.created_by, 'createdAt', i.created_at,
                'committedBy', i.committed_by, 'committedAt', i.committed_at, 'legalBasis', i.legal_basis,
                'written', (select count(*) from import_sources s where s.import_id = i.id))
            from imports i where i.id = @id
            """);
        cmd.Parameters.AddWithValue("id", id);
        var json = await cmd.ExecuteScalarAsync(ct) as string ?? throw ImportState.NotFound(id);
        // The target's fields (with labels) for the mapping form come from the code, not the database.
        var preview = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        var target = ImportTarget.Named(preview["target"].GetString()!)!;
        var result = new Dictionary<string, object?>(preview.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)))
        {
            ["targetFields"] = target.Fields.Select(f => new { f.Name, f.Label, f.Required, f.Type }),
        };
        return JsonSerializer.Serialize(result, Importer.Json);
    }

    /// <summary>The staged features (WGS84) with status error / warning / create / update / skip, and each update's changes.</summary>
    public static async Task<string> FeaturesAsync(NpgsqlDataSource db, Guid id, CancellationToken ct)
    {
        await using var state = await db.OpenConnectionAsync(ct);
        var target = ImportTarget.Named((await ImportState.LoadAsync(state, id, ct)).Target)!;
        await using var cmd = db.CreateCommand($"""
            select jsonb_build_object('type', 'FeatureCollection', 'features', coalesce(jsonb_agg(jsonb_build_object(
                'type', 'Feature', 'id', f.feature_no,
                'geometry', ST_AsGeoJSON(f.geom, 7)::jsonb,
                'properties', jsonb_strip_nulls(jsonb_build_object(
                    'feature', f.feature_no, 'code', f.code, 'layer', f.source_layer, 'action', f.action,
                    'status', case when f.action = 'skip' then 'skip'
                                   when exists (select 1 from staging.import_problems p where p.import_id = @id and p.feature_no = f.feature_no
                                                and p.severity = 'error') then 'error'
                                   when exists (select 1 from staging.import_problems p where p.import_id = @id and p.feature_no = f.feature_no)
                                   then 'warning' else f.action end,
                    'message', (select string_agg(p.message, ' ') from staging.import_problems p where p.import_id = @id and p.feature_no = f.feature_no),
                    'areaM2', case when GeometryType(f.geom) in ('POLYGON', 'MULTIPOLYGON') and ST_IsValid(f.geom)
                                   then round(area_m2(f.geom)::numeric, 2) end,
                    'currentAreaM2', round(t.area_m2::numeric, 2),
                    'changes', case when t.id is not null then (
                        select jsonb_object_agg(e.key, jsonb_build_object('old', to_jsonb(t) -> e.key, 'new', e.value))
                        from jsonb_each_text(f.mapped) e
                        where to_jsonb(t) ? e.key and not (
                            case when (to_jsonb(t) ->> e.key) ~ '^-?[0-9.]+$' and replace(e.value, ',', '.') ~ '^-?[0-9.]+$'
                                 then (to_jsonb(t) ->> e.key)::numeric = replace(e.value, ',', '.')::numeric
                                 else upper(to_jsonb(t) ->> e.key) = upper(e.value) end)) end
                ))) order by f.feature_no), '[]'))
            from (select * from staging.import_features where import_id = @id and geom is not null order by feature_no limit {MaxMapFeatures}) f
            left join {target.Table} t on t.id = f.target_id
            """);
        cmd.Parameters.AddWithValue("id", id);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
