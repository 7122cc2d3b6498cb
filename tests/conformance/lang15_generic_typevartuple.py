# Generic over a TypeVarTuple (class C(Generic[*Ts])) and a ParamSpec: the
# subclass's parameters, and subscripting it splices the TypeVarTuple's run
# of arguments (TypeVarTuple.__typing_prepare_subst__).
from typing import Generic, ParamSpec, TypeVar, TypeVarTuple, Unpack

Ts = TypeVarTuple('Ts')
T = TypeVar('T')
P = ParamSpec('P')


class C(Generic[*Ts]):
    pass


print(C[int, str], C.__parameters__, C[()], C[int])


class D(Generic[T, *Ts]):
    pass


print(D[int, str, bytes], D[int], D.__parameters__)


class E(Generic[P]):
    pass


print(E.__parameters__)


class F(Generic[*Ts, T]):
    pass


print(F[int, str], F.__parameters__, F[int])
for bad in [lambda: D[()], lambda: F[()]]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(Unpack[Ts], [*Ts], Generic[*Ts])
try:
    class H(Generic[*Ts, *Ts]):
        pass
except TypeError as e:
    print(e)
try:
    class I(Generic[int]):
        pass
except TypeError as e:
    print(e)
