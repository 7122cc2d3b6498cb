# Errors at the end of an eval or single-mode string that has no final
# newline: the string parser's errors (bad escapes, f-string structure,
# mixing bytes and str) land on the ENDMARKER, a token without columns, so
# CPython reports the tokenizer's cursor (the length of the last line) and
# no end column (-1); the generic "invalid syntax" there has none (0, 0).
for src, mode in [('"\\N"', 'eval'), ('"é\\N"', 'eval'), ('"\\x4"', 'single'), ('"\\N"  ', 'eval'), ('"\\N"  # c', 'eval'), ("f'}'", 'eval'), ("f'{'", 'eval'), ("f'{a!x}'", 'eval'), ("f'{}'", 'eval'), ("'a' b'b'", 'eval'), ('1 +', 'eval'), ('x = "\\N"', 'single'), ('"\\N"\n', 'eval'), ('a\n"\\N"', 'eval'), ("f'{a:{b:{c}}}'", 'eval'), ("f'{\\'a\\'}'", 'eval'), ("f'{#}'", 'eval')]:
    try: compile(src, "<s>", mode); print(repr(src), "ok")
    except SyntaxError as e: print(repr(src), mode, e.msg[:30], e.lineno, e.offset, e.end_lineno, e.end_offset)
for src, mode in [('1 +', 'single'), ('x = (', 'eval'), ('lambda x', 'eval'), ('a b', 'single'), ('1 if 2', 'single'), ('"a" "\\N"', 'eval'), ('x y', 'eval'), ('f(', 'single'), ('[1, 2', 'eval')]:
    try: compile(src, "<s>", mode); print(repr(src), "ok")
    except SyntaxError as e: print(repr(src), mode, e.msg[:30], e.lineno, e.offset, e.end_lineno, e.end_offset)
