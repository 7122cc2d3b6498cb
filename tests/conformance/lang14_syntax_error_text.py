# SyntaxError's constructor (SyntaxError_init: "OOOO|OO", end_offset needed
# with end_lineno) and the text of a compiled string's error: the
# tokenizer's buffer (with its newline) while it is on the error's line, the
# line alone (no newline) once it has read past it.
for args in [('msg',), ('msg', ('f', 1, 2, 'txt')), ('msg', ('f', 1, 2, 'txt', 3, 4)), ('msg', ('f', 1, 2)),
             ('msg', ('f', 1, 2, 't', 5)), ('msg', 5), ('msg', ('f', 1, 2, 't'), 'extra'), ('msg', ['f', 1, 2, 't', 1, 9, 0])]:
    try:
        e = SyntaxError(*args)
        print(repr(e), str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as ex:
        print('TypeError', ex)
for src in ['x = (1,\n 2', 'x = (1,\n 2\n', 'x = [\n', 'f(\n\n', 'x = (1,', '(\n1\n2', 'a = {1:\n', '[1,\n2,\n', '1 +* 2']:
    for mode in ['exec', 'eval']:
        try:
            compile(src, 'z', mode)
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
