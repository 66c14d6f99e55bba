// 问题: every finding of the checks, narrowed by kind, severity and region, each with its figures
// marked in their sentences and a link to the report at the first of them.
import {el, getJson, query, replace, note, reportHref, choices, picker, sentenceWithFigures, count, pager} from './dom.js';
import {go, filterOf, pageOf} from './router.js';
import {FINDING_KINDS, SEVERITIES, indicatorLabel} from './labels.js';

export async function render(view, r, stale) {
  const filter = filterOf(r, 'kind', 'severity', 'region');
  const page = pageOf(r);
  replace(view, el('h1', {}, '问题'), note('正在核对…'));
  const data = await getJson('/api/findings' + query({...filter, page}));
  if (stale()) return;
  const {findings: list, total, facets, page_size: size} = data;
  const change = (name) => (value) => go('findings', {...filter, [name]: value});
  const named = (ids, words) => choices(ids).map(c => ({...c, label: words[c.value] || c.label}));
  replace(view,
    el('div', {class: 'page-head'},
      el('h1', {}, '问题'),
      el('p', {class: 'meta'}, '共 ' + count(total) + ' 条')),
    el('div', {class: 'toolbar'},
      picker('filter-kind', '类型', named(facets.kind, FINDING_KINDS), filter.kind, change('kind')),
      picker('filter-severity', '程度', named(facets.severity, SEVERITIES),
        filter.severity, change('severity')),
      picker('filter-region', '地区', choices(facets.region), filter.region, change('region')),
      filter.kind || filter.severity || filter.region
        ? el('a', {href: '#/findings', class: 'clear-filters'}, '清除筛选') : null),
    list.length === 0 ? note('没有符合条件的问题。') : el('ol', {class: 'findings'}, list.map(x => finding(x.finding, x))),
    pager(page, total, size, (p) => go('findings', {...filter, page: p})));
}

/** One finding; about carries its report's region and title when the server adds them. */
function finding(f, about) {
  const facts = f.facts || [];
  // one quote per sentence, with every figure of the finding in it marked
  const sentences = new Map();
  for (const x of facts) {
    if (!x.sentence) continue;
    if (!sentences.has(x.sentence)) sentences.set(x.sentence, {doc: x.doc, span: x.span, figures: []});
    sentences.get(x.sentence).figures.push(x.text);
  }
  const first = facts[0];
  const docs = [...new Set(facts.map(x => x.doc).filter(Boolean))];
  return el('li', {class: 'finding sev-' + f.severity},
    el('div', {class: 'finding-head'},
      el('span', {class: 'badge sev-' + f.severity}, SEVERITIES[f.severity] || f.severity),
      el('span', {class: 'kind'}, FINDING_KINDS[f.kind] || f.kind),
      f.indicator ? el('span', {class: 'indicator'}, about.indicator_label || indicatorLabel(f.indicator)) : null,
      about.region ? el('span', {class: 'region'}, about.region) : null,
      el('a', {class: 'finding-open', href: first ? reportHref(first.doc, first.span) : reportHref(f.doc)},
        '打开报告')),
    el('p', {class: 'message'}, f.message || ''),
    f.stated || f.expected ? el('p', {class: 'numbers'},
      f.stated ? el('span', {}, '报告写 ', el('b', {}, f.stated)) : null,
      f.expected ? el('span', {}, '应为 ', el('b', {}, f.expected)) : null,
      f.rounding_only ? el('span', {class: 'hint'}, '（仅因四舍五入）') : null) : null,
    [...sentences.entries()].map(([s, v]) =>
      el('blockquote', {}, sentenceWithFigures(s, v.figures),
        docs.length > 1 ? el('cite', {}, el('a', {href: reportHref(v.doc, v.span)}, (about.files || {})[v.doc] || v.doc)) : null)),
    el('p', {class: 'source'}, about.title ? about.title + '（' + (about.file || f.doc || '') + '）' : (about.file || f.doc || '')));
}
