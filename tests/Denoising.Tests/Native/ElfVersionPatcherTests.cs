using Denoising.Native;

namespace Denoising.Tests.Native;

public sealed class ElfVersionPatcherTests
{
    private static byte[] SampleLibrary() => TinyElf.WithRequirements(
        ("libstdc++.so.6", [("GLIBCXX_3.4", 0), ("GLIBCXX_3.4.32", 0), ("CXXABI_1.3", 0)]),
        ("libc.so.6", [("GLIBC_2.34", 0)]));

    [Fact]
    public void Reads_every_requirement_with_its_library()
    {
        var requirements = ElfSymbolVersions.ReadRequirements(ElfFile.Parse(SampleLibrary(), "sample"));

        Assert.Equal(
            ["libstdc++.so.6/GLIBCXX_3.4", "libstdc++.so.6/GLIBCXX_3.4.32", "libstdc++.so.6/CXXABI_1.3", "libc.so.6/GLIBC_2.34"],
            requirements.Select(r => $"{r.LibraryName}/{r.VersionName}"));
        Assert.All(requirements, r => Assert.False(r.IsWeak));
    }

    [Fact]
    public void Sets_only_the_weak_bit_of_the_named_requirement()
    {
        var original = SampleLibrary();
        var untouched = (byte[])original.Clone();

        var patched = ElfVersionPatcher.MarkWeak(original, "sample", "libstdc++.so.6", ["GLIBCXX_3.4.32"]);

        Assert.Equal(untouched, original);
        var target = ElfSymbolVersions.ReadRequirements(ElfFile.Parse(original, "sample")).Single(r => r.VersionName == "GLIBCXX_3.4.32");
        Assert.Equal(new[] { target.FlagsOffset }, DifferingOffsets(original, patched));
        Assert.Equal(ElfSymbolVersions.WeakFlag, patched[target.FlagsOffset]);
        var after = ElfSymbolVersions.ReadRequirements(ElfFile.Parse(patched, "patched"));
        Assert.Equal(["GLIBCXX_3.4.32"], after.Where(r => r.IsWeak).Select(r => r.VersionName));
    }

    [Fact]
    public void Patching_twice_gives_the_same_bytes()
    {
        var once = ElfVersionPatcher.MarkWeak(SampleLibrary(), "sample", "libstdc++.so.6", ["GLIBCXX_3.4.32"]);
        var twice = ElfVersionPatcher.MarkWeak(once, "once", "libstdc++.so.6", ["GLIBCXX_3.4.32"]);

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Rejects_a_version_the_file_does_not_require()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            ElfVersionPatcher.MarkWeak(SampleLibrary(), "sample.so", "libc.so.6", ["GLIBCXX_3.4.32"]));

        Assert.Contains("sample.so", error.Message);
        Assert.Contains("GLIBCXX_3.4.32", error.Message);
    }

    [Fact]
    public void Rejects_a_file_that_is_not_elf()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfFile.Parse(new byte[128], "notes.txt"));

        Assert.Contains("notes.txt", error.Message);
    }

    [Fact]
    public void Patches_the_real_lib_torch_sharp_in_one_byte()
    {
        var path = NativeLibraryLocator.FindLibTorchSharp(NativeLibraryLocator.FindLibTorchDirectory());
        var original = File.ReadAllBytes(path);
        var requirement = ElfSymbolVersions.ReadRequirements(ElfFile.Parse(original, path))
            .Single(r => r.LibraryName == "libstdc++.so.6" && r.VersionName == "GLIBCXX_3.4.32");

        var patched = ElfVersionPatcher.MarkWeak(original, path, "libstdc++.so.6", ["GLIBCXX_3.4.32"]);

        Assert.False(requirement.IsWeak);
        Assert.Equal([requirement.FlagsOffset], DifferingOffsets(original, patched));
        Assert.True(ElfSymbolVersions.ReadRequirements(ElfFile.Parse(patched, path)).Single(r => r.VersionName == "GLIBCXX_3.4.32").IsWeak);
    }

    [Fact]
    public void Reads_version_definitions()
    {
        var defined = ElfSymbolVersions.ReadDefinitions(ElfFile.Parse(TinyElf.WithDefinitions("libstdc++.so.6", "GLIBCXX_3.4", "GLIBCXX_3.4.30"), "tiny"));

        Assert.Equal(["GLIBCXX_3.4", "GLIBCXX_3.4.30", "libstdc++.so.6"], defined.Order(StringComparer.Ordinal));
    }

    private static long[] DifferingOffsets(byte[] left, byte[] right)
    {
        Assert.Equal(left.Length, right.Length);
        return Enumerable.Range(0, left.Length).Where(i => left[i] != right[i]).Select(i => (long)i).ToArray();
    }
}
