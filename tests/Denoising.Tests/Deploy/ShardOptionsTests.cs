using System.CommandLine;
using Denoising.Host.Cli;
using Denoising.Host.Sweeps;

namespace Denoising.Tests.Deploy;

/// <summary>How <c>sweep</c> reads the shard it runs from its command line (what the Slurm and Kubernetes jobs pass).</summary>
public sealed class ShardOptionsTests
{
    private readonly ShardOptions _options = new();
    private readonly Command _command = new("sweep");

    public ShardOptionsTests() => _options.AddTo(_command);

    private ParseResult Parse(string arguments) => _command.Parse(arguments);

    [Theory]
    [InlineData("--shard 2/4", 2, 4)]
    [InlineData("--shard-index 1 --shard-count 4", 2, 4)]
    [InlineData("--shard-index 0 --shard-count 4", 1, 4)]
    [InlineData("--shard-index 4 --shard-count 4", 1, 4)]
    public void Reads_k_of_n_or_a_task_number_and_count(string arguments, int index, int count)
    {
        var parse = Parse(arguments);

        Assert.Empty(parse.Errors);
        Assert.Equal(new Shard(index, count), _options.Get(parse));
    }

    [Fact]
    public void No_shard_option_runs_the_whole_sweep() => Assert.Null(_options.Get(Parse("")));

    [Theory]
    [InlineData("--shard-index 3", "go together")]
    [InlineData("--shard-count 4", "go together")]
    [InlineData("--shard 1/4 --shard-index 0 --shard-count 4", "give one of them")]
    [InlineData("--shard-index -1 --shard-count 4", "--shard-index must be 0 or more")]
    [InlineData("--shard-index 0 --shard-count 0", "--shard-count must be 1 or more")]
    public void Refuses_incomplete_or_conflicting_shard_options(string arguments, string message) =>
        Assert.Contains(Parse(arguments).Errors, e => e.Message.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void The_sweep_command_takes_the_task_number_form() =>
        Assert.Empty(SweepCommand.Create().Parse("sweep.yaml --shard-index 3 --shard-count 4 --list").Errors);
}
