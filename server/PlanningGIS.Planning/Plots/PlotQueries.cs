using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Plots;

/// <summary>
/// What a request selects of its plots, so that the costly columns (GeoJSON, availability, the
/// VN-2000 perimeter) are computed only when asked for.
/// </summary>
public readonly record struct PlotSelection(bool Geometry, bool Availability, bool Perimeter)
{
    /// <summary>For a field whose type is Plot or [Plot].</summary>
    public static PlotSelection Of(ResolveContext ctx) =>
        new(ctx.IsSelected("geometry"), ctx.IsSelected("availability") || ctx.IsSelected("available"), ctx.IsSelected("perimeterM"));

    /// <summary>For a PlotConnection field: its nodes' (or edges' nodes') selection.</summary>
    public static PlotSelection OfNodes(ResolveContext ctx) => new(Paging.NodesSelect(ctx, "geometry"),
        Paging.NodesSelect(ctx, "availability") || Paging.NodesSelect(ctx, "available"), Paging.NodesSelect(ctx, "perimeterM"));

    /// <summary>A DataLoader name per selection: loaders with different columns must not share results.</summary>
    public string LoaderName(string loader) => $"{loader}:{(Geometry ? 'g' : '-')}{(Availability ? 'a' : '-')}{(Perimeter ? 'p' : '-')}";
}

/// <summary>The SQL of plots: every query selects the same columns, read by <see cref="Read"/>.</summary>
public static class PlotQueries
{
    /// <summary>The columns of <see cref="PlotRow"/> for a relation aliased <c>p</c> (plots, plots_versions or plots_history).</summary>
    /// <summary>The availability of the plot p: the table function of migration 0016, which PostgreSQL inlines.</summary>
    public const string AvailabilitySql = "(select a.availability from plot_availability(p.id, p.lifecycle, p.for_investment) a)";

    public static string Columns(PlotSelection selection, bool versions = false) => $"""
        p.id, p.code, p.zone_id, p.land_use_code, p.dossier_id,
        p.max_building_density::float8 as max_building_density, p.max_floors, p.far::float8 as far,
        p.min_setback_m::float8 as min_setback_m, p.max_height_m::float8 as max_height_m, p.for_investment,
        p.lifecycle = 'retired' as retired,
        {(selection.Availability ? AvailabilitySql : "null::text")} as availability, p.area_m2,
        {(selection.Perimeter ? "ST_Perimeter(ST_Transform(p.boundary, 9215))" : "0::float8")} as perimeter_m,
        {(selection.Geometry ? GeometryOutput.GeoJsonSql("p.boundary") : "null::text")} as geometry_json,
        p.version, p.valid_from, {(versions ? "p.valid_to" : "null::timestamptz as valid_to")}, p.changed_by, p.legal_basis
        """;

    public static PlotRow Read(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("code"), r.Get<long>("zone_id"), r.Get<string>("land_use_code"), r.Get<long?>("dossier_id"),
        new PlotIndicators(r.Get<double?>("max_building_density"), r.Get<int?>("max_floors"), r.Get<double?>("far"),
            r.Get<double?>("min_setback_m"), r.Get<double?>("max_height_m")),
        r.Get<bool>("for_investment"), r.Get<bool>("retired"), r.Get<string?>("availability") ?? "", r.Get<double>("area_m2"),
        r.Get<double>("perimeter_m"), r.Get<string?>("geometry_json"), r.Get<int>("version"), r.Get<DateTimeOffset>("valid_from"),
        r.Get<DateTimeOffset?>("valid_to"), r.Get<string?>("changed_by"), r.Get<string?>("legal_basis"));

