// Conformance adapter for GraphQL.NET 8 (a comparison, not a test): reads a batch of cases (JSON) on
// stdin, answers each with GraphQL.NET's DocumentExecuter using the suite's resolver convention
// (Convention.cs), and writes the results (JSON) on stdout. Protocol: tests/conformance/README.md.
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace PlanningGIS.Conformance.GraphQLNet;

public static class Program
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly GraphQLSerializer Serializer = new();
    private static readonly DocumentExecuter Executer = new();

    public static async Task<int> Main()
    {
        string input;
        using (var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)))
        {
            input = await stdin.ReadToEndAsync();
        }
        using var batch = JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = 512 });
        var schemaTexts = batch.RootElement.GetProperty("schemas").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.GetString()!);
        var schemas = new Dictionary<string, (ISchema? Schema, string? Error)>();

        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { MaxDepth = 1024 });
        writer.WriteStartObject();
        writer.WriteString("engine", "GraphQL.NET " + typeof(ISchema).Assembly.GetName().Version);
        writer.WriteStartArray("results");
        foreach (var request in batch.RootElement.GetProperty("requests").EnumerateArray())
        {
            var schemaId = request.GetProperty("schema").GetString()!;
            if (!schemas.TryGetValue(schemaId, out var built))
            {
                built = ConventionSchema.Build(schemaTexts[schemaId]);
                schemas[schemaId] = built;
            }
            string? json = null;
            var crash = built.Error;
            if (built.Schema is { } schema)
            {
                try
                {
                    json = await RunAsync(schema, request).WaitAsync(RequestTimeout);
                }
                catch (TimeoutException)
                {
                    crash = $"timeout: no answer within {RequestTimeout.TotalSeconds} s";
                }
                catch (Exception e)
                {
                    crash = e.ToString();
                }
            }
            writer.WriteStartObject();
            writer.WriteString("id", request.GetProperty("id").GetString());
            if (json is not null)
            {
                writer.WritePropertyName("result");
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            else
            {
                writer.WriteString("crash", crash ?? "no result");
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
        return 0;
    }

    private static async Task<string> RunAsync(ISchema schema, JsonElement request)
    {
        var validateOnly = request.TryGetProperty("validateOnly", out var only) && only.GetBoolean();
        var options = new ExecutionOptions
        {
            Schema = schema,
            Query = request.GetProperty("document").GetString(),
            OperationName = request.TryGetProperty("operationName", out var name) ? name.GetString() : null,
            Variables = request.TryGetProperty("variables", out var variables) ? Serializer.Deserialize<Inputs>(variables.GetRawText()) : null,
            Root = request.TryGetProperty("rootValue", out var root) ? Json.ToPlain(root) : new Dictionary<string, object?>(),
            UserContext = new Dictionary<string, object?> { [Convention.SequenceKey] = new Convention.Sequence() },
            // The answer says only "Error trying to resolve field"; the cause goes to the log.
            UnhandledExceptionDelegate = context => Console.Error.WriteLineAsync($"{request.GetProperty("id").GetString()}: {context.OriginalException.Message}"),
        };
        if (validateOnly)
        {
            // Stops after validation (the suite only validates subscriptions): a valid document answers {}.
            options.Listeners.Add(new StopBeforeExecution());
            options.ThrowOnUnhandledException = true;
        }
        try
        {
            return Serializer.Serialize(await Executer.ExecuteAsync(options));
        }
        catch (StopBeforeExecution.Stopped)
        {
            return "{}";
        }
    }

    private sealed class StopBeforeExecution : DocumentExecutionListenerBase
    {
        public sealed class Stopped : Exception;

        public override Task BeforeExecutionAsync(IExecutionContext context) => throw new Stopped();
    }
}
