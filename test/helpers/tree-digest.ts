import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A folder's content: its files (sorted POSIX paths) and one SHA-256 over paths and bytes. */
export interface TreeDigest {
  files: string[];
  sha256: string;
}

/** Digest of every file below `root` (a link to a folder is followed at the root only). */
export function treeDigest(root: string): TreeDigest {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return { files, sha256: hash.digest('hex') };
}
