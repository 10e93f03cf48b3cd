// Writes the Pagefind search index of a built site into <site>/pagefind/. Pagefind's npm
// package ships its binary in a platform package (@pagefind/linux-x64 …), which is the
// extended edition: it segments Chinese pages (lang="zh-CN") into words. No network.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes every HTML page of `siteDir` (only each page's <main data-pagefind-body>). */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number; errors: string[] }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) return { pages: 0, errors: errors.length ? errors : ['无法创建搜索索引'] };
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) return { pages: added.page_count, errors: added.errors };
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    return { pages: added.page_count, errors: written.errors };
  } finally {
    await pagefind.close();
  }
}
