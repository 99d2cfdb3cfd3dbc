namespace Denoising.Torch;
