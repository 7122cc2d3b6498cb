# Non-ASCII characters before the failing part: carets are placed by
# character, as traceback.c counts them.
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

def fail(word):
    return {"é": 1, "ü": 2}[word] + len("日本語")

print(fail("é"))
x = "日本" + fail("ö")
