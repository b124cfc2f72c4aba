namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// One shared string per name: documents repeat the same few hundred names (field, type and
/// argument names), so the lexer takes them from here instead of allocating each occurrence.
/// A fixed-size, direct-mapped table: a collision simply replaces the entry, so it never grows and
/// a hostile document can at worst make it miss. Entries are whole strings written atomically, and
/// every hit is compared by content, so readers on other threads always see a correct name.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096; // a power of two
    private const int MaxLength = 40; // longer names are rare: not worth a slot

    private static readonly string?[] Entries = new string?[Size];

    /// <summary>The name as a string; <paramref name="hash"/> is any hash of its characters (the lexer's).</summary>
    public static string Get(ReadOnlySpan<char> name, uint hash)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }
        ref var slot = ref Entries[(hash ^ (hash >> 15)) & (Size - 1)];
        var entry = slot;
        if (entry is not null && name.SequenceEqual(entry))
        {
            return entry;
        }
        entry = name.ToString();
        slot = entry;
        return entry;
    }
}
