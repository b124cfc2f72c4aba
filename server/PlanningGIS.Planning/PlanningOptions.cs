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
    /// Vertices of an edited plot or zone that come within this distance (metres, on the VN-2000 plane)
    /// of a neighbour's vertex or edge, or of where they were, are put exactly there by the database
    /// before the topology check, so shared edges stay shared. The web map snaps at least this far.
    /// </summary>
    public double SnapToleranceMetres { get; set; } = DefaultSnapToleranceMetres;

    /// <summary>The most vertices one geometry from a user may have; more is refused before any other work.</summary>
    public int MaxGeometryVertices { get; set; } = DefaultMaxGeometryVertices;

    /// <summary>5 cm: above the rounding of any client (the API writes 0.1 mm), below what a surveyor would move a corner by.</summary>
    public const double DefaultSnapToleranceMetres = 0.05;

    /// <summary>
    /// 50,000: the largest boundary in the sample data has 161 vertices; a traced 1/2,000 zoning-plan
    /// outline has a few thousand. A 1,000,000-vertex boundary took 8.8 s to store and made point queries slow.
    /// </summary>
    public const int DefaultMaxGeometryVertices = 50_000;

    /// <summary>
    /// The installed PostgreSQL server binary that /healthz compares with the running server (a newer
    /// one means an upgrade under a running cluster). Default: the server's own BINDIR/postgres.
    /// </summary>
    public string? PostgresBinary { get; set; }
}
