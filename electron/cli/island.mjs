#!/usr/bin/env node
// The `island` command: runs the prebuilt esbuild bundle (dist/cli), rebuilding it first when its sources changed.
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { currentBuild } from './bundle-state.mjs';

let entry = currentBuild();
if (entry === null) {
  process.stderr.write('island: building the CLI bundle (dist/cli)…\n');
  const { buildCliBundle } = await import('./bundle.mjs');
  entry = await buildCliBundle();
}
await import(pathToFileURL(entry).href);
