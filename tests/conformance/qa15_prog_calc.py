# An ordinary program from the qa15 sweep (python3 and gclab agree on it).
"""A small calculator with operator precedence (Pratt parser)."""
import math
import sys

TOKEN_SPEC = [
    ("NUM", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|//|[-+*/%^(),=]"),
    ("WS", r"\s+"),
]

import re
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))


class CalcError(Exception):
    pass


def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        m = MASTER.match(src, pos)
        if not m:
            raise CalcError(f"unexpected character {src[pos]!r} at {pos}")
        kind = m.lastgroup
        if kind != "WS":
            out.append((kind, m.group()))
        pos = m.end()
    out.append(("EOF", ""))
    return out


BINARY = {
    "+": (10, "left"), "-": (10, "left"),
    "*": (20, "left"), "/": (20, "left"), "//": (20, "left"), "%": (20, "left"),
    "**": (30, "right"), "^": (30, "right"),
}

FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}


class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, value):
        t = self.next()
        if t[1] != value:
            raise CalcError(f"expected {value!r}, got {t[1]!r}")
        return t

    def parse_expr(self, min_bp=0):
        kind, val = self.next()
        if kind == "NUM":
            left = float(val) if any(c in val for c in ".eE") else int(val)
        elif kind == "NAME":
            if self.peek()[1] == "(":
                self.next()
                args = []
                if self.peek()[1] != ")":
                    while True:
                        args.append(self.parse_expr())
                        if self.peek()[1] == ",":
                            self.next()
                            continue
                        break
                self.expect(")")
                try:
                    left = FUNCS[val](*args)
                except KeyError:
                    raise CalcError(f"unknown function {val}") from None
            else:
                if val not in self.env:
                    raise CalcError(f"undefined variable {val}")
                left = self.env[val]
        elif val == "-":
            left = -self.parse_expr(25)
        elif val == "+":
            left = +self.parse_expr(25)
        elif val == "(":
            left = self.parse_expr()
            self.expect(")")
        else:
            raise CalcError(f"unexpected token {val!r}")
        while True:
            op = self.peek()[1]
            if op not in BINARY:
                break
            bp, assoc = BINARY[op]
            if bp < min_bp or (bp == min_bp and assoc == "left"):
                break
            self.next()
            right = self.parse_expr(bp if assoc == "left" else bp - 1)
            left = apply(op, left, right)
        return left


def apply(op, a, b):
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a / b
    if op == "//": return a // b
    if op == "%": return a % b
    return a ** b


def evaluate(line, env):
    toks = tokenize(line)
    if len(toks) > 2 and toks[0][0] == "NAME" and toks[1][1] == "=":
        p = Parser(toks[2:], env)
        v = p.parse_expr()
        env[toks[0][1]] = v
        return v
    p = Parser(toks, env)
    v = p.parse_expr()
    if p.peek()[0] != "EOF":
        raise CalcError(f"trailing input {p.peek()[1]!r}")
    return v


lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 7 // 2",
    "y = x ^ 2 + 0.5",
    "sqrt(16) + abs(-3) * max(1, 5, 2)",
    "10 / 4",
    "10 % 3 - -1",
    "1e3 / 8",
    "round(2.675, 2)",
    "1 / 0",
    "foo(1)",
    "z + 1",
    "3 $ 4",
    "(1 + 2",
    "1 2",
]
env = {"pi": math.pi}
for line in lines:
    try:
        r = evaluate(line, env)
    except CalcError as e:
        print(f"{line:<35} error: {e}")
    except ZeroDivisionError as e:
        print(f"{line:<35} math error: {e}")
    else:
        print(f"{line:<35} = {r!r}")
print(sorted(env.items()))
print(evaluate("2 ** -1", env), file=sys.stderr)
evaluate("sqrt(-1)", env)
