using System.Diagnostics;
using System.Text;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Validation;

namespace PlanningGIS.GraphQL.Tests.Validation;

/// <summary>Rules outside the shared schema, the error limit, the rule list and hostile documents.</summary>
public sealed class ValidationBehaviourTests
{
    [Fact]
    public void OperationTypeMustExist()
    {
        var schema = TestSchemas.FromSdl("type Query { a: Int }");
        Assert.Equal(
            ValidationHarness.Lines("The mutation operation is not supported by the schema. @1:13 | The subscription operation is not supported by the schema. @1:30"),
            ValidationHarness.Validate(ctx => new KnownOperationTypes(ctx), "query { a } mutation M { a } subscription S { a }", schema));
        // All rules: the root type is unknown, so its fields are not checked.
        Assert.Equal(
            "The mutation operation is not supported by the schema. @1:1",
            ValidationHarness.Validate("mutation { anything }", schema));
    }

    [Fact]
    public void SpecifiedRulesAreInGraphQLJsOrder()
    {
        var names = DocumentValidator.SpecifiedRules
            .Select(factory => factory(new ValidationContext(ValidationHarness.Schema, Parser.Parse("{ version }"),
                new Utilities.TypeInfo(ValidationHarness.Schema), [])).GetType().Name)
            .ToList();
        Assert.Equal(
            [
                "ExecutableDefinitions", "UniqueOperationNames", "LoneAnonymousOperation", "KnownOperationTypes",
                "SingleFieldSubscriptions", "KnownTypeNames", "FragmentsOnCompositeTypes", "VariablesAreInputTypes",
                "ScalarLeafs", "FieldsOnCorrectType", "UniqueFragmentNames", "KnownFragmentNames", "NoUnusedFragments",
                "PossibleFragmentSpreads", "NoFragmentCycles", "UniqueVariableNames", "NoUndefinedVariables",
                "NoUnusedVariables", "KnownDirectives", "UniqueDirectivesPerLocation", "KnownArgumentNames",
                "UniqueArgumentNames", "ValuesOfCorrectType", "ProvidedRequiredArguments", "VariablesInAllowedPosition",
                "OverlappingFieldsCanBeMerged", "UniqueInputFieldNames", "MaxIntrospectionDepth",
            ],
            names);
    }

