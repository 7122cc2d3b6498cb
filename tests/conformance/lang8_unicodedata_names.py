# unicodedata.lookup and unicodedata.name over the same name table as the
# \N{...} escapes: names, aliases and named sequences looked up, names of
# characters (computed ones too), the default for a character without a
# name, and CPython's errors (KeyError for an unknown or too long name,
# TypeError for a non-character, ValueError "no such name").
import unicodedata
print(unicodedata.unidata_version)
for ch in "aZ€😀\u00e9\uac01\u4e00\uf900\u3000-":
    print(hex(ord(ch)), unicodedata.name(ch))
print(unicodedata.name("\x00", None), unicodedata.name("\ud800", "?"), unicodedata.name("\U000e0080", 0))
for name in ["BULLET", "bullet", "LF", "BYTE ORDER MARK", "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "HANGUL SYLLABLE GGAEG", "CJK UNIFIED IDEOGRAPH-3134A", b"SNOWMAN", "NO SUCH THING", "x" * 257, "hangul syllable ga"]:
    try:
        print(ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
for bad in [lambda: unicodedata.name("ab"), lambda: unicodedata.name(5), lambda: unicodedata.name("\x01"),
            lambda: unicodedata.name(), lambda: unicodedata.name("a", 1, 2), lambda: unicodedata.lookup(3),
            lambda: unicodedata.lookup(), lambda: unicodedata.lookup(name="BULLET")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# Round trips an ordinary program does: name every character of a word.
word = "naïve café"
names = [unicodedata.name(c) for c in word]
print(names[2], names[-1])
print("".join(unicodedata.lookup(n) for n in names) == word)
