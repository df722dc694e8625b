"""DialogSum peers for `summary.sh`: sumy LexRank/TextRank/LSA/Luhn, LEAD-2 and LONGEST-2 on the same
units as `triage eval summary` (one unit per turn, kept verbatim with its #PersonN#: tag, 2 per summary),
all scored with rouge-score (use_stemmer=True, F1 x 100, averaged over dialogues).

Usage: python summary_peers.py DATA.jsonl OURS.jsonl PEERS_OUT.jsonl
Prints one JSON object: per system rouge1/rouge2/rougeL (rouge-score) and ms_per_text where timed.
"""
import json
import re
import statistics
import sys
import time

from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words


class TurnTokenizer:
    """Sumy tokenizer without nltk data: units are given, words are alphanumeric runs."""

    language = "english"

    def to_sentences(self, paragraph):
        return [paragraph]

    def to_words(self, sentence):
        return re.findall(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?", sentence)


def turns(dialogue):
    out = []
    for line in dialogue.split("\n"):
        if re.match(r"^#[^#\s]+#:", line):
            out.append(line)
        elif line.strip() and out:
            out[-1] += "\n" + line
    return out


def make_summarizers():
    stemmer = Stemmer("english")
    stop = get_stop_words("english")
    result = {}
    for name, cls in [("sumy_lexrank", LexRankSummarizer), ("sumy_textrank", TextRankSummarizer),
                      ("sumy_lsa", LsaSummarizer), ("sumy_luhn", LuhnSummarizer)]:
        s = cls(stemmer)
        s.stop_words = stop
        result[name] = s
    return result


def main():
    data_path, ours_path, peers_out = sys.argv[1:4]
    records = [json.loads(l) for l in open(data_path) if l.strip()]
    ours = [json.loads(l) for l in open(ours_path) if l.strip()]
    assert len(ours) == len(records), "ours has %d records, data %d" % (len(ours), len(records))
    tok = TurnTokenizer()
    summarizers = make_summarizers()
    predictions = {name: [] for name in list(summarizers) + ["lead2", "longest2"]}
    timings = {name: [] for name in summarizers}
    for rec in records:
        units = turns(rec["dialogue"])
        predictions["lead2"].append("\n".join(units[:2]))
        longest = sorted(range(len(units)), key=lambda i: (-len(units[i].split()), i))[:2]
        predictions["longest2"].append("\n".join(units[i] for i in sorted(longest)))
        for name, summarizer in summarizers.items():
            t0 = time.perf_counter()
            doc = ObjectDocumentModel([Paragraph([Sentence(u, tok) for u in units])])
            chosen = summarizer(doc, 2)
            timings[name].append(time.perf_counter() - t0)
            chosen_text = set(str(s).strip() for s in chosen)  # sumy strips sentence text
            predictions[name].append("\n".join(u for u in units if u.strip() in chosen_text))
    predictions["ours"] = [o["summary"] for o in ours]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    report = {}
    for name, preds in predictions.items():
        sums = [0.0, 0.0, 0.0]
        for rec, pred in zip(records, preds):
            s = scorer.score(rec["summary"], pred)
            sums[0] += s["rouge1"].fmeasure
            sums[1] += s["rouge2"].fmeasure
            sums[2] += s["rougeL"].fmeasure
        n = len(records)
        row = {"rouge1": round(100 * sums[0] / n, 2), "rouge2": round(100 * sums[1] / n, 2),
               "rougeL": round(100 * sums[2] / n, 2)}
        if name in timings:
            row["ms_per_text"] = round(1000 * statistics.mean(timings[name]), 4)
        report[name] = row
    with open(peers_out, "w") as f:
        for i, rec in enumerate(records):
            row = {"fname": rec.get("fname", str(i + 1)), "dialogue": rec["dialogue"], "summary": rec["summary"]}
            for name, preds in predictions.items():
                row["pred_" + name] = preds[i]
            f.write(json.dumps(row, sort_keys=True) + "\n")
    print(json.dumps(report, sort_keys=True))


if __name__ == "__main__":
    main()
