using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Clearance;
using PlanningGIS.Planning.Conversions;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Statistics;

/// <summary>
/// The figures, aggregated by PostGIS: one batch of four statements (one round trip) for any number
/// of zones — Zone.statistics of a whole page of zones is batched by zone id — or for the whole
/// economic zone. Areas are the area_m2 columns (VN-2000 plane), never degrees.
/// </summary>
public static class StatisticsQueries
{
    /// <summary>The key of the whole economic zone in the batch (no zone has id 0).</summary>
    private const long Whole = 0;

    /// <summary>Zone.statistics: the zones asking in one request are aggregated together.</summary>
    public static async Task<ZoneStatistics> ForZoneAsync(ResolveContext ctx, ZoneRow zone)
    {
        var statistics = await ctx.GetDataLoader<long, ZoneStatistics>("zone-statistics", async (ids, ct) =>
        {
            var figures = await LoadAsync(ctx, ids.ToArray(), ct);
            return ids.ToDictionary(id => id, id => figures.Of(id, null, 0));
        }).LoadAsync(zone.RowId);
        return statistics! with { Zone = zone, AreaM2 = zone.AreaM2 };
    }

    public static async Task<ZoneStatistics> ForEconomicZoneAsync(ResolveContext ctx)
    {
        var figures = await LoadAsync(ctx, null, ctx.CancellationToken);
        return figures.Of(Whole, null, figures.ZonesAreaM2);
    }

