"""Generate src/lang/runtime/builtin-docs.ts and builtin-signatures.ts from the local CPython 3.11.

The docstrings of builtin types, functions and methods are C strings in
CPython (PyDoc_STRVAR): this script records, from python3, the __doc__ of
every type and function of the builtins module (exceptions included), of
the other builtin types gclab has (NoneType, function, the views and
iterators, ...), and of the methods and slot wrappers those types define
in their own __dict__ ("str.join", "int.__add__"), keyed by qualified name,
and of the functions of the C modules gclab implements natively ("math.sqrt").
A doc that is None is recorded as null.

The same objects' __text_signature__ (the "sig=" part CPython splits off the
C docstring: '($module, obj, /)') go to builtin-signatures.ts, under the
same keys; only the ones that are not None are recorded.

The builtin types' layout numbers (__basicsize__, __itemsize__, __flags__,
__dictoffset__, __weakrefoffset__, read once each in this fresh process, so
__flags__ has Py_TPFLAGS_VALID_VERSION_TAG as a fresh python3 shows it) go
to builtin-type-layouts.ts, by type name.

Usage: python3 scripts/gen-builtin-docs.py   (writes the file; run again after a CPython update)
"""
import builtins
import json
import os
import sys
import types

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

# The other builtin types gclab has, as an expression (a fresh python3 evaluates it again for __flags__).
EXTRA_TYPES_SRC = """[
    type(None), type(NotImplemented), type(Ellipsis), types.FunctionType, types.MethodType,
    types.BuiltinFunctionType, types.CodeType, types.CellType, types.GeneratorType, types.ModuleType,
    types.MappingProxyType, types.SimpleNamespace, types.GenericAlias, types.UnionType,
    type({}.keys()), type({}.values()), type({}.items()),
    types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType,
    types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType,
]"""
extra_types = eval(EXTRA_TYPES_SRC)
method_kinds = (types.MethodDescriptorType, types.WrapperDescriptorType, types.ClassMethodDescriptorType,
                types.BuiltinFunctionType, staticmethod, classmethod)

type_docs = {}
function_docs = {}
type_sigs = {}
function_sigs = {}
method_sigs = {}
module_sigs = {}
for name, v in vars(builtins).items():
    if name.startswith("_"):
        continue
    if isinstance(v, type):
        type_docs.setdefault(v.__name__, v.__doc__)
        type_sigs.setdefault(v.__name__, v.__text_signature__)
    elif isinstance(v, types.BuiltinFunctionType):
        function_docs[name] = v.__doc__
        function_sigs[name] = v.__text_signature__
for t in extra_types:
    type_docs.setdefault(t.__name__, t.__doc__)
    type_sigs.setdefault(t.__name__, t.__text_signature__)

# Methods of the builtin (non-exception) types, by "type.name".
method_docs = {}
for tname in sorted(type_docs):
    t = getattr(builtins, tname, None) or next((x for x in extra_types if x.__name__ == tname), None)
    if t is None or issubclass(t, BaseException) and t is not BaseException:
        continue
    for mname, m in vars(t).items():
        if isinstance(m, method_kinds):
            doc = m.__func__.__doc__ if isinstance(m, (staticmethod, classmethod)) else m.__doc__
            if isinstance(doc, str):
                method_docs[tname + "." + mname] = doc
            f = m.__func__ if isinstance(m, (staticmethod, classmethod)) else m
            method_sigs[tname + "." + mname] = getattr(f, "__text_signature__", None)

# The member and getset descriptors of the builtin types (exceptions included),
# by "type.name", when their doc is not None ("int.real", "StopIteration.value");
# "*.__dict__" and "*.__weakref__": the getsets a class statement adds.
descriptor_kinds = (types.MemberDescriptorType, types.GetSetDescriptorType)
descriptor_docs = {}
for tname in sorted(type_docs):
    t = getattr(builtins, tname, None) or next((x for x in extra_types if x.__name__ == tname), None)
    if t is None:
        continue
    for dname, d in vars(t).items():
        if isinstance(d, descriptor_kinds) and isinstance(d.__doc__, str):
            descriptor_docs[tname + "." + dname] = d.__doc__
_plain = type("_plain", (), {})
for dname in ("__dict__", "__weakref__"):
    descriptor_docs["*." + dname] = vars(_plain)[dname].__doc__

# Functions of the C modules gclab implements natively, by "module.name".
import atexit, gc, math, unicodedata
module_docs = {}
for mod in (math, gc, atexit, unicodedata, sys):
    for fname, f in vars(mod).items():
        if isinstance(f, types.BuiltinFunctionType) and not fname.startswith("_"):
            module_docs[mod.__name__ + "." + fname] = f.__doc__
            module_sigs[mod.__name__ + "." + fname] = f.__text_signature__

