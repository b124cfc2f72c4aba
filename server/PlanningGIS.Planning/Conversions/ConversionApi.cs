using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.Conversions;

/// <summary>Conversions of rice and forest land, with the approving authority from the dated rules.</summary>
public static class ConversionApi
{
    public static void Register(SchemaBuilder schema)
    {
    }
}
