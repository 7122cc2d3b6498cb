"""decimal for gclab: a subset of CPython 3.11's decimal module (the C
module _decimal; Lib/_pydecimal.py is its Python equivalent, whose
algorithms this follows).

Supported: Decimal from str (signs, exponents, underscores, whitespace,
NaN, Infinity), int, float (exactly), a (sign, digits, exponent) tuple or
another Decimal; + - * / // % ** (integral powers), unary - + abs, with
ints and Decimals (a float operand is a TypeError as in CPython);
comparisons with Decimal, int, float and Fraction-like Rationals; hash()
equal to that of an equal int or float; str/repr in CPython's scientific
notation rules; quantize, normalize, to_integral_value, sqrt, compare,
copy_abs/copy_negate, adjusted, as_tuple, as_integer_ratio, is_* predicates,
int(), float(), round(); the context's precision and rounding
(getcontext, setcontext, localcontext, Context, the ROUND_* constants),
rounding every result to prec digits; the signals raised as CPython traps
them (InvalidOperation, DivisionByZero, Overflow) with its messages.

format() takes the C module's specifications ([[fill]align][sign][z][0]
[width][,][.precision][eEfFgGn%]).

exp, ln, log10 and non-integral powers follow _pydecimal's integer
algorithms (_dexp, _dlog, _dlog10, _dpower, _power_exact), correctly
rounded.

The context's flags and traps are the C module's SignalDicts: Inexact and
Rounded from every rounding (and quantize / to_integral_exact), Overflow
(its infinity or largest finite value when not trapped), FloatOperation
from a float in the constructor or a comparison; InvalidOperation and
DivisionByZero set their flag and, where not trapped, give the C module's
NaN or signed Infinity (_signal_result) at most of their sites (the rest
raise whether trapped or not).

Not here: Emin/Emax limits other than Overflow (Subnormal, Underflow,
Clamped).
"""

import math as _math
import numbers as _numbers

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls


def _signal(cls, *conditions):
    """The exception the C module raises for a trapped signal: its
    argument is the list of the conditions that raised it. The signal's
    flag is set in the current context first, as the C module sets it
    before it raises."""
    for sig in _SIGNALS:
        if issubclass(cls, sig):
            _current_context.flags[sig] = True
            break
    return cls(list(conditions or (cls,)))


# The C module's signals in its signal_map order (SignalDict iteration),
# and the order Context.__repr__ lists the set ones in (mpd_lsnprint_signals).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
_SIGNAL_KEYS_ERROR = ('valid values for signals are:\n'
                      '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                      '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                      '   Clamped]')


class SignalDict(object):
    """A context's flags or traps (_decimal's SignalDictMixin): a mapping
    of exactly the nine signals to booleans; other keys are KeyErrors."""

    __slots__ = ('_values',)

    def __init__(self, values=()):
        self._values = dict.fromkeys(_SIGNALS, False)
        for sig in values:
            self._values[sig] = True

    def _key(self, key):
        if key not in self._values:
            raise KeyError(_SIGNAL_KEYS_ERROR)
        return key

    def __getitem__(self, key):
        return self._values[self._key(key)]

    def __setitem__(self, key, value):
        self._values[self._key(key)] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, key):
        return key in self._values

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def get(self, key, default=None):
        return self._values.get(key, default)

    def copy(self):
        return dict(self._values)

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._values == other._values
        if isinstance(other, dict):
            return self._values == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (k.__name__, v) for k, v in self._values.items()) + '}'

    def _set(self):
        return [sig for sig in _REPR_ORDER if self._values[sig]]


SignalDict.__module__ = 'abc'


def _signal_dict(value, default):
    """Context(flags=..., traps=...): a list of signals or a dict of all nine."""
    if value is None:
        return SignalDict(default)
    if isinstance(value, (list, tuple)):
        for sig in value:
            if sig not in _SIGNALS:
                raise KeyError(_SIGNAL_KEYS_ERROR)
        return SignalDict(value)
    if isinstance(value, (dict, SignalDict)):
        if len(value) != len(_SIGNALS) or any(sig not in value for sig in _SIGNALS):
            raise KeyError('invalid signal dict')
        return SignalDict([sig for sig in _SIGNALS if value[sig]])
    raise TypeError('argument must be a signal dict')


def _signal_result(context, result, cls, *conditions):
    """An InvalidOperation or DivisionByZero: its flag set in the context,
    raised (with the conditions as _signal's list) where the context traps
    it, else the operation's result (NaN, a signed Infinity), as the C
    module's untrapped signals give."""
    context = context or getcontext()
    context.flags[cls] = True
    if context.traps[cls]:
        raise cls(list(conditions or (cls,)))
    return result


