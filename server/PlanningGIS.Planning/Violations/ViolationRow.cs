using System.Globalization;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Violations;

/// <summary>A violation as stored; read by the schema's Violation fields.</summary>
public sealed record ViolationRow(
    long RowId, string Code, string Category, string Description, string Status, long? PlotId, string? ReportedBy,
    DateTimeOffset ReportedAt, DateTimeOffset? ResolvedAt, string? ResolutionNote, string? NoticeNumber, string? GeometryJson) : IRow
{
    public string Id => GlobalId.Encode("Violation", Code);
}

/// <summary>A photo of a violation; the file is served by GET /files/photos/{id} to staff.</summary>
public sealed record PhotoRow(long RowId, string FileName, string ContentType, int SizeBytes, DateTimeOffset? TakenAt)
{
    public string Id => GlobalId.Encode("Photo", RowId.ToString(CultureInfo.InvariantCulture));
    public string Url => "/files/photos/" + RowId.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A step of the workflow (from → to) or a comment (both null), with who and when.</summary>
public sealed record ViolationEventRow(long RowId, string? FromStatus, string? ToStatus, string? Note, string? NoticeNumber, string By,
    string ByName, DateTimeOffset At);
