using Denoising.Abstractions;

namespace Denoising.Tests.Torch.Support;

/// <summary>Keeps every training report, on the training thread (unlike <see cref="Progress{T}"/>, which posts them).</summary>
public sealed class ReportList : List<TrainingProgress>, IProgress<TrainingProgress>
{
    public void Report(TrainingProgress value) => Add(value);
}
