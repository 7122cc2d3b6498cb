import mimetypes
mimetypes.knownfiles = []   # only the built-in table: no host files
for n in ['a.txt', 'b.html', 'c.png', 'd.tar.gz', 'e.json', 'f.unknownext', 'g.py', 'h.JPG', 'archive.zip', 'x.svgz']:
    print(n, mimetypes.guess_type(n))
print(mimetypes.guess_extension('text/plain'))
print(mimetypes.guess_extension('image/jpeg'))
print(mimetypes.guess_all_extensions('text/html'))
print(mimetypes.guess_type('http://example.com/x.css'))
print(mimetypes.guess_type('data:text/plain;base64,aGk='))
m = mimetypes.MimeTypes()
m.add_type('application/x-foo', '.foo')
print(m.guess_type('x.foo'), mimetypes.guess_type('x.foo'))
print(mimetypes.guess_type('x.FOO', strict=False))
