"""dis for gclab: refused.

gclab compiles Python to its own tree-walking code, not to CPython 3.11's
bytecode, so it cannot print what python3's dis prints. The module
imports; its disassembling functions and classes raise NotImplementedError
saying so.
"""

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"]

_REFUSED = ("gclab: dis is not supported (gclab does not compile to "
            "CPython's bytecode)")


def _refuse(*args, **kwargs):
    raise NotImplementedError(_REFUSED)


dis = disassemble = disco = distb = show_code = code_info = _refuse
get_instructions = findlinestarts = findlabels = _refuse


class Bytecode:
    """The bytecode operations of a piece of code: refused in gclab."""

    def __init__(self, x, *args, **kwargs):
        raise NotImplementedError(_REFUSED)


class Instruction:
    """Details for a bytecode operation: refused in gclab."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_REFUSED)
