using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Denoising.Tests.Deploy;

/// <summary>
/// Every fenced snippet of deploy/README.md: YAML sweeps are planned with <c>sweep --list</c>, shell blocks parsed
/// with <c>bash -n</c> and their <c>denoise sweep ... --list</c> commands run with the built host.
/// </summary>
public sealed partial class DeployReadmeTests
{
    private static readonly string ReadmePath = Path.Combine(RepoPaths.Root, "deploy", "README.md");

    private static IReadOnlyList<(string Language, string Text)> Snippets() =>
        Fence().Matches(File.ReadAllText(ReadmePath)).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

    public static TheoryData<string> Yaml() => [.. Snippets().Where(s => s.Language == "yaml").Select(s => s.Text)];

    public static TheoryData<string> Shell() => [.. Snippets().Where(s => s.Language == "bash").Select(s => s.Text)];

    [Fact]
    public void Every_snippet_says_its_language_so_that_none_escapes_these_tests()
    {
        var snippets = Snippets();

        Assert.All(snippets, s => Assert.Contains(s.Language, new[] { "yaml", "bash", "text" }));
        Assert.Equal(2, snippets.Count(s => s.Language == "yaml"));
    }

    [Theory]
    [MemberData(nameof(Yaml))]
    public void The_sweep_is_planned_as_written(string yaml)
    {
        using var temp = new TempDirectory();
        var configs = Directory.CreateDirectory(Path.Combine(temp.Path, "configs")).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Configs, "*.yaml"))
            File.Copy(file, Path.Combine(configs, Path.GetFileName(file)));
        // A sweep file names its base itself; a sweep: section takes the place of seed-cross-noise.yaml's own.
        var path = Path.Combine(configs, "snippet.yaml");
        var crossNoise = File.ReadAllText(Path.Combine(configs, "seed-cross-noise.yaml"));
        File.WriteAllText(path, yaml.StartsWith("sweep:", StringComparison.Ordinal)
            ? crossNoise[..crossNoise.IndexOf("\nsweep:", StringComparison.Ordinal)] + "\n" + yaml
            : yaml);

        var (exitCode, output, errors) = DenoiseCli.Run("sweep", path, "--list");

        Assert.True(exitCode == 0, errors);
        Assert.Matches(@"\n\d+ points\n$", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Shell))]
    public void The_shell_commands_parse_and_their_listings_run(string script)
    {
        var bash = Process.Start(new ProcessStartInfo("bash", ["-n"]) { RedirectStandardInput = true, RedirectStandardError = true })!;
        bash.StandardInput.Write(script);
        bash.StandardInput.Close();
        var syntax = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, syntax);

        foreach (var command in script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
                     .Select(line => line.Split(" #")[0].Trim())
                     .Where(line => HostCommand().IsMatch(line) && line.Contains("--list", StringComparison.Ordinal)))
        {
            var arguments = Regex.Split(HostCommand().Replace(command, ""), @"\s+");
            var (exitCode, output, errors) = DenoiseCli.Run(new Dictionary<string, string?>(), arguments, RepoPaths.Root);
            Assert.True(exitCode == 0, $"{command}\n{errors}");
            Assert.Contains("shard ", output, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^```(\w*)\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(denoise|\$DENOISE)\s+")]
    private static partial Regex HostCommand();
}
