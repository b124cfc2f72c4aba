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
            query.Where($"l.land_use_code in (select c.code from land_use_codes c where c.category = {query.Param(category.ToLowerInvariant())})");
        var geometry = Paging.NodesSelect(ctx, "geometry") ? GeometryOutput.GeoJsonSql("l.boundary") : "null";
        var columns = $"l.id, l.land_use_code, l.source, l.surveyed_on, l.area_m2, ST_Perimeter(ST_Transform(l.boundary, 9215)), {geometry}";
        return Paging.PageAsync(ctx, query, columns, "land_use_current l", "l.id", Read);
    }

    private static CurrentLandUseRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
        r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), r.GetDouble(4), r.GetDouble(5), r.IsDBNull(6) ? null : r.GetString(6));
}
