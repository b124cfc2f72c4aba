using System.Globalization;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>A dossier as stored (one version of it). Properties are read by the schema's Dossier fields.</summary>
public sealed record DossierRow(
    long RowId, string Code, string Name, string Kind, string? Scale, string Status,
    string? DecisionNumber, DateOnly? DecisionDate, string? ApprovingBody, long? AdjustsId,
    bool Published, bool Illustrative, string? Summary,
    double AreaM2, double PerimeterM, string? GeometryJson,
    int Version, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo, string? ChangedBy, string? LegalBasis) : IRow
{
    public string Id => GlobalId.Encode("Dossier", Code);
    public double AreaHa => AreaM2 / 10_000;
    public Decision? Decision => Decision.Of(DecisionNumber, DecisionDate, ApprovingBody);

    /// <summary>The moment this version was asked for (dossiers/dossier asOf); its documents are those uploaded by then.</summary>
    public DateTimeOffset? AsOf { get; init; }
}

/// <summary>A file of a dossier (its metadata; the bytes are in the <see cref="DocumentStore"/>).</summary>
public sealed record DocumentRow(
    long RowId, long DossierId, string Title, string Kind, string FileName, string ContentType, long SizeBytes,
    string Sha256, bool Published, DateTimeOffset UploadedAt, string? UploadedBy, int Version, bool Latest) : IRow
{
    public string Id => RowId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The download endpoint (server/PlanningGIS.Host/Files/FileApi.cs).</summary>
    public string Url => UrlOf(RowId);

    public static string UrlOf(long id) => "/files/documents/" + id.ToString(CultureInfo.InvariantCulture);
}
