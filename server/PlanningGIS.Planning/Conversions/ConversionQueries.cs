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
        c.id, c.code, c.name, c.from_land_use_code, c.to_land_use_code, c.zone_id, c.clearance_project_id, upper(c.status),
        upper(c.required_authority), c.decision_number, c.decision_date, c.requested_on,
        upper(r.land_kind), r.min_ha::float8, r.max_ha::float8, upper(r.authority), r.instrument, r.valid_from, r.valid_to,
        c.area_m2, ST_Perimeter(ST_Transform(c.boundary, 9215)), {(geometry ? GeometryOutput.GeoJsonSql("c.boundary") : "null")}
        """;

    private static ConversionRow Read(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateOnly? Date(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
        var rule = r.IsDBNull(12) ? null : new ApprovalRuleRow(r.GetString(12), r.GetDouble(13), r.IsDBNull(14) ? null : r.GetDouble(14),
            r.GetString(15), r.GetString(16), r.GetFieldValue<DateOnly>(17), Date(18));
        return new ConversionRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            r.IsDBNull(5) ? null : r.GetInt64(5), r.IsDBNull(6) ? null : r.GetInt64(6), r.GetString(7), Text(8), Text(9), Date(10),
            r.GetFieldValue<DateOnly>(11), rule, r.GetDouble(19), r.GetDouble(20), Text(21));
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
            query.Where($"c.from_land_use_code in (select l.code from land_use_codes l where l.category = {query.Param(category.ToLowerInvariant())})");
        if (filter?.Get<string>("zoneCode") is { } zone)
            query.Where($"c.zone_id in (select z.id from zones z where z.code = {query.Param(zone)})");
        return Paging.PageAsync(ctx, query, Columns(Paging.NodesSelect(ctx, "geometry")), From, "c.id", Read);
    }

    /// <summary>A conversion by code, on the mutation's connection (it sees its own changes).</summary>
    public static async Task<ConversionRow> ByCodeAsync(ResolveContext ctx, NpgsqlConnection connection, string code)
    {
        await using var cmd = new NpgsqlCommand($"select {Columns(ctx.IsSelected("geometry"))} from {From} where c.code = $1", connection);
        cmd.Parameters.Add(new() { Value = code });
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        await reader.ReadAsync(ctx.CancellationToken);
        return Read(reader);
    }
}
