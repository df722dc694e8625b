#!/usr/bin/env python3
"""A local OpenAI-compatible test server for TriageLLM's tests (127.0.0.1 only).

Usage: fake_openai.py LOGFILE  -> prints the chosen port on stdout, then serves until killed.
The scenario is the request's "model" field, optionally suffixed "#tag" to keep counters apart:
  normal, grounded, uncited, phone, stream, truncated, retry429, quota, flaky503, hang, badjson, bad400.
Every request is appended to LOGFILE as one JSON line {"path", "headers", "body"} so tests can assert
on what left the process.
"""
import json, re, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOG = sys.argv[1]
COUNTS = {}
LOCK = threading.Lock()


def first_passage(body):
    text = "\n".join(m.get("content", "") for m in body.get("messages", []))
    m = re.search(r'<passage id="([^"]+)">\s*(.*?)\s*</passage>', text, re.S)
    if not m:
        return None, ""
    sentence = re.split(r"(?<=[.!?])\s", m.group(2).strip())[0]
    return m.group(1), sentence


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, obj=None, raw=None, headers=()):
        data = raw if raw is not None else json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def completion(self, content, model):
        return {"id": "cmpl-1", "object": "chat.completion", "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                             "finish_reason": "stop"}]}

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw)
        except Exception:
            body = {"_unparsed": raw.decode("utf-8", "replace")}
        with LOCK:
            with open(LOG, "a") as f:
                f.write(json.dumps({"path": self.path, "headers": dict(self.headers), "body": body}) + "\n")
        model = str(body.get("model", "normal"))
        scenario = model.split("#")[0]
        with LOCK:
            COUNTS[model] = COUNTS.get(model, 0) + 1
            n = COUNTS[model]
        pid, sentence = first_passage(body)
        cite = f"[{pid}]" if pid else ""
        if scenario == "normal":
            return self.reply(200, self.completion("Hello from the test server.", model))
        if scenario == "grounded":
            return self.reply(200, self.completion(f"Thanks for writing in. {sentence} {cite}".strip(), model))
        if scenario == "uncited":
            return self.reply(200, self.completion(f"{sentence} [kb-not-provided]", model))
        if scenario == "phone":
            return self.reply(200, self.completion(f"{sentence} Call us on +1 415 555 0199. {cite}", model))
        if scenario == "bad400":
            return self.reply(400, {"error": {"message": "bad request", "type": "invalid_request_error"}})
        if scenario == "quota":
            return self.reply(429, {"error": {"message": "You exceeded your current quota", "type": "insufficient_quota", "code": "insufficient_quota"}})
        if scenario == "retry429":
            if n == 1:
                return self.reply(429, {"error": {"message": "slow down"}}, headers=[("Retry-After", "1")])
            return self.reply(200, self.completion(f"After waiting. {sentence} {cite}".strip(), model))
        if scenario == "flaky503":
            if n <= 2:
                return self.reply(503, {"error": {"message": "overloaded"}})
            return self.reply(200, self.completion(f"Third time lucky. {sentence} {cite}".strip(), model))
        if scenario == "hang":
            time.sleep(8)
            return self.reply(200, self.completion("too late", model))
        if scenario == "badjson":
            return self.reply(200, raw=b'{"choices": [ {"message": ')
        if scenario in ("stream", "truncated"):
            text = f"Streaming reply. {sentence} {cite}".strip()
            pieces = [text[i:i + 7] for i in range(0, len(text), 7)]
            events = []
            for p in pieces:
                events.append("data: " + json.dumps({"model": model, "choices": [{"index": 0, "delta": {"content": p}}]}) + "\n\n")
            events.append("data: " + json.dumps({"model": model, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}) + "\n\n")
            events.append("data: [DONE]\n\n")
            payload = "".join(events).encode()
            if scenario == "truncated":
                payload = payload[: len(payload) // 2]
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            # Deliberately split events (and UTF-8 sequences) across writes.
            for i in range(0, len(payload), 13):
                self.wfile.write(payload[i:i + 13])
                self.wfile.flush()
                time.sleep(0.002)
            self.close_connection = True
            return
        return self.reply(404, {"error": {"message": f"unknown scenario {scenario}"}})


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
