// Building the page. Text that comes from a report (titles, sentences, figures, file names) only
// ever goes in through createTextNode / textContent / setAttribute: nothing here parses HTML.

/**
 * An element: el('a', {href: '#/x', class: 'y', data: {doc: d}}, 'text', child...).
 * Attributes are set with setAttribute, children that are strings become text nodes.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'data') {
      for (const [k, v] of Object.entries(value)) {
        if (v !== null && v !== undefined) node.dataset[k] = String(v);
      }
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends strings (as text), nodes and arrays of them; skips null. */
export function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.appendChild(c);
    else node.appendChild(document.createTextNode(String(c)));
  }
  return node;
}

/** Replaces everything in node by children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** An error the server answered with ({error: "..."}), carrying its status. */
export class ApiError extends Error {
  constructor(status, message, loading = false) {
    super(message);
    this.status = status;
    // the server is still reading its archive (503 {loading: true}): ask again shortly
    this.loading = loading;
  }
}

/** GETs url as JSON; a non-2xx answer throws an ApiError with the server's own words. */
export async function getJson(url, options) {
  let response;
  try {
    response = await fetch(url, {headers: {Accept: 'application/json'}, ...options});
  } catch (e) {
    throw new ApiError(0, '无法连接工作台服务（' + e.message + '）');
  }
  let body = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    body = await response.json();
  }
  if (!response.ok) {
    const said = body && (body.error || body.message);
    throw new ApiError(response.status, said || ('服务返回 ' + response.status),
      response.status === 503 && Boolean(body && body.loading));
  }
  return body;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** The hash that opens a report, at a span when one is known. */
export function reportHref(doc, span) {
  const at = span && span.length === 2 ? '?at=' + span[0] + '-' + span[1] : '';
  return '#/report/' + encodeURIComponent(doc) + at;
}

/**
 * text with the given [start, end) ranges wrapped in <mark> (ranges relative to text; overlapping
 * or out-of-range ones are skipped).
 */
export function marked(text, ranges, tag = 'mark') {
  const frag = document.createDocumentFragment();
  const sorted = [...ranges].filter(r => r && r[0] >= 0 && r[1] <= text.length && r[0] < r[1])
    .sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [s, e] of sorted) {
    if (s < at) continue;
    frag.append(document.createTextNode(text.slice(at, s)), el(tag, {}, text.slice(s, e)));
    at = e;
  }
  frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

/**
 * A sentence with the figures in it marked: each figure's text is found in the sentence (the
 * first occurrence not taken yet), since references carry document offsets, not sentence ones.
 */
export function sentenceWithFigures(sentence, figures) {
  const ranges = [];
  for (const f of figures) {
    if (!f) continue;
    let from = 0;
    for (;;) {
      const i = sentence.indexOf(f, from);
      if (i < 0) break;
      const r = [i, i + f.length];
      if (!ranges.some(o => o[0] < r[1] && r[0] < o[1])) {
        ranges.push(r);
        break;
      }
      from = i + 1;
    }
  }
  return marked(sentence, ranges);
}

/** A message in place of a page's content (loading, empty, failed). */
export function note(text, kind = '') {
  return el('p', {class: ('note ' + kind).trim()}, text);
}

/** An entry's value and label, whether the server sent a string or an object. */
export function choice(x) {
  if (x === null || typeof x !== 'object') return {value: String(x), label: String(x), count: null};
  const value = x.value ?? x.key ?? x.id ?? x.code ?? x.name ?? x.label;
  return {value: String(value), label: String(x.label ?? x.name ?? value), count: x.count ?? null};
}

/** Facet counts as a list of choices, from an array or a {value: count} object. */
export function choices(x) {
  if (!x) return [];
  if (Array.isArray(x)) return x.map(choice);
  return Object.entries(x).map(([value, count]) =>
    typeof count === 'object' ? choice({value, ...count}) : {value, label: value, count});
}

/** A <select> of choices with a first "all" option; onChange gets the chosen value. */
export function picker(id, label, list, selected, onChange, all = '全部') {
  const select = el('select', {id, onchange: () => onChange(select.value)},
    el('option', {value: ''}, all));
  for (const c of list) {
    const text = c.count === null || c.count === undefined ? c.label : c.label + '（' + c.count + '）';
    select.append(el('option', {value: c.value, selected: c.value === selected}, text));
  }
  return el('label', {class: 'picker'}, el('span', {}, label), select);
}

/** A number with thousands separators, as the analyst reads it. */
export function count(n) {
  return n === null || n === undefined ? '—' : Number(n).toLocaleString('zh-CN');
}

/** The period label as reports write it: 2024年1-6月. */
export function periodLabel(p) {
  if (!p) return '';
  if (typeof p === 'string') return p;
  if (p.year && p.from_month && p.to_month) {
    if (p.from_month === 1 && p.to_month === 12) return p.year + '年';
    if (p.from_month === p.to_month) return p.year + '年' + p.to_month + '月';
    return p.year + '年' + p.from_month + '-' + p.to_month + '月';
  }
  return (p.year ? p.year + '年' : '') + (p.label || '');
}

/** Previous / next links with the page number, when there is more than one page. */
export function pager(page, total, size, to) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return el('nav', {class: 'pager', 'aria-label': '分页'},
    el('button', {type: 'button', class: 'prev', disabled: page <= 1, onclick: () => to(page - 1)}, '‹ 上一页'),
    el('span', {}, '第 ' + page + ' / ' + pages + ' 页'),
    el('button', {type: 'button', class: 'next', disabled: page >= pages, onclick: () => to(page + 1)}, '下一页 ›'));
}

/**
 * Fills tbody with rows for the list, step at a time: a large archive's thousands of rows are not
 * all built at once; a last row offers the next ones.
 */
export function rowsInSteps(tbody, list, row, columns, step = 300) {
  let shown = 0;
  const more = () => {
    const last = tbody.lastElementChild;
    if (last && last.classList.contains('more-row')) last.remove();
    const next = list.slice(shown, shown + step);
    shown += next.length;
    append(tbody, next.map(row));
    if (shown < list.length) {
      tbody.append(el('tr', {class: 'more-row'}, el('td', {colspan: columns},
        el('button', {type: 'button', class: 'secondary', onclick: more},
          '再显示 ' + Math.min(step, list.length - shown) + ' 行（共 ' + list.length + ' 行）'))));
    }
  };
  tbody.replaceChildren();
  more();
}
