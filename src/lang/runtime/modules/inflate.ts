/**
 * The decompressor of CPython's zlib module (zlib 1.2.13's inflate), as a
 * function of all the input seen so far: `inflate(input, wrap)` decodes as
 * far as the input goes and says whether the stream ended, where, and which
 * error zlib would report (its messages: "incorrect header check", "invalid
 * block type", "invalid distance too far back", "incorrect data check", ...).
 * A decompressobj calls it again with the input grown; decoding is
 * deterministic, so the output of the longer input extends the earlier one.
 *
 * Huffman codes are decoded canonically (counts per length, symbols in
 * order), which accepts and refuses the same code sets as inflate_table:
 * over-subscribed sets always, incomplete ones except a single code of
 * length one for literal/lengths and distances.
 */
import { adler32, crc32 } from './hash-functions';

/** Thrown for a stream zlib refuses: `Error -3 while decompressing data: ${message}`. */
export class InflateError extends Error {}

/** Raised inside the decoder when the input runs out (the stream is incomplete so far). */
class NeedInput extends Error {}

/** Raised inside the decoder when `limit` bytes are out (decompress's max_length). */
class OutputFull extends Error {}

export interface InflateResult {
  /** Everything decoded so far. */
  output: Uint8Array;
  /** Whether the end of the stream (and its trailer) was reached. */
  done: boolean;
  /** Where the stream ended in the input (the rest is unused_data). */
  end: number;
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface Huffman {
  count: Int32Array;
  symbol: Int32Array;
}

/** A code from lengths; null when inflate_table would refuse it. */
function buildCode(lengths: ArrayLike<number>, n: number, kind: 'codes' | 'lens' | 'dists'): Huffman | null {
  const count = new Int32Array(16);
  for (let i = 0; i < n; i++) count[lengths[i]]++;
  let max = 15;
  while (max >= 1 && count[max] === 0) max--;
  if (max === 0) {
    // No codes: inflate_table makes a table of invalid entries (usable for distances only).
    return kind === 'codes' ? null : { count, symbol: new Int32Array(0) };
  }
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) return null; // over-subscribed
  }
  if (left > 0 && (kind === 'codes' || max !== 1)) return null; // incomplete
  const offs = new Int32Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len] + count[len];
  const symbol = new Int32Array(n);
  for (let i = 0; i < n; i++) if (lengths[i] !== 0) symbol[offs[lengths[i]]++] = i;
  return { count, symbol };
}

class Reader {
  pos = 0;
  bitBuf = 0;
  bitCnt = 0;
  constructor(readonly data: Uint8Array) {}

  bits(need: number): number {
    let val = this.bitBuf;
    while (this.bitCnt < need) {
      if (this.pos >= this.data.length) throw new NeedInput();
      val |= this.data[this.pos++] << this.bitCnt;
      this.bitCnt += 8;
    }
    this.bitBuf = val >>> need;
    this.bitCnt -= need;
    return val & ((1 << need) - 1);
  }

  /** A symbol of `h`; -1 for a code zlib marks invalid. */
  decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= 15; len++) {
      code |= this.bits(1);
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    return -1;
  }

  byte(): number {
    if (this.pos >= this.data.length) throw new NeedInput();
    return this.data[this.pos++];
  }
}

let fixedCodes: [Huffman, Huffman] | null = null;

