/**
 * zlib 1.2.13's trees.c: the Huffman trees of a deflate block, built and
 * sent bit for bit as zlib builds and sends them, so that gclab's
 * zlib.compress gives CPython's bytes. Used by deflate.ts (the matcher).
 *
 * Invariants (as in trees.c): a tree array holds `freq` (later the code) and
 * `dl` (the parent while building, then the bit length) per node, the two C
 * unions; the heap orders nodes by frequency, then by depth (`smaller`);
 * bit lengths are limited by gen_bitlen's overflow repair; codes are
 * canonical (gen_codes) and sent bit-reversed, LSB first.
 */

export const L_CODES = 286;
export const D_CODES = 30;
const BL_CODES = 19;
const LITERALS = 256;
const END_BLOCK = 256;
const HEAP_SIZE = 2 * L_CODES + 1;
const MAX_BITS = 15;
const MAX_BL_BITS = 7;
const REP_3_6 = 16;
const REPZ_3_10 = 17;
const REPZ_11_138 = 18;
const STORED_BLOCK = 0;
const STATIC_TREES = 1;
const DYN_TREES = 2;

const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** One tree: `freq` (then the code, as the C union fc) and `dl` (the parent, then the length). */
class Tree {
  readonly freq: Int32Array;
  readonly dl: Int32Array;
  constructor(size: number) {
    this.freq = new Int32Array(size);
    this.dl = new Int32Array(size);
  }
}

interface StaticDesc {
  tree: Tree | null;
  extra: readonly number[];
  base: number;
  elems: number;
  maxLength: number;
}

const lengthCode = new Uint8Array(256);
const distCode = new Uint8Array(512);
const baseLength = new Int32Array(29);
const baseDist = new Int32Array(D_CODES);
const staticLtree = new Tree(L_CODES + 2);
const staticDtree = new Tree(D_CODES);

function biReverse(code: number, len: number): number {
  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
}

/** gen_codes: canonical codes from the bit lengths (written over freq, as the C union). */
function genCodes(tree: Tree, maxCode: number, blCount: Int32Array): void {
  const nextCode = new Int32Array(MAX_BITS + 1);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + blCount[bits - 1]) << 1;
    nextCode[bits] = code;
  }
  for (let n = 0; n <= maxCode; n++) {
    const len = tree.dl[n];
    if (len === 0) continue;
    tree.freq[n] = biReverse(nextCode[len]++, len);
  }
}

/** tr_static_init. */
(function staticInit(): void {
  let length = 0;
  let code: number;
  for (code = 0; code < 28; code++) {
    baseLength[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) lengthCode[length++] = code;
  }
  lengthCode[length - 1] = code;
  let dist = 0;
  for (code = 0; code < 16; code++) {
    baseDist[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) distCode[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    baseDist[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code] - 7); n++) distCode[256 + dist++] = code;
  }
  const blCount = new Int32Array(MAX_BITS + 1);
  let n = 0;
  while (n <= 143) (staticLtree.dl[n++] = 8), blCount[8]++;
  while (n <= 255) (staticLtree.dl[n++] = 9), blCount[9]++;
  while (n <= 279) (staticLtree.dl[n++] = 7), blCount[7]++;
  while (n <= 287) (staticLtree.dl[n++] = 8), blCount[8]++;
  genCodes(staticLtree, L_CODES + 1, blCount);
  for (n = 0; n < D_CODES; n++) {
    staticDtree.dl[n] = 5;
    staticDtree.freq[n] = biReverse(n, 5);
  }
})();

const L_DESC: StaticDesc = { tree: staticLtree, extra: EXTRA_LBITS, base: LITERALS + 1, elems: L_CODES, maxLength: MAX_BITS };
const D_DESC: StaticDesc = { tree: staticDtree, extra: EXTRA_DBITS, base: 0, elems: D_CODES, maxLength: MAX_BITS };
const BL_DESC: StaticDesc = { tree: null, extra: EXTRA_BLBITS, base: 0, elems: BL_CODES, maxLength: MAX_BL_BITS };

