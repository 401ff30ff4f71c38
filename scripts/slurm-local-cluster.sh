#!/usr/bin/env bash
# slurm-local-cluster.sh — single-node Slurm cluster on localhost (Debian 12,
# slurm-wlm 22.05 + munge), for containers without systemd.
#
# Usage: scripts/slurm-local-cluster.sh {start|stop|restart|status}
#   start    install missing packages, write /etc/slurm/slurm.conf, start
#            munged, slurmctld, slurmd and wait until the node is idle.
#            Idempotent: running it again while the cluster is up is harmless.
#   stop     stop slurmd, slurmctld and munged (job state is kept on disk).
#   restart  stop, then start.
#   status   print daemon state and sinfo/squeue.
#
# Environment (optional):
#   SLURM_LOCAL_DIR      state/spool/log/pid dir   (default /var/lib/slurm-local)
#   SLURM_LOCAL_TIMEOUT  seconds to wait per step  (default 90)
#   SLURM_LOCAL_NODE     node name                 (default `hostname -s`)
#
# Must run as root. Uses no cgroups (proctrack/linuxproc, task/none), so it
# works in unprivileged containers. No accounting database: sacct is not
# available; use `scontrol show job` / squeue (finished jobs are kept in
# slurmctld memory for MinJobAge seconds).
set -euo pipefail

export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

BASE="${SLURM_LOCAL_DIR:-/var/lib/slurm-local}"
TIMEOUT="${SLURM_LOCAL_TIMEOUT:-90}"
NODE="${SLURM_LOCAL_NODE:-$(hostname -s)}"
CONF_DIR=/etc/slurm
CONF="$CONF_DIR/slurm.conf"
LOG_DIR="$BASE/log"
RUN_DIR="$BASE/run"
STATE_DIR="$BASE/state"
SPOOL_DIR="$BASE/spool"
CTLD_LOG="$LOG_DIR/slurmctld.log"
SLURMD_LOG="$LOG_DIR/slurmd.log"
CTLD_PID="$RUN_DIR/slurmctld.pid"
SLURMD_PID="$RUN_DIR/slurmd.pid"
MUNGE_KEY=/etc/munge/munge.key
MUNGE_RUN=/run/munge
MUNGE_PID="$MUNGE_RUN/munged.pid"
MUNGE_LOG=/var/log/munge/munged.log
MARKER="# Managed by slurm-local-cluster.sh"

log() { printf '[slurm-local] %s\n' "$*"; }
die() { printf '[slurm-local] ERROR: %s\n' "$*" >&2; exit 1; }
# die_log MESSAGE LOGFILE: print the end of LOGFILE, then fail naming it.
die_log() {
  if [[ -s $2 ]]; then
    printf '[slurm-local] last lines of %s:\n' "$2" >&2
    tail -n 15 "$2" | sed 's/^/    /' >&2
    echo >&2
  fi
  die "$1; see $2"
}

# pid_alive PIDFILE NAME: true if the pid in PIDFILE is a live process named NAME.
pid_alive() {
  local f=$1 name=$2 pid
  [[ -s $f ]] || return 1
  pid=$(tr -dc '0-9' <"$f" 2>/dev/null) || true
  [[ -n $pid ]] && proc_alive "$pid" || return 1
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == "$name"* ]]
}

# proc_alive PID: true if PID runs (a killed daemon may linger as a zombie
# until init reaps it; that counts as gone).
proc_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  [[ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]]
}

# stop_pidfile PIDFILE NAME: SIGTERM, wait up to 15 s, then SIGKILL.
stop_pidfile() {
  local f=$1 name=$2 pid i
  if ! pid_alive "$f" "$name"; then rm -f "$f"; return 0; fi
  pid=$(tr -dc '0-9' <"$f" 2>/dev/null) || true
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    proc_alive "$pid" || { rm -f "$f"; return 0; }
    sleep 0.1
  done
  log "$name did not exit after 15 s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$f"
}

