using System.CommandLine;
using System.CommandLine.Parsing;
using Denoising.Host.Sweeps;

namespace Denoising.Host.Cli;

/// <summary>
/// Which shard of a sweep to run: <c>--shard K/N</c> (1-based), or a scheduler's task number as given,
/// <c>--shard-index I --shard-count N</c> (see <see cref="Shard.FromTaskNumber"/>).
/// </summary>
public sealed class ShardOptions
{
    private readonly Option<string?> _shard = new("--shard") { Description = "Run shard K of N (1-based), e.g. 2/4; N shards together run every point once." };
    private readonly Option<int?> _index = new("--shard-index")
    {
        Description = "Run shard (I mod N)+1 of --shard-count N: a job array's task id or a completion index as given, from 0 or 1.",
    };
    private readonly Option<int?> _count = new("--shard-count") { Description = "Number of shards, with --shard-index." };

    public void AddTo(Command command)
    {
        command.Options.Add(_shard);
        command.Options.Add(_index);
        command.Options.Add(_count);
        command.Validators.Add(Validate);
    }

    /// <exception cref="FormatException">--shard is not K/N with 1 &lt;= K &lt;= N.</exception>
    public Shard? Get(ParseResult parse) =>
        parse.GetValue(_shard) is { } text ? Shard.Parse(text)
        : parse.GetValue(_index) is { } index ? Shard.FromTaskNumber(index, parse.GetValue(_count)!.Value)
        : null;

    private void Validate(CommandResult result)
    {
        var index = result.GetValue(_index);
        var count = result.GetValue(_count);
        if (result.GetResult(_shard) is not null && (index is not null || count is not null))
            result.AddError("--shard K/N and --shard-index/--shard-count choose the same thing: give one of them");
        else if (index is null != count is null)
            result.AddError("--shard-index and --shard-count go together, e.g. --shard-index $SLURM_ARRAY_TASK_ID --shard-count 4");
        if (index < 0)
            result.AddError($"--shard-index must be 0 or more; got {index}");
        if (count < 1)
            result.AddError($"--shard-count must be 1 or more; got {count}");
    }
}
