// JSON wire codec for the browser host: typed arrays survive the trip as tagged base64.

/** Tag objects: { $f64: base64 } for Float64Array, { $i32: base64 } for Int32Array. */
type Tagged = { $f64: string } | { $i32: string };

/** Node's Buffer when this runs in Node (the browser host): its base64 is ~25× faster than btoa over chunks. */
const NodeBuffer = (
  globalThis as {
    Buffer?: { from(b: ArrayBufferLike, o: number, n: number): { toString(enc: 'base64'): string } };
  }
).Buffer;

function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** JSON.stringify with typed arrays encoded (used for every browser-host request and reply). */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Float64Array)
      return { $f64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    if (v instanceof Int32Array)
      return { $i32: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    return v;
  });
}

/** JSON.parse restoring typed arrays; non-finite numbers never appear (JSON has none). */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const t = v as Partial<Record<'$f64' | '$i32', unknown>>;
      if (typeof t.$f64 === 'string' && Object.keys(v).length === 1) {
        const b = fromBase64(t.$f64);
        return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
      }
      if (typeof t.$i32 === 'string' && Object.keys(v).length === 1) {
        const b = fromBase64(t.$i32);
        return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
      }
    }
    return v;
  });
}

export type { Tagged };

/** Browser-host HTTP protocol (loopback only). */
export const HOST_PROTOCOL = {
  /** POST, body encodeWire({ channel, request }), reply encodeWire(Reply). */
  invokePath: '/api/invoke',
  /** GET, text/event-stream; each event `event: <channel>` + `data: <encodeWire(payload)>`. */
  eventsPath: '/api/events',
  /** Every /api request carries the per-run token in this header (or `token` query for EventSource). */
  tokenHeader: 'x-island-token',
} as const;
