# exec/eval/compile: bad arguments get CPython's TypeError/ValueError, syntax
# errors are SyntaxError objects with msg/filename/lineno/offset/text, and an
# error raised inside exec'd code propagates to the caller.
def t(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

t(1, lambda: exec(5))
t(2, lambda: eval(5))
t(3, lambda: exec("1", []))
t(4, lambda: eval("1", []))
t(5, lambda: compile(5, "f", "exec"))
t(6, lambda: compile("1", "f", "bad"))
t(7, lambda: compile("1", 5, "exec"))
t(8, lambda: eval("x = 1"))
t(9, lambda: exec("  1 + 1"))
t(10, lambda: eval("1 +"))
t(11, lambda: exec("def f(:\n pass"))
t(12, lambda: exec("1/0"))
t(13, lambda: exec())
t(14, lambda: eval())
t(15, lambda: exec("1", {}, {}, 4))
t(16, lambda: exec("1", globals={}))
t(17, lambda: compile("1", "f"))
t(18, lambda: eval("undefined_name"))
t(19, lambda: eval("1", None, {}))
t(20, lambda: exec("return 5"))
t(21, lambda: exec("match 1:\n case x:\n  pass\n case 2:\n  pass\n"))
t(22, lambda: compile("if True:\nprint(1)", "<indent>", "exec"))
t(23, lambda: eval(""))
t(24, lambda: eval("1\n2"))
g = {}
try:
    exec("a = 1\nb = (\n", g)
except SyntaxError as e:
    print(repr(e.msg), e.filename, e.lineno, e.offset, e.args[0])
try:
    exec("1 +", g)
except SyntaxError as e:
    print(repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.args)
    print(str(e))
try:
    compile("x = (1,\n  2", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, str(e), e.lineno)
try:
    exec("raise KeyError('inner')")
except KeyError as e:
    print("caught", repr(e), e.__traceback__.tb_next.tb_frame.f_code.co_filename)
