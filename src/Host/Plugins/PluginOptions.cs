using System.ComponentModel.DataAnnotations;

namespace Denoising.Host.Plugins;

/// <summary>Host settings for plugin discovery, bound from the "Plugins" configuration section.</summary>
public sealed class PluginOptions
{
    public const string Section = "Plugins";

    /// <summary>Folders searched in every run, besides those named by a config or on the command line.</summary>
    [Required]
    public List<string> Directories { get; set; } = [Path.Combine(AppContext.BaseDirectory, "plugins")];

    /// <summary>
    /// Loads plugins whose files or folders other users may write (refused by default: whoever can write them runs
    /// code as you). Set with DENOISING_Plugins__AllowWritableByOthers=true; docs/security.md says when that is safe.
    /// </summary>
    public bool AllowWritableByOthers { get; set; }
}
