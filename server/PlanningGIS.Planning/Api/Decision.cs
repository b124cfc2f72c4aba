namespace PlanningGIS.Planning.Api;

/// <summary>
/// The schema's shared <c>Decision</c> type (dossiers, allocations and conversions carry one): bound once
/// in <see cref="PlanningSchema"/>, so every feature returns this record for it.
/// </summary>
public sealed record Decision(string Number, DateOnly? Date, string? ApprovingBody)
{
    /// <summary>A decision when there is a number; null otherwise (a dossier in preparation has none).</summary>
    public static Decision? Of(string? number, DateOnly? date, string? approvingBody) =>
        number is null ? null : new Decision(number, date, approvingBody);
}
