"""A collection of string constants and helpers, written for gclab after
CPython 3.11's Lib/string.py: the constants, capwords and Template."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _parse(self, safe=False):
        """(literal, name, text) pieces of the template, text being the
        placeholder as written ('$x' or '${x}'); a bad placeholder is a
        ValueError, or (safe) its delimiter is kept as text."""
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        pieces = []
        literal = ''
        while i < n:
            c = t[i]
            if c != d:
                literal += c
                i += 1
                continue
            if t[i + 1:i + 2] == d:
                literal += d
                i += 2
                continue
            braced = t[i + 1:i + 2] == '{'
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (t[k] == '_' or t[k].isascii() and t[k].isalnum()):
                k += 1
            name = t[j:k]
            ok = name and not name[0].isdigit()
            if braced:
                ok = ok and t[k:k + 1] == '}'
            if not ok:
                if safe:
                    literal += d
                    i += 1
                    continue
                self._invalid(i + 1)
            end = k + 1 if braced else k
            pieces.append((literal, name, t[i:end]))
            literal = ''
            i = end
        pieces.append((literal, None, None))
        return pieces

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        out = []
        for literal, name, _ in self._parse():
            out.append(literal)
            if name is not None:
                out.append(str(mapping[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        out = []
        for literal, name, text in self._parse(safe=True):
            out.append(literal)
            if name is not None:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text)
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for literal, name, _ in self._parse():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        try:
            self._parse()
        except ValueError:
            return False
        return True


class Formatter:
    """str.format's machinery as a class (format and vformat only)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
