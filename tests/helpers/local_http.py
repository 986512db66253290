"""Small HTTP servers on 127.0.0.1 for the network deadlines: one that trickles, one that refuses."""

import http.server
import threading
import time


class _LocalServer:
    """Serves ``handle(handler)`` for every GET in threads of its own; ``url`` ends in ``path``."""

    def __init__(self, path: str = "/"):
        server = self
        self.requests = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests += 1
                server.handle(self)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def handle(self, handler):
        raise NotImplementedError

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class TricklingServer(_LocalServer):
    """Sends a 200 answer of ``body`` one byte every ``interval`` seconds (a slow-loris service).

    ``sent`` counts the bytes sent so far: a test that ends while it is below
    ``len(body)`` ended before the answer did.
    """

    def __init__(self, body: bytes, content_type: str = "application/octet-stream",
                 interval: float = 0.5, path: str = "/"):
        self.body, self.content_type, self.interval = body, content_type, interval
        self.sent = 0
        super().__init__(path)

    def handle(self, handler):
        handler.send_response(200)
        handler.send_header("Content-Type", self.content_type)
        handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        try:
            for byte in self.body:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                self.sent += 1
                time.sleep(self.interval)
        except OSError:  # the client gave up: what the deadline is for
            pass


class NotFoundServer(_LocalServer):
    """Answers every request at once with 404: a service that is there but has no such layer."""

    def handle(self, handler):
        handler.send_error(404)


def closed_port_url() -> str:
    """A URL on a local port nobody listens on: the connection is refused at once."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
