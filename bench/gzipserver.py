"""A static file server that compresses like GitHub Pages, for measuring what readers download.

GitHub Pages serves text (HTML, CSS, JavaScript, JSON, XML, SVG) gzip-compressed to
clients that accept it, and other files (images, WebAssembly, Pagefind's already
compressed index chunks) as they are. The site is served under a path (`/feder/`),
as a project site is; anything else is a 404.
"""
from __future__ import annotations

import gzip
import http.server
import mimetypes
import threading
from functools import lru_cache
from pathlib import Path

COMPRESSED_TYPES = (
    "text/", "application/javascript", "application/json", "application/xml", "image/svg+xml",
    "application/manifest+json",
)


@lru_cache(maxsize=4096)
def _gzipped(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class GzipServer:
    """`with GzipServer(site_dir, "/feder/") as server: server.base_url ...`; runs in a thread."""

    def __init__(self, root: Path, base_path: str = "/") -> None:
        base = base_path if base_path.endswith("/") else f"{base_path}/"
        root = root.resolve()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                path = self.path.split("?", 1)[0].split("#", 1)[0]
                target = _resolve(root, base, path)
                if target is None:
                    self.send_error(404)
                    return
                kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                body = target.read_bytes()
                compress = kind.startswith(COMPRESSED_TYPES) and "gzip" in self.headers.get("Accept-Encoding", "")
                if compress:
                    body = _gzipped(target, target.stat().st_mtime)
                self.send_response(200)
                self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "max-age=600")  # as GitHub Pages sends
                if compress:
                    self.send_header("Content-Encoding", "gzip")
                    self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_port}{base}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> GzipServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _resolve(root: Path, base: str, path: str) -> Path | None:
    """The file for a request path below `base`: folders serve their index.html."""
    from urllib.parse import unquote

    if not path.startswith(base):
        return None
    relative = unquote(path[len(base):])
    target = (root / relative).resolve()
    if root not in (target, *target.parents):
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None
