import fileinput, filecmp, os, tempfile, tokenize, io, token, tomllib, sys
d = tempfile.mkdtemp()
for name, text in [("a.txt", "one\ntwo\n"), ("b.txt", "three\n"), ("c.txt", "one\ntwo\n")]:
    with open(os.path.join(d, name), "w") as f:
        f.write(text)
files = [os.path.join(d, n) for n in ("a.txt", "b.txt")]
with fileinput.input(files=files) as fi:
    for line in fi:
        print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), line.rstrip())
for line in fileinput.input(files, inplace=False):
    pass
print(filecmp.cmp(files[0], os.path.join(d, "c.txt")), filecmp.cmp(files[0], files[1], shallow=False))
os.mkdir(os.path.join(d, "sub")); os.mkdir(os.path.join(d, "sub2"))
for sd in ("sub", "sub2"):
    with open(os.path.join(d, sd, "x"), "w") as f: f.write(sd)
dc = filecmp.dircmp(os.path.join(d, "sub"), os.path.join(d, "sub2"))
print(dc.common, dc.diff_files, dc.same_files)
print(filecmp.cmpfiles(d, d, ["a.txt", "zz"]))
src = "def f(x):\n    return x * 2  # double\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start)
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline)) == src)
bsrc = b"x = 1\n"
print([t.string for t in tokenize.tokenize(io.BytesIO(bsrc).readline)])
try:
    tomllib.loads("a = ")
except tomllib.TOMLDecodeError as e:
    print("toml:", e)
print(tomllib.loads('[[p]]\nn="a"\n[[p]]\nn="b"\n[x.y]\nz=1.5e3\nw=true\ninl={a=1,b=[1,2]}\n'))
with open(os.path.join(d, "c.toml"), "wb") as f: f.write(b'title = "x"\n')
with open(os.path.join(d, "c.toml"), "rb") as f: print(tomllib.load(f))
