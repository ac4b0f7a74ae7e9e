#!/usr/bin/env bash
# The infra/compose.yaml topology without Docker: two Sammen server processes on two ports, sharing one
# PostgreSQL schema and one Redis, so you can open a board on both ports and watch edits cross.
#
#   scripts/run-two-instances.sh            # then open the two printed URLs; Ctrl-C stops both
#
# Environment (defaults match the local/CI services):
#   DATABASE_URL     postgres://postgres@127.0.0.1:5432/test
#   DATABASE_SCHEMA  sammen_two            (created if missing, by the first instance)
#   REDIS_URL        redis://127.0.0.1:6379
#   PORT_1, PORT_2   8787, 8788
#   LOG_LEVEL        info                  (each instance logs to its own file, printed at start)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
export DATABASE_SCHEMA="${DATABASE_SCHEMA:-sammen_two}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
export HOST="${HOST:-127.0.0.1}"
PORT_1="${PORT_1:-8787}"
PORT_2="${PORT_2:-8788}"
LOG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/sammen-two-XXXXXX")"

pids=()
stop() {
  trap - INT TERM EXIT
  if [ "${#pids[@]}" -gt 0 ]; then
    echo "stopping ${pids[*]} (SIGTERM: clients get 1012, boards are flushed)"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  echo "logs kept in $LOG_DIR"
}
trap stop INT TERM EXIT

# Waits until the instance answers /readyz (storage and Redis up), or fails if it exited.
wait_ready() {
  local port=$1 pid=$2
  for _ in $(seq 1 200); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "instance on port $port exited; its log:" >&2
      cat "$LOG_DIR/server-$port.log" >&2
      return 1
    fi
    if node -e "fetch('http://127.0.0.1:$port/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
      return 0
    fi
    sleep 0.1
  done
  echo "instance on port $port not ready after 20 s; see $LOG_DIR/server-$port.log" >&2
  return 1
}

start() {
  local port=$1
  # Not `pnpm start`: running node directly makes $! the server itself, so our SIGTERM reaches it.
  # setsid: its own session, so a terminal Ctrl-C reaches only this script, which then sends exactly
  # one SIGTERM (a second signal would make the server skip its final flush).
  (cd "$ROOT/apps/server" && PORT="$port" exec setsid node --import tsx src/main.ts) >"$LOG_DIR/server-$port.log" 2>&1 &
  pids+=("$!")
  wait_ready "$port" "$!"
}

# One after the other: the first creates the schema and runs the migrations, the second finds them done.
start "$PORT_1"
start "$PORT_2"

cat <<INFO
Two Sammen instances share PostgreSQL schema "$DATABASE_SCHEMA" and Redis $REDIS_URL:
  instance 1: http://localhost:$PORT_1   (sync ws://localhost:$PORT_1/sync, metrics http://localhost:$PORT_1/metrics)
  instance 2: http://localhost:$PORT_2   (sync ws://localhost:$PORT_2/sync, metrics http://localhost:$PORT_2/metrics)
Open the same board (/b/<id>) on both ports: edits cross through Redis. Logs: $LOG_DIR
Press Ctrl-C to stop both.
INFO

# Returns as soon as either instance exits; the trap then stops the other.
wait -n "${pids[@]}"
echo "an instance exited on its own" >&2
exit 1
