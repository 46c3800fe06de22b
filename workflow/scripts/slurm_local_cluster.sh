#!/usr/bin/env bash
# Start (or stop) a one-node SLURM cluster on this machine, loopback only, to run the pipeline
# through Snakemake's SLURM executor for real. Needs root and Debian's packages:
#   apt-get install -y slurm-wlm munge
#
#   workflow/scripts/slurm_local_cluster.sh start   # munged, slurmctld, slurmd; waits until the node is idle
#   workflow/scripts/slurm_local_cluster.sh stop
#
# Job states are read with squeue (the executor's --slurm-status-command squeue), so no accounting
# database is needed; MinJobAge keeps finished jobs visible long enough for that.
set -euo pipefail

action=${1:-start}
conf_dir=/etc/slurm
state=/var/spool/slurmctld
spool=/var/spool/slurmd
log_dir=/var/log/slurm

stop() {
  pkill -x slurmd 2>/dev/null || true
  pkill -x slurmctld 2>/dev/null || true
  pkill -x munged 2>/dev/null || true
  sleep 1
}

if [ "$action" = "stop" ]; then
  stop
  exit 0
fi

command -v slurmctld >/dev/null && command -v munged >/dev/null || {
  echo "slurm-wlm and munge are not installed: apt-get install -y slurm-wlm munge" >&2
  exit 1
}
stop

mkdir -p "$conf_dir" "$state" "$spool" "$log_dir" /etc/munge /var/run/munge /var/log/munge /var/lib/munge
if [ ! -s /etc/munge/munge.key ]; then
  dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
fi
chown -R munge:munge /etc/munge /var/run/munge /var/log/munge /var/lib/munge
chmod 700 /etc/munge && chmod 400 /etc/munge/munge.key
runuser -u munge -- munged --force

cpus=$(nproc)
mem_mb=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 1024 ))
cat > "$conf_dir/slurm.conf" <<CONF
ClusterName=localcluster
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=6817
SlurmdPort=6818
AuthType=auth/munge
StateSaveLocation=$state
SlurmdSpoolDir=$spool
SlurmctldLogFile=$log_dir/slurmctld.log
SlurmdLogFile=$log_dir/slurmd.log
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
MinJobAge=3600
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MpiDefault=none
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=local Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
rm -f "$conf_dir/cgroup.conf"

slurmctld -i
slurmd -N localhost
for _ in $(seq 1 60); do
  if sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
    sinfo
    exit 0
  fi
  scontrol update nodename=localhost state=resume >/dev/null 2>&1 || true
  sleep 1
done
echo "the SLURM node did not come up; see $log_dir" >&2
sinfo || true
exit 1
