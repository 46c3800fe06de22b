#!/usr/bin/env bash
# Job status for the cluster-generic profile: prints running, success or failed for a SLURM job id.
# Uses squeue (jobs stay listed for MinJobAge seconds after they end), scontrol as a fallback.
set -u
job=$1
state=$(squeue -h -j "$job" -o %T 2>/dev/null | head -n 1)
if [ -z "$state" ]; then
  state=$(scontrol show job "$job" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1)
fi
case "$state" in
  COMPLETED) echo success ;;
  PENDING|RUNNING|CONFIGURING|COMPLETING|SUSPENDED|REQUEUED|RESIZING|STAGE_OUT) echo running ;;
  "") echo failed ;;
  *) echo failed ;;
esac
