using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>
/// The files of dossier documents on disk, content-addressed: a file is named by its SHA-256
/// (<c>ab/ab12…</c> under <see cref="PlanningOptions.DocumentsDirectory"/>), so the same file uploaded
/// twice is stored once, and a name can never point to other bytes.
/// </summary>
public sealed class DocumentStore(string root)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public string Root { get; } = root;

    /// <summary>The store configured for the application: DocumentsDirectory, relative to the content root unless absolute.</summary>
    public static DocumentStore From(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<PlanningOptions>>().Value.DocumentsDirectory;
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return new DocumentStore(Path.GetFullPath(directory, contentRoot));
    }

    public static string Sha256Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// Writes the bytes under their hash, atomically: a temporary file in the same directory, flushed to
    /// disk, read back and hashed, then renamed into place. Returns the path relative to the root.
    /// </summary>
    public async Task<string> SaveAsync(byte[] content, string sha256, CancellationToken ct)
    {
        var relative = Path.Combine(sha256[..2], sha256);
        var path = Path.Combine(Root, relative);
        if (File.Exists(path) && await HashOfFileAsync(path, ct) == sha256)
            return relative;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, ct);
                file.Flush(flushToDisk: true);
            }
            if (await HashOfFileAsync(temporary, ct) != sha256)
                throw new IOException($"The document file {relative} does not read back as written.");
            File.Move(temporary, path, overwrite: true);
            return relative;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The full path of a stored file; null if the file is missing or its path leaves the root.</summary>
    public string? Find(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    private static async Task<string> HashOfFileAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }
}
