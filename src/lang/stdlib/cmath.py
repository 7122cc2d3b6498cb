"""cmath for gclab: mathematical functions for complex numbers, after
CPython 3.11's C module (Modules/cmathmodule.c): the same formulas
(including the rescalings that avoid spurious overflow and the log1p
branch near |z| = 1), C99 Annex G's special values for infinite and NaN
parts (3.11's 7x7 tables indexed by the kind of each part), and the same
errors: ValueError('math domain error') where C99 signals divide-by-zero
or invalid, OverflowError('math range error') on overflow. Results are as
exact as gclab's math functions (docs/scenarios.md, math).
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
infj = complex(0.0, _m.inf)
nan = _m.nan
nanj = complex(0.0, _m.nan)

_INF = _m.inf
_NAN = _m.nan
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE = _DBL_MAX / 4.
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684

_copysign = _m.copysign
_isfinite = _m.isfinite
_isinf = _m.isinf
_isnan = _m.isnan


def _hypot(x, y):
    """The C library's hypot() (abs() of a complex uses it; math.hypot is
    CPython's own algorithm, whose last digit can differ); inf on overflow."""
    try:
        return abs(complex(x, y))
    except OverflowError:
        return _INF


class _MathError(Exception):
    """errno after a c_* function: 'EDOM' or 'ERANGE'."""


def _as_complex(z):
    """The "D" format (PyComplex_AsCComplex): a complex, or a number with
    __complex__, __float__ or __index__."""
    if isinstance(z, complex):
        return complex(z.real, z.imag)
    if isinstance(z, float):
        return complex(z, 0.0)
    if isinstance(z, int):
        return complex(float(z), 0.0)
    t = type(z)
    if hasattr(t, '__complex__'):
        return complex(z)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(z), 0.0)
    raise TypeError('must be real number, not %s' % t.__name__)


def _as_double(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    t = type(x)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % t.__name__)


def _special_type(d):
    """0 -inf, 1 negative, 2 -0., 3 +0., 4 positive, 5 +inf, 6 nan."""
    if _isfinite(d):
        if d != 0:
            return 4 if _copysign(1., d) == 1. else 1
        return 3 if _copysign(1., d) == 1. else 2
    if _isnan(d):
        return 6
    return 5 if _copysign(1., d) == 1. else 0


_P = _m.pi
_P14 = 0.25 * _m.pi
_P12 = 0.5 * _m.pi
_P34 = 0.75 * _m.pi
_N = _NAN
_U = -9.5426319407711027e33     # never returned (finite-finite entries)


def _table(*values):
    """7 rows (the real part's kind) of 7 (the imaginary part's)."""
    pairs = [complex(values[i], values[i + 1]) for i in range(0, len(values), 2)]
    return [pairs[r * 7:(r + 1) * 7] for r in range(7)]


def _special(z, table):
    return table[_special_type(z.real)][_special_type(z.imag)]


_I, _Z = _INF, 0.
_ACOS = _table(
    _P34, _I, _P, _I, _P, _I, _P, -_I, _P, -_I, _P34, -_I, _N, _I,
    _P12, _I, _U, _U, _U, _U, _U, _U, _U, _U, _P12, -_I, _N, _N,
    _P12, _I, _U, _U, _P12, _Z, _P12, -_Z, _U, _U, _P12, -_I, _P12, _N,
    _P12, _I, _U, _U, _P12, _Z, _P12, -_Z, _U, _U, _P12, -_I, _P12, _N,
    _P12, _I, _U, _U, _U, _U, _U, _U, _U, _U, _P12, -_I, _N, _N,
    _P14, _I, _Z, _I, _Z, _I, _Z, -_I, _Z, -_I, _P14, -_I, _N, _I,
    _N, _I, _N, _N, _N, _N, _N, _N, _N, _N, _N, -_I, _N, _N)