function dCode(dist: number): number {
  return dist < 256 ? distCode[dist] : distCode[256 + (dist >>> 7)];
}

/**
 * The output side of a deflate stream: the bits of its blocks (LSB first,
 * as send_bits packs them) and the symbols of the block being gathered.
 */
export class DeflateTrees {
  /** Bytes written (pending + what was flushed). */
  out: number[] = [];
  private biBuf = 0;
  private biValid = 0;
  readonly dynLtree = new Tree(HEAP_SIZE);
  readonly dynDtree = new Tree(2 * D_CODES + 1);
  readonly blTree = new Tree(2 * BL_CODES + 1);
  private lMax = 0;
  private dMax = 0;
  private readonly heap = new Int32Array(2 * L_CODES + 1);
  private heapLen = 0;
  private heapMax = 0;
  private readonly depth = new Uint8Array(2 * L_CODES + 1);
  private readonly blCount = new Int32Array(MAX_BITS + 1);
  optLen = 0;
  staticLen = 0;
  /** sym_buf: (dist low, dist high, lc) triples; symNext is its length, symEnd the limit. */
  readonly symBuf: Uint8Array;
  symNext = 0;
  readonly symEnd: number;

  constructor(litBufsize: number) {
    this.symBuf = new Uint8Array(litBufsize * 3);
    this.symEnd = (litBufsize - 1) * 3;
    this.initBlock();
  }

  private initBlock(): void {
    this.dynLtree.freq.fill(0, 0, L_CODES);
    this.dynDtree.freq.fill(0, 0, D_CODES);
    this.blTree.freq.fill(0, 0, BL_CODES);
    this.dynLtree.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = 0;
  }

  // ---- bits ----

  private putByte(b: number): void {
    this.out.push(b & 0xff);
  }

  private putShort(w: number): void {
    this.out.push(w & 0xff, (w >>> 8) & 0xff);
  }

  sendBits(value: number, length: number): void {
    if (this.biValid > 16 - length) {
      this.biBuf |= (value << this.biValid) & 0xffff;
      this.putShort(this.biBuf);
      this.biBuf = value >>> (16 - this.biValid);
      this.biValid += length - 16;
    } else {
      this.biBuf |= (value << this.biValid) & 0xffff;
      this.biValid += length;
    }
  }

  private sendCode(c: number, tree: Tree): void {
    this.sendBits(tree.freq[c], tree.dl[c]);
  }

  /** bi_flush: the complete bytes of the bit buffer go out (flush_pending calls it). */
  biFlush(): void {
    if (this.biValid === 16) {
      this.putShort(this.biBuf);
      this.biBuf = 0;
      this.biValid = 0;
    } else if (this.biValid >= 8) {
      this.putByte(this.biBuf);
      this.biBuf >>>= 8;
      this.biValid -= 8;
    }
  }

  /** bi_windup: out to a byte boundary. */
  biWindup(): void {
    if (this.biValid > 8) this.putShort(this.biBuf);
    else if (this.biValid > 0) this.putByte(this.biBuf);
    this.biBuf = 0;
    this.biValid = 0;
  }

  // ---- symbols ----

  /** _tr_tally for a literal: whether the block is full. */
  tallyLit(c: number): boolean {
    this.symBuf[this.symNext++] = 0;
    this.symBuf[this.symNext++] = 0;
    this.symBuf[this.symNext++] = c;
    this.dynLtree.freq[c]++;
    return this.symNext === this.symEnd;
  }

  /** _tr_tally for a match (distance, length - MIN_MATCH): whether the block is full. */
  tallyDist(dist: number, lc: number): boolean {
    this.symBuf[this.symNext++] = dist & 0xff;
    this.symBuf[this.symNext++] = (dist >>> 8) & 0xff;
    this.symBuf[this.symNext++] = lc;
    dist--;
    this.dynLtree.freq[lengthCode[lc] + LITERALS + 1]++;
    this.dynDtree.freq[dCode(dist)]++;
    return this.symNext === this.symEnd;
  }

  // ---- trees ----

