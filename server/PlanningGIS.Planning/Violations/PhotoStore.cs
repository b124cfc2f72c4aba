using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PlanningGIS.Planning.Violations;

/// <summary>
/// Violation photos on disk under <see cref="PlanningOptions.PhotosDirectory"/>, one file per photo
/// (<c>yyyy/MM/{guid}.jpg</c>). A photo is first written to a temporary file beside its place; it is
/// moved into place only after the database transaction has committed (or when the connection
/// broke, so that the commit may have happened), and the temporary file is deleted whatever happens,
/// so a refused violation leaves no file behind.
/// </summary>
public sealed class PhotoStore(string root)
{
    public string Root { get; } = root;

    /// <summary>The store configured for the application: PhotosDirectory, relative to the content root unless absolute.</summary>
    public static PhotoStore From(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<PlanningOptions>>().Value.PhotosDirectory;
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return new PhotoStore(Path.GetFullPath(directory, contentRoot));
    }

    /// <summary>A photo written to its temporary file; <see cref="RelativePath"/> is where it will be.</summary>
    public sealed record Staged(string RelativePath, string TemporaryPath);

    public async Task<Staged> StageAsync(PhotoUpload photo, DateTimeOffset now, CancellationToken ct)
    {
        var relative = Path.Combine(now.ToString("yyyy"), now.ToString("MM"), $"{Guid.NewGuid():N}.{photo.Extension}");
        var temporary = Path.Combine(Root, relative + ".tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await file.WriteAsync(photo.Content, ct);
            file.Flush(flushToDisk: true);
        }
        return new Staged(relative, temporary);
    }

    /// <summary>After the commit: the temporary file becomes the photo.</summary>
    public void Keep(Staged photo) => File.Move(photo.TemporaryPath, Path.Combine(Root, photo.RelativePath));

    /// <summary>Deletes what is left of a staged photo (nothing, once kept).</summary>
    public static void Discard(Staged photo) => File.Delete(photo.TemporaryPath);

    /// <summary>The full path of a stored photo; null if the file is missing or its path leaves the root.</summary>
    public string? Find(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }
}
