import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where files live (scans of dossier components, results, photos). A local folder by default; an
 * S3-compatible adapter would implement the same interface. Every file is stored with its SHA-256.
 */
export interface StoredBlob {
  key: string;
  sha256: string;
  size: number;
}

export interface BlobStore {
  put(data: Buffer): Promise<StoredBlob>;
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export function createLocalBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => {
    // Keys are made here; refuse anything else so a key can never point outside the folder.
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid blob key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(data) {
      const id = randomUUID();
      const key = `${id.slice(0, 2)}/${id}`;
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      // Write to a temporary name and rename, so a crash never leaves a half-written file under the key.
      const temporary = `${file}.part`;
      await fs.promises.writeFile(temporary, data, { flag: 'wx' });
      await fs.promises.rename(temporary, file);
      return { key, sha256: createHash('sha256').update(data).digest('hex'), size: data.length };
    },
    get: (key) => fs.promises.readFile(fileOf(key)),
    exists: async (key) =>
      fs.promises.access(fileOf(key)).then(
        () => true,
        () => false,
      ),
    delete: async (key) => fs.promises.rm(fileOf(key), { force: true }),
  };
}
