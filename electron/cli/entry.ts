// Entry of the `island` CLI bundle (dist/cli): Node's compile cache where it has one, HiGHS compiled once, then main.
import * as nodeModule from 'node:module';
import { useCompiledHighsWasm } from '../services/highs-wasm';
import { main } from './main';

/** Node ≥ 22.1 caches compiled JavaScript on disk between runs; older Node lacks it and starts without. */
const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
enableCompileCache?.();
useCompiledHighsWasm();

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
