# urllib.parse: splitting, joining, quoting and query strings as ordinary programs use them.
from urllib.parse import *
import urllib.parse
u = urlparse('http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag')
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl())
print(urlsplit('https://example.com/path?x=1'))
print(urlunsplit(('http', 'a.com', '/p', 'q=1', 'f')))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}))
print(urlencode({'a': 1, 'c': ['1', '2']}, doseq=True))
print(quote('/a b/c?d=é'), quote_plus('a b&c'), quote('a/b', safe=''))
print(unquote('a%20b%C3%A9'), unquote_plus('a+b%2Bc'))
print(parse_qs('a=1&b=2&a=3'), parse_qsl('a=1&b=&c', keep_blank_values=True))
print(urljoin('http://a/b/c/d;p?q', '../g'), urljoin('http://a/b/c/', 'g?y'), urljoin('http://a/b', '//x/y'))
print(urldefrag('http://a/b#c'))
print(u._replace(scheme='https').geturl())
print(urlparse('//netloc/path').netloc, repr(urlparse('').scheme))
print(quote_from_bytes(b'\x00\xff'), unquote_to_bytes('%00%ff'))
r = urlsplit(b'http://a.com/x')
print(r, r.decode())
try:
    urlparse('http://[::1:80/')
except ValueError as e:
    print('ValueError', e)
try:
    urlsplit('http://a.com:99999').port
except ValueError as e:
    print('ValueError', e)
print(urllib.parse.__name__, type(u).__name__, type(u).__mro__)
print(parse_qs('a=1;b=2', separator=';'))
