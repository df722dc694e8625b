#!/usr/bin/env bash
# BM25 speed against bm25s, tantivy and SQLite FTS5 in the same run (release build), with ratios.
#   Benchmarks/scripts/search.sh            Cranfield + 1M synthetic short documents (generated once, seeded)
#   DOCS=200000 Benchmarks/scripts/search.sh   a smaller synthetic set
#   SKIP_SYNTHETIC=1 / WITH_BM25S_SYNTHETIC=1  skip the synthetic part / add bm25s on it (slow, ~1.3 GB)
#   CLOCK=cpu                               Cranfield queries timed in process CPU seconds on every side
#                                           (steadier than wall time when other jobs share the cores)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${TRIAGE_DATA:-$root/../shared/data}"
out="$root/Benchmarks/out/search"
mkdir -p "$out"
py="$("$root/Benchmarks/scripts/venv.sh" bm25s PyStemmer tantivy)"
peers="$root/Benchmarks/scripts/search_peers.py"
(cd "$root/Benchmarks" && swift build -c release --scratch-path .build-bench-search --product SearchBench >&2)
bench="$root/Benchmarks/.build-bench-search/release/SearchBench"

results="$out/results.jsonl"
: > "$results"
echo "== Cranfield (top 10)" >&2
cpu=0; if [ "${CLOCK:-wall}" = cpu ]; then cpu=1; fi
"$bench" beir --dir "$data/cranfield" --cpu "$cpu" | sed 's/^/{"peer": "triage", "set": "beir", /; s/^\({"peer": "triage", "set": "beir", \){/\1/' >> "$results"
for p in bm25s tantivy fts5; do BENCH_CLOCK="${CLOCK:-wall}" "$py" "$peers" "beir-$p" "$data/cranfield" >> "$results"; done

echo "== quality beside bm25s (nDCG@10, P@1)" >&2
for set in cranfield banking77-similar; do
  echo "$set: bm25s $("$py" "$peers" quality-bm25s "$data/$set")" >&2
  echo "$set: triage $("$bench" quality --dir "$data/$set")" >&2
done

if [ -z "${SKIP_SYNTHETIC:-}" ]; then
  syn="$out/synthetic-${DOCS:-1000000}"
  if [ ! -f "$syn/docs.txt" ]; then "$bench" generate --docs "${DOCS:-1000000}" --queries 1000 --seed 42 --out "$syn" >&2; fi
  echo "== synthetic ${DOCS:-1000000} short documents (top 10, 2 threads to build)" >&2
  "$bench" synthetic --dir "$syn" --threads 2 | sed 's/^{/{"peer": "triage", "set": "synthetic", /' >> "$results"
  "$py" "$peers" synthetic-tantivy "$syn" 2 >> "$results"
  "$py" "$peers" synthetic-fts5 "$syn" >> "$results"
  if [ -n "${WITH_BM25S_SYNTHETIC:-}" ]; then "$py" "$peers" synthetic-bm25s "$syn" >> "$results"; fi
fi

"$py" - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
for s in ("beir", "synthetic"):
    ours = next((r for r in rows if r["peer"] == "triage" and r["set"] == s), None)
    if not ours:
        continue
    print(f"{s}: triage " + json.dumps(ours, sort_keys=True))
    for r in rows:
        if r["set"] != s or r["peer"] == "triage":
            continue
        ratio_q = ours["queries_per_second"] / r["queries_per_second"] if r["queries_per_second"] else float("nan")
        ours_build = ours.get("build_seconds", ours.get("index_seconds"))
        ratio_b = r["build_seconds"] / ours_build if ours_build else float("nan")
        print(f"  vs {r['peer']:8s} q/s {r['queries_per_second']:>10.1f}  ours/theirs {ratio_q:6.2f}x   "
              f"build {r['build_seconds']:.3f}s  theirs/ours {ratio_b:5.2f}x   peak RSS {r['peak_rss_mib']:.0f} MiB")
        if "queries_per_second_no_feedback" in ours and r["queries_per_second"]:
            print(f"             plain BM25 (no feedback) ours/theirs {ours['queries_per_second_no_feedback'] / r['queries_per_second']:6.2f}x")
PY
