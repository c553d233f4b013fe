import { Worker } from 'node:worker_threads';
import type { DocumentKind, DocumentRenderer, DocumentViews } from './document-renderer';
import type { RenderReply, RenderRequest } from './pdf-worker.io';

const ENTRY = new URL('./pdf-worker-entry.mjs', import.meta.url);

interface Job {
  request: RenderRequest;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface WorkerRendererOptions {
  /** How many threads draw PDFs at once (each holds its own V8 heap, pdfmake and fonts: ≈ 120 MB RSS measured). */
  threads: number;
  /** Called with the worker's thread id after each render (tests check that it is not the server's thread). */
  onRendered?: (threadId: number) => void;
}

/**
 * Renders PDFs in worker threads, so that a receipt at one counter or a 2,000-row register does not stall every
 * other request: pdfmake lays a document out synchronously (BENCHMARKS.md, documents suite). Threads start on
 * the first render; jobs wait in order for a free thread. A thread that dies fails its job and is replaced on
 * the next one.
 */
export function createWorkerRenderer(options: WorkerRendererOptions): DocumentRenderer {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(ENTRY, { execArgv: [], stdout: false, stderr: false });
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: RenderReply) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.request.id === reply.id) {
        if (reply.ok) {
          options.onRendered?.(reply.threadId);
          job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
        } else {
          job.reject(new Error(`PDF rendering failed: ${reply.message}`));
        }
      }
      dispatch();
    });
    const retire = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = null;
      if (!closed) dispatch();
    };
    worker.on('error', (error: Error) => retire(error));
    worker.on('exit', (code) => retire(new Error(`PDF worker stopped (exit code ${code})`)));
    // An idle worker must not keep the process (or a test run) alive.
    worker.unref();
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < options.threads ? spawn() : undefined);
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
    for (const slot of slots) if (slot.job === null) slot.worker.unref();
  }

  return {
    render<K extends DocumentKind>(kind: K, view: DocumentViews[K]): Promise<Buffer> {
      if (closed) return Promise.reject(new Error('The PDF renderer is closed'));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ request: { id: nextId++, kind, view }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The PDF renderer is closed'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