function fixed(): [Huffman, Huffman] {
  if (fixedCodes === null) {
    const lengths = new Int32Array(288);
    for (let i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    // 32 distance codes, as zlib's fixed table (30 and 31 are invalid distances).
    const dl = new Int32Array(32).fill(5);
    fixedCodes = [buildCode(lengths, 288, 'lens')!, buildCode(dl, 32, 'dists')!];
  }
  return fixedCodes;
}

/**
 * Decode `input` (wrap 1: zlib, 2: gzip, 0: raw deflate; `zdict` the
 * preset history), stopping once `limit` bytes are out (then `end` is where
 * the reader stood). Throws InflateError for a bad stream.
 */
export function inflate(input: Uint8Array, wrap: number, windowBits: number, zdict?: Uint8Array, limit = Infinity): InflateResult {
  const out: number[] = [];
  const r = new Reader(input);
  const history = zdict ?? new Uint8Array(0);
  let done = false;
  try {
    if (wrap === 1) {
      const cmf = r.byte();
      const flg = r.byte();
      if (((cmf << 8) + flg) % 31 !== 0) throw new InflateError('incorrect header check');
      if ((cmf & 0x0f) !== 8) throw new InflateError('unknown compression method');
      if ((cmf >>> 4) + 8 > windowBits) throw new InflateError('invalid window size');
      if (flg & 0x20) {
        const want = (r.byte() << 24) | (r.byte() << 16) | (r.byte() << 8) | r.byte();
        // Z_NEED_DICT without a dictionary (zlib sets no msg); with one whose
        // Adler-32 differs, inflateSetDictionary's Z_DATA_ERROR.
        if (zdict === undefined) throw new InflateError('need dictionary');
        if (adler32(zdict, 1) !== want >>> 0) throw new InflateError('incorrect dictionary');
      }
    } else if (wrap === 2) {
      if (r.byte() !== 31 || r.byte() !== 139) throw new InflateError('incorrect header check');
      if (r.byte() !== 8) throw new InflateError('unknown compression method');
      const flags = r.byte();
      if (flags & 0xe0) throw new InflateError('unknown header flags set');
      for (let i = 0; i < 6; i++) r.byte();
      if (flags & 4) {
        const xlen = r.byte() | (r.byte() << 8);
        for (let i = 0; i < xlen; i++) r.byte();
      }
      if (flags & 8) while (r.byte() !== 0);
      if (flags & 16) while (r.byte() !== 0);
      if (flags & 2) (r.byte(), r.byte());
    }
    const wsize = 1 << windowBits;
    let last = 0;
    while (!last) {
      last = r.bits(1);
      const type = r.bits(2);
      if (type === 0) {
        r.bitBuf = 0;
        r.bitCnt = 0;
        const len = r.byte() | (r.byte() << 8);
        const nlen = r.byte() | (r.byte() << 8);
        if (len !== (~nlen & 0xffff)) throw new InflateError('invalid stored block lengths');
        for (let i = 0; i < len; i++) {
          if (out.length >= limit) throw new OutputFull();
          out.push(r.byte());
        }
      } else if (type === 1 || type === 2) {
        let lencode: Huffman;
        let distcode: Huffman;
        if (type === 1) [lencode, distcode] = fixed();
        else {
          const nlen = r.bits(5) + 257;
          const ndist = r.bits(5) + 1;
          const ncode = r.bits(4) + 4;
          if (nlen > 286 || ndist > 30) throw new InflateError('too many length or distance symbols');
          const lengths = new Int32Array(320);
          for (let i = 0; i < ncode; i++) lengths[CL_ORDER[i]] = r.bits(3);
          const clcode = buildCode(lengths, 19, 'codes');
          if (clcode === null) throw new InflateError('invalid code lengths set');
          const lens = new Int32Array(320);
          let index = 0;
          while (index < nlen + ndist) {
            const sym = r.decode(clcode);
            if (sym < 0) throw new InflateError('invalid code lengths set');
            if (sym < 16) lens[index++] = sym;
            else {
              let len = 0;
              let rep: number;
              if (sym === 16) {
                if (index === 0) throw new InflateError('invalid bit length repeat');
                len = lens[index - 1];
                rep = 3 + r.bits(2);
              } else if (sym === 17) rep = 3 + r.bits(3);
              else rep = 11 + r.bits(7);
              if (index + rep > nlen + ndist) throw new InflateError('invalid bit length repeat');
              while (rep--) lens[index++] = len;
            }
          }
          if (lens[256] === 0) throw new InflateError('invalid code -- missing end-of-block');
          const l = buildCode(lens, nlen, 'lens');
          if (l === null) throw new InflateError('invalid literal/lengths set');
          const d = buildCode(lens.subarray(nlen), ndist, 'dists');
          if (d === null) throw new InflateError('invalid distances set');
          lencode = l;
          distcode = d;
        }
        for (;;) {
          const sym = r.decode(lencode);
          if (out.length >= limit) throw new OutputFull();
          if (sym < 0) throw new InflateError('invalid literal/length code');
          if (sym < 256) out.push(sym);
          else if (sym === 256) break;
          else {
            const ls = sym - 257;
            if (ls >= 29) throw new InflateError('invalid literal/length code');
            const len = LENGTH_BASE[ls] + r.bits(LENGTH_EXTRA[ls]);
            const ds = r.decode(distcode);
            if (ds < 0 || ds >= 30) throw new InflateError('invalid distance code');
            const dist = DIST_BASE[ds] + r.bits(DIST_EXTRA[ds]);
            if (dist > out.length + history.length || dist > wsize) throw new InflateError('invalid distance too far back');
            for (let i = 0; i < len; i++) {
              const at = out.length - dist;
              out.push(at >= 0 ? out[at] : history[history.length + at]);
            }
          }
        }
      } else throw new InflateError('invalid block type');
    }
    // The trailer, after the last block's bits (byte-aligned).
    r.bitBuf = 0;
    r.bitCnt = 0;
    const data = Uint8Array.from(out);
    if (wrap === 1) {
      const want = ((r.byte() << 24) | (r.byte() << 16) | (r.byte() << 8) | r.byte()) >>> 0;
      if (adler32(data, 1) !== want) throw new InflateError('incorrect data check');
    } else if (wrap === 2) {
      const want = (r.byte() | (r.byte() << 8) | (r.byte() << 16) | (r.byte() << 24)) >>> 0;
      const size = (r.byte() | (r.byte() << 8) | (r.byte() << 16) | (r.byte() << 24)) >>> 0;
      if (crc32(data, 0) !== want) throw new InflateError('incorrect data check');
      if (size !== data.length >>> 0) throw new InflateError('incorrect length check');
    }
    done = true;
    return { output: data, done, end: r.pos };
  } catch (e) {
    if (e instanceof OutputFull) return { output: Uint8Array.from(out.slice(0, limit)), done: false, end: r.pos };
    if (!(e instanceof NeedInput)) throw e;
    return { output: Uint8Array.from(out), done: false, end: input.length };
  }
}
