using Denoising.Host.Experiments;
using Denoising.Host.Logging;
using Denoising.Host.Models;
using Denoising.Host.Plugins;
using Denoising.Host.Reports;
using Denoising.Host.Running;
using Denoising.Host.Running.Steps;
using Denoising.Host.Sweeps;
using Denoising.Host.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Denoising.Host.Cli;

/// <summary>Builds the generic host: configuration (appsettings.json, DENOISING_ variables), logging and services.</summary>
public static class HostFactory
{
    public static IHost Build(bool verbose = false)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddEnvironmentVariables("DENOISING_");
        builder.Logging.ClearProviders();
        // Configuration names the formatter (Logging__Console__FormatterName=json); without it, the run log's format.
        var formatter = builder.Configuration["Logging:Console:FormatterName"];
        // A terminal gets its lines through Spectre.Console, above the live progress; anything else the plain console log.
        var terminal = TerminalConsole.Detect(customLogFormat: !string.IsNullOrEmpty(formatter));
        builder.Services.AddSingleton(terminal);
        if (terminal.Console is { } console)
            builder.Logging.AddProvider(new TerminalLoggerProvider(console));
        else
            builder.Logging.AddConsole(o => o.FormatterName = string.IsNullOrEmpty(formatter) ? LogLineFormatter.FormatterName : formatter);
        builder.Logging.AddConsoleFormatter<LogLineFormatter, ConsoleFormatterOptions>();
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        AddFramework(builder.Services);
        return builder.Build();
    }

    public static void AddFramework(IServiceCollection services)
    {
        services.TryAddSingleton(TerminalConsole.Plain);
        services.AddSingleton<TrainingDisplay>();
        services.AddSingleton<SweepDisplay>();
        services.AddSingleton<RunLogProvider>();
        services.AddSingleton<ILoggerProvider>(sp => sp.GetRequiredService<RunLogProvider>());
        services.AddOptions<PluginOptions>().BindConfiguration(PluginOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PluginCatalog>();
        services.AddSingleton<ExperimentLoader>();
        services.AddSingleton<ExperimentRunner>();
        services.AddSingleton<IStepExecutor, NoiseStepExecutor>();
        services.AddSingleton<IStepExecutor, TrainStepExecutor>();
        services.AddSingleton<IStepExecutor, DenoiseStepExecutor>();
        services.AddSingleton<IStepExecutor, EvaluateStepExecutor>();
        services.AddSingleton<ModelDescriber>();
        services.AddSingleton<ModelLoader>();
        services.AddSingleton<ModelExporter>();
        services.AddSingleton<ModelImporter>();
        services.AddSingleton<SweepPlanner>();
        services.AddSingleton<SweepRunner>();
        services.AddSingleton<SweepReporter>();
        services.AddSingleton<RunReporter>();
    }
}
