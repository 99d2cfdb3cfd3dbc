#!/usr/bin/env bash
# Side by side, alternating in one window (this machine is shared: only ratios of runs taken together mean anything):
# the product's training loop (`denoise run benchmarks/configs/MODEL-loop.yaml`), the bare .NET loop
# (Denoising.Benchmarks) and the same loop in PyTorch (benchmarks/pytorch/train_loop.py, Debian's python3-torch).
# Prints one Markdown row per model and side: best seconds per epoch after the first of each run, peak RSS, and the
# ratio to PyTorch of the medians. Needs the data under ../shared/data (LFW, Train400).
#
#   benchmarks/compare.sh [--rounds 2] [--models conv-ae,dense-ae,dncnn] [--epochs 4]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=2 models=conv-ae,dense-ae,dncnn epochs=4
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --models) models=$2; shift 2 ;;
        --epochs) epochs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
python=/usr/bin/python3
$python -c "import torch" 2>/dev/null || { echo "PyTorch missing: apt-get install -y python3-torch" >&2; exit 1; }
dotnet build src/Host -c Release -v q -nologo >&2
dotnet build benchmarks/Denoising.Benchmarks -c Release -v q -nologo >&2
bare=benchmarks/Denoising.Benchmarks/bin/Release/net10.0/linux-x64/Denoising.Benchmarks
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One JSON line per run into $work/results.jsonl: {"model","side","best","peak"}.
record() { echo "{\"model\":\"$1\",\"side\":\"$2\",\"best\":$3,\"peak\":$4}" >> "$work/results.jsonl"; }

product() { # model
    local out="$work/run-$1-$RANDOM"
    /usr/bin/time -o "$work/time" -f "%M" artifacts/host/denoise run "benchmarks/configs/$1-loop.yaml" --out "$out" \
        --set "steps.model.training.epochs=$epochs" > "$out.log" 2>&1 || { tail -5 "$out.log" >&2; return 1; }
    local best
    best=$($python -c "
import csv,sys
rows=list(csv.DictReader(open('$out/curves/model.csv')))
s=[float(r['seconds']) for r in rows]
print(min(b-a for a,b in zip(s,s[1:])))")
    record "$1" product "$best" "$(( $(cat "$work/time") / 1024 ))"
}

bare_dotnet() { # model (bare-loop name)
    local json
    json=$("$bare" run --model "$2" --epochs "$epochs" 2>/dev/null | tail -1)
    record "$1" "bare .NET ($(echo "$json" | $python -c 'import json,sys; print(json.load(sys.stdin)["Allocator"])'))" \
        "$(echo "$json" | $python -c 'import json,sys; print(json.load(sys.stdin)["BestSecondsPerEpoch"])')" \
        "$(echo "$json" | $python -c 'import json,sys; print(round(json.load(sys.stdin)["PeakResidentMiB"]))')"
}

pytorch() { # model (bare-loop name)
    local json
    json=$($python benchmarks/pytorch/train_loop.py --model "$2" --epochs "$epochs" | tail -1)
    record "$1" "PyTorch $($python -c 'import torch; print(torch.__version__.split("a")[0])')" \
        "$(echo "$json" | $python -c 'import json,sys; print(json.load(sys.stdin)["BestSecondsPerEpoch"])')" \
        "$(echo "$json" | $python -c 'import json,sys; print(round(json.load(sys.stdin)["PeakResidentMiB"]))')"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for round in $(seq "$rounds"); do
    for model in ${models//,/ }; do
        short=${model%-ae}
        echo "round $round: $model" >&2
        product "$model"
        bare_dotnet "$model" "$short"
        pytorch "$model" "$short"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

$python - "$work/results.jsonl" <<'EOF'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print("| model | loop | s/epoch (best of epochs 2+, each run) | peak RSS MiB | ratio to PyTorch (medians) |")
print("| --- | --- | --- | --- | --- |")
for model in dict.fromkeys(r["model"] for r in rows):
    mine = [r for r in rows if r["model"] == model]
    reference = statistics.median(r["best"] for r in mine if r["side"].startswith("PyTorch"))
    for side in dict.fromkeys(r["side"] for r in mine):
        runs = [r for r in mine if r["side"] == side]
        median = statistics.median(r["best"] for r in runs)
        times = ", ".join("%.2f" % r["best"] for r in runs)
        peaks = ", ".join(str(r["peak"]) for r in runs)
        print(f"| {model} | {side} | {times} | {peaks} | {median / reference:.2f}x |")
EOF
