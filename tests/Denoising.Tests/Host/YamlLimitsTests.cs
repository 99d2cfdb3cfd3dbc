using Denoising.Host.Cli;
using Denoising.Host.Configuration;

namespace Denoising.Tests.Host;

/// <summary>A few bytes of YAML must not take the process down (issue: stack overflow, alias bombs).</summary>
public sealed class YamlLimitsTests
{
    private static string AliasBomb(int levels)
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level <= levels; level++)
            lines.Add($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]");
        lines.Add($"sweep: {{ grid: {{ seed: *a{levels} }} }}");
        return string.Join('\n', lines) + '\n';
    }

    [Fact]
    public void Nesting_past_the_limit_is_a_positioned_error_even_far_past_the_stack()
    {
        var yaml = "name: x\nsteps: " + new string('[', 40_000) + new string(']', 40_000) + "\n";

        var error = Assert.Throws<ConfigException>(() => ConfigDocument.Parse("/configs/deep.yaml", yaml));

        var single = Assert.Single(error.Errors);
        Assert.StartsWith("/configs/deep.yaml:2:", single.Location);
        Assert.Contains($"nested more than {YamlLimits.MaxDepth} levels deep", single.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var yaml = "name: x\nsteps: " + new string('[', YamlLimits.MaxDepth - 1) + new string(']', YamlLimits.MaxDepth - 1) + "\n";

        Assert.NotNull(ConfigDocument.Parse("/configs/ok.yaml", yaml));
    }

    [Fact]
    public void Aliases_standing_for_too_many_values_are_refused_where_the_budget_runs_out()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigDocument.Parse("/configs/bomb.yaml", AliasBomb(8)));

        var single = Assert.Single(error.Errors);
        Assert.StartsWith("/configs/bomb.yaml:7:", single.Location);
        Assert.Contains("aliases", single.Message);
    }

    [Fact]
    public void Ordinary_aliases_are_fine()
    {
        var document = ConfigDocument.Parse("/configs/ok.yaml", AliasBomb(2));

        Assert.NotNull(document.Root);
    }

    [Fact]
    public void An_override_is_bounded_too()
    {
        var document = ConfigDocument.Parse("/configs/ok.yaml", "name: x\n");

        var error = Assert.Throws<ConfigException>(() => document.ApplyOverride("steps=" + new string('[', 1000) + new string(']', 1000)));

        Assert.Contains("nested more than", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Printed_errors_are_capped_in_number_and_length()
    {
        var errors = Enumerable.Range(0, 120).Select(i => new ConfigError($"x.yaml:{i}:1", "steps", new string('v', 5000))).ToList();
        var console = new StringWriter();
        var original = Console.Error;
        Console.SetError(console);
        try
        {
            ConfigErrorPrinter.Print(new ConfigException(errors));
        }
        finally
        {
            Console.SetError(original);
        }

        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ConfigErrorPrinter.MaxPrinted + 2, lines.Length);
        Assert.EndsWith("and 70 more", lines[^1].TrimEnd());
        Assert.All(lines, line => Assert.True(line.Length < ConfigErrorPrinter.MaxLineLength + 60, $"{line.Length} characters"));
    }
}
