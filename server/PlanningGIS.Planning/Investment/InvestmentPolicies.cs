using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Investment;

/// <summary>The rent guide, infrastructure and the contact point are public information for investors.</summary>
public static class InvestmentPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.boardContact", Policy.Public },
    };
}