    /// <param name="zoneIds">the zones to aggregate by, or null for everything as one group (key 0).</param>
    private static async Task<Figures> LoadAsync(ResolveContext ctx, long[]? zoneIds, CancellationToken ct)
    {
        await using var batch = ctx.Db().CreateBatch();
        foreach (var sql in Statements(zoneIds is not null, ConversionPolicies.Rows(ctx.Account())))
        {
            var command = new NpgsqlBatchCommand(sql);
            if (zoneIds is not null)
                command.Parameters.AddWithValue("zones", zoneIds);
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var figures = new Figures(ConversionStatuses.Where(s => ConversionPolicies.CanSee(ctx.Account(), s)).ToList());
        for (var r = new RowReader(reader); await r.ReadAsync(ct);)
            figures.Plots[r.Get<long>("zone_key")] = (r.Get<int>("plots"), r.Get<int>("for_investment"), r.Get<int>("available"),
                r.Get<int>("allocated"), r.Get<double>("investable_m2"), r.Get<double>("allocated_m2"));
        await reader.NextResultAsync(ct);
        for (var r = new RowReader(reader); await r.ReadAsync(ct);)
            figures.LandUse(r.Get<long>("zone_key")).Add(new LandUseArea(r.Get<string>("land_use_code"), r.Get<int>("plots"), r.Get<double>("area_m2")));
        await reader.NextResultAsync(ct);
        for (var r = new RowReader(reader); await r.ReadAsync(ct);)
            figures.Clearance[r.Get<long>("zone_key")] = ClearanceProgress.Read(r);
        await reader.NextResultAsync(ct);
        for (var r = new RowReader(reader); await r.ReadAsync(ct);)
            figures.Conversions[(r.Get<long>("zone_key"), r.Get<string>("status"))] = (r.Get<int>("conversions"), r.Get<double>("area_ha"));
        if (zoneIds is null && await reader.NextResultAsync(ct))
            for (var r = new RowReader(reader); await r.ReadAsync(ct);)
                figures.ZonesAreaM2 = r.Get<double>("zones_area_m2");
        return figures;
    }

    // Per zone: grouped by the zone id, for the ids in @zones. Whole: one group, key 0, every row.
    // Conversions are counted as the conversions list shows them to the caller (visibleConversions).
    private static IEnumerable<string> Statements(bool perZone, string visibleConversions)
    {
        string Key(string column) => (perZone ? column : "0::bigint") + " as zone_key";
        string In(string column) => perZone ? $"{column} = any(@zones)" : "true";

        // Availability as everywhere else (Plot.availability, the plots tile layer); tỷ lệ lấp đầy
        // counts the area under an active allocation (ALLOCATED), not the reserved (pending) one.
        yield return $"""
            select {Key("p.zone_id")}, count(*)::int as plots,
                   count(*) filter (where p.for_investment)::int as for_investment,
                   count(*) filter (where s.availability = 'AVAILABLE')::int as available,
                   count(*) filter (where s.availability = 'ALLOCATED')::int as allocated,
                   coalesce(sum(p.area_m2) filter (where p.for_investment), 0) as investable_m2,
                   coalesce(sum(p.area_m2) filter (where s.availability = 'ALLOCATED'), 0) as allocated_m2
            from plots p
            cross join lateral plot_availability(p.id, p.lifecycle, p.for_investment) s
            where p.lifecycle = 'current' and {In("p.zone_id")}
            group by 1
            """;
        yield return $"""
            select {Key("p.zone_id")}, p.land_use_code, count(*)::int as plots, sum(p.area_m2) as area_m2
            from plots p
            where p.lifecycle = 'current' and {In("p.zone_id")}
            group by 1, 2
            order by 1, 4 desc, 2
            """;
        // Clearance: the projects' progress (clearance_progress, the one definition) summed.
        yield return $"""
            select {Key("pr.zone_id")}, count(*)::int as projects, sum(g.parcels)::int as parcels,
                   sum(g.parcels_handed_over)::int as parcels_handed_over,
                   coalesce(sum(g.area_m2), 0) as area_m2, coalesce(sum(g.area_handed_over_m2), 0) as area_handed_over_m2
            from clearance_projects pr cross join lateral clearance_progress(pr.id) g
            where {In("pr.zone_id")}
            group by 1
            """;
        yield return $"""
            select {Key("c.zone_id")}, upper(c.status) as status, count(*)::int as conversions, sum(c.area_m2) / 10000 as area_ha
            from conversions c
            where {In("c.zone_id")} and {visibleConversions}
            group by 1, 2
            """;
        if (!perZone)
            yield return "select coalesce(sum(z.area_m2), 0) as zones_area_m2 from zones z";
    }

    private static readonly string[] ConversionStatuses = ["REQUESTED", "APPROVED", "REJECTED", "COMPLETED"];

    /// <summary>What the batch read, by key (a zone id, or 0 for the whole economic zone).</summary>
    private sealed class Figures(IReadOnlyList<string> conversionStatuses)
    {
        public readonly Dictionary<long, (int All, int ForInvestment, int Available, int Allocated, double InvestableM2, double AllocatedM2)> Plots = new();
        public readonly Dictionary<long, List<LandUseArea>> LandUses = new();
        public readonly Dictionary<long, ClearanceProgress> Clearance = new();
        public readonly Dictionary<(long, string), (int Count, double AreaHa)> Conversions = new();
        public double ZonesAreaM2;

        public List<LandUseArea> LandUse(long key) => LandUses.TryGetValue(key, out var list) ? list : LandUses[key] = [];

        /// <summary>Every conversion status the caller may see is listed, with zero when there is none: a dashboard shows them all.</summary>
        public ZoneStatistics Of(long key, ZoneRow? zone, double areaM2)
        {
            var plots = Plots.GetValueOrDefault(key);
            return new ZoneStatistics(zone, areaM2, LandUses.GetValueOrDefault(key) ?? [],
                plots.All, plots.ForInvestment, plots.Available, plots.Allocated, plots.InvestableM2, plots.AllocatedM2,
                Clearance.GetValueOrDefault(key) ?? ClearanceProgress.None,
                conversionStatuses.Select(s => Conversions.TryGetValue((key, s), out var c)
                    ? new ConversionSummary(s, c.Count, c.AreaHa) : new ConversionSummary(s, 0, 0)).ToList());
        }
    }
}
