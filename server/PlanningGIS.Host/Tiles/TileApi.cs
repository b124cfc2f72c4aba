using PlanningGIS.Host.Auth;
using PlanningGIS.Planning.Tiles;

namespace PlanningGIS.Host.Tiles;

/// <summary>GET /tiles/{layer}/{z}/{x}/{y}.mvt — the map layers as vector tiles, by role.</summary>
public static class TileApi
{
    public const string ContentType = "application/vnd.mapbox-vector-tile";

    public static IEndpointRouteBuilder MapTileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/{layer}/{z:int}/{x:int}/{y:int}.mvt", async (string layer, int z, int x, int y, HttpContext http, TileQueries tiles,
            IConfiguration configuration) =>
        {
            if (!TileLayers.All.TryGetValue(layer, out var tileLayer))
                return Results.NotFound(new { code = "NOT_FOUND", message = $"Không có lớp bản đồ '{layer}'." });
            if (z is < 0 or > 22 || x < 0 || y < 0 || x >= 1 << z || y >= 1 << z)
                return Results.BadRequest(new { code = "BAD_USER_INPUT", message = "Ô bản đồ (z/x/y) không hợp lệ." });
            var caller = TokenAuthenticationHandler.CallerOf(http);
            var account = caller.Account;
            if (account is null && !AnonymousAccess.Allowed(configuration))
                return Results.Json(new { code = "UNAUTHENTICATED", message = AnonymousAccess.SignInFirst }, statusCode: 401);
            if (!tileLayer.CanSee(account))
                return account is null
                    ? Results.Json(new { code = "UNAUTHENTICATED", message = "Hãy đăng nhập để xem lớp này." }, statusCode: 401)
                    : Results.Json(new { code = "FORBIDDEN", message = "Tài khoản của bạn không được xem lớp này." }, statusCode: 403);
            var tile = await tiles.TileAsync(tileLayer, z, x, y, account, caller.SessionId, http.RequestAborted);
            // Edits must show up quickly; tiles differ by role, so only the browser may cache them.
            http.Response.Headers.CacheControl = "private, max-age=30";
            return Results.Bytes(tile, ContentType);
        }).RefuseInvalidTokens();
        return app;
    }
}
