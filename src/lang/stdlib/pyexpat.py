"""pyexpat for gclab: a non-validating XML parser with pyexpat's interface.

CPython's pyexpat wraps the Expat C library (2.5.0). This module parses
in Python what ordinary documents hold -- the XML declaration, a DOCTYPE
(skipped, internal subset included), elements and attributes (with
namespace processing when ParserCreate gets a namespace_separator),
character data with the five predefined entities and character references,
CDATA sections, comments and processing instructions -- and calls the same
handlers in the same order with the same arguments (buffer_text,
ordered_attributes). Well-formedness errors raise ExpatError with Expat's
message, code and position ("mismatched tag: line 1, column 8"). Data may
come in pieces (Parse(data, False) ... Parse(b'', True)).

Not provided: DTD processing (entity declarations: a reference to an entity
other than the predefined ones is "undefined entity"), external entities,
encodings other than UTF-8, UTF-16 (with a BOM), ISO-8859-1 and US-ASCII.
"""

import sys as _sys

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError

_MESSAGES = {
    1: 'out of memory', 2: 'syntax error', 3: 'no element found',
    4: 'not well-formed (invalid token)', 5: 'unclosed token',
    6: 'partial character', 7: 'mismatched tag', 8: 'duplicate attribute',
    9: 'junk after document element', 10: 'illegal parameter entity reference',
    11: 'undefined entity', 12: 'recursive entity reference', 13: 'asynchronous entity',
    14: 'reference to invalid character number', 15: 'reference to binary entity',
    16: 'reference to external entity in attribute',
    17: 'XML or text declaration not at start of entity', 18: 'unknown encoding',
    19: 'encoding specified in XML declaration is incorrect',
    20: 'unclosed CDATA section', 21: 'error in processing external entity reference',
    22: 'document is not standalone', 27: 'unbound prefix',
    28: 'must not undeclare prefix', 30: 'XML declaration not well-formed',
    31: 'text declaration not well-formed', 32: 'illegal character(s) in public id',
    36: 'parsing finished', 38: 'reserved prefix (xml) must not be undeclared or bound to another namespace URI',
    39: 'reserved prefix (xmlns) must not be declared or undeclared',
    40: 'prefix must not be bound to one of the reserved namespace names',
}

_NAMES = {
    1: 'NO_MEMORY', 2: 'SYNTAX', 3: 'NO_ELEMENTS', 4: 'INVALID_TOKEN', 5: 'UNCLOSED_TOKEN',
    6: 'PARTIAL_CHAR', 7: 'TAG_MISMATCH', 8: 'DUPLICATE_ATTRIBUTE', 9: 'JUNK_AFTER_DOC_ELEMENT',
    10: 'PARAM_ENTITY_REF', 11: 'UNDEFINED_ENTITY', 12: 'RECURSIVE_ENTITY_REF', 13: 'ASYNC_ENTITY',
    14: 'BAD_CHAR_REF', 15: 'BINARY_ENTITY_REF', 16: 'ATTRIBUTE_EXTERNAL_ENTITY_REF',
    17: 'MISPLACED_XML_PI', 18: 'UNKNOWN_ENCODING', 19: 'INCORRECT_ENCODING',
    20: 'UNCLOSED_CDATA_SECTION', 21: 'EXTERNAL_ENTITY_HANDLING', 22: 'NOT_STANDALONE',
    27: 'UNBOUND_PREFIX', 28: 'UNDECLARING_PREFIX', 30: 'XML_DECL', 31: 'TEXT_DECL',
    32: 'PUBLICID', 36: 'FINISHED', 38: 'RESERVED_PREFIX_XML', 39: 'RESERVED_PREFIX_XMLNS',
    40: 'RESERVED_NAMESPACE_URI',
}

