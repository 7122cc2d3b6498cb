/**
 * The object graph as SVG: roots (frames and their variables) on the left,
 * one lane per generation, one row per object (layout.ts keeps rows stable),
 * a refcount badge on every object, a gc_refs badge during a collection,
 * and arrows for references. Dead objects stay in their row as ghosts with
 * the cause of their death.
 */
import { svg } from '../dom';
import { LANES, laneOf } from '../../viz/layout';
import type { ViewState } from '../../viz/view-state';
import type { ObjectId, RootInfo, ViewerModel } from '../../viz/viewer-model';

const ROW_H = 36;
const TOP = 34;
const ROOTS_W = 170;
const LANE_W = 230;
const BOX_W = 196;
const BOX_H = 30;

interface Point {
  x: number;
  y: number;
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** What the graph draws at one step. */
export interface GraphInput {
  model: ViewerModel;
  state: ViewState;
  rows: Map<ObjectId, number>;
  /** Lanes to draw (indexes into LANES). */
  lanes: number[];
  showGhosts: boolean;
  focus: ReadonlySet<ObjectId>;
}

/** Draw the graph into a fresh <svg>; returns it and the focused object's element. */
export function drawGraph(input: GraphInput): { root: SVGSVGElement; focused: SVGElement | null } {
  const { model, state, rows, lanes } = input;
  const laneX = (lane: number) => ROOTS_W + 20 + lanes.indexOf(lane) * LANE_W;
  const shownIds: ObjectId[] = [];
  let maxRow = -1;
  for (const [id, row] of rows) {
    const isLive = state.live.has(id);
    if (!isLive && !(input.showGhosts && state.dead.has(id))) continue;
    shownIds.push(id);
    if (row > maxRow) maxRow = row;
  }
  const boxes = new Map<ObjectId, Point>();
  for (const id of shownIds) {
    const info = model.objects.get(id)!;
    const lane = laneOf(info, state.generation.get(id));
    boxes.set(id, { x: laneX(lanes.includes(lane) ? lane : lanes[0]), y: TOP + rows.get(id)! * ROW_H });
  }
  const edgeLayer = svg('g', { class: 'gv-edges' });
  const rootLayer = svg('g', { class: 'gv-roots' });
  const objLayer = svg('g', { class: 'gv-objects' });
  const rootRows = drawRoots(state, rootLayer, boxes, edgeLayer);
  let focused: SVGElement | null = null;
  for (const id of shownIds) {
    const g = drawObject(input, id, boxes.get(id)!);
    if (input.focus.has(id) && focused === null) focused = g;
    objLayer.appendChild(g);
  }
  drawObjectEdges(model, state, boxes, edgeLayer);
  const height = TOP + Math.max(maxRow + 1, rootRows) * ROW_H + 20;
  const width = ROOTS_W + 20 + lanes.length * LANE_W + 40;
  const root = svg('svg', { class: 'gv-svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'object graph' });
  root.appendChild(arrowMarker());
  root.appendChild(drawLanes(lanes, laneX, height, input.state));
  root.append(edgeLayer, rootLayer, objLayer);
  return { root, focused };
}

function arrowMarker(): SVGDefsElement {
  const path = svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'gv-arrowhead' });
  const marker = svg('marker', { id: 'gv-arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, path);
  return svg('defs', {}, marker);
}

function drawLanes(lanes: number[], laneX: (l: number) => number, height: number, state: ViewState): SVGGElement {
  const g = svg('g', { class: 'gv-lanes' });
  g.appendChild(svg('text', { x: 8, y: 20, class: 'gv-lane-title' }, 'roots (frames)'));
  for (const lane of lanes) {
    const x = laneX(lane) - 10;
    const collecting = state.collection !== null && lane <= state.collection.generation && lane < 3;
    g.appendChild(svg('rect', { x, y: 0, width: LANE_W - 12, height, class: `gv-lane${collecting ? ' gv-lane-collecting' : ''}`, 'data-lane': LANES[lane] }));
    g.appendChild(svg('text', { x: x + 10, y: 20, class: 'gv-lane-title' }, LANES[lane]));
  }
  return g;
}

/** The roots shown: modules' globals, then the frames that have names, innermost last. */
function shownRoots(state: ViewState): RootInfo[] {
  return state.roots.filter((r) => r.key.startsWith('module:') || (state.bindings.get(r.key)?.size ?? 0) > 0);
}

/** The roots and their names; returns the rows they take. */
function drawRoots(state: ViewState, layer: SVGGElement, boxes: Map<ObjectId, Point>, edges: SVGGElement): number {
  let row = 0;
  for (const root of shownRoots(state)) {
    const y = TOP + row * ROW_H;
    const g = svg('g', { class: 'gv-root', 'data-root': root.key });
    g.appendChild(svg('rect', { x: 4, y, width: ROOTS_W - 8, height: BOX_H, rx: 4, class: 'gv-frame' }));
    g.appendChild(svg('text', { x: 12, y: y + 19, class: 'gv-frame-name' }, truncate(root.key.startsWith('frame:') ? `frame ${root.name}` : root.name, 22)));
    layer.appendChild(g);
    row++;
    for (const [name, binding] of state.bindings.get(root.key) ?? []) {
      const vy = TOP + row * ROW_H;
      // A name that holds an immediate value, or an object not shown (a start-up object, a filtered type), says what it holds.
      const shownTarget = binding.to !== null && boxes.has(binding.to);
      const held = binding.to !== null ? (state.labels.get(binding.to) ?? `#${binding.to}`) : (binding.value ?? '');
      const text = shownTarget ? name : `${name} = ${held}`;
      const v = svg('g', { class: 'gv-var', 'data-name': name, 'data-target': binding.to ?? undefined });
      v.appendChild(svg('title', {}, binding.to !== null ? `${name} -> #${binding.to}` : text));
      v.appendChild(svg('text', { x: 20, y: vy + 19 }, truncate(text, 21)));
      layer.appendChild(v);
      const to = binding.to !== null ? boxes.get(binding.to) : undefined;
      if (to !== undefined) edges.appendChild(edgePath({ x: ROOTS_W - 4, y: vy + BOX_H / 2 }, { x: to.x, y: to.y + BOX_H / 2 }, `${name} -> #${binding.to}`, 'gv-edge gv-root-edge'));
      row++;
    }
  }
  return row;
}

function drawObject(input: GraphInput, id: ObjectId, at: Point): SVGGElement {
  const { model, state } = input;
  const info = model.objects.get(id)!;
  const ghost = !state.live.has(id);
  // gc_refs only while a collection runs; the marks stay until the next one (the table keeps both).
  const col = state.collection ?? state.lastCollection;
  const gcRefs = state.collection?.gcRefs.get(id);
  const mark = col?.marks.get(id);
  const rc = state.refcount.get(id) ?? 0;
  const cls = ['gv-obj', ghost ? 'gv-ghost' : '', input.focus.has(id) ? 'gv-focus' : '', mark !== undefined ? `gv-mark-${mark}` : '', info.startup ? 'gv-startup' : '']
    .filter((c) => c !== '')
    .join(' ');
  const g = svg('g', {
    class: cls,
    'data-id': id,
    'data-type': info.type,
    'data-refcount': rc,
    'data-gc-refs': gcRefs,
    'data-mark': mark,
    'data-ghost': ghost ? 'true' : undefined,
    'data-lane': LANES[laneOf(info, state.generation.get(id))],
    'data-cause': ghost ? (info.cause ?? undefined) : undefined,
    transform: `translate(${at.x},${at.y})`,
  });
  const sub = ghost ? `† ${info.shortCause ?? 'dead'}` : `${info.type} #${id}`;
  const label = state.labels.get(id) ?? `${info.type} #${id}`;
  g.appendChild(svg('title', {}, `${label} (${info.type} #${id})${ghost ? `\ndied: ${info.cause ?? '?'}` : ''}`));
  g.appendChild(svg('rect', { width: BOX_W, height: BOX_H, rx: 5, class: 'gv-box' }));
  g.appendChild(svg('text', { x: 7, y: 13, class: 'gv-label' }, truncate(label, 26)));
  g.appendChild(svg('text', { x: 7, y: 25, class: 'gv-sub' }, truncate(sub, 34)));
  // The refcount badge; during a collection the gc_refs badge beside it.
  g.appendChild(svg('circle', { cx: BOX_W - 2, cy: 0, r: 10, class: 'gv-rc-badge' }));
  g.appendChild(svg('text', { x: BOX_W - 2, y: 4, class: 'gv-rc', 'text-anchor': 'middle' }, String(rc)));
  if (gcRefs !== undefined) {
    g.appendChild(svg('rect', { x: BOX_W - 64, y: -9, width: 48, height: 16, rx: 8, class: 'gv-gcrefs-badge' }));
    g.appendChild(svg('text', { x: BOX_W - 40, y: 3, class: 'gv-gcrefs', 'text-anchor': 'middle' }, `gc ${gcRefs}`));
  }
  return g;
}

function drawObjectEdges(model: ViewerModel, state: ViewState, boxes: Map<ObjectId, Point>, layer: SVGGElement): void {
  for (const [fromId, targets] of state.edges) {
    const from = boxes.get(fromId);
    if (from === undefined) continue;
    const seen = new Set<ObjectId>();
    for (const target of targets) {
      const to = boxes.get(target);
      if (to === undefined || seen.has(target)) continue;
      seen.add(target);
      const start = { x: from.x + BOX_W, y: from.y + BOX_H / 2 };
      const end = to.x > from.x ? { x: to.x, y: to.y + BOX_H / 2 } : { x: to.x + BOX_W, y: to.y + BOX_H / 2 + 4 };
      // An instance's reference to its class is drawn faint: every instance has one.
      const toType = model.objects.get(target)?.type === 'type';
      layer.appendChild(edgePath(start, end, `#${fromId} -> #${target}`, toType ? 'gv-edge gv-type-edge' : 'gv-edge', to.x <= from.x));
    }
  }
}

/** A curved arrow; `loop` bends out to the right (a reference to an object in the same or an earlier lane). */
function edgePath(a: Point, b: Point, title: string, cls: string, loop = false): SVGPathElement {
  const bend = loop ? 28 + Math.min(Math.abs(b.y - a.y) / 4, 60) : Math.max(30, (b.x - a.x) / 2);
  const d = loop
    ? `M${a.x},${a.y} C${a.x + bend},${a.y} ${b.x + bend},${b.y} ${b.x},${b.y}`
    : `M${a.x},${a.y} C${a.x + bend},${a.y} ${b.x - bend},${b.y} ${b.x},${b.y}`;
  const p = svg('path', { d, class: cls, 'marker-end': 'url(#gv-arrow)' });
  p.appendChild(svg('title', {}, title));
  return p;
}
