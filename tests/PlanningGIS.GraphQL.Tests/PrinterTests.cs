using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Tests;

public class PrinterTests
{
    [Theory]
    [InlineData("query { id, name }", "{\n  id\n  name\n}")]
    [InlineData("query Q { id }", "query Q {\n  id\n}")]
    [InlineData("query ($a: Int = 1 @d) @dir { f(a: $a) @skip(if: true) }", "query ($a: Int = 1 @d) @dir {\n  f(a: $a) @skip(if: true)\n}")]
    [InlineData("mutation { a: b(x: {y: [1, 2], z: \"s\"}) { ... on T { c } ...F } }", "mutation {\n  a: b(x: {y: [1, 2], z: \"s\"}) {\n    ... on T {\n      c\n    }\n    ...F\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("{ f(s: \"\"\"block\"\"\") }", "{\n  f(s: \"\"\"block\"\"\")\n}")]
    [InlineData("{ f(s: \"esc\\n\\u0001\\\"\") }", "{\n  f(s: \"esc\\n\\u0001\\\"\")\n}")]
    [InlineData("{ ... @include(if: $x) { a } }", "{\n  ... @include(if: $x) {\n    a\n  }\n}")]
    public void Prints_executable_documents(string text, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(text)));
    }

    [Fact]
    public void Breaks_long_argument_lists()
    {
        var text = "{ field(argumentNumberOne: \"aaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbb\", three: 3) }";
        Assert.Equal(
            "{\n  field(\n    argumentNumberOne: \"aaaaaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbb\"\n    three: 3\n  )\n}",
            Printer.Print(Parser.Parse(text)));
    }

    [Fact]
    public void Prints_type_system_documents()
    {
        var sdl = """
            "Desc"
            schema @a {
              query: Q
            }

            scalar Date @specifiedBy(url: "x")

            type Q implements A & B @x {
              "field"
              f(a: Int = 1, b: [String!]!): String! @deprecated(reason: "no")
              g(
                "arg"
                a: Int
              ): Int
            }

            union U = X | Y

            enum E {
              ONE @deprecated
              TWO
            }

            input I @oneOf {
              a: Int
            }

            directive @d(a: Int) repeatable on FIELD | OBJECT

            extend type Q implements C {
              g: Int
            }

            extend union U = Z
            """;
        Assert.Equal(sdl, Printer.Print(Parser.Parse(sdl)));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void Prints_block_strings_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing\n", false)]
    [InlineData("ctrl\u0001", false)]
    [InlineData("cr\r", false)]
    [InlineData("a\n  b", true)]
    public void Knows_printable_block_strings(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }
}
