"""A text diff/patch tool with difflib, hashlib checksums and base64 transport."""
import difflib
import hashlib
import base64
import hmac
import zlib
import json

old = """def greet(name):
    print("Hello " + name)

def farewell(name):
    print("Bye " + name)

greet("world")
""".splitlines(keepends=True)
new = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")

def farewell(name):
    print("Bye " + name)

if __name__ == "__main__":
    greet("world")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/app.py", tofile="b/app.py")))
print("".join(difflib.context_diff(old[:2], new[:2], "old", "new", n=1)))
sm = difflib.SequenceMatcher(None, "".join(old), "".join(new))
print("ratio:", round(sm.ratio(), 4), "quick:", round(sm.quick_ratio(), 4))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes():
    print(f"  {tag:<8} old[{i1}:{i2}] new[{j1}:{j2}]")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.ndiff(["one\n", "two\n"], ["one\n", "too\n"])))
digest = {name: hashlib.new(name, "".join(new).encode()).hexdigest()[:16] for name in ("md5", "sha1", "sha256", "blake2b")}
print(digest)
h = hashlib.sha256()
for line in new:
    h.update(line.encode())
print(h.hexdigest() == hashlib.sha256("".join(new).encode()).hexdigest(), h.name, h.digest_size, h.block_size)
sig = hmac.new(b"secret-key", "".join(new).encode(), "sha256").hexdigest()
print("hmac:", sig[:20], hmac.compare_digest(sig, sig))
patch = "".join(difflib.unified_diff(old, new))
payload = base64.b64encode(zlib.compress(patch.encode(), 9)).decode()
print("payload len:", len(payload), payload[:24])
restored = zlib.decompress(base64.b64decode(payload)).decode()
print("restored ok:", restored == patch)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16decode("4869"), base64.a85encode(b"hello"))
msg = json.dumps({"file": "app.py", "sha1": digest["sha1"], "patch": payload[:10]}, indent=2)
print(msg)
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32])
print(hashlib.sha3_256(b"x").hexdigest()[:16], hashlib.shake_128(b"x").hexdigest(8))
hd = difflib.HtmlDiff(wrapcolumn=40)
html = hd.make_table(old[:2], new[:2])
print(html.count("<tr>"), "diff_add" in html)
