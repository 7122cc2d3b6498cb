import contextlib, gc

class Holder:
    def __init__(self, name):
        self.name = name
        self.stack = contextlib.ExitStack()
        self.stack.callback(self.cleanup, "cb1")
        self.stack.callback(print, "plain callback for", name)
    def cleanup(self, tag):
        print("cleanup", self.name, tag)
    def __del__(self):
        print("Holder del", self.name)

h = Holder("a")
h.stack.close()
print("closed a")
del h
print("---")
h = Holder("b")
print("dropping b without close")
del h
gc.collect()
print("---")
with contextlib.ExitStack() as st:
    st.callback(print, "exit cb 1")
    st.enter_context(contextlib.nullcontext())
    st.callback(print, "exit cb 2")
    print("in with")
print("end")
