using Npgsql;
using PlanningGIS.Planning.Api;
using PlanningGIS.Host.Auth;
using PlanningGIS.Planning.Authorization;
using PlanningGIS.Planning.Dossiers;

namespace PlanningGIS.Host.Files;

/// <summary>
/// GET /files/documents/{id} — a dossier document's file (Document.url), with the API's visibility
/// (<see cref="DossierPolicies.Documents"/>); GET /files/clearance/{id} — a clearance step's paper, for
/// planners. A file the account may not see is a 404, as for one that does not exist.
/// </summary>
public static class FileApi
{
    public static IEndpointRouteBuilder MapFileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/documents/{id:long}", async (long id, HttpContext http, NpgsqlDataSource db) =>
        {
            var account = TokenAuthenticationHandler.CallerOf(http).Account;
            await using var cmd = db.CreateCommand($"""
                select {StoredFile.Columns}
                from dossier_documents o join dossiers d on d.id = o.dossier_id
                where o.id = @id and {DossierPolicies.Documents(account)}
                """);
            cmd.Parameters.AddWithValue("id", id);
            await using var reader = await cmd.ExecuteReaderAsync(http.RequestAborted);
            if (!await reader.ReadAsync(http.RequestAborted))
                return Results.NotFound(new { code = "NOT_FOUND", message = "Không có tài liệu này, hoặc bạn không được xem tài liệu này." });
            return StoredFile.Send(http, new RowReader(reader), DocumentStore.From(http.RequestServices).Find,
                "Tệp của tài liệu bị thiếu hoặc hỏng trên máy chủ; hãy báo quản trị viên.");
        }).RefuseInvalidTokens();

        // The papers of a site-clearance step: planners only (ClearancePolicies), a 404 for anyone else.
        app.MapGet("/files/clearance/{id:long}", async (long id, HttpContext http, NpgsqlDataSource db) =>
        {
            var account = TokenAuthenticationHandler.CallerOf(http).Account;
            if (!Policy.Planner.Allows(account))
                return Results.NotFound(new { code = "NOT_FOUND", message = "Không có tài liệu này, hoặc bạn không được xem tài liệu này." });
            await using var cmd = db.CreateCommand($"select {StoredFile.Columns} from clearance_step_documents where id = @id");
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
