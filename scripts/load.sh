#!/usr/bin/env bash
# Starts a private redis-server and two bot instances sharing it, then runs the load tool with
# turns of each conversation alternating between the instances. Everything stops at the end.
# With --instances 1: one instance keeping state in memory, no Redis. After the runs the load tool
# prints each bot's working set (VmRSS).
#   bash scripts/load.sh [--instances 1|2] [--conversations 50] [--turns 2] [--runs 5] [--warmup-runs 0]
# Ports: REDIS_PORT (6390), BOT_PORTS ("3981 3982"; the first when --instances 1); loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

redis_port=${REDIS_PORT:-6390}
read -r -a bot_ports <<<"${BOT_PORTS:-3981 3982}"
instances=2
load_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --instances) instances=${2:?--instances needs 1 or 2}; shift 2 ;;
    *) load_args+=("$1"); shift ;;
  esac
done
case "$instances" in
  1) bot_ports=("${bot_ports[0]}") ;;
  2) ;;
  *) echo "load.sh: --instances takes 1 or 2, not '$instances'" >&2; exit 2 ;;
esac
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/ArticleQA.Bot -c Release -v q -nologo >/dev/null
dotnet build tests/tools/ArticleQA.LoadTest -c Release -v q -nologo >/dev/null

state=(ArticleQA__State__Provider=memory)
if [[ $instances -gt 1 ]]; then
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
  pids+=($!)
  until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.2; done
  state=(ArticleQA__State__Provider=redis ArticleQA__State__ConnectionString="127.0.0.1:$redis_port")
fi

urls=()
for port in "${bot_ports[@]}"; do
  env "${state[@]}" ArticleQA__DataPath="$work/data" \
    dotnet src/ArticleQA.Bot/bin/Release/net10.0/ArticleQA.Bot.dll --urls "http://127.0.0.1:$port" >"$work/bot-$port.log" 2>&1 &
  pids+=($!)
  urls+=(--url "http://127.0.0.1:$port" --pid "$!")
  # One at a time: the first builds the index file, the next loads it.
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.5; done
done

status=0
dotnet tests/tools/ArticleQA.LoadTest/bin/Release/net10.0/articleqa-load.dll "${urls[@]}" "${load_args[@]}" || status=$?
if [[ $status -ne 0 ]]; then
  kept=$(mktemp -d /tmp/articleqa-load-logs.XXXXXX)
  cp "$work"/*.log "$kept"/
  echo "some turns failed; the servers' logs are in $kept"
fi
exit $status
