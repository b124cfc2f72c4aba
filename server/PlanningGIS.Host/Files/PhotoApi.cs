using Npgsql;
using PlanningGIS.Planning.Api;
using PlanningGIS.Host.Auth;
using PlanningGIS.Planning.Violations;

namespace PlanningGIS.Host.Files;

/// <summary>
/// GET /files/photos/{id} — a violation photo (Photo.url). Violations are enforcement data: planners
/// and inspectors only (401 without a token, 403 for other roles).
/// </summary>
public static class PhotoApi
{
    public static IEndpointRouteBuilder MapPhotoApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/photos/{id:long}", async (long id, HttpContext http, NpgsqlDataSource db) =>
        {
            var account = TokenAuthenticationHandler.CallerOf(http).Account;
            if (account is null)
                return Results.Json(new { code = "UNAUTHENTICATED", message = "Hãy đăng nhập để xem ảnh vi phạm." }, statusCode: 401);
            if (!ViolationPolicies.CanSee(account))
                return Results.Json(new { code = "FORBIDDEN", message = "Chỉ cán bộ quy hoạch và thanh tra được xem ảnh vi phạm." }, statusCode: 403);
            await using var cmd = db.CreateCommand($"select {StoredFile.Columns} from violation_photos where id = @id");
            cmd.Parameters.AddWithValue("id", id);
            await using var reader = await cmd.ExecuteReaderAsync(http.RequestAborted);
            if (!await reader.ReadAsync(http.RequestAborted))
                return Results.NotFound(new { code = "NOT_FOUND", message = "Không có ảnh này." });
            return StoredFile.Send(http, new RowReader(reader), PhotoStore.From(http.RequestServices).Find,
                "Tệp ảnh bị thiếu hoặc hỏng trên máy chủ; hãy báo quản trị viên.");
        }).RefuseInvalidTokens();
        return app;
    }
}
