using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PlanningGIS.GraphQL;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Utilities;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Tests.Api;

/// <summary>Runs documents through the planning schema in process, as a given account, on a test database.</summary>
public sealed class ApiExecutor(TestDatabase db)
{
    private static readonly GraphQLService Service = new(PlanningSchema.Build(), GraphQLLimits.Default);

    private readonly ServiceProvider services = new ServiceCollection()
        .AddSingleton(db.DataSource)
        .AddSingleton(TimeProvider.System)
        .AddSingleton<AccountStore>()
        .BuildServiceProvider();

    public async Task<JsonElement> RunAsync(string query, object? variables = null, Account? account = null)
    {
        var context = new RequestContext { Services = services };
        context.Set(new Caller(account, null, null));
        var vars = variables is null ? null : InputValues.ParseVariables(JsonSerializer.Serialize(variables));
        var result = await Service.ExecuteAsync(query, null, vars, context);
        LastInternalErrors = string.Join("\n", result.Errors.Where(e => e.InnerException is not null).Select(e => e.InnerException!.ToString()));
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    /// <summary>The exceptions behind INTERNAL_SERVER_ERROR errors of the last run, for test messages.</summary>
    public string LastInternalErrors { get; private set; } = "";

    /// <summary>Runs a document that must succeed; fails the test with the errors otherwise.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, Account? account = null)
    {
        var result = await RunAsync(query, variables, account);
        Assert.False(result.TryGetProperty("errors", out var errors), errors + "\n" + LastInternalErrors);
        return result.GetProperty("data");
    }

    public static Account Planner { get; } = new(1, "planner.test", "Cán bộ quy hoạch", [Roles.Planner], null);
}
