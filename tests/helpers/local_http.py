"""Small HTTP servers on 127.0.0.1 for the network deadlines: one that trickles, one that refuses."""

import http.server
import threading
import time


class TricklingServer:
    """Sends a 200 answer of ``body`` one byte every ``interval`` seconds (a slow-loris service).

    ``sent`` counts the bytes sent so far: a test that ends while it is below
    ``len(body)`` ended before the answer did.
    """

    def __init__(self, body: bytes, content_type: str = "application/octet-stream",
                 interval: float = 0.5, path: str = "/"):
        server = self
        self.sent = 0
        self.requests = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    for byte in body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        server.sent += 1
                        time.sleep(interval)
                except OSError:  # the client gave up: what the deadline is for
                    pass

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class NotFoundServer:
    """Answers every request at once with 404: a service that is there but has no such layer."""

    def __init__(self):
        server = self
        self.requests = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests += 1
                self.send_error(404)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def closed_port_url() -> str:
    """A URL on a local port nobody listens on: the connection is refused at once."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
