"""gettext for gclab: message catalogs without catalogs.

gclab reads no .mo files, so every lookup finds nothing and gives the
message back as CPython does then: gettext(m) is m, ngettext(s, p, n) is
s when n == 1 else p, and the p*/d* variants the same; translation()
raises FileNotFoundError(ENOENT, 'No translation file found for domain',
domain) unless fallback=True, which gives NullTranslations; install()
puts `_` into builtins.
"""

import os

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join('/root/.pyenv/versions/3.11.7', 'share', 'locale')


class NullTranslations:
    """Translations that translate nothing (or defer to a fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (none are read by gclab)."""
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)


def find(domain, localedir=None, languages=None, all=False):
    """The .mo files of a domain: none in gclab."""
    return [] if all else None


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    if fallback:
        return NullTranslations()
    from errno import ENOENT
    raise FileNotFoundError(ENOENT,
                            'No translation file found for domain', domain)


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    return message


def dngettext(domain, msgid1, msgid2, n):
    if n == 1:
        return msgid1
    return msgid2


def dpgettext(domain, context, message):
    return message


def dnpgettext(domain, context, msgid1, msgid2, n):
    if n == 1:
        return msgid1
    return msgid2


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
