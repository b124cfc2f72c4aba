// The tests run on the project's Debian machines only (PostGIS cluster, cs2cs, file modes).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
