#!/usr/bin/env bash
# Evaluation reports as HTML and as PNG screenshots from headless Chromium (Debian package `chromium`):
#   Banking77 intent evaluation (train → test, 77 intents) and the default workspace's gold decisions.
#   Benchmarks/scripts/report_png.sh        writes Benchmarks/out/report/{intent,resolve}.{html,png} and intent-errors.jsonl
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${TRIAGE_DATA:-$root/../shared/data}"
out="$root/Benchmarks/out/report"
mkdir -p "$out"
bin="${TRIAGE_BIN:-}"
if [ -z "$bin" ]; then
  (cd "$root" && swift build -c release --product triage >&2)
  bin="$root/.build/release/triage"
fi
"$bin" eval intent --train "$data/banking77/train.csv" --test "$data/banking77/test.csv" \
  --report "$out/intent.html" --errors "$out/intent-errors.jsonl" > "$out/intent.json"
(cd "$root" && "$bin" eval resolve --workspace Corpus --report "$out/resolve.html" > "$out/resolve.json")
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then echo "chromium not installed: HTML only in $out" >&2; exit 0; fi
for page in intent resolve; do
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,2400 \
    --screenshot="$out/$page.png" "file://$out/$page.html" >/dev/null 2>&1
  echo "$out/$page.png"
done
