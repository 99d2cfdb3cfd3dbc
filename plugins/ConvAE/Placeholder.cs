namespace Denoising.Plugins.ConvAE;
