#!/usr/bin/env bash
# Starts a single-node Kafka (KRaft: broker + controller in one JVM) on $KAFKA_HOST:$KAFKA_PORT
# in the background. Formats the storage on first start. Safe to re-run: does nothing when a
# broker already answers on the port. Logs and data live in .run/ (git-ignored).
set -euo pipefail
source "$(dirname "$0")/env.sh"

if node "$KAFKA_DIR/probe.mjs" "$KAFKA_HOST:$KAFKA_PORT" 1000; then
  echo "start.sh: a broker already answers on $KAFKA_HOST:$KAFKA_PORT"
  exit 0
fi
if [ -f "$KAFKA_PID_FILE" ] && kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null; then
  echo "start.sh: broker process $(cat "$KAFKA_PID_FILE") is still starting; run wait.sh"
  exit 0
fi
"$KAFKA_DIR/fetch.sh"
command -v java >/dev/null || { echo "start.sh: Java 17+ is required" >&2; exit 1; }

mkdir -p "$KAFKA_RUN_DIR/data" "$KAFKA_RUN_DIR/logs"
config="$KAFKA_RUN_DIR/server.properties"
cat >"$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_RUN_DIR/data
num.partitions=3
auto.create.topics.enable=false
# One node: every internal topic has a single replica.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=5
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=24
log.segment.bytes=67108864
PROPS
cat >"$KAFKA_RUN_DIR/log4j.properties" <<PROPS
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$KAFKA_RUN_DIR/logs/server.log
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=INFO
PROPS

java_opts=(-cp "$KAFKA_CLASSPATH" "-Dlog4j.configuration=file:$KAFKA_RUN_DIR/log4j.properties")
if [ ! -f "$KAFKA_RUN_DIR/data/meta.properties" ]; then
  cluster_id="$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid)"
  java "${java_opts[@]}" kafka.tools.StorageTool format --ignore-formatted \
    -t "$cluster_id" -c "$config" >"$KAFKA_RUN_DIR/logs/format.log"
fi

# shellcheck disable=SC2086 # KAFKA_HEAP_OPTS holds several JVM flags on purpose
nohup java $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
  "${java_opts[@]}" kafka.Kafka "$config" >"$KAFKA_RUN_DIR/logs/stdout.log" 2>&1 &
echo $! >"$KAFKA_PID_FILE"
echo "start.sh: broker starting (pid $!) on $KAFKA_HOST:$KAFKA_PORT; logs in $KAFKA_RUN_DIR/logs"
