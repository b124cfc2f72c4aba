using System.Globalization;
using Npgsql;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// A CRS the file's coordinates could be in, with where its extent lands under it (centre, and the
/// WGS 84 bounding box [west, south, east, north] the web map draws for the user to choose from).
/// </summary>
public sealed record CrsCandidate(int Srid, string Name, bool SwapXy, bool InProvince, double? DistanceToZonesKm, double[]? Centre,
    double[]? Bbox);

/// <summary>
/// Which CRS a file's coordinates are in. A CAD drawing or a CSV says nothing, and Vietnamese files
/// use several VN-2000 zones, so each candidate (and each with X/Y swapped) is tried on the extent:
/// those that put it in Lạng Sơn are ranked by how close they put it to the economic zone's areas.
/// </summary>
public static class ImportCrs
{
    /// <summary>The candidates, Lạng Sơn's own zone first among equals.</summary>
    public static readonly IReadOnlyList<(int Srid, string Name)> Candidates =
    [
        (9215, "VN-2000 / TM-3 kinh tuyến 107°15′ (Lạng Sơn)"),
        (9214, "VN-2000 / TM-3 kinh tuyến 107°00′"),
        (9216, "VN-2000 / TM-3 kinh tuyến 107°30′"),
        (5899, "VN-2000 / TM-3 kinh tuyến 107°45′"),
        (9213, "VN-2000 / TM-3 kinh tuyến 106°30′"),
        (9212, "VN-2000 / TM-3 kinh tuyến 106°15′"),
        (9211, "VN-2000 / TM-3 kinh tuyến 106°00′"),
        (9210, "VN-2000 / TM-3 kinh tuyến 105°45′"),
        (9209, "VN-2000 / TM-3 kinh tuyến 105°30′"),
        (5897, "VN-2000 / TM-3 kinh tuyến 105°00′"),
        (5898, "VN-2000 / TM-3 kinh tuyến 108°00′"),
        (9217, "VN-2000 / TM-3 kinh tuyến 108°15′"),
        (9218, "VN-2000 / TM-3 kinh tuyến 108°30′"),
        (9208, "VN-2000 / TM-3 kinh tuyến 104°45′"),
        (9207, "VN-2000 / TM-3 kinh tuyến 104°30′"),
        (9206, "VN-2000 / TM-3 kinh tuyến 104°00′"),
        (9205, "VN-2000 / TM-3 kinh tuyến 103°00′"),
        (5896, "VN-2000 / TM-3 kinh tuyến 102°00′"),
        (3405, "VN-2000 / UTM múi 48N"),
        (4326, "WGS 84 (kinh độ, vĩ độ)"),
    ];

    public static string NameOf(int srid) =>
        Candidates.FirstOrDefault(c => c.Srid == srid).Name ?? $"EPSG:{srid}";

    /// <summary>Every candidate that puts the file's extent inside Lạng Sơn, best first.</summary>
    public static async Task<List<CrsCandidate>> RankAsync(NpgsqlConnection connection, Guid importId, CancellationToken ct)
    {
        var values = string.Join(", ", Candidates.Select((c, i) => $"({c.Srid}, {i})"));
        await using var cmd = new NpgsqlCommand($"""
            with extent as (
                select ST_Extent(source_geom)::geometry as box from staging.import_features where import_id = @id and source_geom is not null
            ), tried as (
                select c.srid, c.rank, s.swap,
                       case when fits_crs(b, c.srid) then ST_Transform(ST_SetSRID(b, c.srid), 4326) end as placed
                from extent, (values {values}) c(srid, rank), (values (false), (true)) s(swap),
                     lateral (select case when s.swap then ST_FlipCoordinates(extent.box) else extent.box end as b) flipped
                where extent.box is not null
            )
            select srid, swap, ST_X(ST_Centroid(placed)) as lon, ST_Y(ST_Centroid(placed)) as lat,
                   (select min(ST_Distance(z.boundary::geography, ST_Centroid(placed)::geography)) from zones z) / 1000 as km,
                   ST_XMin(placed), ST_YMin(placed), ST_XMax(placed), ST_YMax(placed)
            from tried
            where placed is not null and in_lang_son(placed)
            order by km, swap, rank
            """, connection);
        cmd.Parameters.AddWithValue("id", importId);
        var result = new List<CrsCandidate>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var srid = reader.GetInt32(0);
            result.Add(new CrsCandidate(srid, NameOf(srid), reader.GetBoolean(1), true,
                reader.IsDBNull(4) ? null : Math.Round(reader.GetDouble(4), 2), [reader.GetDouble(2), reader.GetDouble(3)],
                [.. Enumerable.Range(5, 4).Select(i => Math.Round(reader.GetDouble(i), 7))]));
        }
        return result;
    }

    /// <summary>Where the extent lands under a CRS the file or the user names (it may be outside the province).</summary>
    public static async Task<bool> LandsInProvinceAsync(NpgsqlConnection connection, Guid importId, int srid, bool swap, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select fits_crs(b, @srid) and in_lang_son(ST_Transform(ST_SetSRID(b, @srid), 4326))
            from (select case when @swap then ST_FlipCoordinates(ST_Extent(source_geom)::geometry) else ST_Extent(source_geom)::geometry end as b
                  from staging.import_features where import_id = @id and source_geom is not null) e
            where b is not null
            """, connection);
        cmd.Parameters.AddWithValue("id", importId);
        cmd.Parameters.AddWithValue("srid", srid);
        cmd.Parameters.AddWithValue("swap", swap);
        return await cmd.ExecuteScalarAsync(ct) is true;
    }

    public static string Describe(int srid, bool swap) =>
        string.Create(CultureInfo.InvariantCulture, $"EPSG:{srid} {NameOf(srid)}{(swap ? " (đổi chỗ X/Y)" : "")}");
}
