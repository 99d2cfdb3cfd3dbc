namespace Denoising.Plugins.Datasets;
