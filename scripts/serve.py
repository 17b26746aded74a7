#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 (scripts/serve.sh runs it): Python's static file server, plus the
precompressed copies the build makes (<file>.gz, zopfli): a browser that accepts gzip gets the .gz bytes
with Content-Encoding: gzip, and X-Decoded-Content-Length says how long the file is once decoded (the
page's download progress counts decoded bytes). Everything else as http.server does it."""
import argparse
import functools
import http.server
import os


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
                      ".js": "text/javascript", ".css": "text/css", ".html": "text/html"}

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        encodings = [e.split(";")[0].strip() for e in self.headers.get("Accept-Encoding", "").split(",")]
        packed = path + ".gz"
        if "gzip" in encodings and os.path.isfile(path) and os.path.isfile(packed) and not self.path.endswith(".gz"):
            f = open(packed, "rb")
            try:
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
                self.send_header("X-Decoded-Content-Length", str(os.path.getsize(path)))
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                return f
            except Exception:
                f.close()
                raise
        return super().send_head()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--directory", required=True)
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as httpd:
        # The port actually bound (--port 0 lets the system choose: the browser tests do).
        print("[serve] LDE-check: http://127.0.0.1:%d/   (Ctrl+C stops)" % httpd.server_address[1], flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
