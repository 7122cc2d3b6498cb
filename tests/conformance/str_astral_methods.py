# Indices, lengths and widths of str count code points: an astral character
# (above U+FFFF) is one character in len, find/index/rfind/count bounds,
# startswith/endswith bounds, center/ljust/rjust/zfill and format widths.
s = "\U0001F600ab\U0001F601cd"
print(len(s), s.find("a"), s.rfind("c"), s.index("b"), s.rindex("d"))
print(s.find("c", 2), s.find("a", 1, 3), s.find("\U0001F601"), s.find("x"))
print(s.count("\U0001F601"), s.count("", 2), s.count("a", 0, 2))
print(s.startswith("a", 1), s.endswith("b", 0, 3), s.startswith("\U0001F601", 3))
print(s.center(10, "*"), s.ljust(8, "-"), s.rjust(8, "."), s.zfill(8))
print("[{:>8}]".format(s), f"[{s:^10}]", "[%-8s]" % s, "[%8s]" % s)
print(s[1:4], s[-2], s[::2], s[::-1], s.split("b"), s.partition("\U0001F601"))
print([hex(ord(c)) for c in s])
print(s.replace("a", "Z", 1), s.strip("\U0001F600d"), s.upper(), s.title())
print("\U0001F600" in s, s.removeprefix("\U0001F600"), s.translate({ord("a"): "A"}))
try:
    s.index("q")
except ValueError as e:
    print("ValueError:", e)
print(str(b"\xf0\x9f\x98\x80", "utf-8") == "\U0001F600", str(b"caf\xc3\xa9", encoding="utf-8"))
print(repr(str(b"\xff", "utf-8", "replace")), str(bytearray(b"ok"), "ascii"))
for args in [("x", "utf-8"), (1, "utf-8"), (b"\xff", "utf-8"), (b"a", 5)]:
    try:
        str(*args)
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
print(s.isprintable(), "a\tb".isprintable(), "".isprintable(), "\u00a0".isprintable(), " ".isprintable())
print("[%.2s]" % s, "[%-6.3s]" % s, "[%.1r]" % s, "[{:.2}]".format(s))
