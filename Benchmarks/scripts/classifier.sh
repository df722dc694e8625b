#!/usr/bin/env bash
# Intent classifier vs scikit-learn on Banking77, in the same run: accuracy, macro-F1, train seconds,
# predictions/s and ratios (ours / sklearn). Also the leave-10-intents-out rejection figures.
# Usage: [TRIAGE_BIN=path/to/release/triage] Benchmarks/scripts/classifier.sh [data-dir]
#        (data-dir defaults to ../shared/data beside the package)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-${TRIAGE_DATA:-$root/../shared/data}}"
py="$("$root/Benchmarks/scripts/venv.sh" scikit-learn numpy)"
if [ -n "${TRIAGE_BIN:-}" ]; then
  triage="$TRIAGE_BIN"   # a release-built triage (e.g. from another --scratch-path)
else
  (cd "$root" && swift build -c release --product triage >&2)
  triage="$(cd "$root" && swift build -c release --show-bin-path)/triage"
fi
train="$data/banking77/train.csv"; test="$data/banking77/test.csv"
out="$(mktemp -d)"
"$py" "$root/Benchmarks/scripts/classifier_peers.py" "$data" > "$out/sklearn.json"
"$triage" eval intent --train "$train" --test "$test" --label-column category > "$out/nblr.json"
"$triage" eval intent --train "$train" --test "$test" --label-column category --kind nb --features sklearn-counts --alpha 0.01 > "$out/nb.json"
last10="$("$py" -c "import csv,sys; print(','.join(sorted({r['category'] for r in csv.DictReader(open(sys.argv[1]))})[-10:]))" "$train")"
"$triage" eval intent --train "$train" --test "$test" --label-column category --reject-out-of-scope --unknown-intents "$last10" > "$out/oos.json"
"$py" - "$out" <<'PY'
import json, sys, os
d = sys.argv[1]
sk = json.load(open(os.path.join(d, "sklearn.json")))
ours = {k: json.load(open(os.path.join(d, k + ".json"))) for k in ("nblr", "nb", "oos")}
best = max(sk["pipelines"], key=lambda p: p["accuracy"])
nb = next(p for p in sk["pipelines"] if "MultinomialNB" in p["name"])
# sklearn's predictions/s are wall-clock; ours are reported per thread-CPU second (predict_per_second) and on the
# wall clock (predict_per_wall_second): rows and ratios use the wall-clock figure, like for like.
def wall(r):
    return r.get('predict_per_wall_second', r['predict_per_second'])
def row(name, r):
    cpu = f"  (per CPU-second {r['predict_per_second']:10.0f})" if 'predict_per_wall_second' in r else ""
    print(f"{name:58s} acc {r['accuracy']:.4f}  macroF1 {r['macro_f1']:.4f}  train {r['train_seconds']:7.2f}s  pred/s {wall(r):10.0f}{cpu}")
for p in sk["pipelines"]:
    row(p["name"], p)
row("triagekit nblr (default)", ours["nblr"]); row("triagekit nb --features sklearn-counts --alpha 0.01", ours["nb"])
print(f"ECE (ours, default): {ours['nblr']['ece']:.4f}")
print(f"ratios vs best sklearn ({best['name']}): accuracy {ours['nblr']['accuracy'] / best['accuracy']:.3f}x, "
      f"train speed {best['train_seconds'] / ours['nblr']['train_seconds']:.1f}x, predict speed {wall(ours['nblr']) / best['predict_per_second']:.1f}x")
print(f"sklearn count12+mnb0.01 accuracy {nb['accuracy']:.4f}; ours {ours['nb']['accuracy']:.4f} (diff {ours['nb']['accuracy'] - nb['accuracy']:+.4f})")
o = ours["oos"]; s = sk["oos_logreg"]
print(f"leave-10-out: ours AUROC {o['auroc']:.4f} recall@0.90 {o['oos_recall_at_in_scope_accuracy_0_90']:.4f} "
      f"(fitted threshold: in-scope acc {o['in_scope_accuracy']:.4f}, OOS recall {o['oos_recall']:.4f}, precision {o['oos_precision']:.4f}); "
      f"sklearn LR AUROC {s['auroc']:.4f} recall@0.90 {s['oos_recall_at_in_scope_accuracy_0_90']}")
PY
