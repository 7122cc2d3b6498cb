# compile() of bytes that are not UTF-8 (and name no other codec): CPython's
# string tokenizer decodes only what it must, so a comment may hold any
# bytes, and an undecodable byte in an identifier or a string literal is
# "(unicode error) 'utf-8' codec can't decode byte 0xNN in position P:
# REASON" -- the position within the identifier, the whole literal (no
# backslash, or raw) or its run of non-ASCII bytes (with escapes); the
# columns of such a line counted in bytes; the text decoded with U+FFFD.
cases = [b'\xff = 1', b'ab\xff = 1', b'x = ab\xffc + 1', b'x = 1 \xff', b'x = \xc3\xa9\xff', b'x = \xe9t\xe9', b'x = 1\ny = \xff\xfe\n', b'x = \'\xff\'', b'x = \'ab\xffc\'', b'x = \'\xc3\xa9\xff\'', b'x = r\'a\xff\'', b'x = b\'\xff\'', b'x = f\'{1}\xff\'', b'x = \'\xe9\' + 1\n', b'# \xff\nx = \'\xe9\'', b'x = \xe2\x82', b'x = \'\xe2\x82\'', b'x = \'\xed\xa0\x80\'', b'def f():\n    return \'\xff\'\n', b'x = "ok" # \xff\ny = \xff', b"x = '\\n\xff'", b"x = 'a\\t\xc3\xa9\xff'", b"x = 1 # caf\xe9\nprint(x)", b"# -*- coding: latin-1 -*-\nx = '\xe9'", b"x = f'\\n{1}\xff'", b"x = rf'{1}a\xff'"]
for c in cases:
    try: compile(c, '<b>', 'exec'); print(repr(c), 'ok')
    except SyntaxError as e: print(repr(c), '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
ns = {}
exec(compile(b"s = 'caf\xc3\xa9'  # \xff comment\n", "<b>", "exec"), ns)
print(ns["s"])
