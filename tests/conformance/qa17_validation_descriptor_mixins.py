class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
class Validator:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        self.validate(value)
        obj.__dict__[self.name] = value
    def validate(self, value):
        pass
class Required(Validator):
    def validate(self, value):
        if value in (None, "", [], {}):
            raise ValueError("is required")
        super().validate(value)
class Length(Validator):
    def __init__(self, lo=0, hi=None):
        self.lo, self.hi = lo, hi
    def validate(self, value):
        n = len(value)
        if n < self.lo or (self.hi is not None and n > self.hi):
            raise ValueError(f"length {n} not in [{self.lo}, {self.hi if self.hi is not None else '∞'}]")
        super().validate(value)
class Pattern(Validator):
    def __init__(self, check, msg):
        self.check, self.msg = check, msg
    def validate(self, value):
        if not self.check(value):
            raise ValueError(self.msg)
        super().validate(value)
class RequiredName(Required, Length):
    pass
class Form:
    _validators = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._validators = {k: v for base in reversed(cls.__mro__) for k, v in vars(base).items() if isinstance(v, Validator)}
    def __init__(self, **data):
        errors = {}
        for name in self._validators:
            try:
                setattr(self, name, data.get(name))
            except (ValueError, TypeError) as e:
                errors[name] = str(e) if isinstance(e, ValueError) else f"wrong type ({type(e).__name__})"
        if errors:
            raise ValidationError(errors)
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={getattr(self, k)!r}' for k in self._validators)})"
class Signup(Form):
    username = RequiredName(3, 12)
    email = Pattern(lambda v: isinstance(v, str) and "@" in v and "." in v.split("@")[-1], "invalid email")
class AdminSignup(Signup):
    code = Length(6, 6)
print(RequiredName.__mro__[1:4], list(Signup._validators), list(AdminSignup._validators))
cases = [dict(username="ann", email="a@b.co"), dict(username="", email="x"), dict(username="a" * 20, email="q@w.e"), dict(email="no-at"), dict(username="bob", email="b@c.d", code="123456"), dict(username="bob", email="b@c.d", code=5)]
for cls in (Signup, AdminSignup):
    for data in cases:
        try:
            print("OK ", cls(**data))
        except ValidationError as e:
            print("ERR", cls.__name__, e.errors)
try:
    raise ValidationError({"a": "bad", "b": "worse"})
except Exception as e:
    print(str(e), e.args, repr(e)[:30])
