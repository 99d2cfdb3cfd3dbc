#!/usr/bin/env bash
# Peak RSS of training from a generated folder of photo-sized images, beside the same training on a small folder.
#   benchmarks/memory/large-folder.sh [FOLDER] [GIGABYTES] [--set KEY=VALUE]...   (default /tmp/denoise-memory-20gb, 20)
# Further arguments go to both `denoise run` calls (e.g. --set datasets.images.source.cache_mb=256).
# Environment: BUDGET (training.time_budget, 5m), BATCH (batch_size, 64), SMALL_GB (the small folder, 0.3),
# KEEP=1 keeps the generated folders (otherwise both are deleted at the end).
# Prints one line per training: folder, size on disk, images, patches trained, peak RSS (VmHWM of the process).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
folder=${1:-/tmp/denoise-memory-20gb}
gigabytes=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
budget=${BUDGET:-5m}
batch=${BATCH:-64}
small=${folder%/}-small
out=$(mktemp -d /tmp/denoise-memory-runs.XXXXXX)

dotnet build "$repo/Framework.sln" -c Release -v q -nologo >/dev/null
generate() { dotnet run "$repo/benchmarks/memory/generate-images.cs" -- "$1" "$2" | tail -n 1; }
generate "$folder" "$gigabytes"
generate "$small" "${SMALL_GB:-0.3}"

# Runs one training in the background and samples its VmHWM (peak resident set) until it exits. The host re-executes
# itself with jemalloc preloaded (execve keeps the pid, and VmHWM starts afresh), so the figure is that process's.
measure() {
  local images=$1 name=$2 peak=0 hwm pid
  shift 2
  "$repo/artifacts/host/denoise" run "$repo/benchmarks/memory/large-folder.yaml" --out "$out/$name" \
    --set "datasets.images.source.path=$images" --set "steps.model.training.time_budget=$budget" \
    --set "steps.model.training.batch_size=$batch" "$@" >"$out/$name.log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    [[ -n $hwm && $hwm -gt $peak ]] && peak=$hwm
    sleep 1
  done
  wait "$pid" || { echo "training on $images failed; see $out/$name.log" >&2; tail -n 20 "$out/$name.log" >&2; exit 1; }
  local files bytes steps
  files=$(find "$images" -name '*.png' | wc -l)
  bytes=$(du -sb "$images" | cut -f1)
  steps=$(tail -n 1 "$out/$name/curves/model.csv" | cut -d, -f2)
  printf '%-6s %-40s %6.1f GB %6d images  batch %d  %7d patches  peak RSS %5d MiB\n' \
    "$name" "$images" "$(echo "$bytes / 1000000000" | bc -l)" "$files" "$batch" "$((steps * batch))" "$((peak / 1024))"
}

measure "$small" small "$@"
measure "$folder" large "$@"
if [[ ${KEEP:-0} != 1 ]]; then rm -rf "$folder" "$small"; fi
echo "runs and logs: $out"
