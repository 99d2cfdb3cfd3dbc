namespace Denoising.Host.Output;

/// <summary>PLACEHOLDER until the evaluation branch lands.</summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
