namespace Denoising.Host.Configuration;

/// <summary>One problem in an experiment file: where it is and what was expected.</summary>
/// <param name="Location">"file:line:column" or "--set key=value" for an override.</param>
/// <param name="KeyPath">Dotted path of the key, such as <c>steps[1].training.epochs</c>.</param>
public sealed record ConfigError(string Location, string KeyPath, string Message)
{
    public override string ToString() =>
        string.IsNullOrEmpty(KeyPath) ? $"{Location}: {Message}" : $"{Location}: {KeyPath}: {Message}";
}
