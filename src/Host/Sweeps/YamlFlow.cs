using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Writes a YAML node as one line of flow YAML (<c>{type: gaussian, sigma: 0.1}</c>), the form a <c>--set</c>
/// value takes, with YamlDotNet's emitter: lists and mappings in flow style, scalars plain where YAML reads them
/// back unchanged, else quoted. The host binds scalars by their text, so quoting never changes a value; the
/// original quoting is dropped so that equal values are written alike. Canonical text also sorts mapping keys.
/// </summary>
public static class YamlFlow
{
    private static readonly EmitterSettings OneLine = EmitterSettings.Default.WithBestWidth(int.MaxValue);

    public static string Write(YamlNode node, bool canonical = false)
    {
        var text = new StringWriter();
        new YamlStream(new YamlDocument(FlowCopy(node, canonical))).Save(new OpenEnded(new Emitter(text, OneLine)), assignAnchors: false);
        return text.ToString().TrimEnd('\r', '\n');
    }

    private static YamlNode FlowCopy(YamlNode node, bool canonical) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = ScalarStyle.Any },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(child => FlowCopy(child, canonical))) { Style = SequenceStyle.Flow },
        YamlMappingNode mapping => new YamlMappingNode(
            (canonical ? mapping.Children.OrderBy(entry => Write(entry.Key, canonical), StringComparer.Ordinal) : mapping.Children.AsEnumerable())
            .Select(entry => KeyValuePair.Create(FlowCopy(entry.Key, canonical), FlowCopy(entry.Value, canonical))))
        {
            Style = MappingStyle.Flow,
        },
        _ => throw new ArgumentException($"cannot write a YAML {node.NodeType} node ({node}) as a value"),
    };

    /// <summary>Ends the document without the <c>...</c> marker that a saved document gets.</summary>
    private sealed class OpenEnded(IEmitter emitter) : IEmitter
    {
        public void Emit(ParsingEvent @event) => emitter.Emit(@event is DocumentEnd ? new DocumentEnd(isImplicit: true) : @event);
    }
}
