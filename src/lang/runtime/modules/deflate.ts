/**
 * zlib 1.2.13's deflate.c (the compressor of CPython's zlib module), levels
 * 1 to 9 with every strategy (Z_FILTERED in deflate_slow, deflate_huff,
 * deflate_rle, Z_FIXED's static trees) and memLevel: the same hash chains,
 * lazy matching and block boundaries, so `zlib.compress(data)` and a
 * compressobj give python3's bytes; deflateSetDictionary (a zdict) and
 * deflateCopy (`clone`). Trees and bits are deflate-trees.ts.
 *
 * The stream is fed by `deflate(input, flush)`, as zlib's deflate() with
 * the whole input available and room for all output: it returns the bytes
 * zlib would have written by then (header, finished blocks, trailer).
 * Invariants (deflate_state's): window holds 2*wSize bytes, strstart is the
 * current position and lookahead the bytes after it; head/prev are the hash
 * chains (0 = NIL), slid by wSize with the window; blockStart is where the
 * current block's text starts (may be negative after a slide).
 */
import { DeflateTrees } from './deflate-trees';
import { adler32, crc32 } from './hash-functions';

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;

/** zlib's flush values. */
export const Z_NO_FLUSH = 0;
export const Z_PARTIAL_FLUSH = 1;
export const Z_SYNC_FLUSH = 2;
export const Z_FULL_FLUSH = 3;
export const Z_FINISH = 4;
const Z_BLOCK = 5;

/** zlib's strategies. */
const Z_FILTERED = 1;
const Z_HUFFMAN_ONLY = 2;
const Z_RLE = 3;
const Z_FIXED = 4;
const PRESET_DICT = 0x20;

/** deflateCopy: a deep copy of a stream's state (typed arrays and arrays copied, nested state cloned). */
function cloneState<T extends object>(o: T): T {
  const c = Object.create(Object.getPrototypeOf(o) as object) as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (ArrayBuffer.isView(v)) c[k] = (v as Uint8Array).slice();
    else if (Array.isArray(v)) c[k] = v.slice();
    else if (typeof v === 'object' && v !== null) c[k] = cloneState(v as object);
    else c[k] = v;
  }
  return c as T;
}

/** configuration_table: good_length, max_lazy, nice_length, max_chain, slow (deflate_slow) or fast. */
const CONFIG: ReadonlyArray<readonly [number, number, number, number, boolean]> = [
  [0, 0, 0, 0, false],
  [4, 4, 8, 4, false],
  [4, 5, 16, 8, false],
  [4, 6, 32, 32, false],
  [4, 4, 16, 16, true],
  [8, 16, 32, 32, true],
  [8, 16, 128, 128, true],
  [8, 32, 128, 256, true],
  [32, 128, 258, 1024, true],
  [32, 258, 258, 4096, true],
];

type BlockState = 'need_more' | 'block_done' | 'finish_started' | 'finish_done';

function rank(f: number): number {
  return f * 2 - (f > 4 ? 9 : 0);
}

/** A deflate stream: zlib's z_stream and deflate_state for one compressobj. */
export class Deflater {
  private readonly level: number;
  private readonly wBits: number;
  /** 1: zlib header and adler32 trailer; 2: gzip; 0: raw (0 too while a dictionary is read). */
  private wrap: number;
  private readonly strategy: number;
  private readonly wSize: number;
  private readonly wMask: number;
  private readonly window: Uint8Array;
  private readonly windowSize: number;
  private readonly prev: Uint16Array;
  private readonly head: Uint16Array;
  private readonly hashMask: number;
  private readonly hashShift: number;
  private insH = 0;
  private strstart = 0;
  private blockStart = 0;
  private lookahead = 0;
  private insert = 0;
  private matchLength = MIN_MATCH - 1;
  private prevLength = MIN_MATCH - 1;
  private matchAvailable = false;
  private matchStart = 0;
  private prevMatch = 0;
  private highWater = 0;
  private readonly goodMatch: number;
  private readonly maxLazy: number;
  private readonly niceMatch: number;
  private readonly maxChain: number;
  private readonly slow: boolean;
  private readonly trees: DeflateTrees;
  /** The input not yet read into the window. */
  private input: Uint8Array = new Uint8Array(0);
  private inPos = 0;
  private started = false;
  private finished = false;
  private lastFlush = -2;
  private check: number;

