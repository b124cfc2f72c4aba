namespace PlanningGIS.Planning;

/// <summary>Configuration section "Planning".</summary>
public sealed class PlanningOptions
{
    public const string Section = "Planning";

    /// <summary>Load gis-data/sample at start-up if it has not been loaded yet.</summary>
    public bool LoadSampleData { get; set; }

    /// <summary>Where the sample data files are (gis-data/sample in the repository).</summary>
    public string SampleDataDirectory { get; set; } = "gis-data/sample";

    /// <summary>If set and the file does not exist yet, create one demo account per role and write them there.</summary>
    public string? DemoAccountsFile { get; set; }

    /// <summary>Where uploaded files (dossier documents) are kept: absolute, or relative to the content root.</summary>
    public string DocumentsDirectory { get; set; } = ".data/files";

    /// <summary>Where violation photos are kept: absolute, or relative to the content root.</summary>
    public string PhotosDirectory { get; set; } = ".data/files/photos";

    /// <summary>
    /// The installed PostgreSQL server binary that /healthz compares with the running server (a newer
    /// one means an upgrade under a running cluster). Default: the server's own BINDIR/postgres.
    /// </summary>
    public string? PostgresBinary { get; set; }
}
