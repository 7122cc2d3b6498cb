"""A GUI-like widget tree: children hold strong refs, parents are weak.
Signals connect to bound methods through weakref.WeakMethod so a closed
window does not stay alive because a button still points at it."""
import gc
import weakref

gc.disable()


class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, slot):
        if hasattr(slot, "__self__"):
            ref = weakref.WeakMethod(slot, self._prune)
        else:
            ref = weakref.ref(slot, self._prune)
        self._slots.append(ref)

    def _prune(self, dead):
        print(f"  [{self.name}] pruning a dead slot")
        self._slots = [r for r in self._slots if r is not dead]

    def emit(self, *args):
        delivered = 0
        for ref in list(self._slots):
            fn = ref()
            if fn is None:
                continue
            fn(*args)
            delivered += 1
        return delivered

    def __len__(self):
        return len(self._slots)


class Widget:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = None
        if parent is not None:
            parent.add(self)

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    def add(self, child):
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

    def __del__(self):
        print(f"  del {self!r}")


class Button(Widget):
    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self.clicked = Signal(f"{name}.clicked")


class Window(Widget):
    def __init__(self, name):
        super().__init__(name)
        self.log = []

    def on_click(self, who):
        self.log.append(who)
        print(f"  {self.name} saw click from {who}")


print("== build")
win = Window("main")
toolbar = Widget("toolbar", win)
ok = Button("ok", toolbar)
cancel = Button("cancel", toolbar)
ok.clicked.connect(win.on_click)
cancel.clicked.connect(win.on_click)
for depth, w in win.walk():
    print("  " * depth + repr(w), w.path())

print("== emit")
print("delivered", ok.clicked.emit("ok"))
print("delivered", cancel.clicked.emit("cancel"))
print("log", win.log)

print("== a free function slot")
def logger(who):
    print("  logger:", who)
ok.clicked.connect(logger)
print("slots", len(ok.clicked))
ok.clicked.emit("ok")
del logger
print("slots after del logger", len(ok.clicked))

print("== detach the buttons, then drop the window")
keep = toolbar.children[:]
wr = weakref.ref(win)
del win, toolbar
print("window alive?", wr() is not None)
print("ok parent", ok.parent)
print("ok path", ok.path())
print("delivered", ok.clicked.emit("ok"))
print("slots", len(ok.clicked), len(cancel.clicked))

print("== drop the buttons")
del ok, cancel
keep.clear()
print("collected", gc.collect())
print("end")
