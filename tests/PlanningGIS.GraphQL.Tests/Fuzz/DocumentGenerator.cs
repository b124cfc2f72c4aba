using System.Text;

namespace PlanningGIS.GraphQL.Tests.Fuzz;

/// <summary>
/// Seeded generators of hostile and broken documents for <see cref="FuzzSchema"/>: random
/// well-typed documents, their mutations and truncations, deep nesting, huge alias lists, fragment
/// cycles and fan-outs, broken unicode and random bytes. The same seed gives the same documents.
/// </summary>
internal sealed class DocumentGenerator(int seed)
{
    private readonly Random _random = new(seed);

    private sealed record Field(string Name, string Type, bool Composite, string[] Args);

    // A hand-written map of the fuzz schema: type -> fields (name, named type, composite?, argument kinds).
    private static readonly Dictionary<string, Field[]> Fields = new()
    {
        ["Query"] =
        [
            new("node", "Node", true, ["id:ID!"]), new("person", "Person", true, ["id:ID"]),
            new("people", "Person", true, ["filter:Filter", "first:Int"]), new("pets", "Pet", true, ["choice:Choice"]),
            new("echo", "String", false, ["s:String", "i:Int", "f:Float", "b:Boolean", "c:Color", "list:[[Int]]", "filter:Filter"]),
            new("fail", "String", false, []), new("failNonNull", "String", false, []), new("__typename", "String", false, []),
        ],
        ["Person"] =
        [
            new("id", "ID", false, []), new("name", "String", false, []), new("age", "Int", false, []), new("color", "Color", false, []),
            new("born", "DateTime", false, []), new("friends", "Person", true, ["first:Int", "after:String"]),
            new("pets", "Pet", true, []), new("best", "Person", true, []), new("tags", "String", false, []), new("__typename", "String", false, []),
        ],
        ["Dog"] = [new("id", "ID", false, []), new("name", "String", false, []), new("barks", "Boolean", false, []), new("owner", "Person", true, [])],
        ["Cat"] = [new("id", "ID", false, []), new("name", "String", false, []), new("lives", "Int", false, []), new("owner", "Person", true, [])],
        ["Node"] = [new("id", "ID", false, []), new("__typename", "String", false, [])],
        ["Named"] = [new("name", "String", false, [])],
        ["Pet"] = [new("__typename", "String", false, [])],
        ["Mutation"] = [new("rename", "Person", true, ["id:ID!", "name:String!"])],
    };

