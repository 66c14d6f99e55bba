// The Chinese words for the ids the JSON carries (the same words as the CLI's enums).

export const FINDING_KINDS = {
  redacted: '缺失数字',
  missing_indicator: '缺报指标',
  completion: '完成率',
  share: '占比',
  share_sum: '占比合计',
  parts_sum: '分项合计',
  list_sum: '分别列举合计',
  table_sum: '表内合计',
  yoy: '增速',
  growth_mix: '增速构成',
  ratio: '比率',
  conflict: '前后不一',
  cross_report: '上下级不符',
  district_sum: '区县合计',
  implausible: '明显不合理',
};

export const SEVERITIES = {
  error: '错误',
  warning: '缺失',
  info: '提示',
  ok: '核对一致',
};

/** The cell states of the dataset, in the legend's order. */
export const CELL_STATES = [
  ['ok', '可比', '数值可以与同列相比、相加'],
  ['missing', '缺失', '报告没有写这个数'],
  ['masked', '遮盖', '数字被遮盖或留空（如 ×× 万美元）'],
  ['not-comparable', '不可比', '期间、口径或币种与同列不同，或是约数'],
  ['inconsistent', '不一致', '同一报告多处数值不一，或核对发现错误'],
];

export const MEASURES = {
  value: '数值',
  yoy: '同比',
  yoy_abs: '同比增减',
  completion: '完成率',
  target: '目标',
  share: '占比',
  pp_change: '百分点变化',
  rank: '位次',
};

// indicator id -> label, learnt from whatever the server has sent (dataset columns, facets)
const indicators = new Map([['other', '其他']]);

/** Remembers indicator labels: from [{value|indicator|key, label}] lists. */
export function learnIndicators(list) {
  for (const x of list || []) {
    if (!x || typeof x !== 'object') continue;
    const id = x.indicator ?? x.value ?? x.id ?? x.key;
    if (id && x.label && x.label !== id && !indicators.has(id)) indicators.set(String(id), String(x.label));
  }
}

/** The indicator's Chinese label when known, else its id. */
export function indicatorLabel(id) {
  return indicators.get(id) || id || '';
}

// the unfiltered table's columns, once the dataset page or the charts page has fetched them
let tableColumns = null;

/** Keeps the whole table's columns (the charts page offers them without fetching the table again). */
export function rememberColumns(columns) {
  tableColumns = columns;
}

/** The whole table's columns when known, else null. */
export function knownColumns() {
  return tableColumns;
}

// an upload may add columns
window.addEventListener('huibao:archive-changed', () => { tableColumns = null; });
