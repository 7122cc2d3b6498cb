from abc import ABC, abstractmethod
class Command(ABC):
    @abstractmethod
    def execute(self, doc): ...
    @abstractmethod
    def undo(self, doc): ...
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({args})"
class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def execute(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]
class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self._removed = None
    def execute(self, doc):
        self._removed = doc.text[self.pos:self.pos + self.n]
        if len(self._removed) < self.n:
            raise IndexError(f"cannot delete {self.n} chars at {self.pos}")
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self._removed + doc.text[self.pos:]
class Macro(Command):
    def __init__(self, *cmds):
        self.cmds = list(cmds)
    def execute(self, doc):
        done = []
        try:
            for c in self.cmds:
                c.execute(doc)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.undo(doc)
            raise
    def undo(self, doc):
        for c in reversed(self.cmds):
            c.undo(doc)
class Document:
    def __init__(self):
        self.text = ""
        self.undo_stack, self.redo_stack = [], []
    def run(self, cmd):
        cmd.execute(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            print("nothing to undo")
            return
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.execute(self)
        self.undo_stack.append(cmd)
d = Document()
d.run(Insert(0, "Hello"))
d.run(Insert(5, " World"))
d.run(Delete(0, 1))
d.run(Insert(0, "J"))
print(repr(d.text), d.undo_stack)
d.undo(); d.undo()
print(repr(d.text))
d.redo()
print(repr(d.text), d.redo_stack)
try:
    d.run(Macro(Insert(0, ">> "), Delete(100, 3)))
except IndexError as e:
    print("macro failed:", e, "| text:", repr(d.text))
d.run(Macro(Insert(0, "["), Insert(len(d.text) + 1, "]")))
print(d.text)
d.undo()
print(d.text)
for _ in range(5):
    d.undo()
try:
    d.redo(); d.redo(); d.redo(); d.redo(); d.redo()
except IndexError as e:
    print("IndexError:", e, repr(d.text))
try:
    Command()
except TypeError as e:
    print("TypeError:", e)
class Half(Command):
    def execute(self, doc): pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Command.__abstractmethods__), isinstance(Insert(0, ""), Command), issubclass(Macro, ABC))
