using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Conversions;
using PlanningGIS.Planning.Dossiers;
using PlanningGIS.Planning.Violations;

namespace PlanningGIS.Planning.Tiles;

/// <summary>
/// A map layer served as Mapbox Vector Tiles. <see cref="Features"/> selects the layer's rows in the
/// tile — the tile geometry (made with <see cref="TileLayers.Mvt"/>) as <c>geom</c>, then attributes —
/// given <c>env</c> (the tile envelope, EPSG:3857) and <c>env4326</c> (the same in WGS84, for the index),
/// for the rows the account may see: the same visibility predicates as the API's lists (the
/// features' *Policies.cs). PostGIS clips, transforms and encodes.
/// </summary>
public sealed record TileLayer(string Name, int MinZoom, Func<Account?, bool> CanSee, Func<Account?, string> Features);

public static class TileLayers
{
    private static bool Anyone(Account? _) => true;

    /// <summary>A 4326 geometry column as MVT tile geometry (clipped, in tile coordinates).</summary>
    private static string Mvt(string column) => $"ST_AsMVTGeom(ST_Transform({column}, 3857), env, 4096, 64, true) as geom";

    public static readonly IReadOnlyDictionary<string, TileLayer> All = new TileLayer[]
    {
        new("dossiers", 0, Anyone, account => $"""
            select {Mvt("d.boundary")}, d.code, d.name, d.kind, d.status, d.decision_number, d.published
            from dossiers d where d.boundary && env4326 and {DossierPolicies.Rows(account)}
            order by d.area_m2 desc
            """),
        new("zones", 0, Anyone, _ => $"""
            select {Mvt("z.boundary")}, z.code, z.name, z.kind, round(z.area_m2) as area_m2, z.version
            from zones z where z.boundary && env4326
            """),
        new("plots", 12, Anyone, _ => $"""
            select {Mvt("p.boundary")}, p.code, z.code as zone_code, p.land_use_code, l.colour, round(p.area_m2::numeric, 1) as area_m2,
                   pa.availability, p.version
            from plots p join zones z on z.id = p.zone_id join land_use_codes l on l.code = p.land_use_code
                 cross join lateral plot_availability(p.id, p.lifecycle, p.for_investment) pa
            where p.boundary && env4326 and p.lifecycle = 'current'
            """),
        new("clearance", 8, Anyone, _ => $"""
            select {Mvt("c.boundary")}, c.code, c.name, g.rate as handover_rate, g.parcels
            from clearance_projects c cross join lateral clearance_progress(c.id) g
            where c.boundary && env4326
            """),
        new("land_use_current", 8, Anyone, _ => $"""
            select {Mvt("u.boundary")}, u.land_use_code, l.colour, l.category, round(u.area_m2) as area_m2
            from land_use_current u join land_use_codes l on l.code = u.land_use_code
            where u.boundary && env4326
            """),
        new("conversions", 8, Anyone, account => $"""
            select {Mvt("c.boundary")}, c.code, c.name, c.from_land_use_code, c.to_land_use_code, c.status, round(c.area_m2) as area_m2
            from conversions c where c.boundary && env4326 and {ConversionPolicies.Rows(account)}
            """),
        new("violations", 8, ViolationPolicies.CanSee, _ => $"""
            select {Mvt("v.location")}, v.code, v.category, v.status, to_char(v.reported_at, 'YYYY-MM-DD') as reported_on
            from violations v where v.location && env4326
            """),
    }.ToDictionary(l => l.Name);
}
