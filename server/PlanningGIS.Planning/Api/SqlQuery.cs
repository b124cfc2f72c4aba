using Npgsql;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// Composes a SELECT's WHERE clause from small named filters (text, values, ranges, space), with
/// every value a named parameter (@code, @after, ...: the SQL reads as the filter that made it).
/// Filters are the API's input objects, already coerced by the engine.
/// </summary>
public sealed class SqlQuery
{
    private readonly List<string> conditions = [];
    private readonly List<NpgsqlParameter> parameters = [];

    /// <summary>Adds a value as a parameter named after what it is, and returns its placeholder (@name, or @name2 if taken).</summary>
    public string Param(string name, object? value)
    {
        var unique = name;
        for (var n = 2; parameters.Any(p => p.ParameterName == unique); n++)
            unique = name + n;
        parameters.Add(new NpgsqlParameter(unique, value ?? DBNull.Value));
        return "@" + unique;
    }

    /// <summary>
    /// A versioned table (dossiers, zones, plots) as <paramref name="alias"/>: its current rows, or every
    /// version valid at <paramref name="asOf"/> (the <c>{table}_versions</c> view, current rows and history).
    /// </summary>
    public string Versions(string table, string alias, DateTimeOffset? asOf)
    {
        if (asOf is null)
            return $"{table} {alias}";
        var at = Param("asOf", asOf.Value);
        Where(ValidAt(alias, at));
        return $"{table}_versions {alias}";
    }

    /// <summary>The version of a row (of a <c>{table}_versions</c> view) that was valid at the instant <paramref name="at"/> (SQL).</summary>
    public static string ValidAt(string alias, string at) =>
        $"{alias}.valid_from <= {at} and ({alias}.valid_to is null or {alias}.valid_to > {at})";

    // "p.land_use_code" → "land_use_code": a filter's parameter is named after its column.
    private static string NameOf(string column) =>
        System.Text.RegularExpressions.Regex.Match(column, @"[a-z_][a-z0-9_]*(?=[^a-z0-9_]*$)").Value is { Length: > 0 } name ? name : "value";

    public SqlQuery Where(string condition)
    {
        conditions.Add(condition);
        return this;
    }

    public string WhereClause => conditions.Count == 0 ? "true" : string.Join("\n  and ", conditions);

    /// <summary>
    /// Text that ignores case and Vietnamese diacritics ("dong banh" finds "Đồng Bành"). The text is
    /// literal: LIKE's wildcards % and _ and its escape \ in it are escaped, so "50%" finds only "50%".
    /// </summary>
    public SqlQuery Text(string? text, string searchedExpression)
    {
        if (!string.IsNullOrWhiteSpace(text))
            Where($"search_text({searchedExpression}) like '%' || {LiteralPattern($"search_text({Param("text", text.Trim())})")} || '%'");
        return this;
    }

    private static string LiteralPattern(string expression) =>
        $@"replace(replace(replace({expression}, '\', '\\'), '%', '\%'), '_', '\_')";

    public SqlQuery Equal(object? value, string column)
    {
        if (value is not null)
            Where($"{column} = {Param(NameOf(column), value)}");
        return this;
    }

    /// <summary>
    /// Column in one of the values; enum values are compared in lower case, as stored. An expression
    /// rather than a column names its parameter (<paramref name="name"/>).
    /// </summary>
    public SqlQuery In(IEnumerable<object?>? values, string column, bool enumValues = false, string? name = null)
    {
        if (values is null)
            return this;
        var list = values.Select(v => enumValues ? v?.ToString()?.ToLowerInvariant() : v?.ToString()).ToArray();
        Where($"{column} = any({Param(name ?? NameOf(column), list)})");
        return this;
    }

    public SqlQuery Range(object? from, object? to, string column)
    {
        if (from is not null)
            Where($"{column} >= {Param(NameOf(column) + "_from", from)}");
        if (to is not null)
            Where($"{column} <= {Param(NameOf(column) + "_to", to)}");
        return this;
    }

    /// <summary>The SpatialFilter input: bbox, intersects, containsPoint, withinDistance; in SRID 4326 or 9215.</summary>
    public SqlQuery Spatial(IReadOnlyDictionary<string, object?>? filter, string geometryColumn)
    {
        if (filter is null)
            return this;
        var srid = Srid.Supported(filter.Get<int?>("srid") ?? Srid.Wgs84);
        if (filter.Get<IReadOnlyList<object?>>("bbox") is { } bbox)
        {
            if (bbox.Count != 4)
                throw new PlanningError(ErrorCodes.BadUserInput, "bbox phải có 4 số: [minLon, minLat, maxLon, maxLat].");
            var b = bbox.Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Where($"{geometryColumn} && ST_Transform(ST_MakeEnvelope({Param("west", b[0])}, {Param("south", b[1])}, {Param("east", b[2])}, {Param("north", b[3])}, {srid}), 4326)");
        }
        if (filter.Get<GeoJsonText>("intersects") is { } geometry)
        {
            GeoJsonShape.CountVertices(geometry.Json); // a malformed geometry is INVALID_GEOMETRY here, not a failed query
            Where($"ST_Intersects({geometryColumn}, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON({Param("geojson", geometry.Json)}), {srid}), 4326))");
        }
        if (filter.Get<IReadOnlyDictionary<string, object?>>("containsPoint") is { } point)
            Where($"ST_Covers({geometryColumn}, {Point(point, srid)})");
        if (filter.Get<IReadOnlyDictionary<string, object?>>("withinDistance") is { } near)
        {
            var metres = Convert.ToDouble(near["metres"], System.Globalization.CultureInfo.InvariantCulture);
            if (metres is < 0 or > 100_000)
                throw new PlanningError(ErrorCodes.BadUserInput, "Khoảng cách phải từ 0 đến 100 000 m.");
            var p = Point(near, srid);
            // The box test uses the index (1° > 100 km here); the geography test is exact, in metres.
            Where($"{geometryColumn} && ST_Expand({p}, {Param("degrees", metres / 100_000.0)}) and ST_DWithin({geometryColumn}::geography, {p}::geography, {Param("metres", metres)})");
        }
        return this;
    }

    private string Point(IReadOnlyDictionary<string, object?> point, int srid) =>
        $"ST_Transform(ST_SetSRID(ST_MakePoint({Param("lon", Convert.ToDouble(point["lon"], System.Globalization.CultureInfo.InvariantCulture))}, " +
        $"{Param("lat", Convert.ToDouble(point["lat"], System.Globalization.CultureInfo.InvariantCulture))}), {srid}), 4326)";

    public NpgsqlCommand Command(NpgsqlDataSource dataSource, string sql)
    {
        var command = dataSource.CreateCommand(sql);
        foreach (var p in parameters)
            command.Parameters.Add(p.Clone());
        return command;
    }

    public NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
            command.Parameters.Add(p.Clone());
        return command;
    }
}
