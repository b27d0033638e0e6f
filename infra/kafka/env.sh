# Shared settings for the broker scripts (sourced, not run). Every value can be overridden
# from the environment, e.g. KAFKA_PORT=29092 infra/kafka/start.sh.
KAFKA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_CACHE_DIR="${KAFKA_CACHE_DIR:-$KAFKA_DIR/.cache}"
KAFKA_RUN_DIR="${KAFKA_RUN_DIR:-$KAFKA_DIR/.run}"
KAFKA_HOST="${KAFKA_HOST:-127.0.0.1}"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
# A modest heap: the machine is shared with the test suite and other services.
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
KAFKA_LIBS="$KAFKA_CACHE_DIR/libs"
KAFKA_PID_FILE="$KAFKA_RUN_DIR/broker.pid"
KAFKA_CLASSPATH="$KAFKA_LIBS/*"
