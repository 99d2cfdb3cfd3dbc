using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Sweeps;

/// <summary>Tiny experiments for sweep tests: synthetic 8x8 images, two noise steps and an evaluate step only.</summary>
public static class SweepYaml
{
    public const string Experiment = """
        name: tiny
        seed: 3
        datasets:
          shapes:
            source: { type: synthetic, count: 8, height: 8, width: 8, seed: 1 }
            test_fraction: 0.5
        steps:
          - id: noisy
            kind: noise
            input: shapes.test
            noise: { type: gaussian, sigma: 0.1 }
          - id: salty
            kind: noise
            input: shapes.test
            noise: { type: salt-and-pepper, amount: 0.05 }
          - id: eval
            kind: evaluate
            reference: shapes.test
            inputs: [noisy, salty]
            grid: { columns: 0 }
        """;

    /// <summary>The experiment with <paramref name="sweep"/> (indented YAML lines) as its sweep section, written to a file.</summary>
    public static string Write(TempDirectory temp, string sweep, string name = "tiny.yaml") =>
        temp.File(name, $"{Experiment}\nsweep:\n{Indent(sweep)}\n");

    /// <summary>The sweep definition of a section given as YAML text.</summary>
    public static SweepDefinition Parse(string sweep)
    {
        var document = ConfigDocument.Parse("sweep.yaml", $"sweep:\n{Indent(sweep)}\n");
        return SweepParser.Parse(document, (YamlDotNet.RepresentationModel.YamlMappingNode)document.Root.Children.Single().Value, "sweep");
    }

    public static IReadOnlyList<IReadOnlyList<Assignment>> Expand(string sweep) => SweepExpander.Expand(Parse(sweep));

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(line => "  " + line));
}
