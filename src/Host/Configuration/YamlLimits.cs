using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Denoising.Host.Configuration;

/// <summary>
/// Bounds a YAML text before it becomes a tree. Configs are trusted intent, but they are also files passed around,
/// and two shapes of a few bytes would take the process down: deep nesting (building and walking the tree recurse:
/// 40,000 brackets overflow the stack, which no handler catches) and aliases of aliases (a kilobyte can stand for
/// billions of nodes once something expands them). The check reads YamlDotNet's event stream, which does not recurse.
/// </summary>
public static class YamlLimits
{
    /// <summary>Far deeper than any experiment (a mixture inside a sweep grid is about 8 levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes counted with every alias expanded; an experiment or sweep has a few thousand.</summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>Larger than any config file; checked before it is read.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Where and why <paramref name="yaml"/> goes past a limit, or null. Syntax errors are left to the parser.</summary>
    public static (Mark Position, string Message)? FindViolation(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(string? Anchor, long NodesBefore)>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case Scalar scalar:
                        nodes++;
                        if (!scalar.Anchor.IsEmpty)
                            anchorSizes[scalar.Anchor.Value] = 1;
                        break;
                    case NodeEvent { Start: var start } collection and (SequenceStart or MappingStart):
                        if (open.Count == MaxDepth)
                            return (start, $"nested more than {MaxDepth} levels deep");
                        open.Push((collection.Anchor.IsEmpty ? null : collection.Anchor.Value, nodes));
                        nodes++;
                        break;
                    case SequenceEnd or MappingEnd:
                        var (anchor, before) = open.Pop();
                        if (anchor is not null)
                            anchorSizes[anchor] = nodes - before;
                        break;
                    case AnchorAlias alias:
                        nodes += anchorSizes.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                }
                if (nodes > MaxExpandedNodes)
                    return (parser.Current!.Start, $"more than {MaxExpandedNodes} values once its aliases (*name) are expanded");
            }
        }
        catch (YamlException)
        {
            // A syntax error: the tree parser reports it with its position.
        }
        return null;
    }
}
