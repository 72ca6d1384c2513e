"""A local static server that answers like GitHub Pages and GitLab Pages do: text files gzip
compressed when the browser accepts it, `Cache-Control: max-age=600`, the site's 404.html for a
missing path. Only for the benchmarks (Lighthouse measures what a visitor downloads)."""

from __future__ import annotations

import functools
import gzip
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

GECOMPRIMEERD = {
    "application/atom+xml",
    "application/javascript",
    "application/json",
    "application/manifest+json",
    "application/xml",
    "image/svg+xml",
    "text/javascript",
}
"""Types compressed besides text/*: what both hosts gzip (images and fonts are left alone)."""
CACHE = "max-age=600"
"""GitHub Pages' Cache-Control on every file."""


def comprimeren(type_: str) -> bool:
    return type_.startswith("text/") or type_ in GECOMPRIMEERD


def _met_charset(type_: str) -> str:
    return f"{type_}; charset=utf-8" if type_.startswith("text/") else type_


class PagesHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    """Keep-alive, as every host does (the base class's HTTP/1.0 opens a connection per file)."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", CACHE)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base signature)
        pass

    def do_GET(self) -> None:
        bestand = self._bestand()
        if bestand is None:
            super().do_GET()  # directory redirect, or the 404 page via send_error
            return
        type_ = self.guess_type(str(bestand))
        inhoud = bestand.read_bytes()
        gzip_gevraagd = "gzip" in self.headers.get("Accept-Encoding", "")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", _met_charset(type_))
        if gzip_gevraagd and comprimeren(type_):
            inhoud = gzip.compress(inhoud, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        self.wfile.write(inhoud)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        pagina = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not pagina.is_file():
            super().send_error(code, message, explain)
            return
        inhoud = pagina.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        self.wfile.write(inhoud)

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        """A folder without index.html is a 404 on the hosts, not a listing."""
        self.send_error(HTTPStatus.NOT_FOUND)

    def _bestand(self) -> Path | None:
        """The file a GET for a path ending in a name or in `/` (its index.html) serves."""
        pad = Path(self.translate_path(self.path))
        if unquote(urlsplit(self.path).path).endswith("/"):
            pad = pad / "index.html"
        return pad if pad.is_file() else None


@contextmanager
def serveer(site: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 on a free port for the duration; yields the base URL."""
    handler = functools.partial(PagesHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
