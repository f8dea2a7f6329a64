#!/usr/bin/env bash
# Cold start of the run command, `./mvnw -q spring-boot:run`, measured from launch until
# /actuator/health answers {"status":"UP"} and /login answers 200.
#
#   bench/cold-start.sh [runs] [--health-only]
#
# Each run: (1) first start on an empty data folder (embedded PostgreSQL initdb, migrations, demo
# force seeding), stop; (2) second start with the data folder kept, stop. Prints the seconds of
# each and, at the end, the median of each over the runs. Run it from anywhere; it works in the
# project folder that holds it. Needs curl and python3 (for a free port).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${1:-3}
HEALTH_ONLY=false
[[ "${2:-}" == "--health-only" ]] && HEALTH_ONLY=true
TIMEOUT_S=${COLD_START_TIMEOUT_S:-600}

now() { date +%s.%N; }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

ready() { # port
    local health login
    health=$(curl -s --max-time 2 "http://localhost:$1/actuator/health" || true)
    [[ "$health" == *'"status":"UP"'* ]] || return 1
    $HEALTH_ONLY && return 0
    login=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$1/login" || true)
    [[ "$login" == "200" ]]
}

PGID=""
DATA=""
stop_app() {
    [[ -n "$PGID" ]] || return 0
    # SIGTERM to the whole process group (mvnw, Maven, the forked application JVM); the JVM's
    # shutdown closes the embedded PostgreSQL.
    kill -TERM -- "-$PGID" 2>/dev/null || true
    for _ in $(seq 1 150); do
        kill -0 -- "-$PGID" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL -- "-$PGID" 2>/dev/null || true
    # pg_ctl detaches the postmaster into its own session: stop it by the pid it wrote, if still up.
    local pidfile="$DATA/postgres/postmaster.pid"
    if [[ -f "$pidfile" ]]; then
        local pgpid
        pgpid=$(head -1 "$pidfile")
        if [[ -n "$pgpid" ]] && kill -0 "$pgpid" 2>/dev/null; then
            kill -TERM "$pgpid" 2>/dev/null || true
            for _ in $(seq 1 50); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.2; done
        fi
    fi
    PGID=""
}
trap stop_app EXIT
trap 'exit 130' INT TERM HUP

start_and_time() { # label -> prints seconds
    local port log t0 t1
    # this runs in a $(...) subshell, which does not inherit the outer traps
    trap stop_app EXIT
    trap 'exit 130' INT TERM HUP
    port=$(free_port)
    log="$DATA.$1.log"
    t0=$(now)
    # set -m: the job gets a process group of its own whose id is its pid, so the whole tree
    # (mvnw, Maven, the forked application JVM) can be stopped at once.
    set -m
    CONSTABLE_DATA_DIR="$DATA" CONSTABLE_PORT="$port" ./mvnw -q spring-boot:run >"$log" 2>&1 </dev/null &
    PGID=$!
    set +m
    local deadline
    deadline=$(python3 -c "print($t0 + $TIMEOUT_S)")
    until ready "$port"; do
        if ! kill -0 "$PGID" 2>/dev/null; then
            echo "application exited before it was ready; last lines of $log:" >&2
            tail -20 "$log" >&2
            exit 1
        fi
        if python3 -c "import sys,time; sys.exit(0 if time.time() > $deadline else 1)"; then
            echo "not ready within ${TIMEOUT_S}s; last lines of $log:" >&2
            tail -20 "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
    t1=$(now)
    stop_app
    python3 -c "print(f'{$t1 - $t0:.1f}')"
}

firsts=()
seconds=()
echo "commit $(git rev-parse --short HEAD)$( [[ -n "$(git status --porcelain)" ]] && echo ' (dirty)'), $(nproc) cores, $(date -u +%F)"
$HEALTH_ONLY && echo "readiness: /actuator/health UP only (--health-only)" || echo "readiness: /actuator/health UP and /login 200"
for run in $(seq 1 "$RUNS"); do
    DATA=$(mktemp -d /tmp/constable-cold-start.XXXXXX)
    rm -rf "$DATA"   # the first start gets an empty (absent) data folder
    first=$(start_and_time first)
    second=$(start_and_time second)
    echo "run $run: first start ${first}s, second start ${second}s"
    firsts+=("$first")
    seconds+=("$second")
    rm -rf "$DATA" "$DATA".*.log
done
median() { printf '%s\n' "$@" | sort -n | python3 -c 'import sys,statistics; print(f"{statistics.median(float(x) for x in sys.stdin):.1f}")'; }
echo "median first start (empty data folder): $(median "${firsts[@]}")s"
echo "median second start (data folder kept): $(median "${seconds[@]}")s"
