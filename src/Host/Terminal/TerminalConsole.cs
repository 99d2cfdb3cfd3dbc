using Spectre.Console;

namespace Denoising.Host.Terminal;

/// <summary>
/// Whether the console gets live displays (progress bars, a sweep's table of running points): only when standard
/// output and error are both a terminal and the log keeps its own line format. Redirected (tests, CI, log files), the
/// console gets plain log lines only, without escape sequences.
/// </summary>
public sealed class TerminalConsole
{
    private TerminalConsole(IAnsiConsole? console) => Console = console;

    /// <summary>No live display: plain log lines.</summary>
    public static TerminalConsole Plain { get; } = new(null);

    /// <summary>The live console; null when plain.</summary>
    public IAnsiConsole? Console { get; }

    public bool IsLive => Console is not null;

    /// <summary>Live displays on <paramref name="console"/>, whatever it is attached to.</summary>
    public static TerminalConsole Live(IAnsiConsole console) => new(console ?? throw new ArgumentNullException(nameof(console)));

    /// <param name="customLogFormat">The configuration names another console log format (json, systemd...): its lines stay as they are.</param>
    public static TerminalConsole Detect(bool customLogFormat) =>
        customLogFormat || System.Console.IsOutputRedirected || System.Console.IsErrorRedirected
            || !AnsiConsole.Profile.Capabilities.Interactive
            ? Plain
            : Live(AnsiConsole.Console);
}
