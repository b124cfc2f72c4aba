using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Investment;

/// <summary>The rent guide and infrastructure of zones, batched over the zones and plots asking.</summary>
public static class InvestmentQueries
{
    private const string Today = "(now() at time zone 'Asia/Ho_Chi_Minh')::date";

    private static LandRentGuideRow ReadGuide(RowReader r) => new(
        r.Get<long>("zone_id"), r.Get<string?>("land_use_code"), r.Get<double>("land_price"), r.Get<double>("rate"),
        r.Get<DateOnly>("valid_from"), r.Get<DateOnly?>("valid_to"), r.Get<string>("source"), r.Get<bool>("illustrative"));

    /// <summary>Zone.rentGuide: the rows in force today, the zone-wide one first.</summary>
    public static Task<IReadOnlyList<LandRentGuideRow>> RentGuideOfZoneAsync(ResolveContext ctx, long zoneId) =>
        Loaders.GroupBy(ctx, "zone-rent-guide", () => $"""
            select g.zone_id, g.land_use_code, g.land_price_vnd_per_m2::float8 as land_price, g.annual_rent_rate_percent::float8 as rate,
                   g.valid_from, g.valid_to, g.source, g.illustrative
            from land_rent_guide g
            where g.zone_id = any(@keys) and g.valid_from <= {Today} and (g.valid_to is null or {Today} < g.valid_to)
            order by g.zone_id, g.land_use_code nulls first
            """, "zone_id", ReadGuide, zoneId);

    /// <summary>Plot.rentGuide: the row for the plot's use, else the zone-wide row.</summary>
    public static async Task<LandRentGuideRow?> RentGuideOfPlotAsync(ResolveContext ctx, long zoneId, string landUseCode)
    {
        var rows = await RentGuideOfZoneAsync(ctx, zoneId);
        return rows.FirstOrDefault(g => g.LandUseCode == landUseCode) ?? rows.FirstOrDefault(g => g.LandUseCode is null);
    }

    /// <summary>Zone.infrastructure: the latest report per kind.</summary>
    public static Task<IReadOnlyList<InfrastructureStatusRow>> InfrastructureAsync(ResolveContext ctx, long zoneId) =>
        Loaders.GroupBy(ctx, "zone-infrastructure", () => """
            select distinct on (i.zone_id, i.kind) i.zone_id, upper(i.kind) as kind, upper(i.status) as status, i.note, i.as_of, i.source, i.illustrative
            from zone_infrastructure i
            where i.zone_id = any(@keys)
            order by i.zone_id, i.kind, i.as_of desc
            """, "zone_id", r => new InfrastructureStatusRow(r.Get<string>("kind"), r.Get<string>("status"), r.Get<string?>("note"),
                r.Get<DateOnly>("as_of"), r.Get<string?>("source"), r.Get<bool>("illustrative")), zoneId);
}
