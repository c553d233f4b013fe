import { describe, expect, it } from 'vitest';
import { sniffFileType } from './file-types';

describe('sniffFileType', () => {
  it('recognises a PDF and a PNG by their content', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n...'))?.mime).toBe('application/pdf');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))?.mime).toBe('image/png');
  });

  it('does not believe a file that lies about its type', () => {
    expect(sniffFileType(Buffer.from('MZ\x90\x00 this is an executable named scan.pdf'))).toBeUndefined();
    expect(sniffFileType(Buffer.from('<html><script>alert(1)</script>'))).toBeUndefined();
  });
});
