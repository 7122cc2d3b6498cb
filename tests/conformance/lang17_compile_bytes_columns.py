# compile() of bytes: without a BOM or a coding cookie the tokenizer has no
# encoding, and the parser's error columns stay UTF-8 byte offsets
# (_PyPegen_raise_error_known_location converts them only with one); a str,
# a BOM or a cookie give character columns. Tokenizer errors are in characters.
def show(label, src, mode="exec"):
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(label, "compiled")

for src in ["a = 'é' + (1 2)", "s = '日本' ; x = (1 2)", "é = 1 +", "b = 'ü'\nc = 'ö' + (3 4)\n",
            "f('é', x for x in y, 1)", "d = {'ñ': 1, 2}", "print('π' 1)", "x = 'é' ; del f()", "x = 'é'; 1 = y",
            "z = 'é' + ¤", "x = 'é'\n  y = 2\n", "def f():\n    return 'é' nonlocal\n"]:
    show("str  ", src)
    show("bytes", src.encode())
    show("bom  ", b"\xef\xbb\xbf" + src.encode())
    show("cook ", b"# coding: utf-8\n" + src.encode())
show("eval", "'é' +".encode(), "eval")
show("eval2", "('é' 2)".encode(), "eval")
show("single", "'é' if".encode(), "single")
