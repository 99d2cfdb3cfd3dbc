#!/bin/bash
# Runs the cross-noise sweep on a real Slurm cluster of one machine, as deploy/README.md tells a user to, and checks
# the result against a run without Slurm:
#   1. installs Debian's slurm-wlm and munge (apt), writes a one-node slurm.conf (this machine, 2 CPUs) and starts
#      munged, slurmctld and slurmd;
#   2. submits deploy/slurm/sweep.sbatch as shipped (0-based array of 4 shards) with 1 CPU per task, then the report
#      job after it, and waits for both (squeue, scontrol);
#   3. deletes one finished point and resubmits its array task alone (--array=2): it must run that point again and
#      only that one;
#   4. runs the same sweep locally with the same threads per point (1) and compares summary.csv byte for byte;
#   5. stops the daemons it started (KEEP_CLUSTER=1 leaves them running).
# For a throwaway Debian 12 machine: run as root, from the repository root, after `dotnet build Framework.sln -c Release`:
#   LFW_DIR=/path/to/lfw deploy/slurm/one-node-cluster.sh
# The sweep is the seed's, shrunk to minutes: 1 epoch, the first 300 LFW faces (LFW_LIMIT). WORK_DIR (default
# /tmp/denoise-one-node) takes the sweep folders and the logs; it stands for the cluster's shared storage.
set -euo pipefail

lfw=${LFW_DIR:?set LFW_DIR to the LFW folder (<Person>/<Person>_0001.jpg)}
work=${WORK_DIR:-/tmp/denoise-one-node}
repo=$(pwd)
denoise=${DENOISE:-$repo/artifacts/host/denoise}
config=configs/seed-cross-noise.yaml
overrides=(--set "datasets.faces.source.path=$lfw" --set steps.model.training.epochs=1
           --set "datasets.faces.source.limit=${LFW_LIMIT:-300}")
conf=/etc/slurm/slurm.conf
marker="# written by deploy/slurm/one-node-cluster.sh"