def table(title, name, docs):
    docs = {k: v for k, v in docs.items() if v is None or isinstance(v, str)}
    out = ["/** " + title + " */", "export const " + name + ": ReadonlyMap<string, string | null> = new Map<string, string | null>(["]
    out += ["  [" + json.dumps(k) + ", " + json.dumps(v) + "]," for k, v in docs.items()]
    out += ["]);", ""]
    return out

out = ["// Generated by scripts/gen-builtin-docs.py from CPython " + sys.version.split()[0] + ": do not edit.", ""]
out += table("__doc__ of the builtin types, by type name.", "TYPE_DOCS", type_docs)
out += table("__doc__ of the builtins module's functions, by name.", "FUNCTION_DOCS", function_docs)
out += table("__doc__ of the builtin types' methods and slot wrappers, by \"type.name\".", "METHOD_DOCS", method_docs)
out += table("__doc__ of the builtin types' member and getset descriptors that have one, by \"type.name\" (\"*.__dict__\": a class statement's).", "DESCRIPTOR_DOCS", descriptor_docs)
out += table("__doc__ of the native modules' functions (math, gc, atexit, unicodedata, sys), by \"module.name\".", "MODULE_FUNCTION_DOCS", module_docs)
target = os.path.join(os.path.dirname(__file__), "..", "src", "lang", "runtime", "builtin-docs.ts")
with open(target, "w") as f:
    f.write("\n".join(out))

def sig_table(title, name, sigs):
    sigs = {k: v for k, v in sigs.items() if isinstance(v, str)}
    out = ["/** " + title + " */", "export const " + name + ": ReadonlyMap<string, string> = new Map<string, string>(["]
    out += ["  [" + json.dumps(k) + ", " + json.dumps(v) + "]," for k, v in sigs.items()]
    out += ["]);", ""]
    return out

sig_out = ["// Generated by scripts/gen-builtin-docs.py from CPython " + sys.version.split()[0] + ": do not edit.", ""]
sig_out += sig_table("__text_signature__ of the builtin types that have one, by type name.", "TYPE_SIGNATURES", type_sigs)
sig_out += sig_table("__text_signature__ of the builtins module's functions, by name.", "FUNCTION_SIGNATURES", function_sigs)
sig_out += sig_table("__text_signature__ of the builtin types' methods and slot wrappers, by \"type.name\".", "METHOD_SIGNATURES", method_sigs)
sig_out += sig_table("__text_signature__ of the native modules' functions, by \"module.name\".", "MODULE_FUNCTION_SIGNATURES", module_sigs)
sig_target = os.path.join(os.path.dirname(__file__), "..", "src", "lang", "runtime", "builtin-signatures.ts")
with open(sig_target, "w") as f:
    f.write("\n".join(sig_out))

layout_types = {}
for name, v in vars(builtins).items():
    if isinstance(v, type) and not name.startswith("_"):
        layout_types.setdefault(v.__name__, v)
for t in extra_types:
    layout_types.setdefault(t.__name__, t)
lay_out = ["// Generated by scripts/gen-builtin-docs.py from CPython " + sys.version.split()[0] + ": do not edit.", ""]
lay_out += ["/** [__basicsize__, __itemsize__, __flags__, __dictoffset__, __weakrefoffset__] of the builtin types, by type name. */",
            "export const TYPE_LAYOUTS: ReadonlyMap<string, readonly [number, number, number, number, number]> = new Map<string, readonly [number, number, number, number, number]>(["]
import subprocess
extra_names = {t.__name__: i for i, t in enumerate(extra_types)}
for tname, t in layout_types.items():
    nums = [t.__basicsize__, t.__itemsize__, t.__flags__, t.__dictoffset__, t.__weakrefoffset__]
    # __flags__ as a program's first look at the type sees it (a fresh python3).
    if tname in extra_names:
        expr = "(%s)[%d]" % (EXTRA_TYPES_SRC, extra_names[tname])
        code = "import types\nprint((%s).__flags__)" % expr
    else:
        code = "print(%s.__flags__)" % tname
    nums[2] = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    lay_out.append("  [" + json.dumps(tname) + ", [" + ", ".join(str(n) for n in nums) + "]],")
lay_out += ["]);", ""]
lay_target = os.path.join(os.path.dirname(__file__), "..", "src", "lang", "runtime", "builtin-type-layouts.ts")
with open(lay_target, "w") as f:
    f.write("\n".join(lay_out))
print(f"{target}: {len(type_docs)} types, {len(function_docs)} functions, {len(method_docs)} methods, {len(descriptor_docs)} descriptors, {len(module_docs)} module functions, {os.path.getsize(target)} bytes")