  private smaller(tree: Tree, n: number, m: number): boolean {
    const fn = tree.freq[n];
    const fm = tree.freq[m];
    return fn < fm || (fn === fm && this.depth[n] <= this.depth[m]);
  }

  private pqdownheap(tree: Tree, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(tree, heap[j + 1], heap[j])) j++;
      if (this.smaller(tree, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  private genBitlen(tree: Tree, maxCode: number, desc: StaticDesc): void {
    const stree = desc.tree;
    const extra = desc.extra;
    const base = desc.base;
    const maxLength = desc.maxLength;
    const heap = this.heap;
    const blCount = this.blCount;
    let overflow = 0;
    blCount.fill(0);
    tree.dl[heap[this.heapMax]] = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = tree.dl[tree.dl[n]] + 1;
      if (bits > maxLength) (bits = maxLength), overflow++;
      tree.dl[n] = bits;
      if (n > maxCode) continue;
      blCount[bits]++;
      let xbits = 0;
      if (n >= base) xbits = extra[n - base];
      const f = tree.freq[n];
      this.optLen += f * (bits + xbits);
      if (stree !== null) this.staticLen += f * (stree.dl[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = maxLength - 1;
      while (blCount[bits] === 0) bits--;
      blCount[bits]--;
      blCount[bits + 1] += 2;
      blCount[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (tree.dl[m] !== bits) {
          this.optLen += (bits - tree.dl[m]) * tree.freq[m];
          tree.dl[m] = bits;
        }
        n--;
      }
    }
  }

  /** build_tree: the tree's lengths and codes; returns max_code. */
  private buildTree(tree: Tree, desc: StaticDesc): number {
    const stree = desc.tree;
    const elems = desc.elems;
    const heap = this.heap;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (tree.freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        this.depth[n] = 0;
      } else tree.dl[n] = 0;
    }
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      tree.freq[node] = 1;
      this.depth[node] = 0;
      this.optLen--;
      if (stree !== null) this.staticLen -= stree.dl[node];
    }
    for (let n = this.heapLen >> 1; n >= 1; n--) this.pqdownheap(tree, n);
    let node = elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.pqdownheap(tree, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      tree.freq[node] = tree.freq[n] + tree.freq[m];
      this.depth[node] = (this.depth[n] >= this.depth[m] ? this.depth[n] : this.depth[m]) + 1;
      tree.dl[n] = tree.dl[m] = node;
      heap[1] = node++;
      this.pqdownheap(tree, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(tree, maxCode, desc);
    genCodes(tree, maxCode, this.blCount);
    return maxCode;
  }

  private scanTree(tree: Tree, maxCode: number): void {
    let prevlen = -1;
    let nextlen = tree.dl[0];
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) (maxCount = 138), (minCount = 3);
    tree.dl[maxCode + 1] = 0xffff;
    const bl = this.blTree.freq;
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = tree.dl[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) bl[curlen] += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) bl[curlen]++;
        bl[REP_3_6]++;
      } else if (count <= 10) bl[REPZ_3_10]++;
      else bl[REPZ_11_138]++;
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) (maxCount = 138), (minCount = 3);
      else if (curlen === nextlen) (maxCount = 6), (minCount = 3);
      else (maxCount = 7), (minCount = 4);
    }
  }

  private sendTree(tree: Tree, maxCode: number): void {
    let prevlen = -1;
    let nextlen = tree.dl[0];
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) (maxCount = 138), (minCount = 3);
    const bl = this.blTree;
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = tree.dl[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) {
        do this.sendCode(curlen, bl);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendCode(curlen, bl);
          count--;
        }
        this.sendCode(REP_3_6, bl);
        this.sendBits(count - 3, 2);
      } else if (count <= 10) {
        this.sendCode(REPZ_3_10, bl);
        this.sendBits(count - 3, 3);
      } else {
        this.sendCode(REPZ_11_138, bl);
        this.sendBits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) (maxCount = 138), (minCount = 3);
      else if (curlen === nextlen) (maxCount = 6), (minCount = 3);
      else (maxCount = 7), (minCount = 4);
    }
  }

  private buildBlTree(): number {
    this.scanTree(this.dynLtree, this.lMax);
    this.scanTree(this.dynDtree, this.dMax);
    this.buildTree(this.blTree, BL_DESC);
    let maxBlindex: number;
    for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
      if (this.blTree.dl[BL_ORDER[maxBlindex]] !== 0) break;
    }
    this.optLen += 3 * (maxBlindex + 1) + 5 + 5 + 4;
    return maxBlindex;
  }

  private sendAllTrees(lcodes: number, dcodes: number, blcodes: number): void {
    this.sendBits(lcodes - 257, 5);
    this.sendBits(dcodes - 1, 5);
    this.sendBits(blcodes - 4, 4);
    for (let rank = 0; rank < blcodes; rank++) this.sendBits(this.blTree.dl[BL_ORDER[rank]], 3);
    this.sendTree(this.dynLtree, lcodes - 1);
    this.sendTree(this.dynDtree, dcodes - 1);
  }

  private compressBlock(ltree: Tree, dtree: Tree): void {
    const buf = this.symBuf;
    let sx = 0;
    if (this.symNext !== 0) {
      do {
        let dist = buf[sx++];
        dist += buf[sx++] << 8;
        let lc = buf[sx++];
        if (dist === 0) this.sendCode(lc, ltree);
        else {
          let code = lengthCode[lc];
          this.sendCode(code + LITERALS + 1, ltree);
          let extra = EXTRA_LBITS[code];
          if (extra !== 0) {
            lc -= baseLength[code];
            this.sendBits(lc, extra);
          }
          dist--;
          code = dCode(dist);
          this.sendCode(code, dtree);
          extra = EXTRA_DBITS[code];
          if (extra !== 0) {
            dist -= baseDist[code];
            this.sendBits(dist, extra);
          }
        }
      } while (sx < this.symNext);
    }
    this.sendCode(END_BLOCK, ltree);
  }

  /** _tr_stored_block: a stored block of `data` (bytes of the window). */
  storedBlock(window: Uint8Array, start: number, storedLen: number, last: boolean): void {
    this.sendBits((STORED_BLOCK << 1) + (last ? 1 : 0), 3);
    this.biWindup();
    this.putShort(storedLen);
    this.putShort(~storedLen & 0xffff);
    for (let i = 0; i < storedLen; i++) this.out.push(window[start + i]);
  }

  /** _tr_flush_block: the block of the symbols gathered (its text is window[start, start+storedLen), start < 0: gone). */
  flushBlock(window: Uint8Array, start: number, storedLen: number, last: boolean, level: number, fixed = false): void {
    let optLenb: number;
    let staticLenb: number;
    let maxBlindex = 0;
    if (level > 0) {
      this.lMax = this.buildTree(this.dynLtree, L_DESC);
      this.dMax = this.buildTree(this.dynDtree, D_DESC);
      maxBlindex = this.buildBlTree();
      optLenb = (this.optLen + 3 + 7) >>> 3;
      staticLenb = (this.staticLen + 3 + 7) >>> 3;
      // Z_FIXED always takes the static trees (unless a stored block is smaller).
      if (staticLenb <= optLenb || fixed) optLenb = staticLenb;
    } else {
      optLenb = staticLenb = storedLen + 5;
    }
    if (storedLen + 4 <= optLenb && start >= 0) {
      this.storedBlock(window, start, storedLen, last);
    } else if (staticLenb === optLenb) {
      this.sendBits((STATIC_TREES << 1) + (last ? 1 : 0), 3);
      this.compressBlock(staticLtree, staticDtree);
    } else {
      this.sendBits((DYN_TREES << 1) + (last ? 1 : 0), 3);
      this.sendAllTrees(this.lMax + 1, this.dMax + 1, maxBlindex + 1);
      this.compressBlock(this.dynLtree, this.dynDtree);
    }
    this.initBlock();
    if (last) this.biWindup();
  }

  /** _tr_align: an empty static block (Z_PARTIAL_FLUSH). */
  align(): void {
    this.sendBits(STATIC_TREES << 1, 3);
    this.sendCode(END_BLOCK, staticLtree);
    this.biFlush();
  }
}
