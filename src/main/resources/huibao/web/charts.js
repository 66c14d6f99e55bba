// 图表: one column of the table (an indicator and measure) as bars across regions for a period and
// a line per region across periods. ECharts comes from its webjar on this server, loaded only
// when this page is opened; a bar opens the report at the figure it draws.
import {el, getJson, query, replace, note, reportHref, picker} from './dom.js';
import {go} from './router.js';
import {MEASURES, learnIndicators, knownColumns, rememberColumns} from './labels.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const COLOURS = ['#2f6f9f', '#d0793b', '#4b9b6e', '#a0527a', '#c7a23a', '#5d6bb5', '#7a8b8c', '#b5503f'];

let echartsModule = null;
const live = [];

export async function render(view, r, stale) {
  for (const c of live.splice(0)) c.dispose();
  const indicator = r.params.get('indicator') || '';
  const period = r.params.get('period') || '';
  replace(view, el('h1', {}, '图表'), note('正在绘制…'));
  const [echarts, cols, data] = await Promise.all([
    echartsModule || import(ECHARTS).then(m => (echartsModule = m)),
    knownColumns() || getJson('/api/dataset').then(d => {
      rememberColumns((d.table || d).columns || []);
      return knownColumns();
    }),
    getJson('/api/chart' + query({indicator, period})),
  ]);
  if (stale()) return;
  learnIndicators(cols);
  const columnChoices = cols.map(c => ({value: c.key, label: c.label + ' · ' + (MEASURES[c.measure] || c.measure) +
    (c.unit ? '（' + c.unit + '）' : ''), count: null}));
  const periodChoices = (data.periods || []).map(p => ({value: p, label: p, count: null}));
  const bar = el('div', {id: 'chart', class: 'chart', role: 'img', 'aria-label': '各地区柱状图'});
  const line = el('div', {id: 'chart-line', class: 'chart', role: 'img', 'aria-label': '各期折线图'});
  const title = (data.label || '') + ' · ' + (MEASURES[data.measure] || data.measure || '') + (data.unit ? '（' + data.unit + '）' : '');
  replace(view,
    el('div', {class: 'page-head'}, el('h1', {}, '图表'), el('p', {class: 'meta'}, title)),
    el('div', {class: 'toolbar'},
      picker('chart-indicator', '指标', columnChoices, data.key || indicator, (v) => go('charts', {indicator: v}), '（第一列）'),
      picker('chart-period', '期间', periodChoices, data.period || period,
        (v) => go('charts', {indicator: data.key || indicator, period: v}), '（最近一期）')),
    (data.periods || []).length === 0
      ? el('p', {class: 'note'}, '这个指标还没有可比的数值。', el('a', {href: '#/upload'}, '上传报告'), '，或换一个指标。')
      : [el('section', {class: 'chart-card'},
        el('h2', {}, '各地区' + (data.period ? ' · ' + data.period : '')),
        (data.bars || []).length ? bar : note('这一期没有可比的数值。')),
      el('section', {class: 'chart-card'},
        el('h2', {}, '各期走势'), (data.lines || []).length ? line : note('没有可比的数值。'))],
    el('p', {class: 'hint'}, '只画口径、期间、币种可比的数值；点击柱子打开来源报告中的那个数字。'));
  if ((data.bars || []).length) live.push(barChart(echarts, bar, data));
  if ((data.lines || []).length) live.push(lineChart(echarts, line, data));
}

// more bars than this are sorted, largest first, and shown through a zoom window of this many
const MANY_BARS = 30;
// more regions than this start with only the first ones' lines drawn (the legend turns others on)
const MANY_LINES = 10;

function barChart(echarts, node, data) {
  const many = data.bars.length > MANY_BARS;
  const bars = many ? [...data.bars].sort((a, b) => Number(b.value) - Number(a.value)) : data.bars;
  const chart = echarts.init(node, null, {renderer: 'canvas'});
  chart.setOption({
    color: COLOURS,
    // the browser test clicks a bar by these margins: keep them for a chart of few bars
    grid: {left: 70, right: 24, top: 44, bottom: many ? 110 : 70},
    tooltip: {trigger: 'item', formatter: (p) => tip(bars[p.dataIndex])},
    xAxis: {type: 'category', data: bars.map(b => b.row || b.region), axisLabel: {interval: 0, rotate: 30}},
    yAxis: {type: 'value', name: data.unit || ''},
    dataZoom: many ? [{type: 'slider', bottom: 8, startValue: 0, endValue: MANY_BARS - 1}, {type: 'inside'}] : [],
    series: [{type: 'bar', data: bars.map(b => Number(b.value)), barMaxWidth: 42,
      label: {show: true, position: 'top', formatter: (p) => bars[p.dataIndex].display || ''}}],
  });
  chart.on('click', (p) => {
    const b = bars[p.dataIndex];
    if (b) location.hash = reportHref(b.doc, b.span);
  });
  return chart;
}

function lineChart(echarts, node, data) {
  const periods = data.periods || [];
  const chart = echarts.init(node, null, {renderer: 'canvas'});
  const series = data.lines.map(l => {
    const at = new Map(l.points.map(p => [p.period, p]));
    return {name: l.region, type: 'line', connectNulls: true, symbolSize: 8,
      data: periods.map(p => (at.has(p) ? Number(at.get(p).value) : null)), points: periods.map(p => at.get(p))};
  });
  chart.setOption({
    color: COLOURS,
    grid: {left: 70, right: 24, top: 60, bottom: 40},
    legend: {type: 'scroll', top: 0,
      selected: Object.fromEntries(series.map((s, i) => [s.name, i < MANY_LINES]))},
    tooltip: {trigger: 'item', formatter: (p) => tip(series[p.seriesIndex].points[p.dataIndex])},
    xAxis: {type: 'category', data: periods},
    yAxis: {type: 'value', name: data.unit || ''},
    series: series.map(({points, ...s}) => s),
  });
  chart.on('click', (p) => {
    const point = series[p.seriesIndex].points[p.dataIndex];
    if (point) location.hash = reportHref(point.doc, point.span);
  });
  return chart;
}

/**
 * A tooltip as plain text: ECharts puts a string formatter's result in as HTML, so region names
 * and figures go in as a DOM node instead.
 */
function tip(point) {
  if (!point) return '';
  return el('div', {class: 'chart-tip'}, el('b', {}, point.row || point.region || ''),
    el('div', {}, (point.period || '') + '：' + (point.display || '') + ' ' + (point.unit || '')),
    point.text ? el('div', {}, '报告原文：' + point.text) : null,
    el('small', {}, '点击打开报告原句'));
}

window.addEventListener('resize', () => live.filter(c => c.getDom().isConnected).forEach(c => c.resize()));
