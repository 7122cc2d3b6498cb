# print() writes to the current sys.stdout: any object with a write method
# (each piece through write: the arguments, the separators, the end);
# print(file=...) the same way; sys.stdout = sys.__stdout__ restores it;
# sys.stdout = None makes print() a no-op. The collector object dies when
# the last reference (sys.stdout's) goes.
import sys

class Collect:
    def __init__(self, name):
        self.name = name
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def __del__(self):
        sys.__stdout__.write('del ' + self.name + '\n')

c = Collect('c')
sys.stdout = c
print('hello', 1, [2])
print('a', 'b', sep='-', end='!')
print()
sys.stdout = sys.__stdout__
print(c.parts)
print('x', 'y', file=c, sep='')
print(c.parts[-3:])
sys.stdout = None
print('nowhere')
sys.stdout = sys.__stdout__
sys.stdout = Collect('temp')
print('into temp')
sys.stdout = sys.__stdout__
print('back', sys.stdout is sys.__stdout__)
class NoWrite:
    pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print(e)
del c
print('end')
