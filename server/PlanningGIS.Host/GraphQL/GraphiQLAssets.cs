using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace PlanningGIS.Host.GraphQL;

/// <summary>
/// GraphiQL, built from local npm packages into <c>GraphiQL/dist</c> under the content root by the
/// launcher (<c>build_graphiql</c>): the page at GET /graphql for browsers, its files at /graphiql/*.
/// Nothing comes from a CDN.
/// </summary>
public sealed class GraphiQLAssets
{
    public const string AssetPath = "/graphiql";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly IFileProvider? files;

    public GraphiQLAssets(IWebHostEnvironment environment)
    {
        Directory = Path.Combine(environment.ContentRootPath, "GraphiQL", "dist");
        files = System.IO.Directory.Exists(Directory) ? new PhysicalFileProvider(Directory) : null;
    }

    /// <summary>Where the built files are expected.</summary>
    public string Directory { get; }

    public async Task ServePageAsync(HttpContext http)
    {
        var page = files?.GetFileInfo("index.html");
        http.Response.Headers.CacheControl = "no-cache";
        if (page is not { Exists: true })
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                "<!doctype html><meta charset=utf-8><title>GraphiQL</title><p>GraphiQL is not built. " +
                "Run <code>./planning-gis run</code>, or <code>npm ci &amp;&amp; npm run build</code> in " +
                "<code>server/PlanningGIS.Host/GraphiQL</code>. The API itself answers POST /graphql.</p>", http.RequestAborted);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }

    public async Task ServeFileAsync(HttpContext http, string path)
    {
        var file = files?.GetFileInfo(path);
        if (file is not { Exists: true, IsDirectory: false } || !ContentTypes.TryGetContentType(file.Name, out var contentType))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = contentType;
        // Vite puts a content hash in every asset's name.
        http.Response.Headers.CacheControl = path.StartsWith("assets/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
