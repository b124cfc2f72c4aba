using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Tests;

public class ParserTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Foo($x: Int = $y) { f }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 21)]
    [InlineData("{ f(a: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 17)]
    [InlineData("\"desc\" extend type T { f: Int }", "Syntax Error: Unexpected description, descriptions are not supported on type extensions.", 1, 1)]
    public void Reports_syntax_errors(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal(new ErrorLocation(line, column), Assert.Single(error.Locations!));
    }

    [Fact]
    public void Parses_executable_document_with_locations()
    {
        var doc = Parser.Parse("query Q($id: ID! = 4 @dir) @op {\n  alias: node(id: $id) { ... on User { name } ...Frag @include(if: true) }\n}\nfragment Frag on User { id }");
        var op = Assert.IsType<OperationDefinitionNode>(doc.Definitions[0]);
        Assert.Equal("Q", op.Name!.Value);
        var varDef = Assert.Single(op.VariableDefinitions);
        Assert.Equal("ID!", Printer.Print(varDef.Type));
        Assert.Equal("4", Assert.IsType<IntValueNode>(varDef.DefaultValue).Value);
        Assert.Equal("dir", Assert.Single(varDef.Directives).Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(op.SelectionSet.Selections));
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(new ErrorLocation(2, 3), field.Location.LineColumn);
        Assert.IsType<InlineFragmentNode>(field.SelectionSet!.Selections[0]);
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet.Selections[1]);
        Assert.IsType<FragmentDefinitionNode>(doc.Definitions[1]);
        Assert.True(doc.TokenCount > 20);
    }

    [Fact]
    public void Parses_type_system_definitions_and_extensions()
    {
        var doc = Parser.Parse(""""
            "Schema" schema @s { query: Q mutation: M }
            extend schema @t
            """Desc""" scalar Date @specifiedBy(url: "https://example.com")
            type Q implements & A & B @x { "f" f(a: Int = 1 @deprecated, b: [String!]!): String! @deprecated(reason: "no") }
            interface A implements B { f: String }
            union U = | X | Y
            enum E { ONE @deprecated TWO }
            input I @oneOf { a: Int, b: String }
            directive @d(a: Int) repeatable on FIELD | OBJECT
            extend type Q implements C { g: Int }
            extend interface A @x
            extend union U = Z
            extend enum E { THREE }
            extend input I { c: ID }
            extend scalar Date @y
            """");
        Assert.Equal(15, doc.Definitions.Count);
        var obj = Assert.IsType<ObjectTypeDefinitionNode>(doc.Definitions[3]);
        Assert.Equal(["A", "B"], obj.Interfaces.Select(i => i.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(doc.Definitions[8]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "OBJECT"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parses_descriptions_on_executable_definitions()
    {
        var doc = Parser.Parse("\"Op\" query Q(\"Var\" $a: Int) { f }\n\"Frag\" fragment F on T { f }");
        Assert.Equal("Op", ((OperationDefinitionNode)doc.Definitions[0]).Description!.Value);
        Assert.Equal("Var", ((OperationDefinitionNode)doc.Definitions[0]).VariableDefinitions[0].Description!.Value);
        Assert.Equal("Frag", ((FragmentDefinitionNode)doc.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Enforces_max_tokens()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c d e }", new ParserOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Deep_nesting_is_a_syntax_error_not_a_stack_overflow(bool selections)
    {
        const int depth = 100_000;
        var text = selections
            ? string.Concat(Enumerable.Repeat("{a", depth)) + new string('}', depth)
            : "{ f(a: " + new string('[', depth) + new string(']', depth) + ") }";
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Contains("nesting is deeper than 200 levels", error.Message);
    }

    [Fact]
    public void Parses_values_and_types()
    {
        Assert.Equal("{a: [1, 2.5, \"s\", ENUM, null, true]}", Printer.Print(Parser.ParseValue("{a: [1 2.5 \"s\" ENUM null true]}")));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[[Int!]]!")));
    }
}
