# re: IGNORECASE as sre folds it, and conditional groups. ASCII mode (re.A, (?a:...), bytes) folds only
# ASCII letters; Unicode mode uses simple lowercase plus re._casefix's extra
# cases. Match.pos/endpos are the bounds the search was given.
import re
for pat, flags in [('(?a:[a-z]+)', re.I), ('[a-z]+', re.I | re.A), ('[a-z]+', re.I), ('(?a:i)', re.I), ('(?ai)i', 0), ('(?i)k', 0), ('(?ai)k', 0), ('(?i:[k-m])', 0), ('(?a)(?i:[k-m])', 0)]:
    for s in ['\u0130', '\u0131', 'I', '\u212a', 'ſ']:
        print(repr(pat), flags, repr(s), bool(re.fullmatch(pat, s, flags)))
print(re.findall(rb'(?i)[a-z]+', b'AbC\xc9'), re.findall('(?i)straße', 'STRASSE straße STRAßE'), re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?i)(ı)\1', 'ıi'))
print(re.sub('(?i)k', '-', 'kK\u212a'), re.findall('(?i)[^a-z]', 'aZ\u212a1'), re.findall('(?ia)[^a-z]', 'aZ\u212a1'), re.findall(r'(?i)\w', 'ſ'))
print(re.match('(?i)ǅ', 'ǆ'), re.match('(?i)[ǅ]', 'Ǆ'), re.match('(?i)ß', 'ẞ'), re.match('(?i)[σ]', 'ς'), re.match('(?i)σ', 'ς'), re.match('(?i)Σ', 'ς'))
print([m.pos for m in re.finditer('o', 'foo')], re.search('o','foo').pos, re.compile('o').search('foooo', 2).pos, [m.pos for m in re.compile('o').finditer('xoxo', 1)], [m.endpos for m in re.compile('o').finditer('xoxo', 1, 3)])
print(re.sub('o', lambda m: str(m.pos), 'foo'), re.compile('o').match('xo', 1).pos, re.compile('x*').search('ab').pos)
print([(m.start(), m.pos) for m in re.compile(r'\b').finditer('ab cd', 2)])

# Conditional groups (?(id/name)yes|no) and their errors.
print(re.match(r'(\d+)(?(1)a|b)', '12a'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'ac'))
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']: print(s, bool(p.match(s)))
print(re.findall(r'(?P<q>")?\w+(?(q)")', '"ab" cd "ef'), re.sub(r'(\()?\d+(?(1)\))', 'N', '(1) 2 (3'))
print(re.match(r'(?:(a)|b)(?(1)c)', 'b'), re.match(r'(?:(a)|b)(?(1)c)', 'ac'), re.match(r'(?:(a)|b)(?(1)c)', 'a'))
print(re.search(r'(a)(?<=(?(1)b|c))d', 'abd'))
for bad in [r'(?(2)a)(b)', r'(?(x)a)', r'(?(1a)b)', r'(?(0)a)', r'(a)(?(1)b|c|d)', r'(?()a)', r'(a)(?(1', r'(a)(?(1)b']:
    try: re.compile(bad); print('ok', bad)
    except re.error as e: print(repr(bad), e.msg, e.pos)
