using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using PlanningGIS.Host.Tiles;

namespace PlanningGIS.Host.Compression;

/// <summary>
/// Brotli/gzip for the web map's files and the vector tiles (the map's JavaScript shrinks ~4×).
/// API responses are left alone: compressing responses that carry tokens next to attacker-chosen text
/// invites BREACH-style attacks, and they are small.
/// </summary>
public static class StaticCompression
{
    private static readonly string[] Compressible =
    [
        "text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
        TileApi.ContentType,
    ];

    public static IServiceCollection AddStaticCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = Compressible;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
