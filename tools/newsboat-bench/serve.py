#!/usr/bin/env python3
"""Serve a directory on several loopback addresses (127.0.0.1 .. 127.0.0.N) at one port, like feeds spread
over several hosts. Python's handler sends Last-Modified and answers 304 to If-Modified-Since.

Usage: serve.py DIR PORT N_HOSTS   (runs until killed)
"""
import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class Quiet(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass


def main():
    directory, port, hosts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    handler = functools.partial(Quiet, directory=directory)
    servers = [ThreadingHTTPServer((f"127.0.0.{h}", port), handler) for h in range(1, hosts + 1)]
    for server in servers[1:]:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", flush=True)
    servers[0].serve_forever()


if __name__ == "__main__":
    main()
