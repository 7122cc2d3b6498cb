/**
 * The entry of a `gclab viz` page: the run (scenario text and trace records)
 * is in the page's `gclab-run` data block; build the model and show it.
 */
import { readData, el } from '../dom';
import { Viewer } from './viewer-app';
import { modelFromTrace, type TraceRecord } from '../../viz/trace-adapter';

/** The data block `gclab viz` writes (src/cli/viz-command.ts). */
export interface RunData {
  filename: string;
  source: string;
  trace: TraceRecord[];
}

function start(): void {
  const root = document.getElementById('gclab-viewer')!;
  try {
    const run = readData<RunData>('gclab-run');
    const model = modelFromTrace(run.trace, { filename: run.filename, source: run.source });
    (window as unknown as { gclabViewer: Viewer }).gclabViewer = new Viewer(root, model);
    // How long the page took to show the run (read by the tests; docs/viewer.md quotes it).
    document.body.dataset.loadMs = String(Math.round(performance.now()));
  } catch (e) {
    root.replaceChildren(el('pre', { class: 'gv-warning' }, `gclab viewer: ${(e as Error).message}`));
    throw e;
  }
}

start();
