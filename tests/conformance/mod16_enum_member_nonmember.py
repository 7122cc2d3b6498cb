from enum import Enum, member, nonmember, auto


class Op(Enum):
    ADD = 1
    SUB = 2
    limit = nonmember(10)

    @member
    def helper():
        return 'helper called'

    def describe(self):
        return '%s=%s' % (self.name, self.value)


print(list(Op.__members__))
print(Op.limit, type(Op.limit).__name__)
print(Op.helper.name, Op.helper.value())
print(Op.ADD.describe())
print(len(Op), Op.SUB in Op)
print(type(member(3)).__name__, type(nonmember(4)).__qualname__)
print(member(3).value, nonmember(4).value)


class Nested(Enum):
    A = 1

    class Inner:
        pass

    B = member(2)
    C = nonmember([1, 2])


print([m.name for m in Nested], Nested.C, Nested.Inner.value.__name__, Nested.Inner.name)
print(Nested.B.value, Nested(2) is Nested.B)