    /// <summary>Query.plots(filter, asOf), and Zone.plots(filter) when <paramref name="zoneId"/> is given (always the current plots).</summary>
    public static Task<Connection> PageAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?>? filter, DateTimeOffset? asOf,
        long? zoneId = null)
    {
        var query = new SqlQuery();
        var source = query.Versions("plots", "p", asOf);
        if (zoneId is not null)
            query.Where($"p.zone_id = {query.Param("zone", zoneId.Value)}");
        Filter(query, filter);
        return Paging.PageAsync(ctx, query, Columns(PlotSelection.OfNodes(ctx), asOf is not null), source, "p.id", Read);
    }

    private static void Filter(SqlQuery query, IReadOnlyDictionary<string, object?>? filter)
    {
        var availability = filter?.Get<IEnumerable<object?>>("availability")?.ToList();
        query.Text(filter?.Get<string>("text"), "p.code")
             .In(filter?.Get<IEnumerable<object?>>("landUseCode"), "p.land_use_code")
             .In(availability, AvailabilitySql, name: "availability")
             .Range(filter?.Get<double?>("minAreaM2"), filter?.Get<double?>("maxAreaM2"), "p.area_m2")
             .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "p.boundary");
        if (filter?.Get<string>("zoneCode") is { } zone)
            query.Where($"p.zone_id in (select z.id from zones z where z.code = {query.Param("zone_code", zone)})");
        // Retired plots (replaced by a split or merge) are history: shown when asked for, or filtered for by availability.
        if (filter?.Get<bool?>("includeRetired") != true && availability?.Contains("RETIRED") != true)
            query.Where("p.lifecycle = 'current'");
    }

    /// <summary>Query.plot(code, asOf), and a mutation's result (read on its <paramref name="connection"/>, inside its transaction).</summary>
    public static async Task<PlotRow?> ByCodeAsync(ResolveContext ctx, string code, DateTimeOffset? asOf = null, NpgsqlConnection? connection = null)
    {
        var query = new SqlQuery();
        var source = query.Versions("plots", "p", asOf);
        query.Equal(code, "p.code");
        var sql = $"select {Columns(PlotSelection.Of(ctx), asOf is not null)} from {source} where {query.WhereClause}";
        await using var cmd = connection is null ? query.Command(ctx.Db(), sql) : query.Command(connection, sql);
        return await RowReader.FirstAsync(cmd, Read, ctx.CancellationToken);
    }

    /// <summary>Plots by id in the order given (a split's pieces), read inside a mutation's transaction.</summary>
    public static async Task<IReadOnlyList<PlotRow>> ByIdsAsync(ResolveContext ctx, NpgsqlConnection connection, IReadOnlyList<long> ids)
    {
        await using var cmd = new NpgsqlCommand(
            $"select {Columns(PlotSelection.Of(ctx))} from plots p join unnest(@ids) with ordinality o(id, n) on o.id = p.id order by o.n",
            connection);
        cmd.Parameters.AddWithValue("ids", ids.ToArray());
        return await RowReader.ListAsync(cmd, Read, ctx.CancellationToken);
    }

    /// <summary>Plots by id (current state, retired ones too), batched per request.</summary>
    public static Task<PlotRow?> LoadAsync(ResolveContext ctx, long id)
    {
        var selection = PlotSelection.Of(ctx);
        return Loaders.ById(ctx, selection.LoaderName("plots"),
            () => $"select {Columns(selection)} from plots p where p.id = any(@keys)", "id", Read, id);
    }

    /// <summary>Plot.parents (the plots it was split or merged from) and Plot.children, batched.</summary>
    public static Task<IReadOnlyList<PlotRow>> LineageAsync(ResolveContext ctx, long id, bool parents)
    {
        var (key, other) = parents ? ("child_plot_id", "parent_plot_id") : ("parent_plot_id", "child_plot_id");
        var selection = PlotSelection.Of(ctx);
        return Loaders.GroupBy(ctx, selection.LoaderName(parents ? "plot-parents" : "plot-children"), () => $"""
            select l.{key}, {Columns(selection)} from plot_lineage l join plots p on p.id = l.{other}
            where l.{key} = any(@keys) order by l.{key}, p.code
            """, key, Read, id);
    }

    /// <summary>Earlier versions, newest first, batched over all plots asking.</summary>
    public static Task<IReadOnlyList<PlotRow>> HistoryAsync(ResolveContext ctx, long id)
    {
        var selection = PlotSelection.Of(ctx);
        return Loaders.GroupBy(ctx, selection.LoaderName("plot-history"), () => $"""
            select {Columns(selection, versions: true)} from plots_history p
            where p.id = any(@keys) order by p.id, p.version desc
            """, "id", Read, id);
    }
}