step() { echo; echo "== $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

[[ $(id -u) == 0 ]] || fail "run as root: it installs packages and starts daemons"
[[ -x $denoise && -f $config ]] || fail "run from the repository root after 'dotnet build Framework.sln -c Release'"
if [[ -f $conf ]] && ! grep -qx "$marker" "$conf"; then
    fail "$conf exists and was not written by this script: this machine is part of a cluster already"
fi
# Daemons of an earlier run of this script would hold the ports: refuse rather than guess whose they are.
if pidof slurmctld slurmd munged >/dev/null; then fail "slurmctld, slurmd or munged is running already"; fi

step "Installing slurm-wlm and munge"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -q slurm-wlm munge >/dev/null
dpkg-query -W slurm-wlm munge

step "One-node cluster: $(hostname -s), 2 CPUs"
node=$(hostname -s)
memory=$(( $(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo) / 2 ))
mkdir -p /etc/slurm /var/lib/slurm/slurmctld /var/lib/slurm/slurmd /var/log/slurm /run/munge
cat > "$conf" <<EOF
$marker
ClusterName=one-node
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
# No cgroups: processes are tracked by parent, tasks are not fenced in (hence DOTNET_PROCESSOR_COUNT in sweep.sbatch).
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
StateSaveLocation=/var/lib/slurm/slurmctld
SlurmdSpoolDir=/var/lib/slurm/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ReturnToService=2
MinJobAge=3600
NodeName=$node NodeAddr=127.0.0.1 CPUs=2 RealMemory=$memory State=UNKNOWN
PartitionName=main Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
[[ -s /etc/munge/munge.key ]] || mungekey --create --keyfile=/etc/munge/munge.key
chown munge:munge /etc/munge/munge.key /run/munge && chmod 400 /etc/munge/munge.key

stop_cluster() {
    [[ ${KEEP_CLUSTER:-} == 1 ]] && return
    step "Stopping slurmctld, slurmd and munged"
    scontrol shutdown >/dev/null 2>&1 || true
    for pidfile in /run/slurmctld.pid /run/slurmd.pid /run/munge/munged.pid; do
        [[ -f $pidfile ]] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    sleep 2
    pidof slurmctld slurmd munged || echo "stopped"
}
trap stop_cluster EXIT
runuser -u munge -- munged
munge -n | unmunge | grep STATUS
slurmctld -f "$conf"
slurmd -f "$conf"
for _ in $(seq 60); do
    sinfo -h -N -o '%t' 2>/dev/null | grep -q '^idle' && break
    sleep 1
done
sinfo -N -o '%N %c %m %t'
sinfo -h -N -o '%t' | grep -q '^idle' || fail "the node did not come up (see /var/log/slurm)"

# Waits until a job has left the queue, then prints the state of each of its tasks; fails unless all completed.
wait_for() {
    while [[ -n $(squeue -h -j "$1" 2>/dev/null) ]]; do sleep 2; done
    scontrol -o show job "$1" | grep -o 'JobId=[0-9]* \(ArrayJobId=[0-9]* ArrayTaskId=[0-9]* \)\?\|JobState=[A-Z]*\|ExitCode=[0-9:]*' | paste -d' ' - - -
    ! scontrol -o show job "$1" | grep -v -q 'JobState=COMPLETED' || fail "job $1 did not complete"
}

rm -rf "$work" && mkdir -p "$work/logs"
sweep=$work/sweeps/seed-cross-noise
submit=(--chdir="$repo" --output="$work/logs/slurm-%A_%a.out" --cpus-per-task=1 --mem=2G)

step "Shards as the array will run them"
for task in 0 1 2 3; do "$denoise" sweep "$config" "${overrides[@]}" --list --shard-index $task --shard-count 4 | head -n -1; done

step "sbatch: the sweep as a job array, then the report"
jobid=$(sbatch --parsable "${submit[@]}" deploy/slurm/sweep.sbatch "$config" "$sweep" "${overrides[@]}")
report=$(sbatch --parsable --chdir="$repo" --output="$work/logs/report-%j.out" --dependency=afterany:"$jobid" \
    --wrap "$denoise report $sweep")
echo "array job $jobid, report job $report"
squeue
wait_for "$jobid"
wait_for "$report"
grep -h "^Array task\|shard .* runs" "$work"/logs/slurm-"$jobid"_*.out
cat "$work/logs/report-$report.out"
ls "$sweep/points" "$sweep"/heatmap-*
cp "$sweep/summary.csv" "$work/summary-of-report-job.csv"

step "Threads per point follow SLURM_CPUS_PER_TASK"
grep -ho '"threads": *[0-9]*' "$sweep"/points/*/run.json | sort | uniq -c
! grep -ho '"threads": *[0-9]*' "$sweep"/points/*/run.json | grep -vq '"threads": *1$' || fail "a point ran with other than 1 thread"

step "Retry of one array task alone: sbatch --array=2"
retried=$("$denoise" sweep "$config" "${overrides[@]}" --list --shard-index 2 --shard-count 4 | awk 'NR == 1 { print $4 }')
rm -rf "${sweep:?}/$retried"
retry=$(sbatch --parsable "${submit[@]}" --array=2 deploy/slurm/sweep.sbatch "$config" "$sweep" "${overrides[@]}")
echo "retry job $retry deleted $retried"
wait_for "$retry"
grep -h "^Array task\|shard .* runs\|skipped\|completed" "$work/logs/slurm-${retry}_2.out"
grep -q '"state": *"completed"' "$sweep/$retried/run.json" || fail "the retry did not run $retried again"
[[ $(find "$sweep/points" -name run.json -newer "$work/logs/slurm-${retry}_2.out" | wc -l) -le 1 ]] || fail "the retry ran other points"
"$denoise" report "$sweep" >/dev/null

step "The same sweep without Slurm, 1 thread per point"
DOTNET_PROCESSOR_COUNT=2 "$denoise" sweep "$config" --out "$work/sweeps/local" --parallel 2 "${overrides[@]}" \
    > "$work/logs/local.out" 2>&1
for summary in "$work/summary-of-report-job.csv" "$sweep/summary.csv"; do
    cmp "$summary" "$work/sweeps/local/summary.csv" || fail "$summary differs from the local run's"
done
echo "summary.csv of the report job, of the report after the retry and of the local run are identical:"
sha256sum "$work/summary-of-report-job.csv" "$sweep/summary.csv" "$work/sweeps/local/summary.csv"
sed -n 3p "$sweep/summary.md"
awk -F'|' 'NR == 5 || NR > 6 { printf "%-42s %-10s %s\n", $2, $3, $18 }' "$sweep/summary.md"   # PSNR on gaussian 0.3
echo
echo "PASSED"
