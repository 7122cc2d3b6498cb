# A RecursionError's traceback collapses repeated lines as CPython does
# ("[Previous line repeated 996 more times]"), written to sys.stderr
# (redirected here, with the script's path shortened, so it is compared).
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        return sys.__stdout__.write(text.replace(__file__, self.name))
    def flush(self):
        pass
sys.stderr = ShortPaths()

def down(n):
    down(n + 1)

def ping(n):
    pong(n)

def pong(n):
    ping(n)

try:
    down(0)
except RecursionError as e:
    print("caught:", e)
try:
    ping(0)
except RecursionError as e:
    print("caught mutual:", e)
print("now uncaught:")
down(0)
