// Entry of a PDF worker thread: the server's modules are TypeScript, so the worker registers tsx's loader
// itself (it is started without the parent's --import flags) and then loads the worker module.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.io.ts');
