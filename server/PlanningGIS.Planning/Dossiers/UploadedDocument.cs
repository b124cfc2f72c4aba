using System.Text.RegularExpressions;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>
/// A document file sent in a mutation (fileName, contentType, contentBase64): its name cleaned, its
/// media type checked, its bytes decoded within DocumentStore.MaxBytes and hashed. Dossier documents and
/// the papers of a site-clearance step are read by this one rule.
/// </summary>
public static partial class UploadedDocument
{
    // Base64 needs 4 characters per 3 bytes: anything longer cannot decode to at most MaxBytes.
    private const long MaxBase64Chars = (DocumentStore.MaxBytes + 2) / 3 * 4;

    public static (string FileName, string ContentType, byte[] Content, string Sha256) Read(IReadOnlyDictionary<string, object?> input)
    {
        var fileName = UploadedFileName.Clean(Required(input, "fileName", "Tên tệp")) ?? "tai-lieu";
        var contentType = Required(input, "contentType", "Kiểu tệp (contentType)").ToLowerInvariant();
        if (!MediaType().IsMatch(contentType))
            throw new PlanningError(ErrorCodes.BadUserInput, $"Kiểu tệp \"{contentType}\" không hợp lệ; ví dụ application/pdf.",
                new Dictionary<string, object?> { ["field"] = "contentType" });
        var content = Decode(input.Get<string>("contentBase64") ?? "");
        return (fileName, contentType, content, DocumentStore.Sha256Of(content));
    }

    private static byte[] Decode(string base64)
    {
        // A browser's FileReader gives a data URL ("data:application/pdf;base64,JVBER..."): the bytes follow the comma.
        if (base64.StartsWith("data:", StringComparison.Ordinal) && base64.IndexOf(";base64,", StringComparison.Ordinal) is > 0 and var at)
            base64 = base64[(at + ";base64,".Length)..];
        if (base64.Length > MaxBase64Chars)
            throw TooLarge();
        var buffer = new byte[base64.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var length))
            throw new PlanningError(ErrorCodes.BadUserInput, "Nội dung tệp (contentBase64) không phải base64 hợp lệ.",
                new Dictionary<string, object?> { ["field"] = "contentBase64" });
        if (length == 0)
            throw new PlanningError(ErrorCodes.BadUserInput, "Tệp rỗng: hãy chọn một tệp có nội dung.",
                new Dictionary<string, object?> { ["field"] = "contentBase64" });
        if (length > DocumentStore.MaxBytes)
            throw TooLarge();
        return buffer[..length];
    }

    private static PlanningError TooLarge() => new(ErrorCodes.BadUserInput,
        $"Tệp quá lớn: tối đa {DocumentStore.MaxBytes / (1024 * 1024)} MB.",
        new Dictionary<string, object?> { ["field"] = "contentBase64", ["maxBytes"] = DocumentStore.MaxBytes });

    private static string Required(IReadOnlyDictionary<string, object?> input, string field, string label) =>
        input.Get<string>(field) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new PlanningError(ErrorCodes.BadUserInput, $"{label} không được để trống.", new Dictionary<string, object?> { ["field"] = field });

    [GeneratedRegex(@"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")]
    private static partial Regex MediaType();
}
