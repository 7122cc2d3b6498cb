# \N{name} escapes in str literals and f-strings, as CPython 3.11 resolves
# them through the unicodedata name database: listed names (matched without
# regard to ASCII case), name aliases, computed names (HANGUL SYLLABLE,
# CJK UNIFIED IDEOGRAPH-XXXX, the CJK COMPATIBILITY/NUSHU/KHITAN families),
# and where \N is no escape (bytes, raw strings, raw f-strings). The text a
# program builds with them: bullets, dashes, degree signs, box drawing.
print("\N{BULLET} item", "\N{GREEK SMALL LETTER ALPHA}", len("\N{EM DASH}"))
print(ascii("\N{bullet}\N{Em Dash}\N{DEGREE SIGN}\N{latin small letter sharp s}"))
print(ascii("\N{LF}\N{NBSP}\N{BOM}\N{ZWJ}\N{NULL}\N{LINE FEED}\N{ESCAPE}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{LATIN SMALL LETTER GHA}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE A}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-f901}"))
print(ascii("\N{NUSHU CHARACTER-1B170}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"))
print(ascii("\N{GRINNING FACE}\N{SNOWMAN}\N{BLACK HEART SUIT}\N{CHECK MARK}"))
print(ascii(b"\N{BULLET}"), ascii(r"\N{BULLET}"), len(rb"\N{x}"))
BULLET = "field"
print(ascii(rf"\N{BULLET}"), ascii(f"\N{BULLET}{BULLET}"), ascii(f"{BULLET}\N{BULLET}"))
print(f"{'title':\N{EM DASH}^11}", f"{3.14159:\N{MIDDLE DOT}>10.2f}")
print(f"{{\N{LEFT CURLY BRACKET}}}", "\N{RIGHT CURLY BRACKET}")
row = "\N{BOX DRAWINGS LIGHT VERTICAL}"
top = "\N{BOX DRAWINGS LIGHT DOWN AND RIGHT}" + "\N{BOX DRAWINGS LIGHT HORIZONTAL}" * 5 + "\N{BOX DRAWINGS LIGHT DOWN AND LEFT}"
print(top)
print(f"{row}{'gc':^5}{row}")
temps = {"kitchen": 21.5, "attic": -3.25}
for room, t in temps.items():
    print(f"{room:<8}{t:>6.1f}\N{DEGREE SIGN}C", "\N{SNOWFLAKE}" if t < 0 else "")
s = "caf\N{LATIN SMALL LETTER E WITH ACUTE}"
print(s, len(s), s == "café", s.upper(), s.encode("utf-8"))
print("\N{SPACE}".join(["a", "b"]), "x\N{HORIZONTAL TABULATION}y".expandtabs(4))
print("\N{DIGIT ONE}\N{DIGIT TWO}".isdigit(), int("\N{DIGIT SEVEN}\N{DIGIT ZERO}") + 1)
print("\N{FULLWIDTH DIGIT THREE}".isdecimal(), int("\N{FULLWIDTH DIGIT THREE}"))
# A presentation type outside '!'..'~' is shown as \x and its hex value.
for spec in ["\N{EM DASH}", "\N{SNOWMAN}", "\N{START OF HEADING}", "\N{DELETE}", "q"]:
    for value in [1, 2.5, "s", 3j]:
        try:
            format(value, spec)
        except ValueError as e:
            print(ascii(str(e)))
