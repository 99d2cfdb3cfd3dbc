"""The in-tree denoisers' networks in PyTorch, with the parameter names TorchSharp gives them.

Shared by check_export.py and make_kair_fixture.py. Each builder takes the "denoiser" mapping of a model
description (FILE.json beside an export) and the image channels, height and width.
"""
from collections import OrderedDict

import torch
from torch import nn
import torch.nn.functional as F


class KairDnCNN(nn.Module):
    """KAIR's DnCNN (models/network_dncnn.py): one flat Sequential `model`, output = input - noise."""

    def __init__(self, channels, depth, width, batch_norm):
        super().__init__()
        layers = [nn.Conv2d(channels, width, 3, padding=1, bias=True), nn.ReLU(inplace=True)]
        for _ in range(depth - 2):
            layers.append(nn.Conv2d(width, width, 3, padding=1, bias=True))
            if batch_norm:
                layers.append(nn.BatchNorm2d(width, momentum=0.9, eps=1e-04, affine=True))
            layers.append(nn.ReLU(inplace=True))
        layers.append(nn.Conv2d(width, channels, 3, padding=1, bias=True))
        self.model = nn.Sequential(*layers)

    def forward(self, x):
        return x - self.model(x)


class PadToMultiple(nn.Module):
    """Zero-pads bottom and right to a multiple, runs `network`, crops back (Denoising.Torch.PadToMultiple)."""

    def __init__(self, network, multiple):
        super().__init__()
        self.network = network
        self.multiple = multiple

    def forward(self, x):
        height, width = x.shape[-2:]
        pad_h = (self.multiple - height % self.multiple) % self.multiple
        pad_w = (self.multiple - width % self.multiple) % self.multiple
        return self.network(F.pad(x, [0, pad_w, 0, pad_h]))[..., :height, :width]


def conv_ae(options, channels, height, width):
    levels = options["channels"]
    kernel = options["kernel_size"]
    layers = []
    inputs = channels
    for level, outputs in enumerate(levels):
        layers += [(f"encode{level}", nn.Conv2d(inputs, outputs, kernel, padding=kernel // 2)),
                   (f"encode{level}_relu", nn.ReLU()), (f"pool{level}", nn.MaxPool2d(2))]
        inputs = outputs
    layers += [("bottleneck", nn.Conv2d(inputs, inputs, kernel, padding=kernel // 2)), ("bottleneck_relu", nn.ReLU())]
    for level in reversed(range(len(levels))):
        up = (nn.Upsample(scale_factor=2.0, mode="nearest") if options["upsampling"] == "nearest"
              else nn.ConvTranspose2d(inputs, inputs, 2, stride=2))
        outputs = channels if level == 0 else levels[level - 1]
        layers += [(f"up{level}", up), (f"decode{level}", nn.Conv2d(inputs, outputs, kernel, padding=kernel // 2)),
                   ("sigmoid", nn.Sigmoid()) if level == 0 else (f"decode{level}_relu", nn.ReLU())]
        inputs = outputs
    return PadToMultiple(nn.Sequential(OrderedDict(layers)), 1 << len(levels))


def dense_ae(options, channels, height, width):
    pixels = channels * height * width
    layers = [("flatten", nn.Flatten())]
    inputs = pixels
    for i, hidden in enumerate(options["hidden"]):
        layers += [(f"dense{i}", nn.Linear(inputs, hidden)), (f"relu{i}", nn.ReLU())]
        inputs = hidden
    layers += [("output", nn.Linear(inputs, pixels)), ("sigmoid", nn.Sigmoid()),
               ("unflatten", nn.Unflatten(1, (channels, height, width)))]
    return nn.Sequential(OrderedDict(layers))


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=1, bias=False), nn.ReLU(),
                                  nn.Conv2d(channels, channels, 3, padding=1, bias=False))

    def forward(self, x):
        return x + self.body(x)


class UNet(nn.Module):
    def __init__(self, channels, widths, blocks):
        super().__init__()
        self.head = nn.Conv2d(channels, widths[0], 3, padding=1, bias=False)
        self.down = nn.ModuleList()
        self.up = nn.ModuleList()
        for level in range(len(widths) - 1):
            self.down.append(nn.Sequential(*[ResidualBlock(widths[level]) for _ in range(blocks)],
                                           nn.Conv2d(widths[level], widths[level + 1], 2, stride=2, bias=False)))
            self.up.append(nn.Sequential(nn.ConvTranspose2d(widths[level + 1], widths[level], 2, stride=2, bias=False),
                                         *[ResidualBlock(widths[level]) for _ in range(blocks)]))
        self.bottom = nn.Sequential(*[ResidualBlock(widths[-1]) for _ in range(blocks)])
        self.tail = nn.Conv2d(widths[0], channels, 3, padding=1, bias=False)

    def forward(self, x):
        skips = [self.head(x)]
        for level in self.down:
            skips.append(level(skips[-1]))
        features = self.bottom(skips[-1])
        for level in reversed(range(len(self.up))):
            features = self.up[level](features + skips[level + 1])
        return x - self.tail(features + skips[0])


def build(description):
    """The network a model description names, freshly initialised, in eval mode."""
    options = description["denoiser"]
    channels, height, width = description["channels"], description["height"], description["width"]
    kind = options["type"]
    if kind == "dncnn":
        network = KairDnCNN(channels, options["depth"], options["width"], options["batch_norm"])
    elif kind == "conv-ae":
        network = conv_ae(options, channels, height, width)
    elif kind == "dense-ae":
        network = dense_ae(options, channels, height, width)
    elif kind == "unet":
        widths = options["channels"]
        network = PadToMultiple(UNet(channels, widths, options["blocks"]), 1 << (len(widths) - 1))
    else:
        raise SystemExit(f"no PyTorch twin of denoiser '{kind}' in this script")
    return network.eval()
