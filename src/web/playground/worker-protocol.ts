/** Messages between the playground page and its scenario worker. */
import type { TraceRecord } from '../../viz/trace-adapter';

export interface RunRequest {
  kind: 'run';
  source: string;
  filename: string;
  maxSteps: number;
}

export type WorkerMessage =
  /** Output as the scenario writes it (gathered between checkpoints). */
  | { kind: 'output'; stream: 'out' | 'err'; text: string }
  /** The run ended: its exit status and its trace. */
  | { kind: 'done'; exitCode: number; trace: TraceRecord[]; truncated: boolean }
  /** gclab itself failed (a bug, or the browser's stack ran out). */
  | { kind: 'crash'; message: string };
