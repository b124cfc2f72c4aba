using System.Reflection;
using System.Text;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// The planning API's schema: the SDL files embedded from each feature folder (schema.graphql first),
/// the custom scalars, each feature's resolvers and each feature's authorization policies. Built once at start-up; a resolver bound to a
/// field that does not exist, or a field with no resolver, fails the build.
/// </summary>
public static class PlanningSchema
{
    private static readonly string[] ConnectionTypes =
    [
        "Dossier", "Zone", "Plot", "Allocation", "ClearanceProject", "Conversion", "Violation", "CurrentLandUse", "User",
    ];

    /// <summary>Every feature's resolvers: one Register method per feature folder.</summary>
    private static readonly Action<SchemaBuilder>[] Features =
    [
        Accounts.AccountApi.Register,
        Zones.ZoneApi.Register,
        Dossiers.DossierApi.Register,
        Plots.PlotApi.Register,
        Allocations.AllocationApi.Register,
        Clearance.ClearanceApi.Register,
        Conversions.ConversionApi.Register,
        Violations.ViolationApi.Register,
        LandUse.LandUseApi.Register,
        Statistics.StatisticsApi.Register,
        PlanningAt.PlanningAtApi.Register,
        Geometry.GeometryApi.Register,
        Investment.InvestmentApi.Register,
        NodeApi.Register,
    ];

    /// <summary>Every feature's declared policies: who may call or read each coordinate (see FieldAuthorization).</summary>
    public static readonly FieldPolicies[] Policies =
    [
        Accounts.AccountPolicies.Fields,
        Zones.ZonePolicies.Fields,
        Dossiers.DossierPolicies.Fields,
        Plots.PlotPolicies.Fields,
        Allocations.AllocationPolicies.Fields,
        Clearance.ClearancePolicies.Fields,
        Conversions.ConversionPolicies.Fields,
        Violations.ViolationPolicies.Fields,
        LandUse.LandUsePolicies.Fields,
        Statistics.StatisticsPolicies.Fields,
        PlanningAt.PlanningAtPolicies.Fields,
        Geometry.GeometryPolicies.Fields,
        Investment.InvestmentPolicies.Fields,
        NodePolicies.Fields,
    ];

    /// <param name="extend">More SDL, resolvers or policies (tests: a mutation without a policy fails the build).</param>
    public static Schema Build(Action<SchemaBuilder>? extend = null, params FieldPolicies[] morePolicies)
    {
        var builder = new SchemaBuilder();
        var authorization = new FieldAuthorization([.. Policies, .. morePolicies]);
        foreach (var (name, sdl) in SdlFiles())
            builder.AddSdl(sdl, name);
        builder.AddPlanningScalars();
        foreach (var type in ConnectionTypes)
        {
            builder.BindType<Connection>(type + "Connection");
            builder.BindType<Edge>(type + "Edge");
        }
        builder.BindType<PageInfo>("PageInfo");
        builder.BindType<Decision>("Decision");
        foreach (var register in Features)
            register(builder);
        extend?.Invoke(builder);
        builder.UseFieldMiddleware(authorization.Wrap);
        // No default resolver: a field no feature resolves fails the build, at start-up.
        var schema = builder.Build();
        return authorization.Problems() is { Count: > 0 } problems ? throw new SchemaBuildException(problems) : schema;
    }

    /// <summary>The embedded *.graphql files, schema.graphql first, then by name.</summary>
    public static IEnumerable<(string Name, string Sdl)> SdlFiles()
    {
        var assembly = typeof(PlanningSchema).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".graphql", StringComparison.Ordinal))
            .OrderBy(n => n.EndsWith(".schema.graphql", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => (n, Read(assembly, n)));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