_ACOSH = _table(
    _I, -_P34, _I, -_P, _I, -_P, _I, _P, _I, _P, _I, _P34, _I, _N,
    _I, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, _I, _P12, _N, _N,
    _I, -_P12, _U, _U, _Z, -_P12, _Z, _P12, _U, _U, _I, _P12, _N, _N,
    _I, -_P12, _U, _U, _Z, -_P12, _Z, _P12, _U, _U, _I, _P12, _N, _N,
    _I, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, _I, _P12, _N, _N,
    _I, -_P14, _I, -_Z, _I, -_Z, _I, _Z, _I, _Z, _I, _P14, _I, _N,
    _I, _N, _N, _N, _N, _N, _N, _N, _N, _N, _I, _N, _N, _N)
_ASINH = _table(
    -_I, -_P14, -_I, -_Z, -_I, -_Z, -_I, _Z, -_I, _Z, -_I, _P14, -_I, _N,
    -_I, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, -_I, _P12, _N, _N,
    -_I, -_P12, _U, _U, -_Z, -_Z, -_Z, _Z, _U, _U, -_I, _P12, _N, _N,
    _I, -_P12, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _I, _P12, _N, _N,
    _I, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, _I, _P12, _N, _N,
    _I, -_P14, _I, -_Z, _I, -_Z, _I, _Z, _I, _Z, _I, _P14, _I, _N,
    _I, _N, _N, _N, _N, -_Z, _N, _Z, _N, _N, _I, _N, _N, _N)
_ATANH = _table(
    -_Z, -_P12, -_Z, -_P12, -_Z, -_P12, -_Z, _P12, -_Z, _P12, -_Z, _P12, -_Z, _N,
    -_Z, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, -_Z, _P12, _N, _N,
    -_Z, -_P12, _U, _U, -_Z, -_Z, -_Z, _Z, _U, _U, -_Z, _P12, -_Z, _N,
    _Z, -_P12, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _Z, _P12, _Z, _N,
    _Z, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, _Z, _P12, _N, _N,
    _Z, -_P12, _Z, -_P12, _Z, -_P12, _Z, _P12, _Z, _P12, _Z, _P12, _Z, _N,
    _Z, -_P12, _N, _N, _N, _N, _N, _N, _N, _N, _Z, _P12, _N, _N)
_COSH = _table(
    _I, _N, _U, _U, _I, _Z, _I, -_Z, _U, _U, _I, _N, _I, _N,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _N, _Z, _U, _U, 1., _Z, 1., -_Z, _U, _U, _N, _Z, _N, _Z,
    _N, _Z, _U, _U, 1., -_Z, 1., _Z, _U, _U, _N, _Z, _N, _Z,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _I, _N, _U, _U, _I, -_Z, _I, _Z, _U, _U, _I, _N, _I, _N,
    _N, _N, _N, _N, _N, _Z, _N, _Z, _N, _N, _N, _N, _N, _N)
_EXP = _table(
    _Z, _Z, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _Z, _Z, _Z, _Z,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _N, _N, _U, _U, 1., -_Z, 1., _Z, _U, _U, _N, _N, _N, _N,
    _N, _N, _U, _U, 1., -_Z, 1., _Z, _U, _U, _N, _N, _N, _N,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _I, _N, _U, _U, _I, -_Z, _I, _Z, _U, _U, _I, _N, _I, _N,
    _N, _N, _N, _N, _N, -_Z, _N, _Z, _N, _N, _N, _N, _N, _N)
_LOG = _table(
    _I, -_P34, _I, -_P, _I, -_P, _I, _P, _I, _P, _I, _P34, _I, _N,
    _I, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, _I, _P12, _N, _N,
    _I, -_P12, _U, _U, -_I, -_P, -_I, _P, _U, _U, _I, _P12, _N, _N,
    _I, -_P12, _U, _U, -_I, -_Z, -_I, _Z, _U, _U, _I, _P12, _N, _N,
    _I, -_P12, _U, _U, _U, _U, _U, _U, _U, _U, _I, _P12, _N, _N,
    _I, -_P14, _I, -_Z, _I, -_Z, _I, _Z, _I, _Z, _I, _P14, _I, _N,
    _I, _N, _N, _N, _N, _N, _N, _N, _N, _N, _I, _N, _N, _N)
