using System.Text.RegularExpressions;
using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>addDossierDocument: the file is decoded, checked, stored under its SHA-256, and its metadata row written.</summary>
public static partial class DossierDocuments
{
    // Base64 needs 4 characters per 3 bytes: anything longer cannot decode to at most MaxBytes.
    private const long MaxBase64Chars = (DocumentStore.MaxBytes + 2) / 3 * 4;

    public static Task<DocumentRow> AddAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var title = Required(input, "title", "Tiêu đề tài liệu");
        var fileName = UploadedFileName.Clean(Required(input, "fileName", "Tên tệp")) ?? "tai-lieu";
        var contentType = Required(input, "contentType", "Kiểu tệp (contentType)").ToLowerInvariant();
        if (!MediaType().IsMatch(contentType))
            throw new PlanningError(ErrorCodes.BadUserInput, $"Kiểu tệp \"{contentType}\" không hợp lệ; ví dụ application/pdf.",
                new Dictionary<string, object?> { ["field"] = "contentType" });
        var content = Decode(input.Get<string>("contentBase64") ?? "");
        var sha256 = DocumentStore.Sha256Of(content);
        var store = DocumentStore.From(ctx.Services!);
        var code = input.Get<string>("dossierCode")!;
        return Mutation.RunAsync(ctx, null, async connection =>
        {
            await using var find = new NpgsqlCommand("select id from dossiers where code = @code for share", connection);
            find.Parameters.AddWithValue("code", code);
            var dossierId = await find.ExecuteScalarAsync(ctx.CancellationToken) as long? ?? throw Mutation.NotFound("đồ án", code);
            // Written before the row commits: a failed commit leaves at most an unreferenced file, never a row without its file.
            var storagePath = await store.SaveAsync(content, sha256, ctx.CancellationToken);
            await using var cmd = new NpgsqlCommand($"""
                insert into dossier_documents (dossier_id, title, kind, file_name, content_type, size_bytes, sha256, storage_path, published, uploaded_by)
                values (@dossier, @title, lower(@kind), @fileName, @contentType, @size, @sha256, @path, @published, current_actor())
                returning id
                """, connection);
            cmd.Parameters.AddWithValue("dossier", dossierId);
            cmd.Parameters.AddWithValue("title", title);
            cmd.Parameters.AddWithValue("kind", input.Get<string>("kind")!);
            cmd.Parameters.AddWithValue("fileName", fileName);
            cmd.Parameters.AddWithValue("contentType", contentType);
            cmd.Parameters.AddWithValue("size", (long)content.Length);
            cmd.Parameters.AddWithValue("sha256", sha256);
            cmd.Parameters.AddWithValue("path", storagePath);
            cmd.Parameters.AddWithValue("published", input.Get<bool?>("published") ?? false);
            var id = (long)(await cmd.ExecuteScalarAsync(ctx.CancellationToken))!;
            // Read back numbered: an upload with an earlier document's title is its next version.
            await using var read = new NpgsqlCommand(
                $"select {DossierQueries.DocumentColumns} from {DossierQueries.VersionedDocuments} o where o.id = @id", connection);
            read.Parameters.AddWithValue("id", id);
            return (await RowReader.FirstAsync(read, DossierQueries.ReadDocument, ctx.CancellationToken))!;
        });
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
