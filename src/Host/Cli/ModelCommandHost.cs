using Denoising.Host.Configuration;
using Denoising.Native;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Cli;

/// <summary>
/// Runs the work of a command that reads or writes a model outside an experiment (apply, export, import) in a started
/// host, and turns its errors into exit codes: bad input 2 with the reason, Ctrl+C 130, a runtime that cannot start 1.
/// </summary>
public static class ModelCommandHost
{
    public static async Task<int> RunAsync(
        string name, bool verbose, Func<IServiceProvider, ILogger, CancellationToken, int> work, CancellationToken cancellationToken)
    {
        using var host = HostFactory.Build(verbose);
        await host.StartAsync(cancellationToken);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(name);
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            return work(host.Services, logger, cancellation.Token);
        }
        catch (ConfigException e)
        {
            return ConfigErrorPrinter.Print(e, "The denoiser");
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or NotSupportedException or ImageDecodingException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.InvalidConfig;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (NativeRuntimeException e)
        {
            logger.LogError("Runtime setup failed: {Message}", e.Message);
            return ExitCodes.RunFailed;
        }
    }
}
