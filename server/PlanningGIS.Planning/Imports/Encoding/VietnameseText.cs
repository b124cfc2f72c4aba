// TEMPORARY SHIM (not committed): replaced by the encodings branch.
namespace PlanningGIS.Planning.Imports.Encoding;
public enum VietnameseEncoding { Ascii, Utf8, Cp1258, Tcvn3, Vni }
public sealed record Detection(VietnameseEncoding Encoding);
public static class VietnameseText
{
    public static Detection Detect(ReadOnlySpan<byte> sample) => new(VietnameseEncoding.Utf8);
    public static string Decode(ReadOnlySpan<byte> bytes, VietnameseEncoding encoding) => System.Text.Encoding.UTF8.GetString(bytes);
}
