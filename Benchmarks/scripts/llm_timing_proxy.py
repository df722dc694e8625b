#!/usr/bin/env python3
"""Forwards OpenAI-style POSTs from 127.0.0.1 to a local model server and logs each request's latency.

Usage: llm_timing_proxy.py UPSTREAM_BASE LOGFILE  -> prints its port, then serves until killed.
UPSTREAM_BASE is e.g. http://127.0.0.1:8080 ; the reply is relayed as it arrives (streams stay streams), and
each completed request appends one JSON line {"path", "status", "seconds", "first_byte_seconds", "sent_bytes",
"authorization": bool} to LOGFILE (never the header's value). Used by llm_real.sh; loopback only.
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
        first = None
        try:
            upstream = urllib.request.urlopen(urllib.request.Request(UPSTREAM + self.path, data=body, headers=headers), timeout=600)
            status = upstream.status
        except urllib.error.HTTPError as e:
            upstream, status = e, e.code
        except Exception as e:  # upstream down or timed out: answer 502 like a gateway would
            upstream, status = None, 502
        self.send_response(status)
        self.send_header("Content-Type", upstream.headers.get("Content-Type", "application/json") if upstream else "application/json")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            while upstream is not None:
                chunk = upstream.read1(65536) if hasattr(upstream, "read1") else upstream.read(65536)
                if not chunk:
                    break
                if first is None:
                    first = time.monotonic() - start
                self.wfile.write(chunk)
                self.wfile.flush()
        except OSError:
            pass
        seconds = time.monotonic() - start
        with LOCK, open(LOG, "a") as f:
            f.write(json.dumps({"path": self.path, "status": status, "seconds": round(seconds, 4),
                                "first_byte_seconds": round(first, 4) if first is not None else None,
                                "sent_bytes": len(body), "authorization": "authorization" in {k.lower() for k in headers}}) + "\n")


server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