_SINH = _table(
    _I, _N, _U, _U, -_I, -_Z, -_I, _Z, _U, _U, _I, _N, _I, _N,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _Z, _N, _U, _U, -_Z, -_Z, -_Z, _Z, _U, _U, _Z, _N, _Z, _N,
    _Z, _N, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _Z, _N, _Z, _N,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _I, _N, _U, _U, _I, -_Z, _I, _Z, _U, _U, _I, _N, _I, _N,
    _N, _N, _N, _N, _N, -_Z, _N, _Z, _N, _N, _N, _N, _N, _N)
_SQRT = _table(
    _I, -_I, _Z, -_I, _Z, -_I, _Z, _I, _Z, _I, _I, _I, _N, _I,
    _I, -_I, _U, _U, _U, _U, _U, _U, _U, _U, _I, _I, _N, _N,
    _I, -_I, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _I, _I, _N, _N,
    _I, -_I, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _I, _I, _N, _N,
    _I, -_I, _U, _U, _U, _U, _U, _U, _U, _U, _I, _I, _N, _N,
    _I, -_I, _I, -_Z, _I, -_Z, _I, _Z, _I, _Z, _I, _I, _I, _N,
    _I, -_I, _N, _N, _N, _N, _N, _N, _N, _N, _I, _I, _N, _N)
_TANH = _table(
    -1., _Z, _U, _U, -1., -_Z, -1., _Z, _U, _U, -1., _Z, -1., _Z,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    -_Z, _N, _U, _U, -_Z, -_Z, -_Z, _Z, _U, _U, -_Z, _N, _N, _N,
    _Z, _N, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _Z, _N, _N, _N,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    1., _Z, _U, _U, 1., -_Z, 1., _Z, _U, _U, 1., _Z, 1., _Z,
    _N, _N, _N, _N, _N, -_Z, _N, _Z, _N, _N, _N, _N, _N, _N)
_RECT = _table(
    _I, _N, _U, _U, -_I, _Z, -_I, -_Z, _U, _U, _I, _N, _I, _N,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _Z, _Z, _U, _U, -_Z, _Z, -_Z, -_Z, _U, _U, _Z, _Z, _Z, _Z,
    _Z, _Z, _U, _U, _Z, -_Z, _Z, _Z, _U, _U, _Z, _Z, _Z, _Z,
    _N, _N, _U, _U, _U, _U, _U, _U, _U, _U, _N, _N, _N, _N,
    _I, _N, _U, _U, _I, -_Z, _I, _Z, _U, _U, _I, _N, _I, _N,
    _N, _N, _N, _N, _N, _Z, _N, _Z, _N, _N, _N, _N, _N, _N)
del _I, _Z


def _nonfinite(z):
    return not _isfinite(z.real) or not _isfinite(z.imag)


def _c_sqrt(z):
    if _nonfinite(z):
        return _special(z, _SQRT)
    if z.real == 0. and z.imag == 0.:
        return complex(0., z.imag)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, _SCALE_UP)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.
        s = 2. * _m.sqrt(ax + _hypot(ax, ay / 8.))
    d = ay / (2. * s)
    if z.real >= 0.:
        return complex(s, _copysign(d, z.imag))
    return complex(d, _copysign(s, z.imag))


def _c_log(z):
    if _nonfinite(z):
        return _special(z, _LOG)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_hypot(ax / 2., ay / 2.)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0. or ay > 0.:
            real = _m.log(_hypot(_m.ldexp(ax, _DBL_MANT_DIG), _m.ldexp(ay, _DBL_MANT_DIG))) \
                - _DBL_MANT_DIG * _LN2
        else:
            raise _MathError('EDOM')
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(z.imag, z.real))


def _c_acos(z):
    if _nonfinite(z):
        return _special(z, _ACOS)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        real = _m.atan2(abs(z.imag), z.real)
        imag = -_copysign(_m.log(_hypot(z.real / 2., z.imag / 2.)) + _LN2 * 2., z.imag)
        return complex(real, imag)
    s1 = _c_sqrt(complex(1. - z.real, -z.imag))
    s2 = _c_sqrt(complex(1. + z.real, z.imag))
    return complex(2. * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def _c_acosh(z):
    if _nonfinite(z):
        return _special(z, _ACOSH)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        return complex(_m.log(_hypot(z.real / 2., z.imag / 2.)) + _LN2 * 2.,
                       _m.atan2(z.imag, z.real))
    s1 = _c_sqrt(complex(z.real - 1., z.imag))
    s2 = _c_sqrt(complex(z.real + 1., z.imag))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2. * _m.atan2(s1.imag, s2.real))


