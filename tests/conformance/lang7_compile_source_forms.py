# compile()/eval()/exec() sources: a str with a NUL byte is 'source code string
# cannot contain null bytes' with no location (_Py_SourceAsString); bytes
# sources are decoded as a file's are (UTF-8, a coding cookie such as latin-1).
# CPython: Python/pythonrun.c _Py_SourceAsString, Parser/tokenizer.c decode_str.
for src in ["x = 1\x00", "a\nb\x00c", b"x = 1\x00"]:
    for fn in (compile, ):
        try: fn(src, "<s>", "exec")
        except (SyntaxError, ValueError) as e: print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e, getattr(e, "lineno", "-"), getattr(e, "offset", "-"), getattr(e, "text", "-"))
try: eval("1\x00")
except SyntaxError as e: print(e.msg, e.lineno)
try: exec("1\x00")
except SyntaxError as e: print(e.msg, e.lineno)
print(eval(compile(b"1 + 2", "<b>", "eval")), eval(compile("# -*- coding: latin-1 -*-\nx = '\xe9'\n".encode("latin-1"), "<b>", "exec") or "x", {}) if False else "")
ns = {}
exec(compile("# coding: latin-1\ny = '\xe9'\n".encode("latin-1"), "<b>", "exec"), ns); print(ns["y"])
exec(compile("z = 'é'".encode(), "<b>", "exec"), ns); print(ns["z"])
