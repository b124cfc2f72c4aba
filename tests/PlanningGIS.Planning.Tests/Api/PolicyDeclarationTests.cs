using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Tests.Api;

/// <summary>
/// The schema build refuses to start without a policy where one is needed: a new mutation or query, a
/// field marked @restricted, or a policy that names no field (a typo would leave a field open).
/// </summary>
public sealed class PolicyDeclarationTests
{
    private static SchemaBuildException BuildFails(string sdl, string coordinate, params FieldPolicies[] policies) =>
        Assert.Throws<SchemaBuildException>(() => PlanningSchema.Build(b => b.AddSdl(sdl, "test.graphql").Resolve(coordinate, _ => true), policies));

    [Fact]
    public void A_mutation_without_a_policy_fails_the_build()
    {
        var error = BuildFails("extend type Mutation { demolishPlot(code: String!): Boolean }", "Mutation.demolishPlot");
        Assert.Contains("\"Mutation.demolishPlot\" has no authorization policy", Assert.Single(error.Errors));
    }

    [Fact]
    public void A_query_without_a_policy_fails_the_build()
    {
        var error = BuildFails("extend type Query { householdRegister: Boolean }", "Query.householdRegister");
        Assert.Contains("\"Query.householdRegister\" has no authorization policy", Assert.Single(error.Errors));
    }

    [Fact]
    public void A_restricted_field_without_a_policy_fails_the_build()
    {
        var error = BuildFails("extend type Plot { ownerPhone: Boolean @restricted }", "Plot.ownerPhone");
        Assert.Contains("\"Plot.ownerPhone\" has no authorization policy", Assert.Single(error.Errors));
    }

    [Fact]
    public void A_policy_on_a_field_the_sdl_does_not_mark_restricted_fails_the_build()
    {
        var error = BuildFails("extend type Plot { ownerPhone: Boolean }", "Plot.ownerPhone",
            new FieldPolicies { { "Plot.ownerPhone", Policy.Planner } });
        Assert.Contains("does not mark it @restricted", Assert.Single(error.Errors));
    }

    [Fact]
    public void A_policy_for_a_field_that_does_not_exist_fails_the_build()
    {
        var error = Assert.Throws<SchemaBuildException>(() => PlanningSchema.Build(null, new FieldPolicies { { "Mutation.allocatePlott", Policy.Planner } }));
        Assert.Contains("\"Mutation.allocatePlott\", which is not a field of the schema", Assert.Single(error.Errors));
    }

    [Fact]
    public void Two_policies_for_one_field_fail_the_build()
    {
        var error = Assert.Throws<SchemaBuildException>(() => PlanningSchema.Build(null, new FieldPolicies { { "Mutation.allocatePlot", Policy.Admin } }));
        Assert.Contains("\"Mutation.allocatePlot\" has two policies", Assert.Single(error.Errors));
    }

    [Fact]
    public void With_its_policy_a_new_mutation_builds()
    {
        var schema = PlanningSchema.Build(b => b.AddSdl("extend type Mutation { demolishPlot(code: String!): Boolean }").Resolve("Mutation.demolishPlot", _ => true),
            new FieldPolicies { { "Mutation.demolishPlot", Policy.Planner } });
        Assert.NotNull(schema.MutationType!.GetField("demolishPlot"));
    }
}
