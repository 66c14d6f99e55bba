// 检索: the CLI's query syntax over the archive; facets narrow the results as filters, each hit
// shows its passages with the matched words marked and the figures each passage states.
import {el, append, getJson, query, replace, note, reportHref, marked, count, periodLabel, pager} from './dom.js';
import {go, pageOf} from './router.js';
import {indicatorLabel, learnIndicators, MEASURES} from './labels.js';

const FACETS = [['region', '地区'], ['year', '年份'], ['indicator', '指标'], ['type', '类型']];
const PAGE_SIZE = 10;
// the server lists at most this many reports of one search (SearchRequest.MAX_LIMIT)
const MOST = 1000;

export async function render(view, r, stale) {
  const state = {q: r.params.get('q') || '', sort: r.params.get('sort') || ''};
  for (const [name] of FACETS) state['f.' + name] = r.params.get('f.' + name) || '';
  const page = pageOf(r);
  const input = el('input', {id: 'search-input', type: 'search', value: state.q, autocomplete: 'off',
    placeholder: '如：海洋科技城 region:鹭汀区 year:2024，“引号”表示短语，可用 AND OR NOT'});
  const sort = el('select', {id: 'search-sort', 'aria-label': '排序'},
    el('option', {value: 'relevance', selected: state.sort !== 'date'}, '按相关度'),
    el('option', {value: 'date', selected: state.sort === 'date'}, '按日期（新到旧）'));
  const submit = (e) => {
    e.preventDefault();
    go('search', {...state, q: input.value.trim(), sort: sort.value === 'relevance' ? '' : sort.value, page: ''});
  };
  sort.addEventListener('change', submit);
  // the last results stay, dimmed, until the new ones arrive: a facet click does not flash an empty page
  const previous = view.querySelector('.results');
  const results = previous && previous.querySelector('.hit') ? previous : el('div', {class: 'results'});
  replace(view,
    el('h1', {}, '检索'),
    el('form', {class: 'searchbar', role: 'search', onsubmit: submit},
      input, sort, el('button', {id: 'search-go', type: 'submit', class: 'button'}, '检索')),
    syntax(),
    results);
  input.focus();
  const asked = r.params.has('q') || FACETS.some(([name]) => state['f.' + name]);
  if (!asked) {
    replace(results, note('输入关键词检索全部报告；留空并点“检索”列出所有报告。'));
    return;
  }
  if (results === previous) results.classList.add('loading');
  else replace(results, note('正在检索…'));
  let data;
  try {
    data = await getJson('/api/search' + query({...state, page}));
  } catch (e) {
    if (stale()) return;
    results.classList.remove('loading');
    if (e.status === 400) {
      replace(results, el('p', {class: 'note error search-error'}, '查询有误：' + e.message));
      return;
    }
    throw e;
  }
  if (stale()) return;
  results.classList.remove('loading');
  learnIndicators(data.facets && data.facets.indicator);
  const hits = data.hits || [];
  const size = data.page_size || PAGE_SIZE;
  replace(results,
    el('aside', {class: 'facets'}, FACETS.map(([name, label]) => facetGroup(data.facets || {}, name, label, state))),
    el('section', {class: 'hits'},
      el('p', {class: 'meta'}, '找到 ' + count(data.total) + ' 份报告'),
      hits.length === 0 ? note('没有匹配的报告。') : hits.map(hit),
      data.total > MOST ? el('p', {class: 'hint'}, '只能翻看前 ' + count(MOST) + ' 份；请用筛选或更具体的词缩小范围。') : null,
      pager(page, Math.min(data.total || 0, MOST), size, (p) => go('search', {...state, page: p}))));
}

/** The query syntax, as the CLI's help gives it. */
function syntax() {
  const rows = [
    ['海洋 科技城', '同时出现两个词'],
    ['"海洋科技城"', '引号内为短语'],
    ['签约 OR 开工', '任一词出现；NOT 或 -词 排除'],
    ['(签约 OR 开工) 新能源', '括号分组'],
    ['region:鹭汀区 year:2024', '按地区、年份限定；还有 indicator: type: project: org:'],
  ];
  return el('details', {class: 'syntax'}, el('summary', {}, '检索语法'),
    el('dl', {}, rows.map(([q, what]) => [el('dt', {}, el('code', {}, q)), el('dd', {}, what)])));
}

function facetGroup(facets, name, label, state) {
  const values = facets[name] || [];
  const chosen = state['f.' + name];
  if (values.length === 0 && !chosen) return null;
  return el('section', {class: 'facet-group'},
    el('h3', {}, label, chosen ? el('button', {type: 'button', class: 'clear',
      onclick: () => go('search', {...state, ['f.' + name]: '', page: ''})}, '清除') : null),
    facetList(values, chosen, v => el('li', {},
      el('button', {
        type: 'button',
        class: 'facet' + (String(v.value) === chosen ? ' active' : ''),
        'aria-pressed': String(String(v.value) === chosen),
        data: {facet: name, value: v.value},
        // a second click on the chosen value lifts the filter
        onclick: () => go('search', {...state, ['f.' + name]: String(v.value) === chosen ? '' : v.value, page: ''}),
      }, el('span', {class: 'label'}, name === 'indicator' ? indicatorLabel(v.value) : (v.label || v.value)),
      el('span', {class: 'count'}, count(v.count))))));
}

// values a facet shows before "all": a large archive has hundreds of regions
const FACET_SHOWN = 20;

/** The facet's values, the first FACET_SHOWN (and the chosen one) at once, the rest behind a button. */
function facetList(values, chosen, item) {
  const list = el('ul', {});
  const first = values.filter((v, i) => i < FACET_SHOWN || String(v.value) === chosen);
  append(list, first.map(item));
  const rest = values.filter(v => !first.includes(v));
  if (rest.length > 0) {
    const more = el('li', {}, el('button', {type: 'button', class: 'clear', onclick: () => {
      more.remove();
      append(list, rest.map(item));
    }}, '展开其余 ' + rest.length + ' 项'));
    list.append(more);
  }
  return list;
}

function hit(h) {
  const first = (h.snippets || [])[0];
  const open = reportHref(h.doc, first && first.span);
  return el('article', {class: 'hit'},
    el('h2', {}, el('a', {class: 'hit-open', href: open}, h.title || h.doc)),
    el('p', {class: 'meta'}, [h.region, periodLabel(h.period), h.date, (h.types || []).join('、'), h.file]
      .filter(Boolean).join(' · ')),
    (h.snippets || []).map(s => el('div', {class: 'snippet'},
      el('p', {}, el('a', {class: 'passage', href: reportHref(h.doc, s.span), title: '在报告中打开这段'},
        marked(s.text || '', s.highlights || []))),
      (s.facts || []).length === 0 ? null : el('ul', {class: 'facts'}, s.facts.map(fact)))));
}

function fact(f) {
  const what = [indicatorLabel(f.indicator), f.measure && f.measure !== 'value' ? MEASURES[f.measure] || f.measure : null]
    .filter(Boolean).join(' ');
  return el('li', {class: 'fact-chip' + (f.redacted ? ' redacted' : '')},
    el('a', {href: reportHref(f.doc, f.span)},
      el('span', {class: 'what'}, what || '数字'),
      el('b', {}, f.text || ''),
      f.scope ? el('span', {class: 'scope'}, f.scope) : null));
}
