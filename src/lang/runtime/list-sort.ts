/**
 * list.sort's algorithm, Objects/listobject.c `list_sort_impl` of 3.11:
 * timsort with powersort's merge order. Which pairs are compared, and in
 * which order, is what a program sees when `__lt__` prints or counts, so
 * this follows the C code step for step: count_run (a strictly descending
 * run is reversed), binarysort up to minrun, found_new_run/powerloop to
 * decide merges, merge_at trimming with gallop_right/gallop_left, then
 * merge_lo or merge_hi with min_gallop adapting, and merge_force_collapse.
 *
 * `a` holds indices into the caller's keys; `lt(x, y)` compares keys[x] <
 * keys[y] (and may throw: the array is then still a permutation, as
 * CPython leaves the list).
 */
const MIN_GALLOP = 7;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  constructor(
    readonly a: number[],
    readonly lt: (x: number, y: number) => boolean,
  ) {}
}

/** Sort `a` in place by `lt`, as list.sort does. */
export function timsort(a: number[], lt: (x: number, y: number) => boolean): void {
  const n = a.length;
  if (n < 2) return;
  const ms = new MergeState(a, lt);
  const minrun = computeMinrun(n);
  let lo = 0;
  let remaining = n;
  do {
    const [runLen, descending] = countRun(ms, lo, lo + remaining);
    if (descending) reverse(a, lo, lo + runLen);
    let len = runLen;
    if (len < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(ms, lo, lo + force, lo + len);
      len = force;
    }
    foundNewRun(ms, lo, len, n);
    ms.pending.push({ base: lo, len, power: 0 });
    lo += len;
    remaining -= len;
  } while (remaining > 0);
  mergeForceCollapse(ms);
}

/** merge_compute_minrun. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function reverse(a: number[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** count_run: the length of the run at lo, and whether it is strictly descending. */
function countRun(ms: MergeState, lo: number, hi: number): [number, boolean] {
  const { a, lt } = ms;
  if (lo + 1 === hi) return [1, false];
  let n = 2;
  let i = lo + 1;
  if (lt(a[i], a[i - 1])) {
    for (i++; i < hi; i++, n++) if (!lt(a[i], a[i - 1])) break;
    return [n, true];
  }
  for (i++; i < hi; i++, n++) if (lt(a[i], a[i - 1])) break;
  return [n, false];
}

/** binarysort: a[lo:start] is sorted; insert a[start:hi] one by one. */
function binarySort(ms: MergeState, lo: number, hi: number, start: number): void {
  const { a, lt } = ms;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = a[r];
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) a[p] = a[p - 1];
    a[l] = pivot;
  }
}

/** powerloop: the power of the boundary between runs (s1, n1) and (s1+n1, n2) in a list of n. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run: merge pending runs whose power exceeds the new boundary's. */
function foundNewRun(ms: MergeState, start: number, n2: number, listLen: number): void {
  const p = ms.pending;
  if (p.length === 0) return;
  const top = p[p.length - 1];
  const power = powerloop(top.base, top.len, n2, listLen);
  while (p.length > 1 && p[p.length - 2].power > power) mergeAt(ms, p.length - 2);
  p[p.length - 1].power = power;
  void start;
}

function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
    mergeAt(ms, n);
  }
}

