def read_lines(text):
    try:
        for line in text.splitlines():
            yield line
    finally:
        print("read_lines closed")

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

CONFIG = """
# sample config
name = gclab
version = 3  # major
debug=true

threads = 2
"""

pipeline = parse(strip_comments(read_lines(CONFIG)))
settings = dict(pipeline)
print(settings)

gen = parse(strip_comments(read_lines(CONFIG)))
print(next(gen))
print(next(gen))
del gen
print("after del gen")

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(2, read_lines("a\nb\nc\nd"))))
print("end")
