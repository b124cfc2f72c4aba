namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// The list behind <see cref="DocumentValidator.SpecifiedRules"/>: one entry per spec rule, each
/// rule in its own file in this folder, in graphql-js's <c>specifiedRules</c> order (chosen there
/// for the clearest output when a document has several errors). The September 2025 edition's
/// Operation Type Existence (<see cref="KnownOperationTypes"/>) sits where the conformance oracle
/// puts it, before <see cref="SingleFieldSubscriptions"/>; <see cref="MaxIntrospectionDepth"/> is
/// graphql@16's recommended (non-spec) rule, which its <c>specifiedRules</c> include.
/// </summary>
internal static class SpecifiedRulesList
{
    public static readonly IReadOnlyList<ValidationRuleFactory> All =
    [
        ctx => new ExecutableDefinitions(ctx),
        ctx => new UniqueOperationNames(ctx),
        ctx => new LoneAnonymousOperation(ctx),
        ctx => new KnownOperationTypes(ctx),
        ctx => new SingleFieldSubscriptions(ctx),
        ctx => new KnownTypeNames(ctx),
        ctx => new FragmentsOnCompositeTypes(ctx),
        ctx => new VariablesAreInputTypes(ctx),
        ctx => new ScalarLeafs(ctx),
        ctx => new FieldsOnCorrectType(ctx),
        ctx => new UniqueFragmentNames(ctx),
        ctx => new KnownFragmentNames(ctx),
        ctx => new NoUnusedFragments(ctx),
        ctx => new PossibleFragmentSpreads(ctx),
        ctx => new NoFragmentCycles(ctx),
        ctx => new UniqueVariableNames(ctx),
        ctx => new NoUndefinedVariables(ctx),
        ctx => new NoUnusedVariables(ctx),
        ctx => new KnownDirectives(ctx),
        ctx => new UniqueDirectivesPerLocation(ctx),
        ctx => new KnownArgumentNames(ctx),
        ctx => new UniqueArgumentNames(ctx),
        ctx => new ValuesOfCorrectType(ctx),
        ctx => new ProvidedRequiredArguments(ctx),
        ctx => new VariablesInAllowedPosition(ctx),
        ctx => new OverlappingFieldsCanBeMerged(ctx),
        ctx => new UniqueInputFieldNames(ctx),
        ctx => new MaxIntrospectionDepth(ctx),
    ];
}
