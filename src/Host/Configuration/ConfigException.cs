namespace Denoising.Host.Configuration;

/// <summary>An experiment file that cannot run, with every problem found.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public ConfigException(ConfigError error) : this([error])
    {
    }

    public IReadOnlyList<ConfigError> Errors { get; }
}
