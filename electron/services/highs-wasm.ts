// Compiles highs.wasm once per process and hands the module to every HiGHS session it starts (CLI, workers).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setHighsWasmSource } from '../../solver/backends/highs-wasm-source';

/** The part of the WebAssembly global used here (electron/ is typed without the DOM or WebAssembly libs). */
interface WasmCompiler {
  compile(bytes: Uint8Array): Promise<object>;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmCompiler }).WebAssembly;

let compiled: Promise<object> | null = null;

/** highs.wasm beside this bundle (dist/cli, out/), else the one in node_modules/highs. */
export function highsWasmPath(): string {
  const beside = fileURLToPath(new URL('./highs.wasm', import.meta.url));
  return existsSync(beside) ? beside : createRequire(import.meta.url).resolve('highs/runtime');
}

/** The compiled highs.wasm; the first call reads and compiles it, later calls share that module. */
export function compiledHighsWasm(): Promise<object> {
  compiled ??= readFile(highsWasmPath()).then((bytes) => wasm.compile(bytes));
  return compiled;
}

/** Makes every HighsSession created in this process instantiate the one compiled module (compiled on first use). */
export function useCompiledHighsWasm(): void {
  setHighsWasmSource(compiledHighsWasm);
}
