// @ts-check
// <site-search>: the search page's only script, served as is from public/ (Vite would
// rewrite the dynamic import of pagefind.js, whose URL is only known at run time). Loads Pagefind's own JS API from the site
// (no network beyond the intranet host), runs the query from ?q= or the form, and renders
// results as text.
//
// Built for Chinese: the query is cut into words (Intl.Segmenter, as Pagefind does) and
// function words (的、了、和、我们…) are dropped, so they neither match on their own nor
// drag in every page. Each hit links to the section that matched best (Pagefind's sub-results:
// headings with an id, and elements with data-pagefind-title), and the snippet marks the
// words of the query itself, never a longer word that merely starts with one of them. All
// results are reachable: 20 at a time, then 显示更多.

/**
 * The part of Pagefind's JS API used here (pagefind.js, written by the build).
 * @typedef {{ weight: number, location: number }} WeightedLocation
 * @typedef {{ url: string, title: string, plain_excerpt: string, locations: number[], weighted_locations: WeightedLocation[] }} SubResult
 * @typedef {{ url: string, raw_content?: string, plain_excerpt: string, meta: { title?: string }, sub_results: SubResult[] }} ResultData
 * @typedef {{
 *   options(options: { baseUrl: string, excerptLength?: number }): Promise<void>,
 *   search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] }>,
 * }} Pagefind
 */

/** Results shown at once, and added by each 显示更多. */
const PAGE = 20;

/**
 * Words too common to search for: function words and pronouns. A query made only of them
 * finds nothing; in a longer query they are left out.
 */
const FUNCTION_WORDS = new Set([
  ...'的了和是在与及或而也都就把被对向从于为以之其这那个着过吗呢吧啊得地',
  '我',
  '我们',
  '你',
  '你们',
  '他',
  '她',
  '他们',
  '她们',
  '咱们',
  '自己',
  '什么',
  '怎么',
  '哪些',
  '哪个',
  '哪里',
  '如何',
  '关于',
  '有关',
  '相关',
]);

/**
 * The words of a query worth searching for, in order, lower-cased, punctuation and function
 * words dropped. Chinese is cut into words as Pagefind cuts it; other text at spaces.
 * @param {string} query
 * @returns {string[]}
 */
function queryTerms(query) {
  const words =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(query)]
          .filter((s) => s.isWordLike)
          .map((s) => s.segment)
      : query.split(/\s+/);
  return words.map((w) => w.trim().toLocaleLowerCase()).filter((w) => w && !FUNCTION_WORDS.has(w));
}

/**
 * How well a section answers the query: how many of the query's words it holds exactly (a
 * match on a longer word that starts with a query word, such as 带头 for 带, counts less),
 * whether the words stand together as typed, then how many exact matches, by weight.
 * @param {SubResult} sub
 * @param {string[]} words the page's words, as Pagefind numbers them
 * @param {string[]} terms
 * @returns {number[]}
 */
function sectionScore(sub, words, terms) {
  const clean = (/** @type {number} */ at) => (words[at] ?? '').replace(/[\s\p{P}]/gu, '').toLocaleLowerCase();
  const exact = sub.weighted_locations.filter((l) => terms.includes(clean(l.location)));
  const covered = new Set(exact.map((l) => clean(l.location))).size;
  const phrase = terms.join('');
  const sorted = [...sub.locations].sort((a, b) => a - b);
  let together = 0;
  // Words standing together: consecutive locations, or apart only by punctuation (T24 - 02).
  const adjacent = (/** @type {number} */ from, /** @type {number} */ to) => {
    for (let at = from + 1; at < to; at++) if (clean(at)) return false;
    return to > from;
  };
  let run = '';
  sorted.forEach((at, i) => {
    const previous = sorted[i - 1];
    run = previous !== undefined && adjacent(previous, at) ? run + clean(at) : clean(at);
    if (terms.length > 1 && run.includes(phrase)) together = 1;
  });
  return [covered, together, exact.reduce((sum, l) => sum + l.weight, 0)];
}

/**
 * The section of a page to link to: the best-scoring sub-result, the earliest on a tie.
 * @param {ResultData} data
 * @param {string[]} terms
 * @returns {SubResult | undefined}
 */
