import netrc, tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, 'netrc')
with open(p, 'w') as f:
    f.write("machine example.com login alice password s3cret\n# comment\nmachine other.org\n  login bob\n  account acct\n  password pw2\ndefault login anon password guest\nmacdef init\nline one\nline two\n\n")
os.chmod(p, 0o600)
n = netrc.netrc(p)
print(n.authenticators('example.com'))
print(n.authenticators('other.org'))
print(n.authenticators('nowhere'))
print(sorted(n.hosts))
print(n.macros)
print(repr(n).splitlines()[0])
with open(p, 'w') as f:
    f.write("machine x login\n")
try:
    netrc.netrc(p)
except netrc.NetrcParseError as e:
    print(type(e).__name__, e.msg, e.lineno)
