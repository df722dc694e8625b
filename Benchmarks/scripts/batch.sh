#!/usr/bin/env bash
# Throughput and memory of `triage batch` on a seeded 1,000,000-ticket backlog with the default workspace.
# Prints tickets/s, peak RSS, and checks decision lines + reject lines = input lines.
#   Benchmarks/scripts/batch.sh [COUNT]        (TRIAGE_BIN=path to use an existing release binary;
#                                               TRIAGE_SUBCOMMAND=_batch-drill to measure the runner alone)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-1000000}"
work="${BATCH_WORK:-$root/Benchmarks/out/batch}"
mkdir -p "$work"
input="$work/tickets-$count.jsonl"
if [ ! -s "$input" ]; then
  python3 "$here/gen_tickets.py" "$input" --count "$count" --seed 7 --corpus "$root/Corpus" >&2
fi
bin="${TRIAGE_BIN:-}"
if [ -z "$bin" ]; then
  (cd "$root" && swift build -c release --product triage >&2)
  bin="$root/.build/release/triage"   # the default scratch path
fi
sub="${TRIAGE_SUBCOMMAND:-batch}"
extra=()
[ "$sub" = "batch" ] && extra=(--workspace "$root/Corpus")
rm -f "$work/decisions.jsonl" "$work/decisions.jsonl.checkpoint" "$work/rejects.jsonl"
start=$(date +%s.%N)
set +e
/usr/bin/time -v -o "$work/time.txt" "$bin" "$sub" "${extra[@]}" --in "$input" --out "$work/decisions.jsonl" \
  --rejects "$work/rejects.jsonl" --quiet
status=$?
set -e
end=$(date +%s.%N)
if [ "$status" -gt 1 ]; then echo "triage $sub failed with status $status" >&2; exit "$status"; fi
lines=$(wc -l < "$input")
decided=$(wc -l < "$work/decisions.jsonl")
rejected=$(wc -l < "$work/rejects.jsonl")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
python3 - "$lines" "$decided" "$rejected" "$start" "$end" "$rss_kb" "$(nproc)" <<'PY'
import json, sys
lines, decided, rejected = map(int, sys.argv[1:4])
seconds = float(sys.argv[5]) - float(sys.argv[4])
print(json.dumps({"input_lines": lines, "decided": decided, "rejected": rejected,
                  "accounted": decided + rejected == lines, "seconds": round(seconds, 2),
                  "tickets_per_second": round(lines / seconds), "peak_rss_mib": round(int(sys.argv[6]) / 1024, 1),
                  "cores": int(sys.argv[7])}, sort_keys=True))
sys.exit(0 if decided + rejected == lines else 1)
PY
