# An ordinary program (qa14 sweep): a regex tokenizer (named groups,
# lastgroup) and a recursive-descent parser with walrus loops; an unfinished
# expression raises an uncaught SyntaxError at the end.
import re
from dataclasses import dataclass

@dataclass
class Token:
    kind: str
    value: str
    pos: int

SPEC = [
    ("NUMBER", r"\d+(\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()^]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
RX = re.compile("|".join(f"(?P<{n}>{p})" for n, p in SPEC))

def tokenize(src):
    for m in RX.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())

class Parser:
    def __init__(self, tokens, env):
        self.toks = list(tokens)
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self, value=None):
        t = self.peek()
        if t is None or (value and t.value != value):
            raise SyntaxError(f"expected {value!r}, got {t}")
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while (t := self.peek()) and t.value in "+-":
            self.take()
            v = v + self.term() if t.value == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while (t := self.peek()) and t.value in "*/":
            self.take()
            v = v * self.power() if t.value == "*" else v / self.power()
        return v
    def power(self):
        b = self.atom()
        if (t := self.peek()) and t.value == "^":
            self.take()
            return b ** self.power()
        return b
    def atom(self):
        t = self.take()
        if t.kind == "NUMBER":
            return float(t.value) if "." in t.value else int(t.value)
        if t.kind == "NAME":
            return self.env[t.value]
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        if t.value == "-":
            return -self.atom()
        raise SyntaxError(f"bad token {t}")

env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1+2)*3", "2^3^2", "x * pi", "10 / 4", "-x + 2.5", "7 - 2 - 1"]:
    print(f"{src:>12} = {Parser(tokenize(src), env).expr()}")
print(list(tokenize("a+1")))
for bad in ["1 + $", "(1 + 2", "y + 1"]:
    try:
        Parser(tokenize(bad), env).expr()
    except (SyntaxError, KeyError) as e:
        print(type(e).__name__, e)
Parser(tokenize("2 * (3 +"), env).expr()
