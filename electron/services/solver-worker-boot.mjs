// Development entry of a solver worker: registers the TypeScript loader (tsx), then runs solver-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./solver-worker.ts');
