using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Field Selections (spec 5.3.1): a selected field is defined on the parent type (or is a meta
/// field). graphql-js FieldsOnCorrectTypeRule, with its suggestions (types to use an inline
/// fragment on, else similarly named fields).
/// </summary>
public sealed class FieldsOnCorrectType(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind != NodeKind.Field || Context.TypeInfo.FieldDef is not null || Context.TypeInfo.ParentType is not { } type)
        {
            return VisitAction.Continue;
        }
        var fieldName = ((FieldNode)node).Name.Value;
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(Context.Schema, type, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, fieldName));
        }
        Context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        return VisitAction.Continue;
    }

    // Object and interface types of an abstract type that define the field: most used first,
    // super types before sub types, then by name.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }
        var suggestedTypes = new List<ComplexType>();
        var usageCount = new Dictionary<string, int>();
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }
            if (!suggestedTypes.Contains(possibleType))
            {
                suggestedTypes.Add(possibleType);
            }
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }
                if (!suggestedTypes.Contains(possibleInterface))
                {
                    suggestedTypes.Add(possibleInterface);
                }
                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }
        var sorted = ValidationUtil.StableSort(suggestedTypes, (typeA, typeB) =>
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }
            if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }
            if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }
            return NaturalOrder.NaturalCompare(typeA.Name, typeB.Name);
        });
        return sorted.Select(t => t.Name).ToList();
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is ComplexType complex ? Suggestions.List(fieldName, complex.Fields.Select(f => f.Name)) : [];
}
