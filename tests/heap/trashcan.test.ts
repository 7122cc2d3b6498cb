/**
 * The trashcan (Py_TRASHCAN_BEGIN/END, _PyTrash_begin/_end and
 * _PyTrash_thread_destroy_chain in CPython 3.11): past 50 nested container
 * deallocations (_PyTrash_UNWIND_LEVEL), an object is deposited instead of
 * destroyed, and deposited objects are destroyed last in, first out once
 * the outermost dealloc returns. It bounds the JS stack, and it decides the
 * order of __del__ calls in deep structures: RECORDED is the output of
 * oracle/trashcan_order.py under python3 3.11.
 */
import { Heap, TRASHCAN_UNWIND_LEVEL, type Instance, type ListObject, type Value } from '../../src/heap';
import { defineClass, expectHealthy, logDel, makeWorld, named, oracleTest } from './fixtures';

const RECORDED = `n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n41 n42 n43 n44 n45 n46 n47 n48 n49 l48 l47 l46 l45 l44 l43 l42 l41 l40 l39 l38 l37 l36 l35 l34 l33 l32 l31 l30 l29 l28 l27 l26 l25 l24 l23 l22 l21 l20 l19 l18 l17 l16 l15 l14 l13 l12 l11 l10 l9 l8 l7 l6 l5 l4 l3 l2 l1 l0 l49 n50 n51 n52 n53 n54 n55 n56 n57 n58 n59 n60 n61 n62 n63 n64 n65 n66 n67 n68 n69 n70 n71 n72 n73 n74 n75 n76 n77 n78 n79 n80 n81 n82 n83 n84 n85 n86 n87 n88 n89 n90 n91 n92 n93 n94 n95 n96 n97 n98 l97 l96 l95 l94 l93 l92 l91 l90 l89 l88 l87 l86 l85 l84 l83 l82 l81 l80 l79 l78 l77 l76 l75 l74 l73 l72 l71 l70 l69 l68 l67 l66 l65 l64 l63 l62 l61 l60 l59 l58 l57 l56 l55 l54 l53 l52 l51 l50 l98 n99 n100 n101 n102 n103 n104 n105 n106 n107 n108 n109 n110 n111 n112 n113 n114 n115 n116 n117 n118 n119 l119 l118 l117 l116 l115 l114 l113 l112 l111 l110 l109 l108 l107 l106 l105 l104 l103 l102 l101 l100 l99
a48 a47 a46 a45 a44 a43 a42 a41 a40 a39 a38 a37 a36 a35 a34 a33 a32 a31 a30 a29 a28 a27 a26 a25 a24 a23 a22 a21 a20 a19 a18 a17 a16 a15 a14 a13 a12 a11 a10 a9 a8 a7 a6 a5 a4 a3 a2 a1 a0 a49 a97 a96 a95 a94 a93 a92 a91 a90 a89 a88 a87 a86 a85 a84 a83 a82 a81 a80 a79 a78 a77 a76 a75 a74 a73 a72 a71 a70 a69 a68 a67 a66 a65 a64 a63 a62 a61 a60 a59 a58 a57 a56 a55 a54 a53 a52 a51 a50 a98 a119 a118 a117 a116 a115 a114 a113 a112 a111 a110 a109 a108 a107 a106 a105 a104 a103 a102 a101 a100 a99
`;
const [CHAIN_ORDER, LIST_ORDER] = RECORDED.trimEnd().split('\n');
const DEPTH = 120;

test('the unwind level is 50 (_PyTrash_UNWIND_LEVEL)', () => {
  expect(TRASHCAN_UNWIND_LEVEL).toBe(50);
});

test('a 1,000,000-object chain freed from its head does not overflow the JS stack', () => {
  const heap = new Heap({ registry: false });
  let head: Value = null;
  for (let i = 0; i < 1_000_000; i++) {
    const l: ListObject = heap.newList([head]);
    heap.decref(head);
    head = l;
  }
  expect(heap.liveCount).toBe(1_000_000);
  heap.decref(head);
  expect(heap.liveCount).toBe(0);
});

test('__del__ order in a chain deeper than 50 (nodes holding the next node, then a leaf) matches CPython', () => {
  const w = makeWorld();
  const { heap, log } = w;
  const N = defineClass(heap, 'N', { __del__: logDel(w, '') });
  let head: Instance | null = null;
  for (let i = DEPTH - 1; i >= 0; i--) {
    const n = named(heap, N, `n${i}`);
    n.setAttr(heap, 'nxt', head);
    heap.decref(head);
    const leaf = named(heap, N, `l${i}`);
    n.setAttr(heap, 'leaf', leaf);
    heap.decref(leaf);
    head = n;
  }
  heap.decref(head);
  expect(log.join(' ')).toBe(CHAIN_ORDER);
  expectHealthy(heap);
});

test('__del__ order in a chain of nested lists deeper than 50 matches CPython', () => {
  const w = makeWorld();
  const { heap, log } = w;
  const N = defineClass(heap, 'N', { __del__: logDel(w, '') });
  let cell: Value = null;
  for (let i = DEPTH - 1; i >= 0; i--) {
    const item = named(heap, N, `a${i}`);
    const next: ListObject = heap.newList([item, cell]);
    heap.decref(item);
    heap.decref(cell);
    cell = next;
  }
  heap.decref(cell);
  expect(log.join(' ')).toBe(LIST_ORDER);
  expectHealthy(heap);
});

test('a chain shorter than the unwind level is destroyed depth first, without deposits', () => {
  const w = makeWorld();
  const { heap, log } = w;
  const N = defineClass(heap, 'N', { __del__: logDel(w, '') });
  let head: Instance | null = null;
  for (let i = 9; i >= 0; i--) {
    const n = named(heap, N, `n${i}`);
    n.setAttr(heap, 'nxt', head);
    heap.decref(head);
    const leaf = named(heap, N, `l${i}`);
    n.setAttr(heap, 'leaf', leaf);
    heap.decref(leaf);
    head = n;
  }
  heap.decref(head);
  const nodes = Array.from({ length: 10 }, (_, i) => `n${i}`);
  const leaves = Array.from({ length: 10 }, (_, i) => `l${9 - i}`);
  expect(log).toEqual([...nodes, ...leaves]);
});

oracleTest('heap', 'trashcan_order.py', RECORDED);
