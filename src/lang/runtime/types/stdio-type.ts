/**
 * _io.TextIOWrapper as sys.stdin, sys.stdout and sys.stderr (create_stdio):
 * stdout and stderr write to the process's streams (stdout through the
 * host's buffer, flushed by flush() and at exit); stdin reads the
 * process's standard input (stdin-stream.ts). Each instance's `native`
 * says which stream it is. Reading a writer or writing the reader raises
 * io.UnsupportedOperation as CPython's (`not readable` / `not writable`).
 */
import { Instance, PyException, type Value } from '../../../heap';
import { call } from '../calls';
import { getAttr } from '../attributes';
import { arity } from '../methods';
import { flushProcessStdout, writeProcessStdout } from '../sys-module';
import { stdinRead, stdinReadLine } from '../stdin-stream';
import type { Runtime } from '../runtime';
import type { BuiltinType } from '../type-slots';
import { indexOf, iter, next } from '../operators';
import { CALLING, STDIO_WRITE_ENTRIES, checkCRecursion } from '../c-recursion';

function streamName(self: Value): string {
  return (self as Instance).native as string;
}

/** io.UnsupportedOperation(what) (an OSError and ValueError subclass, defined by the io module). */
function unsupported(rt: Runtime, what: string): Error {
  const empty = rt.heap.newDict();
  let io: Value;
  try {
    io = rt.evaluator.importModule('io', empty, null, 0);
  } finally {
    rt.decref(empty);
  }
  let cls: Value;
  try {
    cls = getAttr(rt, io, 'UnsupportedOperation');
  } finally {
    rt.decref(io);
  }
  try {
    return new PyException('UnsupportedOperation', [what], call(rt, cls, [what]));
  } finally {
    rt.decref(cls);
  }
}

/**
 * The size argument: read() takes it as _Py_convert_optional_to_ssize_t
 * does, readline() as PyNumber_AsSsize_t (an integer only; None is -1).
 */
function sizeArg(rt: Runtime, args: Value[], name: string): number {
  arity(rt, name, args, 0, 1);
  if (args.length === 0 || args[0] === null) return -1;
  const n = indexOf(rt, args[0]);
  if (typeof n === 'number' || typeof n === 'bigint') return Number(n);
  if (name === 'read') throw rt.typeError(`argument should be integer or None, not '${rt.typeName(args[0])}'`);
  throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`);
}

function reader(rt: Runtime, self: Value): void {
  if (streamName(self) !== 'stdin') throw unsupported(rt, 'not readable');
}

export const textIOWrapperType: BuiltinType = {
  name: 'TextIOWrapper',
  // textiowrapper_repr: the name is the one create_stdio gives ('<stdout>').
  slots: {
    tp_repr: (_rt, self) => `<_io.TextIOWrapper name='<${streamName(self)}>' mode='${streamName(self) === 'stdin' ? 'r' : 'w'}' encoding='utf-8'>`,
    tp_iter: (rt, self) => {
      reader(rt, self);
      return rt.incref(self);
    },
    tp_iternext: (rt, self) => {
      reader(rt, self);
      const line = stdinReadLine(rt);
      return line === '' ? undefined : line;
    },
  },
  getset: {
    name: (_rt, self) => `<${streamName(self)}>`,
    mode: (_rt, self) => (streamName(self) === 'stdin' ? 'r' : 'w'),
    encoding: () => 'utf-8',
    // The C.UTF-8 locale's choice (create_stdio: surrogateescape under a C or C.UTF-8 locale).
    errors: (_rt, self) => (streamName(self) === 'stderr' ? 'backslashreplace' : 'surrogateescape'),
    closed: () => false,
    // create_stdio for a stream that is not a terminal, unbuffered as python3 runs here
    // (PYTHONUNBUFFERED, see os.write in gclab-module.ts): write-through, no line buffering.
    line_buffering: () => false,
    write_through: () => true,
    newlines: () => null,
  },
  methods: {
    write(rt, self, args) {
      arity(rt, 'write', args, 1, 1);
      const which = streamName(self);
      if (which === 'stdin') throw unsupported(rt, 'not writable');
      const s = args[0];
      if (typeof s !== 'string') throw rt.typeError(`write() argument must be str, not ${rt.typeName(s)}`);
      checkCRecursion(rt, CALLING, STDIO_WRITE_ENTRIES);
      if (which === 'stderr') rt.err(s);
      else {
        rt.stdoutGc.write(s);
        writeProcessStdout(rt, s);
      }
      return [...s].length;
    },
    // _io__IOBase_writelines: each item of the iterable given to self.write (looked up per item).
    writelines(rt, self, args) {
      arity(rt, '_IOBase.writelines', args, 1, 1);
      const it = iter(rt, args[0]);
      try {
        for (let line = next(rt, it); line !== undefined; line = next(rt, it)) {
          try {
            const write = getAttr(rt, self, 'write');
            try {
              rt.decref(call(rt, write, [line]));
            } finally {
              rt.decref(write);
            }
          } finally {
            rt.decref(line);
          }
        }
      } finally {
        rt.decref(it);
      }
      return null;
    },
    flush(rt, self, args) {
      arity(rt, 'flush', args, 0, 0);
      if (streamName(self) === 'stdout') {
        rt.stdoutGc.flush();
        flushProcessStdout(rt);
      }
      return null;
    },
    readline(rt, self, args) {
      reader(rt, self);
      return stdinReadLine(rt, sizeArg(rt, args, 'readline'));
    },
    read(rt, self, args) {
      reader(rt, self);
      return stdinRead(rt, sizeArg(rt, args, 'read'));
    },
    readlines(rt, self, args) {
      reader(rt, self);
      arity(rt, 'readlines', args, 0, 1);
      const lines: Value[] = [];
      for (let line = stdinReadLine(rt); line !== ''; line = stdinReadLine(rt)) lines.push(line);
      return rt.heap.newList(lines);
    },
    readable: (_rt, self) => streamName(self) === 'stdin',
    writable: (_rt, self) => streamName(self) !== 'stdin',
    seekable: () => false,
    // gclab's standard streams are never a terminal (output is captured, as python3's under a pipe).
    isatty: () => false,
    fileno: (_rt, self) => ['stdin', 'stdout', 'stderr'].indexOf(streamName(self)),
  },
};
