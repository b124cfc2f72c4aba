using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using static PlanningGIS.Host.Tests.GraphQL.GraphQLHttp;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Every argument of every mutation and every query field (filters included), read from the schema by
/// introspection so that a new input is covered without editing this test, gets wrong types, NUL,
/// huge and non-finite numbers, broken geometries and very long strings, one leaf at a time, inline
/// and as variables, from an account with every role. Nothing may answer INTERNAL_SERVER_ERROR (or
/// HTTP 500), and no table may change. Seeded: PLANNINGGIS_FUZZ_SEED reproduces a run.
/// </summary>
public sealed class InputFuzzTests(HostFixture host, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PLANNINGGIS_FUZZ_SEED"), out var seed) ? seed : 20_261_203;

    private const string Introspection = """
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        {
          __schema {
            queryType { fields { name args { name type { ...T } } type { ...T } } }
            mutationType { fields { name args { name type { ...T } } type { ...T } } }
            types { kind name inputFields { name type { ...T } defaultValue } enumValues { name } }
          }
        }
        """;

    [Fact]
    public async Task Wrong_input_to_any_mutation_or_filter_is_refused_clearly_and_changes_nothing()
    {
        var schema = await host.As("admin").DataAsync(Introspection);
        var model = new SchemaModel(schema.GetProperty("__schema"));
        var bearer = await EveryRoleTokenAsync();
        var before = await ChecksumAsync();

        var random = new Random(Seed);
        var cases = 0;
        var failures = new List<string>();
        foreach (var (operation, field) in model.RootFields())
        {
            foreach (var (argument, path, bad) in model.Mutations(field, random))
            {
                var inline = random.Next(2) == 0;
                var (document, variables) = Request(operation, field, argument, bad, inline, model);
                var answer = await host.Client.PostRawAsync(variables is null
                    ? "{\"query\":" + JsonSerializer.Serialize(document) + "}"
                    : "{\"query\":" + JsonSerializer.Serialize(document) + ",\"variables\":" + variables + "}", Json, GraphQLResponseJson, bearer);
                cases++;
                if (answer.Status >= 500 || answer.Text.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal))
                {
                    var failure = $"{operation}.{field.Name} {path} = {Abbreviated(Value.Json(bad))} ({(inline ? "inline" : "variable")}): {answer.Status} {Abbreviated(answer.Text)}";
                    failures.Add(failure);
                }
            }
        }
        output.WriteLine($"seed {Seed}: {cases} requests");

        Assert.Equal(before, await ChecksumAsync());
        Assert.True(failures.Count == 0, $"seed {Seed}: {failures.Count} of {cases} requests failed inside the server:\n" + string.Join("\n", failures));
    }

    private static string Abbreviated(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>The field with every required argument given a plausible value and one argument (or a leaf in it) a bad one.</summary>
    private static (string Document, string? Variables) Request(string operation, FieldModel field, string argument, object? value, bool inline, SchemaModel model)
    {
        var arguments = new List<string>();
        var declarations = new List<string>();
        var variables = new List<string>();
        foreach (var arg in field.Arguments)
        {
            object? given;
            if (arg.Name == argument)
                given = value;
            else if (arg.Type.NonNull)
                given = model.Plausible(arg.Type);
            else
                continue;
            if (inline)
            {
                arguments.Add($"{arg.Name}: {Value.Literal(given)}");
            }
            else
            {
                declarations.Add($"${arg.Name}: {arg.Type}");
                arguments.Add($"{arg.Name}: ${arg.Name}");
                variables.Add(JsonSerializer.Serialize(arg.Name) + ":" + Value.Json(given));
            }
        }
        var selection = field.ReturnsComposite ? " { __typename }" : "";
        var head = operation == "Mutation" ? "mutation" : "query";
        var document = $"{head}{(declarations.Count > 0 ? "(" + string.Join(", ", declarations) + ")" : "")} {{ {field.Name}{(arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : "")}{selection} }}";
        return (document, inline ? null : "{" + string.Join(",", variables) + "}");
    }

    /// <summary>A token of an account with every role, bound to an investor: every resolver runs past its role check.</summary>
    private async Task<string> EveryRoleTokenAsync()
    {
        var accounts = new PlanningGIS.Planning.Accounts.AccountStore(host.Database, TimeProvider.System);
        await using var cmd = host.Database.CreateCommand("select id from investors order by code limit 1");
        var investor = (long)(await cmd.ExecuteScalarAsync())!;
        await accounts.SaveAsync("fuzz.test", "Tài khoản thử mọi vai trò", [.. PlanningGIS.Planning.Accounts.Roles.All], "mật-khẩu-thử-fuzz", investor);
        return (await accounts.LoginAsync("fuzz.test", "mật-khẩu-thử-fuzz")).Session!.Token;
    }

    /// <summary>An md5 of every row of every table (the audit log included); sessions are sign-in state, not data.</summary>
    private async Task<string> ChecksumAsync()
    {
        var tables = new List<string>();
        await using (var list = host.Database.CreateCommand(
            "select quote_ident(table_name) from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' " +
            "and table_name not in ('sessions', 'spatial_ref_sys') order by table_name"))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        var sums = new StringBuilder();
        foreach (var table in tables)
        {
            // Refused sign-ins are audited on purpose (the login throttle counts them): not a change to the data.
            var where = table == "audit_log" ? " where t.action not in ('LOGIN_FAILED', 'LOGIN_THROTTLED')" : "";
            await using var cmd = host.Database.CreateCommand($"select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from {table} t{where}");
            sums.Append(table).Append('=').Append((string)(await cmd.ExecuteScalarAsync())!).Append('\n');
        }
        return sums.ToString();
    }

    // ---- the schema, as introspection describes it ----

    private sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
    {
        public bool NonNull => Kind == "NON_NULL";

        public TypeRef Nullable => NonNull ? OfType! : this;

        public TypeRef Named => OfType is null ? this : OfType.Named;

        public static TypeRef From(JsonElement e) => new(e.GetProperty("kind").GetString()!, e.GetProperty("name").GetString(),
            e.TryGetProperty("ofType", out var of) && of.ValueKind == JsonValueKind.Object ? From(of) : null);

        public override string ToString() => Kind switch
        {
            "NON_NULL" => OfType + "!",
            "LIST" => "[" + OfType + "]",
            _ => Name!,
        };
    }

    private sealed record ArgumentModel(string Name, TypeRef Type);

    private sealed record FieldModel(string Name, IReadOnlyList<ArgumentModel> Arguments, bool ReturnsComposite);

    private sealed class SchemaModel
    {
        private readonly JsonElement schema;
        private readonly Dictionary<string, JsonElement> types = new();

        public SchemaModel(JsonElement schema)
        {
            this.schema = schema;
            foreach (var type in schema.GetProperty("types").EnumerateArray())
                types[type.GetProperty("name").GetString()!] = type;
        }

        public IEnumerable<(string Operation, FieldModel Field)> RootFields()
        {
            foreach (var (operation, key) in new[] { ("Query", "queryType"), ("Mutation", "mutationType") })
            {
                foreach (var field in schema.GetProperty(key).GetProperty("fields").EnumerateArray())
                {
                    var arguments = field.GetProperty("args").EnumerateArray()
                        .Select(a => new ArgumentModel(a.GetProperty("name").GetString()!, TypeRef.From(a.GetProperty("type")))).ToList();
                    if (arguments.Count == 0)
                        continue;
                    var returned = TypeRef.From(field.GetProperty("type")).Named;
                    yield return (operation, new FieldModel(field.GetProperty("name").GetString()!, arguments, returned.Kind is "OBJECT" or "INTERFACE" or "UNION"));
                }
            }
        }

        /// <summary>For each argument: the argument itself and every leaf inside it, each with bad values.</summary>
        public IEnumerable<(string Argument, string Path, object? Value)> Mutations(FieldModel field, Random random)
        {
            foreach (var argument in field.Arguments)
            {
                foreach (var bad in WholeValueMistakes)
                    yield return (argument.Name, argument.Name, bad);
                foreach (var (path, leafType) in Leaves(argument.Type, [], depth: 0))
                {
                    foreach (var bad in MistakesFor(leafType, random))
                        yield return (argument.Name, argument.Name + string.Concat(path.Select(p => p == "[0]" ? p : "." + p)), With(argument.Type, path, bad));
                }
            }
        }

        /// <summary>Every leaf inside the type: the path to it ("[0]" for a list item) and its type.</summary>
        private IEnumerable<(IReadOnlyList<string> Path, TypeRef Type)> Leaves(TypeRef type, IReadOnlyList<string> path, int depth)
        {
            var t = type.Nullable;
            if (t.Kind == "LIST")
            {
                foreach (var leaf in Leaves(t.OfType!, [.. path, "[0]"], depth))
                    yield return leaf;
            }
            else if (t.Kind == "INPUT_OBJECT" && depth < 3)
            {
                foreach (var f in types[t.Name!].GetProperty("inputFields").EnumerateArray())
                    foreach (var leaf in Leaves(TypeRef.From(f.GetProperty("type")), [.. path, f.GetProperty("name").GetString()!], depth + 1))
                        yield return leaf;
            }
            else if (path.Count > 0)
            {
                yield return (path, t);
            }
        }

        /// <summary>A plausible value of the type (required fields only) with <paramref name="bad"/> at the path.</summary>
        private object? With(TypeRef type, IReadOnlyList<string> path, object? bad)
        {
            if (path.Count == 0)
                return bad;
            var t = type.Nullable;
            if (t.Kind == "LIST")
                return new List<object?> { With(t.OfType!, path.Skip(1).ToList(), bad) };
            var map = (Dictionary<string, object?>)Plausible(t)!;
            var field = types[t.Name!].GetProperty("inputFields").EnumerateArray().First(f => f.GetProperty("name").GetString() == path[0]);
            map[path[0]] = With(TypeRef.From(field.GetProperty("type")), path.Skip(1).ToList(), bad);
            return map;
        }

        /// <summary>A well-formed value of the type; codes name nothing that exists, so a well-formed request still changes nothing.</summary>
        public object? Plausible(TypeRef type)
        {
            var t = type.Nullable;
            if (t.Kind == "LIST")
                return new List<object?> { Plausible(t.OfType!) };
            if (t.Kind == "ENUM")
                return new EnumValue(types[t.Name!].GetProperty("enumValues")[0].GetProperty("name").GetString()!);
            if (t.Kind == "INPUT_OBJECT")
            {
                var result = new Dictionary<string, object?>();
                foreach (var f in types[t.Name!].GetProperty("inputFields").EnumerateArray())
                {
                    var fieldType = TypeRef.From(f.GetProperty("type"));
                    if (fieldType.NonNull && f.GetProperty("defaultValue").ValueKind == JsonValueKind.Null)
                        result[f.GetProperty("name").GetString()!] = Plausible(fieldType);
                }
                // saveInvestor creates the investor it does not find, so a well-formed code would make a valid
                // new investor: an ill-formed one (checked after every other field) keeps each request refused.
                if (t.Name == "SaveInvestorInput")
                    result["code"] = "FUZZ KHÔNG CÓ";
                return result;
            }
            return t.Name switch
            {
                "Int" => new Number("1"),
                "Float" => new Number("1.5"),
                "Boolean" => true,
                "DateTime" => "2024-01-01T00:00:00+07:00",
                "Date" => "2024-01-01",
                "Decimal" => "1",
                "GeoJSON" => Geometry("""{"type":"Point","coordinates":[0,0]}"""),
                "ID" => "RnV6ejox", // base64 of a type that does not exist
                _ => "FUZZ-KHONG-CO",
            };
        }

        private static readonly object?[] WholeValueMistakes =
        [
            "x", new Number("1"), true, new List<object?>(), new Dictionary<string, object?>(), "\0",
        ];

        // Varied letters, not one repeated: PostgreSQL would compress a repetition to almost nothing.
        private static readonly string VeryLong = new(Enumerable.Range(0, 100_000).Select(i => "aăâbcdđeêghiklmnoôơpqrstuưvxy"[(int)((i * 2_654_435_761L) % 29)]).ToArray());

        private static readonly object?[] StringMistakes =
        [
            "a\0b", "\0", VeryLong, "", new Number("12"), new Number("1e999"),
            new Dictionary<string, object?> { ["a"] = new Number("1") }, new List<object?> { "a", "b" },
        ];

        private static readonly object?[] NumberMistakes =
        [
            new Number("1e999"), new Number("-1e999"), new Number("1e308"), new Number("-1e308"), new Number("2147483648"),
            new Number("-2147483649"), new Number("9007199254740993"), new Number("0.1"), new Number("-1"), new Number("0"),
            "1", "NaN", "Infinity", true, "\0",
        ];

        private static readonly object?[] GeometryMistakes =
        [
            Geometry("""{"type":"Polygon","coordinates":[]}"""),
            Geometry("""{"type":"Polygon","coordinates":[[]]}"""),
            Geometry("""{"type":"Polygon","coordinates":"x"}"""),
            Geometry("""{"type":"Polygon","coordinates":[[[106.7,21.9],[106.71,21.9],[106.71,21.91]]]}"""),
            Geometry("""{"type":"Polygon","coordinates":[[[[106.7,21.9]]]]}"""),
            Geometry("""{"type":"Polygon","coordinates":[[[106.7,21.9],[106.71,21.91],[106.71,21.9],[106.7,21.91],[106.7,21.9]]]}"""),
            Geometry("""{"type":"Polygon","coordinates":[[[1e308,1e308],[-1e308,1e308],[-1e308,-1e308],[1e308,1e308]]]}"""),
            Geometry("""{"type":"Polygon","coordinates":[[["a","b"],[1,2],[3,4],["a","b"]]]}"""),
            Geometry("""{"type":"MultiPolygon","coordinates":[[[]]]}"""),
            Geometry("""{"type":"Point","coordinates":[106.7]}"""),
            Geometry("""{"type":"Point"}"""),
            Geometry("""{"type":"GeometryCollection","geometries":[]}"""),
            Geometry("""{"type":"Feature","geometry":null}"""),
            Geometry("""{"type":"Polygon\u0000","coordinates":[]}"""),
            Geometry("""{"coordinates":[106.7,21.9]}"""),
            "POLYGON((0 0,1 0,1 1,0 0))", new Number("1"), new List<object?>(),
        ];

        private static readonly object?[] EnumMistakes = ["NOPE", "\0", new Number("1"), true, VeryLong];

        private static readonly object?[] BooleanMistakes = ["true", new Number("1"), "\0"];

        private static IEnumerable<object?> MistakesFor(TypeRef leaf, Random random)
        {
            var all = leaf.Kind == "ENUM" ? EnumMistakes : leaf.Name switch
            {
                "Int" or "Float" => NumberMistakes,
                "Boolean" => BooleanMistakes,
                "GeoJSON" => GeometryMistakes,
                _ => StringMistakes,
            };
            // Geometries, NUL, very long strings and non-finite numbers every time; a seeded share of the rest.
            return all.Where((value, i) => i < 3 || leaf.Name == "GeoJSON" || random.Next(3) == 0);
        }

        private static Dictionary<string, object?> Geometry(string json) =>
            (Dictionary<string, object?>)AsWritten(PlanningGIS.GraphQL.Utilities.InputValues.ParseVariables(json).ToDictionary())!;

        private static object? AsWritten(object? value) => value switch
        {
            int or long or double => new Number(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            List<object?> list => list.Select(AsWritten).ToList(),
            Dictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => AsWritten(kv.Value)),
            _ => value,
        };
    }

    // ---- values, written as JSON (variables) or as GraphQL literals (inline) ----

    /// <summary>A number as written, so that 1e999 reaches the server as text no serializer would produce.</summary>
    private sealed record Number(string Text);

    private sealed record EnumValue(string Name);

    private static class Value
    {
        public static string Json(object? value) => value switch
        {
            null => "null",
            bool b => b ? "true" : "false",
            Number n => n.Text,
            EnumValue e => JsonSerializer.Serialize(e.Name),
            string s => JsonSerializer.Serialize(s),
            Dictionary<string, object?> map => "{" + string.Join(",", map.Select(kv => JsonSerializer.Serialize(kv.Key) + ":" + Json(kv.Value))) + "}",
            List<object?> list => "[" + string.Join(",", list.Select(Json)) + "]",
            _ => throw new ArgumentException(value.GetType().Name),
        };

        public static string Literal(object? value) => value switch
        {
            EnumValue e => e.Name,
            Dictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => IsName(kv.Key) ? kv.Key + ": " + Literal(kv.Value) : "")) + "}",
            List<object?> list => "[" + string.Join(", ", list.Select(Literal)) + "]",
            _ => Json(value), // JSON strings, numbers, booleans and null are GraphQL literals too
        };

        private static bool IsName(string key) => key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(key[0]);
    }
}
