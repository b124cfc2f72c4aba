using Npgsql;
using PlanningGIS.Host.Auth;
using PlanningGIS.Planning.Accounts;
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
            var account = TokenAuthenticationHandler.AccountOf(http.User);
            if (account is null)
                return Results.Json(new { code = "UNAUTHENTICATED", message = "Hãy đăng nhập để xem ảnh vi phạm." }, statusCode: 401);
            if (!account.IsIn(Roles.Planner) && !account.IsIn(Roles.Inspector))
                return Results.Json(new { code = "FORBIDDEN", message = "Chỉ cán bộ quy hoạch và thanh tra được xem ảnh vi phạm." }, statusCode: 403);
            await using var cmd = db.CreateCommand("select file_name, content_type, size_bytes, sha256, storage_path from violation_photos where id = $1");
            cmd.Parameters.Add(new() { Value = id });
            await using var reader = await cmd.ExecuteReaderAsync(http.RequestAborted);
            if (!await reader.ReadAsync(http.RequestAborted))
                return Results.NotFound(new { code = "NOT_FOUND", message = "Không có ảnh này." });
            var (fileName, contentType, size, sha256, storagePath) =
                (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4));
            var path = PhotoStore.From(http.RequestServices).Find(storagePath);
            if (path is null || new FileInfo(path).Length != size)
                return Results.Problem(statusCode: 500, title: "Tệp ảnh bị thiếu hoặc hỏng trên máy chủ; hãy báo quản trị viên.");
            // The bytes were checked to be this image type when uploaded; still never sniffed into something else.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.File(path, contentType, fileName,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
        });
        return app;
    }
}
