using System.Collections;

namespace PlanningGIS.Planning.Authorization;

/// <summary>A policy attached to a schema coordinate, with the refusal's message when the default one says too little.</summary>
public sealed record FieldPolicy(string Coordinate, Policy Policy, string? Refusal);

/// <summary>
/// One feature's policies by schema coordinate ("Mutation.allocatePlot", "Allocation.landPriceVnd"),
/// written as a collection initializer in the feature's *Policies.cs.
/// </summary>
public sealed class FieldPolicies : IEnumerable<FieldPolicy>
{
    private readonly List<FieldPolicy> _policies = [];

    public void Add(string coordinate, Policy policy, string? refusal = null) => _policies.Add(new(coordinate, policy, refusal));

    public IEnumerator<FieldPolicy> GetEnumerator() => _policies.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
