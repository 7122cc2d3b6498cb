from enum import Enum, IntEnum, Flag, StrEnum

Color = Enum('Color', 'RED GREEN BLUE')
print(list(Color), Color.__module__, Color.__qualname__)
Animal = Enum('Animal', ['ANT', 'BEE'], start=10)
print(list(Animal))
Pair = Enum('Pair', [('ONE', 1), ('TWO', 'two')])
print(list(Pair), Pair('two'))
Mapped = IntEnum('Mapped', {'X': 5, 'Y': 7})
print(list(Mapped), Mapped.X + 1)
Perm = Flag('Perm', 'R W X')
print(list(Perm), repr(Perm.R | Perm.X))
Commas = Enum('Commas', 'A, B,C')
print(list(Commas))
Q = Enum('Q', 'A B', qualname='Outer.Q', module='mymod')
print(Q.__qualname__, Q.__module__, repr(Q.A))
W = StrEnum('W', 'UP DOWN')
print(list(W), W.UP == 'up')
try:
    Enum('Bad', 'mro')
except ValueError as e:
    print('ValueError:', e)
print(Color(2), Color['BLUE'], Color.RED in Color, len(Animal))
