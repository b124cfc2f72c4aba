using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.LandUse;

/// <summary>Land-use codes and the current-state layer (hiện trạng). Public: the investor's view includes them.</summary>
public static class LandUseApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<LandUseCodeRow>("LandUseCode")
        .BindType<CurrentLandUseRow>("CurrentLandUse")
        .ResolveAsync("Query.landUseCodes", LandUseCodeQueries.AllAsync)
        .ResolveAsync("Query.currentLandUse", PageAsync)
        .ResolveAsync("CurrentLandUse.landUse", ctx => LandUseCodeQueries.LoadAsync(ctx, ctx.GetParent<CurrentLandUseRow>().LandUseCode))
        .Resolve("CurrentLandUse.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<CurrentLandUseRow>().GeometryJson, ctx.GetArgument<int>("srid")));

    private static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery()
            .In(filter?.Get<IEnumerable<object?>>("landUseCode"), "l.land_use_code")
            .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "l.boundary");
        if (filter?.Get<string>("category") is { } category)
            query.Where($"l.land_use_code in (select c.code from land_use_codes c where c.category = {query.Param("category", category.ToLowerInvariant())})");
        return Paging.PageAsync(ctx, query, Columns(Paging.NodesSelect(ctx, "geometry")), "land_use_current l", "l.id", Read);
    }

    /// <summary>The columns of <see cref="CurrentLandUseRow"/> for alias l (planningAt reads them too).</summary>
    public static string Columns(bool geometry, bool perimeter = true) => $"""
        l.id, l.land_use_code, l.source, l.surveyed_on, l.area_m2,
        {(perimeter ? "ST_Perimeter(ST_Transform(l.boundary, 9215))" : "0::float8")} as perimeter_m,
        {(geometry ? GeometryOutput.GeoJsonSql("l.boundary") : "null::text")} as geometry_json
        """;

    public static CurrentLandUseRow Read(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("land_use_code"), r.Get<string?>("source"), r.Get<DateOnly?>("surveyed_on"),
        r.Get<double>("area_m2"), r.Get<double>("perimeter_m"), r.Get<string?>("geometry_json"));
}
