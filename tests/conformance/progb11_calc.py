import re
import operator

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")

class ParseError(Exception):
    pass

def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ParseError(f"bad character {src[pos]!r} at {pos}")
        num, op, name = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op:
            out.append(("op", op))
        else:
            out.append(("name", name))
        pos = m.end()
    out.append(("eof", None))
    return out

import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
CONSTS = {"pi": math.pi, "e": math.e}

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, val):
        t = self.next()
        if t[1] != val:
            raise ParseError(f"expected {val!r}, got {t[1]!r}")
    def parse(self):
        v = self.expr()
        if self.peek()[0] != "eof":
            raise ParseError(f"trailing {self.peek()[1]!r}")
        return v
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        ops = {"*": operator.mul, "/": operator.truediv, "%": operator.mod}
        while self.peek()[1] in ops:
            op = ops[self.next()[1]]
            v = op(v, self.factor())
        return v
    def factor(self):
        if self.peek()[1] == "-":
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.next()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.next()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek()[1] == "(":
                self.next()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                return FUNCS[val](*args)
            if val in CONSTS:
                return CONSTS[val]
            raise ParseError(f"unknown name {val}")
        if val == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError(f"unexpected {val!r}")

tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 / 2",
         "sqrt(16) + max(1, 5, 3)", "pi * 2", "2 * (3 + ", "4 $ 4", "foo + 1", "1 / 0",
         "abs(-3.5) * 2", "min(3, 1.5) ** 2", "1 2", "1.5e3", "0.1 + 0.2"]
for t in tests:
    try:
        print(f"{t:<25} = {Parser(tokenize(t)).parse()!r}")
    except ParseError as e:
        print(f"{t:<25} ! ParseError: {e}")
    except (ZeroDivisionError, KeyError) as e:
        print(f"{t:<25} ! {type(e).__name__}: {e}")
print(tokenize("max(1,2)"))
