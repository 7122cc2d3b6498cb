"""unittest.mock: the Mock object, for what CPython's gc/weakref tests use.

A Mock is callable; it records its calls (called, call_count, call_args,
call_args_list), returns return_value (a child Mock unless set) or what
side_effect gives, and creates child mocks for attributes on first access.
The assert_* methods fail with CPython 3.11's messages. patch, MagicMock's
magic methods, spec and autospec are not provided.
"""

__all__ = ['Mock', 'MagicMock', 'call', 'DEFAULT', 'sentinel']

__unittest = True


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        if name not in self._sentinels:
            self._sentinels[name] = _SentinelObject(name)
        return self._sentinels[name]


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _Call(tuple):
    """One recorded call: (args, kwargs), printed as call(1, x=2)."""

    def __new__(cls, args=(), kwargs=None, name=''):
        if kwargs is None:
            kwargs = {}
        self = tuple.__new__(cls, (args, kwargs))
        return self

    def __init__(self, args=(), kwargs=None, name=''):
        self._name = name

    @property
    def args(self):
        return self[0]

    @property
    def kwargs(self):
        return self[1]

    def __call__(self, *args, **kwargs):
        return _Call(args, kwargs, self._name)

    def __eq__(self, other):
        if not isinstance(other, tuple) or len(other) != 2:
            return NotImplemented
        return tuple(self[0]) == tuple(other[0]) and dict(self[1]) == dict(other[1])

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        name = self._name or 'call'
        parts = []
        for a in self[0]:
            parts.append(repr(a))
        for k in self[1]:
            parts.append('%s=%r' % (k, self[1][k]))
        return '%s(%s)' % (name, ', '.join(parts))


call = _Call()


class NonCallableMock(object):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 name=None, parent=None, **kwargs):
        d = self.__dict__
        d['_mock_name'] = name
        d['_mock_parent'] = parent
        d['_mock_children'] = {}
        d['_mock_return_value'] = return_value
        d['side_effect'] = side_effect
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['mock_calls'] = []
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def _mock_full_name(self):
        names = []
        mock = self
        while mock is not None:
            names.append(mock._mock_name or 'mock')
            mock = mock._mock_parent
        names.reverse()
        return '.'.join(names)

    def __getattr__(self, name):
        if name.startswith('_mock_') or (name.startswith('__') and name.endswith('__')):
            raise AttributeError(name)
        if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec "
                                 "for the mock if %r is meant to be an attribute." % (name, name))
        children = self.__dict__['_mock_children']
        if name not in children:
            children[name] = Mock(name=name, parent=self)
        return children[name]

    def __repr__(self):
        return "<%s name='%s' id='%d'>" % (type(self).__name__, self._mock_full_name(), id(self))

    def _get_return_value(self):
        if self._mock_return_value is DEFAULT:
            self.__dict__['_mock_return_value'] = Mock(name='()', parent=self)
        return self._mock_return_value

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value

    return_value = property(_get_return_value, _set_return_value)

    def reset_mock(self, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['mock_calls'] = []
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['side_effect'] = None
        for child in d['_mock_children'].values():
            child.reset_mock()

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %r." % (prefix, self.mock_calls)

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = ("Expected '%s' to have been called." % (self._mock_name or 'mock'))
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = _Call(args, kwargs, 'mock')
            raise AssertionError('expected call not found.\nExpected: %r\n  Actual: not called.'
                                 % (expected,))
        expected = _Call(args, kwargs, 'mock')
        actual = _Call(self.call_args[0], self.call_args[1], 'mock')
        if expected != actual:
            raise AssertionError('expected call not found.\nExpected: %r\n  Actual: %r'
                                 % (expected, actual))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        expected = _Call(args, kwargs)
        for c in self.call_args_list:
            if c == expected:
                return
        raise AssertionError('%s call not found' % (_Call(args, kwargs, 'mock'),))


class Mock(NonCallableMock):
    """A callable mock: calls are recorded, then side_effect or return_value
    decides what the call does."""

    def __call__(self, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] = self.call_count + 1
        this_call = _Call(args, kwargs)
        d['call_args'] = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (
                    isinstance(effect, type) and issubclass(effect, BaseException)):
                raise effect
            if not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (
                        isinstance(result, type) and issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        return self.return_value


MagicMock = Mock
