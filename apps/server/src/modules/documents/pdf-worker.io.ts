import { parentPort, threadId } from 'node:worker_threads';
import { DOCUMENT_RENDERERS, type DocumentKind, isDocumentKind } from './document-renderer';

/**
 * A PDF worker thread (started by pdf-worker-pool.io.ts through pdf-worker-entry.mjs): renders one document per
 * message, so that pdfmake's synchronous layout runs off the server's event loop.
 */
export interface RenderRequest {
  id: number;
  kind: DocumentKind;
  view: unknown;
}
export type RenderReply =
  { id: number; ok: true; pdf: Uint8Array; threadId: number } | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  port.on('message', (request: RenderRequest) => {
    void (async () => {
      try {
        if (!isDocumentKind(request.kind)) throw new Error(`unknown document ${String(request.kind)}`);
        const render = DOCUMENT_RENDERERS[request.kind] as (view: unknown) => Promise<Buffer>;
        const buffer = await render(request.view);
        // A copy that owns its memory, so it can be transferred (Buffers may share a pooled ArrayBuffer).
        const pdf = new Uint8Array(buffer);
        port.postMessage({ id: request.id, ok: true, pdf, threadId } satisfies RenderReply, [pdf.buffer]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage({ id: request.id, ok: false, message } satisfies RenderReply);
      }
    })();
  });
}
