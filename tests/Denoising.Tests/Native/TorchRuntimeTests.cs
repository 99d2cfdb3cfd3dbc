using Denoising.Abstractions;
using Denoising.Native;
using Denoising.Torch;
using TorchSharp;

namespace Denoising.Tests.Native;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void Initialises_once_from_many_threads_and_computes()
    {
        var devices = Enumerable.Range(0, 4)
            .AsParallel()
            .Select(_ => TorchCompute.Apply(new RuntimeSettings("cpu", 2)))
            .ToList();

        Assert.All(devices, d => Assert.Equal(DeviceType.CPU, d.type));
        Assert.Equal(2, torch.get_num_threads());
        using var left = torch.tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using var right = torch.tensor(new float[] { 5, 6, 7, 8 }, [2, 2]);
        using var product = torch.matmul(left, right);
        Assert.Equal([19f, 22f, 43f, 50f], product.data<float>().ToArray());
    }

    [Fact]
    public void Reports_an_unknown_device_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => TorchCompute.Apply(new RuntimeSettings("gpu0", 0)));

        Assert.Contains("'gpu0'", error.Message);
        Assert.Contains("cuda:N", error.Message);
    }

    [Fact]
    public void Reports_missing_cuda_clearly()
    {
        // The tests reference the CPU libtorch only, so CUDA is never available here.
        var error = Assert.Throws<InvalidOperationException>(() => TorchCompute.Apply(new RuntimeSettings("cuda:0", 0)));

        Assert.StartsWith("device 'cuda:0' asks for CUDA, which is not available", error.Message, StringComparison.Ordinal);
        Assert.Contains("-p:TorchBackend=cuda", error.Message);
        Assert.Contains("docs/gpu.md", error.Message);
        Assert.Contains("device: cpu", error.Message);
    }

    [Theory]
    [InlineData("cpu", DeviceType.CPU, -1)]
    [InlineData(" CUDA ", DeviceType.CUDA, -1)]
    [InlineData("cuda:3", DeviceType.CUDA, 3)]
    public void Parses_device_names(string text, DeviceType type, int index)
    {
        var request = TorchDeviceRequest.Parse(text);

        Assert.Equal((type, index), (request.Type, request.Index));
    }

    [Theory]
    [InlineData("cuda:")]
    [InlineData("cuda:-1")]
    [InlineData("")]
    public void Rejects_malformed_devices(string text) =>
        Assert.Throws<ArgumentException>(() => TorchDeviceRequest.Parse(text));

    [Fact]
    public void Patches_the_glue_only_when_this_machines_lib_std_cxx_lacks_a_version()
    {
        TorchRuntime.EnsureLoaded();
        var glue = NativeLibraryLocator.FindLibTorchSharp(NativeLibraryLocator.FindLibTorchDirectory());
        var plan = LibStdCxxPatchPlan.Create(
            ElfSymbolVersions.ReadRequirements(ElfFile.Parse(File.ReadAllBytes(glue), glue)),
            LibStdCxx.ProvidedVersions(LibStdCxx.Locate()!));

        Assert.Equal(plan.IsNeeded, TorchRuntime.LoadedLibTorchSharpPath != glue);
    }
}
