import http.server, io
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.end_headers()
        self.wfile.write(b'hi ' + self.path.encode())
    def log_message(self, *a):
        pass
    def version_string(self):
        return 'Test/1.0'
    def date_time_string(self, timestamp=None):
        return 'DATE'
class Fake:
    def __init__(self, req):
        self.rfile = io.BytesIO(req); self.wfile = io.BytesIO()
    def makefile(self, mode, *a, **k):
        return self.rfile if 'r' in mode else self.wfile
s = Fake(b'GET /x?y=1 HTTP/1.0\r\nHost: a\r\n\r\n')
class W(io.BytesIO):
    def close(self): self.out = self.getvalue(); super().close()
h = H.__new__(H)
h.rfile = s.rfile; h.wfile = W(); h.client_address = ('127.0.0.1', 1); h.server = None; h.request = s
h.handle(); 
print(h.wfile.getvalue())
print(h.command, h.path, h.request_version, h.headers['Host'])
print(http.server.SimpleHTTPRequestHandler.extensions_map.get('.py', '?'))
