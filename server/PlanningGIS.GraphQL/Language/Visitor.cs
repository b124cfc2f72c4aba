namespace PlanningGIS.GraphQL.Language;

public enum VisitAction : byte
{
    /// <summary>Visit the node's children.</summary>
    Continue,

    /// <summary>Do not visit the node's children, nor leave it (returned from Enter).</summary>
    Skip,

    /// <summary>Stop the whole traversal.</summary>
    Break,
}

/// <summary>
/// A visitor for <see cref="AstWalker"/>. Override Enter/Leave and switch on <c>node.Kind</c>.
/// <paramref name="ancestors"/> is the live path from the root to the node's parent (do not keep it).
/// </summary>
public abstract class AstVisitor
{
    public virtual VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;

    public virtual VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors) => VisitAction.Continue;
}

/// <summary>
/// Depth-first traversal in graphql-js key order. Name nodes and descriptions are not visited
/// (no rule needs them; read them from their parent), which keeps validation cheap.
/// </summary>
public static class AstWalker
{
    public static void Walk(AstNode root, AstVisitor visitor)
    {
        var ancestors = new List<AstNode>(16);
        Visit(root, visitor, ancestors);
    }

    // Returns false when the traversal was broken off.
    private static bool Visit(AstNode node, AstVisitor visitor, List<AstNode> ancestors)
    {
        var action = visitor.Enter(node, ancestors);
        if (action == VisitAction.Break)
        {
            return false;
        }
        if (action == VisitAction.Skip)
        {
            return true; // as graphql-js: a skipped node is not left either
        }
        ancestors.Add(node);
        var ok = VisitChildren(node, visitor, ancestors);
        ancestors.RemoveAt(ancestors.Count - 1);
        return ok && visitor.Leave(node, ancestors) != VisitAction.Break;
    }

    private static bool VisitAll<T>(IReadOnlyList<T> nodes, AstVisitor visitor, List<AstNode> ancestors)
        where T : AstNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i], visitor, ancestors))
            {
                return false;
            }
        }
        return true;
    }

    private static bool VisitOpt(AstNode? node, AstVisitor visitor, List<AstNode> ancestors) =>
        node is null || Visit(node, visitor, ancestors);

    private static bool VisitChildren(AstNode node, AstVisitor v, List<AstNode> a) => node switch
    {
        DocumentNode n => VisitAll(n.Definitions, v, a),
        OperationDefinitionNode n => VisitAll(n.VariableDefinitions, v, a) && VisitAll(n.Directives, v, a) && Visit(n.SelectionSet, v, a),
        VariableDefinitionNode n => Visit(n.Variable, v, a) && Visit(n.Type, v, a) && VisitOpt(n.DefaultValue, v, a) && VisitAll(n.Directives, v, a),
        SelectionSetNode n => VisitAll(n.Selections, v, a),
        FieldNode n => VisitAll(n.Arguments, v, a) && VisitAll(n.Directives, v, a) && VisitOpt(n.SelectionSet, v, a),
        ArgumentNode n => Visit(n.Value, v, a),
        FragmentSpreadNode n => VisitAll(n.Directives, v, a),
        InlineFragmentNode n => VisitOpt(n.TypeCondition, v, a) && VisitAll(n.Directives, v, a) && Visit(n.SelectionSet, v, a),
        FragmentDefinitionNode n => Visit(n.TypeCondition, v, a) && VisitAll(n.Directives, v, a) && Visit(n.SelectionSet, v, a),
        ListValueNode n => VisitAll(n.Values, v, a),
        ObjectValueNode n => VisitAll(n.Fields, v, a),
        ObjectFieldNode n => Visit(n.Value, v, a),
        DirectiveNode n => VisitAll(n.Arguments, v, a),
        ListTypeNode n => Visit(n.Type, v, a),
        NonNullTypeNode n => Visit(n.Type, v, a),
        SchemaDefinitionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.OperationTypes, v, a),
        SchemaExtensionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.OperationTypes, v, a),
        OperationTypeDefinitionNode n => Visit(n.Type, v, a),
        FieldsTypeNode n => VisitAll(n.Interfaces, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        FieldDefinitionNode n => VisitAll(n.Arguments, v, a) && Visit(n.Type, v, a) && VisitAll(n.Directives, v, a),
        InputValueDefinitionNode n => Visit(n.Type, v, a) && VisitOpt(n.DefaultValue, v, a) && VisitAll(n.Directives, v, a),
        UnionTypeDefinitionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.Types, v, a),
        UnionTypeExtensionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.Types, v, a),
        EnumTypeDefinitionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.Values, v, a),
        EnumTypeExtensionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.Values, v, a),
        InputObjectTypeDefinitionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        InputObjectTypeExtensionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        TypeSystemNode n => VisitAll(n.Directives, v, a), // scalar definitions and extensions
        EnumValueDefinitionNode n => VisitAll(n.Directives, v, a),
        DirectiveDefinitionNode n => VisitAll(n.Arguments, v, a),
        _ => true, // leaves: variables, scalar values, named types
    };
}

/// <summary>
/// Runs several visitors over one traversal (graphql-js visitInParallel): each visitor may skip a
/// subtree or break off on its own without affecting the others.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private static readonly AstNode Broken = new NullValueNode();
    private readonly AstVisitor[] _visitors;
    private readonly AstNode?[] _skipping;

    public ParallelVisitor(IReadOnlyList<AstVisitor> visitors)
    {
        _visitors = [.. visitors];
        _skipping = new AstNode?[_visitors.Length];
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }
            var action = _visitors[i].Enter(node, ancestors);
            if (action == VisitAction.Skip)
            {
                _skipping[i] = node;
            }
            else if (action == VisitAction.Break)
            {
                _skipping[i] = Broken;
            }
        }
        return VisitAction.Continue;
    }

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (_visitors[i].Leave(node, ancestors) == VisitAction.Break)
                {
                    _skipping[i] = Broken;
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }
        return VisitAction.Continue;
    }
}