  constructor(level: number, wbits: number, memLevel = 8, strategy = 0) {
    if (level === -1) level = 6;
    this.level = level;
    this.strategy = strategy;
    let wrap = 1;
    if (wbits < 0) {
      wrap = 0;
      wbits = -wbits;
    } else if (wbits > 15) {
      wrap = 2;
      wbits -= 16;
    }
    if (wbits === 8) wbits = 9;
    this.wrap = wrap;
    this.wBits = wbits;
    this.wSize = 1 << wbits;
    this.wMask = this.wSize - 1;
    this.windowSize = 2 * this.wSize;
    this.window = new Uint8Array(this.windowSize + MAX_MATCH);
    this.prev = new Uint16Array(this.wSize);
    const hashBits = memLevel + 7;
    this.head = new Uint16Array(1 << hashBits);
    this.hashMask = (1 << hashBits) - 1;
    this.hashShift = Math.floor((hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.trees = new DeflateTrees(1 << (memLevel + 6));
    const [good, lazy, nice, chain, slow] = CONFIG[level];
    this.goodMatch = good;
    this.maxLazy = lazy;
    this.niceMatch = nice;
    this.maxChain = chain;
    this.slow = slow;
    this.check = wrap === 2 ? 0 : 1;
  }

  private get maxDist(): number {
    return this.wSize - MIN_LOOKAHEAD;
  }

  private updateHash(h: number, c: number): number {
    return ((h << this.hashShift) ^ c) & this.hashMask;
  }

  /** INSERT_STRING: returns the previous head of the chain. */
  private insertString(str: number): number {
    this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
    const matchHead = (this.prev[str & this.wMask] = this.head[this.insH]);
    this.head[this.insH] = str;
    return matchHead;
  }

  private slideHash(): void {
    const wsize = this.wSize;
    for (let i = 0; i < this.head.length; i++) {
      const m = this.head[i];
      this.head[i] = m >= wsize ? m - wsize : 0;
    }
    for (let i = 0; i < wsize; i++) {
      const m = this.prev[i];
      this.prev[i] = m >= wsize ? m - wsize : 0;
    }
  }

  private get availIn(): number {
    return this.input.length - this.inPos;
  }

  private readBuf(at: number, size: number): number {
    const len = Math.min(this.availIn, size);
    if (len === 0) return 0;
    const chunk = this.input.subarray(this.inPos, this.inPos + len);
    this.window.set(chunk, at);
    if (this.wrap === 1) this.check = adler32(chunk, this.check);
    else if (this.wrap === 2) this.check = crc32(chunk, this.check);
    this.inPos += len;
    return len;
  }

  private fillWindow(): void {
    const wsize = this.wSize;
    const w = this.window;
    do {
      let more = this.windowSize - this.lookahead - this.strstart;
      if (this.strstart >= wsize + this.maxDist) {
        w.copyWithin(0, wsize, wsize + wsize - more);
        this.matchStart -= wsize;
        this.strstart -= wsize;
        this.blockStart -= wsize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += wsize;
      }
      if (this.availIn === 0) break;
      const n = this.readBuf(this.strstart + this.lookahead, more);
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = w[str];
        this.insH = this.updateHash(this.insH, w[str + 1]);
        while (this.insert) {
          this.insH = this.updateHash(this.insH, w[str + MIN_MATCH - 1]);
          this.prev[str & this.wMask] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.availIn !== 0);
    // Zero the bytes after the data that longest_match may read (WIN_INIT = MAX_MATCH).
    if (this.highWater < this.windowSize) {
      const curr = this.strstart + this.lookahead;
      let init: number;
      if (this.highWater < curr) {
        init = this.windowSize - curr;
        if (init > MAX_MATCH) init = MAX_MATCH;
        w.fill(0, curr, curr + init);
        this.highWater = curr + init;
      } else if (this.highWater < curr + MAX_MATCH) {
        init = curr + MAX_MATCH - this.highWater;
        if (init > this.windowSize - this.highWater) init = this.windowSize - this.highWater;
        w.fill(0, this.highWater, this.highWater + init);
        this.highWater += init;
      }
    }
  }

  private longestMatch(curMatch: number): number {
    let chainLength = this.maxChain;
    const w = this.window;
    const scanStart = this.strstart;
    let bestLen = this.prevLength;
    let niceMatch = this.niceMatch;
    const limit = this.strstart > this.maxDist ? this.strstart - this.maxDist : 0;
    const strend = this.strstart + MAX_MATCH;
    let scanEnd1 = w[scanStart + bestLen - 1];
    let scanEnd = w[scanStart + bestLen];
    if (this.prevLength >= this.goodMatch) chainLength >>= 2;
    if (niceMatch > this.lookahead) niceMatch = this.lookahead;
    do {
      let match = curMatch;
      if (w[match + bestLen] !== scanEnd || w[match + bestLen - 1] !== scanEnd1 || w[match] !== w[scanStart] || w[match + 1] !== w[scanStart + 1]) {
        continue;
      }
      let scan = scanStart + 2;
      match += 2;
      while (scan < strend) {
        scan++;
        match++;
        if (w[scan] !== w[match]) break;
      }
      const len = MAX_MATCH - (strend - scan);
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= niceMatch) break;
        scanEnd1 = w[scanStart + bestLen - 1];
        scanEnd = w[scanStart + bestLen];
      }
    } while ((curMatch = this.prev[curMatch & this.wMask]) > limit && --chainLength !== 0);
    if (bestLen <= this.lookahead) return bestLen;
    return this.lookahead;
  }

  /** FLUSH_BLOCK_ONLY: the gathered symbols as a block, then flush_pending. */
  private flushBlockOnly(last: boolean): void {
    this.trees.flushBlock(this.window, this.blockStart, this.strstart - this.blockStart, last, this.level, this.strategy === Z_FIXED);
    this.blockStart = this.strstart;
    this.trees.biFlush();
  }

  private deflateFast(flush: number): BlockState {
    const t = this.trees;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return 'need_more';
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== 0 && this.strstart - hashHead <= this.maxDist) {
        this.matchLength = this.longestMatch(hashHead);
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = t.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= this.maxLazy && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = this.window[this.strstart];
          this.insH = this.updateHash(this.insH, this.window[this.strstart + 1]);
        }
      } else {
        bflush = t.tallyLit(this.window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) this.flushBlockOnly(false);
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    if (flush === Z_FINISH) {
      this.flushBlockOnly(true);
      return 'finish_done';
    }
    if (t.symNext) this.flushBlockOnly(false);
    return 'block_done';
  }

