using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.SampleData;

namespace PlanningGIS.Planning.Database;

public static class DatabaseSetup
{
    /// <summary>Applies pending migrations and, when configured, loads the sample data and creates the demo accounts once.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var options = services.GetRequiredService<IOptions<PlanningOptions>>().Value;
        if (options.LoadSampleData)
            await services.GetRequiredService<SampleDataLoader>().LoadDirectoryAsync(options.SampleDataDirectory, ct);
        if (options.DemoAccountsFile is { Length: > 0 } file)
        {
            var created = await services.GetRequiredService<DemoAccounts>().EnsureAsync(file, ct);
            if (created.Count > 0)
            {
                // Shown once, on the console rather than in the logs; the file keeps them (mode 600).
                Console.WriteLine($"Demo accounts (username password), also in {file}:");
                foreach (var line in created)
                    Console.WriteLine("  " + line);
            }
        }
    }
}
