class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", "required"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, got {type(age).__name__}"))
    elif age < 0:
        errors.append(ValidationError("age", "negative"))
    if errors:
        raise ExceptionGroup(f"invalid record {record.get('id')}", errors)
    return True

records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": "x"}, {"id": 3, "name": "c", "age": -1}, {"id": 4}]
for r in records:
    try:
        validate(r)
        print(r["id"], "ok")
    except* ValidationError as eg:
        print(r["id"], "validation:", [str(e) for e in eg.exceptions], eg.message)
    except* TypeError as eg:
        print(r["id"], "types:", [str(e) for e in eg.exceptions])

def all_of():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k"), ValueError(2)]), OSError("disk")])
    except* ValueError as eg:
        print("values:", repr(eg))
    except* KeyError as eg:
        print("keys:", eg.exceptions, eg.message)
try:
    all_of()
except ExceptionGroup as eg:
    print("remaining:", repr(eg), len(eg.exceptions))

eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError))
print(str(eg), eg.args[0], type(eg.derive([ValueError()])).__name__)
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("c", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print("wrapped plain:", repr(eg))
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print("handler raised:", repr(e))
except RuntimeError as e:
    print("runtime", e, repr(e.__context__))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print(type(eg).__name__, eg.message)
except* TypeError as eg:
    print(type(eg).__name__, eg.message)
e1 = ValueError("n")
e1.add_note("note one")
e1.add_note("note two")
print(e1.__notes__)
