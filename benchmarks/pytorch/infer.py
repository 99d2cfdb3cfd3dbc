#!/usr/bin/env python3
"""Inference throughput of an in-tree network in PyTorch, in megapixels per second: the reference for `denoise apply`.

The network is the PyTorch twin (scripts/denoising_networks.py, the same one the export checks use) of a model that
`denoise` trained, built from its description (MODEL.model.json), so both sides run the same architecture, padding
included. Random gray images of BSD68's size (321x481; --size to change), one image per forward pass as
`denoise apply` does, in eval mode under torch.no_grad(); the best of --rounds passes over --images images.
Needs Debian's python3-torch; never run by CI.

    python3 benchmarks/pytorch/infer.py RUN/models/dncnn.model.json
"""
import argparse
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from denoising_networks import build  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("description", help="a model's description, MODEL.model.json")
    parser.add_argument("--size", default="321x481")
    parser.add_argument("--images", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    with open(args.description) as file:
        description = json.load(file)
    height, width = (int(v) for v in args.size.split("x"))
    model = build(description)
    images = torch.rand(args.images, 1, description["channels"], height, width)
    rates = []
    with torch.no_grad():
        for _ in range(args.rounds):
            start = time.perf_counter()
            for image in images:
                model(image).clamp(0, 1)
            rates.append(args.images * height * width / 1e6 / (time.perf_counter() - start))
    print(json.dumps({"Model": description["denoiser"]["type"], "Size": args.size, "MegapixelsPerSecond": max(rates),
                      "Rounds": rates, "Torch": torch.__version__}))


if __name__ == "__main__":
    main()
