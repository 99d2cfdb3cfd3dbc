using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>The top level of an experiment file, apart from its steps.</summary>
public sealed class ExperimentOptions
{
    /// <summary>One safe folder name: it becomes runs/NAME-TIME, so no separators, no leading dot, no control characters.</summary>
    public const string NamePattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";

    [Description("Name of the experiment; names the run folder. Defaults to the file name.")]
    [RegularExpression(NamePattern, ErrorMessage = "'name' must be one folder name: 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit")]
    public string? Name { get; set; }

    [Description("Seed from which every step's seed is derived.")]
    [Range(0, int.MaxValue)]
    public int Seed { get; set; }

    [Description("cpu, cuda or cuda:N.")]
    [RegularExpression("^(cpu|cuda(:[0-9]+)?)$", ErrorMessage = "'device' must be cpu, cuda or cuda:N")]
    public string Device { get; set; } = "cpu";

    [Description("Compute threads; 0 uses every core.")]
    [Range(0, 1024)]
    public int Threads { get; set; }

    [Description("Write TensorBoard event files of every train step under the run folder's tensorboard/STEP (view with tensorboard --logdir RUN/tensorboard).")]
    public bool Tensorboard { get; set; }

    [Description("Folder that relative paths in component options resolve against; default: this file's folder. A run folder's config.yaml names the original file's folder here, so it replays from anywhere.")]
    public string? BaseDirectory { get; set; }

    [Description("Extra folders to search for plugins, relative to this file.")]
    public List<string> PluginDirectories { get; set; } = [];

    [Description("Named datasets; steps read NAME.train, NAME.test or NAME.")]
    public Dictionary<string, DatasetDefinition> Datasets { get; set; } = new();
}
