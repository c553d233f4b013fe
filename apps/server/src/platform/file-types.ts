/**
 * The type of a file from its content (magic bytes), never from its name or the client's Content-Type:
 * a scan called "cccd.pdf" that is really an executable is refused.
 */
export type SniffedType = { mime: string; extension: string };

const signatures: { mime: string; extension: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'application/pdf', extension: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    mime: 'image/png',
    extension: 'png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { mime: 'image/jpeg', extension: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/tiff',
    extension: 'tif',
    test: (b) =>
      b.subarray(0, 4).equals(Buffer.from([0x49, 0x49, 0x2a, 0x00])) ||
      b.subarray(0, 4).equals(Buffer.from([0x4d, 0x4d, 0x00, 0x2a])),
  },
  {
    mime: 'image/webp',
    extension: 'webp',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

export function sniffFileType(data: Buffer): SniffedType | undefined {
  const match = signatures.find((s) => s.test(data));
  return match ? { mime: match.mime, extension: match.extension } : undefined;
}
