"""A collection of string constants and helpers, written for gclab after
CPython 3.11's Lib/string.py: the constants, capwords, Template and
Formatter (with the format-string scanner of _string in Python)."""

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


# The format-string scanner str.format uses (Objects/stringlib/unicode_format.h),
# which CPython exposes as _string.formatter_parser and
# _string.formatter_field_name_split for Formatter.

def _decimal_index(text):
    """get_integer: the field as an int when it is all decimal digits, else -1."""
    if not text:
        return -1
    value = 0
    for ch in text:
        if not ch.isdecimal():
            return -1
        if value > (9223372036854775807 - int(ch)) // 10:
            raise ValueError("Too many decimal digits in format string")
        value = value * 10 + int(ch)
    return value


def _parse_field(text, pos):
    """parse_field: (field_name, format_spec, conversion, position after the
    field) for the field that starts at text[pos], just after its '{'."""
    end = len(text)
    name_start = pos
    c = ''
    while pos < end:
        c = text[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < end and text[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    field_name = text[name_start:pos - 1]
    if c not in '!:':
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return field_name, '', None, pos
    conversion = None
    if c == '!':
        if pos >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos]
        pos += 1
        if pos < end:
            c = text[pos]
            pos += 1
            if c == '}':
                return field_name, '', conversion, pos
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < end:
        c = text[pos]
        pos += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _formatter_parser(text):
    """MarkupIterator: (literal_text, field_name, format_spec, conversion)
    for each piece of text; the last three are None for a piece without a
    field (an escaped '{{' or '}}' ends a piece with one brace)."""
    if not isinstance(text, str):
        raise TypeError("descriptor 'formatter_parser' for 'str' objects doesn't apply to a '%.200s' object"
                        % type(text).__name__)
    pos = 0
    end = len(text)
    while pos < end:
        start = pos
        c = ''
        brace = False
        while pos < end:
            c = text[pos]
            pos += 1
            if c in '{}':
                brace = True
                break
        at_end = pos >= end
        length = pos - start
        if c == '}' and brace and (at_end or text[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and brace and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end and brace:
            if text[pos] == c:
                # An escaped brace: the literal keeps one, no field follows.
                pos += 1
                brace = False
            else:
                length -= 1
        literal = text[start:start + length]
        if not brace:
            yield literal, None, None, None
            continue
        field_name, format_spec, conversion, pos = _parse_field(text, pos)
        yield literal, field_name, format_spec, conversion


def _field_name_rest(text, pos):
    """FieldNameIterator: (is_attribute, name or index) for each '.name' and
    '[key]' after a field name's first part."""
    end = len(text)
    while pos < end:
        c = text[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < end and text[pos] not in '.[':
                pos += 1
            name = text[start:pos]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield True, name
        elif c == '[':
            start = pos
            while pos < end and text[pos] != ']':
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            name = text[start:pos]
            pos += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            index = _decimal_index(name)
            yield False, (name if index == -1 else index)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(field_name):
    """field_name_split: (first part, an int when it is all digits, and an
    iterator over the attribute and item lookups that follow)."""
    if not isinstance(field_name, str):
        raise TypeError("descriptor 'formatter_field_name_split' for 'str' objects doesn't apply to a '%.200s' object"
                        % type(field_name).__name__)
    pos = 0
    while pos < len(field_name) and field_name[pos] not in '.[':
        pos += 1
    first = field_name[:pos]
    index = _decimal_index(first)
    return (first if index == -1 else index), _field_name_rest(field_name, pos)


class Formatter:
    """str.format's machinery as overridable steps (Lib/string.py's
    Formatter): parse the format string, look each field up (get_field,
    get_value), convert it (!r, !s, !a), expand nested fields in its spec,
    and format it (format_field)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index counts '{}' fields; False once a numbered field was
        # seen (the two cannot be mixed). A spec's own fields are formatted
        # one level deeper, at most two levels.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object field_name names ('0.name', 'key[3]'), and the key of
        the argument it starts from."""
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
