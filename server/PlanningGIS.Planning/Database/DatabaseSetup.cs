using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanningGIS.Planning.SampleData;

namespace PlanningGIS.Planning.Database;

public static class DatabaseSetup
{
    /// <summary>Applies pending migrations and, when configured, loads the sample data once.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var options = services.GetRequiredService<IOptions<PlanningOptions>>().Value;
        if (options.LoadSampleData)
            await services.GetRequiredService<SampleDataLoader>().LoadDirectoryAsync(options.SampleDataDirectory, ct);
    }
}
