#!/usr/bin/env bash
# Stemmer throughput: TriageText's EnglishStemmer (release StemBench) against PyStemmer, the Snowball C
# stemmer (PyPI `PyStemmer`), on the same word lists in the same run; prints both figures and the ratios.
#   (a) the Snowball vocabulary (42,649 distinct words), no cache on either side;
#   (b) running text (dialogsum dev dialogues + banking77 train texts, lower-cased, split on non-letters),
#       PyStemmer with its built-in cache, ours with a StemCache; both caches warm.
# Each side reports medians of RUNS timed runs after a warm-up; the two alternate for ROUNDS rounds and
# the report takes the median per figure (the machine may be shared). Usage: stemmer.sh [RUNS] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${TRIAGE_DATA:-$root/../shared/data}"
runs="${1:-7}"
rounds="${2:-3}"
[ -d "$data" ] || { echo "stemmer.sh: data directory $data not found (set TRIAGE_DATA)" >&2; exit 1; }
py="$("$root/Benchmarks/scripts/venv.sh" PyStemmer)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$py" "$root/Benchmarks/scripts/stemmer_peer.py" lists "$data" "$work"
(cd "$root/Benchmarks" && swift build -c release --scratch-path .build-bench-stem --product StemBench >&2)
bench="$root/Benchmarks/.build-bench-stem/release/StemBench"

for _ in $(seq "$rounds"); do
  "$bench" --vocabulary "$work/vocabulary.txt" --text "$work/text.txt" --runs "$runs" \
    | sed 's/^{/{"who": "triagekit", /' >> "$work/results.jsonl"
  "$py" "$root/Benchmarks/scripts/stemmer_peer.py" time "$work" "$runs" \
    | sed 's/^{/{"who": "pystemmer", /' >> "$work/results.jsonl"
done
"$py" "$root/Benchmarks/scripts/stemmer_peer.py" report "$work/results.jsonl"
