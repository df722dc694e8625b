"""Writes the metric fixtures of Tests/TriageEvaluationTests/Fixtures from scikit-learn and pytrec_eval.

Seeded: the same run writes the same files. Inputs and the reference tools' outputs go in one JSON file each.
"""
import json
import random
import sys

import pytrec_eval
from sklearn.metrics import classification_report, confusion_matrix

out = sys.argv[1]
rng = random.Random(20261129)

# Classification: 15 labels, skewed frequencies, some labels only predicted, one only gold.
labels = [f"intent_{c}" for c in "abcdefghijklmno"]
y_true, y_pred, conf = [], [], []
for i in range(400):
    t = labels[min(int(rng.expovariate(0.25)), 13)]          # intent_o never gold
    r = rng.random()
    if r < 0.7:
        p = t
    elif r < 0.9:
        p = labels[(labels.index(t) + 1) % 15]                # systematic confusion with the next label
    else:
        p = rng.choice(labels)
    if t == "intent_n" and p == "intent_n":
        p = "intent_a"                                         # intent_n: gold only, never predicted right
    y_true.append(t)
    y_pred.append(p)
    conf.append(round(rng.uniform(0.3, 1.0) if p == t else rng.uniform(0.05, 0.9), 6))
present = sorted(set(y_true) | set(y_pred))
report = classification_report(y_true, y_pred, labels=present, output_dict=True, zero_division=0)
matrix = confusion_matrix(y_true, y_pred, labels=present).tolist()
with open(f"{out}/sklearn_classification.json", "w") as f:
    json.dump({"tool": "scikit-learn classification_report/confusion_matrix (zero_division=0)",
               "y_true": y_true, "y_pred": y_pred, "confidence": conf, "labels": present,
               "report": report, "confusion": matrix}, f, sort_keys=True, indent=1)

# Retrieval: 25 queries, graded judgments 0..3, runs of 60 documents with distinct scores.
qrels, run = {}, {}
for q in range(25):
    qid = f"q{q:02d}"
    docs = [f"d{d:03d}" for d in rng.sample(range(300), 80)]
    judged = rng.sample(docs, rng.randint(1, 12)) + [f"d{d:03d}" for d in rng.sample(range(300, 400), rng.randint(0, 3))]
    qrels[qid] = {d: rng.choice([0, 1, 1, 2, 3]) for d in judged}
    if q == 7:
        qrels[qid] = {d: 0 for d in qrels[qid]}               # no relevant document
    scores = rng.sample(range(1, 100000), 60)
    run[qid] = {d: s / 1000.0 for d, s in zip(docs[:60], sorted(scores, reverse=True))}
if True:
    qrels["q24"][next(iter(run["q24"]))] = 2                   # a relevant document at rank 1
measures = {"ndcg_cut_10", "recall_100", "recip_rank", "map_cut_100", "P_1", "map", "ndcg"}
evaluator = pytrec_eval.RelevanceEvaluator(qrels, measures)
per_query = evaluator.evaluate(run)
rankings = {q: [d for d, _ in sorted(r.items(), key=lambda kv: -kv[1])] for q, r in run.items()}
with open(f"{out}/pytrec_eval_retrieval.json", "w") as f:
    json.dump({"tool": f"pytrec_eval {getattr(pytrec_eval, '__version__', '')}".strip(),
               "qrels": qrels, "rankings": rankings, "per_query": per_query}, f, sort_keys=True, indent=1)
print("wrote fixtures to", out)
