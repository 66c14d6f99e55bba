// 项目: the tracker's list (#/projects) and one project's stage timeline with its sources
// (#/project/{id}): each step quotes the sentence that states it and opens the report there.
import {el, getJson, replace, note, reportHref, sentenceWithFigures, rowsInSteps, count, query} from './dom.js';
import {pageOf} from './router.js';

export async function render(view, r, stale) {
  if (r.name === 'project') return detail(view, r.arg, stale);
  replace(view, el('h1', {}, '项目'), note('正在读取项目…'));
  // the server filters and pages the list (a large archive has tens of thousands of projects)
  const words = r.params.get('q') || '';
  const page = pageOf(r);
  const data = await getJson('/api/projects' + query({q: words, page}));
  if (stale()) return;
  const list = data.projects || [];
  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  const go = (q, p) => { location.hash = '#/projects' + query({q, page: p > 1 ? p : ''}); };
  const filter = el('input', {id: 'project-filter', type: 'search', placeholder: '按项目名、地区、投资方筛选',
    autocomplete: 'off', value: words});
  let typing = null;
  filter.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go(filter.value.trim(), 1), 300);
  });
  const body = el('tbody');
  rowsInSteps(body, list, row, 6);
  if (list.length === 0 && words) body.append(el('tr', {}, el('td', {colspan: 6, class: 'empty'}, '没有符合的项目。')));
  const pager = pages <= 1 ? null : el('p', {class: 'pager'},
    page > 1 ? el('a', {href: '#/projects' + query({q: words, page: page - 1 > 1 ? page - 1 : ''})}, '‹ 上一页') : null,
    ' 第 ' + count(page) + ' / ' + count(pages) + ' 页 ',
    page < pages ? el('a', {href: '#/projects' + query({q: words, page: page + 1})}, '下一页 ›') : null);
  replace(view,
    el('div', {class: 'page-head'}, el('h1', {}, '项目'), el('p', {class: 'meta'}, '共 ' + count(data.total) + ' 个项目')),
    el('div', {class: 'toolbar'}, filter),
    data.total === 0 && !words ? note('档案中的报告尚未提到项目。') : el('div', {class: 'table-wrap'},
      el('table', {class: 'list', id: 'project-list'},
        el('thead', {}, el('tr', {}, ['项目', '地区', '当前阶段', '阶段经历', '报告数', '最新投资额'].map(h => el('th', {}, h)))),
        body)),
    pager);
  if (words) {
    filter.focus();
    filter.setSelectionRange(words.length, words.length);
  }
}

function row(p) {
  const open = () => { location.hash = '#/project/' + encodeURIComponent(p.id); };
  return el('tr', {class: 'project-row', tabindex: 0, data: {project: p.id}, onclick: open,
    onkeydown: (e) => { if (e.key === 'Enter') open(); }},
  el('td', {}, el('a', {href: '#/project/' + encodeURIComponent(p.id)}, p.name || p.id)),
  el('td', {}, p.region || ''),
  el('td', {}, p.stage ? el('span', {class: 'stage'}, p.stage) : '—'),
  el('td', {class: 'path'}, (p.stage_path || []).join(' → ')),
  el('td', {class: 'num'}, String(p.reports ?? '')),
  el('td', {class: 'num'}, p.amount || '—'));
}

async function detail(view, id, stale) {
  replace(view, note('正在读取项目…'));
  const p = await getJson('/api/project/' + encodeURIComponent(id));
  if (stale()) return;
  const others = (p.names || []).filter(n => n !== p.name);
  replace(view,
    el('p', {class: 'crumbs'}, el('a', {href: '#/projects'}, '‹ 全部项目')),
    el('div', {class: 'page-head'},
      el('div', {},
        el('h1', {}, p.name || p.id),
        el('p', {class: 'meta'}, [p.region, (p.investors || []).join('、'), others.length ? '又称 ' + others.join('、') : null]
          .filter(Boolean).join(' · '))),
      el('div', {class: 'stage-now'}, el('span', {}, '当前阶段'), el('b', {}, p.stage || '—'))),
    el('h2', {}, '阶段时间线'),
    (p.timeline || []).length === 0 ? note('报告中没有写到这个项目的阶段。') :
      el('ol', {id: 'project-timeline', class: 'timeline'}, p.timeline.map(step)),
    (p.investment || []).length === 0 ? null : [el('h2', {}, '投资额'),
      el('ul', {class: 'quotes'}, p.investment.map(figure))],
    (p.mentions || []).length === 0 ? null : el('details', {class: 'mentions'},
      el('summary', {}, '全部提及（' + p.mentions.length + '）'),
      el('ul', {class: 'quotes'}, p.mentions.map(mention))));
}

function step(s) {
  return el('li', {class: 'step' + (s.planned ? ' planned' : '')},
    el('div', {class: 'when'}, s.period || '', s.date ? el('small', {}, s.date) : null),
    el('div', {class: 'what'},
      el('span', {class: 'stage'}, s.stage || ''), s.planned ? el('span', {class: 'planned-tag'}, '计划') : null,
      el('blockquote', {}, sentenceWithFigures(s.sentence || '', [s.name])),
      el('a', {class: 'source', href: reportHref(s.doc, s.span)}, s.file || s.doc || '')));
}

function figure(f) {
  const x = f.fact || {};
  return el('li', {},
    el('span', {class: 'when'}, f.period || ''),
    el('span', {class: 'wording'}, f.wording || ''),
    el('b', {}, x.text || ''),
    el('blockquote', {}, sentenceWithFigures(x.sentence || '', [x.text])),
    el('a', {class: 'source', href: reportHref(x.doc || f.doc, x.span)}, f.file || f.doc || ''));
}

function mention(m) {
  return el('li', {},
    el('span', {class: 'when'}, m.period || ''),
    m.stage ? el('span', {class: 'stage'}, m.stage) : null,
    el('blockquote', {}, sentenceWithFigures(m.sentence || '', [m.name])),
    el('a', {class: 'source', href: reportHref(m.doc, m.span)}, m.file || m.doc || ''));
}
