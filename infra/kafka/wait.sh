#!/usr/bin/env bash
# Waits until the broker answers a metadata request with a live broker, for at most
# KAFKA_WAIT_SECONDS (default 90). Exits non-zero, showing the broker log's tail, if it never does.
set -euo pipefail
source "$(dirname "$0")/env.sh"

deadline=$((SECONDS + ${KAFKA_WAIT_SECONDS:-90}))
until node "$KAFKA_DIR/probe.mjs" "$KAFKA_HOST:$KAFKA_PORT" 1000; do
  if [ -f "$KAFKA_PID_FILE" ] && ! kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null; then
    echo "wait.sh: the broker process exited" >&2
    tail -n 30 "$KAFKA_RUN_DIR/logs/stdout.log" "$KAFKA_RUN_DIR/logs/server.log" >&2 || true
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "wait.sh: no broker answered on $KAFKA_HOST:$KAFKA_PORT in time" >&2
    tail -n 30 "$KAFKA_RUN_DIR/logs/server.log" >&2 || true
    exit 1
  fi
  sleep 0.5
done
echo "wait.sh: broker ready on $KAFKA_HOST:$KAFKA_PORT"
