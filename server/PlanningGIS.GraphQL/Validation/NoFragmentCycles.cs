using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Fragment Spreads Must Not Form Cycles (spec 5.5.2.2). graphql-js NoFragmentCyclesRule: a depth
/// first search over fragment spreads that reports every cycle once, written with an explicit stack
/// so that long fragment chains cannot overflow the call stack.
/// </summary>
public sealed class NoFragmentCycles(ValidationContext context) : ValidationRule(context)
{
    // Fragments already searched (keeps the search linear and reports each cycle once).
    private readonly HashSet<string> _visited = new();

    // The spreads from the fragment where the search started to the current one.
    private readonly List<FragmentSpreadNode> _spreadPath = [];

    // Position in _spreadPath of each fragment on the current path.
    private readonly Dictionary<string, int> _spreadPathIndexByName = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.FragmentDefinition:
                DetectCycles((FragmentDefinitionNode)node);
                return VisitAction.Skip;
            case NodeKind.OperationDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }

    private void DetectCycles(FragmentDefinitionNode root)
    {
        var stack = new Stack<Frame>();
        if (Begin(root, stack) is false)
        {
            return;
        }
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Next == frame.Spreads.Count)
            {
                // Done with this fragment: it leaves the path, and so does the spread that led to it.
                _spreadPathIndexByName.Remove(frame.Name);
                stack.Pop();
                if (stack.Count > 0)
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }
                continue;
            }
            var spreadNode = frame.Spreads[frame.Next++];
            var spreadName = spreadNode.Name.Value;
            _spreadPath.Add(spreadNode);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment && Begin(spreadFragment, stack))
                {
                    continue; // the spread stays on the path until that fragment is done
                }
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var viaPath = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                Context.ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (viaPath.Length > 0 ? $" via {viaPath}." : "."),
                    [.. cyclePath]);
            }
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
    }

    // Starts searching a fragment; false when it was searched before or spreads nothing.
    private bool Begin(FragmentDefinitionNode fragment, Stack<Frame> stack)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return false;
        }
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }
        _spreadPathIndexByName[name] = _spreadPath.Count;
        stack.Push(new Frame(name, spreads));
        return true;
    }
}
