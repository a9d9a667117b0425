// Where new HiGHS sessions get a compiled highs.wasm: set by a host that compiles it once per process.

let source: (() => Promise<object>) | null = null;

/**
 * Makes every later HighsSession.create without `wasmModule`/`wasmBinary` instantiate the module `next` resolves
 * to (a WebAssembly.Module; the host memoises it); `null` restores compiling per instance. Kept apart from
 * highs.ts so a host can set it without loading the HiGHS runtime.
 */
export function setHighsWasmSource(next: (() => Promise<object>) | null): void {
  source = next;
}

/** The source set by {@link setHighsWasmSource}, if any. */
export function highsWasmSource(): (() => Promise<object>) | null {
  return source;
}
