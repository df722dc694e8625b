#!/usr/bin/env bash
# Instructions per record in the batch worker (intake + decision + JSON line), counted by callgrind over the
# first 2,000 lines of the generated backlog on one worker thread: a figure that machine load cannot move.
#   Benchmarks/scripts/batch_instructions.sh [TRIAGE_BIN]   (needs valgrind; run batch.sh once for the tickets)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/.build/release/triage}"
tickets="${BATCH_WORK:-$root/Benchmarks/out/batch}/tickets-1000000.jsonl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -2000 "$tickets" > "$work/t2k.jsonl"
cp "$bin" "$work/triage" && strip -g "$work/triage"
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
  --toggle-collect='$s9TriageKit11BatchWorkerV3runyAA11ChunkOutputVs10ArraySliceVyAA0C6RecordVGFTf4xn_n' \
  "$work/triage" batch --workspace "$root/Corpus" --in "$work/t2k.jsonl" --out "$work/d.jsonl" \
  --rejects "$work/r.jsonl" --jobs 1 --quiet 2>&1 \
  | awk '/Collected/ {gsub(",", "", $4); printf "%.1fk instructions per record\n", $4 / 2000 / 1000}'
