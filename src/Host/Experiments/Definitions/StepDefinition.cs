using System.ComponentModel.DataAnnotations;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>
/// One node of the experiment graph. Its inputs name dataset splits or other steps by id. A new kind of step is a
/// definition (what it reads and produces) and an executor; the graph checks and orders it from these alone.
/// </summary>
public abstract class StepDefinition
{
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_-]*$", ErrorMessage = "'id' must start with a letter and hold only letters, digits, '-' and '_'")]
    public string Id { get; set; } = "";

    /// <summary>The step's kind as written in YAML (<c>kind: train</c>).</summary>
    public abstract string Kind { get; }

    /// <summary>What the step publishes under its id.</summary>
    public abstract OutputKind Produces { get; }

    /// <summary>The references this step reads, each with the kind of output it needs.</summary>
    public abstract IEnumerable<StepInput> References { get; }

    /// <summary>The YAML mapping the step was read from, for error positions.</summary>
    internal YamlMappingNode? Source { get; set; }

    /// <summary>The step's key path in the file, e.g. <c>steps[2]</c>.</summary>
    internal string KeyPath { get; set; } = "";
}

/// <summary>A reference from a step to another output.</summary>
public sealed record StepInput(StepReference Reference, OutputKind Expected);

/// <summary>What a step produces.</summary>
public enum OutputKind
{
    Images,

    /// <summary>Images made from clean ones, which they keep: noisy and clean pairs. Read wherever images are.</summary>
    NoisyImages,
    Model,
    Metrics,
}
