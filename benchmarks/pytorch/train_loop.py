#!/usr/bin/env python3
"""The bare training loops of benchmarks/Denoising.Benchmarks in PyTorch: the reference side of the speed tables.

Same models, data shapes, losses, optimiser and batch sizes as `Denoising.Benchmarks run` (see its BenchmarkModels.cs
and TrainingRun.cs): random images held as one tensor, noise drawn per batch, Adam lr 1e-3 weight decay 1e-5.
Prints one JSON line with the fields the .NET benchmark prints, so benchmarks/compare.sh reads both alike.
Needs Debian's python3-torch (PyTorch 1.13); never run by CI.

    python3 benchmarks/pytorch/train_loop.py --model conv --epochs 6
"""
import argparse
import json
import resource
import time

import torch
from torch import nn

HEIGHT, WIDTH, PATCH = 50, 37, 40


def dense():
    return nn.Sequential(nn.Linear(HEIGHT * WIDTH, 512), nn.ReLU(), nn.Linear(512, HEIGHT * WIDTH), nn.Sigmoid())


def conv():
    def block(cin, cout):
        return [nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU()]
    return nn.Sequential(*block(1, 32), nn.MaxPool2d(2), *block(32, 32), nn.MaxPool2d(2), *block(32, 32),
                         nn.Upsample(scale_factor=2), *block(32, 32), nn.Upsample(scale_factor=2),
                         nn.Conv2d(32, 1, 3, padding=1), nn.Sigmoid())


def dncnn(depth=10, width=32):
    layers = [nn.Conv2d(1, width, 3, padding=1), nn.ReLU()]
    for _ in range(depth - 2):
        layers += [nn.Conv2d(width, width, 3, padding=1), nn.BatchNorm2d(width, eps=1e-4), nn.ReLU()]
    layers.append(nn.Conv2d(width, 1, 3, padding=1))
    return nn.Sequential(*layers)


MODELS = {  # model, shape of one image, images per epoch, batch size
    "dense": (dense, (HEIGHT * WIDTH,), 3000, 16),
    "conv": (conv, (1, 52, 40), 2731, 128),
    "dncnn": (dncnn, (1, PATCH, PATCH), 12800, 128),
}


def loss_of(name, model, clean):
    if name == "dncnn":
        noisy = clean + 25.0 / 255.0 * torch.randn_like(clean)
        return nn.functional.mse_loss(noisy - model(noisy), clean)
    noisy = (clean + 0.3 * torch.randn_like(clean)).clamp(0, 1)
    return nn.functional.binary_cross_entropy(model(noisy), clean)


def minor_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=MODELS, default="conv")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--images", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    build, shape, default_images, batch = MODELS[args.model]
    images = torch.rand((args.images or default_images,) + shape)
    model = build()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-5)
    model.train()
    seconds, cpu, faults = [], [], []
    for _ in range(args.epochs):
        start, cpu_start, faults_start = time.perf_counter(), cpu_seconds(), minor_faults()
        order = torch.randperm(images.shape[0])
        for step in range(images.shape[0] // batch):
            clean = images.index_select(0, order[step * batch:(step + 1) * batch])
            optimizer.zero_grad()
            loss = loss_of(args.model, model, clean)
            loss.backward()
            optimizer.step()
        seconds.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - cpu_start)
        faults.append(minor_faults() - faults_start)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    steady = seconds[1:] or seconds
    print(json.dumps({
        "Model": args.model, "Allocator": "pytorch", "EpochSeconds": seconds, "EpochCpuSeconds": cpu,
        "EpochMinorFaults": faults, "PeakResidentMiB": usage.ru_maxrss / 1024, "UserSeconds": usage.ru_utime,
        "SystemSeconds": usage.ru_stime, "BestSecondsPerEpoch": min(steady),
        "Torch": torch.__version__,
    }))


if __name__ == "__main__":
    main()
