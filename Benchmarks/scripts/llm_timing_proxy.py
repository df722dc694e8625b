#!/usr/bin/env python3
"""Forwards OpenAI-style POSTs from 127.0.0.1 to a local model server and logs each request's latency.

Usage: llm_timing_proxy.py UPSTREAM_BASE LOGFILE  -> prints its port, then serves until killed.
UPSTREAM_BASE is e.g. http://127.0.0.1:8080 ; each completed request appends one JSON line
{"path", "status", "seconds", "sent_bytes", "authorization": bool} to LOGFILE (never the header's value).
Used by llm_real.sh to measure latency per draft; loopback only.
"""
import json, sys, threading, time, urllib.error, urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

UPSTREAM, LOG = sys.argv[1].rstrip("/"), sys.argv[2]
LOCK = threading.Lock()


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept", "authorization")}
        start = time.monotonic()
        try:
            with urllib.request.urlopen(urllib.request.Request(UPSTREAM + self.path, data=body, headers=headers), timeout=600) as r:
                status, data, ctype = r.status, r.read(), r.headers.get("Content-Type", "application/json")
        except urllib.error.HTTPError as e:
            status, data, ctype = e.code, e.read(), e.headers.get("Content-Type", "application/json")
        except Exception as e:  # upstream down or timed out: answer 502 like a gateway would
            status, data, ctype = 502, json.dumps({"error": {"message": str(e)}}).encode(), "application/json"
        seconds = time.monotonic() - start
        with LOCK, open(LOG, "a") as f:
            f.write(json.dumps({"path": self.path, "status": status, "seconds": round(seconds, 4),
                                "sent_bytes": len(body), "authorization": "authorization" in {k.lower() for k in headers}}) + "\n")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
