namespace Denoising.Abstractions;

/// <summary>
/// Version of these contracts. The host refuses a plugin built against another major version. It equals the
/// assembly version's major part, which is what a plugin's reference records.
/// </summary>
public static class ContractVersion
{
    public const int Major = 2;
}
