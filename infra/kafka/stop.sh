#!/usr/bin/env bash
# Stops the broker that start.sh started (and only that one). Safe to re-run.
set -euo pipefail
source "$(dirname "$0")/env.sh"

[ -f "$KAFKA_PID_FILE" ] || exit 0
pid="$(cat "$KAFKA_PID_FILE")"
# Only signal the pid if it is still our broker (pids get reused).
if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka.Kafka'; then
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop.sh: broker $pid did not stop in 30 s; killing it" >&2
    kill -KILL "$pid" || true
  fi
  echo "stop.sh: broker $pid stopped"
fi
rm -f "$KAFKA_PID_FILE"
