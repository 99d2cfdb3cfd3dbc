"""Makes the KAIR DnCNN test fixture (run once; CI never needs PyTorch).

Writes to tests/Denoising.Tests/Fixtures/:
  kair_dncnn_tiny.pth     a state dict in the layout of KAIR's published dncnn_25.pth (no batch norm), but depth 3
                          and width 4 so that it stays a few KB;
  kair_dncnn_tiny_io.pth  a recorded input (1x1x12x10, values in [0, 1]) and PyTorch's output for it.

Run from the repository root with Debian's python3-torch (apt-get install python3-torch) or pip's torch:
  python3 scripts/make_kair_fixture.py
"""
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from denoising_networks import KairDnCNN  # noqa: E402

FIXTURES = os.path.join("tests", "Denoising.Tests", "Fixtures")

torch.manual_seed(25)
network = KairDnCNN(channels=1, depth=3, width=4, batch_norm=False).eval()
clean = torch.linspace(0.2, 0.8, 12 * 10).reshape(1, 1, 12, 10)
noisy = (clean + 0.1 * torch.randn(clean.shape)).clamp(0, 1)
with torch.no_grad():
    output = network(noisy)

os.makedirs(FIXTURES, exist_ok=True)
torch.save(network.state_dict(), os.path.join(FIXTURES, "kair_dncnn_tiny.pth"))
torch.save({"input": noisy, "output": output}, os.path.join(FIXTURES, "kair_dncnn_tiny_io.pth"))
print("keys:", {key: tuple(value.shape) for key, value in network.state_dict().items()})
print("output range:", output.min().item(), output.max().item())
