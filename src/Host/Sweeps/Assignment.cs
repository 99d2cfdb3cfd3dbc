using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>One swept key set to one value at a point of the sweep.</summary>
/// <param name="InLabel">Shown in the point's readable label (see <see cref="SweepDefinition.ShownInLabel"/>).</param>
public sealed record Assignment(string Key, string Name, YamlNode Value, bool InLabel = true)
{
    /// <summary>The value as flow YAML, as a <c>--set</c> value.</summary>
    public string Text => YamlFlow.Write(Value);

    public string Label => ValueLabel.Of(Value);

    /// <summary>The <c>key.path=value</c> override that applies it.</summary>
    public string Override => $"{Key}={Text}";
}
