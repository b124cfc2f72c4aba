// Conformance adapter: reads a batch of cases (JSON) on stdin, answers each with the
// PlanningGIS.GraphQL engine using the suite's resolver convention, and writes the
// results (JSON) on stdout. Protocol and convention: tests/conformance/README.md.
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PlanningGIS.GraphQL;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;
using PlanningGIS.GraphQL.Validation;

namespace PlanningGIS.Conformance;

public static class Program
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> Main()
    {
        string input;
        using (var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)))
        {
            input = await stdin.ReadToEndAsync();
        }
        using var batch = JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = 512 });
        var schemaTexts = new Dictionary<string, string>();
        foreach (var s in batch.RootElement.GetProperty("schemas").EnumerateObject())
        {
            schemaTexts[s.Name] = s.Value.GetString()!;
        }
        var schemas = new Dictionary<string, (Schema? Schema, Exception? Error)>();

        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 1024,
        });
        writer.WriteStartObject();
        writer.WriteString("engine", "PlanningGIS.GraphQL " + typeof(Schema).Assembly.GetName().Version);
        writer.WriteStartArray("results");
        foreach (var request in batch.RootElement.GetProperty("requests").EnumerateArray())
        {
            var id = request.GetProperty("id").GetString()!;
            var schemaId = request.GetProperty("schema").GetString()!;
            if (!schemas.TryGetValue(schemaId, out var built))
            {
                built = BuildSchema(schemaTexts[schemaId]);
                schemas[schemaId] = built;
            }
            ExecutionResult? result = null;
            string? crash = built.Error is null ? null : "schema build failed: " + built.Error.Message;
            if (request.TryGetProperty("buildOnly", out var buildOnly) && buildOnly.GetBoolean())
            {
                (result, crash) = BuildResult(built.Error);
            }
            else if (built.Schema is { } schema)
            {
                try
                {
                    result = await RunAsync(schema, request).WaitAsync(RequestTimeout);
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
            writer.WriteString("id", id);
            if (result is not null)
            {
                writer.WritePropertyName("result");
                try
                {
                    result.WriteTo(writer);
                }
                catch (Exception e)
                {
                    // The writer may be mid-object: give up on the batch with a clear message.
                    await Console.Error.WriteLineAsync($"{id}: writing the result failed: {e}");
                    return 2;
                }
            }
            else
            {
                writer.WriteString("crash", crash ?? "no result");
            }
            writer.WriteEndObject();
            await writer.FlushAsync();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
        return 0;
    }

    /// <summary>
    /// The answer to a "build" case: the errors of the schema (syntax, SDL validation or type-system
    /// rules, with their locations), none for a valid one; anything else escaping the build is a crash.
    /// </summary>
    private static (ExecutionResult? Result, string? Crash) BuildResult(Exception? error) => error switch
    {
        null => (ExecutionResult.FromErrors([]), null),
        SchemaBuildException build => (ExecutionResult.FromErrors(build.Details), null),
        GraphQLError syntax => (ExecutionResult.FromError(syntax), null),
        _ => (null, "schema build failed: " + error),
    };

    /// <summary>Builds a case schema wired with the resolver convention.</summary>
    private static (Schema? Schema, Exception? Error) BuildSchema(string sdl)
    {
        try
        {
            var builder = new SchemaBuilder()
                .AddSdl(sdl)
                .UseDefaultResolver((_, field) => Convention.FieldResolver(field.Name));
            foreach (var definition in Parser.Parse(sdl).Definitions)
            {
                if (definition is InterfaceTypeDefinitionNode or UnionTypeDefinitionNode)
                {
                    builder.ResolveType(((TypeDefinitionOrExtensionNode)definition).Name.Value, Convention.TypeResolver);
                }
            }
            return (builder.Build(), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private static async Task<ExecutionResult> RunAsync(Schema schema, JsonElement request)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(request.GetProperty("document").GetString()!);
        }
        catch (GraphQLError syntaxError)
        {
            return ExecutionResult.FromError(syntaxError);
        }
        var validationErrors = DocumentValidator.Validate(schema, document);
        if (validationErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(validationErrors);
        }
        if (request.TryGetProperty("validateOnly", out var validateOnly) && validateOnly.GetBoolean())
        {
            return ExecutionResult.FromErrors([]);
        }
        IReadOnlyDictionary<string, object?>? variables = null;
        if (request.TryGetProperty("variables", out var variablesJson))
        {
            variables = InputValues.FromJson(variablesJson) as IReadOnlyDictionary<string, object?>;
        }
        var context = new RequestContext();
        context.Items[Convention.SequenceKey] = new StrongBox<int>(0);
        return await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            OperationName = request.TryGetProperty("operationName", out var name) ? name.GetString() : null,
            Variables = variables,
            RootValue = request.TryGetProperty("rootValue", out var root)
                ? InputValues.FromJson(root)
                : new Dictionary<string, object?>(),
            Context = context,
        });
    }
}

/// <summary>The suite's resolver convention (README.md "The resolver convention").</summary>
internal static class Convention
{
    public const string SequenceKey = "conformance.seq";

    /// <summary>Reads the property named like the field from a JSON-object parent, then interprets markers.</summary>
    public static FieldResolver FieldResolver(string fieldName) => context =>
    {
        var value = context.Parent is IReadOnlyDictionary<string, object?> parent
            ? parent.GetValueOrDefault(fieldName)
            : null;
        return Interpret(value, context);
    };

    /// <summary>Abstract types resolve by the value's "__typename" property.</summary>
    public static string? TypeResolver(object value) =>
        value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("__typename") is string name ? name : null;

    private static ValueTask<object?> Interpret(object? value, ResolveContext context)
    {
        if (value is not IReadOnlyDictionary<string, object?> { Count: 1 } marker)
        {
            return new ValueTask<object?>(value);
        }
        var (key, payload) = marker.First();
        switch (key)
        {
            case "$error":
                throw new GraphQLError(payload as string ?? Convert.ToString(payload, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            case "$args":
                return new ValueTask<object?>(context.Arguments);
            case "$seq":
                var counter = (StrongBox<int>)context.Request.Items[SequenceKey]!;
                return new ValueTask<object?>(Interlocked.Increment(ref counter.Value));
            case "$async":
                return LaterAsync(payload, context);
            default:
                return new ValueTask<object?>(value);
        }
    }

    private static async ValueTask<object?> LaterAsync(object? payload, ResolveContext context)
    {
        await Task.Yield();
        return await Interpret(payload, context);
    }
}
