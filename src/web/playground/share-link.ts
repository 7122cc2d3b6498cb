/**
 * A scenario in the page's address: `#code=` and the source, UTF-8,
 * compressed with deflate-raw (the browser's CompressionStream) and written
 * in base64url. Nothing is sent anywhere: the fragment never leaves the
 * browser. Other parameters in the fragment (`step=N`) are kept.
 */

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** The fragment parameter that carries `source`. */
export async function encodeSource(source: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(source), new CompressionStream('deflate-raw'));
  return `code=${toBase64Url(packed)}`;
}

/** The source a fragment carries, or null when it carries none; throws on a damaged one. */
export async function decodeSource(hash: string): Promise<string | null> {
  const m = /(?:^#|&)code=([A-Za-z0-9_-]*)(?:&|$)/.exec(hash);
  if (m === null) return null;
  const bytes = await pipe(fromBase64Url(m[1]), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `hash` with its code parameter replaced by `param` and its step dropped (a new scenario starts at step 0). */
export function hashWithCode(hash: string, param: string): string {
  const rest = hash.replace(/^#/, '').split('&').filter((kv) => kv !== '' && !kv.startsWith('code=') && !kv.startsWith('step='));
  return `#${[param, ...rest].join('&')}`;
}
