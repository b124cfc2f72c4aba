using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Conversions;

/// <summary>One land kind under the geometry: its area and the rule that says who approves converting it.</summary>
public sealed record ConversionNeedRow(string LandKind, string[] LandUseCodes, double AreaM2, ApprovalRuleRow? ApprovalRule, string? GeometryJson)
{
    public double AreaHa => AreaM2 / 10_000;
    public string? RequiredAuthority => ApprovalRule?.Authority;
}

public sealed record ConversionNeedsRow(DateOnly On, IReadOnlyList<ConversionNeedRow> Needs)
{
    public double RiceHa => Needs.Where(n => n.LandKind == "RICE").Sum(n => n.AreaHa);
    public double ForestHa => Needs.Where(n => n.LandKind != "RICE").Sum(n => n.AreaHa);
}

/// <summary>
/// conversionNeeds: the rice and forest land of the current-land-use layer under a geometry, cut on
/// the VN-2000 plane (EPSG:9215) where areas are measured, by land kind, with the approval rule in
/// force on the day for that kind and area. What a conversion request there would have to ask.
/// </summary>
public static class ConversionNeeds
{
    private static readonly string[] Polygonal = ["Polygon", "MultiPolygon"];

    private static readonly string LandKindSql =
        $"coalesce(case l.land_use_code {string.Join(" ", ConversionQueries.DefaultLandKind.Select(k => $"when '{k.Key}' then '{k.Value}'"))} end, " +
        "case c.category when 'rice' then 'rice' when 'forest' then 'production_forest' end)";

    private static readonly string Sql = $"""
        with area as (select ST_Transform(@geometry::geometry, 9215) as g),
        pieces as (
            select {LandKindSql} as land_kind, l.land_use_code,
                   ST_CollectionExtract(ST_Intersection(ST_Transform(l.boundary, 9215), a.g), 3) as g
            from land_use_current l join land_use_codes c on c.code = l.land_use_code, area a
            where c.category is not null and l.boundary && ST_Transform(a.g, 4326) and ST_Intersects(ST_Transform(l.boundary, 9215), a.g)),
        kinds as (
            select land_kind, array_agg(distinct land_use_code order by land_use_code) as codes, ST_Union(g) as g
            from pieces where not ST_IsEmpty(g) group by land_kind)
        select upper(k.land_kind) as land_kind, k.codes, ST_Area(k.g) as area_m2,
               {GeometryOutput.GeoJsonSql("ST_Transform(ST_Multi(k.g), 4326)")} as geometry_json,
               upper(r.land_kind) as rule_land_kind, r.min_ha::float8 as rule_min_ha, r.max_ha::float8 as rule_max_ha,
               upper(r.authority) as rule_authority, r.instrument as rule_instrument, r.valid_from as rule_valid_from, r.valid_to as rule_valid_to
        from kinds k
        left join lateral (
            select r.* from conversion_approval_rules r
            where {ConversionQueries.RuleApplies("k.land_kind", "ST_Area(k.g) / 10000", "@on")}
            order by r.valid_from desc, r.min_ha desc limit 1) r on true
        where ST_Area(k.g) > 0
        order by k.land_kind
        """;

    public static async Task<ConversionNeedsRow> ComputeAsync(ResolveContext ctx)
    {
        var ct = ctx.CancellationToken;
        await using var connection = await ctx.Db().OpenConnectionAsync(ct);
        var geometry = await GeometryInput.CheckAsync(ctx, connection, ctx.GetArgument<GeoJsonText>("geometry")!.Json,
            ctx.GetArgument<int?>("srid") ?? Srid.Wgs84, Polygonal);
        var on = ctx.GetArgument<DateOnly?>("on") ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh"));
        await using var cmd = new NpgsqlCommand(Sql, connection);
        cmd.Parameters.AddWithValue("geometry", geometry);
        cmd.Parameters.AddWithValue("on", on);
        var needs = await RowReader.ListAsync(cmd, r => new ConversionNeedRow(
            r.Get<string>("land_kind"), r.Get<string[]>("codes"), r.Get<double>("area_m2"),
            r.IsNull("rule_land_kind") ? null : new ApprovalRuleRow(r.Get<string>("rule_land_kind"), r.Get<double>("rule_min_ha"),
                r.Get<double?>("rule_max_ha"), r.Get<string>("rule_authority"), r.Get<string>("rule_instrument"),
                r.Get<DateOnly>("rule_valid_from"), r.Get<DateOnly?>("rule_valid_to")),
            r.Get<string?>("geometry_json")), ct);
        return new ConversionNeedsRow(on, needs);
    }
}
