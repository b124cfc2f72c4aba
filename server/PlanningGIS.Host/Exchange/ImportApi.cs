using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanningGIS.Host.Auth;
using PlanningGIS.Planning;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Authorization;
using PlanningGIS.Planning.Imports;

namespace PlanningGIS.Host.Exchange;

/// <summary>
/// Importing the board's files, planners only (401 without a token, 403 for other roles):
/// POST /imports (multipart: file, target, and optionally srid, swapXy, fieldMap, layerMap) stages and
/// checks the file and answers the preview; GET /imports/{id} is the preview again, and
/// GET /imports/{id}/features its features as GeoJSON for the map; PATCH /imports/{id} changes the
/// choices (CRS, mappings) and checks again; POST /imports/{id}/commit writes it with a legal basis,
/// all or nothing; DELETE /imports/{id} discards it. GET /imports/{id}/progress says where a running
/// upload (POSTed with the client's own "id") or commit stands; aborting the request cancels it.
/// Refusals are JSON { code, message, details }.
/// </summary>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/imports").RefuseInvalidTokens();

        imports.MapPost("", (Func<HttpContext, Task<IResult>>)(http => AsPlanner(http, async (importer, account) =>
        {
            // Larger than Kestrel's default 30 MB: survey files and drawings can be big (the limit is ImportFile's).
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = ImportFile.MaxUploadBytes + 1024 * 1024;
            if (!http.Request.HasFormContentType)
                throw new PlanningError(ErrorCodes.BadUserInput, "Hãy gửi tệp dưới dạng multipart/form-data (trường \"file\").",
                    new Dictionary<string, object?> { ["field"] = "file" });
            var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = ImportFile.MaxUploadBytes },
                http.RequestAborted);
            var file = form.Files.GetFile("file") ?? throw new PlanningError(ErrorCodes.BadUserInput,
                "Chưa chọn tệp để nhập (trường \"file\").", new Dictionary<string, object?> { ["field"] = "file" });
            var choices = new ImportChoices(
                Srid: int.TryParse(form["srid"], out var srid) ? srid : null,
                SwapXy: bool.TryParse(form["swapXy"], out var swap) ? swap : null,
                FieldMap: Parsed<Dictionary<string, string>>(form["fieldMap"], "fieldMap"),
                LayerMap: Parsed<Dictionary<string, bool>>(form["layerMap"], "layerMap"));
            Guid? chosen = null;
            if (!string.IsNullOrEmpty(form["id"]))
                chosen = Guid.TryParse(form["id"], out var given) ? given : throw new PlanningError(ErrorCodes.BadUserInput,
                    "Trường \"id\" phải là một UUID.", new Dictionary<string, object?> { ["field"] = "id" });
            await using var content = file.OpenReadStream();
            var id = await importer.StageAsync(content, file.FileName, form["target"].ToString(), choices, account, http.RequestAborted, chosen);
            return Preview(http, id, StatusCodes.Status201Created);
        })));

        imports.MapGet("/{id:guid}", (Guid id, HttpContext http) => AsPlanner(http, (_, _) => Task.FromResult(Preview(http, id))));

        // While a POST (with the client's "id") or a commit runs: 404 until the upload has been received.
        imports.MapGet("/{id:guid}/progress", (Guid id, HttpContext http) => AsPlanner(http, (_, _) => Task.FromResult(
            ImportProgress.Of(id) is { } progress
                ? Results.Json(new { progress.Stage, progress.Features, progress.Step, progress.Steps, progress.At })
                : Results.Json(new { code = ErrorCodes.NotFound, message = "Chưa có tiến độ cho bản nhập này." }, statusCode: 404))));

        imports.MapGet("/{id:guid}/features", (Guid id, HttpContext http) => AsPlanner(http, async (_, _) =>
            Results.Text(await ImportPreview.FeaturesAsync(Db(http), id, http.RequestAborted), "application/geo+json")));

        imports.MapPatch("/{id:guid}", (Guid id, HttpContext http) => AsPlanner(http, async (importer, account) =>
        {
            var body = await Body(http);
            var choices = new ImportChoices(
                Srid: body.TryGetProperty("srid", out var srid) && srid.ValueKind == JsonValueKind.Number ? srid.GetInt32() : null,
                SwapXy: body.TryGetProperty("swapXy", out var swap) && swap.ValueKind is JsonValueKind.True or JsonValueKind.False ? swap.GetBoolean() : null,
                FieldMap: body.TryGetProperty("fieldMap", out var fields) ? fields.Deserialize<Dictionary<string, string>>() : null,
                LayerMap: body.TryGetProperty("layerMap", out var layers) ? layers.Deserialize<Dictionary<string, bool>>() : null);
            await importer.ChangeAsync(id, choices, account, http.RequestAborted);
            return Preview(http, id);
        }));

        imports.MapPost("/{id:guid}/commit", (Guid id, HttpContext http) => AsPlanner(http, async (importer, account) =>
        {
            var body = await Body(http);
            var basis = body.TryGetProperty("legalBasis", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            await importer.CommitAsync(id, basis, account, http.RequestAborted);
            return Preview(http, id);
        }));

        imports.MapDelete("/{id:guid}", (Guid id, HttpContext http) => AsPlanner(http, async (importer, _) =>
        {
            await importer.DiscardAsync(id, http.RequestAborted);
            return Results.NoContent();
        }));
        return app;
    }

    private static async Task<IResult> AsPlanner(HttpContext http, Func<Importer, Account, Task<IResult>> work)
    {
        var account = TokenAuthenticationHandler.CallerOf(http).Account;
        if (account is null)
            return Results.Json(new { code = ErrorCodes.Unauthenticated, message = "Hãy đăng nhập để nhập dữ liệu." }, statusCode: 401);
        if (!Policy.Planner.Allows(account))
            return Results.Json(new { code = ErrorCodes.Forbidden, message = "Chỉ cán bộ quy hoạch được nhập dữ liệu." }, statusCode: 403);
        var services = http.RequestServices;
        var importer = new Importer(Db(http), PlanningServices.ConnectionString(services.GetRequiredService<IConfiguration>()),
            services.GetRequiredService<IOptions<PlanningOptions>>().Value);
        try
        {
            return await work(importer, account);
        }
        catch (PlanningError e)
        {
            return Refusal(e);
        }
    }

    /// <summary>The preview JSON as PostgreSQL wrote it (a deferred result: it is read when the response is written).</summary>
    private static IResult Preview(HttpContext http, Guid id, int status = StatusCodes.Status200OK) => new PreviewResult(id, status);

    private sealed class PreviewResult(Guid id, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            string json;
            try
            {
                json = await ImportPreview.JsonAsync(Db(http), id, http.RequestAborted);
            }
            catch (PlanningError e)
            {
                await Refusal(e).ExecuteAsync(http);
                return;
            }
            http.Response.StatusCode = status;
            if (status == StatusCodes.Status201Created)
                http.Response.Headers.Location = $"/imports/{id}";
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(json, http.RequestAborted);
        }
    }

    private static IResult Refusal(PlanningError e) => Results.Json(new { code = e.Code, message = e.Message, details = e.Details },
        statusCode: e.Code switch
        {
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            ErrorCodes.Conflict or ErrorCodes.InvalidTransition => StatusCodes.Status409Conflict,
            ErrorCodes.ImportHasProblems or ErrorCodes.Topology => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status400BadRequest,
        });

    private static async Task<JsonElement> Body(HttpContext http)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            throw new PlanningError(ErrorCodes.BadUserInput, "Nội dung gửi lên không phải JSON hợp lệ.");
        }
    }

    private static T? Parsed<T>(string? json, string field) where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            throw new PlanningError(ErrorCodes.BadUserInput, $"Trường \"{field}\" không phải JSON hợp lệ.",
                new Dictionary<string, object?> { ["field"] = field });
        }
    }

    private static NpgsqlDataSource Db(HttpContext http) => http.RequestServices.GetRequiredService<NpgsqlDataSource>();
}
