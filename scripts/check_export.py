"""Checks an export in PyTorch: rebuilds the network from the description beside it, loads the state dict with
torch.load(weights_only=True) (or safetensors), denoises one image and compares with what `denoise apply` wrote.

  denoise export runs/RUN --format pytorch --out model.pth      # also writes model.pth.json
  denoise apply model.pth photo.png --out denoised/
  python3 scripts/check_export.py model.pth photo.png denoised/photo.png

Needs torch, numpy and Pillow (and safetensors for a .safetensors export). Use a 16-bit grey PNG (or an 8-bit one)
of at most 512 pixels a side, so apply denoises it in one tile. The outputs must agree within 1e-5 beyond the
rounding of the output file (half a grey level: 7.6e-6 for 16-bit PNG, 2e-3 for 8-bit); exit status 1 when not.
"""
import json
import os
import sys

import numpy as np
import torch
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))
from denoising_networks import build  # noqa: E402

TOLERANCE = 1e-5


def read_image(path, channels):
    image = Image.open(path)
    if image.mode in ("I;16", "I;16B", "I"):
        maximum = 65535.0
        pixels = np.asarray(image, dtype=np.float64)[None]
    else:
        maximum = 255.0
        pixels = np.asarray(image.convert("L" if channels == 1 else "RGB"), dtype=np.float64)
        pixels = pixels[None] if pixels.ndim == 2 else pixels.transpose(2, 0, 1)
    return torch.from_numpy(pixels / maximum).float()[None], maximum


def main(export, noisy_path, denoised_path):
    with open(export + ".json", encoding="utf-8") as file:
        description = json.load(file)
    network = build(description)
    if export.endswith(".safetensors"):
        from safetensors.torch import load_file
        state = load_file(export)
    else:
        state = torch.load(export, map_location="cpu", weights_only=True)
    network.load_state_dict(state, strict=True)
    noisy, _ = read_image(noisy_path, description["channels"])
    expected, maximum = read_image(denoised_path, description["channels"])
    with torch.no_grad():
        output = network(noisy).clamp(0, 1)
    difference = (output.double() - expected.double()).abs().max().item()
    allowed = TOLERANCE + 0.5 / maximum
    print(f"{description['denoiser']['type']}: largest difference {difference:.3g} "
          f"(allowed {allowed:.3g}: 1e-5 plus half a level of the {int(maximum) + 1}-level output file)")
    return 0 if difference <= allowed else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    sys.exit(main(*sys.argv[1:]))
