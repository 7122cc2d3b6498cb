# Tracebacks through the stdlib that CPython writes in Python show CPython's
# frames, line numbers and lines: json (whose C encoder and scanner have no
# frames), enum's by-value lookup (EnumType.__call__ -> Enum.__new__) and
# dataclasses (field errors from _get_field, generated methods in "<string>").
import dataclasses
import enum
import json
import os
import traceback

LIB = os.path.dirname(os.__file__)


def show(f):
    try:
        f()
    except Exception:
        text = traceback.format_exc()
        print(text.replace(__file__, 'SCENARIO').replace(LIB, 'LIB'))


class Color(enum.Enum):
    RED = 1


class Missing(enum.Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


show(lambda: json.loads('{"a": 1,}'))
show(lambda: json.loads('[1, '))
show(lambda: json.loads('[1] x'))
show(lambda: json.dumps({'a': object()}))
show(lambda: json.dumps([float('nan')], allow_nan=False))
show(lambda: json.dumps([object()], indent=2))
show(lambda: Color(3))
show(lambda: Missing(2))


def mutable_default():
    @dataclasses.dataclass
    class D:
        x: list = []


def post_init():
    @dataclasses.dataclass
    class Account:
        balance: int

        def __post_init__(self):
            if self.balance < 0:
                raise ValueError('negative balance')
    Account(-1)


def frozen():
    @dataclasses.dataclass(frozen=True)
    class P:
        x: int
    P(1).x = 2


show(mutable_default)
show(post_init)
show(frozen)
show(lambda: dataclasses.asdict(5))