def _raise_signals(context, *signals):
    """Set the flags of the signals an operation raised; if the context
    traps any, raise the first trapped one, its message the list of the
    trapped (the C module's flags_as_exception / flags_as_list)."""
    for sig in signals:
        context.flags[sig] = True
    trapped = [sig for sig in _SIGNALS if sig in signals and context.traps[sig]]
    if trapped:
        raise trapped[0](trapped)


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent): what as_tuple() returns (a
    namedtuple in CPython; written out here so that decimal does not
    import collections)."""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0], doc='Alias for field number 0')
    digits = property(lambda self: self[1], doc='Alias for field number 1')
    exponent = property(lambda self: self[2], doc='Alias for field number 2')

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)


DecimalTuple.__module__ = 'decimal'

_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class Context(object):
    """The precision and rounding of arithmetic (the rest of CPython's
    context is kept for its repr)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = _signal_dict(flags, ())
        self.traps = _signal_dict(traps, (InvalidOperation, DivisionByZero, Overflow))

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps') and not isinstance(value, SignalDict):
            value = _signal_dict(value, ())
        object.__setattr__(self, name, value)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(f.__name__ for f in self.flags._set()),
                   ', '.join(t.__name__ for t in self.traps._set())))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags, self.traps)

    __copy__ = copy

    def clear_flags(self):
        """Reset all flags to False."""
        for sig in _SIGNALS:
            self.flags[sig] = False

    def clear_traps(self):
        """Set all traps to False."""
        for sig in _SIGNALS:
            self.traps[sig] = False

    def Etiny(self):
        """Return a value equal to Emin - prec + 1, the minimum exponent of a subnormal result."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """Return a value equal to Emax - prec + 1, the maximum exponent for rounded results."""
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        if isinstance(num, float):
            _raise_signals(self, FloatOperation)
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _convert(self, a):
        if isinstance(a, Decimal):
            return a
        if isinstance(a, int):
            return Decimal(a)
        raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)

    # The context's arithmetic: the Decimal operation in this context.
    def abs(self, a):
        return self._convert(a).__abs__(context=self)

    def add(self, a, b):
        return self._convert(a).__add__(self._convert(b), context=self)

    def subtract(self, a, b):
        return self._convert(a).__sub__(self._convert(b), context=self)

    def multiply(self, a, b):
        return self._convert(a).__mul__(self._convert(b), context=self)

    def divide(self, a, b):
        return self._convert(a).__truediv__(self._convert(b), context=self)

    def divide_int(self, a, b):
        return self._convert(a).__floordiv__(self._convert(b), context=self)

    def remainder(self, a, b):
        return self._convert(a).__mod__(self._convert(b), context=self)

    def divmod(self, a, b):
        return self._convert(a).__divmod__(self._convert(b), context=self)

    def power(self, a, b, modulo=None):
        return self._convert(a).__pow__(self._convert(b), modulo, context=self)

    def minus(self, a):
        return self._convert(a).__neg__(context=self)

    def plus(self, a):
        return self._convert(a).__pos__(context=self)

    def sqrt(self, a):
        return self._convert(a).sqrt(context=self)

    def exp(self, a):
        return self._convert(a).exp(context=self)

    def ln(self, a):
        return self._convert(a).ln(context=self)

    def log10(self, a):
        return self._convert(a).log10(context=self)

    def normalize(self, a):
        return self._convert(a).normalize(context=self)

    def quantize(self, a, b):
        return self._convert(a).quantize(self._convert(b), context=self)

    def to_integral_value(self, a):
        return self._convert(a).to_integral_value(context=self)

    def to_integral_exact(self, a):
        return self._convert(a).to_integral_exact(context=self)

    def compare(self, a, b):
        return self._convert(a).compare(self._convert(b), context=self)

    def to_sci_string(self, a):
        return self._convert(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._convert(a).__str__(eng=True, context=self)


Context.__module__ = 'decimal'

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current_context = DefaultContext.copy()


def getcontext():
    """Get the current default context."""
    return _current_context


def setcontext(context):
    """Set a new default context."""
    global _current_context
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current_context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None):
    """A context manager for a copy of ctx (default: the current context)."""
    if ctx is None:
        ctx = getcontext()
    return _ContextManager(ctx)


# ---- parsing -------------------------------------------------------------------

def _parse(text):
    """(sign, coefficient digits, exponent or 'n'/'N'/'F') of a numeric
    string, or None."""
    s = text.strip().replace('_', '') if '__' not in text and not text.strip().startswith('_') and not text.strip().endswith('_') else None
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = s[0] == '-'
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 'F'
    if low.startswith('nan') or low.startswith('snan'):
        digits = low[4:] if low.startswith('snan') else low[3:]
        if digits and not digits.isdigit():
            return None
        return sign, digits.lstrip('0') or '0', 'N' if low.startswith('snan') else 'n'
    exp = 0
    e = low.find('e')
    if e >= 0:
        exp_text = low[e + 1:]
        low = low[:e]
        body = exp_text[1:] if exp_text[:1] in '+-' else exp_text
        if not body or not body.isdigit() or not body.isascii():
            return None
        exp = int(exp_text)
    intpart, dot, frac = low.partition('.')
    if not (intpart or frac):
        return None
    for part in (intpart, frac):
        if part and not (part.isdigit() and part.isascii()):
            if not all(c.isdigit() for c in part):
                return None
    digits = ''.join(str(int(c)) for c in intpart + frac) if (intpart + frac) else ''
    if not digits:
        return None
    exp -= len(frac)
    return sign, str(int(digits)), exp


def _round_coefficient(coeff, drop, sign, rounding):
    """coeff (an int) with its last drop digits removed, rounded."""
    if drop <= 0:
        return coeff * 10 ** (-drop)
    q, r = divmod(coeff, 10 ** drop)
    half = 5 * 10 ** (drop - 1)
    if r == 0:
        return q
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:   # ROUND_05UP
        up = q % 5 == 0
    return q + 1 if up else q


def _tp_name(x):
    t = type(x)
    return 'decimal.Decimal' if t is Decimal else t.__name__


# ---- Decimal --------------------------------------------------------------------

class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.
    """

    # sign: 0 or 1; _int: the coefficient's digits (str); _exp: an int, or
    # 'n' (NaN), 'N' (sNaN), 'F' (infinity).
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                return _signal_result(context, Decimal('NaN'), InvalidOperation, ConversionSyntax)
            self._sign, self._int, self._exp = parsed
            self._is_special = isinstance(self._exp, str)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = (
                value._sign, value._int, value._exp, value._is_special)
            return self
        if isinstance(value, float):
            _raise_signals(context or getcontext(), FloatOperation)
            return cls.from_float(value) if cls is Decimal else cls(Decimal.from_float(value))
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                self._sign, self._int, self._exp, self._is_special = sign, '0', 'F', True
                return self
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            for d in digits:
                if not (isinstance(d, int) and 0 <= d <= 9):
                    raise ValueError('coefficient must be a tuple of digits')
            self._sign = sign
            self._int = str(int(''.join(map(str, digits)) or '0'))
            self._exp = exp
            self._is_special = False
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Class method that converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        # n / 2**k == n * 5**k / 10**k
        result = cls._from_parts(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    @classmethod
    def _from_parts(cls, sign, coeff, exp):
        self = object.__new__(Decimal)
        self._sign = sign
        self._int = str(coeff)
        self._exp = exp
        self._is_special = False
        return self

    # -- conversions to text

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            digits = self._int if self._int != '0' else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + digits
        coeff = self._int
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        """format(Decimal, spec): _pydecimal's Decimal.__format__ (PEP 3101
        with types e E f F g G n %, no type meaning g/G by context.capitals),
        with the C module's 'invalid format string' for what it refuses."""
        if context is None:
            context = getcontext()
        spec = _parse_format_specifier(specifier)
        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['type'] == '%':
                body += '%'
            return _format_align(sign, body, spec)
        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]
        if spec['type'] == '%':
            self = Decimal._from_parts(self._sign, self._coeff(), self._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                self = self._round(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                self = self._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and len(self._int) > precision:
                self = self._round(precision, rounding)
        if not self and self._exp > 0 and spec['type'] in 'fF%':
            self = self._rescale(0, rounding)
        if not self and spec['no_neg_0'] and self._sign:
            adjusted_sign = 0
        else:
            adjusted_sign = self._sign
        leftdigits = self._exp + len(self._int)
        if spec['type'] in 'eE':
            if not self and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        else:
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace] or '0'
            fracpart = self._int[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(adjusted_sign, intpart, fracpart, exp, spec)

    def _round(self, places, rounding):
        """self rounded to `places` significant digits (_pydecimal's _round)."""
        if self._is_special or not self:
            return self
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    # -- the value

    def _coeff(self):
        return int(self._int)

    def _signed_ratio(self):
        """(numerator, denominator) of a finite value."""
        c = self._coeff() * (-1 if self._sign else 1)
        if self._exp >= 0:
            return c * 10 ** self._exp, 1
        return c, 10 ** -self._exp

    def _check_nans(self, other=None, context=None):
        """_pydecimal's _check_nans: a signaling NaN operand signals
        InvalidOperation (its result, where not trapped, the NaN made
        quiet); else the first quiet NaN operand; else None."""
        for x in (self, other):
            if x is not None and x._is_special and x._exp == 'N':
                quiet = object.__new__(Decimal)
                quiet._sign, quiet._int, quiet._exp, quiet._is_special = x._sign, x._int, 'n', True
                return _signal_result(context, quiet, InvalidOperation)
        for x in (self, other):
            if x is not None and x._is_special and x._exp == 'n':
                return x
        return None

    def _fix(self, context):
        """self rounded to the context's precision (and Overflow checked)."""
        if self._is_special:
            return self
        prec = context.prec
        coeff = self._coeff()
        n = len(self._int)
        exp = self._exp
        signals = ()
        if n > prec:
            drop = n - prec
            signals = (Inexact, Rounded) if coeff % 10 ** drop else (Rounded,)
            coeff = _round_coefficient(coeff, drop, self._sign, context.rounding)
            exp += drop
            if len(str(coeff)) > prec:
                coeff //= 10
                exp += 1
        if coeff and exp + len(str(coeff)) - 1 > context.Emax:
            _raise_signals(context, Overflow, Inexact, Rounded)
            # Not trapped: _pydecimal's _fix overflow result.
            if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                    (context.rounding == ROUND_CEILING and not self._sign) or \
                    (context.rounding == ROUND_FLOOR and self._sign):
                return Decimal(('-' if self._sign else '') + 'Infinity')
            return Decimal._from_parts(self._sign, 10 ** prec - 1, context.Emax - prec + 1)
        if signals:
            _raise_signals(context, *signals)
        return Decimal._from_parts(self._sign, coeff, exp)

    # -- arithmetic

    def _convert_other(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return NotImplemented

    def _special_result(self, other, op):
        nan = self._check_nans(other)
        if nan is not None:
            return nan
        return None

    def __add__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._is_special or other._is_special:
            nan = self._check_nans(other)
            if nan is not None:
                return nan
            if self._exp == 'F' and other._exp == 'F' and self._sign != other._sign:
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            return self if self._exp == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._coeff() * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._coeff() * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._from_parts(sign, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._check_nans(other)
            if nan is not None:
                return nan
            if (self._exp == 'F' and not other) or (other._exp == 'F' and not self):
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            return Decimal(('-' if sign else '') + 'Infinity')
        return Decimal._from_parts(sign, self._coeff() * other._coeff(), self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._check_nans(other)
            if nan is not None:
                return nan
            if self._exp == 'F' and other._exp == 'F':
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            if self._exp == 'F':
                return Decimal(('-' if sign else '') + 'Infinity')
            return Decimal._from_parts(sign, 0, -999999 - context.prec + 1)
        if not other:
            if not self:
                return _signal_result(context, Decimal('NaN'), InvalidOperation, DivisionUndefined)
            return _signal_result(context, Decimal(('-' if sign else '') + 'Infinity'), DivisionByZero)
        if not self:
            return Decimal._from_parts(sign, 0, self._exp - other._exp)._fix(context)
        # _pydecimal's __truediv__: prec + 1 digits, a sticky last digit
        # when inexact, and the ideal exponent when exact.
        shift = len(other._int) - len(self._int) + context.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, remainder = divmod(self._coeff() * 10 ** shift, other._coeff())
        else:
            coeff, remainder = divmod(self._coeff(), other._coeff() * 10 ** -shift)
        if remainder:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return Decimal._from_parts(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide(self, other, context):
        """_pydecimal's _divide for finite operands, other nonzero:
        (integer quotient, remainder), or a NaN pair (DivisionImpossible)
        when the quotient has more digits than the precision."""
        sign = self._sign ^ other._sign
        if other._is_special:
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        if not self or other._is_special or self.adjusted() - other.adjusted() <= -2:
            return Decimal._from_parts(sign, 0, 0), self._rescale(ideal_exp, context.rounding)
        exp = min(self._exp, other._exp)
        a = self._coeff() * 10 ** (self._exp - exp)
        b = other._coeff() * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            ans = _signal_result(context, Decimal('NaN'), InvalidOperation, DivisionImpossible)
            return ans, ans
        return Decimal._from_parts(sign, q, 0), Decimal._from_parts(self._sign, r, exp)

    def __floordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._is_special:
            if other._is_special:
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            return Decimal(('-' if sign else '') + 'Infinity')
        if not other:
            if self:
                return _signal_result(context, Decimal(('-' if sign else '') + 'Infinity'), DivisionByZero)
            return _signal_result(context, Decimal('NaN'), InvalidOperation, DivisionUndefined)
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._is_special:
            return _signal_result(context, Decimal('NaN'), InvalidOperation)
        if not other:
            if self:
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            return _signal_result(context, Decimal('NaN'), InvalidOperation, DivisionUndefined)
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        """_pydecimal's __divmod__; the C module signals once for both
        halves (divmod(x, 0): DivisionByZero and InvalidOperation)."""
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._is_special:
            if other._is_special:
                ans = _signal_result(context, Decimal('NaN'), InvalidOperation)
                return ans, ans
            _raise_signals(context, InvalidOperation)
            return Decimal(('-' if sign else '') + 'Infinity'), Decimal('NaN')
        if not other:
            if not self:
                ans = _signal_result(context, Decimal('NaN'), InvalidOperation, DivisionUndefined)
                return ans, ans
            _raise_signals(context, DivisionByZero, InvalidOperation)
            return Decimal(('-' if sign else '') + 'Infinity'), Decimal('NaN')
        quotient, remainder = self._divide(other, context)
        return quotient, remainder._fix(context)

    def __rdivmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._is_special or other._is_special or modulo is not None:
            raise _signal(InvalidOperation)
        if not other._isinteger():
            # x ** y with x negative and y not an integer is invalid; 0 ** y
            # is 0 or Infinity; otherwise exp(y * ln(x)) correctly rounded.
            if self._sign and self:
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            if not self:
                return Decimal(0) if other._sign == 0 else Decimal('Infinity')
            return self._power_inexact(other, context)
        n = int(other)
        if n == 0 and not self:
            return _signal_result(context, Decimal('NaN'), InvalidOperation)
        if n >= 0:
            return Decimal._from_parts(self._sign if n % 2 else 0, self._coeff() ** n, self._exp * n)._fix(context)
        if not self:
            return _signal_result(context, Decimal(('-' if self._sign and n % 2 else '') + 'Infinity'), DivisionByZero)
        return Decimal(1).__truediv__(Decimal._from_parts(self._sign if n % 2 else 0, self._coeff() ** -n, self._exp * -n), context)

    def __rpow__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        if self._is_special:
            return self.copy_negate()
        context = context or getcontext()
        if not self:
            return Decimal._from_parts(0, 0, self._exp)._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            return self
        context = context or getcontext()
        if not self:
            return Decimal._from_parts(0, 0, self._exp)._fix(context)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def copy_abs(self):
        d = Decimal(self)
        d._sign = 0
        return d

    def copy_negate(self):
        d = Decimal(self)
        d._sign = 1 - self._sign
        return d

    # -- comparisons

    def _cmp_value(self, other, ordered=False):
        """-1/0/1 comparing self with a Decimal/int/float/Rational, None for
        a NaN, NotImplemented for other types. A float sets FloatOperation
        (raised where trapped only by an ordering comparison)."""
        if isinstance(other, Decimal):
            if other._is_special and other._exp in 'nN':
                return None
        elif isinstance(other, int):
            other = Decimal(other)
        elif isinstance(other, float):
            if ordered:
                _raise_signals(getcontext(), FloatOperation)
            else:
                getcontext().flags[FloatOperation] = True
            if other != other:
                return None
            other = Decimal.from_float(other)
        elif isinstance(other, _numbers.Rational):
            if self._is_special:
                a = self
            else:
                n, d = self._signed_ratio()
                lhs, rhs = n * other.denominator, other.numerator * d
                return (lhs > rhs) - (lhs < rhs)
        else:
            return NotImplemented
        if self._is_special and self._exp in 'nN':
            return None
        a, b = self._order_key(), other._order_key()
        return (a > b) - (a < b)

    def _order_key(self):
        if self._is_special:
            return float('-inf') if self._sign else float('inf')
        n, d = self._signed_ratio()
        return _Exact(n, d)

    def __eq__(self, other):
        c = self._cmp_value(other)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp_value(other)
        if c is NotImplemented:
            return c
        return c != 0

    def _ordered(self, other, op):
        c = self._cmp_value(other, True)
        if c is None:
            # An ordering comparison with a NaN signals InvalidOperation;
            # untrapped, it is False (_pydecimal's _compare_check_nans).
            _signal_result(None, None, InvalidOperation)
            return 1 if op in ('<', '<=') else -1
        return c

    def __lt__(self, other):
        c = self._ordered(other, '<')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._ordered(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._ordered(other, '>')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._ordered(other, '>=')
        return c if c is NotImplemented else c >= 0

    def compare(self, other, context=None):
        """Compare self to other: Decimal -1, 0 or 1 (NaN for a NaN)."""
        other = self._convert_other(other)
        if other is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        c = self._cmp_value(other)
        if c is None:
            return Decimal('NaN')
        return Decimal(c)

    def __hash__(self):
        # _pydecimal's __hash__: the hash of the equal int or float value.
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2305843009213693951
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, modulus)
        hash_ = self._coeff() * exp_hash % modulus
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    def __bool__(self):
        return self._is_special or self._int != '0'

    # -- conversions to numbers

    def __int__(self):
        if self._is_special:
            if self._exp in 'nN':
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * self._coeff() * 10 ** self._exp
        return s * (self._coeff() // 10 ** -self._exp)

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self._exp in 'nN':
                return float('-nan' if self._sign else 'nan')
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp in 'nN':
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        n, d = self._signed_ratio()
        g = _math.gcd(n, d)
        return n // g, d // g

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + len(self._int) - 1

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(Decimal._from_parts(0, 1, -n))
        if self._is_special:
            if self._exp in 'nN':
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        return int(self._rescale(0, ROUND_CEILING))

    # -- rounding to an exponent

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounded (no precision limit)."""
        if self._is_special:
            return self
        if self._exp >= exp:
            return Decimal._from_parts(self._sign, self._coeff() * 10 ** (self._exp - exp), exp)
        coeff = _round_coefficient(self._coeff(), exp - self._exp, self._sign, rounding)
        return Decimal._from_parts(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """Return a value equal to self with the exponent of exp."""
        exp = self._convert_other(exp)
        if exp is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(exp).__name__)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special or exp._is_special:
            nan = self._check_nans(exp)
            if nan is not None:
                return nan
            if self._exp == 'F' and exp._exp == 'F':
                return Decimal(self)
            return _signal_result(context, Decimal('NaN'), InvalidOperation)
        ans = self._rescale(exp._exp, rounding)
        if len(ans._int) > context.prec:
            return _signal_result(context, Decimal('NaN'), InvalidOperation)
        if ans._exp > self._exp:
            if ans != self:
                _raise_signals(context, Inexact, Rounded)
            else:
                _raise_signals(context, Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        """Round to the nearest integer, without Inexact or Rounded."""
        if self._is_special or self._exp >= 0:
            return Decimal(self)
        context = context or getcontext()
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded as appropriate."""
        if self._is_special:
            nan = self._check_nans()
            return nan if nan is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        context = context or getcontext()
        ans = self._rescale(0, rounding or context.rounding)
        _raise_signals(context, *((Inexact, Rounded) if ans != self else (Rounded,)))
        return ans

    def normalize(self, context=None):
        """Strip trailing zeros (after rounding to the context)."""
        if self._is_special:
            return Decimal(self)
        context = context or getcontext()
        d = self._fix(context)
        if not d:
            return Decimal._from_parts(d._sign, 0, 0)
        coeff, exp = d._coeff(), d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._from_parts(d._sign, coeff, exp)

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context's precision."""
        context = context or getcontext()
        if self._is_special:
            nan = self._check_nans()
            if nan is not None:
                return nan
            if self._sign:
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            return Decimal(self)
        if not self:
            return Decimal._from_parts(self._sign, 0, self._exp // 2)
        if self._sign:
            return _signal_result(context, Decimal('NaN'), InvalidOperation)
        # _pydecimal's sqrt: an integer square root at prec + 1 digits,
        # exact results brought to the ideal exponent.
        prec = context.prec + 1
        op_int, op_exp = self._coeff(), self._exp
        e = op_exp >> 1
        if op_exp & 1:
            c = op_int * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = op_int
            l = len(self._int) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = 10 ** prec
        while True:
            q = c // n
            if n <= q:
                break
            n = n + q >> 1
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        return Decimal._from_parts(0, n, e)._fix(context)


    # -- exponentials and logarithms (_pydecimal's exp, ln, log10 and the
    # non-integral branch of __pow__, correctly rounded)

    def _half_even(self, context):
        """self._fix in a copy of context rounding ROUND_HALF_EVEN (exp, ln
        and log10 round so whatever the context's rounding)."""
        work = context.copy()
        work.rounding = ROUND_HALF_EVEN
        ans = self._fix(work)
        for sig in _SIGNALS:
            if work.flags[sig]:
                context.flags[sig] = True
        return ans

    def exp(self, context=None):
        """Returns e ** self."""
        context = context or getcontext()
        if self._is_special:
            nan = self._check_nans()
            if nan is not None:
                return nan
            return Decimal(0) if self._sign else Decimal(self)
        if not self:
            return Decimal(1)
        p = context.prec
        adj = self.adjusted()
        etiny = context.Emin - context.prec + 1
        if self._sign == 0 and adj > len(str((context.Emax+1)*3)):
            ans = Decimal._from_parts(0, 1, context.Emax+1)
        elif self._sign == 1 and adj > len(str((-etiny+1)*3)):
            ans = Decimal._from_parts(0, 1, etiny-1)
        elif self._sign == 0 and adj < -p:
            ans = Decimal._from_parts(0, int('1' + '0'*(p-1) + '1'), -p)
        elif self._sign == 1 and adj < -p-1:
            ans = Decimal._from_parts(0, int('9'*(p+1)), -p-1)
        else:
            c, e = self._coeff(), self._exp
            if self._sign == 1:
                c = -c
            # increase precision by 3 digits at a time until the result is
            # unambiguously roundable
            extra = 3
            while True:
                coeff, exp = _dexp(c, e, p+extra)
                if coeff % (5*10**(len(str(coeff))-p-1)):
                    break
                extra += 3
            ans = Decimal._from_parts(0, coeff, exp)
        return ans._half_even(context)

    def _ln_exp_bound(self):
        """Compute a lower bound for the adjusted exponent of self.ln().
        In other words, compute r such that self.ln() >= 10**r.  Assumes
        that self is finite and positive and that self != 1.
        """

        # for 0.1 <= x <= 10 we use the inequalities 1-1/x <= ln(x) <= x-1
        adj = self._exp + len(self._int) - 1
        if adj >= 1:
            # argument >= 10; we use 23/10 = 2.3 as a lower bound for ln(10)
            return len(str(adj*23//10)) - 1
        if adj <= -2:
            # argument <= 0.1
            return len(str((-1-adj)*23//10)) - 1
        c, e = self._coeff(), self._exp
        if adj == 0:
            # 1 < self < 10
            num = str(c-10**-e)
            den = str(c)
            return len(num) - len(den) - (num < den)
        # adj == -1, 0.1 <= self < 1
        return e + len(str(10**-e - c)) - 1

    def ln(self, context=None):
        """Returns the natural (base e) logarithm of self."""
        context = context or getcontext()
        if self._is_special:
            nan = self._check_nans()
            if nan is not None:
                return nan
            if self._sign:
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            return Decimal(self)
        if not self:
            return Decimal('-Infinity')
        if self == 1:
            return Decimal(0)
        if self._sign == 1:
            return _signal_result(context, Decimal('NaN'), InvalidOperation)
        c, e = self._coeff(), self._exp
        p = context.prec
        places = p - self._ln_exp_bound() + 2  # at least p+3 places
        while True:
            coeff = _dlog(c, e, places)
            if coeff % (5*10**(len(str(abs(coeff)))-p-1)):
                break
            places += 3
        ans = Decimal._from_parts(int(coeff < 0), abs(coeff), -places)
        return ans._half_even(context)

    def _log10_exp_bound(self):
        """Compute a lower bound for the adjusted exponent of self.log10().
        In other words, find r such that self.log10() >= 10**r.
        Assumes that self is finite and positive and that self != 1.
        """

        # For x >= 10 or x < 0.1 we only need a bound on the integer
        # part of log10(self), and this comes directly from the
        # exponent of x.  For 0.1 <= x <= 10 we use the inequalities
        # 1-1/x <= log(x) <= x-1. If x > 1 we have |log10(x)| >
        # (1-1/x)/2.31 > 0.  If x < 1 then |log10(x)| > (1-x)/2.31 > 0

        adj = self._exp + len(self._int) - 1
        if adj >= 1:
            # self >= 10
            return len(str(adj))-1
        if adj <= -2:
            # self < 0.1
            return len(str(-1-adj))-1
        c, e = self._coeff(), self._exp
        if adj == 0:
            # 1 < self < 10
            num = str(c-10**-e)
            den = str(231*c)
            return len(num) - len(den) - (num < den) + 2
        # adj == -1, 0.1 <= self < 1
        num = str(10**-e-c)
        return len(num) + e - (num < "231") - 1

    def log10(self, context=None):
        """Returns the base 10 logarithm of self."""
        context = context or getcontext()
        if self._is_special:
            nan = self._check_nans()
            if nan is not None:
                return nan
            if self._sign:
                return _signal_result(context, Decimal('NaN'), InvalidOperation)
            return Decimal(self)
        if not self:
            return Decimal('-Infinity')
        if self._sign == 1:
            return _signal_result(context, Decimal('NaN'), InvalidOperation)
        if self._int[0] == '1' and self._int[1:] == '0'*(len(self._int) - 1):
            # log10(10**n) = n
            ans = Decimal(self._exp + len(self._int) - 1)
        else:
            c, e = self._coeff(), self._exp
            p = context.prec
            places = p-self._log10_exp_bound()+2
            while True:
                coeff = _dlog10(c, e, places)
                if coeff % (5*10**(len(str(abs(coeff)))-p-1)):
                    break
                places += 3
            ans = Decimal._from_parts(int(coeff < 0), abs(coeff), -places)
        return ans._half_even(context)

    def _isinteger(self):
        """Whether self is a finite integer."""
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0'*len(rest)

    def _iseven(self):
        """Whether self (an integer) is even."""
        if not self or self._exp > 0:
            return True
        return self._int[-1+self._exp] in '02468'

    def _power_exact(self, other, p):
        """Attempt to compute self**other exactly.

        Given Decimals self and other and an integer p, attempt to
        compute an exact result for the power self**other, with p
        digits of precision.  Return None if self**other is not
        exactly representable in p digits.

        Assumes that elimination of special cases has already been
        performed: self and other must both be nonspecial; self must
        be positive and not numerically equal to 1; other must be
        nonzero.  For efficiency, other._exp should not be too large,
        so that 10**abs(other._exp) is a feasible calculation."""

        # In the comments below, we write x for the value of self and y for the
        # value of other.  Write x = xc*10**xe and abs(y) = yc*10**ye, with xc
        # and yc positive integers not divisible by 10.

        # The main purpose of this method is to identify the *failure*
        # of x**y to be exactly representable with as little effort as
        # possible.  So we look for cheap and easy tests that
        # eliminate the possibility of x**y being exact.  Only if all
        # these tests are passed do we go on to actually compute x**y.

        # Here's the main idea.  Express y as a rational number m/n, with m and
        # n relatively prime and n>0.  Then for x**y to be exactly
        # representable (at *any* precision), xc must be the nth power of a
        # positive integer and xe must be divisible by n.  If y is negative
        # then additionally xc must be a power of either 2 or 5, hence a power
        # of 2**n or 5**n.
        #
        # There's a limit to how small |y| can be: if y=m/n as above
        # then:
        #
        #  (1) if xc != 1 then for the result to be representable we
        #      need xc**(1/n) >= 2, and hence also xc**|y| >= 2.  So
        #      if |y| <= 1/nbits(xc) then xc < 2**nbits(xc) <=
        #      2**(1/|y|), hence xc**|y| < 2 and the result is not
        #      representable.
        #
        #  (2) if xe != 0, |xe|*(1/n) >= 1, so |xe|*|y| >= 1.  Hence if
        #      |y| < 1/|xe| then the result is not representable.
        #
        # Note that since x is not equal to 1, at least one of (1) and
        # (2) must apply.  Now |y| < 1/nbits(xc) iff |yc|*nbits(xc) <
        # 10**-ye iff len(str(|yc|*nbits(xc)) <= -ye.
        #
        # There's also a limit to how large y can be, at least if it's
        # positive: the normalized result will have coefficient xc**y,
        # so if it's representable then xc**y < 10**p, and y <
        # p/log10(xc).  Hence if y*log10(xc) >= p then the result is
        # not exactly representable.

        # if len(str(abs(yc*xe)) <= -ye then abs(yc*xe) < 10**-ye,
        # so |y| < 1/xe and the result is not representable.
        # Similarly, len(str(abs(yc)*xc_bits)) <= -ye implies |y|
        # < 1/nbits(xc).

        x = _WorkRep(self)
        xc, xe = x.int, x.exp
        while xc % 10 == 0:
            xc //= 10
            xe += 1

        y = _WorkRep(other)
        yc, ye = y.int, y.exp
        while yc % 10 == 0:
            yc //= 10
            ye += 1

        # case where xc == 1: result is 10**(xe*y), with xe*y
        # required to be an integer
        if xc == 1:
            xe *= yc
            # result is now 10**(xe * 10**ye);  xe * 10**ye must be integral
            while xe % 10 == 0:
                xe //= 10
                ye += 1
            if ye < 0:
                return None
            exponent = xe * 10**ye
            if y.sign == 1:
                exponent = -exponent
            # if other is a nonnegative integer, use ideal exponent
            if other._isinteger() and other._sign == 0:
                ideal_exponent = self._exp*int(other)
                zeros = min(exponent-ideal_exponent, p-1)
            else:
                zeros = 0
            return _dec_from_triple(0, '1' + '0'*zeros, exponent-zeros)

        # case where y is negative: xc must be either a power
        # of 2 or a power of 5.
        if y.sign == 1:
            last_digit = xc % 10
            if last_digit in (2,4,6,8):
                # quick test for power of 2
                if xc & -xc != xc:
                    return None
                # now xc is a power of 2; e is its exponent
                e = _nbits(xc)-1

                # We now have:
                #
                #   x = 2**e * 10**xe, e > 0, and y < 0.
                #
                # The exact result is:
                #
                #   x**y = 5**(-e*y) * 10**(e*y + xe*y)
                #
                # provided that both e*y and xe*y are integers.  Note that if
                # 5**(-e*y) >= 10**p, then the result can't be expressed
                # exactly with p digits of precision.
                #
                # Using the above, we can guard against large values of ye.
                # 93/65 is an upper bound for log(10)/log(5), so if
                #
                #   ye >= len(str(93*p//65))
                #
                # then
                #
                #   -e*y >= -y >= 10**ye > 93*p/65 > p*log(10)/log(5),
                #
                # so 5**(-e*y) >= 10**p, and the coefficient of the result
                # can't be expressed in p digits.

                # emax >= largest e such that 5**e < 10**p.
                emax = p*93//65
                if ye >= len(str(emax)):
                    return None

                # Find -e*y and -xe*y; both must be integers
                e = _decimal_lshift_exact(e * yc, ye)
                xe = _decimal_lshift_exact(xe * yc, ye)
                if e is None or xe is None:
                    return None

                if e > emax:
                    return None
                xc = 5**e

            elif last_digit == 5:
                # e >= log_5(xc) if xc is a power of 5; we have
                # equality all the way up to xc=5**2658
                e = _nbits(xc)*28//65
                xc, remainder = divmod(5**e, xc)
                if remainder:
                    return None
                while xc % 5 == 0:
                    xc //= 5
                    e -= 1

                # Guard against large values of ye, using the same logic as in
                # the 'xc is a power of 2' branch.  10/3 is an upper bound for
                # log(10)/log(2).
                emax = p*10//3
                if ye >= len(str(emax)):
                    return None

                e = _decimal_lshift_exact(e * yc, ye)
                xe = _decimal_lshift_exact(xe * yc, ye)
                if e is None or xe is None:
                    return None

                if e > emax:
                    return None
                xc = 2**e
            else:
                return None

            if xc >= 10**p:
                return None
            xe = -e-xe
            return _dec_from_triple(0, str(xc), xe)

        # now y is positive; find m and n such that y = m/n
        if ye >= 0:
            m, n = yc*10**ye, 1
        else:
            if xe != 0 and len(str(abs(yc*xe))) <= -ye:
                return None
            xc_bits = _nbits(xc)
            if len(str(abs(yc)*xc_bits)) <= -ye:
                return None
            m, n = yc, 10**(-ye)
            while m % 2 == n % 2 == 0:
                m //= 2
                n //= 2
            while m % 5 == n % 5 == 0:
                m //= 5
                n //= 5

        # compute nth root of xc*10**xe
        if n > 1:
            # if 1 < xc < 2**n then xc isn't an nth power
            if xc_bits <= n:
                return None

            xe, rem = divmod(xe, n)
            if rem != 0:
                return None

            # compute nth root of xc using Newton's method
            a = 1 << -(-_nbits(xc)//n) # initial estimate
            while True:
                q, r = divmod(xc, a**(n-1))
                if a <= q:
                    break
                else:
                    a = (a*(n-1) + q)//n
            if not (a == q and r == 0):
                return None
            xc = a

        # now xc*10**xe is the nth root of the original xc*10**xe
        # compute mth power of xc*10**xe

        # if m > p*100//_log10_lb(xc) then m > p/log10(xc), hence xc**m >
        # 10**p and the result is not representable.
        if xc > 1 and m > p*100//_log10_lb(xc):
            return None
        xc = xc**m
        xe *= m
        if xc > 10**p:
            return None

        # by this point the result *is* exactly representable
        # adjust the exponent to get as close as possible to the ideal
        # exponent, if necessary
        str_xc = str(xc)
        if other._isinteger() and other._sign == 0:
            ideal_exponent = self._exp*int(other)
            zeros = min(xe-ideal_exponent, p-len(str_xc))
        else:
            zeros = 0
        return _dec_from_triple(0, str_xc+'0'*zeros, xe-zeros)

    def _power_inexact(self, other, context):
        """self ** other for a positive self and a finite, non-integral other
        (the general branch of _pydecimal's __pow__: an exact result when
        there is one at prec + 1 digits, else exp(other * ln(self)) correctly
        rounded)."""
        if self == 1:
            exp = 1 - context.prec
            return Decimal._from_parts(0, 10 ** -exp, exp)
        ans = self._power_exact(other, context.prec + 1)
        exact = ans is not None
        if ans is None:
            p = context.prec
            xc, xe = self._coeff(), self._exp
            yc, ye = other._coeff(), other._exp
            if other._sign == 1:
                yc = -yc
            extra = 3
            while True:
                coeff, exp = _dpower(xc, xe, yc, ye, p+extra)
                if coeff % (5*10**(len(str(coeff))-p-1)):
                    break
                extra += 3
            ans = Decimal._from_parts(0, coeff, exp)
        if exact and len(ans._int) <= context.prec:
            # pad with zeros up to prec + 1 digits (the result is Rounded)
            expdiff = context.prec + 1 - len(ans._int)
            ans = Decimal._from_parts(0, int(ans._int + '0'*expdiff), ans._exp-expdiff)
        return ans._fix(context)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def radix(self):
        """Return Decimal(10), the radix (base) in which the Decimal class does all its arithmetic."""
        return Decimal(10)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def copy_sign(self, other, context=None):
        """Return a copy of self with the sign of other."""
        other = self._convert_other(other)
        if other is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        d = Decimal(self)
        d._sign = other._sign
        return d

    def same_quantum(self, other, context=None):
        """Whether self and other have the same exponent (or are both NaN or both infinite)."""
        other = self._convert_other(other)
        if other is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def max(self, other, context=None):
        """The larger of self and other (rounded to the context); a NaN loses to a number."""
        other = self._convert_other(other)
        if other is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        context = context or getcontext()
        if self.is_qnan() and not other.is_nan():
            return other._fix(context)
        if other.is_qnan() and not self.is_nan():
            return self._fix(context)
        c = self._cmp_value(other)
        if c == 0:
            # Equal values: the positive sign, then the larger exponent.
            c = (other._sign - self._sign) or ((self._exp > other._exp) - (self._exp < other._exp)
                                                if not self._is_special else 0)
            if self._sign and not self._is_special:
                c = -c if other._sign else c
        return (other if c is not None and c < 0 else self)._fix(context)

    def min(self, other, context=None):
        """The smaller of self and other (rounded to the context); a NaN loses to a number."""
        other = self._convert_other(other)
        if other is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
        context = context or getcontext()
        if self.is_qnan() and not other.is_nan():
            return other._fix(context)
        if other.is_qnan() and not self.is_nan():
            return self._fix(context)
        c = self._cmp_value(other)
        if c == 0:
            c = (other._sign - self._sign) or ((self._exp > other._exp) - (self._exp < other._exp)
                                                if not self._is_special else 0)
            if self._sign and not self._is_special:
                c = -c if other._sign else c
        return (other if c is not None and c > 0 else self)._fix(context)

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def to_eng_string(self, context=None):
        """The string form with an exponent that is a multiple of 3."""
        if self._is_special:
            return str(self)
        coeff = self._int
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            return str(self)
        if self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        exp = '' if leftdigits == dotplace else 'E%+d' % (leftdigits - dotplace)
        return ('-' if self._sign else '') + intpart + fracpart + exp

    # -- predicates

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_nan(self):
        return self._is_special and self._exp in 'nN'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    # -- copying and pickling (Decimals are immutable)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))


try:
    from _gclab import without_gc as _without_gc
except ImportError:
    pass
else:
    # No GC for Decimals (a C type without tp_traverse), set before any
    # instance exists. (The C types' names in messages, decimal.Decimal and
    # decimal.Context, come from src/lang/runtime/c-implemented.ts.)
    _without_gc(Decimal)
    del _without_gc

# The inverse of 10 modulo the hash modulus 2**61 - 1.
_PyHASH_10INV = pow(10, 2305843009213693951 - 2, 2305843009213693951)


class _Exact:
    """An exact rational for ordering (n / d, d > 0)."""

    __slots__ = ('n', 'd')

    def __init__(self, n, d):
        self.n = n
        self.d = d

    def _key(self, other):
        if isinstance(other, _Exact):
            return self.n * other.d, other.n * self.d
        return self.n / self.d, other

    def __lt__(self, other):
        a, b = self._key(other)
        return a < b

    def __gt__(self, other):
        a, b = self._key(other)
        return a > b


def _parse_format_specifier(format_spec):
    """[[fill]align][sign][z][0][minimumwidth][,][.precision][type] as a
    dict (_pydecimal's _parse_format_specifier, parsed by hand; what the C
    module refuses -- '#', '_', anything else -- is 'invalid format string')."""
    spec = format_spec
    i = 0
    n = len(spec)
    fill = align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '-+ ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i] in '0123456789':
        i += 1
    if i > j and spec[j] == '0':
        raise ValueError('invalid format string')
    minimumwidth = int(spec[j:i]) if i > j else 0
    thousands_sep = ''
    if i < n and spec[i] == ',':
        thousands_sep = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i] in '0123456789':
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        precision = int(spec[j:i])
    type = None
    if i < n and spec[i] in 'eEfFgGn%':
        type = spec[i]
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    if zeropad and (fill is not None or align is not None):
        raise ValueError('invalid format string')
    if precision == 0 and (type is None or type in 'gGn'):
        precision = 1
    if type == 'n':
        if thousands_sep:
            raise ValueError('invalid format string')
        type = 'g'
    return {'fill': fill or ' ', 'align': align or '>', 'sign': sign or '-',
            'no_neg_0': no_neg_0, 'zeropad': zeropad,
            'minimumwidth': minimumwidth, 'thousands_sep': thousands_sep,
            'precision': precision, 'type': type, 'decimal_point': '.'}


def _format_align(sign, body, spec):
    """sign and body padded to the minimum width as spec aligns them."""
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, spec, min_width=1):
    """digits grouped by three from the right with the separator (if any),
    zero-padded on the left to min_width (an extra '0' rather than a
    leading separator), as _pydecimal's _insert_thousands_sep."""
    sep = spec['thousands_sep']
    groups = []
    if sep:
        while True:
            l = min(max(len(digits), min_width, 1), 3)
            groups.append('0' * (l - len(digits)) + digits[-l:])
            digits = digits[:-l]
            min_width -= l
            if not digits and min_width <= 0:
                break
            min_width -= len(sep)
    else:
        l = max(len(digits), min_width, 1)
        groups.append('0' * (l - len(digits)) + digits[-l:])
    return sep.join(reversed(groups))


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_number(is_negative, intpart, fracpart, exp, spec):
    """The sign, separators, exponent and '%' around the digits, aligned."""
    sign = _format_sign(is_negative, spec)
    if fracpart:
        fracpart = spec['decimal_point'] + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += "{0}{1:+}".format(echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)


Decimal.__module__ = 'decimal'
_numbers.Number.register(Decimal)


# ---- exponentials and logarithms: _pydecimal's integer helpers --------------------

def _dec_from_triple(sign, coefficient, exponent, special=False):
    """A Decimal from its sign, coefficient digits (str) and exponent."""
    return Decimal._from_parts(sign, int(coefficient), exponent)


class _WorkRep(object):
    __slots__ = ('sign','int','exp')
    # sign: 0 or 1
    # int:  int
    # exp:  None, int, or string

    def __init__(self, value=None):
        if value is None:
            self.sign = None
            self.int = 0
            self.exp = None
        elif isinstance(value, Decimal):
            self.sign = value._sign
            self.int = int(value._int)
            self.exp = value._exp
        else:
            # assert isinstance(value, tuple)
            self.sign = value[0]
            self.int = value[1]
            self.exp = value[2]

    def __repr__(self):
        return "(%r, %r, %r)" % (self.sign, self.int, self.exp)


_nbits = int.bit_length

def _decimal_lshift_exact(n, e):
    """ Given integers n and e, return n * 10**e if it's an integer, else None.

    The computation is designed to avoid computing large powers of 10
    unnecessarily.

    >>> _decimal_lshift_exact(3, 4)
    30000
    >>> _decimal_lshift_exact(300, -999999999)  # returns None

    """
    if n == 0:
        return 0
    elif e >= 0:
        return n * 10**e
    else:
        # val_n = largest power of 10 dividing n.
        str_n = str(abs(n))
        val_n = len(str_n) - len(str_n.rstrip('0'))
        return None if val_n < -e else n // 10**-e

def _sqrt_nearest(n, a):
    """Closest integer to the square root of the positive integer n.  a is
    an initial approximation to the square root.  Any positive integer
    will do for a, but the closer a is to the square root of n the
    faster convergence will be.

    """
    if n <= 0 or a <= 0:
        raise ValueError("Both arguments to _sqrt_nearest should be positive.")

    b=0
    while a != b:
        b, a = a, a--n//a>>1
    return a

def _rshift_nearest(x, shift):
    """Given an integer x and a nonnegative integer shift, return closest
    integer to x / 2**shift; use round-to-even in case of a tie.

    """
    b, q = 1 << shift, x >> shift
    return q + (2*(x & (b-1)) + (q&1) > b)

def _div_nearest(a, b):
    """Closest integer to a/b, a and b positive integers; rounds to even
    in the case of a tie.

    """
    q, r = divmod(a, b)
    return q + (2*r + (q&1) > b)

def _ilog(x, M, L = 8):
    """Integer approximation to M*log(x/M), with absolute error boundable
    in terms only of x/M.

    Given positive integers x and M, return an integer approximation to
    M * log(x/M).  For L = 8 and 0.1 <= x/M <= 10 the difference
    between the approximation and the exact result is at most 22.  For
    L = 8 and 1.0 <= x/M <= 10.0 the difference is at most 15.  In
    both cases these are upper bounds on the error; it will usually be
    much smaller."""

    # The basic algorithm is the following: let log1p be the function
    # log1p(x) = log(1+x).  Then log(x/M) = log1p((x-M)/M).  We use
    # the reduction
    #
    #    log1p(y) = 2*log1p(y/(1+sqrt(1+y)))
    #
    # repeatedly until the argument to log1p is small (< 2**-L in
    # absolute value).  For small y we can use the Taylor series
    # expansion
    #
    #    log1p(y) ~ y - y**2/2 + y**3/3 - ... - (-y)**T/T
    #
    # truncating at T such that y**T is small enough.  The whole
    # computation is carried out in a form of fixed-point arithmetic,
    # with a real number z being represented by an integer
    # approximation to z*M.  To avoid loss of precision, the y below
    # is actually an integer approximation to 2**R*y*M, where R is the
    # number of reductions performed so far.

    y = x-M
    # argument reduction; R = number of reductions performed
    R = 0
    while (R <= L and abs(y) << L-R >= M or
           R > L and abs(y) >> R-L >= M):
        y = _div_nearest((M*y) << 1,
                         M + _sqrt_nearest(M*(M+_rshift_nearest(y, R)), M))
        R += 1

    # Taylor series with T terms
    T = -int(-10*len(str(M))//(3*L))
    yshift = _rshift_nearest(y, R)
    w = _div_nearest(M, T)
    for k in range(T-1, 0, -1):
        w = _div_nearest(M, k) - _div_nearest(yshift*w, M)

    return _div_nearest(w*y, M)

def _dlog10(c, e, p):
    """Given integers c, e and p with c > 0, p >= 0, compute an integer
    approximation to 10**p * log10(c*10**e), with an absolute error of
    at most 1.  Assumes that c*10**e is not exactly 1."""

    # increase precision by 2; compensate for this by dividing
    # final result by 100
    p += 2

    # write c*10**e as d*10**f with either:
    #   f >= 0 and 1 <= d <= 10, or
    #   f <= 0 and 0.1 <= d <= 1.
    # Thus for c*10**e close to 1, f = 0
    l = len(str(c))
    f = e+l - (e+l >= 1)

    if p > 0:
        M = 10**p
        k = e+p-f
        if k >= 0:
            c *= 10**k
        else:
            c = _div_nearest(c, 10**-k)

        log_d = _ilog(c, M) # error < 5 + 22 = 27
        log_10 = _log10_digits(p) # error < 1
        log_d = _div_nearest(log_d*M, log_10)
        log_tenpower = f*M # exact
    else:
        log_d = 0  # error < 2.31
        log_tenpower = _div_nearest(f, 10**-p) # error < 0.5

    return _div_nearest(log_tenpower+log_d, 100)

def _dlog(c, e, p):
    """Given integers c, e and p with c > 0, compute an integer
    approximation to 10**p * log(c*10**e), with an absolute error of
    at most 1.  Assumes that c*10**e is not exactly 1."""

    # Increase precision by 2. The precision increase is compensated
    # for at the end with a division by 100.
    p += 2

    # rewrite c*10**e as d*10**f with either f >= 0 and 1 <= d <= 10,
    # or f <= 0 and 0.1 <= d <= 1.  Then we can compute 10**p * log(c*10**e)
    # as 10**p * log(d) + 10**p*f * log(10).
    l = len(str(c))
    f = e+l - (e+l >= 1)

    # compute approximation to 10**p*log(d), with error < 27
    if p > 0:
        k = e+p-f
        if k >= 0:
            c *= 10**k
        else:
            c = _div_nearest(c, 10**-k)  # error of <= 0.5 in c

        # _ilog magnifies existing error in c by a factor of at most 10
        log_d = _ilog(c, 10**p) # error < 5 + 22 = 27
    else:
        # p <= 0: just approximate the whole thing by 0; error < 2.31
        log_d = 0

    # compute approximation to f*10**p*log(10), with error < 11.
    if f:
        extra = len(str(abs(f)))-1
        if p + extra >= 0:
            # error in f * _log10_digits(p+extra) < |f| * 1 = |f|
            # after division, error < |f|/10**extra + 0.5 < 10 + 0.5 < 11
            f_log_ten = _div_nearest(f*_log10_digits(p+extra), 10**extra)
        else:
            f_log_ten = 0
    else:
        f_log_ten = 0

    # error in sum < 11+27 = 38; error after division < 0.38 + 0.5 < 1
    return _div_nearest(f_log_ten + log_d, 100)

class _Log10Memoize(object):
    """Class to compute, store, and allow retrieval of, digits of the
    constant log(10) = 2.302585....  This constant is needed by
    Decimal.ln, Decimal.log10, Decimal.exp and Decimal.__pow__."""
    def __init__(self):
        self.digits = "23025850929940456840179914546843642076011014886"

    def getdigits(self, p):
        """Given an integer p >= 0, return floor(10**p)*log(10).

        For example, self.getdigits(3) returns 2302.
        """
        # digits are stored as a string, for quick conversion to
        # integer in the case that we've already computed enough
        # digits; the stored digits should always be correct
        # (truncated, not rounded to nearest).
        if p < 0:
            raise ValueError("p should be nonnegative")

        if p >= len(self.digits):
            # compute p+3, p+6, p+9, ... digits; continue until at
            # least one of the extra digits is nonzero
            extra = 3
            while True:
                # compute p+extra digits, correct to within 1ulp
                M = 10**(p+extra+2)
                digits = str(_div_nearest(_ilog(10*M, M), 100))
                if digits[-extra:] != '0'*extra:
                    break
                extra += 3
            # keep all reliable digits so far; remove trailing zeros
            # and next nonzero digit
            self.digits = digits.rstrip('0')[:-1]
        return int(self.digits[:p+1])

_log10_digits = _Log10Memoize().getdigits

def _iexp(x, M, L=8):
    """Given integers x and M, M > 0, such that x/M is small in absolute
    value, compute an integer approximation to M*exp(x/M).  For 0 <=
    x/M <= 2.4, the absolute error in the result is bounded by 60 (and
    is usually much smaller)."""

    # Algorithm: to compute exp(z) for a real number z, first divide z
    # by a suitable power R of 2 so that |z/2**R| < 2**-L.  Then
    # compute expm1(z/2**R) = exp(z/2**R) - 1 using the usual Taylor
    # series
    #
    #     expm1(x) = x + x**2/2! + x**3/3! + ...
    #
    # Now use the identity
    #
    #     expm1(2x) = expm1(x)*(expm1(x)+2)
    #
    # R times to compute the sequence expm1(z/2**R),
    # expm1(z/2**(R-1)), ... , exp(z/2), exp(z).

    # Find R such that x/2**R/M <= 2**-L
    R = _nbits((x<<L)//M)

    # Taylor series.  (2**L)**T > M
    T = -int(-10*len(str(M))//(3*L))
    y = _div_nearest(x, T)
    Mshift = M<<R
    for i in range(T-1, 0, -1):
        y = _div_nearest(x*(Mshift + y), Mshift * i)

    # Expansion
    for k in range(R-1, -1, -1):
        Mshift = M<<(k+2)
        y = _div_nearest(y*(y+Mshift), Mshift)

    return M+y

def _dexp(c, e, p):
    """Compute an approximation to exp(c*10**e), with p decimal places of
    precision.

    Returns integers d, f such that:

      10**(p-1) <= d <= 10**p, and
      (d-1)*10**f < exp(c*10**e) < (d+1)*10**f

    In other words, d*10**f is an approximation to exp(c*10**e) with p
    digits of precision, and with an error in d of at most 1.  This is
    almost, but not quite, the same as the error being < 1ulp: when d
    = 10**(p-1) the error could be up to 10 ulp."""

    # we'll call iexp with M = 10**(p+2), giving p+3 digits of precision
    p += 2

    # compute log(10) with extra precision = adjusted exponent of c*10**e
    extra = max(0, e + len(str(c)) - 1)
    q = p + extra

    # compute quotient c*10**e/(log(10)) = c*10**(e+q)/(log(10)*10**q),
    # rounding down
    shift = e+q
    if shift >= 0:
        cshift = c*10**shift
    else:
        cshift = c//10**-shift
    quot, rem = divmod(cshift, _log10_digits(q))

    # reduce remainder back to original precision
    rem = _div_nearest(rem, 10**extra)

    # error in result of _iexp < 120;  error after division < 0.62
    return _div_nearest(_iexp(rem, 10**p), 1000), quot - p + 3

def _dpower(xc, xe, yc, ye, p):
    """Given integers xc, xe, yc and ye representing Decimals x = xc*10**xe and
    y = yc*10**ye, compute x**y.  Returns a pair of integers (c, e) such that:

      10**(p-1) <= c <= 10**p, and
      (c-1)*10**e < x**y < (c+1)*10**e

    in other words, c*10**e is an approximation to x**y with p digits
    of precision, and with an error in c of at most 1.  (This is
    almost, but not quite, the same as the error being < 1ulp: when c
    == 10**(p-1) we can only guarantee error < 10ulp.)

    We assume that: x is positive and not equal to 1, and y is nonzero.
    """

    # Find b such that 10**(b-1) <= |y| <= 10**b
    b = len(str(abs(yc))) + ye

    # log(x) = lxc*10**(-p-b-1), to p+b+1 places after the decimal point
    lxc = _dlog(xc, xe, p+b+1)

    # compute product y*log(x) = yc*lxc*10**(-p-b-1+ye) = pc*10**(-p-1)
    shift = ye-b
    if shift >= 0:
        pc = lxc*yc*10**shift
    else:
        pc = _div_nearest(lxc*yc, 10**-shift)

    if pc == 0:
        # we prefer a result that isn't exactly 1; this makes it
        # easier to compute a correctly rounded result in __pow__
        if ((len(str(xc)) + xe >= 1) == (yc > 0)): # if x**y > 1:
            coeff, exp = 10**(p-1)+1, 1-p
        else:
            coeff, exp = 10**p-1, -p
    else:
        coeff, exp = _dexp(pc, -(p+1), p+1)
        coeff = _div_nearest(coeff, 10)
        exp += 1

    return coeff, exp

def _log10_lb(c, correction = {
        '1': 100, '2': 70, '3': 53, '4': 40, '5': 31,
        '6': 23, '7': 16, '8': 10, '9': 5}):
    """Compute a lower bound for 100*log10(c) for a positive integer c."""
    if c <= 0:
        raise ValueError("The argument to _log10_lb should be nonnegative.")
    str_c = str(c)
    return 100*len(str_c) - correction[str_c[0]]
