using Denoising.Native;

namespace Denoising.Tests.Native;

public sealed class LibStdCxxPatchPlanTests
{
    private static readonly VersionRequirement[] GlueRequirements =
    [
        new("libstdc++.so.6", "GLIBCXX_3.4.30", 0, 0),
        new("libstdc++.so.6", "GLIBCXX_3.4.32", 0, 16),
        new("libc.so.6", "GLIBC_2.38", 0, 32),
    ];

    [Fact]
    public void Nothing_is_patched_when_lib_std_cxx_has_every_version()
    {
        var plan = LibStdCxxPatchPlan.Create(GlueRequirements, new HashSet<string> { "GLIBCXX_3.4.30", "GLIBCXX_3.4.31", "GLIBCXX_3.4.32" });

        Assert.False(plan.IsNeeded);
        Assert.Empty(plan.UnfixableVersions);
    }

    [Fact]
    public void Gcc_12_lib_std_cxx_needs_only_the_iostream_init_version_weakened()
    {
        var plan = LibStdCxxPatchPlan.Create(GlueRequirements, new HashSet<string> { "GLIBCXX_3.4.29", "GLIBCXX_3.4.30" });

        Assert.Equal(["GLIBCXX_3.4.32"], plan.VersionsToWeaken);
        Assert.Empty(plan.UnfixableVersions);
    }

    [Fact]
    public void Older_lib_std_cxx_is_reported_as_unfixable()
    {
        var plan = LibStdCxxPatchPlan.Create(GlueRequirements, new HashSet<string> { "GLIBCXX_3.4.29" });

        Assert.Equal(["GLIBCXX_3.4.30"], plan.UnfixableVersions);
        Assert.Equal(["GLIBCXX_3.4.32"], plan.VersionsToWeaken);
    }

    [Fact]
    public void Already_weak_requirements_are_left_alone()
    {
        VersionRequirement[] patched = [new("libstdc++.so.6", "GLIBCXX_3.4.32", ElfSymbolVersions.WeakFlag, 0)];

        Assert.False(LibStdCxxPatchPlan.Create(patched, new HashSet<string>()).IsNeeded);
    }

    [Fact]
    public void Reads_the_versions_of_this_machines_lib_std_cxx()
    {
        var path = LibStdCxx.Locate();
        Assert.NotNull(path);

        var provided = LibStdCxx.ProvidedVersions(path);

        Assert.Contains("GLIBCXX_3.4", provided);
        Assert.Contains("CXXABI_1.3", provided);
        Assert.All(provided, v => Assert.Matches("^(GLIBCXX|CXXABI|CXXABI_TM|CXXABI_FLOAT128|GLIBCXX_LDBL|CXXABI_LDBL|libstdc)", v));
    }
}