    [Fact]
    public void ErrorsAreCodedAndLimited()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"f{i}")) + " }";
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"f0\" on type \"Query\".", errors[0].Message);
        Assert.Equal("Cannot query field \"f99\" on type \"Query\".", errors[99].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void ManyConflictsStopAtTheErrorLimit()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"x: parcel(id: \"{i}\") {{ id }}")) + " }";
        var errors = Time(query, out _);
        Assert.Equal(101, errors.Count);
        Assert.StartsWith("Fields \"x\" conflict because they have differing arguments.", errors[0].Message, StringComparison.Ordinal);
    }

    // Hostile documents: validation stays far below the 100 ms budget on an idle machine (figures in the README);
    // the bound here only catches a hang or a blow-up, since timings must not gate the suite on a busy CI machine.
    [Theory]
    [InlineData("same field 10,000 times")]
    [InlineData("5,000 aliases")]
    [InlineData("same alias on 3,000 fields with sub-selections")]
    [InlineData("same alias on 2,000 fields spreading a fragment")]
    [InlineData("two large identical sub-selections")]
    [InlineData("fragment chain 2,000 deep")]
    [InlineData("parallel fragment chains 1,500 deep")]
    [InlineData("all pairs of 1,000 fragments")]
    [InlineData("introspection through doubling fragments")]
    [InlineData("fragment cycle 10,000 long")]
    [InlineData("fragment chain 200 deep")]
    [InlineData("two fragment chains 600 deep compared pairwise")]
    [InlineData("dense fragment graph")]
    [InlineData("binary tree of identical fields")]
    public void HostileDocumentsAreFast(string name)
    {
        var query = HostileDocument(name);
        var errors = Time(query, out var elapsed);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"{name}: {elapsed.TotalMilliseconds} ms");
        if (name == "fragment cycle 10,000 long")
        {
            var error = Assert.Single(errors);
            Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",", error.Message, StringComparison.Ordinal);
            Assert.Equal(10_000, error.Locations!.Count);
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void DeepComparisonsDoNotOverflowASmallStack()
    {
        // 256 KB could not hold 1,500 levels of recursion (three frames a level): the comparison keeps
        // its steps on an explicit stack, on the calling thread.
        var document = Parser.Parse(HostileDocument("parallel fragment chains 1,500 deep"));
        var errors = OnSmallStack(() => DocumentValidator.Validate(ValidationHarness.Schema, document));
        Assert.Empty(errors);
    }

    [Fact]
    public void AConflictAtTheBottomOfDeepChainsIsStillReported()
    {
        // The chains differ only at depth 3,000: one error, naming every field on the way down.
        const int Depth = 3_000;
        var sb = new StringBuilder("{ parcel { ...A0 } parcel { ...B0 } }");
        for (var i = 0; i < Depth; i++)
        {
            sb.Append($" fragment A{i} on Parcel {{ owner {{ parcels {{ ...A{i + 1} }} }} }}");
            sb.Append($" fragment B{i} on Parcel {{ owner {{ parcels {{ ...B{i + 1} }} }} }}");
        }
        sb.Append($" fragment A{Depth} on Parcel {{ id }} fragment B{Depth} on Parcel {{ id: code }}");
        var document = Parser.Parse(sb.ToString());
        var error = Assert.Single(OnSmallStack(() => DocumentValidator.Validate(ValidationHarness.Schema, document)));
        var nested = string.Concat(Enumerable.Repeat("subfields \"owner\" conflict because subfields \"parcels\" conflict because ", Depth));
        Assert.Equal($"Fields \"parcel\" conflict because {nested}subfields \"id\" conflict because \"id\" and \"code\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", error.Message);
        Assert.Equal(2 * (1 + 2 * Depth + 1), error.Locations!.Count);
    }

    private static IReadOnlyList<GraphQLError> OnSmallStack(Func<IReadOnlyList<GraphQLError>> validate)
    {
        IReadOnlyList<GraphQLError>? errors = null;
        var thread = new Thread(() => errors = validate(), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(errors);
        return errors;
    }

    [Fact]
    public void RepeatedFieldsStillReportEveryConflict()
    {
        // 200 identical fields and one that differs in a sub-field: graphql-js reports the odd one
        // against each of the others (then the error limit stops it).
        var sb = new StringBuilder("{ ");
        for (var i = 0; i < 50; i++)
        {
            sb.Append("x: parcel { id } ");
        }
        sb.Append("x: parcel { id: name } ");
        for (var i = 0; i < 50; i++)
        {
            sb.Append("x: parcel { id } ");
        }
        sb.Append('}');
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(sb.ToString()));
        Assert.Equal(100, errors.Count);
        const string Message = "Fields \"x\" conflict because subfields \"id\" conflict because \"{0}\" and \"{1}\" are different fields. Use different aliases on the fields to fetch both if this was intentional.";
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(i < 50 ? string.Format(null, Message, "id", "name") : string.Format(null, Message, "name", "id"), errors[i].Message);
        }
        // As graphql-js: the odd field (column 853) paired with each earlier field, then with each later one.
        Assert.Equal(ValidationHarness.Lines("@1:3,1:15,1:853,1:865 | @1:836,1:848,1:853,1:865 | @1:853,1:865,1:876,1:888 | @1:853,1:865,1:1709,1:1721"),
            string.Join("\n", new[] { 0, 49, 50, 99 }.Select(i => "@" + string.Join(",", errors[i].Locations!.Select(l => $"{l.Line}:{l.Column}")))));
    }

    private static List<GraphQLError> Time(string query, out TimeSpan elapsed)
    {
        var document = Parser.Parse(query);
        DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ version }")); // warm up
        var stopwatch = Stopwatch.StartNew();
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, document).ToList();
        elapsed = stopwatch.Elapsed;
        return errors;
    }

    internal static string HostileDocument(string name)
    {
        var sb = new StringBuilder();
        switch (name)
        {
            case "same field 10,000 times":
                sb.Append("{ ").Append(string.Concat(Enumerable.Repeat("version ", 10_000))).Append('}');
                break;
            case "5,000 aliases":
                sb.Append("{ ");
                for (var i = 0; i < 5_000; i++)
                {
                    sb.Append("a").Append(i).Append(": version ");
                }
                sb.Append('}');
                break;
            case "same alias on 3,000 fields with sub-selections":
                sb.Append("{ ").Append(string.Concat(Enumerable.Repeat("p: parcel(id: \"1\") { id owner { name } } ", 3_000))).Append('}');
                break;
            case "same alias on 2,000 fields spreading a fragment":
                sb.Append("{ ").Append(string.Concat(Enumerable.Repeat("p: parcel { ...P } ", 2_000)))
                    .Append("} fragment P on Parcel { id owner { name } ...Q } fragment Q on Parcel { code }");
                break;
            case "two large identical sub-selections":
                var inner = string.Concat(Enumerable.Repeat("id ", 2_000)) + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"n{i}: name "));
                sb.Append("{ parcel { ").Append(inner).Append("} parcel { ").Append(inner).Append("} }");
                break;
            case "fragment chain 2,000 deep":
                sb.Append("{ ...F0 }");
                for (var i = 0; i < 2_000; i++)
                {
                    sb.Append($" fragment F{i} on Query {{ version ...F{i + 1} }}");
                }
                sb.Append(" fragment F2000 on Query { version }");
                break;
            case "parallel fragment chains 1,500 deep":
                // a { ...A0 } a { ...B0 }: comparing the chains pairwise recurses 1,500 levels deep (more than a thread pool stack holds).
                sb.Append("{ parcel { ...A0 } parcel { ...B0 } }");
                for (var i = 0; i < 1_500; i++)
                {
                    sb.Append($" fragment A{i} on Parcel {{ owner {{ parcels {{ ...A{i + 1} }} }} }}");
                    sb.Append($" fragment B{i} on Parcel {{ owner {{ parcels {{ ...B{i + 1} }} }} }}");
                }
                sb.Append(" fragment A1500 on Parcel { id } fragment B1500 on Parcel { id }");
                break;
            case "all pairs of 1,000 fragments":
                sb.Append("{ ");
                for (var i = 0; i < 1_000; i++)
                {
                    sb.Append($"...F{i} ");
                }
                sb.Append('}');
                for (var i = 0; i < 1_000; i++)
                {
                    sb.Append($" fragment F{i} on Query {{ version me {{ id }} }}");
                }
                break;
            case "introspection through doubling fragments":
                sb.Append("{ __schema { types { ...T0 } } }");
                for (var i = 0; i < 60; i++)
                {
                    sb.Append($" fragment T{i} on __Type {{ name ofType {{ ...T{i + 1} }} ofType {{ ...T{i + 1} }} }}");
                }
                sb.Append(" fragment T60 on __Type { name }");
                break;
            case "fragment chain 200 deep":
                sb.Append("{ parcel { ...P0 } }");
                for (var i = 0; i < 200; i++)
                {
                    sb.Append($" fragment P{i} on Parcel {{ id owner {{ parcels {{ ...P{i + 1} }} }} }}");
                }
                sb.Append(" fragment P200 on Parcel { id }");
                break;
            case "two fragment chains 600 deep compared pairwise":
                sb.Append("{ ...A0 ...B0 }");
                for (var i = 0; i < 600; i++)
                {
                    sb.Append($" fragment A{i} on Query {{ version ...A{i + 1} }} fragment B{i} on Query {{ version ...B{i + 1} }}");
                }
                sb.Append(" fragment A600 on Query { version } fragment B600 on Query { version }");
                break;
            case "dense fragment graph":
                sb.Append("{ ...F0 }");
                for (var i = 0; i < 300; i++)
                {
                    sb.Append($" fragment F{i} on Query {{ version me {{ id }}");
                    for (var j = i + 1; j < Math.Min(300, i + 11); j++)
                    {
                        sb.Append(" ...F").Append(j);
                    }
                    sb.Append(" }");
                }
                break;
            case "binary tree of identical fields":
                static string Tree(int depth) => depth == 0
                    ? "id"
                    : $"owner {{ parcels {{ {Tree(depth - 1)} }} }} owner {{ parcels {{ {Tree(depth - 1)} }} }}";
                sb.Append("{ parcel { ").Append(Tree(10)).Append(" } }");
                break;
            case "fragment cycle 10,000 long":
                sb.Append("{ ...F0 }");
                for (var i = 0; i < 10_000; i++)
                {
                    sb.Append($" fragment F{i} on Query {{ ...F{(i + 1) % 10_000} }}");
                }
                break;
            default:
                throw new ArgumentException(name, nameof(name));
        }
        return sb.ToString();
    }
}
