"""contextvars: the C module _contextvars under its public name, as
CPython's Lib/contextvars.py re-exports it."""

from _contextvars import Context, ContextVar, Token, copy_context


__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
