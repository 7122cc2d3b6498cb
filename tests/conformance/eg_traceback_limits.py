# Uncaught exception-group tracebacks, compared through sys.stderr: more
# than 15 members ("and N more exceptions"), nesting past 10 levels
# ("... (max_group_depth is 10)"), notes on groups, a group as __cause__.
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        return sys.__stdout__.write(text.replace(__file__, self.name))
    def flush(self):
        pass
sys.stderr = ShortPaths()

wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
noted = ExceptionGroup("noted", [TypeError("t")])
noted.add_note("first note")
noted.add_note("second note")
sub = KeyError("sub")
sub.add_note("note on a member")

try:
    raise ExceptionGroup("with cause", [sub, wide]) from noted
except ExceptionGroup as e:
    top = e
print("top built:", top)
raise ExceptionGroup("final", [top, deep])
