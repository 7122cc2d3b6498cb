from abc import ABC, abstractmethod
from typing import List

class Command(ABC):
    @abstractmethod
    def do(self, doc: "Document") -> None: ...
    @abstractmethod
    def undo(self, doc: "Document") -> None: ...
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({args})"

class Insert(Command):
    def __init__(self, pos: int, text: str):
        self.pos, self.text = pos, text
    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

class Delete(Command):
    def __init__(self, pos: int, n: int):
        self.pos, self.n, self.removed = pos, n, ""
    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.n]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

class Document:
    def __init__(self):
        self.text = ""
        self.undo_stack: List[Command] = []
        self.redo_stack: List[Command] = []
    def apply(self, cmd: Command):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            print("nothing to undo"); return
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)

try:
    Command()
except TypeError as e:
    print(e)

class Half(Command):
    def do(self, doc): pass
try:
    Half()
except TypeError as e:
    print(e)

d = Document()
d.apply(Insert(0, "hello"))
d.apply(Insert(5, " world"))
d.apply(Delete(0, 1))
print(repr(d.text), d.undo_stack)
d.undo(); print(repr(d.text))
d.undo(); print(repr(d.text))
d.redo(); print(repr(d.text))
d.undo(); d.undo(); d.undo()
print(repr(d.text), len(d.redo_stack))
print(isinstance(Insert(0, ""), Command), issubclass(Delete, ABC))
print(Command.__abstractmethods__ == frozenset({"do", "undo"}))
