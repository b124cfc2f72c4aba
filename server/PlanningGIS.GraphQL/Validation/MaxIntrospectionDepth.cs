using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Not a spec rule: graphql@16's recommended MaxIntrospectionDepthRule (part of its specifiedRules),
/// which rejects introspection queries that nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> three deep (directly or through fragments).
/// The search is iterative and remembers fragments known not to reach the limit, so it stays
/// linear where graphql-js's recursion is exponential.
/// </summary>
public sealed class MaxIntrospectionDepth(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListsDepth = 3;

    // Work bound for documents whose fragment cycles defeat the memo (they are invalid anyway).
    private const int MaxSteps = 200_000;

    // (fragment, depth) known not to reach the limit when entered at that depth.
    private readonly HashSet<(string Fragment, int Depth)> _safe = new();
    private int _steps;

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind == NodeKind.Field && ((FieldNode)node).Name.Value is "__schema" or "__type")
        {
            if (ExceedsDepth((FieldNode)node))
            {
                Context.ReportError("Maximum introspection depth exceeded", node);
                return VisitAction.Skip;
            }
        }
        return VisitAction.Continue;
    }

    private sealed class Frame(SelectionSetNode set, int depth, string? fragment)
    {
        public SelectionSetNode Set { get; } = set;

        public int Depth { get; } = depth;

        public string? Fragment { get; } = fragment;

        public int Next { get; set; }

        // A fragment spread was cut off because its fragment was on the path: the result depends on the path.
        public bool Cut { get; set; }
    }

    private bool ExceedsDepth(FieldNode root)
    {
        if (root.SelectionSet is null)
        {
            return false;
        }
        var visiting = new HashSet<string>();
        var stack = new Stack<Frame>();
        stack.Push(new Frame(root.SelectionSet, 0, null));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Next == frame.Set.Selections.Count)
            {
                stack.Pop();
                if (frame.Fragment is { } name)
                {
                    visiting.Remove(name);
                    if (!frame.Cut)
                    {
                        _safe.Add((name, frame.Depth));
                    }
                }
                if (frame.Cut && stack.Count > 0)
                {
                    stack.Peek().Cut = true;
                }
                continue;
            }
            if (++_steps > MaxSteps)
            {
                return false;
            }
            var selection = frame.Set.Selections[frame.Next++];
            switch (selection)
            {
                case FieldNode field:
                    var depth = frame.Depth;
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                    {
                        return true;
                    }
                    if (field.SelectionSet is not null)
                    {
                        stack.Push(new Frame(field.SelectionSet, depth, null));
                    }
                    break;
                case InlineFragmentNode inline:
                    stack.Push(new Frame(inline.SelectionSet, frame.Depth, null));
                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    if (visiting.Contains(fragmentName))
                    {
                        frame.Cut = true;
                    }
                    else if (!_safe.Contains((fragmentName, frame.Depth)) && Context.GetFragment(fragmentName) is { } fragment)
                    {
                        visiting.Add(fragmentName);
                        stack.Push(new Frame(fragment.SelectionSet, frame.Depth, fragmentName));
                    }
                    break;
            }
        }
        return false;
    }
}
