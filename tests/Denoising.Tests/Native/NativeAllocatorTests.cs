using System.Text.Json;
using Denoising.Native;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Native;

public sealed class NativeAllocatorTests
{
    private const string Installed = "/usr/lib/x86_64-linux-gnu/libjemalloc.so.2";

    [Fact]
    public void Restarts_with_jemalloc_by_default_when_it_is_installed()
    {
        var plan = NativeAllocator.Plan(setting: null, restarted: null, loaded: false, Installed);

        Assert.Equal(Installed, plan.Library);
        Assert.Null(plan.Problem);
    }

    [Theory]
    [InlineData("glibc", null, false, Installed)] // the user's choice
    [InlineData(null, null, true, Installed)] // preloaded already (by the user, or inherited from a sweep's parent)
    [InlineData("jemalloc", null, false, null)] // not installed: glibc with the memory policy
    public void Stays_with_the_malloc_it_has(string? setting, string? restarted, bool loaded, string? installed)
    {
        Assert.Equal(AllocatorPlan.Nothing, NativeAllocator.Plan(setting, restarted, loaded, installed));
    }

    [Fact]
    public void Never_restarts_twice_when_the_preload_did_not_take()
    {
        var plan = NativeAllocator.Plan(setting: null, restarted: "1", loaded: false, Installed);

        Assert.Null(plan.Library);
        Assert.Contains("does not serve malloc", plan.Problem);
    }

    [Fact]
    public void Names_the_variable_and_the_choices_for_an_unknown_allocator()
    {
        var plan = NativeAllocator.Plan(setting: "tcmalloc", restarted: null, loaded: false, Installed);

        Assert.Null(plan.Library);
        Assert.Contains("DENOISING_ALLOCATOR='tcmalloc'", plan.Problem);
        Assert.Contains("jemalloc or glibc", plan.Problem);
    }

    [Fact]
    public void A_run_trains_under_jemalloc_and_under_glibc_when_asked()
    {
        Assert.True(NativeAllocator.FindJemalloc() is not null,
            "libjemalloc.so.2 is not installed: apt-get install -y libjemalloc2 (.ci/run does).");
        using var temp = new TempDirectory();
        var config = temp.File("tiny.yaml", TrainedRun.Config);

        // Before RealPaths stopped freeing realpath's buffer through libc's own free, jemalloc aborted this process.
        foreach (var (setting, expected) in new[] { ((string?)null, "jemalloc"), ("glibc", "glibc") })
        {
            var output = Path.Combine(temp.Path, expected);
            var (exitCode, _, errors) = DenoiseCli.Run(
                new Dictionary<string, string?> { ["DENOISING_ALLOCATOR"] = setting, ["LD_PRELOAD"] = null },
                ["run", config, "--out", output]);

            Assert.True(exitCode == 0, errors);
            using var runJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
            Assert.Equal(expected, runJson.RootElement.GetProperty("provenance").GetProperty("allocator").GetString());
            Assert.Equal("completed", runJson.RootElement.GetProperty("state").GetString());
        }
    }
}
