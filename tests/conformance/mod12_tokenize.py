# tokenize (Lib/tokenize.py): generate_tokens over a str source, the token
# types and exact types, untokenize, and a TokenError for an unfinished
# source.
import io
import token
import tokenize

source = '''x = 1 + 2.5j  # hi
if x:
    y = 'a' f"b{x}" \\
        + r"""c"""
    z = [1,
         2]
@dec
async def g(*a, **k) -> None: ...
'''
for t in tokenize.generate_tokens(io.StringIO(source).readline):
    print(t)
toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
print([token.tok_name[t.exact_type] for t in toks if t.type == token.OP])
print(tokenize.untokenize(toks) == source)
print(tokenize.untokenize([(t.type, t.string) for t in toks]))
try:
    list(tokenize.generate_tokens(io.StringIO("(1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError:", e)
print(token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER), token.NT_OFFSET)
for t in tokenize.tokenize(io.BytesIO(b"a = 'b'\n").readline):
    print(t.type, repr(t.string))
