#!/usr/bin/env bash
# Inference throughput of `denoise apply` on BSD68's full-size images (68 gray PNGs, 321x481 and 481x321) for each
# in-tree network, beside their PyTorch twins (benchmarks/pytorch/infer.py, built from each model's description by
# scripts/denoising_networks.py), alternating in one window.
# Megapixels per second in the network (the apply log's figure, decoding and encoding excluded) and end to end.
#
#   benchmarks/inference.sh [--rounds 2] [--data ../shared/data/bsd68]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=2 data=../shared/data/bsd68
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
python=/usr/bin/python3
dotnet build src/Host -c Release -v q -nologo >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts/host/denoise run benchmarks/configs/inference-models.yaml --out "$work/models" > "$work/train.log" 2>&1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "| network | round | denoise apply, MP/s in the network | end to end | PyTorch $($python -c 'import torch; print(torch.__version__.split("a")[0])'), MP/s | ratio (PyTorch / apply) |"
echo "| --- | --- | --- | --- | --- | --- |"
for round in $(seq "$rounds"); do
    for model in dncnn unet conv-ae; do
        rm -rf "$work/out"
        artifacts/host/denoise apply "$work/models" "$data" --step "$model" --threads 2 --out "$work/out" > "$work/apply.log" 2>&1
        line=$(grep "MP/s in the network" "$work/apply.log")
        network=$(echo "$line" | sed -E 's/.* ([0-9.]+) MP\/s in the network.*/\1/')
        total=$(echo "$line" | sed -E 's/.*: ([0-9.]+) MP\/s with decoding.*/\1/')
        torch=$($python benchmarks/pytorch/infer.py "$work/models/models/$model.model.json" --images 10 --rounds 1 |
            $python -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["MegapixelsPerSecond"])')
        echo "| $model | $round | $network | $total | $torch | $($python -c "print('%.2f' % ($torch / $network))") |"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
