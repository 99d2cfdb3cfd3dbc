using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Experiments;

namespace Denoising.Tests.Host;

/// <summary>Paths in configs expand <c>${NAME}</c> and nothing else (docs/security.md).</summary>
public sealed class PathVariablesTests
{
    private static readonly string Base = Path.Combine(Path.GetTempPath(), "experiments");
    private readonly string _variable = "DENOISING_TEST_" + Guid.NewGuid().ToString("N");

    private ComponentContext Context() => TestContexts.For(Base);

    [Fact]
    public void A_braced_variable_is_replaced_by_its_value()
    {
        Environment.SetEnvironmentVariable(_variable, "/data/sets");
        try
        {
            Assert.Equal("/data/sets/bsd68", Context().ResolvePath($"${{{_variable}}}/bsd68"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(_variable, null);
        }
    }

    [Theory]
    [InlineData("%{0}%/../../etc")]
    [InlineData("$HOME/data")]
    [InlineData("~/data")]
    public void Windows_style_bare_and_tilde_forms_stay_as_written(string template)
    {
        Environment.SetEnvironmentVariable(_variable, "/elsewhere");
        try
        {
            var written = string.Format(template, _variable);

            Assert.Equal(Path.GetFullPath(Path.Combine(Base, written)), Context().ResolvePath(written));
        }
        finally
        {
            Environment.SetEnvironmentVariable(_variable, null);
        }
    }

    [Fact]
    public void An_unset_variable_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Context().ResolvePath($"${{{_variable}}}/x"));

        Assert.Contains($"environment variable {_variable}, which is not set", error.Message);
    }

    [Theory]
    [InlineData("${1ABC}/x")]
    [InlineData("${HOME/x")]
    [InlineData("${}/x")]
    public void A_malformed_variable_is_an_error(string written)
    {
        var error = Assert.Throws<ArgumentException>(() => PathVariables.Expand(written, _ => "/value"));

        Assert.Contains("expected ${NAME}", error.Message);
    }

    [Fact]
    public void An_unset_variable_in_plugin_directories_is_reported_where_it_was_written()
    {
        var document = ConfigDocument.Parse("/experiments/x.yaml", $"plugin_directories: [ok, \"${{{_variable}}}/plugins\"]\n");

        var error = Assert.Throws<ConfigException>(() => ExperimentParser.PluginDirectories(document));

        Assert.StartsWith("/experiments/x.yaml:1:26: plugin_directories[1]: ", error.Errors.Single().ToString());
    }
}
