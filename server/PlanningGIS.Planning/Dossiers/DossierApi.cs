using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>Dossiers: queries (asOf), documents, create/update/publish/revert.</summary>
public static class DossierApi
{
    public static void Register(SchemaBuilder schema) => schema
        .Resolve<object?>("Zone.dossier", _ => throw new PlanningError("NOT_IMPLEMENTED", "Zone.dossier chưa được xây dựng."));
}
