// The workspace's single page: reads the hash (#/page/arg?query), lets that page's module fill
// <main>, marks the nav link and keeps the archive's counts in the header.
import {el, getJson, note, replace, count} from './dom.js';
import {route} from './router.js';
import {learnIndicators} from './labels.js';
import * as dataset from './dataset.js';
import * as findings from './findings.js';
import * as search from './search.js';
import * as projects from './projects.js';
import * as charts from './charts.js';
import * as upload from './upload.js';
import * as coverage from './coverage.js';
import * as report from './report.js';

const pages = {
  dataset: {module: dataset, nav: 'dataset', title: '数据表'},
  findings: {module: findings, nav: 'findings', title: '问题'},
  search: {module: search, nav: 'search', title: '检索'},
  projects: {module: projects, nav: 'projects', title: '项目'},
  project: {module: projects, nav: 'projects', title: '项目', detail: true},
  charts: {module: charts, nav: 'charts', title: '图表'},
  upload: {module: upload, nav: 'upload', title: '上传'},
  coverage: {module: coverage, nav: 'coverage', title: '覆盖率'},
  report: {module: report, nav: null, title: '报告'},
};

// each render gets a number; a page's late answer checks it is still the current one
let current = 0;
// the nav of the page shown, and of the page a click inside it last left (a cell, a finding, a bar)
let shownNav = null;
let clickedFrom = null;
// set while the archive is being read and the same route is rendered again
let retrying = false;

// a report opened by a click on a page keeps that page's nav lit; one opened by its URL, or by going
// back, lights none (issue 12: the nav had kept whatever page was lit before)
document.addEventListener('click', (e) => {
  const inView = e.target instanceof Node && document.getElementById('view').contains(e.target);
  clickedFrom = inView ? {nav: shownNav, at: Date.now()} : null;
}, true);

/** The nav to light for page: its own, or for a report the page clicked just now, else none. */
function navOf(page) {
  if (!page) return null;
  if (page.nav !== null) return page.nav;
  const from = clickedFrom;
  clickedFrom = null;
  return from && Date.now() - from.at < 1000 ? from.nav : null;
}

async function render() {
  const r = route();
  const page = pages[r.name];
  const view = document.getElementById('view');
  const token = ++current;
  // a retry while the archive is read renders the same route again: its nav stays as it was
  const nav = retrying ? shownNav : navOf(page);
  retrying = false;
  shownNav = nav;
  for (const a of document.querySelectorAll('.nav a')) {
    const here = nav !== null && a.dataset.route === nav;
    a.classList.toggle('active', here);
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!page) {
    replace(view, note('没有这个页面。', 'error'), el('a', {href: '#/dataset'}, '回到数据表'));
    return;
  }
  document.title = page.title + ' · 汇报工作台';
  const stale = () => token !== current;
  try {
    await page.module.render(view, r, stale);
  } catch (e) {
    if (stale()) return;
    if (e.loading) {
      // the archive is still being read after the server started: say so and try again
      replace(view, note(e.message, 'loading'));
      setTimeout(() => {
        if (stale()) return;
        retrying = true;
        render().then(refreshStats);
      }, 2000);
      return;
    }
    console.error(e);
    replace(view, note(e.message || String(e), 'error'));
  }
}

/** Refreshes the counts in the header (also after an upload has been read). */
async function refreshStats() {
  const box = document.getElementById('stats');
  try {
    const s = await getJson('/api/stats');
    const parts = [count(s.reports) + ' 份报告', count(s.facts) + ' 个数字', count(s.files) + ' 个文件'];
    replace(box, parts.join(' · '));
    if (s.updated) box.setAttribute('title', '更新于 ' + s.updated);
  } catch (e) {
    replace(box, el('span', {class: 'error'}, '统计不可用'));
  }
}

window.addEventListener('hashchange', render);
// a file dropped beside the upload zone would make the browser leave the workspace to show it
for (const type of ['dragover', 'drop']) {
  window.addEventListener(type, (e) => e.preventDefault());
}
// the upload page says so once its files are in the archive
window.addEventListener('huibao:archive-changed', refreshStats);
// the indicators' Chinese labels first, so that no page shows an id (outreach_trips) for one
getJson('/api/indicators').then(learnIndicators).catch(() => {}).finally(render);
refreshStats();
