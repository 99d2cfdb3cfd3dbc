using Denoising.Abstractions;

namespace Denoising.Tests.Torch.Support;

internal static class WeightsBytes
{
    /// <summary>The bytes <see cref="ITrainableDenoiser.Save"/> writes: equal bytes mean equal weights.</summary>
    public static byte[] Of(ITrainableDenoiser denoiser)
    {
        var path = Path.Combine(Path.GetTempPath(), $"denoising-weights-{Guid.NewGuid():N}.bin");
        try
        {
            denoiser.Save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
