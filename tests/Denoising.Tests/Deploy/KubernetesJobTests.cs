using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Denoising.Tests.Deploy;

/// <summary>
/// deploy/kubernetes/sweep-job.yaml, read as Kubernetes reads it: the fields that decide how shards run and retry,
/// and the sweep command line each pod runs. (kubectl apply --dry-run=client needs a server to map kinds; the
/// OpenAPI schema check without one is deploy/kubernetes/schema-check.)
/// </summary>
public sealed partial class KubernetesJobTests
{
    private static readonly string ManifestPath = Path.Combine(RepoPaths.Root, "deploy", "kubernetes", "sweep-job.yaml");

    private static YamlMappingNode Job()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(ManifestPath))
            stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Single(d => Scalar(d, "kind") == "Job");
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static string Scalar(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    private static YamlMappingNode Container(YamlMappingNode job) =>
        (YamlMappingNode)((YamlSequenceNode)At(job, "spec", "template", "spec", "containers")).Single();

    private static Dictionary<string, string> LiteralEnvironment(YamlMappingNode container) =>
        ((YamlSequenceNode)At(container, "env")).Cast<YamlMappingNode>()
            .Where(v => v.Children.ContainsKey(new YamlScalarNode("value")))
            .ToDictionary(v => Scalar(v, "name"), v => Scalar(v, "value"));

    [Fact]
    public void Shards_are_indexes_retried_each_on_their_own()
    {
        var job = Job();

        Assert.Equal("Indexed", Scalar(job, "spec", "completionMode"));
        Assert.Equal(Scalar(job, "spec", "completions"), LiteralEnvironment(Container(job))["SHARDS"]);
        Assert.True(int.Parse(Scalar(job, "spec", "backoffLimitPerIndex"), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("Never", Scalar(job, "spec", "template", "spec", "restartPolicy")); // podFailurePolicy requires it
    }

    [Fact]
    public void An_invalid_config_exit_2_fails_the_job_without_retries()
    {
        var job = Job();
        var rules = ((YamlSequenceNode)At(job, "spec", "podFailurePolicy", "rules")).Cast<YamlMappingNode>();

        var onExit2 = rules.Single(r => r.Children.ContainsKey(new YamlScalarNode("onExitCodes"))
            && ((YamlSequenceNode)At(r, "onExitCodes", "values")).Cast<YamlScalarNode>().Any(v => v.Value == "2"));
        Assert.Equal("FailJob", Scalar(onExit2, "action"));
        Assert.Equal("In", Scalar(onExit2, "onExitCodes", "operator"));
        Assert.Equal(Scalar(Container(job), "name"), Scalar(onExit2, "onExitCodes", "containerName"));
    }

    [Fact]
    public void Cpu_and_memory_limits_equal_the_requests_and_set_the_thread_count()
    {
        var container = Container(Job());

        foreach (var resource in new[] { "cpu", "memory" })
            Assert.Equal(Scalar(container, "resources", "requests", resource), Scalar(container, "resources", "limits", resource));
        var processorCount = ((YamlSequenceNode)At(container, "env")).Cast<YamlMappingNode>().Single(v => Scalar(v, "name") == "DOTNET_PROCESSOR_COUNT");
        Assert.Equal("limits.cpu", Scalar(processorCount, "valueFrom", "resourceFieldRef", "resource"));
    }

    [Fact]
    public void The_pods_run_the_image_user_that_the_dockerfile_creates()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "container", "Dockerfile"));
        var uid = UserId().Match(dockerfile).Groups[1].Value;

        Assert.Equal(uid, Scalar(Job(), "spec", "template", "spec", "securityContext", "runAsUser"));
        Assert.Contains("USER denoise", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"/app/denoise\"]", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void The_four_pods_run_the_four_shards_of_the_sweep_once()
    {
        var container = Container(Job());
        var environment = LiteralEnvironment(container);
        var points = new List<string>();

        for (var index = 0; index < 4; index++)
        {
            environment["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // $(VAR) as Kubernetes expands it; the shared volume's configs are the repository's here.
            var arguments = ((YamlSequenceNode)At(container, "args")).Cast<YamlScalarNode>()
                .Select(a => KubernetesVariable().Replace(a.Value!, m => environment[m.Groups[1].Value]))
                .Select(a => a.Replace("/data/configs/", RepoPaths.Configs + "/", StringComparison.Ordinal))
                .Append("--list")
                .ToArray();
            var (exitCode, output, errors) = DenoiseCli.Run(arguments);
            Assert.True(exitCode == 0, errors);
            Assert.All(PointLine().Matches(output), m => Assert.Equal($"{index + 1}/4", m.Groups[1].Value));
            points.AddRange(PointLine().Matches(output).Select(m => m.Groups[2].Value));
        }

        Assert.Equal(10, points.Count);
        Assert.Equal(points.Count, points.Distinct().Count());
    }

    [GeneratedRegex(@"\$\(([A-Z_]+)\)")]
    private static partial Regex KubernetesVariable();

    [GeneratedRegex(@"shard (\d+/\d+)\s+(\S+)")]
    private static partial Regex PointLine();

    [GeneratedRegex(@"useradd[^\n]*--uid (\d+)")]
    private static partial Regex UserId();
}
