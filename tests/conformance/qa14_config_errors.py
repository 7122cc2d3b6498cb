# An ordinary program (qa14 sweep): custom exceptions with chaining (from e,
# from None, implicit context), except*, and an uncaught ConfigError raised
# while handling a ValueError.
import json

class ConfigError(Exception):
    """Raised when configuration is invalid."""

class MissingKey(ConfigError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"missing required key: {self.key}"

def parse(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"bad json at line {e.lineno} col {e.colno}") from e

def load(text):
    cfg = parse(text)
    for k in ("name", "port"):
        if k not in cfg:
            raise MissingKey(k)
    try:
        cfg["port"] = int(cfg["port"])
    except ValueError:
        raise ConfigError("port must be an integer")
    return cfg

for text in ['{"name": "svc", "port": "8080"}', '{"name": "x"', '{"name": "x"}', '{"name": "x", "port": "eighty"}']:
    try:
        print(load(text))
    except MissingKey as e:
        print("missing:", e, e.args, repr(e))
    except ConfigError as e:
        print("config:", e, "| cause:", type(e.__cause__).__name__, "| context:", type(e.__context__).__name__, e.__suppress_context__)

def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("outer failed") from None

def inner():
    {}["k"]

try:
    outer()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    finally:
        print("finally runs")
except ZeroDivisionError as e:
    print("caught", e)

e = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
try:
    raise e
except* ValueError as g:
    print("values:", g.exceptions)
except* (TypeError, KeyError) as g:
    print("others:", repr(g))

def add_note_demo():
    try:
        int("abc")
    except ValueError as err:
        err.add_note("while parsing user input")
        raise
load('{"name": "svc", "port": "eighty"}')
