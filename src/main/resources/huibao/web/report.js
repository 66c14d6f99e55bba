// 报告: one report's cleaned text with its figures underlined, the figure the analyst came for in
// <mark id="at"> inside its highlighted sentence, and the report's findings beside it.
import {el, getJson, replace, note, reportHref, periodLabel} from './dom.js';
import {FINDING_KINDS, SEVERITIES, MEASURES, indicatorLabel} from './labels.js';

const SENTENCE_END = /[。！？\n]/;

export async function render(view, r, stale) {
  const doc = r.arg;
  const at = parseAt(r.params.get('at'));
  replace(view, note('正在打开报告…'));
  // slashes stay as they are: the doc id's folders are path segments of the route
  const data = await getJson('/api/report/' + doc.split('/').map(encodeURIComponent).join('/'));
  if (stale()) return;
  const info = data.report || data;
  document.title = (info.title || doc) + ' · 汇报工作台';
  const text = data.text || '';
  const base = textStart(data, text);
  const facts = (data.facts || []).filter(f => f.span);
  const local = at && [at[0] - base, at[1] - base];
  const atSpan = local && local[0] >= 0 && local[1] <= text.length ? local : null;
  const findings = data.findings || [];
  const body = el('div', {id: 'report-text', class: 'report-text'});
  body.append(renderText(text, base, facts, atSpan));
  replace(view,
    history.length > 1 ? el('p', {class: 'crumbs'},
      el('a', {href: '#', onclick: (e) => { e.preventDefault(); history.back(); }}, '‹ 返回')) : null,
    el('div', {class: 'page-head'},
      el('div', {},
        el('h1', {}, info.title || doc),
        el('p', {class: 'meta'}, meta(info)))),
    el('div', {class: 'report-layout'},
      el('article', {class: 'paper'}, body),
      el('aside', {class: 'side'},
        el('h2', {}, '本报告的问题（' + findings.length + '）'),
        findings.length === 0 ? note('未发现问题。') : el('ul', {class: 'side-findings'},
          findings.map(f => sideFinding(f))),
        el('h2', {}, '数字（' + facts.length + '）'),
        facts.length === 0 ? note('这份报告中没有读出数字，请人工翻阅。') :
          el('p', {class: 'hint'}, '正文中带下划线的是读出的数字，悬停可见其指标；点击下列数字定位。'),
        el('ul', {class: 'side-facts'}, facts.map(f => el('li', {},
          el('a', {href: reportHref(info.doc || doc, f.span)},
            el('span', {class: 'what'}, indicatorLabel(f.indicator) +
              (f.measure && f.measure !== 'value' ? ' ' + (MEASURES[f.measure] || f.measure) : '')),
            // 新签约项目 5个 of 亿元以上 is not 新签约项目 5个: the scope tells the two apart
            f.scope ? el('span', {class: 'scope'}, f.scope) : null,
            el('b', {}, f.text || ''))))))));
  if (at && !atSpan) {
    body.before(note('定位的位置不在这份报告的正文中。', 'error'));
  }
  const mark = document.getElementById('at');
  if (mark) mark.scrollIntoView({block: 'center'});
}

function parseAt(s) {
  const m = /^(\d+)-(\d+)$/.exec(s || '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Where the text starts in the file's offsets: facts carry file offsets, and a file holding
 * several reports sends only this report's part (its range).
 */
function textStart(data, text) {
  if (Number.isInteger(data.offset)) return data.offset;
  if (Number.isInteger(data.text_start)) return data.text_start;
  const range = (data.report || data).range;
  if (Array.isArray(range) && range[1] - range[0] === text.length) return range[0];
  return 0;
}

function meta(data) {
  const parts = [data.issuer, data.region, periodLabel(data.period), data.date, data.file || data.doc];
  return parts.filter(Boolean).join(' · ');
}

function sideFinding(f) {
  const first = (f.facts || [])[0];
  return el('li', {class: 'sev-' + f.severity},
    el('span', {class: 'badge sev-' + f.severity}, SEVERITIES[f.severity] || f.severity),
    el('span', {class: 'kind'}, FINDING_KINDS[f.kind] || f.kind),
    el('p', {}, f.message || ''),
    first ? el('a', {href: reportHref(first.doc, first.span)}, '定位') : null);
}

/**
 * The text with each fact in a span.fact and the at-range in <mark id="at">, inside a
 * span.at-sentence around its sentence. Overlapping facts keep the first; a fact that
 * overlaps the mark gives way to it.
 */
function renderText(text, base, facts, at) {
  const spans = [];
  if (at) spans.push({s: at[0], e: at[1], mark: true});
  for (const f of facts) {
    const s = f.span[0] - base;
    const e = f.span[1] - base;
    if (s < 0 || e > text.length || s >= e) continue;
    spans.push({s, e, fact: f});
  }
  spans.sort((a, b) => a.s - b.s || (b.mark ? 1 : 0) - (a.mark ? 1 : 0));
  const kept = [];
  for (const x of spans) {
    const clash = kept.find(k => k.s < x.e && x.s < k.e);
    if (!clash) kept.push(x);
    else if (x.mark) kept.splice(kept.indexOf(clash), 1, x);
  }
  kept.sort((a, b) => a.s - b.s);
  if (!at) return pieces(text, 0, text.length, kept);
  let s = at[0];
  while (s > 0 && !SENTENCE_END.test(text[s - 1])) s--;
  let e = at[1];
  while (e < text.length && !SENTENCE_END.test(text[e])) e++;
  if (e < text.length) e++;
  const frag = document.createDocumentFragment();
  frag.append(pieces(text, 0, s, kept),
    el('span', {class: 'at-sentence'}, pieces(text, s, e, kept)),
    pieces(text, e, text.length, kept));
  return frag;
}

/** text[from, to) with the kept spans lying wholly inside it as elements. */
function pieces(text, from, to, kept) {
  const frag = document.createDocumentFragment();
  let pos = from;
  for (const k of kept) {
    if (k.s < pos || k.e > to) continue;
    frag.append(document.createTextNode(text.slice(pos, k.s)));
    if (k.mark) {
      frag.append(el('mark', {id: 'at'}, text.slice(k.s, k.e)));
    } else {
      const f = k.fact;
      const tip = [indicatorLabel(f.indicator), MEASURES[f.measure] || f.measure, f.text,
        f.redacted ? '数字缺失' : null].filter(Boolean).join(' · ');
      frag.append(el('span', {class: 'fact' + (f.redacted ? ' redacted' : ''), title: tip},
        text.slice(k.s, k.e)));
    }
    pos = k.e;
  }
  frag.append(document.createTextNode(text.slice(pos, to)));
  return frag;
}
