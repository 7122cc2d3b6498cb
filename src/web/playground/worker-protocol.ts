/** Messages between the playground page and its scenario worker. */

export interface RunRequest {
  kind: 'run';
  source: string;
  filename: string;
  maxSteps: number;
  /** gclab's version, for the trace's header. */
  gclabVersion: string;
}

export type WorkerMessage =
  /** Output as the scenario writes it (gathered between checkpoints). */
  | { kind: 'output'; stream: 'out' | 'err'; text: string }
  /** The run ended: its exit status and its trace (format v1 JSON Lines, level all). */
  | { kind: 'done'; exitCode: number; trace: string; truncated: boolean }
  /** gclab itself failed (a bug, or the browser's stack ran out). */
  | { kind: 'crash'; message: string };
