using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Authorization;

/// <summary>
/// Enforces the features' declared policies: the schema build wraps each coordinate's resolver so that
/// the policy runs before it (a refused field is a field error, the rest of the answer still arrives).
/// The build fails when a root field (every query and mutation), or a field marked <c>@restricted</c>
/// in the SDL, has no policy; when a policy names a coordinate that does not exist; and when a
/// non-root field has a policy but no <c>@restricted</c> mark (the SDL reader must see it).
/// </summary>
public sealed class FieldAuthorization
{
    public const string RestrictedDirective = "restricted";

    private readonly Dictionary<string, FieldPolicy> _policies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];

    public FieldAuthorization(IEnumerable<FieldPolicies> features)
    {
        foreach (var policy in features.SelectMany(f => f))
            if (!_policies.TryAdd(policy.Coordinate, policy))
                _errors.Add($"\"{policy.Coordinate}\" has two policies; declare one, in its feature's *Policies.cs.");
    }

    public IReadOnlyCollection<FieldPolicy> Policies => _policies.Values;

    public FieldResolver Wrap(ObjectType type, FieldDefinition field, FieldResolver resolver)
    {
        var coordinate = $"{type.Name}.{field.Name}";
        var root = type.Name is "Query" or "Mutation" or "Subscription";
        var restricted = field.AstNode?.Directives.Any(d => d.Name.Value == RestrictedDirective) == true;
        if (!_policies.TryGetValue(coordinate, out var declared))
        {
            if (root || restricted)
                _errors.Add($"\"{coordinate}\" has no authorization policy: declare one in its feature's *Policies.cs.");
            return resolver;
        }
        _seen.Add(coordinate);
        if (!root && !restricted)
            _errors.Add($"\"{coordinate}\" has a policy ({declared.Policy.Name}) but its SDL does not mark it @{RestrictedDirective}.");
        if (declared.Policy.IsPublic)
            return resolver;
        var (policy, refusal) = (declared.Policy, declared.Refusal);
        return ctx => policy.Allows(ctx.Account(), ctx.Parent)
            ? resolver(ctx)
            : ValueTask.FromException<object?>(policy.Refusal(ctx.Account(), coordinate, refusal));
    }

    /// <summary>After the build: every problem found, including policies for coordinates the schema does not have.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. _errors, .. _policies.Keys.Where(c => !_seen.Contains(c)).Select(c => $"A policy is declared for \"{c}\", which is not a field of the schema.")];
}
