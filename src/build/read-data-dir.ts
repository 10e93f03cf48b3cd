import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DataFiles } from '../lib/model/data-files.ts';
import { BuildInputError, explainError } from './explain-error.ts';

/** The data folder: UNION_DATA_DIR, or ./data under the working directory. */
export function dataDir(): string {
  return resolve(process.env.UNION_DATA_DIR || 'data');
}

/** stat() of `path`, or a BuildInputError that names it (a dangling link says so). */
export function statEntry(path: string, label: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const link = (() => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    if (link) throw new BuildInputError(`${label} 是一个链接，但它指向的文件不存在；请删除这个链接或放入真正的文件`);
    throw new BuildInputError(`无法读取 ${label}：${explainError(error)}`);
  }
}

/**
 * Reads every file below `root` into memory as a DataFiles map (POSIX relative paths).
 * Hidden files (".…") and editor backups ("~$…", "….bak") are skipped. A missing folder,
 * a dangling link or an unreadable file throws a BuildInputError in Chinese.
 */
export function readDataDir(root: string = dataDir()): DataFiles {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(root)) throw new BuildInputError(`找不到数据文件夹 ${root}（请检查 UNION_DATA_DIR）`);
  const top = statEntry(root, `数据文件夹 ${root}`);
  if (!top.isDirectory()) throw new BuildInputError(`数据文件夹 ${root} 不是文件夹（请检查 UNION_DATA_DIR）`);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('~$') || name.endsWith('.bak')) continue;
      const path = join(dir, name);
      const rel = relative(root, path).split(sep).join('/');
      if (statEntry(path, `数据文件 ${rel}`).isDirectory()) walk(path);
      else {
        try {
          files.set(rel, readFileSync(path));
        } catch (error) {
          throw new BuildInputError(`无法读取数据文件 ${rel}：${explainError(error)}`);
        }
      }
    }
  };
  walk(root);
  return files;
}
