using Npgsql;
using PlanningGIS.Planning.Api;
using PlanningGIS.Host.Auth;
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
            var staff = TokenAuthenticationHandler.AccountOf(http.User)?.IsStaff == true;
            await using var cmd = db.CreateCommand($"""
                select {StoredFile.Columns}
                from dossier_documents o join dossiers d on d.id = o.dossier_id
                where o.id = @id and {DossierQueries.DocumentVisible(staff)}
                """);
            cmd.Parameters.AddWithValue("id", id);
            await using var reader = await cmd.ExecuteReaderAsync(http.RequestAborted);
            if (!await reader.ReadAsync(http.RequestAborted))
                return Results.NotFound(new { code = "NOT_FOUND", message = "Không có tài liệu này, hoặc bạn không được xem tài liệu này." });
            return StoredFile.Send(http, new RowReader(reader), DocumentStore.From(http.RequestServices).Find,
                "Tệp của tài liệu bị thiếu hoặc hỏng trên máy chủ; hãy báo quản trị viên.");
        }).RefuseInvalidTokens();
        return app;
    }
}
