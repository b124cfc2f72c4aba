using System.Security.Cryptography;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Violations;

/// <summary>
/// A photo sent with a violation, decoded and checked before anything is stored: an allowed image
/// type, at most 10 MB, and bytes that really are that type (a corrupt or mislabelled upload is refused).
/// </summary>
public sealed record PhotoUpload(string FileName, string ContentType, string Extension, byte[] Content, string Sha256, DateTimeOffset? TakenAt)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxPhotos = 20;

    // Base64 needs 4 characters per 3 bytes: anything longer cannot decode to at most MaxBytes.
    private const long MaxBase64Chars = (MaxBytes + 2) / 3 * 4;

    private static readonly Dictionary<string, (string Extension, Func<byte[], bool> Looks)> Types = new()
    {
        ["image/jpeg"] = ("jpg", b => b is [0xFF, 0xD8, 0xFF, ..]),
        ["image/png"] = ("png", b => b is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..]),
        ["image/webp"] = ("webp", b => b is [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..]),
    };

    /// <param name="index">0-based position in the input, for the error details.</param>
    public static PhotoUpload Decode(IReadOnlyDictionary<string, object?> input, int index)
    {
        PlanningError Refused(string message, string field) => new(ErrorCodes.BadUserInput, $"Ảnh thứ {index + 1}: {message}",
            new Dictionary<string, object?> { ["photo"] = index, ["field"] = field });

        var fileName = UploadedFileName.Clean(input.Get<string>("fileName")) ?? "";
        if (fileName.Length is 0 or > 200)
            throw Refused("tên tệp phải có từ 1 đến 200 ký tự.", "fileName");
        var contentType = input.Get<string>("contentType")?.Trim().ToLowerInvariant() ?? "";
        if (!Types.TryGetValue(contentType, out var type))
            throw Refused($"chỉ nhận ảnh JPEG, PNG hoặc WebP, không nhận \"{contentType}\".", "contentType");
        var base64 = input.Get<string>("contentBase64") ?? "";
        // A browser's FileReader gives a data URL ("data:image/jpeg;base64,/9j/..."): the bytes follow the comma.
        if (base64.StartsWith("data:", StringComparison.Ordinal) && base64.IndexOf(";base64,", StringComparison.Ordinal) is > 0 and var at)
            base64 = base64[(at + ";base64,".Length)..];
        if (base64.Length > MaxBase64Chars)
            throw Refused($"ảnh lớn hơn {MaxBytes / 1024 / 1024} MB.", "contentBase64");
        var buffer = new byte[base64.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var length))
            throw Refused("nội dung (contentBase64) không phải base64 hợp lệ.", "contentBase64");
        if (length == 0)
            throw Refused("ảnh rỗng.", "contentBase64");
        if (length > MaxBytes)
            throw Refused($"ảnh lớn hơn {MaxBytes / 1024 / 1024} MB.", "contentBase64");
        var content = buffer[..length];
        if (!type.Looks(content))
            throw Refused($"nội dung không phải ảnh {contentType} (tệp hỏng hoặc sai loại).", "contentBase64");
        return new PhotoUpload(fileName, contentType, type.Extension, content, Convert.ToHexStringLower(SHA256.HashData(content)),
            input.Get<DateTimeOffset?>("takenAt")?.ToUniversalTime());
    }
}
