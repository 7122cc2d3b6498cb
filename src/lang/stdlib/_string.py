"""_string for gclab: Modules/_stringmodule.c, the format-string scanner of
str.format (Objects/stringlib/unicode_format.h) that string.Formatter
uses, in Python. formatter_parser(str) yields (literal_text, field_name,
format_spec, conversion) for each piece of text; formatter_field_name_split
(str) returns the field's first part and an iterator over its '.name' and
'[key]' lookups. Both are C functions in CPython (c-implemented.ts): their
frames do not show in tracebacks. In CPython the iterators are the C
types formatteriterator and fieldnameiterator; here they are generators.
"""

__all__ = ['formatter_field_name_split', 'formatter_parser']


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


def formatter_parser(text, /):
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


def formatter_field_name_split(field_name, /):
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
