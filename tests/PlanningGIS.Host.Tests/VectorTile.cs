using System.Text;

namespace PlanningGIS.Host.Tests;

/// <summary>
/// Reads the attributes of the features in a Mapbox vector tile (protobuf, spec 2.1), enough for tests
/// to check what a tile says; geometries are skipped.
/// </summary>
public static class VectorTile
{
    /// <summary>Layer name → its features' attributes.</summary>
    public static Dictionary<string, List<Dictionary<string, object>>> Read(byte[] tile)
    {
        var layers = new Dictionary<string, List<Dictionary<string, object>>>();
        foreach (var (field, layer) in Messages(tile))
            if (field == 3)
            {
                var (name, features) = ReadLayer(layer);
                layers[name] = features;
            }
        return layers;
    }

    private static (string, List<Dictionary<string, object>>) ReadLayer(ReadOnlyMemory<byte> layer)
    {
        string name = "";
        var keys = new List<string>();
        var values = new List<object>();
        var tagLists = new List<List<ulong>>();
        foreach (var (field, body) in Messages(layer))
        {
            switch (field)
            {
                case 1: name = Encoding.UTF8.GetString(body.Span); break;
                case 2: tagLists.Add(FeatureTags(body)); break;
                case 3: keys.Add(Encoding.UTF8.GetString(body.Span)); break;
                case 4: values.Add(ReadValue(body)); break;
            }
        }
        var features = tagLists.Select(tags => Enumerable.Range(0, tags.Count / 2)
            .ToDictionary(i => keys[(int)tags[2 * i]], i => values[(int)tags[2 * i + 1]])).ToList();
        return (name, features);
    }

    private static List<ulong> FeatureTags(ReadOnlyMemory<byte> feature)
    {
        var tags = new List<ulong>();
        foreach (var (field, body) in Messages(feature))
            if (field == 2)
            {
                var position = 0;
                while (position < body.Length)
                    tags.Add(Varint(body.Span, ref position));
            }
        return tags;
    }

    private static object ReadValue(ReadOnlyMemory<byte> value)
    {
        var span = value.Span;
        var position = 0;
        var key = Varint(span, ref position);
        var (field, wire) = ((int)(key >> 3), (int)(key & 7));
        return (field, wire) switch
        {
            (1, 2) => Encoding.UTF8.GetString(span.Slice(position + LengthSize(span, position, out var length), length)),
            (2, 5) => (double)BitConverter.ToSingle(span.Slice(position, 4)),
            (3, 1) => BitConverter.ToDouble(span.Slice(position, 8)),
            (4 or 5, 0) => (double)(long)Varint(span, ref position),
            (6, 0) => (double)ZigZag(Varint(span, ref position)),
            (7, 0) => Varint(span, ref position) != 0,
            _ => throw new FormatException($"unexpected value field {field} (wire type {wire})"),
        };
    }

    private static int LengthSize(ReadOnlySpan<byte> span, int position, out int length)
    {
        var start = position;
        length = (int)Varint(span, ref position);
        return position - start;
    }

    // The length-delimited fields of a message, as (field number, body); other wire types are skipped.
    private static IEnumerable<(int Field, ReadOnlyMemory<byte> Body)> Messages(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var key = Varint(message.Span, ref position);
            var (field, wire) = ((int)(key >> 3), (int)(key & 7));
            switch (wire)
            {
                case 0: Varint(message.Span, ref position); break;
                case 1: position += 8; break;
                case 5: position += 4; break;
                case 2:
                    var length = (int)Varint(message.Span, ref position);
                    yield return (field, message.Slice(position, length));
                    position += length;
                    break;
                default: throw new FormatException($"unexpected wire type {wire}");
            }
        }
    }

    private static ulong Varint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return result;
        }
    }

    private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
}
