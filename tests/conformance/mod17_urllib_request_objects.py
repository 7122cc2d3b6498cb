import urllib.request, urllib.error, urllib.robotparser, io, weakref, gc
r = urllib.request.Request('http://example.com/a?b=1', data=b'x=1', headers={'X-Test': 'yes'}, method='PUT')
print(r.full_url, r.host, r.selector, r.get_method(), r.type, r.header_items())
r.add_header('accept', 'text/html')
print(r.has_header('Accept'), r.get_header('Accept'))
print(urllib.request.Request('http://e.com/').get_method())
e = urllib.error.HTTPError('http://x', 404, 'Not Found', {}, io.BytesIO(b'body'))
print(e.code, e.reason, str(e), e.read())
print(repr(urllib.error.URLError('boom')))
print(urllib.request.pathname2url('/a b/c'), urllib.request.url2pathname('/a%20b'))
rp = urllib.robotparser.RobotFileParser()
rp.parse(['User-agent: *', 'Disallow: /private', 'Crawl-delay: 2', '', 'User-agent: bot', 'Disallow: /'])
print(str(rp))
try:
    urllib.request.urlopen('ftp://')
except Exception as ex:
    print(type(ex).__name__, ex)
op = urllib.request.build_opener()
print(sorted(type(h).__name__ for h in op.handlers if type(h).__name__ != 'HTTPSHandler'))  # HTTPS needs ssl
w = weakref.ref(op)
del op
print('opener alive after del:', w() is not None)
gc.collect()
print('opener alive after collect:', w() is not None)
