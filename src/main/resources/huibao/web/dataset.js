// 数据表: the region x indicator table, each cell coloured by whether it compares, opening its
// source sentence on a click; pickers narrow it, the links download it as the CLI writes it.
import {el, getJson, query, replace, note, reportHref, choices, picker, periodLabel, rowsInSteps, pager, count} from './dom.js';
import {go, filterOf, pageOf} from './router.js';
import {CELL_STATES, MEASURES, learnIndicators, rememberColumns, SEVERITIES} from './labels.js';

// flags that keep a figure out of the column's totals without it being wrong or hidden
const NOT_COMPARABLE = new Set(['period', 'currency', 'scope', 'approx']);

/** The cell's state for its colour: the server's word when it sends one, else from its flags and findings. */
export function cellState(cell, findings) {
  if (!cell) return 'missing';
  if (cell.state) return cell.state;
  const kinds = (cell.flags || []).map(f => f.kind);
  if (kinds.includes('redacted') || (cell.fact && cell.fact.redacted)) return 'masked';
  const errors = (cell.findings || []).some(i => findings[i] && findings[i].severity === 'error');
  if (kinds.includes('differing') || errors) return 'inconsistent';
  if (kinds.some(k => NOT_COMPARABLE.has(k)) || cell.comparable === false) return 'not-comparable';
  return 'ok';
}

export async function render(view, r, stale) {
  const filter = filterOf(r, 'period', 'region', 'indicator');
  const page = pageOf(r);
  replace(view, el('h1', {}, '数据表'), note('正在汇总…'));
  const data = await getJson('/api/dataset' + query({...filter, page}));
  if (stale()) return;
  const {table, choices: pick} = data;
  learnIndicators(table.columns);
  if (!filter.period && !filter.region && !filter.indicator) rememberColumns(table.columns || []);
  // a large archive's table comes a page of rows at a time; the downloads hold every row
  const rows = (table.rows || []).length;
  const {rows_total: total, page_size: size} = data;
  learnIndicators(choices(pick.indicators));
  const change = (name) => (value) => go('dataset', {...filter, [name]: value});
  const downloads = query(filter);
  replace(view,
    el('div', {class: 'page-head'},
      el('div', {},
        el('h1', {}, '数据表'),
        el('p', {class: 'meta'}, count(total) + ' 行（地区 × 期间） × ' + (table.columns || []).length +
          ' 列（指标），每格可追溯到报告原句' + (total > rows ? '；本页第 ' + count((page - 1) * size + 1) + '–' +
          count((page - 1) * size + rows) + ' 行' : ''))),
      el('div', {class: 'downloads'},
        el('a', {id: 'dataset-xlsx', class: 'button', href: '/api/dataset.xlsx' + downloads, download: ''}, '下载 XLSX'),
        el('a', {id: 'dataset-csv', class: 'button secondary', href: '/api/dataset.csv' + downloads, download: ''}, '下载 CSV'))),
    el('div', {class: 'toolbar'},
      picker('pick-period', '期间', choices(pick.periods), filter.period, change('period')),
      picker('pick-region', '地区', choices(pick.regions), filter.region, change('region')),
      picker('pick-indicator', '指标', choices(pick.indicators), filter.indicator, change('indicator')),
      legend()),
    (table.rows || []).length === 0
      ? note('没有符合条件的数据。先在“上传”页加入报告，或放宽筛选。')
      : el('div', {class: 'table-wrap'}, grid(table)),
    pager(page, total, size, (p) => go('dataset', {...filter, page: p})),
    el('p', {class: 'hint'}, '点击任一单元格，打开来源报告并定位到该数字所在的句子。'));
}

function legend() {
  return el('ul', {class: 'legend', 'aria-label': '图例'},
    CELL_STATES.map(([state, label, meaning]) =>
      el('li', {title: meaning}, el('span', {class: 'swatch ' + state}), label)));
}

function grid(table) {
  const columns = table.columns || [];
  const findings = table.findings || [];
  // one header cell per indicator over its measures (数值, 同比, 完成率)
  const groups = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last && last.indicator === c.indicator) last.span++;
    else groups.push({indicator: c.indicator, label: c.label, span: 1});
  }
  const head = el('thead', {},
    el('tr', {},
      el('th', {rowspan: 2, class: 'corner'}, '地区'),
      el('th', {rowspan: 2, class: 'corner period'}, '期间'),
      groups.map(g => el('th', {colspan: g.span, class: 'group'}, g.label))),
    el('tr', {}, columns.map(c => el('th', {class: 'measure', title: c.heading},
      (MEASURES[c.measure] || c.measure) + (c.unit ? '（' + c.unit + '）' : '')))));
  const body = el('tbody');
  rowsInSteps(body, table.rows || [], row => el('tr', {},
    el('th', {class: 'region', scope: 'row'}, row.label || row.region || ''),
    el('td', {class: 'period'}, periodLabel(row.period)),
    columns.map(c => cell(row.cells ? row.cells[c.key] : null, c, findings))), columns.length + 2, 500);
  return el('table', {id: 'dataset-table', class: 'grid'}, head, body);
}

function cell(cell, column, findings) {
  const state = cellState(cell, findings);
  if (!cell) {
    return el('td', {class: 'cell missing', title: column.label + '：报告未提供'}, '—');
  }
  const fact = cell.fact || {};
  const span = fact.span || [];
  const lines = [column.heading || column.label];
  for (const f of cell.flags || []) lines.push(f.label + (f.note ? '：' + f.note : ''));
  for (const i of cell.findings || []) if (findings[i]) {
    lines.push((SEVERITIES[findings[i].severity] || findings[i].severity) + '：' + findings[i].message);
  }
  if (fact.sentence) lines.push('“' + fact.sentence + '”');
  const open = () => { location.hash = reportHref(fact.doc, span); };
  return el('td', {
    class: 'cell ' + state,
    tabindex: 0,
    title: lines.join('\n'),
    data: {doc: fact.doc, start: span[0], end: span[1], text: fact.text},
    onclick: open,
    onkeydown: (e) => { if (e.key === 'Enter') open(); },
  }, cell.display ?? fact.text ?? '');
}
