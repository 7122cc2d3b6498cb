"""Source statistics with tokenize: comments, names, a pretty-printer."""
import io
import keyword
import token
import tokenize
from collections import Counter

SOURCE = '''\
# A small module
import os, sys  # imports

def greet(name: str = "world") -> str:
    """Say hello."""
    msg = f"hello {name}"
    if len(name) > 3 and not name.isdigit():
        return msg.upper()   # shout
    return msg

class Counter2:
    total = 0x1F + 1_000 + 3.5e-2
    def inc(self, by=1):
        self.total += by; return self.total
'''

toks = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
kinds = Counter(token.tok_name[t.type] for t in toks)
print(sorted(kinds.items()))
names = Counter(t.string for t in toks if t.type == token.NAME and not keyword.iskeyword(t.string))
print("names:", names.most_common(5))
print("keywords:", sorted({t.string for t in toks if keyword.iskeyword(t.string)}))
print("comments:", [(t.start[0], t.string) for t in toks if t.type == tokenize.COMMENT])
print("strings:", [t.string for t in toks if t.type == token.STRING])
print("numbers:", [t.string for t in toks if t.type == token.NUMBER])
print("ops:", Counter(t.exact_type for t in toks if t.type == token.OP).most_common(3))
print(token.tok_name[token.EQUAL], token.EXACT_TOKEN_TYPES["->"] == token.RARROW)
depth = 0
for t in toks:
    if t.type == token.INDENT:
        depth += 1
    elif t.type == token.DEDENT:
        depth -= 1
    elif t.type == token.NAME and t.string in ("def", "class"):
        print("  " * depth + f"line {t.start[0]}: {t.line.strip()}")
renamed = []
for t in toks:
    if t.type == token.NAME and t.string == "msg":
        t = t._replace(string="message")
    renamed.append(t)
out = tokenize.untokenize(renamed)
print(out.count("message"), out.splitlines()[5])
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError:", e.args)
enc, lines = tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx=1\n").readline)
print(enc, lines)
print([t.string for t in tokenize.tokenize(io.BytesIO(b"a=1").readline)][:4])
