#!/usr/bin/env bash
# DialogSum extractive summaries: ours (`triage eval summary`, release build) beside sumy LexRank,
# TextRank, LSA, Luhn, LEAD-2 and LONGEST-2, all in this run, on dev and on its two halves
# (first 250 / last 250 dialogues: weights were chosen on principle and checked on both).
# Also checks our ROUGE against rouge-score on the same selections (every system): |diff| <= 0.3.
# Speed: ours is run RUNS times (default 5) on dev; the median ms per dialogue is reported beside sumy
# LexRank's (timed in the same run) with their ratio.
#
# Usage: Benchmarks/scripts/summary.sh            (TRIAGE_BIN=path skips the build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
py="$(Benchmarks/scripts/venv.sh sumy rouge-score nltk)"
data="${TRIAGE_DATA:-$root/../shared/data}/dialogsum/dev.jsonl"
[ -f "$data" ] || { echo "SKIP: $data not found" >&2; exit 0; }
bin="${TRIAGE_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --scratch-path .build-bench-sum --product triage >&2
  bin="$root/.build-bench-sum/release/triage"
fi
out="$root/Benchmarks/out/summary"
mkdir -p "$out"
head -250 "$data" > "$out/dev_a.jsonl"
tail -n +251 "$data" > "$out/dev_b.jsonl"
cp "$data" "$out/dev.jsonl"
status=0
runs="${RUNS:-5}"
speeds="["
for _ in $(seq "$runs"); do
  speeds="$speeds$("$bin" eval summary --data "$out/dev.jsonl" --text-field dialogue --reference-field summary --units 2),"
done
speeds="${speeds%,}]"
for split in dev dev_a dev_b; do
  f="$out/$split.jsonl"
  ours="$("$bin" eval summary --data "$f" --text-field dialogue --reference-field summary --units 2 --out "$out/$split.ours.jsonl")"
  peers="$("$py" "$root/Benchmarks/scripts/summary_peers.py" "$f" "$out/$split.ours.jsonl" "$out/$split.peers.jsonl")"
  printf '%s\n' "$peers" > "$out/$split.peers.json"
  checks="{"
  for sys in ours sumy_lexrank sumy_textrank sumy_lsa sumy_luhn lead2 longest2; do
    mine="$("$bin" eval summary --data "$out/$split.peers.jsonl" --text-field dialogue --reference-field summary --prediction-field "pred_$sys")"
    checks="$checks\"$sys\": $mine,"
  done
  checks="${checks%,}}"
  "$py" - "$split" "$ours" "$peers" "$checks" <<'PY' || status=1
import json, sys
split, ours, peers, checks = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4])
print(f"== {split} ({ours['count']} dialogues), ROUGE F1 x100 (rouge-score, stemmed)")
print(f"{'system':15} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'ms/text':>9}")
for name in ["ours", "sumy_lexrank", "sumy_textrank", "sumy_lsa", "sumy_luhn", "lead2", "longest2"]:
    r = peers[name]
    ms = ours["ms_per_text"] if name == "ours" else r.get("ms_per_text")
    print(f"{name:15} {r['rouge1']:6.2f} {r['rouge2']:6.2f} {r['rougeL']:6.2f} {'' if ms is None else f'{ms:9.4f}'}")
print(f"ours: cpu_ms_per_text {ours['cpu_ms_per_text']:.4f}; sumy LexRank / ours wall-time ratio "
      f"{peers['sumy_lexrank']['ms_per_text'] / ours['ms_per_text']:.1f}x")
worst = 0.0
for name, mine in checks.items():
    for k in ["rouge1", "rouge2", "rougeL"]:
        worst = max(worst, abs(mine[k] - peers[name][k]))
print(f"ROUGE check (ours vs rouge-score, same selections, 7 systems x 3 metrics): max |diff| = {worst:.3f} "
      + ("PASS" if worst <= 0.3 else "FAIL"))
sys.exit(0 if worst <= 0.3 else 1)
PY
done
"$py" - "$speeds" "$out/dev.peers.json" <<'PY'
import json, statistics, sys
runs = json.loads(sys.argv[1])
lexrank = json.load(open(sys.argv[2]))["sumy_lexrank"]["ms_per_text"]
wall = statistics.median(r["ms_per_text"] for r in runs)
cpu = statistics.median(r["cpu_ms_per_text"] for r in runs)
print(f"== speed, dev ({runs[0]['count']} dialogues), median of {len(runs)} runs of ours: "
      f"{wall:.4f} ms/dialogue wall, {cpu:.4f} ms cpu; sumy LexRank {lexrank:.4f} ms; ratio {lexrank / wall:.1f}x")
PY
exit $status
