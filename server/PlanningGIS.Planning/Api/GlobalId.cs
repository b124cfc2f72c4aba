using System.Text;

namespace PlanningGIS.Planning.Api;

/// <summary>Relay global ids: the type name and the object's code, base64url-encoded.</summary>
public static class GlobalId
{
    public static string Encode(string type, string code) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + code)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (string Type, string Code)? Decode(string id)
    {
        try
        {
            var base64 = id.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            var colon = text.IndexOf(':');
            return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
