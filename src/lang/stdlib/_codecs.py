"""_codecs for gclab: Modules/_codecsmodule.c's registry functions, which
codecs.py writes (and re-exports, as CPython's codecs.py does _codecs')."""

from codecs import encode, decode, lookup, register, unregister, lookup_error, register_error
from codecs import unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode, raw_unicode_escape_decode
