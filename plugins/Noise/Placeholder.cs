namespace Denoising.Plugins.Noise;
