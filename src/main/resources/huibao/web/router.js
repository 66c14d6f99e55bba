// The hash routes: #/page/arg?query, read and written in one place.

/** The hash split into page, argument and query: #/report/a%2Fb.docx?at=1-5. */
export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(0, slash);
  const arg = slash < 0 ? '' : decodeURIComponent(path.slice(slash + 1));
  return {name: name || 'dataset', arg, params};
}

/** The named query values of a route, '' for those absent: a page's filter, in the order named. */
export function filterOf(r, ...names) {
  return Object.fromEntries(names.map(n => [n, r.params.get(n) || '']));
}

/** The page of a list the route asks for: a number from 1, else 1. */
export function pageOf(r) {
  return Math.max(1, Number(r.params.get('page')) || 1);
}

/** Goes to page with the given query (empty values left out), adding a history entry. */
export function go(page, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  const hash = '#/' + page + (s ? '?' + s : '');
  if (location.hash === hash) {
    // the same search again (after an upload, say) still asks the server again
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}