_ModuleType = type(_sys)
errors = _ModuleType('pyexpat.errors', 'Constants used to describe error conditions.')
errors.codes = {}
errors.messages = {}
for _code, _message in _MESSAGES.items():
    setattr(errors, 'XML_ERROR_' + _NAMES[_code], _message)
    errors.codes[_message] = _code
    errors.messages[_code] = _message
model = _ModuleType('pyexpat.model', 'Constants used to interpret content model information.')
for _i, _name in enumerate(('EMPTY', 'ANY', 'MIXED', 'NAME', 'CHOICE', 'SEQ'), 1):
    setattr(model, 'XML_CTYPE_' + _name, _i)
for _i, _name in enumerate(('NONE', 'OPT', 'REP', 'PLUS')):
    setattr(model, 'XML_CQUANT_' + _name, _i)
del _code, _message, _i, _name


def ErrorString(code):
    """Returns string error for given number."""
    return _MESSAGES.get(code)


def _is_name_start(c):
    return c.isalpha() or c == '_' or c == ':' or ord(c) > 0x7f


def _is_name_char(c):
    return _is_name_start(c) or c.isdigit() or c in '-.' or c == '\u00b7'


_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = 'http://www.w3.org/XML/1998/namespace'

_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
    'SkippedEntityHandler',
)


class _Incomplete(Exception):
    """The buffer ends inside a token: wait for more data."""


