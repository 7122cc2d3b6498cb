"""Node tree to a program for the backtracking matcher (gclab's re).

Instructions (tuples; the first item names the operation):
    ('char', c, ignorecase)   ('any', dotall)   ('class', items, negated, ic, ascii)
    ('at', kind, multiline, ascii)   ('backref', group, ignorecase)
    ('look', behind, negate, program, width)
    ('atomic', program)       match program once here; never backtrack into it
    ('split', first, second)  try `first`, on failure `second`
    ('jmp', target)           ('save', slot)
    ('ifgroup', group, no)    go on if the group matched, else jump to `no`
    ('mark', register)        remember the position at a loop's start
    ('progress', register, exit)  leave the loop if its body matched empty
    ('match',)
Group g's span is kept in slots 2g and 2g+1; loop registers come after.
"""

from . import _parser


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    # internal: convert pattern list to internal format

    if isstring(p):
        pattern = p
        p = _parser.parse(p, flags)
    else:
        pattern = None
    # gclab: reached only for a pattern gclab's own parser refused, to raise
    # re.error from CPython's parser and frames (CPython's code generation
    # and _sre.compile are gclab's compile_program and Pattern); a pattern
    # CPython's parser accepts gives None, and the caller raises its error.
    return None



class _Builder(object):
    def __init__(self, first_register):
        self.code = []
        self.next_register = first_register

    def emit(self, op):
        self.code.append(op)
        return len(self.code) - 1

    def patch(self, index, op):
        self.code[index] = op

    def here(self):
        return len(self.code)


def compile_program(tree, group_count=None):
    """(instructions, number of slots) for a parsed pattern."""
    if group_count is None:
        group_count = _max_group(tree)
    b = _Builder(2 * (group_count + 1))
    b.emit(('save', 0))
    _emit(b, tree)
    b.emit(('save', 1))
    b.emit(('match',))
    return b.code, b.next_register


def _max_group(node):
    kind = node[0]
    best = 0
    if kind == 'group':
        if node[1] is not None:
            best = node[1]
        return max(best, _max_group(node[2]))
    if kind in ('seq', 'alt'):
        for n in node[1]:
            best = max(best, _max_group(n))
        return best
    if kind == 'repeat':
        return _max_group(node[1])
    if kind == 'look':
        return _max_group(node[3])
    if kind == 'atomic':
        return _max_group(node[1])
    if kind == 'cond':
        best = _max_group(node[2])
        if node[3] is not None:
            best = max(best, _max_group(node[3]))
        return best
    return 0


def _emit(b, node):
    kind = node[0]
    if kind == 'lit':
        b.emit(('char', node[1], node[2]))
    elif kind in ('any', 'class', 'at', 'backref'):
        b.emit(node)
    elif kind == 'seq':
        for n in node[1]:
            _emit(b, n)
    elif kind == 'group':
        if node[1] is None:
            _emit(b, node[2])
        else:
            b.emit(('save', 2 * node[1]))
            _emit(b, node[2])
            b.emit(('save', 2 * node[1] + 1))
    elif kind == 'alt':
        _emit_alternation(b, node[1])
    elif kind == 'repeat':
        _emit_repeat(b, node[1], node[2], node[3], node[4])
    elif kind == 'look':
        sub = _Builder(b.next_register)
        _emit(sub, node[3])
        sub.emit(('match',))
        b.next_register = max(b.next_register, sub.next_register)
        b.emit(('look', node[1], node[2], sub.code, node[4]))
    elif kind == 'cond':
        # GROUPREF_EXISTS: on to `yes` if the group matched, else to `no`.
        test = b.emit(None)
        _emit(b, node[2])
        if node[3] is None:
            b.patch(test, ('ifgroup', node[1], b.here()))
        else:
            jump = b.emit(None)
            b.patch(test, ('ifgroup', node[1], b.here()))
            _emit(b, node[3])
            b.patch(jump, ('jmp', b.here()))
    elif kind == 'atomic':
        sub = _Builder(b.next_register)
        _emit(sub, node[1])
        sub.emit(('match',))
        b.next_register = max(b.next_register, sub.next_register)
        b.emit(('atomic', sub.code))
    else:
        raise ValueError("unknown node %r" % (kind,))


def _emit_alternation(b, branches):
    jumps = []
    for i in range(len(branches)):
        if i < len(branches) - 1:
            split = b.emit(None)
            _emit(b, branches[i])
            jumps.append(b.emit(None))
            b.patch(split, ('split', split + 1, b.here()))
        else:
            _emit(b, branches[i])
    end = b.here()
    for j in jumps:
        b.patch(j, ('jmp', end))


def _emit_repeat(b, node, lo, hi, greedy):
    for i in range(lo):
        _emit(b, node)
    if hi is None:
        register = b.next_register
        b.next_register += 1
        loop = b.emit(None)
        b.emit(('mark', register))
        _emit(b, node)
        progress = b.emit(None)
        b.emit(('jmp', loop))
        end = b.here()
        b.patch(progress, ('progress', register, end))
        if greedy:
            b.patch(loop, ('split', loop + 1, end))
        else:
            b.patch(loop, ('split', end, loop + 1))
        return
    # the optional copies: as sre's MAX_UNTIL, an iteration that matched
    # nothing ends the repetition
    register = b.next_register
    b.next_register += 1
    splits = []
    progresses = []
    for i in range(hi - lo):
        splits.append(b.emit(None))
        b.emit(('mark', register))
        _emit(b, node)
        progresses.append(b.emit(None))
    end = b.here()
    for s in splits:
        if greedy:
            b.patch(s, ('split', s + 1, end))
        else:
            b.patch(s, ('split', end, s + 1))
    for p in progresses:
        b.patch(p, ('progress', register, end))
