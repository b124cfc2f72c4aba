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
                command.Parameters.Add(new NpgsqlParameter { Value = zoneIds });
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var figures = new Figures(ConversionStatuses.Where(s => ConversionPolicies.CanSee(ctx.Account(), s)).ToList());
        while (await reader.ReadAsync(ct))
            figures.Plots[reader.GetInt64(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetDouble(5), reader.GetDouble(6));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
            figures.LandUse(reader.GetInt64(0)).Add(new LandUseArea(reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3)));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
            figures.Clearance[reader.GetInt64(0)] = ClearanceProgress.Read(reader);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
            figures.Conversions[(reader.GetInt64(0), reader.GetString(1))] = (reader.GetInt32(2), reader.GetDouble(3));
        if (zoneIds is null && await reader.NextResultAsync(ct) && await reader.ReadAsync(ct))
            figures.ZonesAreaM2 = reader.GetDouble(0);
        return figures;
    }

    // Per zone: grouped by the zone id, for the ids in $1. Whole: one group, key 0, every row.
    // Conversions are counted as the conversions list shows them to the caller (visibleConversions).
    private static IEnumerable<string> Statements(bool perZone, string visibleConversions)
    {
        string Key(string column) => perZone ? column : "0::bigint";
        string In(string column) => perZone ? $"{column} = any($1)" : "true";

        // Availability as everywhere else (Plot.availability, the plots tile layer); tỷ lệ lấp đầy
        // counts the area under an active allocation (ALLOCATED), not the reserved (pending) one.
        yield return $"""
            select {Key("p.zone_id")}, count(*)::int,
                   count(*) filter (where p.for_investment)::int,
                   count(*) filter (where s.availability = 'AVAILABLE')::int,
                   count(*) filter (where s.availability = 'ALLOCATED')::int,
                   coalesce(sum(p.area_m2) filter (where p.for_investment), 0),
                   coalesce(sum(p.area_m2) filter (where s.availability = 'ALLOCATED'), 0)
            from plots p
            cross join lateral (select plot_availability(p.id, p.lifecycle, p.for_investment) as availability) s
            where p.lifecycle = 'current' and {In("p.zone_id")}
            group by 1
            """;
        yield return $"""
            select {Key("p.zone_id")}, p.land_use_code, count(*)::int, sum(p.area_m2)
            from plots p
            where p.lifecycle = 'current' and {In("p.zone_id")}
            group by 1, 2
            order by 1, 4 desc, 2
            """;
        // Clearance: the projects' progress (clearance_progress, the one definition) summed.
        yield return $"""
            select {Key("pr.zone_id")}, count(*)::int, sum(g.parcels)::int, sum(g.parcels_handed_over)::int,
                   coalesce(sum(g.area_m2), 0), coalesce(sum(g.area_handed_over_m2), 0)
            from clearance_projects pr cross join lateral clearance_progress(pr.id) g
            where {In("pr.zone_id")}
            group by 1
            """;
        yield return $"""
            select {Key("c.zone_id")}, upper(c.status), count(*)::int, sum(c.area_m2) / 10000
            from conversions c
            where {In("c.zone_id")} and {visibleConversions}
            group by 1, 2
            """;
        if (!perZone)
            yield return "select coalesce(sum(z.area_m2), 0) from zones z";
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