    private static readonly Dictionary<string, string[]> PossibleTypes = new()
    {
        ["Node"] = ["Person", "Dog", "Cat"], ["Named"] = ["Person", "Dog", "Cat"], ["Pet"] = ["Dog", "Cat"],
        ["Person"] = ["Person"], ["Dog"] = ["Dog"], ["Cat"] = ["Cat"], ["Query"] = ["Query"], ["Mutation"] = ["Mutation"],
    };

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "!", "=", "@", "$", "...", "|", "&", "\"", "\"\"\"", "#", "\\u", "\\u{1F600}",
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "__typename", "__schema",
        "friends", "echo", "1e999", "-0", "0x1", "1.5e", "\n", "\t", ",", "\uFEFF", "\0", "\uD800", "\uDFFF", "🏃", "ạ",
    ];

    public string Next(out string category)
    {
        var pick = _random.Next(100);
        (category, var text) = pick switch
        {
            < 22 => ("valid", Valid()),
            < 42 => ("mutated", Mutate(Valid())),
            < 52 => ("truncated", Truncate(Valid())),
            < 58 => ("deep", Deep()),
            < 64 => ("aliases", Aliases()),
            < 72 => ("fragments", Fragments()),
            < 80 => ("unicode", BrokenUnicode()),
            < 86 => ("bytes", RandomBytes()),
            < 92 => ("tokens", TokenSoup()),
            _ => ("literals", Literals()),
        };
        return text;
    }

    /// <summary>Variables for a document: usually none, sometimes plausible, sometimes wrong or deep.</summary>
    public IReadOnlyDictionary<string, object?>? Variables()
    {
        switch (_random.Next(6))
        {
            case 0:
                return new Dictionary<string, object?> { ["v"] = RandomValue(3), ["b"] = _random.Next(2) == 0, ["n"] = _random.Next(-5, 50) };
            case 1:
                object? deep = "x";
                var depth = _random.Next(1, 64);
                for (var i = 0; i < depth; i++)
                {
                    deep = _random.Next(2) == 0 ? new List<object?> { deep } : new Dictionary<string, object?> { ["nested"] = deep, ["name"] = "n" };
                }
                return new Dictionary<string, object?> { ["v"] = deep, ["f"] = deep };
            default:
                return null;
        }
    }

    private object? RandomValue(int depth) => _random.Next(depth <= 0 ? 6 : 8) switch
    {
        0 => null,
        1 => _random.Next(),
        2 => _random.NextDouble() * 1e10,
        3 => RandomString(8),
        4 => _random.Next(2) == 0,
        5 => long.MaxValue,
        6 => Enumerable.Range(0, _random.Next(4)).Select(_ => RandomValue(depth - 1)).ToList(),
        _ => new Dictionary<string, object?> { ["name"] = RandomValue(depth - 1), ["nested"] = RandomValue(depth - 1), ["colors"] = new List<object?> { "RED" } },
    };

    // --- well-typed documents ---------------------------------------------------------------

    public string Valid()
    {
        var sb = new StringBuilder();
        var fragments = new List<(string Name, string Type)>();
        var fragmentCount = _random.Next(3);
        for (var i = 0; i < fragmentCount; i++)
        {
            fragments.Add(("F" + i, Pick(["Person", "Dog", "Cat", "Node", "Named", "Pet", "Query"])));
        }
        var operations = _random.Next(1, 3);
        for (var o = 0; o < operations; o++)
        {
            var mutation = _random.Next(8) == 0;
            sb.Append(mutation ? "mutation" : "query");
            if (operations > 1 || _random.Next(2) == 0)
            {
                sb.Append(" Op").Append(o);
            }
            if (_random.Next(3) == 0)
            {
                sb.Append("($v: Filter, $b: Boolean = true, $n: Int)");
            }
            sb.Append(' ');
            SelectionSet(sb, mutation ? "Mutation" : "Query", _random.Next(1, 6), fragments);
            sb.Append('\n');
        }
        foreach (var (name, type) in fragments)
        {
            sb.Append("fragment ").Append(name).Append(" on ").Append(type).Append(' ');
            SelectionSet(sb, type, _random.Next(1, 4), []);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private void SelectionSet(StringBuilder sb, string type, int depth, List<(string Name, string Type)> fragments)
    {
        sb.Append("{ ");
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var roll = _random.Next(10);
            if (roll == 0 && fragments.Count > 0)
            {
                sb.Append("...").Append(Pick(fragments).Name).Append(' ');
                continue;
            }
            if (roll == 1 && PossibleTypes.TryGetValue(type, out var possible))
            {
                var on = Pick(possible);
                sb.Append("... on ").Append(on).Append(' ');
                SelectionSet(sb, on, depth - 1, fragments);
                continue;
            }
            var field = Pick(Fields[type]);
            if (_random.Next(4) == 0)
            {
                sb.Append('a').Append(_random.Next(5)).Append(": ");
            }
            sb.Append(field.Name);
            if (field.Args.Length > 0 && _random.Next(2) == 0)
            {
                sb.Append('(');
                foreach (var arg in field.Args.Where(a => a.EndsWith('!') || _random.Next(2) == 0))
                {
                    var (name, argType) = (arg[..arg.IndexOf(':')], arg[(arg.IndexOf(':') + 1)..]);
                    sb.Append(name).Append(": ").Append(Literal(argType)).Append(' ');
                }
                sb.Append(')');
            }
            if (_random.Next(6) == 0)
            {
                sb.Append(_random.Next(2) == 0 ? " @skip(if: $b)" : " @include(if: false)");
            }
            if (field.Composite)
            {
                sb.Append(' ');
                if (depth > 0)
                {
                    SelectionSet(sb, field.Type, depth - 1, fragments);
                }
                else
                {
                    sb.Append("{ __typename }");
                }
            }
            sb.Append(' ');
        }
        sb.Append("} ");
    }

    private string Literal(string type)
    {
        if (_random.Next(12) == 0)
        {
            return Pick(["$v", "$b", "$n", "null", "\"wrong\"", "1.5", "[1]", "{a: 1}", "RED"]);
        }
        return type.TrimEnd('!') switch
        {
            "ID" => "\"" + Pick(["p1", "p2", "d1", "c3", "zz"]) + "\"",
            "String" => "\"" + RandomString(_random.Next(6)).Replace("\\", "").Replace("\"", "") + "\"",
            "Int" => _random.Next(-3, 12).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Float" => "1.25e2",
            "Boolean" => _random.Next(2) == 0 ? "true" : "false",
            "Color" => Pick(["RED", "GREEN", "BLUE"]),
            "[[Int]]" => "[[1, 2], null, [3]]",
            "Filter" => "{ name: \"a\", colors: [RED, BLUE], nested: { min: 2 } }",
            "Choice" => _random.Next(2) == 0 ? "{ text: \"x\" }" : "{ text: \"x\", number: 1 }",
            _ => "null",
        };
    }

    // --- broken and hostile documents ---------------------------------------------------------

    public string Mutate(string document)
    {
        var sb = new StringBuilder(document);
        var edits = _random.Next(1, 6);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var at = _random.Next(sb.Length);
            switch (_random.Next(6))
            {
                case 0:
                    sb.Remove(at, Math.Min(_random.Next(1, 8), sb.Length - at));
                    break;
                case 1:
                    sb.Insert(at, Pick(Tokens));
                    break;
                case 2:
                    sb[at] = (char)_random.Next(0, 0x10000);
                    break;
                case 3:
                    var length = Math.Min(_random.Next(1, 40), sb.Length - at);
                    sb.Insert(_random.Next(sb.Length), sb.ToString(at, length));
                    break;
                case 4:
                    var other = _random.Next(sb.Length);
                    (sb[at], sb[other]) = (sb[other], sb[at]);
                    break;
                default:
                    sb.Insert(at, ' ');
                    break;
            }
        }
        return sb.ToString();
    }

    public string Truncate(string document) => document[.._random.Next(document.Length + 1)];

    private string Deep()
    {
        var n = Pick(new[] { 50, 199, 200, 201, 500, 5_000, 60_000 });
        return _random.Next(7) switch
        {
            0 => new string('{', n),
            1 => "{" + string.Concat(Enumerable.Repeat("friends { ", n)) + "id" + new string('}', n + 1),
            2 => "{ echo(list: " + new string('[', n) + "1" + new string(']', n) + ") }",
            3 => "{ echo(filter: " + string.Concat(Enumerable.Repeat("{ nested: ", n)) + "null" + new string('}', n) + ") }",
            4 => "{ person { " + string.Concat(Enumerable.Repeat("best { ", Math.Min(n, 300))) + "id" + new string('}', Math.Min(n, 300) + 2),
            5 => "query($v: " + new string('[', n) + "Int" + new string(']', n) + ") { __typename }",
            _ => "{" + string.Concat(Enumerable.Repeat("... on Query { ", n)) + "__typename" + new string('}', n + 1),
        };
    }

    private string Aliases()
    {
        var n = Pick(new[] { 100, 1_000, 2_500, 10_000 });
        var sb = new StringBuilder("{ ");
        var mode = _random.Next(4);
        for (var i = 0; i < n; i++)
        {
            switch (mode)
            {
                case 0:
                    sb.Append('a').Append(i).Append(": __typename ");
                    break;
                case 1:
                    // One alias, conflicting arguments: the overlap check must not go quadratic-explosive.
                    sb.Append("a: echo(s: \"").Append(i).Append("\") ");
                    break;
                case 2:
                    sb.Append("p").Append(i).Append(": people { friends { name } } ");
                    break;
                default:
                    sb.Append("echo ");
                    break;
            }
        }
        return sb.Append('}').ToString();
    }

    private string Fragments()
    {
        var n = Pick(new[] { 2, 10, 40, 200 });
        var sb = new StringBuilder();
        switch (_random.Next(5))
        {
            case 0: // a cycle through n fragments
                sb.Append("{ ...F0 }\n");
                for (var i = 0; i < n; i++)
                {
                    sb.Append("fragment F").Append(i).Append(" on Query { __typename ...F").Append((i + 1) % n).Append(" }\n");
                }
                break;
            case 1: // self-reference
                sb.Append("{ person { ...P } } fragment P on Person { name friends { ...P } }");
                break;
            case 2: // exponential fan-out: each fragment spreads the next twice (2^n if expanded naively)
                sb.Append("{ ...F0 }\n");
                for (var i = 0; i < n; i++)
                {
                    sb.Append("fragment F").Append(i).Append(" on Query { a").Append(i).Append(": __typename ")
                        .Append(i + 1 < n ? $"...F{i + 1} ...F{i + 1} " : "").Append("}\n");
                }
                break;
            case 3: // fan-out through fields with conflicting arguments
                sb.Append("{ ...F0 }\n");
                for (var i = 0; i < n; i++)
                {
                    sb.Append("fragment F").Append(i).Append(" on Query { e: echo(i: ").Append(i).Append(") ")
                        .Append(i + 1 < n ? $"...F{i + 1} people {{ ...G{i} }} " : "").Append("}\n");
                    sb.Append("fragment G").Append(i).Append(" on Person { name friends { name } }\n");
                }
                break;
            default: // unknown, duplicate and mistyped fragments
                sb.Append("{ ...Nope ...F ...F ... on Dog { barks } } fragment F on Query { __typename } fragment F on Person { id }");
                break;
        }
        return sb.ToString();
    }

    private string BrokenUnicode()
    {
        var pieces = new[]
        {
            "{ echo(s: \"\uD800\") }", "{ echo(s: \"\\uD800\") }", "{ echo(s: \"\\uD83D\\u0041\") }", "{ echo(s: \"\\u{110000}\") }",
            "{ echo(s: \"\\u{D800}\") }", "{ echo(s: \"\\uZZZZ\") }", "{ echo(s: \"\\x41\") }", "{ echo(s: \"\\u{}\") }",
            "{ echo(s: \"\\u{FFFFFFFFFFFF}\") }", "\uFEFF{ __typename }", "{ __type\u0000name }", "{ na\u00ADme }",
            "{ echo(s: \"\"\"\uDFFF\"\"\") }", "# \uD800 comment\n{ __typename }", "{ 🏃 }", "{ echo(s: \"ok\uDBFF\") }",
            "{ echo(s: \"\r\n\") }", "{ echo(s: \"\\\"\\\\\\/\\b\\f\\n\\r\\t\") }",
        };
        var text = Pick(pieces);
        return _random.Next(3) == 0 ? Mutate(text) : text;
    }

    private string RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 2_000)];
        _random.NextBytes(bytes);
        return _random.Next(2) == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }

    private string TokenSoup()
    {
        var sb = new StringBuilder();
        var n = _random.Next(1, 400);
        for (var i = 0; i < n; i++)
        {
            sb.Append(Pick(Tokens)).Append(_random.Next(3) == 0 ? " " : "");
        }
        return sb.ToString();
    }

    private string Literals() => _random.Next(8) switch
    {
        0 => "{ echo(i: 99999999999999999999999999999) }",
        1 => "{ echo(f: 1e99999) }",
        2 => "{ echo(s: \"" + new string('x', _random.Next(50_000, 99_000)) + "\") }",
        3 => "{ echo(s: \"\"\"" + new string('x', 10_000) + " unterminated",
        4 => "{ echo(s: \"unterminated }",
        5 => "{ echo(list: [" + string.Join(",", Enumerable.Repeat("1", 5_000)) + "]) }",
        6 => "query(" + string.Join(" ", Enumerable.Range(0, 1_000).Select(i => $"$v{i}: Int = {i}")) + ") { __typename }",
        _ => "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 2_000)) + "}",
    };

    private string RandomString(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)_random.Next(0x20, 0x2FF);
        }
        return new string(chars);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