  private deflateSlow(flush: number): BlockState {
    const t = this.trees;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return 'need_more';
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== 0 && this.prevLength < this.maxLazy && this.strstart - hashHead <= this.maxDist) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && (this.strategy === Z_FILTERED || (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = t.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = false;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) this.flushBlockOnly(false);
      } else if (this.matchAvailable) {
        const bflush = t.tallyLit(this.window[this.strstart - 1]);
        if (bflush) this.flushBlockOnly(false);
        this.strstart++;
        this.lookahead--;
      } else {
        this.matchAvailable = true;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      t.tallyLit(this.window[this.strstart - 1]);
      this.matchAvailable = false;
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    if (flush === Z_FINISH) {
      this.flushBlockOnly(true);
      return 'finish_done';
    }
    if (t.symNext) this.flushBlockOnly(false);
    return 'block_done';
  }

  /** deflate_rle: runs of the previous byte as matches at distance one (Z_RLE). */
  private deflateRle(flush: number): BlockState {
    const t = this.trees;
    const w = this.window;
    for (;;) {
      if (this.lookahead <= MAX_MATCH) {
        this.fillWindow();
        if (this.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return 'need_more';
        if (this.lookahead === 0) break;
      }
      this.matchLength = 0;
      if (this.lookahead >= MIN_MATCH && this.strstart > 0) {
        let scan = this.strstart - 1;
        const prev = w[scan];
        if (prev === w[++scan] && prev === w[++scan] && prev === w[++scan]) {
          const strend = this.strstart + MAX_MATCH;
          // The C loop compares eight bytes per test, then checks the end.
          while (
            prev === w[++scan] && prev === w[++scan] && prev === w[++scan] && prev === w[++scan] &&
            prev === w[++scan] && prev === w[++scan] && prev === w[++scan] && prev === w[++scan] &&
            scan < strend
          );
          this.matchLength = MAX_MATCH - (strend - scan);
          if (this.matchLength > this.lookahead) this.matchLength = this.lookahead;
        }
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = t.tallyDist(1, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        this.strstart += this.matchLength;
        this.matchLength = 0;
      } else {
        bflush = t.tallyLit(w[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) this.flushBlockOnly(false);
    }
    this.insert = 0;
    if (flush === Z_FINISH) {
      this.flushBlockOnly(true);
      return 'finish_done';
    }
    if (t.symNext) this.flushBlockOnly(false);
    return 'block_done';
  }

  /** deflate_huff: literals only (Z_HUFFMAN_ONLY). */
  private deflateHuff(flush: number): BlockState {
    const t = this.trees;
    for (;;) {
      if (this.lookahead === 0) {
        this.fillWindow();
        if (this.lookahead === 0) {
          if (flush === Z_NO_FLUSH) return 'need_more';
          break;
        }
      }
      this.matchLength = 0;
      const bflush = t.tallyLit(this.window[this.strstart]);
      this.lookahead--;
      this.strstart++;
      if (bflush) this.flushBlockOnly(false);
    }
    this.insert = 0;
    if (flush === Z_FINISH) {
      this.flushBlockOnly(true);
      return 'finish_done';
    }
    if (t.symNext) this.flushBlockOnly(false);
    return 'block_done';
  }

  /**
   * deflateSetDictionary, right after deflateInit2: the dictionary (its
   * last window's worth) is history the data may refer to; a zlib stream's
   * header then names it by its Adler-32. False for a gzip stream (zlib's
   * Z_STREAM_ERROR).
   */
  setDictionary(dictionary: Uint8Array): boolean {
    const wrap = this.wrap;
    if (wrap === 2 || this.started || this.lookahead) return false;
    if (wrap === 1) this.check = adler32(dictionary, this.check);
    this.wrap = 0;
    let dict = dictionary;
    if (dict.length >= this.wSize) {
      if (wrap === 0) {
        this.head.fill(0);
        this.strstart = 0;
        this.blockStart = 0;
        this.insert = 0;
      }
      dict = dict.subarray(dict.length - this.wSize);
    }
    const savedInput = this.input;
    const savedPos = this.inPos;
    this.input = dict;
    this.inPos = 0;
    this.fillWindow();
    while (this.lookahead >= MIN_MATCH) {
      let str = this.strstart;
      let n = this.lookahead - (MIN_MATCH - 1);
      do {
        this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
        this.prev[str & this.wMask] = this.head[this.insH];
        this.head[this.insH] = str;
        str++;
      } while (--n);
      this.strstart = str;
      this.lookahead = MIN_MATCH - 1;
      this.fillWindow();
    }
    this.strstart += this.lookahead;
    this.blockStart = this.strstart;
    this.insert = this.lookahead;
    this.lookahead = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = false;
    this.input = savedInput;
    this.inPos = savedPos;
    this.wrap = wrap;
    return true;
  }

  /** deflateCopy: an independent stream in the same state. */
  clone(): Deflater {
    return cloneState(this);
  }

  /** Level 0: stored blocks of at most 65535 bytes. */
  private deflateStored(flush: number): BlockState {
    for (;;) {
      if (this.lookahead <= 1) {
        this.fillWindow();
        if (this.lookahead === 0 && flush === Z_NO_FLUSH) return 'need_more';
        if (this.lookahead === 0) break;
      }
      this.strstart += this.lookahead;
      this.lookahead = 0;
      const maxStart = this.blockStart + 0xffff;
      if (this.strstart === 0 || this.strstart >= maxStart) {
        this.lookahead = this.strstart - maxStart;
        this.strstart = maxStart;
        this.flushBlockOnly(false);
      }
      if (this.strstart - this.blockStart >= this.maxDist) this.flushBlockOnly(false);
    }
    this.insert = 0;
    if (flush === Z_FINISH) {
      this.flushBlockOnly(true);
      return 'finish_done';
    }
    if (this.strstart > this.blockStart) this.flushBlockOnly(false);
    return 'block_done';
  }

  private putShortMSB(b: number): void {
    this.trees.out.push((b >>> 8) & 0xff, b & 0xff);
  }

  /** deflate(strm, flush) with `data` as the next input: the bytes written by this call. */
  deflate(data: Uint8Array, flush: number): Uint8Array {
    const t = this.trees;
    t.out = [];
    this.input = data;
    this.inPos = 0;
    if (this.finished) return new Uint8Array(0);
    const oldFlush = this.lastFlush;
    this.lastFlush = flush;
    if (!this.started) {
      this.started = true;
      if (this.wrap === 1) {
        let header = (8 + ((this.wBits - 8) << 4)) << 8;
        const levelFlags = this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 0 : this.level < 6 ? 1 : this.level === 6 ? 2 : 3;
        header |= levelFlags << 6;
        if (this.strstart !== 0) header |= PRESET_DICT;
        header += 31 - (header % 31);
        this.putShortMSB(header);
        if (this.strstart !== 0) {
          this.putShortMSB(this.check >>> 16);
          this.putShortMSB(this.check & 0xffff);
        }
        this.check = 1;
      } else if (this.wrap === 2) {
        // gzip header: no name, mtime 0 (deflateSetHeader not used), OS 3 (unix).
        const xfl = this.level === 9 ? 2 : this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 4 : 0;
        t.out.push(31, 139, 8, 0, 0, 0, 0, 0, xfl, 3);
      }
    } else if (data.length === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
      return new Uint8Array(0); // Z_BUF_ERROR: nothing to do
    }
    if (this.availIn !== 0 || this.lookahead !== 0 || flush !== Z_NO_FLUSH) {
      const bstate =
        this.level === 0
          ? this.deflateStored(flush)
          : this.strategy === Z_HUFFMAN_ONLY
            ? this.deflateHuff(flush)
            : this.strategy === Z_RLE
              ? this.deflateRle(flush)
              : this.slow
                ? this.deflateSlow(flush)
                : this.deflateFast(flush);
      if (bstate === 'block_done') {
        if (flush === Z_PARTIAL_FLUSH) t.align();
        else if (flush !== Z_BLOCK) {
          t.storedBlock(this.window, 0, 0, false);
          if (flush === Z_FULL_FLUSH) {
            this.head.fill(0);
            if (this.lookahead === 0) {
              this.strstart = 0;
              this.blockStart = 0;
              this.insert = 0;
            }
          }
        }
        t.biFlush();
      }
    }
    if (flush === Z_FINISH) {
      this.finished = true;
      if (this.wrap === 1) {
        this.putShortMSB(this.check >>> 16);
        this.putShortMSB(this.check & 0xffff);
      } else if (this.wrap === 2) {
        const c = this.check;
        const n = this.totalIn();
        t.out.push(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff, n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
      }
    }
    this.totalRead += this.inPos;
    this.input = new Uint8Array(0);
    this.inPos = 0;
    return Uint8Array.from(t.out);
  }

  private totalRead = 0;

  private totalIn(): number {
    return (this.totalRead + this.inPos) >>> 0;
  }

  /** Whether Z_FINISH has been given (the stream is complete). */
  get done(): boolean {
    return this.finished;
  }
}
