# Reference values for SkimageReferenceTests.cs (scikit-image 0.19.3, Debian python3-skimage).
# Run: /usr/bin/python3 tests/Denoising.Tests/Evaluation/skimage_reference.py
# Arrays are built by the same formulas as the C# test, rounded to float32 (the C# Image type), then computed in float64.
import numpy as np
from skimage.metrics import structural_similarity, peak_signal_noise_ratio, mean_squared_error


def pair(kind, channels, height, width):
    c, i, j = np.meshgrid(np.arange(channels), np.arange(height), np.arange(width), indexing="ij")
    x = ((i * 7 + j * 3 + c * 5) % 11) / 10.0
    if kind == "perturbed":
        y = x + (((i * 5 + j * 2 + c * 3) % 7) - 3) / 50.0
    else:
        y = ((i * i + j * 2 + c) % 13) / 12.0
    return (x.astype(np.float32).astype(np.float64), y.astype(np.float32).astype(np.float64))


for kind, channels, height, width in [("perturbed", 1, 9, 8), ("perturbed", 1, 37, 50), ("perturbed", 3, 12, 10),
                                      ("other", 1, 7, 7), ("other", 1, 37, 50), ("other", 3, 12, 10)]:
    x, y = pair(kind, channels, height, width)
    axis = 0 if channels > 1 else None
    if channels == 1:
        x, y = x[0], y[0]
    ssim = structural_similarity(x, y, data_range=1, gaussian_weights=True, sigma=1.5, win_size=7,
                                 use_sample_covariance=False, channel_axis=axis)
    print(f"{kind} {channels}x{height}x{width}: mse={mean_squared_error(x, y)!r} "
          f"psnr={peak_signal_noise_ratio(x, y, data_range=1)!r} ssim={ssim!r}")
