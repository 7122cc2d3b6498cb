# -*- coding: latin-1 -*-
# A Latin-1 file with a PEP 263 cookie: its bytes é and ÿ are characters
# (é in this comment too); strings and identifiers read them as python3 does.
s = 'été ÿ'
print(s, len(s), [hex(ord(c)) for c in s])
café = 3
print(café * 2)
