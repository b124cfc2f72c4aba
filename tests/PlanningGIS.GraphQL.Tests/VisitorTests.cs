using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Tests;

public class VisitorTests
{
    // Records "+Kind" on enter and "-Kind" on leave; skips or breaks at the given field.
    private sealed class Recorder(string at, VisitAction action) : AstVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            Events.Add("+" + Describe(node));
            return node is FieldNode { Name.Value: var name } && name == at ? action : VisitAction.Continue;
        }

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            Events.Add("-" + Describe(node));
            return VisitAction.Continue;
        }

        private static string Describe(AstNode node) => node is FieldNode field ? field.Name.Value : node.Kind.ToString();
    }

    [Fact]
    public void A_skipped_node_is_neither_descended_into_nor_left()
    {
        var recorder = new Recorder("a", VisitAction.Skip);
        AstWalker.Walk(Parser.Parse("{ a { b } c }"), recorder);
        Assert.Equal(
            ["+Document", "+OperationDefinition", "+SelectionSet", "+a", "+c", "-c", "-SelectionSet", "-OperationDefinition", "-Document"],
            recorder.Events);
    }

    [Fact]
    public void Break_stops_the_whole_walk()
    {
        var recorder = new Recorder("b", VisitAction.Break);
        AstWalker.Walk(Parser.Parse("{ a { b } c }"), recorder);
        Assert.Equal(["+Document", "+OperationDefinition", "+SelectionSet", "+a", "+SelectionSet", "+b"], recorder.Events);
    }
}
