from http import cookies
c = cookies.SimpleCookie()
c['session'] = 'abc123'
c['session']['path'] = '/'
c['session']['max-age'] = 3600
c['session']['httponly'] = True
c['theme'] = 'dark blue'
print(c.output())
print(c.js_output().count('document.cookie'))
d = cookies.SimpleCookie('a=1; b="x y"; c=3; Path=/p')
for k in sorted(d):
    print(k, repr(d[k].value), d[k]['path'])
print(repr(d['a']))
try:
    c['bad'] = 'x'; c['bad']['nosuch'] = 1
except cookies.CookieError as e:
    print('CookieError', e)
