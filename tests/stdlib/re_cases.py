# Fixed cases for gclab's re: each line of output must equal what CPython's re prints.
# Run with src/lang/stdlib first on the path (see tests/stdlib/python-modules.test.ts).
import re
cases = [
    (r'abc', 'xxabcxx'), (r'a.c', 'abc\nadc'), (r'(a)(b)?', 'ac'), (r'(?P<x>\d+)-(?P<y>\w+)', 'tel 123-abc!'),
    (r'^\s*func=<function  at \S+>\s*\Z', '  func=<function  at 0x7f>\n'), (r'<WeakValueDictionary at 0x.*>', '<WeakValueDictionary at 0x7f12>'),
    (r'a*', 'baaa'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(?i)hello', 'say HeLLo'), (r'x{2,3}?', 'xxxx'), (r'x{2,}', 'xxxxx'),
    (r'\bfoo\b', 'a foo b'), (r'(\w+) \1', 'hello hello world'), (r'(?<=a)b', 'cb ab'), (r'(?<!a)b', 'ab cb'), (r'a(?=b)', 'ac ab'),
    (r'(a*)*', 'aaa'), (r'(a*)+b', 'aab'), (r'[^a-c]+', 'abcdef'), (r'[\d\s]+', 'ab 12 3x'), (r'[]a]+', 'x]a]'), (r'[a\-z]+', 'q-az'),
    (r'(?m)^b$', 'a\nb\nc'), (r'$', 'ab\n'), (r'(?s).+', 'a\nb'), (r'(?x) a b # comment\n c', 'abc'), (r'\x41\u00e9', 'Aé'),
    (r'a|b|', 'c'), (r'(?:ab)+', 'ababab'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'\d+?', '123'), (r'.*?x', 'abxcx'),
    (r'[A-Z]', 'abc'), (r'(?i)[a-c]+', 'ABCD'), (r'\W+', 'ab, cd'), (r'\.', 'a.b'), (r'a{,2}', 'aaa'), (r'a{', 'a{'), (r'\Aa', 'ba'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(pat, repr(s), m and (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup))
    print('  match', re.match(pat, s) and re.match(pat, s).span(), 'full', re.fullmatch(pat, s) is not None)
    print('  findall', re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
    print('  split', re.split(pat, s), 'sub', re.sub(pat, '<\\g<0>>', s), re.subn(pat, lambda m: '#', s, count=2))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.sub('x*', '-', 'abxd'), re.split(r'\s*', 'a b  c'))
print(re.sub(r'(?P<n>\d)', r'[\g<n>\n\101\\]', 'a1b2'), re.escape('a.b*c\n'), re.findall(rb'\d+', b'a12b345'))
print(re.search(rb'\A\s*func=<function  at \S+>\s*\Z', b'func=<function  at 0x12>\n') is not None)
print(repr(re.compile('ab', re.I | re.M)), repr(re.compile(b'x')), repr(re.search('b+', 'abbc')))
for bad in ['(', 'a)', '*a', 'a**', '[a', 'a\\q', '(?P<1>x)', 'z-a', '[z-a]', '(?<=a+)b', '\\2(a)', 'a(?i)b', '(?P=zz)']:
    try:
        re.compile(bad); print('ok', bad)
    except re.error as e:
        print('error', repr(bad), e, e.pos)
