#!/usr/bin/env bash
# Fetches the Kafka broker jars (pom.xml) from Maven Central into .cache/libs. Safe to re-run:
# does nothing when the cache already holds the pinned version.
set -euo pipefail
source "$(dirname "$0")/env.sh"

version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_DIR/pom.xml")"
stamp="$KAFKA_LIBS/.fetched-$version"
if [ -f "$stamp" ]; then
  exit 0
fi
command -v mvn >/dev/null || { echo "fetch.sh: Maven (mvn) is required" >&2; exit 1; }
rm -rf "$KAFKA_LIBS"
mkdir -p "$KAFKA_LIBS"
echo "fetch.sh: fetching Kafka $version from Maven Central"
mvn -q -B -Dstyle.color=never -f "$KAFKA_DIR/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$KAFKA_LIBS" -DincludeScope=runtime
touch "$stamp"
