using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Denoising.Samples.MedianFilter;

/// <summary>The registered name and description, read from the embedded <c>component.yaml</c>.</summary>
public sealed class ComponentManifest
{
    public const string ResourceName = "component.yaml";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public static ComponentManifest Read()
    {
        using var stream = typeof(ComponentManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The plugin assembly lacks its embedded resource '{ResourceName}'.");
        using var reader = new StreamReader(stream);
        var manifest = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<ComponentManifest>(reader);
        if (string.IsNullOrWhiteSpace(manifest?.Name))
            throw new InvalidDataException($"'{ResourceName}' gives no component name.");
        return manifest;
    }
}
