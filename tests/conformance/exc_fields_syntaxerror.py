# SyntaxError's fields (msg, filename, lineno, offset, text, end_lineno,
# end_offset, print_file_and_line) from SyntaxError_init, its str, and the
# ones compile() fills; none of them are in vars(e).
e = SyntaxError("bad thing", ("dir/module.py", 3, 5, "x = = 1\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(e), "|", repr(e), "|", vars(e))
print(repr(str(SyntaxError())), str(SyntaxError("only msg")))
print(str(SyntaxError("m", ("f.py", None, 1, "t"))), str(SyntaxError("m", (None, 4, 1, "t"))))
print(str(IndentationError("unexpected indent", ("f.py", 2, 1, "  x"))))
e = SyntaxError("a", "b", "c")
print(e.msg, str(e), e.filename)
for info in [(1, 2), (1, 2, 3, 4, 5, 6, 7), 5]:
    try:
        SyntaxError("m", info)
    except TypeError as err:
        print("TypeError:", err)
try:
    compile("x = = 1", "<config>", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset, repr(err.text), vars(err))
    print(str(err))
e = SyntaxError("m", ("f.py", 1, 1, "t"))
e.lineno = 10
print(e)
