"""Writes the bm25s reference scores for Cranfield used by Tests/TriageSearchTests/BM25sParityTests.swift.

bm25s configured as in DESIGN.md: lucene variant, k1 1.2, b 0.75, its English stop words, the Snowball
English stemmer (PyStemmer), its default token pattern; corpus text = title + " " + text.
"""
import json
import sys

import bm25s
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

data, out = sys.argv[1], sys.argv[2]
corpus = [json.loads(l) for l in open(f"{data}/corpus.jsonl")]
queries = [json.loads(l) for l in open(f"{data}/queries.jsonl")]
stemmer = Stemmer.Stemmer("english")
texts = [c.get("title", "") + " " + c.get("text", "") for c in corpus]
tokens = bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False)
retriever = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
retriever.index(tokens, show_progress=False)
qtokens = bm25s.tokenize([q["text"] for q in queries], stopwords="en", stemmer=stemmer, show_progress=False)
docs, scores = retriever.retrieve(qtokens, k=10, show_progress=False, n_threads=1)
result = {
    "generator": f"bm25s {bm25s.__version__} (lucene, k1 1.2, b 0.75, stopwords en, PyStemmer english)",
    "stopwords": sorted(STOPWORDS_EN),
    "queries": [
        {"id": q["_id"], "hits": [[corpus[int(d)]["_id"], round(float(s), 6)] for d, s in zip(docs[i], scores[i]) if s > 0]}
        for i, q in enumerate(queries)
    ],
}
with open(out, "w") as f:
    json.dump(result, f, separators=(",", ":"), sort_keys=True)
    f.write("\n")
print(f"wrote {out}: {len(queries)} queries", file=sys.stderr)