def _c_asinh(z):
    if _nonfinite(z):
        return _special(z, _ASINH)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        if z.imag >= 0.:
            real = _copysign(_m.log(_hypot(z.real / 2., z.imag / 2.)) + _LN2 * 2., z.real)
        else:
            real = -_copysign(_m.log(_hypot(z.real / 2., z.imag / 2.)) + _LN2 * 2., -z.real)
        return complex(real, _m.atan2(z.imag, abs(z.real)))
    s1 = _c_sqrt(complex(1. + z.imag, -z.real))
    s2 = _c_sqrt(complex(1. - z.imag, z.real))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def _c_asin(z):
    s = _c_asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def _c_atanh(z):
    if _nonfinite(z):
        return _special(z, _ATANH)
    if z.real < 0.:
        r = _c_atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    ay = abs(z.imag)
    if z.real > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(z.real / 2., z.imag / 2.)
        return complex(z.real / 4. / h / h, _copysign(_m.pi / 2., z.imag))
    if z.real == 1. and ay < _SQRT_DBL_MIN:
        if ay == 0.:
            raise _MathError('EDOM')
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.))),
                       _copysign(_m.atan2(2., -ay) / 2, z.imag))
    real = _m.log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.
    imag = -_m.atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.
    return complex(real, imag)


def _c_atan(z):
    s = _c_atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def _hyperbolic(z, table, sign_neg, fa, fb):
    """cosh (fa=cosh, fb=sinh) and sinh (fa=sinh, fb=cosh) of z."""
    if _nonfinite(z):
        if _isinf(z.real) and _isfinite(z.imag) and z.imag != 0.:
            if z.real > 0:
                r = complex(_copysign(_INF, _m.cos(z.imag)), _copysign(_INF, _m.sin(z.imag)))
            elif sign_neg == 'cosh':
                r = complex(_copysign(_INF, _m.cos(z.imag)), -_copysign(_INF, _m.sin(z.imag)))
            else:
                r = complex(-_copysign(_INF, _m.cos(z.imag)), _copysign(_INF, _m.sin(z.imag)))
        else:
            r = _special(z, table)
        if _isinf(z.imag) and not _isnan(z.real):
            raise _MathError('EDOM')
        return r
    if abs(z.real) > _LOG_LARGE:
        x_minus_one = z.real - _copysign(1., z.real)
        r = complex(_m.cos(z.imag) * fa(x_minus_one) * _m.e, _m.sin(z.imag) * fb(x_minus_one) * _m.e)
    else:
        r = complex(_m.cos(z.imag) * fa(z.real), _m.sin(z.imag) * fb(z.real))
    if _isinf(r.real) or _isinf(r.imag):
        raise _MathError('ERANGE')
    return r


def _c_cosh(z):
    return _hyperbolic(z, _COSH, 'cosh', _m.cosh, _m.sinh)


def _c_sinh(z):
    return _hyperbolic(z, _SINH, 'sinh', _m.sinh, _m.cosh)


def _c_cos(z):
    return _c_cosh(complex(-z.imag, z.real))


