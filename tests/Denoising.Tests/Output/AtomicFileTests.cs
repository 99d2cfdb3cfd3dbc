using System.Text;
using Denoising.Host.Output;

namespace Denoising.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Replaces_the_target_and_leaves_no_temporary_file()
    {
        var target = _temp.PathOf("out.txt");
        AtomicFile.WriteAllText(target, "old");

        AtomicFile.WriteAllText(target, "new content");

        Assert.Equal("new content", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Failure_midway_keeps_the_old_content()
    {
        var target = _temp.PathOf("out.txt");
        AtomicFile.WriteAllText(target, "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(target, WriteHalfThenFail));

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Failure_midway_leaves_a_new_target_absent()
    {
        var target = _temp.PathOf("out.txt");

        Assert.Throws<IOException>(() => AtomicFile.Write(target, WriteHalfThenFail));

        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Creates_missing_directories_and_writes_utf8_without_bom()
    {
        var target = Path.Combine(_temp.Path, "a", "b", "out.csv");

        AtomicFile.WriteAllText(target, "é");

        Assert.Equal(Encoding.UTF8.GetBytes("é"), File.ReadAllBytes(target));
    }

    private static void WriteHalfThenFail(Stream stream)
    {
        stream.Write("half written"u8);
        stream.Flush();
        throw new IOException("disk full (simulated)");
    }
}
