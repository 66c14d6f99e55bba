// 覆盖率: per report, how many figures were found, attributed to an indicator, checked and left
// unreadable, worst first, so the analyst sees which reports to read by hand.
import {el, getJson, replace, note, reportHref, count, rowsInSteps} from './dom.js';

const SORTS = {
  unreadable: (a, b) => b.unreadable - a.unreadable || share(a) - share(b),
  attributed: (a, b) => share(a) - share(b),
  figures: (a, b) => b.figures - a.figures,
  title: (a, b) => (a.title || a.file || a.doc).localeCompare(b.title || b.file || b.doc, 'zh-CN'),
};

function share(r) {
  return r.figures ? r.attributed / r.figures : 1;
}

export async function render(view, r, stale) {
  replace(view, el('h1', {}, '覆盖率'), note('正在统计…'));
  const data = await getJson('/api/coverage');
  if (stale()) return;
  const rows = Array.isArray(data) ? data : (data.reports || []);
  const totals = data.totals;
  const order = SORTS[r.params.get('sort')] ? r.params.get('sort') : 'unreadable';
  rows.sort(SORTS[order]);
  const body = el('tbody');
  const th = (key, label) => el('th', {class: 'num'},
    el('a', {href: '#/coverage?sort=' + key, class: key === order ? 'sorted' : null}, label));
  replace(view,
    el('div', {class: 'page-head'}, el('h1', {}, '覆盖率'),
      totals ? el('p', {class: 'meta'}, count(rows.length) + ' 份报告 · 数字 ' + count(totals.figures) + ' · 归入指标 ' +
        count(totals.attributed) + ' · 已核对 ' + count(totals.checked) + ' · 无法读取 ' + count(totals.unreadable)) : null),
    el('p', {class: 'hint'}, '“无法读取”指被遮盖、涂黑或未能识别的数字；归入比例低或无法读取多的报告，值得人工翻阅。'),
    rows.length === 0 ? note('档案中还没有报告。') : el('div', {class: 'table-wrap'},
      el('table', {class: 'list', id: 'coverage-table'},
        el('thead', {}, el('tr', {},
          el('th', {}, el('a', {href: '#/coverage?sort=title', class: order === 'title' ? 'sorted' : null}, '报告')),
          el('th', {}, '地区'), el('th', {}, '期间'),
          th('figures', '数字'), th('attributed', '归入指标'), el('th', {class: 'num'}, '已核对'),
          th('unreadable', '无法读取'))),
        body)));
  rowsInSteps(body, rows, row, 7);
}

function row(c) {
  const pct = c.figures ? Math.round((100 * c.attributed) / c.figures) : null;
  const meter = el('meter', {min: 0, max: Math.max(1, c.figures), value: c.attributed, low: c.figures * 0.6,
    optimum: c.figures, title: pct === null ? '' : pct + '%'});
  return el('tr', {class: 'coverage-row' + (c.unreadable > 0 ? ' has-unreadable' : '')},
    // the title, and under it the file as the analyst knows it: the name uploaded, not the stored one
    el('td', {}, el('a', {href: reportHref(c.doc)}, c.title || c.file || c.doc),
      el('small', {class: 'file'}, c.file || c.doc)),
    el('td', {}, c.region || ''),
    el('td', {}, c.period || ''),
    el('td', {class: 'num'}, count(c.figures)),
    el('td', {class: 'num'}, count(c.attributed), meter, el('span', {class: 'pct'}, pct === null ? '' : pct + '%')),
    el('td', {class: 'num'}, count(c.checked)),
    el('td', {class: 'num' + (c.unreadable > 0 ? ' warn' : '')}, count(c.unreadable)));
}
