// The files a page makes the browser load, read from its HTML, CSS and JS: tags that load
// something, CSS url()/@import, static JS imports, and dynamic import() (loaded on demand).
// Regular expressions over build output, which is machine-written and regular.

/** Attribute values of the tags that load something when the page is shown. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const [, name, attrs] of html.matchAll(/<(link|script|img|source|video|input)\b([^>]*)>/gi)) {
    const attr = (key: string) =>
      attrs!
        .match(new RegExp(`\\s${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
        ?.slice(1)
        .find((v) => v !== undefined);
    const kind = name!.toLowerCase();
    if (kind === 'link' && /\b(stylesheet|icon|preload|modulepreload)\b/i.test(attr('rel') ?? ''))
      refs.push(attr('href') ?? '');
    else if (kind === 'video') refs.push(attr('poster') ?? '');
    else refs.push(attr('src') ?? '');
    for (const candidate of (attr('srcset') ?? '').split(',')) refs.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.push(...cssReferences(css!));
  return refs.filter(Boolean);
}

/** url() and @import targets of a stylesheet, data: URLs left out. */
export function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  const imports = [...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
  return [...urls, ...imports].filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}

/** Static imports of a module (loaded with it). */
export function jsReferences(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Dynamic import() targets with a literal specifier (loaded only when the code runs them). */
export function dynamicImports(js: string): string[] {
  return [...js.matchAll(/\bimport\(\s*[`"']([^`"'$]+)[`"']\s*\)/g)].map((m) => m[1]!);
}

/** Inline scripts the browser runs (not JSON data blocks), but the reader-settings script (see readerSettingsScript). */
export function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attrs]) =>
        !/\ssrc\s*=/i.test(attrs!) &&
        !/\sdata-reader-settings\b/i.test(attrs!) &&
        /^(|module|text\/javascript|application\/javascript)$/i.test(
          attrs!.match(/\stype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '',
        ),
    )
    .map(([, , body]) => body!)
    .join('\n');
}

/**
 * The one inline script every page may carry: it remembers the reader's 大字 choice
 * (`<script data-reader-settings>` in the layout). Counted against READER_SETTINGS_JS_BYTES
 * instead of the page's JavaScript budget, which stays 0 on pages without charts.
 */
export function readerSettingsScript(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => /\sdata-reader-settings\b/i.test(attrs!))
    .map(([, , body]) => body!)
    .join('\n');
}
