"""A program that replaces warnings.showwarning and leaves a cycle with a
__del__ that warns: at exit the last collection runs the finalizer while
the modules are intact (the hook does not keep __main__ alive), and the
warning goes to _warnings' own writer, not to the hook."""
import warnings
import gc

shown = []
warnings.simplefilter("always")
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: (
    shown.append(str(message)), print("  hook:", message))


class Session:
    def __init__(self, name, manager):
        self.name = name
        self.manager = manager
        manager.sessions.append(self)

    def __del__(self):
        warnings.warn(f"session {self.name} was not closed", ResourceWarning)
        print(f"  session {self.name} finalized; hook saw {len(shown)} warning(s)")


class Manager:
    def __init__(self):
        self.sessions = []


m = Manager()
Session("early", m)
del m
print("collected", gc.collect())
m = Manager()
Session("late", m)
print("end of program")
