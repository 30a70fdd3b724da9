"""A folder served over HTTP on loopback, for download tests that must not reach the network."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

__all__ = ["QuietHandler", "serve_folder"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without writing a log line per request to stderr."""

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_folder(
    folder: Path, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler
) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) from a thread; yields the base URL, no trailing slash."""
    serve = functools.partial(handler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), serve)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
