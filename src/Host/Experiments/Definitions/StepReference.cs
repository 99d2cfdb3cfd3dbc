using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>
/// A name a step reads (a dataset split such as <c>faces.test</c> or another step's id), with the key path and node
/// it was written at, so that the graph checks point at the reference itself.
/// </summary>
/// <param name="KeyPath">Where the binder found it, e.g. <c>steps[3].inputs[1]</c>.</param>
public sealed record StepReference(string Name, string KeyPath, YamlNode Node)
{
    public override string ToString() => Name;
}
