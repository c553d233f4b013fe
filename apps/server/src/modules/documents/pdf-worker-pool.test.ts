import { execFileSync } from 'node:child_process';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { demoReceipt, demoRegister } from './demo-views';
import { inProcessRenderer } from './document-renderer';
import { createWorkerRenderer } from './pdf-worker-pool.io';

const text = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');

/** PDFs drawn in worker threads, off the server's event loop, are the same documents as drawn in-process. */
describe('the PDF worker pool', () => {
  const threads: number[] = [];
  const pool = createWorkerRenderer({ threads: 2, onRendered: (id) => threads.push(id) });
  afterAll(() => pool.close());

  it('renders in another thread the same text as in-process', async () => {
    const view = demoReceipt('2025');
    const [inWorker, inProcess] = await Promise.all([
      pool.render('receipt', view),
      inProcessRenderer().render('receipt', view),
    ]);
    expect(inWorker.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text(inWorker)).toBe(text(inProcess));
    expect(threads.length).toBe(1);
    expect(threads[0]).not.toBe(threadId);
  }, 60_000);

  it('queues more jobs than threads and answers each with its own document', async () => {
    const sizes = [5, 30, 60, 10];
    const pdfs = await Promise.all(sizes.map((rows) => pool.render('register', demoRegister('2018', rows))));
    const codes = pdfs.map((pdf) => text(pdf).match(/000\.01\.01\.H26/g)?.length ?? 0);
    expect(codes).toEqual(sizes);
    expect(new Set(threads).size).toBeLessThanOrEqual(2);
  }, 60_000);

  it('fails a job with a clear error and keeps serving', async () => {
    await expect(pool.render('receipt', { nonsense: true } as never)).rejects.toThrow(/PDF rendering failed/);
    const pdf = await pool.render('receipt', demoReceipt('2018'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses work once closed', async () => {
    const closing = createWorkerRenderer({ threads: 1 });
    await closing.render('receipt', demoReceipt('2018'));
    await closing.close();
    await expect(closing.render('receipt', demoReceipt('2018'))).rejects.toThrow(/closed/);
  }, 60_000);
});
