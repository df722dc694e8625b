"""Helper of stemmer.sh: builds the word lists and times PyStemmer on them.

  stemmer_peer.py lists DATA OUT   writes OUT/vocabulary.txt (Snowball voc.txt) and OUT/text.txt (the
                                   dialogues of dialogsum/dev.jsonl and the texts of banking77/train.csv,
                                   lower-cased, split on non-letters), one word per line
  stemmer_peer.py time OUT RUNS    prints PyStemmer words/s as JSON: vocabulary without cache
                                   (maxCacheSize 0), text with its default cache (warm, one object)
  stemmer_peer.py report A.json B.json ...  medians of our and PyStemmer's figures, with ratios
"""
import csv, json, re, statistics, sys, time


def lists(data, out):
    voc = open(f"{data}/snowball-english/voc.txt", encoding="utf-8").read().split("\n")
    voc = [w for w in voc if w]
    words = []
    for line in open(f"{data}/dialogsum/dev.jsonl", encoding="utf-8"):
        words += re.split(r"[^a-z]+", json.loads(line)["dialogue"].lower())
    with open(f"{data}/banking77/train.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words += re.split(r"[^a-z]+", row["text"].lower())
    words = [w for w in words if w]
    open(f"{out}/vocabulary.txt", "w", encoding="utf-8").write("\n".join(voc) + "\n")
    open(f"{out}/text.txt", "w", encoding="utf-8").write("\n".join(words) + "\n")


def median_seconds(body, runs):
    body()  # warm-up
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        body()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def time_peer(out, runs):
    import Stemmer

    voc = open(f"{out}/vocabulary.txt", encoding="utf-8").read().split()
    text = open(f"{out}/text.txt", encoding="utf-8").read().split()
    uncached = Stemmer.Stemmer("english", 0)
    cached = Stemmer.Stemmer("english")  # PyStemmer's default cache (maxCacheSize 10000)
    v = median_seconds(lambda: uncached.stemWords(voc), runs)
    t = median_seconds(lambda: cached.stemWords(text), runs)
    print(json.dumps({"vocabulary_nocache_words_per_s": round(len(voc) / v),
                      "text_cache_words_per_s": round(len(text) / t),
                      "vocabulary_words": len(voc), "text_words": len(text)}))


def report(paths):
    ours, peer = [], []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                (peer if rec.pop("who") == "pystemmer" else ours).append(rec)
    med = lambda rows, k: statistics.median(r[k] for r in rows)
    result = {"rounds": len(ours)}
    for k in ("vocabulary_nocache_words_per_s", "text_cache_words_per_s"):
        result[k] = {"triagekit": round(med(ours, k)), "pystemmer": round(med(peer, k)),
                     "ratio": round(med(ours, k) / med(peer, k), 2)}
    for k in ("text_nocache_words_per_s", "vocabulary_utf8_api_words_per_s"):
        result[k] = {"triagekit": round(med(ours, k))}
    result["words"] = {"vocabulary": ours[0]["vocabulary_words"], "text": ours[0]["text_words"]}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "lists":
        lists(sys.argv[2], sys.argv[3])
    elif cmd == "time":
        time_peer(sys.argv[2], int(sys.argv[3]))
    else:
        report(sys.argv[2:])
