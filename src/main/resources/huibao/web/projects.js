// 项目: the tracker's list (#/projects) and one project's stage timeline with its sources
// (#/project/{id}): each step quotes the sentence that states it and opens the report there.
import {el, getJson, replace, note, reportHref, sentenceWithFigures, rowsInSteps, count} from './dom.js';

export async function render(view, r, stale) {
  if (r.name === 'project') return detail(view, r.arg, stale);
  replace(view, el('h1', {}, '项目'), note('正在读取项目…'));
  const data = await getJson('/api/projects');
  if (stale()) return;
  const list = Array.isArray(data) ? data : (data.projects || []);
  const filter = el('input', {id: 'project-filter', type: 'search', placeholder: '按项目名、地区、投资方筛选',
    autocomplete: 'off', value: r.params.get('q') || ''});
  const body = el('tbody');
  const fill = () => {
    const words = filter.value.trim().toLowerCase();
    const shown = list.filter(p => !words || [p.name, ...(p.names || []), p.region, ...(p.investors || [])]
      .some(s => s && s.toLowerCase().includes(words)));
    rowsInSteps(body, shown, row, 6);
    if (shown.length === 0) body.append(el('tr', {}, el('td', {colspan: 6, class: 'empty'}, '没有符合的项目。')));
  };
  filter.addEventListener('input', fill);
  fill();
  replace(view,
    el('div', {class: 'page-head'}, el('h1', {}, '项目'), el('p', {class: 'meta'}, '共 ' + count(list.length) + ' 个项目')),
    el('div', {class: 'toolbar'}, filter),
    list.length === 0 ? note('档案中的报告尚未提到项目。') : el('div', {class: 'table-wrap'},
      el('table', {class: 'list', id: 'project-list'},
        el('thead', {}, el('tr', {}, ['项目', '地区', '当前阶段', '阶段经历', '报告数', '最新投资额'].map(h => el('th', {}, h)))),
        body)));
}

function row(p) {
  const open = () => { location.hash = '#/project/' + encodeURIComponent(p.id); };
  const latest = p.latest_investment;
  return el('tr', {class: 'project-row', tabindex: 0, data: {project: p.id}, onclick: open,
    onkeydown: (e) => { if (e.key === 'Enter') open(); }},
  el('td', {}, el('a', {href: '#/project/' + encodeURIComponent(p.id)}, p.name || p.id)),
  el('td', {}, p.region || ''),
  el('td', {}, p.stage ? el('span', {class: 'stage'}, p.stage) : '—'),
  el('td', {class: 'path'}, (p.stage_path || []).join(' → ')),
  el('td', {class: 'num'}, String(p.reports ?? '')),
  el('td', {class: 'num'}, latest && latest.fact ? latest.fact.text : '—'));
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
      el('a', {class: 'source', href: reportHref(s.doc, s.span)}, s.doc || '')));
}

function figure(f) {
  const x = f.fact || {};
  return el('li', {},
    el('span', {class: 'when'}, f.period || ''),
    el('span', {class: 'wording'}, f.wording || ''),
    el('b', {}, x.text || ''),
    el('blockquote', {}, sentenceWithFigures(x.sentence || '', [x.text])),
    el('a', {class: 'source', href: reportHref(x.doc || f.doc, x.span)}, f.doc || ''));
}

function mention(m) {
  return el('li', {},
    el('span', {class: 'when'}, m.period || ''),
    m.stage ? el('span', {class: 'stage'}, m.stage) : null,
    el('blockquote', {}, sentenceWithFigures(m.sentence || '', [m.name])),
    el('a', {class: 'source', href: reportHref(m.doc, m.span)}, m.doc || ''));
}
