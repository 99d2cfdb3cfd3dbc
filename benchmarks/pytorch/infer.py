#!/usr/bin/env python3
"""Inference throughput of the in-tree networks in PyTorch, in megapixels per second: the reference for `denoise apply`.

Random gray images of BSD68's size (321x481; --size to change), one image per forward pass as `denoise apply` does,
in eval mode under torch.no_grad(); the best of --rounds passes over --images images. Architectures as the plugins
build them: conv-ae (plugins/ConvAE, seed layout), dncnn 10x32 with batch norm (plugins/Residual/DnCnnNetwork.cs),
unet (plugins/Residual/UNetNetwork.cs, channels 32,64,128, 2 residual blocks per level, as configs/lfw-blind.yaml).
Needs Debian's python3-torch; never run by CI.

    python3 benchmarks/pytorch/infer.py --model dncnn
"""
import argparse
import json
import time

import torch
from torch import nn

from train_loop import conv, dncnn


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=1, bias=False), nn.ReLU(),
                                  nn.Conv2d(channels, channels, 3, padding=1, bias=False))

    def forward(self, x):
        return x + self.body(x)


class UNet(nn.Module):
    def __init__(self, widths=(32, 64, 128), blocks=2):
        super().__init__()
        self.head = nn.Conv2d(1, widths[0], 3, padding=1, bias=False)
        self.down = nn.ModuleList(
            nn.Sequential(*[ResidualBlock(w) for _ in range(blocks)], nn.Conv2d(w, n, 2, stride=2, bias=False))
            for w, n in zip(widths, widths[1:]))
        self.up = nn.ModuleList(
            nn.Sequential(nn.ConvTranspose2d(n, w, 2, stride=2, bias=False), *[ResidualBlock(w) for _ in range(blocks)])
            for w, n in zip(widths, widths[1:]))
        self.bottom = nn.Sequential(*[ResidualBlock(widths[-1]) for _ in range(blocks)])
        self.tail = nn.Conv2d(widths[0], 1, 3, padding=1, bias=False)

    def forward(self, x):
        skips = [self.head(x)]
        for level in self.down:
            skips.append(level(skips[-1]))
        features = self.bottom(skips[-1])
        for level in reversed(range(len(self.up))):
            features = self.up[level](features + skips[level + 1])
        return x - self.tail(features + skips[0])


class Residual(nn.Module):
    """DnCNN's output: input minus the predicted noise."""

    def __init__(self, body):
        super().__init__()
        self.body = body

    def forward(self, x):
        return x - self.body(x)


MODELS = {"conv-ae": conv, "dncnn": lambda: Residual(dncnn()), "unet": UNet}
MULTIPLE = {"conv-ae": 4, "dncnn": 1, "unet": 4}  # src/Torch/PadToMultiple.cs pads to these multiples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=MODELS, default="dncnn")
    parser.add_argument("--size", default="321x481")
    parser.add_argument("--images", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    height, width = (int(v) for v in args.size.split("x"))
    m = MULTIPLE[args.model]
    padded = (-height % m, -width % m)
    model = MODELS[args.model]().eval()
    images = torch.rand(args.images, 1, 1, height, width)
    rates = []
    with torch.no_grad():
        for _ in range(args.rounds):
            start = time.perf_counter()
            for image in images:
                x = nn.functional.pad(image, (0, padded[1], 0, padded[0]))  # zeros, bottom and right, as PadToMultiple
                model(x)[..., :height, :width].clamp(0, 1)
            rates.append(args.images * height * width / 1e6 / (time.perf_counter() - start))
    print(json.dumps({"Model": args.model, "Size": args.size, "MegapixelsPerSecond": max(rates), "Rounds": rates,
                      "Torch": torch.__version__}))


if __name__ == "__main__":
    main()
