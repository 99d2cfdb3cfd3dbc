namespace Denoising.Tests.Deploy;

/// <summary>
/// A test that runs only when <c>VARIABLE=1</c>: for those that install packages, start daemons or publish the host
/// (minutes each). CI (.ci/run) sets none of these variables; deploy/README.md says when to set them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OptInFactAttribute : FactAttribute
{
    public OptInFactAttribute(string variable)
    {
        if (Environment.GetEnvironmentVariable(variable) != "1")
            Skip = $"opt-in: set {variable}=1 to run it";
    }
}
