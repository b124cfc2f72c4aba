using System.Globalization;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Clearance;

/// <summary>A statutory step (clearance_step_kinds), with its order rule as data.</summary>
public sealed record ClearanceStepKindRow(
    int StepNo, string Code, string NameVi, string NameEn, bool Optional, string LegalBasis, int? SatisfiesStep, int? RequiresThrough);

/// <summary>A completed step, for a parcel or (ParcelId null) for the whole project.</summary>
public sealed record ClearanceStepRecordRow(
    long RowId, long ProjectId, long? ParcelId, string? ParcelCode, ClearanceStepKindRow Step, DateOnly CompletedOn,
    string? DecisionNumber, string? Note, string? RecordedBy)
{
    public string Id => GlobalId.Encode("ClearanceStepRecord", RowId.ToString(CultureInfo.InvariantCulture));
}
