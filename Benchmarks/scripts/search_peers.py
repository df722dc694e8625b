"""BM25 peers for Benchmarks/scripts/search.sh: bm25s, tantivy and SQLite FTS5 bm25(), one JSON object per run.

usage: search_peers.py quality-bm25s DIR          nDCG@10 (graded gains), P@1 of bm25s on a BEIR folder
       search_peers.py beir-<peer> DIR            (peer: bm25s | tantivy | fts5)  Cranfield-style BEIR folder
       search_peers.py synthetic-<peer> DIR [T]   (peer: tantivy | fts5 | bm25s)  docs.txt + queries.txt, T threads
Timings are medians of 5 runs after a warm-up (query timings in CPU seconds with BENCH_CLOCK=cpu); peak RSS
is this process's maximum resident set size.
"""
import json
import os
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import time


# BENCH_CLOCK=cpu times queries in process CPU seconds (as SearchBench --cpu 1): steadier than wall time on a
# shared machine; every peer here searches on one thread, so CPU and wall time agree on a quiet machine.
QUERY_CLOCK = time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter


def median_time(fn, runs=5):
    fn()
    samples = []
    for _ in range(runs):
        t = QUERY_CLOCK()
        fn()
        samples.append(QUERY_CLOCK() - t)
    return statistics.median(samples)


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_beir(d):
    corpus = [json.loads(l) for l in open(f"{d}/corpus.jsonl")]
    queries = [json.loads(l)["text"] for l in open(f"{d}/queries.jsonl")]
    return [(c["_id"], c.get("title", "") + " " + c.get("text", "")) for c in corpus], queries


def load_synthetic(d):
    docs = [(str(i), l.rstrip("\n")) for i, l in enumerate(open(f"{d}/docs.txt"))]
    queries = [l.rstrip("\n") for l in open(f"{d}/queries.txt") if l.strip()]
    return docs, queries


def run_bm25s(docs, queries, k, stem=True):
    import bm25s
    stemmer = None
    if stem:
        import Stemmer
        stemmer = Stemmer.Stemmer("english")
    t = time.perf_counter()
    tokens = bm25s.tokenize([d[1] for d in docs], stopwords="en", stemmer=stemmer, show_progress=False)
    r = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
    r.index(tokens, show_progress=False)
    build = time.perf_counter() - t

    def search():
        q = bm25s.tokenize(queries, stopwords="en", stemmer=stemmer, show_progress=False)
        r.retrieve(q, k=k, show_progress=False, n_threads=1)
    return build, len(queries) / median_time(search)


def run_tantivy(docs, queries, k, threads=1):
    import tantivy
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("body", stored=False, tokenizer_name="en_stem")
    schema = sb.build()
    path = tempfile.mkdtemp(prefix="tantivy-")
    t = time.perf_counter()
    index = tantivy.Index(schema, path=path)
    writer = index.writer(heap_size=256_000_000, num_threads=threads)
    for i, text in docs:
        writer.add_document(tantivy.Document(id=i, body=text))
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - t
    index.reload()
    searcher = index.searcher()
    clean = [re.sub(r"[^\w\s]", " ", q) for q in queries]
    parsed = [index.parse_query(q, ["body"]) for q in clean if q.strip()]

    def search():
        for q in parsed:
            searcher.search(q, k)
    return build, len(parsed) / median_time(search)


def run_fts5(docs, queries, k):
    db = sqlite3.connect(":memory:")
    t = time.perf_counter()
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='porter unicode61')")
    db.executemany("INSERT INTO docs(id, body) VALUES (?, ?)", docs)
    db.commit()
    build = time.perf_counter() - t
    fts = []
    for q in queries:
        words = re.findall(r"\w+", q.lower())
        if words:
            fts.append(" OR ".join(f'"{w}"' for w in words))
    sql = "SELECT id, bm25(docs) AS s FROM docs WHERE docs MATCH ? ORDER BY s LIMIT ?"

    def search():
        for q in fts:
            db.execute(sql, (q, k)).fetchall()
    return build, len(fts) / median_time(search)


def quality_bm25s(d):
    import math
    import bm25s
    import Stemmer
    corpus = [json.loads(l) for l in open(f"{d}/corpus.jsonl")]
    queries = [json.loads(l) for l in open(f"{d}/queries.jsonl")]
    qrels = {}
    for i, line in enumerate(open(f"{d}/qrels/test.tsv")):
        cols = line.rstrip("\n").split("\t")
        if i == 0 and cols[0] == "query-id":
            continue
        qrels.setdefault(cols[0], {})[cols[1]] = int(cols[2])
    stemmer = Stemmer.Stemmer("english")
    tokens = bm25s.tokenize([c.get("title", "") + " " + c.get("text", "") for c in corpus], stopwords="en", stemmer=stemmer, show_progress=False)
    r = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
    r.index(tokens, show_progress=False)
    judged = [q for q in queries if q["_id"] in qrels]
    qt = bm25s.tokenize([q["text"] for q in judged], stopwords="en", stemmer=stemmer, show_progress=False)
    docs, scores = r.retrieve(qt, k=10, show_progress=False, n_threads=1)
    ndcg = p1 = 0.0
    for i, q in enumerate(judged):
        j = qrels[q["_id"]]
        ranking = [corpus[int(x)]["_id"] for x, s in zip(docs[i], scores[i]) if s > 0]
        dcg = sum(j.get(doc, 0) / math.log2(k + 2) for k, doc in enumerate(ranking[:10]) if j.get(doc, 0) > 0)
        ideal = sorted((g for g in j.values() if g > 0), reverse=True)[:10]
        idcg = sum(g / math.log2(k + 2) for k, g in enumerate(ideal))
        ndcg += dcg / idcg if idcg > 0 else 0
        p1 += 1.0 if ranking and j.get(ranking[0], 0) > 0 else 0.0
    n = max(len(judged), 1)
    print(json.dumps({"peer": "bm25s", "set": os.path.basename(d.rstrip("/")), "ndcg@10": round(ndcg / n, 4), "p@1": round(p1 / n, 4),
                      "queries": len(judged)}, sort_keys=True))


def main():
    mode, d = sys.argv[1], sys.argv[2]
    if mode == "quality-bm25s":
        return quality_bm25s(d)
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    kind, peer = mode.split("-", 1)
    docs, queries = load_beir(d) if kind == "beir" else load_synthetic(d)
    raw = sum(len(t.encode()) for _, t in docs) / 1048576
    before = peak_rss_mib()
    if peer == "bm25s":
        build, qps = run_bm25s(docs, queries, 10, stem=(kind == "beir"))
    elif peer == "tantivy":
        build, qps = run_tantivy(docs, queries, 10, threads=threads)
    elif peer == "fts5":
        # FTS5 ranks every OR match; on the synthetic set 100 queries keep the run short.
        build, qps = run_fts5(docs, queries if kind == "beir" else queries[:100], 10)
    else:
        raise SystemExit(f"unknown peer {peer}")
    print(json.dumps({"peer": peer, "set": kind, "documents": len(docs), "build_seconds": round(build, 4),
                      "queries_per_second": round(qps, 1), "peak_rss_mib": round(peak_rss_mib(), 1),
                      "rss_before_build_mib": round(before, 1), "raw_text_mib": round(raw, 1)}, sort_keys=True))


if __name__ == "__main__":
    main()
