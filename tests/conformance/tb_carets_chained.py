# A chained traceback (context and cause): each exception's frames get
# their carets.
import re
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        text = re.sub(r"0x[0-9a-f]+", "0x...", text.replace(__file__, self.name))
        return sys.__stdout__.write(text)
    def flush(self):
        pass
sys.stderr = ShortPaths()

def parse(text):
    return int(text) * 2

def load(data):
    try:
        return parse(data["value"])
    except KeyError as e:
        raise LookupError("no value") from e

def run(data):
    try:
        return load(data)
    except LookupError:
        return parse(data["other"]) + 1

print(run({"value": "3"}))
run({"other": "x"})
