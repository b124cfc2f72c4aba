using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>
/// The published plan is public; unpublished dossiers, and their documents, exist only for planners
/// and inspectors — in the lists, Query.node, asOf and history, planningAt, the tiles and the file
/// downloads alike. Planners edit.
/// </summary>
public static class DossierPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.dossiers", Policy.Public },
        { "Query.dossier", Policy.Public },
        { "Mutation.createDossier", Policy.Planner },
        { "Mutation.updateDossier", Policy.Planner },
        { "Mutation.publishDossier", Policy.Planner },
        { "Mutation.addDossierDocument", Policy.Planner },
        { "Mutation.revertDossier", Policy.Planner },
    };

    /// <summary>The dossiers an account sees, as a condition on the alias d.</summary>
    public static string Rows(Account? account) => account?.IsStaff == true ? "true" : "d.published";

    /// <summary>
    /// The documents an account sees, for the alias o joined to its current dossier d: staff every one;
    /// everyone else the published documents of dossiers published now (withdrawing a dossier
    /// withdraws its files, also from its past versions).
    /// </summary>
    public static string Documents(Account? account) => account?.IsStaff == true ? "true" : "o.published and d.published";
}
