"""scikit-learn peers for the intent classifier (Banking77 train -> test), printed as one JSON object.

Pipelines (DESIGN.md section 4): TF-IDF word 1-2 + char_wb 2-5 (sublinear tf) with LogisticRegression and
LinearSVC; CountVectorizer(ngram_range=(1, 2)) + MultinomialNB(alpha=0.01) and ComplementNB. Fit time is one
fit; predictions per second is the median of 3 passes over the test set. The leave-10-intents-out protocol
scores LogisticRegression's top probability (AUROC, OOS recall at in-scope accuracy >= 0.90).
"""
import csv, json, sys, time
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.naive_bayes import MultinomialNB, ComplementNB
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def tfidf_union():
    return make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True))


def run(name, pipe, xtr, ytr, xte, yte):
    t = time.perf_counter(); pipe.fit(xtr, ytr); fit = time.perf_counter() - t
    times = []
    for _ in range(3):
        t = time.perf_counter(); pred = pipe.predict(xte); times.append(time.perf_counter() - t)
    times.sort()
    return {"name": name, "accuracy": accuracy_score(yte, pred), "macro_f1": f1_score(yte, pred, average="macro"),
            "train_seconds": fit, "predict_per_second": len(xte) / times[1]}


def oos(xtr, ytr, xte, yte):
    labels = sorted(set(ytr)); unknown = set(labels[-10:])
    keep = [i for i, y in enumerate(ytr) if y not in unknown]
    pipe = make_pipeline(tfidf_union(), LogisticRegression(C=10, max_iter=2000))
    pipe.fit([xtr[i] for i in keep], [ytr[i] for i in keep])
    proba = pipe.predict_proba(xte); conf = proba.max(axis=1)
    pred = pipe.classes_[proba.argmax(axis=1)]
    is_oos = np.array([y in unknown for y in yte]); correct = np.array([p == y for p, y in zip(pred, yte)])
    auroc = roc_auc_score(is_oos, -conf)
    order = np.argsort(-conf, kind="stable"); n_in = (~is_oos).sum(); best = None
    acc_in = np.cumsum((~is_oos[order]) & correct[order]) / n_in
    for k in range(len(order)):
        if acc_in[k] >= 0.90:
            best = 1 - is_oos[order][: k + 1].sum() / is_oos.sum(); break
    return {"auroc": auroc, "oos_recall_at_in_scope_accuracy_0_90": best}


def main(data):
    xtr, ytr = load(data + "/banking77/train.csv"); xte, yte = load(data + "/banking77/test.csv")
    out = [
        run("sklearn tfidf12+char25 + LogisticRegression(C=10)", make_pipeline(tfidf_union(), LogisticRegression(C=10, max_iter=2000)), xtr, ytr, xte, yte),
        run("sklearn tfidf12+char25 + LinearSVC", make_pipeline(tfidf_union(), LinearSVC()), xtr, ytr, xte, yte),
        run("sklearn count12 + MultinomialNB(alpha=0.01)", make_pipeline(CountVectorizer(ngram_range=(1, 2)), MultinomialNB(alpha=0.01)), xtr, ytr, xte, yte),
        run("sklearn count12 + ComplementNB(alpha=0.3)", make_pipeline(CountVectorizer(ngram_range=(1, 2)), ComplementNB(alpha=0.3)), xtr, ytr, xte, yte),
    ]
    print(json.dumps({"pipelines": out, "oos_logreg": oos(xtr, ytr, xte, yte)}, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
