using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Conversions;

/// <summary>
/// The SQL of conversions. Each row comes with the approval rule in force on the day it was requested
/// for its land kind and area (a lateral join on the dated rules: one statement per page).
/// </summary>
public static class ConversionQueries
{
    /// <summary>
    /// The land kind as the rules name it: as given at the request, else from the land-use code
    /// (protection forest defaults to headwater/border protection).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultLandKind = new Dictionary<string, string>
    {
        ["RDD"] = "special_use_forest",
        ["RPH"] = "protection_forest_headwater_border",
        ["RSX"] = "production_forest",
        ["LUC"] = "rice",
        ["LUK"] = "rice",
        ["LUN"] = "rice",
    };

    private static readonly string LandKindSql =
        $"coalesce(c.land_kind, case c.from_land_use_code {string.Join(" ", DefaultLandKind.Select(k => $"when '{k.Key}' then '{k.Value}'"))} end)";

    /// <summary>The rules that apply to a land kind, an area in ha and a day (min inclusive, max exclusive).</summary>
    public static string RuleApplies(string kind, string hectares, string on) => $"""
        r.land_kind = {kind} and r.min_ha <= {hectares} and (r.max_ha is null or {hectares} < r.max_ha)
        and r.valid_from <= {on} and (r.valid_to is null or {on} < r.valid_to)
        """;

    private static readonly string From = $"""
        conversions c
        left join lateral (
            select r.land_kind, r.min_ha, r.max_ha, r.authority, r.instrument, r.valid_from, r.valid_to
            from conversion_approval_rules r
            where {RuleApplies(LandKindSql, "c.area_m2 / 10000", "c.requested_on")}
            order by r.valid_from desc, r.min_ha desc limit 1) r on true
        """;

    private static string Columns(bool geometry) => $"""
        c.id, c.code, c.name, c.from_land_use_code, c.to_land_use_code, c.zone_id, c.clearance_project_id, upper(c.status) as status,
        upper(c.required_authority) as required_authority, c.decision_number, c.decision_date, c.requested_on,
        upper(r.land_kind) as rule_land_kind, r.min_ha::float8 as rule_min_ha, r.max_ha::float8 as rule_max_ha,
        upper(r.authority) as rule_authority, r.instrument as rule_instrument, r.valid_from as rule_valid_from, r.valid_to as rule_valid_to,
        c.area_m2, ST_Perimeter(ST_Transform(c.boundary, 9215)) as perimeter_m,
        {(geometry ? GeometryOutput.GeoJsonSql("c.boundary") : "null::text")} as geometry_json
        """;

    private static ConversionRow Read(RowReader r)
    {
        var rule = r.IsNull("rule_land_kind") ? null : new ApprovalRuleRow(r.Get<string>("rule_land_kind"), r.Get<double>("rule_min_ha"),
            r.Get<double?>("rule_max_ha"), r.Get<string>("rule_authority"), r.Get<string>("rule_instrument"), r.Get<DateOnly>("rule_valid_from"),
            r.Get<DateOnly?>("rule_valid_to"));
        return new ConversionRow(r.Get<long>("id"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string>("from_land_use_code"),
            r.Get<string>("to_land_use_code"), r.Get<long?>("zone_id"), r.Get<long?>("clearance_project_id"), r.Get<string>("status"),
            r.Get<string?>("required_authority"), r.Get<string?>("decision_number"), r.Get<DateOnly?>("decision_date"),
            r.Get<DateOnly>("requested_on"), rule, r.Get<double>("area_m2"), r.Get<double>("perimeter_m"), r.Get<string?>("geometry_json"));
    }

    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery()
            .Where(ConversionPolicies.Rows(ctx.Account()))
            .Text(filter?.Get<string>("text"), "c.code || ' ' || c.name")
            .Text(filter?.Get<string>("decisionNumber"), "coalesce(c.decision_number, '')")
            .In(filter?.Get<IEnumerable<object?>>("status"), "c.status", enumValues: true)
            .Range(filter?.Get<DateOnly?>("requestedFrom"), filter?.Get<DateOnly?>("requestedTo"), "c.requested_on")
            .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "c.boundary");
        if (filter?.Get<string>("fromCategory") is { } category)
            query.Where($"c.from_land_use_code in (select l.code from land_use_codes l where l.category = {query.Param("category", category.ToLowerInvariant())})");
        if (filter?.Get<string>("zoneCode") is { } zone)
            query.Where($"c.zone_id in (select z.id from zones z where z.code = {query.Param("zone_code", zone)})");
        return Paging.PageAsync(ctx, query, Columns(Paging.NodesSelect(ctx, "geometry")), From, "c.id", Read);
    }

    /// <summary>A conversion by code, on the mutation's connection (it sees its own changes).</summary>
    public static async Task<ConversionRow> ByCodeAsync(ResolveContext ctx, NpgsqlConnection connection, string code)
    {
        await using var cmd = new NpgsqlCommand($"select {Columns(ctx.IsSelected("geometry"))} from {From} where c.code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return (await RowReader.FirstAsync(cmd, Read, ctx.CancellationToken))!;
    }
}
