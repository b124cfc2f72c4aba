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

/// <summary>A paper of a step record (clearance_step_documents); the file is served by GET /files/clearance/{id} to planners.</summary>
public sealed record StepDocumentRow(long RowId, string FileName, string ContentType, int SizeBytes, DateTimeOffset UploadedAt, string? UploadedBy)
{
    public string Id => RowId.ToString(CultureInfo.InvariantCulture);
    public string Url => "/files/clearance/" + RowId.ToString(CultureInfo.InvariantCulture);
}
