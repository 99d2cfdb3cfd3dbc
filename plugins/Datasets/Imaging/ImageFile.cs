namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>An image file to load and the id its image gets.</summary>
public sealed record ImageFile(string Id, string Path);
