// @ts-check
// The proposals page's filters, in place: a click on 按办理状态 or 按代表团 hides the proposals
// that do not match instead of opening the filter's own page (which stays the way without
// JavaScript). Served as is from public/, as site-search.js.

const nav = document.querySelector('.proposal-filters[data-live]');
if (nav) {
  const register = document.querySelector('.proposal-register');
  const status = /** @type {HTMLElement} */ (nav.querySelector('.filter-status'));
  const entries = /** @type {HTMLElement[]} */ ([...(register?.querySelectorAll('article.proposal') ?? [])]);
  const groups = /** @type {HTMLElement[]} */ ([
    ...(register?.querySelectorAll('.proposal-session, .proposal-suggestions') ?? []),
  ]);
  const links = /** @type {HTMLAnchorElement[]} */ ([...nav.querySelectorAll('a[data-filter]')]);

  /** @param {HTMLAnchorElement} link */
  const apply = (link) => {
    const kind = link.dataset.filter;
    const value = link.dataset.value ?? '';
    let shown = 0;
    for (const entry of entries) {
      const keep =
        kind === 'all' ||
        (kind === 'status'
          ? entry.dataset.status === value
          : (entry.dataset.delegations ?? '').split(' ').includes(value));
      entry.hidden = !keep;
      if (keep) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('article.proposal:not([hidden])');
    for (const other of links) {
      if (other === link) other.setAttribute('aria-current', 'true');
      else other.removeAttribute('aria-current');
    }
    status.textContent = kind === 'all' ? '' : `已筛选：${link.textContent?.replace(/（.*）/, '')}，显示 ${shown} 件。`;
  };

  nav.addEventListener('click', (event) => {
    const link = /** @type {HTMLElement} */ (event.target).closest('a[data-filter]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    apply(link);
  });
}
