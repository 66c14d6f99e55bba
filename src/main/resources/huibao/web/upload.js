// 上传: files dropped or chosen go to the server at once; the page follows the background ingest
// with a progress bar and lists the files that could not be read, with the reason.
import {el, getJson, replace, ApiError} from './dom.js';

// a short Chinese heading for each kind of problem the pipeline names; its reason stays in its own words
const PROBLEMS = {
  unreadable: '无法打开',
  duplicate: '重复文件',
  empty: '空文件',
  encrypted: '文件已加密',
  unsupported: '不支持的类型',
  corrupt: '文件已损坏',
  no_text_layer: '扫描件，没有文字层',
  failed: '程序出错',
};

const ACCEPT = '.docx,.doc,.pdf,.txt,.zip';
const FINISHED = new Set(['done', 'finished', 'failed', 'error']);

// the job followed, kept so that coming back to the page shows it again
let following = null;

export async function render(view) {
  const input = el('input', {id: 'upload-input', type: 'file', multiple: true, accept: ACCEPT, class: 'file-input'});
  const progress = el('progress', {id: 'upload-progress', value: 0, max: 1});
  const status = el('p', {id: 'upload-status', class: 'status'}, '尚未选择文件。');
  const done = el('div', {id: 'upload-done', class: 'done', hidden: true});
  const failures = el('ul', {id: 'upload-failures', class: 'failures'});
  const zone = el('label', {class: 'dropzone', for: 'upload-input'},
    el('strong', {}, '把报告拖到这里'),
    el('span', {}, '或点击选择文件：Word（.docx .doc）、PDF、文本（.txt），或它们的 zip 压缩包'),
    el('span', {class: 'button', id: 'upload-pick'}, '选择文件'),
    input);
  const ui = {progress, status, done, failures};
  input.addEventListener('change', () => send([...input.files], ui));
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add('over'); });
  }
  for (const type of ['dragleave', 'drop']) {
    zone.addEventListener(type, () => zone.classList.remove('over'));
  }
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    send([...e.dataTransfer.files], ui);
  });
  replace(view,
    el('h1', {}, '上传报告'),
    zone,
    el('section', {class: 'progress-card'}, status, progress, done,
      el('h2', {}, '未能读取的文件'), failures),
    el('p', {class: 'hint'}, '文件以生成的名称保存在数据目录的 uploads 文件夹中，读取在后台进行，可离开本页。'));
  if (following) follow(following, ui);
}

async function send(files, ui) {
  if (files.length === 0) return;
  const form = new FormData();
  for (const f of files) form.append('files[]', f, f.name);
  ui.done.hidden = true;
  replace(ui.failures);
  ui.progress.value = 0;
  ui.progress.max = files.length;
  replace(ui.status, '正在上传 ' + files.length + ' 个文件…');
  let job;
  try {
    const response = await fetch('/api/uploads', {method: 'POST', body: form});
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, (body && body.error) || '上传失败（' + response.status + '）');
    job = body.job;
  } catch (e) {
    replace(ui.status, el('span', {class: 'error'}, e.message));
    return;
  }
  follow(job, ui);
}

/** Polls the job until it has finished; a newer upload takes over from an older one. */
async function follow(job, ui) {
  following = job;
  for (;;) {
    let s;
    try {
      s = await getJson('/api/uploads/' + encodeURIComponent(job));
    } catch (e) {
      replace(ui.status, el('span', {class: 'error'}, e.message));
      return;
    }
    if (following !== job || !ui.progress.isConnected) return;
    ui.progress.max = Math.max(1, s.total || 0);
    ui.progress.value = s.done || 0;
    replace(ui.failures, (s.failures || []).map(f =>
      el('li', {}, el('b', {}, f.file || ''),
        PROBLEMS[f.kind] ? el('span', {class: 'problem-kind'}, PROBLEMS[f.kind]) : null,
        el('span', {}, f.reason || ''))));
    if (FINISHED.has(s.state)) {
      finish(s, ui);
      return;
    }
    replace(ui.status, '正在读取 ' + (s.done || 0) + ' / ' + (s.total || 0) + (s.current ? '：' + s.current : ''));
    await new Promise(resolve => setTimeout(resolve, 400));
  }
}

function finish(s, ui) {
  const failed = (s.failures || []).length;
  const read = Math.max(0, (s.total || 0) - failed);
  ui.progress.value = ui.progress.max;
  replace(ui.status, s.state === 'done' || s.state === 'finished' ? '读取完成。' : '读取中止。');
  replace(ui.done,
    el('p', {}, '已读入 ' + read + ' 个文件' + (failed ? '，' + failed + ' 个未能读取（见下）' : '') + '。'),
    el('p', {}, el('a', {href: '#/search?q='}, '在检索中查看'), ' · ', el('a', {href: '#/dataset'}, '查看数据表')));
  ui.done.classList.toggle('with-failures', failed > 0);
  ui.done.hidden = false;
  if (failed === 0) ui.failures.append(el('li', {class: 'none'}, '无'));
  window.dispatchEvent(new Event('huibao:archive-changed'));
}


