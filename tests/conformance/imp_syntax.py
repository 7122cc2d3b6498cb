# `import *` only at module level (a SyntaxError at compile time, so the
# whole file is refused before anything runs).
print("never printed")
def f():
    from mod_shapes import *
