using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>addDossierDocument: the file is decoded, checked, stored under its SHA-256, and its metadata row written.</summary>
public static class DossierDocuments
{
    public static Task<DocumentRow> AddAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var title = Required(input, "title", "Tiêu đề tài liệu");
        var (fileName, contentType, content, sha256) = UploadedDocument.Read(input);
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

    private static string Required(IReadOnlyDictionary<string, object?> input, string field, string label) =>
        input.Get<string>(field) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new PlanningError(ErrorCodes.BadUserInput, $"{label} không được để trống.", new Dictionary<string, object?> { ["field"] = field });

}
