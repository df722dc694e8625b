"""Seeded generator of a realistic ticket backlog for `triage batch` (JSONL, one ticket a line).

Texts are built from the workspace's intent examples (Corpus/intents/*.jsonl by default), wrapped in the
ways real tickets arrive: greetings and signatures, form fields, long e-mails, chat one-liners, follow-up
messages (multi-message threads), typos, and about 1% malformed lines (truncated JSON, wrong types, missing
id, binary junk, blank lines). Same seed, same bytes.

usage: gen_tickets.py OUT.jsonl [--count N] [--seed S] [--corpus DIR] [--malformed-rate R]
"""
import argparse
import datetime
import glob
import json
import os
import random

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--count", type=int, default=1_000_000)
ap.add_argument("--seed", type=int, default=7)
ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "Corpus"))
ap.add_argument("--malformed-rate", type=float, default=0.01)
args = ap.parse_args()
rng = random.Random(args.seed)

examples = []
for path in sorted(glob.glob(os.path.join(args.corpus, "intents", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                examples.append(json.loads(line)["text"])
if not examples:
    raise SystemExit(f"no intent examples under {args.corpus}/intents")

greetings = ["Hi,", "Hello team,", "Hey", "Good morning,", "Dear support,", "", "", ""]
closings = ["Thanks!", "Thank you.", "Regards,\nSam", "Best,\nAlex Meyer\nOps lead, Riverside Care", "cheers", "", ""]
followups = ["Any update on this?", "Still waiting for an answer, this is the third time I write.",
             "I tried again this morning, same result.", "Adding my colleague in cc.",
             "Sorry, forgot to mention: we are on the enterprise plan.", "Never mind, the invoice number is INV-{n:06d}."]
fillers = ["We have about 40 people on the rota and this blocks the whole week.",
           "It worked fine last month, nothing changed on our side as far as I know.",
           "I already cleared the cache and logged out and in again.",
           "Our manager needs this sorted before payroll closes on Friday.",
           "Screenshot attached (not really, the upload failed)."]
tiers = ["free", "premium", "enterprise", None]
START = datetime.datetime(2026, 10, 5)
channels = ["email", "chat", "web", "api"]


def typo(text):
    if len(text) < 8 or rng.random() > 0.15:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


def ticket(i):
    day = rng.randrange(56)
    stamp = START + datetime.timedelta(days=day, hours=rng.randrange(24), minutes=rng.randrange(60))
    at = stamp.strftime("%Y-%m-%dT%H:%M:00Z")
    shape = rng.random()
    core = typo(rng.choice(examples))
    if shape < 0.35:                                    # chat one-liner
        text = core
    elif shape < 0.85:                                  # short e-mail
        text = "\n\n".join(x for x in [rng.choice(greetings), core, rng.choice(fillers) if rng.random() < 0.5 else "",
                                         rng.choice(closings)] if x)
    else:                                               # long e-mail
        body = [core] + rng.sample(fillers, 3) + [typo(rng.choice(examples))]
        text = "\n\n".join([rng.choice(greetings)] + body + [rng.choice(closings)])
    if rng.random() < 0.3:
        return {"id": f"B-{i:07d}", "text": text}       # the minimal form
    messages = [{"author": "customer", "at": at, "text": text}]
    if rng.random() < 0.15:                              # multi-message thread
        messages.append({"author": "agent", "at": at, "text": "Thanks for reaching out, could you tell us more?"})
        messages.append({"author": "customer", "at": at, "text": rng.choice(followups).format(n=rng.randrange(10**6))})
    t = {"id": f"B-{i:07d}", "channel": rng.choice(channels), "created_at": at,
         "subject": core[:60], "messages": messages, "fields": {}, "tags": []}
    tier = rng.choice(tiers)
    if tier:
        t["customer"] = {"id": f"C-{rng.randrange(50000)}", "email": f"user{rng.randrange(50000)}@example.com", "tier": tier}
    if rng.random() < 0.1:
        t["fields"]["order_id"] = f"A-{rng.randrange(10**5):05d}"
    return t


def malformed(i):
    kind = rng.randrange(5)
    if kind == 0:
        return json.dumps(ticket(i))[: rng.randrange(5, 40)]            # truncated
    if kind == 1:
        return json.dumps({"id": f"B-{i:07d}", "messages": "not a list"})
    if kind == 2:
        return json.dumps({"text": "no id here"})
    if kind == 3:
        return "\x00\x01garbage \ufffd{{{"
    return ""                                                            # blank line


malformed_count = 0
with open(args.out, "w", encoding="utf-8") as out:
    for i in range(1, args.count + 1):
        if rng.random() < args.malformed_rate:
            out.write(malformed(i) + "\n")
            malformed_count += 1
        else:
            out.write(json.dumps(ticket(i), ensure_ascii=False, separators=(",", ":")) + "\n")
print(json.dumps({"lines": args.count, "malformed": malformed_count, "seed": args.seed, "out": args.out}))
