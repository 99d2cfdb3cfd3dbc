namespace Denoising.Tests.Output;

/// <summary>A fresh directory per test, deleted afterwards (xunit creates one test class instance per test).</summary>
public abstract class TemporaryDirectoryTest : IDisposable
{
    protected TemporaryDirectoryTest() => Directory.CreateDirectory(WorkDirectory);

    protected string WorkDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "denoising-output-" + Guid.NewGuid().ToString("N"));

    protected string FileIn(string name) => Path.Combine(WorkDirectory, name);

    public void Dispose()
    {
        Directory.Delete(WorkDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
