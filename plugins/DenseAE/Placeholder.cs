namespace Denoising.Plugins.DenseAE;
