"""difflib for gclab: SequenceMatcher, Differ, ndiff and unified_diff.

The matching is CPython's (Ratcliff/Obershelp with the "junk" and
"popular element" heuristics), so the opcodes, ratios and the '- + ? '
lines of ndiff are the ones python3 prints; unittest uses them for the
diffs it appends to failure messages. HtmlDiff, context_diff and
get_close_matches' heap-based variant are not provided (get_close_matches
is, by sorting).
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'unified_diff',
           'Match']


class Match(tuple):
    """(a, b, size): a[a:a+size] == b[b:b+size]."""

    def __new__(cls, a, b, size):
        return tuple.__new__(cls, (a, b, size))

    @property
    def a(self):
        return self[0]

    @property
    def b(self):
        return self[1]

    @property
    def size(self):
        return self[2]

    def __repr__(self):
        return 'Match(a=%r, b=%r, size=%r)' % (self[0], self[1], self[2])


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements: the longest matching
    blocks, recursively on both sides, with no junk element in a block."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self.__chain_b()

    def __chain_b(self):
        # b2j: element -> the indices where it occurs in b (junk and, for long
        # b, "popular" elements left out).
        b = self.b
        self.b2j = b2j = {}
        for i in range(len(b)):
            elt = b[i]
            indices = b2j.get(elt)
            if indices is None:
                indices = b2j[elt] = []
            indices.append(i)
        self.bjunk = junk = set()
        isjunk = self.isjunk
        if isjunk:
            for elt in list(b2j.keys()):
                if isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        self.bpopular = popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for elt in list(b2j.keys()):
                if len(b2j[elt]) > ntest:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block in a[alo:ahi] and b[blo:bhi] (the
        earliest in a, then in b, among equally long ones), extended by the
        equal junk around it."""
        a, b, b2j = self.a, self.b, self.b2j
        isbjunk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        j2len = {}
        nothing = []
        for i in range(alo, ahi):
            j2lenget = j2len.get
            newj2len = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2lenget(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        while besti > alo and bestj > blo and \
                not isbjunk(b[bestj - 1]) and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while besti + bestsize < ahi and bestj + bestsize < bhi and \
                not isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]:
            bestsize += 1
        while besti > alo and bestj > blo and \
                isbjunk(b[bestj - 1]) and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while besti + bestsize < ahi and bestj + bestsize < bhi and \
                isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]:
            bestsize = bestsize + 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """The matching blocks (i, j, n) in increasing order, adjacent ones
        merged, ending with the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        matching_blocks = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            x = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = x
            if k:
                matching_blocks.append(x)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        matching_blocks.sort()
        i1 = j1 = k1 = 0
        non_adjacent = []
        for i2, j2, k2 in matching_blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    non_adjacent.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            non_adjacent.append((i1, j1, k1))
        non_adjacent.append((la, lb, 0))
        self.matching_blocks = [Match(x[0], x[1], x[2]) for x in non_adjacent]
        return self.matching_blocks

    def get_opcodes(self):
        """[(tag, i1, i2, j1, j2)]: how to turn a into b ('replace',
        'delete', 'insert', 'equal')."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = answer = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        return answer

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups with up to n lines of context each."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # (as in CPython, the ends of the cached opcode list are trimmed in place)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        nn = n + n
        groups = []
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                groups.append(group)
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            groups.append(group)
        return groups

    def ratio(self):
        """2.0*M/T: M matched elements, T elements in both sequences."""
        matches = 0
        for triple in self.get_matching_blocks():
            matches += triple[-1]
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from element counts alone."""
        if self.fullbcount is None:
            self.fullbcount = fullbcount = {}
            for elt in self.b:
                fullbcount[elt] = fullbcount.get(elt, 0) + 1
        fullbcount = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = fullbcount.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches = matches + 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) "good enough" matches of word in possibilities."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    result = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            result.append((s.ratio(), x))
    result.sort(reverse=True)
    return [x for score, x in result[:n]]


def _keep_original_ws(s, tag_s):
    """Replace whitespace with the original whitespace characters in `s`"""
    out = []
    for i in range(min(len(s), len(tag_s))):
        c = s[i]
        tag_c = tag_s[i]
        out.append(c if tag_c == " " and c.isspace() else tag_c)
    return ''.join(out)


class Differ:
    """Line-by-line differences of two sequences of lines: each line of the
    result starts with '- ', '+ ', '  ' or '? ' (intraline hints)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        return iter(self._compare(a, b))

    def _compare(self, a, b):
        out = []
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                self._fancy_replace(out, a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                self._dump(out, '-', a, alo, ahi)
            elif tag == 'insert':
                self._dump(out, '+', b, blo, bhi)
            elif tag == 'equal':
                self._dump(out, ' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
        return out

    def _dump(self, out, tag, x, lo, hi):
        for i in range(lo, hi):
            out.append('%s %s' % (tag, x[i]))

    def _plain_replace(self, out, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            self._dump(out, '+', b, blo, bhi)
            self._dump(out, '-', a, alo, ahi)
        else:
            self._dump(out, '-', a, alo, ahi)
            self._dump(out, '+', b, blo, bhi)

    def _fancy_replace(self, out, a, alo, ahi, b, blo, bhi):
        # The most similar pair (ratio above 0.74) is the synch point;
        # without one, an identical pair; without that, a plain replace.
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi, eqj = None, None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                if cruncher.real_quick_ratio() > best_ratio and \
                        cruncher.quick_ratio() > best_ratio and \
                        cruncher.ratio() > best_ratio:
                    best_ratio, best_i, best_j = cruncher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                self._plain_replace(out, a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        self._fancy_helper(out, a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ""
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            self._qformat(out, aelt, belt, atags, btags)
        else:
            out.append('  ' + aelt)
        self._fancy_helper(out, a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, out, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                self._fancy_replace(out, a, alo, ahi, b, blo, bhi)
            else:
                self._dump(out, '-', a, alo, ahi)
        elif blo < bhi:
            self._dump(out, '+', b, blo, bhi)

    def _qformat(self, out, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        out.append("- " + aline)
        if atags:
            out.append("? %s\n" % atags)
        out.append("+ " + bline)
        if btags:
            out.append("? %s\n" % btags)


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or one holding only a '#' (and whitespace)."""
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(beginning)
    if not length:
        beginning -= 1
    return '{},{}'.format(beginning, length)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The unified diff of two sequences of lines (an iterator of lines)."""
    out = []
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
            todate = '\t{}'.format(tofiledate) if tofiledate else ''
            out.append('--- {}{}{}'.format(fromfile, fromdate, lineterm))
            out.append('+++ {}{}{}'.format(tofile, todate, lineterm))
        first, last = group[0], group[-1]
        file1_range = _format_range_unified(first[1], last[2])
        file2_range = _format_range_unified(first[3], last[4])
        out.append('@@ -{} +{} @@{}'.format(file1_range, file2_range, lineterm))
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    out.append(' ' + line)
                continue
            if tag in {'replace', 'delete'}:
                for line in a[i1:i2]:
                    out.append('-' + line)
            if tag in {'replace', 'insert'}:
                for line in b[j1:j2]:
                    out.append('+' + line)
    return iter(out)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The Differ-style delta of two lists of lines (an iterator of lines)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences that produced an ndiff delta."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    prefixes = ("  ", tag)
    out = []
    for line in delta:
        if line[:2] in prefixes:
            out.append(line[2:])
    return iter(out)