def _c_sin(z):
    s = _c_sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def _c_tanh(z):
    if _nonfinite(z):
        if _isinf(z.real) and _isfinite(z.imag) and z.imag != 0.:
            r = complex(1.0 if z.real > 0 else -1.0,
                        _copysign(0., 2. * _m.sin(z.imag) * _m.cos(z.imag)))
        else:
            r = _special(z, _TANH)
        if _isinf(z.imag) and _isfinite(z.real):
            raise _MathError('EDOM')
        return r
    if abs(z.real) > _LOG_LARGE:
        return complex(_copysign(1., z.real),
                       4. * _m.sin(z.imag) * _m.cos(z.imag) * _m.exp(-2. * abs(z.real)))
    tx = _m.tanh(z.real)
    ty = _m.tan(z.imag)
    cx = 1. / _m.cosh(z.real)
    txty = tx * ty
    denom = 1. + txty * txty
    return complex(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _c_tan(z):
    s = _c_tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def _c_exp(z):
    if _nonfinite(z):
        if _isinf(z.real) and _isfinite(z.imag) and z.imag != 0.:
            if z.real > 0:
                r = complex(_copysign(_INF, _m.cos(z.imag)), _copysign(_INF, _m.sin(z.imag)))
            else:
                r = complex(_copysign(0., _m.cos(z.imag)), _copysign(0., _m.sin(z.imag)))
        else:
            r = _special(z, _EXP)
        if _isinf(z.imag) and (_isfinite(z.real) or (_isinf(z.real) and z.real > 0)):
            raise _MathError('EDOM')
        return r
    if z.real > _LOG_LARGE:
        l = _m.exp(z.real - 1.)
        r = complex(l * _m.cos(z.imag) * _m.e, l * _m.sin(z.imag) * _m.e)
    else:
        l = _m.exp(z.real)
        r = complex(l * _m.cos(z.imag), l * _m.sin(z.imag))
    if _isinf(r.real) or _isinf(r.imag):
        raise _MathError('ERANGE')
    return r


def _protected(fn, z):
    """The clinic wrapper of a Py_complex_protected function: errno to exceptions."""
    try:
        return fn(_as_complex(z))
    except _MathError as err:
        kind = err.args[0]
    except OverflowError:
        kind = 'ERANGE'
    except ValueError:
        kind = 'EDOM'
    if kind == 'EDOM':
        raise ValueError('math domain error')
    raise OverflowError('math range error')


def _one_arg(name, args):
    if len(args) != 1:
        raise TypeError('cmath.%s() takes exactly one argument (%d given)' % (name, len(args)))
    return args[0]


def acos(*args):
    """Return the arc cosine of z."""
    return _protected(_c_acos, _one_arg('acos', args))


def acosh(*args):
    """Return the inverse hyperbolic cosine of z."""
    return _protected(_c_acosh, _one_arg('acosh', args))


def asin(*args):
    """Return the arc sine of z."""
    return _protected(_c_asin, _one_arg('asin', args))


def asinh(*args):
    """Return the inverse hyperbolic sine of z."""
    return _protected(_c_asinh, _one_arg('asinh', args))


def atan(*args):
    """Return the arc tangent of z."""
    return _protected(_c_atan, _one_arg('atan', args))


def atanh(*args):
    """Return the inverse hyperbolic tangent of z."""
    return _protected(_c_atanh, _one_arg('atanh', args))


def cos(*args):
    """Return the cosine of z."""
    return _protected(_c_cos, _one_arg('cos', args))


def cosh(*args):
    """Return the hyperbolic cosine of z."""
    return _protected(_c_cosh, _one_arg('cosh', args))


def exp(*args):
    """Return the exponential value e**z."""
    return _protected(_c_exp, _one_arg('exp', args))


def log10(*args):
    """Return the base-10 logarithm of z."""
    r = _protected(_c_log, _one_arg('log10', args))
    return complex(r.real / _LN10, r.imag / _LN10)


def sin(*args):
    """Return the sine of z."""
    return _protected(_c_sin, _one_arg('sin', args))


def sinh(*args):
    """Return the hyperbolic sine of z."""
    return _protected(_c_sinh, _one_arg('sinh', args))


def sqrt(*args):
    """Return the square root of z."""
    return _protected(_c_sqrt, _one_arg('sqrt', args))


def tan(*args):
    """Return the tangent of z."""
    return _protected(_c_tan, _one_arg('tan', args))


def tanh(*args):
    """Return the hyperbolic tangent of z."""
    return _protected(_c_tanh, _one_arg('tanh', args))


def _quot(a, b):
    """_Py_c_quot, with C's EDOM for a zero divisor."""
    abs_br = abs(b.real)
    abs_bi = abs(b.imag)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise _MathError('EDOM')
        ratio = b.imag / b.real
        denom = b.real + b.imag * ratio
        return complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
    if abs_bi >= abs_br:
        ratio = b.real / b.imag
        denom = b.real * ratio + b.imag
        return complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
    return complex(_NAN, _NAN)


def log(*args):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    if not 1 <= len(args) <= 2:
        if args:
            raise TypeError('log expected at most 2 arguments, got %d' % len(args))
        raise TypeError('log expected at least 1 argument, got 0')
    x = _as_complex(args[0])
    kind = None
    try:
        x = _c_log(x)
    except _MathError as err:
        kind = err.args[0]
        x = complex(-_INF, _m.atan2(x.imag, x.real))
    if len(args) == 2:
        y = _as_complex(args[1])
        kind = None     # errno is cleared again for the base's log
        try:
            y = _c_log(y)
        except _MathError as err:
            kind = err.args[0]
            y = complex(-_INF, _m.atan2(y.imag, y.real))
        try:
            x = _quot(x, y)
        except _MathError as err:
            kind = err.args[0]
    if kind == 'EDOM':
        raise ValueError('math domain error')
    if kind == 'ERANGE':
        raise OverflowError('math range error')
    return x


def _abs(z):
    """_Py_c_abs: hypot, ERANGE when it overflows from finite parts."""
    if not _isfinite(z.real) or not _isfinite(z.imag):
        if _isinf(z.real):
            return abs(z.real)
        if _isinf(z.imag):
            return abs(z.imag)
        return _NAN
    result = _hypot(z.real, z.imag)
    if _isinf(result):
        raise OverflowError('math range error')
    return result


def _atan2(z):
    """atan2(z.imag, z.real), with glibc's ERANGE when a nonzero finite
    angle underflows to zero (math_error: OverflowError)."""
    phi = _m.atan2(z.imag, z.real)
    if phi == 0. and z.imag != 0. and _isfinite(z.imag) and _isfinite(z.real):
        raise OverflowError('math range error')
    return phi


def phase(*args):
    """Return argument, also known as the phase angle, of a complex."""
    z = _as_complex(_one_arg('phase', args))
    return _atan2(z)


def polar(*args):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    z = _as_complex(_one_arg('polar', args))
    phi = _m.atan2(z.imag, z.real)     # _Py_c_abs below sets errno again
    return (_abs(z), phi)


def rect(*args):
    """Convert from polar coordinates to rectangular coordinates."""
    if len(args) != 2:
        raise TypeError('rect expected 2 arguments, got %d' % len(args))
    r = _as_double(args[0])
    phi = _as_double(args[1])
    if not _isfinite(r) or not _isfinite(phi):
        if _isinf(r) and _isfinite(phi) and phi != 0.:
            if r > 0:
                z = complex(_copysign(_INF, _m.cos(phi)), _copysign(_INF, _m.sin(phi)))
            else:
                z = complex(-_copysign(_INF, _m.cos(phi)), -_copysign(_INF, _m.sin(phi)))
        else:
            z = _RECT[_special_type(r)][_special_type(phi)]
        if r != 0. and not _isnan(r) and _isinf(phi):
            raise ValueError('math domain error')
        return z
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(*args):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _as_complex(_one_arg('isfinite', args))
    return _isfinite(z.real) and _isfinite(z.imag)


def isnan(*args):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _as_complex(_one_arg('isnan', args))
    return _isnan(z.real) or _isnan(z.imag)


def isinf(*args):
    """Checks if the real or imaginary part of z is infinite."""
    z = _as_complex(_one_arg('isinf', args))
    return _isinf(z.real) or _isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them must be
smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
not close to anything, even itself. inf and -inf are only close to themselves."""
    a = _as_complex(a)
    b = _as_complex(b)
    rel_tol = _as_double(rel_tol)
    abs_tol = _as_double(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a.real == b.real and a.imag == b.imag:
        return True
    if _isinf(a.real) or _isinf(a.imag) or _isinf(b.real) or _isinf(b.imag):
        return False
    diff = _hypot(a.real - b.real, a.imag - b.imag)
    return ((diff <= rel_tol * _hypot(b.real, b.imag))
            or (diff <= rel_tol * _hypot(a.real, a.imag))
            or (diff <= abs_tol))
