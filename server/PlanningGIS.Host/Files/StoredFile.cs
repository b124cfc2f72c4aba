using Microsoft.Net.Http.Headers;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Host.Files;

/// <summary>
/// Sends an uploaded file (a dossier document or a violation photo) whose row was read as
/// (file_name, content_type, size_bytes, sha256, storage_path): checked against its recorded size,
/// as a download that the browser never renders as a page of this site, resumable, with an ETag.
/// </summary>
public static class StoredFile
{
    public const string Columns = "file_name, content_type, size_bytes, sha256, storage_path";

    /// <param name="find">the store's lookup: the file's path on disk for its storage path, or null.</param>
    /// <param name="missing">the sentence for a file missing or damaged on the server.</param>
    public static IResult Send(HttpContext http, RowReader row, Func<string, string?> find, string missing)
    {
        var (fileName, contentType, size, sha256, storagePath) = (row.Get<string>("file_name"), row.Get<string>("content_type"),
            row.Get<long>("size_bytes"), row.Get<string>("sha256"), row.Get<string>("storage_path"));
        var path = find(storagePath);
        if (path is null || new FileInfo(path).Length != size)
            return Results.Problem(statusCode: 500, title: missing);
        // The content type is the uploader's word: never sniffed, never run as this site's page.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        http.Response.Headers.CacheControl = "private, max-age=300";
        return Results.File(path, contentType, fileName, entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
    }
}
