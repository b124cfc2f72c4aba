using Microsoft.Net.Http.Headers;
using Npgsql;
using PlanningGIS.Host.Auth;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Dossiers;

namespace PlanningGIS.Host.Files;

/// <summary>
/// GET /files/documents/{id} — a dossier document's file (Document.url), with the API's visibility:
/// an unpublished document, or any document of an unpublished dossier, exists only for planners and
/// inspectors; everyone else gets 404, as for a document that does not exist.
/// </summary>
public static class FileApi
{
    public static IEndpointRouteBuilder MapFileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/documents/{id:long}", async (long id, HttpContext http, NpgsqlDataSource db) =>
        {
            var account = TokenAuthenticationHandler.AccountOf(http.User);
            var staff = account is not null && (account.IsIn(Roles.Planner) || account.IsIn(Roles.Inspector));
            await using var cmd = db.CreateCommand("""
                select o.file_name, o.content_type, o.size_bytes, o.sha256, o.storage_path
                from dossier_documents o join dossiers d on d.id = o.dossier_id
                where o.id = $1 and ($2 or (o.published and d.published))
                """);
            cmd.Parameters.Add(new() { Value = id });
            cmd.Parameters.Add(new() { Value = staff });
            await using var reader = await cmd.ExecuteReaderAsync(http.RequestAborted);
            if (!await reader.ReadAsync(http.RequestAborted))
                return Results.NotFound(new { code = "NOT_FOUND", message = "Không có tài liệu này, hoặc bạn không được xem tài liệu này." });
            var (fileName, contentType, size, sha256, storagePath) =
                (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4));
            var path = DocumentStore.From(http.RequestServices).Find(storagePath);
            if (path is null || new FileInfo(path).Length != size)
                return Results.Problem(statusCode: 500, title: "Tệp của tài liệu bị thiếu hoặc hỏng trên máy chủ; hãy báo quản trị viên.");
            // The type is the uploader's word: always a download, never rendered as a page of this site.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.File(path, contentType, fileName, entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
        });
        return app;
    }
}