class xmlparser:
    """XML parser"""

    def __init__(self, encoding, namespace_separator, intern):
        self._encoding = encoding
        self._sep = namespace_separator
        self.intern = intern
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._raw = b''
        self._text = ''
        self._decoded = False
        self._pos = 0
        self._line = 1
        self._col = 0
        self._consumed = 0
        self._stack = []
        self._ns = [{'xml': _XML_NS}]
        self._seen_root = False
        self._done = False
        self._finished = False
        self._pending = []

    # ---- positions ----

    @property
    def CurrentLineNumber(self):
        return self._line

    @property
    def CurrentColumnNumber(self):
        return self._col

    @property
    def CurrentByteIndex(self):
        return self._consumed

    def _advance(self, end):
        """Consume the text up to `end`, moving the line and column."""
        text = self._text
        chunk = text[self._pos:end]
        newlines = chunk.count('\n')
        if newlines:
            self._line += newlines
            self._col = len(chunk) - chunk.rfind('\n') - 1
        else:
            self._col += len(chunk)
        self._consumed += len(chunk.encode('utf-8', 'surrogatepass'))
        self._pos = end

    def _where(self, index):
        """(line, column) of text index `index` (at or after the current position)."""
        chunk = self._text[self._pos:index]
        newlines = chunk.count('\n')
        if newlines:
            return self._line + newlines, len(chunk) - chunk.rfind('\n') - 1
        return self._line, self._col + len(chunk)

    def _fail(self, code, index=None):
        # Buffered text is dropped (not handed over) when an error stops the parse.
        self._pending = []
        line, col = (self._line, self._col) if index is None else self._where(index)
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        err = ExpatError('%s: line %d, column %d' % (_MESSAGES[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        raise err

    # ---- input ----

    def _decode(self, final):
        raw = self._raw
        if not self._decoded:
            if raw.startswith(b'\xef\xbb\xbf'):
                raw = raw[3:]
                self._codec = 'utf-8'
            elif raw.startswith((b'\xff\xfe', b'\xfe\xff')):
                self._codec = 'utf-16'
            else:
                encoding = self._encoding
                if encoding is None and raw.startswith(b'<?xml'):
                    end = raw.find(b'?>')
                    if end < 0 and not final:
                        return
                    decl = raw[:end].decode('latin-1')
                    i = decl.find('encoding')
                    if i >= 0:
                        rest = decl[i + 8:].lstrip(' =\t\r\n')
                        if rest[:1] in ('"', "'"):
                            encoding = rest[1:rest.find(rest[0], 1)]
                self._codec = self._codec_for(encoding)
            self._decoded = True
        if self._codec == 'utf-16':
            if not final:
                return
            text = raw.decode('utf-16')
            raw = b''
        else:
            try:
                text = raw.decode(self._codec)
                raw = b''
            except UnicodeDecodeError as e:
                if final or e.end < len(raw) - 3 or e.reason != 'unexpected end of data':
                    self._text += raw[:e.start].decode(self._codec)
                    self._fail(4, len(self._text))
                text = raw[:e.start].decode(self._codec)
                raw = raw[e.start:]
        self._raw = raw
        self._text += text

    def _codec_for(self, encoding):
        if encoding is None:
            return 'utf-8'
        name = encoding.lower().replace('_', '-')
        if name in ('utf-8', 'utf8'):
            return 'utf-8'
        if name in ('iso-8859-1', 'latin-1', 'latin1', 'iso8859-1'):
            return 'latin-1'
        if name in ('us-ascii', 'ascii'):
            return 'ascii'
        if name in ('utf-16', 'utf16'):
            return 'utf-16'
        self._fail(18)

    def Parse(self, data, isfinal=False):
        """Parse XML data.

`isfinal' should be true at end of input."""
        if self._finished:
            self._fail(36)
        if isinstance(data, str):
            if not self._decoded:
                self._decoded = True
                self._codec = 'utf-8'
            self._text += data
        else:
            self._raw += bytes(data)
            self._decode(isfinal)
        self._run(bool(isfinal))
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        read = file.read
        while True:
            data = read(self.buffer_size)
            if not isinstance(data, (bytes, bytearray, str)):
                raise TypeError('read() did not return a bytes object (type=%s)' % type(data).__name__)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'', True)

    def SetParamEntityParsing(self, flag):
        return 0

    def UseForeignDTD(self, flag=True):
        pass

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return getattr(self, '_base', None)

    def GetInputContext(self):
        return None

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError('gclab: external entities are not supported')

    # ---- character data ----

    def _data(self, text):
        if not text:
            return
        if self.buffer_text:
            self._pending.append(text)
        elif self.CharacterDataHandler is not None:
            self.CharacterDataHandler(text)

    def _flush(self):
        if self._pending:
            text = ''.join(self._pending)
            self._pending = []
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(text)

    # ---- the tokenizer ----

    def _run(self, final):
        text = self._text
        try:
            while self._pos < len(text):
                if text.startswith('<', self._pos):
                    self._markup(final)
                elif text.startswith('&', self._pos) and self._stack:
                    self._reference(final)
                else:
                    self._chardata(final)
        except _Incomplete:
            if final:
                self._fail(5)
        # Drop what is consumed.
        self._text = self._text[self._pos:]
        self._pos = 0
        if final and (self._stack or not self._seen_root):
            self._fail(3)
        # Buffered text goes out when Parse returns.
        self._flush()

    def _chardata(self, final):
        text = self._text
        start = self._pos
        end = start
        n = len(text)
        while end < n and text[end] not in '<&':
            end += 1
        if end == n and not final and text.endswith('\r'):
            end -= 1
            if end == start:
                raise _Incomplete
        chunk = text[start:end]
        if not self._stack:
            stripped = chunk.lstrip(' \t\r\n')
            if stripped:
                index = start + len(chunk) - len(stripped)
                self._fail(9 if self._seen_root else 2, index)
            self._advance(end)
            return
        bad = chunk.find(']]>')
        if bad >= 0:
            self._fail(4, start + bad + 2)
        chunk = chunk.replace('\r\n', '\n').replace('\r', '\n')
        if self.buffer_text:
            self._data(chunk)
        else:
            # Expat hands unbuffered text over line by line.
            pieces = chunk.split('\n')
            for i, piece in enumerate(pieces):
                if piece:
                    self._data(piece)
                if i < len(pieces) - 1:
                    self._data('\n')
        self._advance(end)

    def _entity(self, name_start, final):
        """The text of the reference at self._pos ('&...;') and its end."""
        text = self._text
        end = text.find(';', name_start)
        if end < 0:
            # The reference goes on in data not here yet, unless a character
            # it cannot hold is already here.
            for i in range(name_start, len(text)):
                c = text[i]
                if text[name_start] == '#':
                    ok = i == name_start or (i == name_start + 1 and c in 'xX') or c in '0123456789abcdefABCDEF'
                else:
                    ok = _is_name_char(c)
                if not ok:
                    self._fail(4, i)
            raise _Incomplete
        name = text[name_start:end]
        if name.startswith('#'):
            try:
                if name[1:2] in ('x', 'X'):
                    if not name[2:] or any(c not in '0123456789abcdefABCDEF' for c in name[2:]):
                        raise ValueError
                    cp = int(name[2:], 16)
                else:
                    if not name[1:].isdigit() or not name[1:].isascii():
                        raise ValueError
                    cp = int(name[1:])
            except ValueError:
                self._fail(4, name_start + 1)
            if cp == 0 or cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF or cp in (0xFFFE, 0xFFFF) \
                    or (cp < 0x20 and cp not in (9, 10, 13)):
                self._fail(14, name_start - 1)
            return chr(cp), end + 1
        if not name or not _is_name_start(name[0]):
            self._fail(4, name_start)
        for i, c in enumerate(name):
            if not _is_name_char(c):
                self._fail(4, name_start + i)
        value = _PREDEFINED.get(name)
        if value is None:
            self._fail(11, name_start - 1)
        return value, end + 1

    def _reference(self, final):
        value, end = self._entity(self._pos + 1, final)
        self._data(value)
        self._advance(end)

    def _markup(self, final):
        text = self._text
        pos = self._pos
        if text.startswith('<?', pos):
            self._pi(final)
        elif text.startswith('<!--', pos):
            self._comment(final)
        elif text.startswith('<![CDATA[', pos):
            if not self._stack:
                self._fail(9 if self._seen_root else 2)
            self._cdata(final)
        elif text.startswith('<!DOCTYPE', pos):
            if self._seen_root or self._stack:
                self._fail(2 if self._stack else 9)
            self._doctype(final)
        elif text.startswith('</', pos):
            self._end_tag(final)
        elif len(text) - pos < 9 and ('<![CDATA['.startswith(text[pos:]) or '<!DOCTYPE'.startswith(text[pos:])
                                      or '<!--'.startswith(text[pos:])):
            raise _Incomplete
        elif text.startswith('<!', pos):
            self._fail(2 if self._stack else 4, pos + 2)
        else:
            if self._seen_root and not self._stack:
                self._fail(9)
            self._start_tag(final)

    def _need(self, marker, start, final):
        end = self._text.find(marker, start)
        if end < 0:
            raise _Incomplete
        return end

    def _pi(self, final):
        text = self._text
        pos = self._pos
        end = self._need('?>', pos + 2, final)
        body = text[pos + 2:end]
        i = 0
        while i < len(body) and _is_name_char(body[i]):
            i += 1
        target = body[:i]
        if not target or not _is_name_start(target[0]):
            self._fail(4, pos + 2)
        rest = body[i:]
        if rest and rest[0] not in ' \t\r\n':
            self._fail(4, pos + 2 + i)
        data = rest.lstrip(' \t\r\n').replace('\r\n', '\n').replace('\r', '\n')
        if target == 'xml':
            if self._consumed != 0:
                self._fail(17)
            self._xmldecl(data, pos)
        elif target.lower() == 'xml':
            self._fail(17)
        else:
            self._flush()
            if self.ProcessingInstructionHandler is not None:
                self.ProcessingInstructionHandler(target, data)
        self._advance(end + 2)

    def _xmldecl(self, data, pos):
        attrs = {}
        rest = data
        while rest.strip():
            rest = rest.lstrip()
            eq = rest.find('=')
            if eq < 0:
                self._fail(30)
            name = rest[:eq].strip()
            rest = rest[eq + 1:].lstrip()
            if rest[:1] not in ('"', "'"):
                self._fail(30)
            close = rest.find(rest[0], 1)
            if close < 0:
                self._fail(30)
            attrs[name] = rest[1:close]
            rest = rest[close + 1:]
        if 'version' not in attrs:
            self._fail(30)
        standalone = attrs.get('standalone')
        if self.XmlDeclHandler is not None:
            self.XmlDeclHandler(attrs['version'], attrs.get('encoding'),
                                -1 if standalone is None else int(standalone == 'yes'))

    def _comment(self, final):
        text = self._text
        pos = self._pos
        end = self._need('-->', pos + 4, final)
        body = text[pos + 4:end]
        bad = body.find('--')
        if bad >= 0:
            self._fail(4, pos + 4 + bad + 2)
        self._flush()
        if self.CommentHandler is not None:
            self.CommentHandler(body.replace('\r\n', '\n').replace('\r', '\n'))
        self._advance(end + 3)

    def _cdata(self, final):
        text = self._text
        pos = self._pos
        end = text.find(']]>', pos + 9)
        if end < 0:
            if not final:
                raise _Incomplete
            # Expat reports the section and what it holds, then the error at the end.
            if self.StartCdataSectionHandler is not None:
                self._flush()
                self.StartCdataSectionHandler()
            self._data(text[pos + 9:].replace('\r\n', '\n').replace('\r', '\n'))
            self._flush()
            self._fail(20, len(text))
        body = text[pos + 9:end].replace('\r\n', '\n').replace('\r', '\n')
        if self.StartCdataSectionHandler is not None:
            self._flush()
            self.StartCdataSectionHandler()
        self._data(body)
        if self.EndCdataSectionHandler is not None:
            self._flush()
            self.EndCdataSectionHandler()
        self._advance(end + 3)

    def _doctype(self, final):
        text = self._text
        pos = self._pos
        i = pos + 9
        depth = 0
        quote = None
        while True:
            if i >= len(text):
                raise _Incomplete
            c = text[i]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth <= 0:
                break
            i += 1
        body = text[pos + 9:i].strip()
        name = body.split()[0] if body.split() else ''
        name = name.split('[')[0]
        sysid = pubid = None
        words = body[len(name):].split('[')[0].split()
        quoted = [w.strip('"\'') for w in words[1:]]
        if words[:1] == ['SYSTEM'] and quoted:
            sysid = quoted[0]
        elif words[:1] == ['PUBLIC'] and len(quoted) >= 2:
            pubid, sysid = quoted[0], quoted[1]
        self._flush()
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, sysid, pubid, int('[' in body))
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        self._advance(i + 1)

    def _name(self, i):
        text = self._text
        start = i
        if i >= len(text):
            raise _Incomplete
        if not _is_name_start(text[i]):
            self._fail(4, i)
        while i < len(text) and _is_name_char(text[i]):
            i += 1
        if i >= len(text):
            raise _Incomplete
        return text[start:i], i

    def _skip_space(self, i):
        text = self._text
        while i < len(text) and text[i] in ' \t\r\n':
            i += 1
        if i >= len(text):
            raise _Incomplete
        return i

    def _start_tag(self, final):
        text = self._text
        pos = self._pos
        name, i = self._name(pos + 1)
        attrs = []
        seen = set()
        while True:
            j = self._skip_space(i)
            c = text[j]
            if c == '>' or text.startswith('/>', j):
                empty = c == '/'
                end = j + (2 if empty else 1)
                break
            if c == '/':
                if j + 1 >= len(text):
                    raise _Incomplete
                self._fail(4, j)
            if j == i:
                self._fail(4, j)
            aname, k = self._name(j)
            if aname in seen:
                self._fail(8, j)
            seen.add(aname)
            k = self._skip_space(k)
            if text[k] != '=':
                self._fail(4, k)
            k = self._skip_space(k + 1)
            quote = text[k]
            if quote not in '"\'':
                self._fail(4, k)
            close = text.find(quote, k + 1)
            if close < 0:
                lt = text.find('<', k + 1)
                if lt >= 0:
                    self._fail(4, lt)
                raise _Incomplete
            value = self._attr_value(k + 1, close)
            attrs.append((aname, value))
            i = close + 1
        self._flush()
        self._start_element(name, attrs, pos)
        self._advance(end)
        if empty:
            self._end_element()

    def _attr_value(self, start, end):
        text = self._text
        out = []
        i = start
        while i < end:
            c = text[i]
            if c == '<':
                self._fail(4, i)
            if c == '&':
                value, i = self._entity(i + 1, True)
                out.append(value)
                continue
            if c == '\r':
                if text.startswith('\r\n', i):
                    i += 1
                out.append(' ')
            elif c in '\n\t':
                out.append(' ')
            else:
                out.append(c)
            i += 1
        return ''.join(out)

    def _expand(self, qname, is_attr, pos):
        if self._sep is None:
            return qname
        prefix, colon, local = qname.partition(':')
        if not colon:
            if is_attr:
                return qname
            uri = self._lookup(None)
            if not uri:
                return qname
            return uri + self._sep + qname
        uri = self._lookup(prefix)
        if uri is None:
            self._fail(27, pos)
        if self.namespace_prefixes:
            return uri + self._sep + local + self._sep + prefix
        return uri + self._sep + local

    def _lookup(self, prefix):
        for scope in reversed(self._ns):
            if prefix in scope:
                return scope[prefix]
        return None

    def _start_element(self, name, attrs, pos):
        declared = []
        if self._sep is not None:
            scope = {}
            kept = []
            for aname, value in attrs:
                if aname == 'xmlns':
                    scope[None] = value
                    declared.append(None)
                elif aname.startswith('xmlns:'):
                    prefix = aname[6:]
                    if prefix == 'xmlns':
                        self._fail(39, pos)
                    if prefix == 'xml' and value != _XML_NS:
                        self._fail(38, pos)
                    if not value:
                        self._fail(28, pos)
                    scope[prefix] = value
                    declared.append(prefix)
                else:
                    kept.append((aname, value))
            self._ns.append(scope)
            for prefix in declared:
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(prefix, scope[prefix] or None)
            expanded = self._expand(name, False, pos)
            attrs = [(self._expand(a, True, pos), v) for a, v in kept]
            names = [a for a, v in attrs]
            if len(set(names)) != len(names):
                self._fail(8, pos)
        else:
            expanded = name
        self._stack.append((name, expanded, declared))
        self._seen_root = True
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                flat = []
                for a, v in attrs:
                    flat.append(a)
                    flat.append(v)
                self.StartElementHandler(expanded, flat)
            else:
                self.StartElementHandler(expanded, dict(attrs))

    def _end_tag(self, final):
        text = self._text
        pos = self._pos
        name, i = self._name(pos + 2)
        j = self._skip_space(i)
        if text[j] != '>':
            self._fail(4, j)
        if not self._stack or self._stack[-1][0] != name:
            self._fail(7, pos + 2)
        self._flush()
        self._end_element()
        self._advance(j + 1)

    def _end_element(self):
        name, expanded, declared = self._stack.pop()
        self._flush()
        if self.EndElementHandler is not None:
            self.EndElementHandler(expanded)
        if self._sep is not None:
            self._ns.pop()
            for prefix in reversed(declared):
                if self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(prefix)
        if not self._stack:
            self._done = True


xmlparser.__module__ = 'pyexpat'
XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    if intern is None:
        intern = {}
    return xmlparser(encoding, namespace_separator, intern)
