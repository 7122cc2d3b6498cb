# str case mappings over Unicode as CPython does them: title() and
# capitalize() use title case ('ß' -> 'Ss', 'ǆ' -> 'ǅ'), Final_Sigma when
# lowering, isupper/islower/isidentifier by Unicode property, and the
# argument checks of center/ljust/rjust and replace('', ...).
for s in ['hello world', "they're bill's friends", 'ß straße', 'ǆungla ǉubljana', 'ΣΑΣ ΟΔΟΣ', 'ﬁx ﬂow', 'ŉa', 'ᾳ ᾀ', 'ÉCOLE élève', 'x1y2 3z', '']:
    print(repr(s.title()), repr(s.capitalize()), repr(s.upper()), repr(s.lower()), s.isupper(), s.islower(), s.istitle())
for s in ['_id9', '9id', 'π', 'ᾳx', 'a-b', '']:
    print(repr(s), s.isidentifier())
print(repr('ab'.center(7, '*')), repr('ab'.ljust(True)), repr('ab'.rjust(-1)))
for args in [(5, 'ab'), (5, ''), (2.5,), ('5',)]:
    try:
        print('ab'.center(*args))
    except TypeError as e:
        print('TypeError', e)
print(repr(''.replace('', '-')), repr(''.replace('', '-', 0)), repr('ab'.replace('', '-', 2)))
# casefold (full folding), swapcase (titlecase kept, Final_Sigma), istitle
# over Unicode properties, isdigit/isnumeric beyond Nd (Ethiopic digits,
# circled digits, CJK numerals), Georgian title case.
for s in ['ﬃ ẞ ς İ ı', 'ΌΣΟΣ Σ', 'ǅ ǆ Ǆ', 'Ⅻ ⅻ', 'ⓐⒶ', 'ა ბ', 'ᾼ ᾳ', 'Straße']:
    print(repr(s.casefold()), repr(s.swapcase()), repr(s.title()), s.istitle())
for s in ['፩፪', '①②', '²', '一二三', '〇', '5', '½', 'Ⅻ', 'x']:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
