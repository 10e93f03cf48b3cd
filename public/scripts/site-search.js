// @ts-check
// <site-search>: the search page's only script, served as is from public/ (Vite would
// rewrite the dynamic import of pagefind.js, whose URL is only known at run time). Loads Pagefind's own JS API from the site
// (no network beyond the intranet host), runs the query from ?q= or the form, and renders
// results as text: Pagefind's excerpt is parsed inertly and only its <mark> kept.

/**
 * The part of Pagefind's JS API used here (pagefind.js, written by the build).
 * @typedef {{ url: string, excerpt: string, meta: { title?: string } }} ResultData
 * @typedef {{
 *   options(options: { baseUrl: string, excerptLength?: number }): Promise<void>,
 *   search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] }>,
 * }} Pagefind
 */

const LIMIT = 20;

/**
 * Text and highlighted parts of an excerpt, decoded without running any markup.
 * @param {string} excerpt
 * @returns {Node[]}
 */
function excerptNodes(excerpt) {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
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
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      return pagefind;
    })();
    return this.#pagefind;
  }

  /** @param {string} query */
  async run(query) {
    const status = /** @type {HTMLElement} */ (this.querySelector('[role="status"]'));
    const list = /** @type {HTMLOListElement} */ (this.querySelector('ol'));
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索……';
    this.setAttribute('aria-busy', 'true');
    try {
      const search = await (await this.#load()).search(query);
      const results = await Promise.all(search.results.slice(0, LIMIT).map((r) => r.data()));
      list.replaceChildren(
        ...results.map((r) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = r.url;
          link.textContent = r.meta.title ?? r.url;
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(r.excerpt));
          item.append(link, excerpt);
          return item;
        }),
      );
      const total = search.results.length;
      status.textContent =
        total === 0
          ? `没有找到与“${query}”有关的页面。`
          : `与“${query}”有关的页面共 ${total} 个${total > LIMIT ? `，显示前 ${LIMIT} 个` : ''}。`;
    } catch (error) {
      status.textContent = `搜索暂时不可用：${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.removeAttribute('aria-busy');
    }
  }
}

customElements.define('site-search', SiteSearch);
