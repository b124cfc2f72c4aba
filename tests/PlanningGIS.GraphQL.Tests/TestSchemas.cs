using System.Text.Json;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Tests;

/// <summary>Helpers: a schema over dictionary data (graphql-js style) and a run-to-JSON shortcut.</summary>
internal static class TestSchemas
{
    public static Schema FromSdl(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = new SchemaBuilder().AddSdl(sdl).UseDefaultResolver(DefaultResolvers.DictionaryOrProperty);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static async Task<string> Run(Schema schema, string query, object? root = null, string? variablesJson = null,
        string? operationName = null, GraphQLLimits? limits = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = root is string json ? InputValues.FromJson(JsonDocument.Parse(json).RootElement) : root,
            Variables = InputValues.ParseVariables(variablesJson),
            OperationName = operationName,
            Limits = limits,
        });
        return result.ToJson();
    }
}
