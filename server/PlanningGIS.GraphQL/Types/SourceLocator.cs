using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Types;

/// <summary>Finds which of several parsed documents holds a node (by reference): the file an SDL error is in. Runs only when a build fails.</summary>
internal static class SourceLocator
{
    public static DocumentNode? Find(IReadOnlyList<DocumentNode> documents, AstNode node)
    {
        foreach (var document in documents)
        {
            var finder = new Finder(node);
            AstWalker.Walk(document, finder);
            if (finder.Found)
            {
                return document;
            }
        }
        return null;
    }

    private sealed class Finder(AstNode target) : AstVisitor
    {
        public bool Found { get; private set; }

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            // The walker does not visit names, so a name is found through the node it names.
            Found = ReferenceEquals(node, target)
                || (target is NameNode && ReferenceEquals(node.GetType().GetProperty("Name")?.GetValue(node), target));
            return Found ? VisitAction.Break : VisitAction.Continue;
        }
    }
}