function bestSection(data, terms) {
  const words = (data.raw_content ?? '').split('\u200B');
  let best;
  let bestScore = [-1];
  for (const sub of data.sub_results) {
    const score = sectionScore(sub, words, terms);
    const better = score.findIndex((v, i) => v !== (bestScore[i] ?? -1));
    if (better >= 0 && (score[better] ?? 0) > (bestScore[better] ?? -1)) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A snippet as text with the query marked: the query as typed where it stands in the text,
 * else its words standing together, else each word of the query, longest first. A
 * one-character word is marked only when it is the whole query, so 带 of 带薪休假 is not
 * marked inside 带教.
 * @param {string} excerpt
 * @param {string[]} terms
 * @param {string} query
 * @returns {Node[]}
 */
function markedSnippet(excerpt, terms, query) {
  // Pagefind ends each block with ". "; after Chinese text that reads as a stray full stop.
  const text = excerpt.replace(/([^\u0000-\u007f])\. /g, '$1 · ');
  const lower = text.toLocaleLowerCase();
  const typed = query.trim().toLocaleLowerCase();
  const phrase = terms.join('');
  const wanted = lower.includes(typed)
    ? [typed]
    : lower.includes(phrase)
      ? [phrase]
      : [...terms].filter((t) => t.length > 1 || terms.length === 1).sort((a, b) => b.length - a.length);
  /** @type {[number, number][]} */
  const spans = [];
  for (const word of wanted) {
    for (let at = lower.indexOf(word); at >= 0 && word; at = lower.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (!spans.some(([s, e]) => at < e && end > s)) spans.push([at, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  /** @type {Node[]} */
  const nodes = [];
  let from = 0;
  for (const [start, end] of spans) {
    if (start > from) nodes.push(document.createTextNode(text.slice(from, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    from = end;
  }
  if (from < text.length) nodes.push(document.createTextNode(text.slice(from)));
  return nodes;
}

class SiteSearch extends HTMLElement {
  /** @type {Promise<Pagefind> | undefined} */
  #pagefind;

  connectedCallback() {
    const form = /** @type {HTMLFormElement} */ (this.querySelector('form'));
    const input = /** @type {HTMLInputElement} */ (this.querySelector('input'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = input.value.trim();
      history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
      void this.run(query);
    });
    const query = new URLSearchParams(location.search).get('q')?.trim();
    if (query) {
      input.value = query;
      void this.run(query);
    }
  }

  /** @returns {Promise<Pagefind>} */
  #load() {
    this.#pagefind ??= (async () => {
      /** @type {Pagefind} */
      const pagefind = await import(`${this.dataset.bundle}pagefind.js`);
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 30 });
      return pagefind;
    })();
    return this.#pagefind;
  }

  /**
   * One result as a list item: the page title and the section that matched, linked to that
   * section, and its snippet with the query marked.
   * @param {ResultData} data
   * @param {string[]} terms
   * @param {string} query
   */
  #item(data, terms, query) {
    const section = bestSection(data, terms);
    const item = document.createElement('li');
    const link = document.createElement('a');
    const title = data.meta.title ?? data.url;
    link.href = section?.url ?? data.url;
    link.textContent =
      section && section.url.includes('#') && section.title !== title ? `${title} › ${section.title}` : title;
    const excerpt = document.createElement('p');
    excerpt.append(...markedSnippet(section?.plain_excerpt || data.plain_excerpt, terms, query));
    item.append(link, excerpt);
    return item;
  }

  /** @param {string} query */
  async run(query) {
    const status = /** @type {HTMLElement} */ (this.querySelector('[role="status"]'));
    const list = /** @type {HTMLOListElement} */ (this.querySelector('ol'));
    this.querySelector('.search-more')?.remove();
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    const terms = queryTerms(query);
    if (terms.length === 0) {
      status.textContent = `“${query}”是很常用的字词，单独搜索找不到有用的结果。请输入更具体的词，如“提案”“帮扶”“生日蛋糕”。`;
      return;
    }
    status.textContent = '正在搜索……';
    this.setAttribute('aria-busy', 'true');
    try {
      const { results } = await (await this.#load()).search(terms.join(' '));
      const total = results.length;
      const dropped = terms.join('') !== query.toLocaleLowerCase().replace(/[\s\p{P}]/gu, '');
      const said = dropped ? `“${terms.join(' ')}”（已略去“的”“我们”等常用字词）` : `“${query}”`;
      const show = async () => {
        const shown = list.children.length;
        const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
        list.append(...next.map((data) => this.#item(data, terms, query)));
        const now = list.children.length;
        status.textContent =
          total === 0
            ? `没有找到与${said}有关的页面。`
            : `与${said}有关的页面共 ${total} 个${now < total ? `，已显示 ${now} 个` : ''}。`;
        this.querySelector('.search-more')?.remove();
        if (now < total) {
          const more = document.createElement('button');
          more.type = 'button';
          more.className = 'search-more';
          more.textContent = `显示更多（还有 ${total - now} 个）`;
          more.addEventListener('click', () => {
            more.disabled = true;
            void show();
          });
          list.after(more);
        }
      };
      await show();
    } catch (error) {
      status.textContent = `搜索暂时不可用：${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.removeAttribute('aria-busy');
    }
  }
}

customElements.define('site-search', SiteSearch);
