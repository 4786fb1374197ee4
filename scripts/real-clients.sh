#!/usr/bin/env bash
# End-to-end tests of the bot host through clients no one here wrote: botframework-directlinejs,
# Bot Framework Web Chat in headless Chromium (Debian's package, driven by playwright-core), and
# Microsoft's Teams manifest schema. Installs what is missing (idempotent), starts the built bot on
# a free port, waits for /healthz, runs tests/webchat-e2e with node's test runner, stops the bot.
# Expects a Release build. Ends with one line "real clients: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

e2e=tests/webchat-e2e
work=$(mktemp -d /tmp/articleqa-e2e.XXXXXX)
bot_pid=""
stop_bot() {
  [[ -z "$bot_pid" ]] && return
  kill "$bot_pid" 2>/dev/null
  for _ in $(seq 1 30); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$bot_pid" 2>/dev/null
  bot_pid=""
}
trap 'stop_bot; rm -rf "$work"' EXIT
give_up() { echo "real clients: $1"; echo "real clients: 0 passed, 1 failed"; exit 1; }

# Chromium (and Node.js with npm, if the machine lacks them) from Debian when missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "installing ${missing[*]} (apt-get)"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || give_up "could not install ${missing[*]}"
fi

# npm packages from the committed lock files, reinstalled only when the lock file changed.
npm_ci() {
  if [[ ! -d "$1/node_modules" || "$1/package-lock.json" -nt "$1/node_modules" ]]; then
    echo "npm ci in $1"
    (cd "$1" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) >/dev/null && touch "$1/node_modules" || give_up "npm ci failed in $1"
  fi
}
npm_ci src/ArticleQA.Bot/webchat
npm_ci "$e2e"

# The Teams package the schema test checks.
MicrosoftAppId=00000000-0000-4000-8000-00000000e2e0 dotnet src/ArticleQA.Cli/bin/Release/net10.0/articleqa.dll \
  teams-package --out "$work/teams.zip" >/dev/null || give_up "articleqa teams-package failed"

# The bot, as built, on a port the system picks; its address is read from its own log.
ArticleQA__DataPath="$work/data" dotnet src/ArticleQA.Bot/bin/Release/net10.0/ArticleQA.Bot.dll \
  --contentRoot "$PWD/src/ArticleQA.Bot" --urls http://127.0.0.1:0 >"$work/bot.log" 2>&1 &
bot_pid=$!
url=""
for _ in $(seq 1 120); do
  url=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$work/bot.log" | head -n 1 | sed 's/Now listening on: //')
  [[ -n "$url" ]] && curl -fsS "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$bot_pid" 2>/dev/null || break
  sleep 0.5
done
if ! curl -fsS "${url:-http://127.0.0.1:9}/healthz" >/dev/null 2>&1; then
  tail -n 20 "$work/bot.log"
  give_up "the bot did not become healthy"
fi
echo "bot at $url"

(cd "$e2e" && BOT_URL="$url" TEAMS_PACKAGE="$work/teams.zip" timeout 600 \
  node --test --test-reporter=tap directline.test.mjs webchat.test.mjs teams-package.test.mjs) >"$work/node.log" 2>&1
grep -E '^(not )?ok ' "$work/node.log"
grep -B2 -A25 '^not ok' "$work/node.log" | head -n 80
stop_bot

pass=$(grep -oE '^# pass [0-9]+' "$work/node.log" | grep -oE '[0-9]+$')
fail=$(grep -oE '^# fail [0-9]+' "$work/node.log" | grep -oE '[0-9]+$')
[[ -z "$pass" || -z "$fail" ]] && { tail -n 20 "$work/node.log"; give_up "node's test runner printed no summary"; }
echo "real clients: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
