from enum import Flag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print(list(Color), len(Color), list(Color.__members__))
print(list(Color.WHITE), len(Color.WHITE), len(Color.BLACK), list(Color.BLACK))
print(Color.RED in Color.WHITE, Color.BLACK in Color.RED, Color.WHITE in Color.RED)
purple = Color.RED | Color.BLUE
print(repr(purple), str(purple), purple.name, purple.value, bool(purple), bool(Color.BLACK))
print(repr(~Color.RED), repr(~Color.WHITE), repr(~Color.BLACK))
print(repr(Color.RED & Color.GREEN), repr(Color.WHITE ^ Color.GREEN))
print(Color(5) is purple, Color(5) is Color(5), Color['WHITE'].value)
try:
    Color.RED | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in Color.RED
except TypeError as e:
    print('TypeError:', e)
print(list(reversed(Color)), Color._member_names_)
print({c: c.value for c in Color})
