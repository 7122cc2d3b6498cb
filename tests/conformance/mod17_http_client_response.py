import http.client, io
class FakeSock:
    def __init__(self, data):
        self.data = data
    def makefile(self, mode, *a, **k):
        return io.BytesIO(self.data)
raw = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nX-A: 1\r\nX-A: 2\r\n\r\nhello")
r = http.client.HTTPResponse(FakeSock(raw))
r.begin()
print(r.status, r.reason, r.version)
print(r.getheader('content-type'), r.getheader('X-A'), r.getheaders())
print(r.read(), r.isclosed())
print(http.client.responses[404], http.client.NOT_FOUND, http.client.HTTPStatus.OK.phrase)
c = http.client.HTTPConnection('example.com', 8080, timeout=3)
print(c.host, c.port)
try:
    http.client.HTTPConnection('example.com:xx')
except http.client.InvalidURL as e:
    print('InvalidURL', e)
raw2 = b"HTTP/1.1 301 Moved\r\nLocation: /x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
r2 = http.client.HTTPResponse(FakeSock(raw2), method='GET')
r2.begin()
print(r2.status, r2.chunked, r2.read())
try:
    r3 = http.client.HTTPResponse(FakeSock(b"garbage\r\n"))
    r3.begin()
except http.client.BadStatusLine as e:
    print('BadStatusLine', repr(e))
