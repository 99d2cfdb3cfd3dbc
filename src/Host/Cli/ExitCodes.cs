namespace Denoising.Host.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int RunFailed = 1;
    public const int InvalidConfig = 2;

    /// <summary>The run folder is in use by another process (EX_TEMPFAIL: try again later).</summary>
    public const int Busy = 75;
    public const int Cancelled = 130;
}
