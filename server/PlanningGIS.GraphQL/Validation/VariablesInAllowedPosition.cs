using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// All Variable Usages Are Allowed (spec 5.8.5, with the September 2025 OneOf rule): a variable's type
/// fits every position it is used in. graphql-js VariablesInAllowedPositionRule.
/// </summary>
public sealed class VariablesInAllowedPosition(ValidationContext context) : OperationRule(context)
{
    protected override void Check(OperationDefinitionNode operation)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return;
        }
        var usages = Context.GetRecursiveVariableUsages(operation);
        if (usages.Count == 0)
        {
            return;
        }
        var definitions = new Dictionary<string, VariableDefinitionNode>();
        foreach (var definition in operation.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition; // the last one wins, as graphql-js
        }
        var schema = Context.Schema;
        foreach (var usage in usages)
        {
            var varName = usage.Node.Name.Value;
            if (usage.Type is not { } type || !definitions.TryGetValue(varName, out var varDef))
            {
                continue;
            }
            var varType = TypeComparators.TypeFromAst(schema, varDef.Type);
            if (varType is not null && !AllowedVariableUsage(schema, varType, varDef.DefaultValue, type, usage.DefaultValueSource))
            {
                Context.ReportError(
                    $"Variable \"${varName}\" of type \"{varType}\" used in position expecting type \"{type}\".",
                    varDef, usage.Node);
            }
            if (usage.ParentType is InputObjectType { IsOneOf: true } parentType && varType is not null and not NonNullType)
            {
                Context.ReportError(
                    $"Variable \"${varName}\" is of type \"{varType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType.Name}\".",
                    varDef, usage.Node);
            }
        }
    }

    // A nullable variable may be used where a non-null value is expected if it, or the position, has a default.
    private static bool AllowedVariableUsage(Schema schema, GraphQLType varType, ValueNode? varDefaultValue,
        GraphQLType locationType, InputValueDefinition? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && varType is not NonNullType)
        {
            var hasNonNullVariableDefaultValue = varDefaultValue is not null and not NullValueNode;
            var hasLocationDefaultValue = locationDefault is { HasDefaultValue: true };
            if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue)
            {
                return false;
            }
            return TypeComparators.IsTypeSubTypeOf(schema, varType, nonNullLocation.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(schema, varType, locationType);
    }
}
