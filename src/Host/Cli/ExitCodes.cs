namespace Denoising.Host.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int RunFailed = 1;
    public const int InvalidConfig = 2;
    public const int Cancelled = 130;
}
