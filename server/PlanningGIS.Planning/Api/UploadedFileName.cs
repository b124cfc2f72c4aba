namespace PlanningGIS.Planning.Api;

/// <summary>The name an uploaded file is stored and downloaded under (documents and violation photos).</summary>
public static class UploadedFileName
{
    /// <summary>
    /// The name as the user's computer knew it, without any folder, Windows or Unix ("C:\Hồ sơ\QĐ.pdf",
    /// "..\..\x.jpg" -> "QĐ.pdf", "x.jpg"), control characters (CR/LF would break the download's
    /// headers) or surrounding blanks; null when nothing is left or only "." or "..".
    /// </summary>
    public static string? Clean(string? name)
    {
        var file = (name ?? "").Replace('\\', '/').Split('/').Last();
        file = new string(file.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return file is "" or "." or ".." ? null : file;
    }
}
