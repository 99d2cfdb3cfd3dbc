using Denoising.Abstractions;
using Denoising.Host.Models;
using Denoising.Host.Running;
using Denoising.Torch;
using Microsoft.Extensions.DependencyInjection;
using static TorchSharp.torch;

namespace Denoising.Tests.TestSupport;

/// <summary>
/// Model files for export and import tests: freshly initialised networks (batch norm statistics moved away from 0 and
/// 1 so they matter), a patterned test image, and what a model file denoises it to.
/// </summary>
public static class TestModels
{
    public static readonly RuntimeSettings Cpu = new("cpu", 1);

    public static void WriteInitialisedStateDict(IServiceProvider services, string type, string[] settings, ImageShape shape, string path)
    {
        var (_, denoiser) = services.GetRequiredService<ModelLoader>().CreateUntrained(type, settings, [], Cpu);
        using var disposable = (IDisposable)denoiser;
        var state = ((INetworkDenoiser)denoiser).BuildNetwork(shape).state_dict();
        using (no_grad())
        {
            foreach (var (_, tensor) in state.Where(entry => entry.Key.EndsWith("running_mean", StringComparison.Ordinal)))
                tensor.uniform_(-0.2, 0.2);
            foreach (var (_, tensor) in state.Where(entry => entry.Key.EndsWith("running_var", StringComparison.Ordinal)))
                tensor.uniform_(0.5, 2.0);
        }
        StateDictFile.Write(path, StateDictFile.Safetensors, state);
    }

    /// <returns>The path of a model file for <paramref name="shape"/> images, written in <paramref name="directory"/>.</returns>
    public static string CreateInitialisedModel(IServiceProvider services, string type, string[] settings, ImageShape shape, string directory)
    {
        var stateDict = Path.Combine(directory, $"{type}-initialised.safetensors");
        WriteInitialisedStateDict(services, type, settings, shape, stateDict);
        var model = Path.Combine(directory, $"{type}.model");
        services.GetRequiredService<ModelImporter>().Import(stateDict, type, settings, shape, model, [], Cpu);
        return model;
    }

    public static float[] Denoise(IServiceProvider services, string modelPath, Image noisy)
    {
        using var model = services.GetRequiredService<ModelLoader>().Load(modelPath, [], Cpu);
        return model.Denoiser.Denoise([noisy], CancellationToken.None).Single().Pixels.ToArray();
    }

    public static Image PatternImage(int channels, int height, int width) =>
        new("x", channels, height, width, Enumerable.Range(0, channels * height * width).Select(i => (i * 37 % 100) / 100f).ToArray());
}