ensure_packages() {
  local missing=() cmd
  for cmd in munged slurmctld slurmd sbatch squeue scontrol scancel sinfo; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  ((${#missing[@]} == 0)) && return 0
  log "missing commands: ${missing[*]} — installing slurmctld slurmd slurm-client munge"
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install slurm-wlm and munge by hand"
  # Keep package maintainer scripts from starting daemons themselves.
  local own_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  local rc=0
  {
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        slurmctld slurmd slurm-client munge
  } || rc=$?
  ((own_policy)) && rm -f /usr/sbin/policy-rc.d
  ((rc == 0)) || die "apt-get failed (exit $rc) installing slurm packages"
  for cmd in "${missing[@]}"; do
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd still missing after install"
  done
}

ensure_dirs() {
  mkdir -p "$CONF_DIR" "$LOG_DIR" "$RUN_DIR" "$STATE_DIR" "$SPOOL_DIR/slurmd"
  chmod 755 "$BASE" "$LOG_DIR" "$RUN_DIR" "$SPOOL_DIR" "$SPOOL_DIR/slurmd"
  chmod 700 "$STATE_DIR"
}

# Prints the slurm.conf for this machine on stdout.
render_conf() {
  local cpus mem_mb margin real_mem
  cpus=$(nproc)
  mem_mb=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
  margin=$((mem_mb / 10 > 512 ? mem_mb / 10 : 512))
  real_mem=$((mem_mb - margin > 256 ? mem_mb - margin : 256))
  cat <<EOF
$MARKER — rewritten by "start"; edit the script, not this file.
ClusterName=localcluster
SlurmctldHost=$NODE(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
# cred_expire also sets how long a requeued job waits before it may start
# again (default 120 s); keep it short so requeue tests finish quickly.
AuthInfo=cred_expire=10
CryptoType=crypto/munge
MpiDefault=none
MailProg=/bin/true
SwitchType=switch/none
# No cgroups: works in unprivileged containers.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
# Re-test pending jobs often (defaults 60 s / 30 s): requeued jobs become
# eligible on a timer, not on an event, so this bounds their restart delay.
SchedulerParameters=sched_interval=5,bf_interval=5
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
JobRequeue=1
# A job whose dependency can never be met (e.g. afterok on a cancelled array
# task) is cancelled instead of pending forever.
DependencyParameters=kill_invalid_depend
MaxArraySize=100001
MaxJobCount=100000
MinJobAge=3600
KillWait=5
InactiveLimit=0
SlurmctldTimeout=30
SlurmdTimeout=60
SlurmdParameters=config_overrides
StateSaveLocation=$STATE_DIR
SlurmdSpoolDir=$SPOOL_DIR/slurmd
SlurmctldPidFile=$CTLD_PID
SlurmdPidFile=$SLURMD_PID
SlurmctldLogFile=$CTLD_LOG
SlurmdLogFile=$SLURMD_LOG
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$NODE NodeAddr=127.0.0.1 NodeHostname=$NODE CPUs=$cpus Sockets=1 CoresPerSocket=$cpus ThreadsPerCore=1 RealMemory=$real_mem State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP OverSubscribe=NO
EOF
}

# Writes slurm.conf if it differs; returns 0 if changed, 1 if unchanged.
write_conf() {
  local tmp
  tmp=$(mktemp)
  render_conf >"$tmp"
  if [[ -f $CONF ]] && cmp -s "$tmp" "$CONF"; then
    rm -f "$tmp"
    return 1
  fi
  if [[ -f $CONF ]] && ! grep -q "^$MARKER" "$CONF"; then
    cp -p "$CONF" "$CONF.bak.$(date +%Y%m%d%H%M%S)"
    log "backed up existing $CONF"
  fi
  install -m 644 "$tmp" "$CONF"
  rm -f "$tmp"
  log "wrote $CONF"
  return 0
}

start_munge() {
  if pid_alive "$MUNGE_PID" munged; then
    return 0
  fi
  local user=root
  id munge >/dev/null 2>&1 && user=munge
  mkdir -p /etc/munge "$MUNGE_RUN" /var/lib/munge /var/log/munge
  if [[ ! -s $MUNGE_KEY ]]; then
    log "creating $MUNGE_KEY"
    if command -v mungekey >/dev/null 2>&1; then
      mungekey --create --keyfile="$MUNGE_KEY" --force
    else
      dd if=/dev/urandom of="$MUNGE_KEY" bs=1024 count=1 status=none
    fi
  fi
  chown "$user:" /etc/munge "$MUNGE_KEY" "$MUNGE_RUN" /var/lib/munge /var/log/munge
  chmod 700 /etc/munge /var/lib/munge /var/log/munge
  chmod 755 "$MUNGE_RUN"
  chmod 400 "$MUNGE_KEY"
  log "starting munged (as $user)"
  rm -f "$MUNGE_PID"
  if [[ $user == root ]]; then
    munged --force --pid-file="$MUNGE_PID" 9>&- || die_log "munged failed to start" "$MUNGE_LOG"
  else
    runuser -u munge -- munged --pid-file="$MUNGE_PID" 9>&- || die_log "munged failed to start" "$MUNGE_LOG"
  fi
  local i
  for ((i = 0; i < TIMEOUT * 10; i++)); do
    if timeout 5 munge -n </dev/null 2>/dev/null | timeout 5 unmunge >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  die_log "munge does not work after ${TIMEOUT}s" "$MUNGE_LOG"
}

start_slurmctld() {
  pid_alive "$CTLD_PID" slurmctld && return 0
  log "starting slurmctld (log: $CTLD_LOG)"
  rm -f "$CTLD_PID"
  slurmctld -f "$CONF" >>"$LOG_DIR/slurmctld.stdout" 2>&1 </dev/null 9>&- ||
    die_log "slurmctld failed to start (see also $CTLD_LOG)" "$LOG_DIR/slurmctld.stdout"
  local i
  for ((i = 0; i < TIMEOUT * 10; i++)); do
    # The pid file appears once slurmctld has daemonized; a pid file whose
    # process is gone (or none after 5 s) means slurmctld died.
    if { [[ -s $CTLD_PID ]] || ((i >= 25)); } && ! pid_alive "$CTLD_PID" slurmctld; then
      die_log "slurmctld exited" "$CTLD_LOG"
    fi
    [[ -s $CTLD_PID ]] && timeout 3 scontrol ping 2>/dev/null | grep -q 'is UP' && return 0
    sleep 0.2
  done
  die_log "slurmctld not answering after ${TIMEOUT}s" "$CTLD_LOG"
}

SLURMD_LAUNCHED=0
start_slurmd() {
  pid_alive "$SLURMD_PID" slurmd && return 0
  log "starting slurmd (log: $SLURMD_LOG)"
  rm -f "$SLURMD_PID"
  SLURMD_LAUNCHED=$(($(date +%s) - 1))
  slurmd -f "$CONF" -N "$NODE" >>"$LOG_DIR/slurmd.stdout" 2>&1 </dev/null 9>&- ||
    die_log "slurmd failed to start (see also $SLURMD_LOG)" "$LOG_DIR/slurmd.stdout"
}

node_state() { timeout 10 sinfo -h -N -n "$NODE" -o '%T' 2>/dev/null | head -n1; }

# True once the slurmd we launched has registered with slurmctld (the node
# state alone may be an idle state restored from StateSaveLocation).
slurmd_registered() {
  ((SLURMD_LAUNCHED == 0)) && return 0
  local t
  t=$(timeout 10 scontrol show node "$NODE" 2>/dev/null | grep -o 'SlurmdStartTime=[^ ]*' | cut -d= -f2)
  [[ -n $t && $t != None ]] || return 1
  t=$(date -d "$t" +%s 2>/dev/null) || return 1
  ((t >= SLURMD_LAUNCHED))
}

wait_node_ready() {
  local i state="" completing=0
  for ((i = 0; i < TIMEOUT * 2; i++)); do
    state=$(node_state)
    case $state in
      idle | mixed | allocated) slurmd_registered && return 0 ;;
      # Briefly "completing" after a restart; accept it if it lasts (a job
      # that is really finishing).
      completing) ((++completing >= 20)) && slurmd_registered && return 0 ;;
      drained* | draining* | down*)
        # Left over from an earlier unclean stop: bring the node back.
        if pid_alive "$SLURMD_PID" slurmd && ((i % 10 == 4)); then
          timeout 10 scontrol update NodeName="$NODE" State=RESUME >/dev/null 2>&1 || true
        fi ;;
    esac
    if { [[ -s $SLURMD_PID ]] || ((i > 10)); } && ! pid_alive "$SLURMD_PID" slurmd; then
      die_log "slurmd exited" "$SLURMD_LOG"
    fi
    sleep 0.5
  done
  timeout 10 sinfo -N -l >&2 || true
  tail -n 5 "$CTLD_LOG" >&2 2>/dev/null || true
  die_log "node $NODE not idle after ${TIMEOUT}s (state: ${state:-unknown}); see also $CTLD_LOG" "$SLURMD_LOG"
}

do_stop() {
  stop_pidfile "$SLURMD_PID" slurmd
  stop_pidfile "$CTLD_PID" slurmctld
  stop_pidfile "$MUNGE_PID" munged
  log "stopped (logs in $LOG_DIR)"
}

do_start() {
  local t0=$SECONDS changed=0
  ensure_packages
  ensure_dirs
  write_conf && changed=1
  if ((changed)) && { pid_alive "$CTLD_PID" slurmctld || pid_alive "$SLURMD_PID" slurmd; }; then
    log "configuration changed: restarting slurm daemons"
    stop_pidfile "$SLURMD_PID" slurmd
    stop_pidfile "$CTLD_PID" slurmctld
  fi
  start_munge
  start_slurmctld
  start_slurmd
  wait_node_ready
  log "cluster up in $((SECONDS - t0))s: node $NODE ($(node_state)), logs in $LOG_DIR, config $CONF"
}

do_status() {
  local d f rc=0
  for d in munged:$MUNGE_PID slurmctld:$CTLD_PID slurmd:$SLURMD_PID; do
    f=${d#*:}
    if pid_alive "$f" "${d%%:*}"; then
      printf '%-10s running (pid %s)\n' "${d%%:*}" "$(tr -dc '0-9' <"$f")"
    else
      printf '%-10s stopped\n' "${d%%:*}"
      rc=3
    fi
  done
  echo "logs: $LOG_DIR  config: $CONF"
  if command -v sinfo >/dev/null 2>&1 && timeout 10 sinfo 2>/dev/null; then
    timeout 10 squeue 2>/dev/null || true
  else
    echo "sinfo: slurmctld not reachable"
    rc=3
  fi
  return $rc
}

main() {
  local cmd=${1:-}
  case $cmd in
    start | stop | restart | status) ;;
    *) echo "usage: $0 {start|stop|restart|status}" >&2; exit 2 ;;
  esac
  [[ $(id -u) -eq 0 ]] || die "must run as root"
  mkdir -p "$BASE"
  exec 9>"$BASE/.lock"
  flock -w "$TIMEOUT" 9 || die "another slurm-local-cluster.sh is running (lock $BASE/.lock)"
  case $cmd in
    start) do_start ;;
    stop) do_stop ;;
    restart) do_stop; do_start ;;
    status) do_status ;;
  esac
}

main "$@"