/** merge_at: merge runs i and i+1 of the stack. */
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let pa = p[i].base;
  let na = p[i].len;
  const pb = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  p.splice(i + 1, 1);
  const a = ms.a;
  // Where does b start in a? Elements of a before that are in place.
  const k = gallopRight(ms, a[pb], pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // Where does a end in b? Elements of b after that are in place.
  nb = gallopLeft(ms, a[pa + na - 1], pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** gallop_left: the leftmost index k in a[base:base+n] with key <= a[base+k]. */
function gallopLeft(ms: MergeState, key: number, base: number, n: number, hint: number): number {
  const { a, lt } = ms;
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[base + hint], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: the rightmost index k in a[base:base+n] with a[base+k-1] <= key. */
function gallopRight(ms: MergeState, key: number, base: number, n: number, hint: number): number {
  const { a, lt } = ms;
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[base + hint])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** merge_lo: na <= nb; a's run is copied out and merged from the left. */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const { a, lt } = ms;
  const tmp = a.slice(pa, pa + na);
  let ta = 0; // next of the copied a run
  let dest = pa;
  let b = pb;
  const finish = (): void => {
    // Fail/Succeed: what remains of the a run goes to dest.
    for (let i = 0; i < na; i++) a[dest + i] = tmp[ta + i];
  };
  const copyB = (): void => {
    // The last element of a belongs at the end of the merge.
    for (let i = 0; i < nb; i++) a[dest + i] = a[b + i];
    a[dest + nb] = tmp[ta];
  };
  try {
    a[dest++] = a[b++];
    --nb;
    if (nb === 0) return finish();
    if (na === 1) return copyB();
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      let gallop = false;
      while (!gallop) {
        if (lt(a[b], tmp[ta])) {
          a[dest++] = a[b++];
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 0) return finish();
          if (bcount >= minGallop) gallop = true;
        } else {
          a[dest++] = tmp[ta++];
          ++acount;
          bcount = 0;
          --na;
          if (na === 1) return copyB();
          if (acount >= minGallop) gallop = true;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRightIn(ms, a[b], tmp, ta, na);
        acount = k;
        if (k) {
          for (let i = 0; i < k; i++) a[dest + i] = tmp[ta + i];
          dest += k;
          ta += k;
          na -= k;
          if (na === 1) return copyB();
          if (na === 0) return finish();
        }
        a[dest++] = a[b++];
        --nb;
        if (nb === 0) return finish();
        k = gallopLeft(ms, tmp[ta], b, nb, 0);
        bcount = k;
        if (k) {
          for (let i = 0; i < k; i++) a[dest + i] = a[b + i];
          dest += k;
          b += k;
          nb -= k;
          if (nb === 0) return finish();
        }
        a[dest++] = tmp[ta++];
        --na;
        if (na === 1) return copyB();
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  } catch (e) {
    finish();
    throw e;
  }
}

/** merge_hi: na >= nb; b's run is copied out and merged from the right. */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const { a, lt } = ms;
  const tmp = a.slice(pb, pb + nb);
  let dest = pb + nb - 1;
  let ia = pa + na - 1; // last of the a run (in place)
  let tb = nb - 1; // last of the copied b run
  const finish = (): void => {
    // Fail/Succeed: what remains of the b run goes before dest.
    for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = tmp[i];
  };
  const copyA = (): void => {
    // The first element of b belongs at the front of the merge.
    for (let i = 0; i < na; i++) a[dest - i] = a[ia - i];
    a[dest - na] = tmp[tb];
  };
  try {
    a[dest--] = a[ia--];
    --na;
    if (na === 0) return finish();
    if (nb === 1) return copyA();
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      let gallop = false;
      while (!gallop) {
        if (lt(tmp[tb], a[ia])) {
          a[dest--] = a[ia--];
          ++acount;
          bcount = 0;
          --na;
          if (na === 0) return finish();
          if (acount >= minGallop) gallop = true;
        } else {
          a[dest--] = tmp[tb--];
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 1) return copyA();
          if (bcount >= minGallop) gallop = true;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(ms, tmp[tb], pa, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          ia -= k;
          for (let i = k; i >= 1; i--) a[dest + i] = a[ia + i];
          na -= k;
          if (na === 0) return finish();
        }
        a[dest--] = tmp[tb--];
        --nb;
        if (nb === 1) return copyA();
        k = gallopLeftIn(ms, a[ia], tmp, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          tb -= k;
          for (let i = 1; i <= k; i++) a[dest + i] = tmp[tb + i];
          nb -= k;
          if (nb === 1) return copyA();
          if (nb === 0) return finish();
        }
        a[dest--] = a[ia--];
        --na;
        if (na === 0) return finish();
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  } catch (e) {
    finish();
    throw e;
  }
}

/** gallop_right over a separate array (merge_lo's copy of the a run), hint 0. */
function gallopRightIn(ms: MergeState, key: number, arr: number[], base: number, n: number): number {
  const view = new MergeState(arr, ms.lt);
  return gallopRight(view, key, base, n, 0);
}

/** gallop_left over a separate array (merge_hi's copy of the b run). */
function gallopLeftIn(ms: MergeState, key: number, arr: number[], base: number, n: number, hint: number): number {
  const view = new MergeState(arr, ms.lt);
  return gallopLeft(view, key, base, n, hint);
}
