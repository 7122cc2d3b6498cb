def gen():
    yield 1
    print("after 1")
    yield "x"
    print("after x: should not run")
    yield 3
for ctor in (bytes, bytearray):
    try:
        ctor(gen())
    except TypeError as e:
        print(ctor.__name__, "TypeError", e)
    try:
        ctor([1, 300, "y"])
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__, e)
ba = bytearray(b"ab")
try:
    ba.extend(gen())
except TypeError as e:
    print("extend TypeError", e, ba)
class Hinted:
    def __iter__(self):
        print("iter")
        return iter([65, 66])
    def __length_hint__(self):
        print("hint")
        return 2
print(bytes(Hinted()), bytearray(Hinted()))
