namespace Fixture.PrivateHelper;

public static class HelperNames
{
    public static string Denoiser => "helped";
}
