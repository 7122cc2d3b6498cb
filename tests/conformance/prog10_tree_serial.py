"""A tree serializer with generators and recursion."""
import io


class Tree:
    def __init__(self, label, *children):
        self.label = label
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self
        for ch in self.children:
            yield from ch.walk(depth + 1)

    def __repr__(self):
        return f"Tree({self.label!r}, {len(self.children)} children)"


def serialize(tree):
    yield "("
    yield repr(tree.label)
    for ch in tree.children:
        yield " "
        yield from serialize(ch)
    yield ")"


def tokenize(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c in "()":
            yield c
            i += 1
        elif c == " ":
            i += 1
        elif c == "'":
            j = text.index("'", i + 1)
            yield text[i:j + 1]
            i = j + 1
        else:
            raise ValueError(f"bad char {c!r} at {i}")


def parse(tokens):
    tok = next(tokens)
    if tok != "(":
        raise SyntaxError("expected (")
    label = next(tokens)[1:-1]
    node = Tree(label)
    while True:
        tok = next(tokens)
        if tok == ")":
            return node
        if tok == "(":
            node.children.append(parse(_prepend(tok, tokens)))


def _prepend(first, rest):
    yield first
    yield from rest


t = Tree("root",
         Tree("a", Tree("a1"), Tree("a2")),
         Tree("b"),
         Tree("c", Tree("c1", Tree("c11"))))
text = "".join(serialize(t))
print(text)
for depth, node in t.walk():
    print("  " * depth + node.label)

back = parse(tokenize(text))
print(back, "".join(serialize(back)) == text)

buf = io.StringIO()
for depth, node in back.walk():
    print(f"{depth}:{node.label}", file=buf, end=";")
print(buf.getvalue())

gen = t.walk()
print(next(gen)[1].label, next(gen)[1].label)
gen.close()
print("closed:", list(gen))

try:
    list(tokenize("(x)"))
except ValueError as e:
    print("error:", e)


def depth_of(tree):
    return 1 + max((depth_of(c) for c in tree.children), default=0)


print("depth", depth_of(t))
deep = Tree("0")
cur = deep
for i in range(1, 60):
    nxt = Tree(str(i))
    cur.children.append(nxt)
    cur = nxt
print("deep depth", depth_of(deep), len("".join(serialize(deep))))

counts = {}
for d, n in deep.walk():
    counts[d % 3] = counts.get(d % 3, 0) + 1
print(sorted(counts.items()))


def leaves(tree):
    if not tree.children:
        yield tree.label
    for c in tree.children:
        yield from leaves(c)


print(list(leaves(t)))
g = leaves(t)
print(next(g))
print(g.gi_frame is not None, g.gi_running)
del g
