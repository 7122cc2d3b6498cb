"""An undo/redo stack built on copy.deepcopy snapshots."""
import copy


class Shape:
    def __init__(self, kind, x, y, tags=None):
        self.kind = kind
        self.x = x
        self.y = y
        self.tags = tags or []

    def __repr__(self):
        return f"{self.kind}@({self.x},{self.y}){self.tags}"

    def __eq__(self, other):
        return isinstance(other, Shape) and vars(self) == vars(other)


class Document:
    def __init__(self):
        self.shapes = []
        self.meta = {"title": "untitled", "layers": [["base"]]}

    def __repr__(self):
        return f"Doc({self.meta['title']}: {self.shapes})"


class Editor:
    def __init__(self, doc):
        self.doc = doc
        self.undo_stack = []
        self.redo_stack = []

    def _snapshot(self):
        return copy.deepcopy(self.doc)

    def do(self, label, fn, *args):
        self.undo_stack.append((label, self._snapshot()))
        self.redo_stack.clear()
        fn(self.doc, *args)
        print(f"do {label}: {self.doc}")

    def undo(self):
        if not self.undo_stack:
            print("nothing to undo")
            return
        label, snap = self.undo_stack.pop()
        self.redo_stack.append((label, self._snapshot()))
        self.doc = snap
        print(f"undo {label}: {self.doc}")

    def redo(self):
        if not self.redo_stack:
            print("nothing to redo")
            return
        label, snap = self.redo_stack.pop()
        self.undo_stack.append((label, self._snapshot()))
        self.doc = snap
        print(f"redo {label}: {self.doc}")


def add(doc, shape):
    doc.shapes.append(shape)


def move(doc, i, dx, dy):
    doc.shapes[i].x += dx
    doc.shapes[i].y += dy


def tag(doc, i, t):
    doc.shapes[i].tags.append(t)


def rename(doc, title):
    doc.meta["title"] = title


ed = Editor(Document())
shared_tags = ["red"]
ed.do("add circle", add, Shape("circle", 0, 0, shared_tags))
ed.do("add square", add, Shape("square", 5, 5, shared_tags))
ed.do("move", move, 0, 2, 3)
ed.do("tag", tag, 1, "big")
ed.do("rename", rename, "art")
print("shared tags alias in doc:", ed.doc.shapes[0].tags is ed.doc.shapes[1].tags)
ed.undo()
ed.undo()
print("after undo alias kept by deepcopy memo:", ed.doc.shapes[0].tags is ed.doc.shapes[1].tags)
ed.redo()
ed.undo()
ed.undo()
ed.undo()
ed.undo()
ed.undo()
ed.redo()
ed.redo()
ed.do("add line", add, Shape("line", 1, 1))
ed.redo()
print(len(ed.undo_stack), len(ed.redo_stack))


class Custom:
    def __init__(self, data):
        self.data = data
        self.copies = 0

    def __deepcopy__(self, memo):
        print("  Custom.__deepcopy__ called, memo has", type(memo).__name__)
        new = Custom(copy.deepcopy(self.data, memo))
        new.copies = self.copies + 1
        return new


c = Custom([1, [2, 3]])
c2 = copy.deepcopy({"a": c, "b": c})
print(c2["a"] is c2["b"], c2["a"].copies, c2["a"].data)
lst = [1, 2]
lst.append(lst)
cp = copy.deepcopy(lst)
print(cp[2] is cp, cp is not lst)
sh = copy.copy(ed.doc)
print(sh.shapes is ed.doc.shapes)
