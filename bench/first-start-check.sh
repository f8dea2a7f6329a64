#!/usr/bin/env bash
# Starts the README's run command on an empty data folder and checks that the login page answers
# and /actuator/health is UP within the given number of seconds (default 30). Prints the time.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-30}
data=$(mktemp -d /tmp/constable-first-start.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18123)
log="$data/run.log"
start=$(date +%s.%N)
CONSTABLE_DATA_DIR="$data" CONSTABLE_PORT="$port" setsid ./mvnw -B -q spring-boot:run >"$log" 2>&1 &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
up=""
while [ -z "$up" ]; do
  now=$(date +%s.%N)
  elapsed=$(awk -v a="$start" -v b="$now" 'BEGIN{printf "%.1f", b-a}')
  if awk -v e="$elapsed" -v l="$limit" 'BEGIN{exit !(e>l+30)}'; then break; fi
  if curl -sf "http://localhost:$port/actuator/health" | grep -q '"UP"' && \
     [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")" = "200" ]; then
    up=$elapsed
  else
    sleep 0.5
  fi
done
if [ -z "$up" ]; then
  echo "FAILED: Constable did not serve /login and a healthy /actuator/health within $((limit+30)) s"; tail -40 "$log"; exit 1
fi
grep -q "Constable is running" "$log" && grep -q "demo.call-handler" "$log" || { echo "FAILED: no demo logins printed"; tail -40 "$log"; exit 1; }
echo "first start: login page and health UP after ${up} s (limit ${limit} s), demo logins printed"
awk -v e="$up" -v l="$limit" 'BEGIN{exit !(e<=l)}' || { echo "FAILED: slower than ${limit} s"; exit 1; }
