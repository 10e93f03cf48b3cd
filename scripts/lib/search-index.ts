// Writes the Pagefind search index of a built site into <site>/pagefind/. Pagefind's npm
// package ships its binary in a platform package (@pagefind/linux-x64 …), which is the
// extended edition: it segments Chinese pages (lang="zh-CN") into words. No network.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** Every .html file below `dir`, sorted, so the index is the same on every build. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Indexes the pages of `siteDir` that mark their <main> with data-pagefind-body. Pages
 * without it (the search page, long ledgers) are not even handed to Pagefind, which would
 * otherwise parse them only to skip them: a 100,000-line ledger cost seconds that way.
 */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number; errors: string[] }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) return { pages: 0, errors: errors.length ? errors : ['无法创建搜索索引'] };
    let pages = 0;
    for (const file of htmlFiles(siteDir)) {
      const content = readFileSync(file, 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath: relative(siteDir, file).split(sep).join('/'), content });
      if (added.errors.length) return { pages, errors: added.errors };
      pages++;
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    return { pages, errors: written.errors };
  } finally {
    await pagefind.close();
  }
}
