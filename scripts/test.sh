#!/usr/bin/env bash
# Runs every test of ArticleQA on a fresh machine: restore, build, each test project, and an
# end-to-end run of the README's main command. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
passed=0
failed=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

# --- Redis for the shared-state tests (issue 6) ------------------------------------------------
# The tests start and stop their own redis-server processes on free ports in temp folders; this
# only makes sure the program is installed. Idempotent: skipped when redis-server is on PATH.
if ! command -v redis-server >/dev/null 2>&1; then
  echo "== installing redis-server"
  sudo_cmd=""
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null ||
    echo "could not install redis-server: the Redis tests will fail"
  # Debian starts a system service on install; the tests use their own servers only.
  if command -v systemctl >/dev/null 2>&1; then $sudo_cmd systemctl disable --now redis-server >/dev/null 2>&1 || true; fi
fi
# --- end of Redis block -------------------------------------------------------------------------

echo "== restore and build"
if ! dotnet build ArticleQA.sln -c Release -warnaserror 2>&1 | tail -n 3; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Adds the counts of one 'dotnet test' summary ("Failed: 0, Passed: 36, ...") to the totals.
count() {
  local summary p f
  summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$1" | tail -n 1)
  if [[ -z "$summary" ]]; then failed=$((failed + 1)); return; fi
  f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$summary")
  p=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$summary")
  passed=$((passed + p))
  failed=$((failed + f))
}

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build 2>&1 | tee "$log_dir/$name.log" | grep -E '^\s+Failed |(Passed|Failed)! ' || true
  count "$log_dir/$name.log"
done

# End to end: the README's first command, fed a conversation on stdin.
echo "== end to end: console chat on embedded defaults"
e2e_data=$(mktemp -d)
output=$(printf 'Who is Lei Jun?\nHow much has his company invested in R&D?\n/quit\n' |
  ArticleQA__DataPath="$e2e_data" dotnet run --project src/ArticleQA.Cli -c Release --no-build -- chat 2>&1)
rm -rf "$e2e_data"
if grep -q "105 billion" <<<"$output"; then
  echo "passed: the follow-up was answered with Xiaomi's 105 billion yuan"
  passed=$((passed + 1))
else
  echo "failed: chat output was:"; echo "$output" | tail -n 20
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
