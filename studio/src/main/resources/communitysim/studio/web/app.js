'use strict';
// communitysim studio: one page, four tabs. Everything comes from this server; nothing from the network.

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const kid of kids) if (kid !== null && kid !== undefined) e.append(kid);
  return e;
};

async function api(path, body) {
  const opts = body === undefined ? {} : {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)};
  const res = await fetch(path, opts);
  let data = null;
  try { data = await res.json(); } catch (e) { data = {error: res.status + ' ' + res.statusText}; }
  if (!res.ok) { const err = new Error(data.error || res.statusText); err.data = data; err.status = res.status; throw err; }
  return data;
}

function toast(msg) {
  const t = $('#toast'); t.textContent = msg; t.hidden = false;
  clearTimeout(toast.timer); toast.timer = setTimeout(() => t.hidden = true, 3500);
}

function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }

const state = {
  schema: null, info: null, charts: null,
  tree: {}, source: '', json: false, problems: [],
  currentJob: null, eventSource: null, chartObjs: {},
  netChart: null, netFrame: null, netPositions: new Map(), netTimer: null,
};

// ------------------------------------------------------------------ tabs
function showTab(name) {
  document.querySelectorAll('.tab').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll('.page').forEach(p => p.classList.toggle('active', p.id === 'page-' + name));
  if (name === 'run') { prefillRun(); refreshJobs(); Object.values(state.chartObjs).forEach(c => c.resize()); }
  if (name === 'network') openNetworkPage();
  if (name === 'results') { refreshResults(); refreshCompareList(); }
}
document.querySelectorAll('.tab').forEach(b => b.addEventListener('click', () => showTab(b.dataset.tab)));

// ------------------------------------------------------------------ schema form
const KNOWN_LEAF = new Set(['number', 'integer', 'string', 'boolean']);

function typeOf(s) { return Array.isArray(s.type) ? s.type.find(t => t !== 'null') : s.type; }

function getPath(obj, path) {
  let o = obj;
  for (const k of path) { if (o === null || typeof o !== 'object' || !(k in o)) return undefined; o = o[k]; }
  return o;
}
function setPath(obj, path, value) {
  let o = obj;
  for (let i = 0; i < path.length - 1; i++) {
    if (o[path[i]] === null || typeof o[path[i]] !== 'object' || Array.isArray(o[path[i]])) o[path[i]] = {};
    o = o[path[i]];
  }
  o[path[path.length - 1]] = value;
}
function deletePath(obj, path) {
  const parents = [];
  let o = obj;
  for (let i = 0; i < path.length - 1; i++) { if (!o || typeof o !== 'object') return; parents.push([o, path[i]]); o = o[path[i]]; }
  if (o && typeof o === 'object') delete o[path[path.length - 1]];
  for (let i = parents.length - 1; i >= 0; i--) {
    const [p, k] = parents[i];
    if (p[k] && typeof p[k] === 'object' && !Array.isArray(p[k]) && Object.keys(p[k]).length === 0) delete p[k]; else break;
  }
}

function metaText(s) {
  const parts = [];
  const t = typeOf(s);
  if (s.enum) parts.push('one of ' + s.enum.join(', '));
  else if (t) parts.push(t);
  if (s.minimum !== undefined || s.maximum !== undefined || s.exclusiveMinimum !== undefined) {
    const lo = s.minimum !== undefined ? s.minimum : (s.exclusiveMinimum !== undefined ? '>' + s.exclusiveMinimum : '−∞');
    const hi = s.maximum !== undefined ? s.maximum : '∞';
    parts.push('range ' + lo + ' … ' + hi);
  }
  if (s.default !== undefined && (typeof s.default !== 'object' || s.default === null)) parts.push('default ' + JSON.stringify(s.default));
  return parts.join(' · ');
}

function buildForm() {
  const form = $('#form');
  form.innerHTML = '';
  const props = state.schema.properties;
  const general = el('fieldset', {}, el('details', {open: ''}, el('summary', {text: 'General'})));
  const generalBody = general.firstChild;
  form.append(general);
  for (const [key, sub] of Object.entries(props)) {
    if (typeOf(sub) === 'object' && sub.properties) form.append(el('fieldset', {}, section([key], sub, key === 'recruitment' || key === 'churn')));
    else generalBody.append(field([key], sub));
  }
}

function section(path, schema, open) {
  const d = el('details', open ? {open: ''} : {}, el('summary', {text: path[path.length - 1]}));
  if (schema.description) d.append(el('div', {class: 'section-desc', text: schema.description}));
  for (const [key, sub] of Object.entries(schema.properties)) {
    const p = path.concat(key);
    if (typeOf(sub) === 'object' && sub.properties) d.append(section(p, sub, false));
    else d.append(field(p, sub));
  }
  return d;
}

function field(path, s) {
  const dotted = path.join('.');
  const t = typeOf(s);
  let input;
  const isJson = !(s.enum || KNOWN_LEAF.has(t));
  if (s.enum) {
    input = el('select', {}, el('option', {value: '', text: '(default: ' + s.default + ')'}), ...s.enum.map(v => el('option', {value: v, text: v})));
  } else if (t === 'boolean') {
    input = el('select', {}, el('option', {value: '', text: '(default: ' + s.default + ')'}), el('option', {value: 'true', text: 'true'}), el('option', {value: 'false', text: 'false'}));
  } else if (isJson) {
    input = el('textarea', {placeholder: s.default !== undefined ? JSON.stringify(s.default) : 'JSON', rows: 2});
  } else {
    input = el('input', {type: 'text', placeholder: s.default !== undefined ? String(s.default) : '', inputmode: t === 'string' ? 'text' : 'decimal'});
  }
  input.id = 'knob-' + dotted;
  input.dataset.path = dotted;
  const row = el('div', {class: 'field', 'data-path': dotted},
    el('label', {for: input.id, text: path[path.length - 1], title: dotted}),
    input,
    el('div', {class: 'meta'}, el('b', {text: metaText(s)}), s.description ? el('div', {text: s.description}) : null),
    el('div', {class: 'error'}));
  const onChange = () => {
    const raw = input.value;
    row.querySelector('.error').textContent = '';
    if (raw === '') deletePath(state.tree, path);
    else if (isJson) {
      try { setPath(state.tree, path, JSON.parse(raw)); }
      catch (e) { row.classList.add('invalid'); row.querySelector('.error').textContent = 'not valid JSON: ' + e.message; return; }
    } else if (t === 'boolean') setPath(state.tree, path, raw === 'true');
    else if ((t === 'number' || t === 'integer') && /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw)) setPath(state.tree, path, Number(raw));
    else setPath(state.tree, path, raw);
    row.classList.toggle('changed', raw !== '');
    renderFromTree();
  };
  input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', debounce(onChange, input.tagName === 'SELECT' ? 0 : 350));
  return row;
}

/** Puts the tree's values into the form (after opening, uploading or editing the YAML). */
function fillForm() {
  document.querySelectorAll('#form [data-path]').forEach(input => {
    if (input.classList.contains('field')) return;
    const v = getPath(state.tree, input.dataset.path.split('.'));
    if (document.activeElement === input) return;
    input.value = v === undefined ? '' : (typeof v === 'object' ? JSON.stringify(v) : String(v));
    input.closest('.field').classList.toggle('changed', v !== undefined);
  });
}

function showProblems(problems) {
  state.problems = problems || [];
  document.querySelectorAll('#form .field').forEach(f => { f.classList.remove('invalid'); f.querySelector('.error').textContent = ''; });
  const box = $('#problems');
  const unplaced = [];
  for (const p of state.problems) {
    const row = fieldFor(p.path);
    if (row) {
      row.classList.add('invalid');
      const err = row.querySelector('.error');
      err.textContent = (err.textContent ? err.textContent + '; ' : '') + (p.path === row.dataset.path ? '' : p.path + ': ') + p.message;
      const det = row.closest('details'); let d = det; while (d) { d.open = true; d = d.parentElement.closest('details'); }
    } else unplaced.push(p);
  }
  box.hidden = state.problems.length === 0;
  box.textContent = state.problems.length ? state.problems.length + ' problem(s), as `communitysim validate` prints them:\n' + state.problems.map(p => p.text).join('\n') : '';
  const st = $('#scenario-status');
  st.className = 'status ' + (state.problems.length ? 'bad' : 'ok');
  st.textContent = state.problems.length ? 'Not valid yet: fix the fields marked in red.' : '✓ valid — ' + (state.source || 'new scenario');
}

function fieldFor(path) {
  if (!path) return null;
  let p = path;
  while (p) {
    const row = document.querySelector('#form .field[data-path="' + CSS.escape(p.replace(/\[\d+\].*$/, '')) + '"]');
    if (row) return row;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
  return null;
}

const renderFromTree = debounce(async () => {
  try {
    const r = await api('/api/scenario/render', {tree: state.tree, source: state.source});
    state.json = false;
    $('#yaml').value = r.text;
    showProblems(r.problems);
  } catch (e) { toast(e.message); }
}, 50);

const checkYaml = debounce(async () => {
  const text = $('#yaml').value;
  try {
    const r = await api('/api/scenario/check', {text, source: state.source, json: state.json});
    if (r.tree) { state.tree = r.tree; fillForm(); }
    showProblems(r.problems);
  } catch (e) { toast(e.message); }
}, 400);
$('#yaml').addEventListener('input', checkYaml);

function loadInto(r, source) {
  state.source = source; state.json = !!r.json;
  state.tree = r.tree || {};
  $('#yaml').value = r.text;
  fillForm();
  showProblems(r.problems);
  const base = source.replace(/^upload:/, '').split('/').pop();
  $('#save-name').value = base.replace(/\.(yaml|yml|json)$/, '') + '-edited.yaml';
}

async function openScenario(path) {
  try { loadInto(await api('/api/scenario?path=' + encodeURIComponent(path)), path); }
  catch (e) { toast(e.message); }
}

$('#scenario-open').addEventListener('click', () => openScenario($('#scenario-select').value));
$('#scenario-select').addEventListener('change', () => openScenario($('#scenario-select').value));
$('#scenario-upload').addEventListener('change', async (ev) => {
  const f = ev.target.files[0];
  if (!f) return;
  if (f.size > state.info.maxUpload) { toast(f.name + ' is larger than the limit of 1 MB'); return; }
  const text = await f.text();
  try {
    const json = f.name.toLowerCase().endsWith('.json');
    const r = await api('/api/scenario/check', {text, json, source: 'upload:' + f.name});
    loadInto(Object.assign({text, json}, r), 'upload:' + f.name);
    toast('Uploaded ' + f.name + ' (not saved yet: use Save as)');
  } catch (e) { toast(e.message); }
  ev.target.value = '';
});
$('#scenario-save').addEventListener('click', async () => {
  const name = $('#save-name').value.trim();
  try {
    await api('/api/scenario/save', {path: name, text: $('#yaml').value, overwrite: $('#save-overwrite').checked});
    toast('Saved scenarios/' + name);
    state.source = name;
    await loadScenarioList(name);
  } catch (e) {
    if (e.data && e.data.problems) showProblems(e.data.problems);
    toast(e.message);
  }
});
$('#scenario-to-run').addEventListener('click', () => showTab('run'));

async function loadScenarioList(select) {
  const list = await api('/api/scenarios');
  const sel = $('#scenario-select');
  sel.innerHTML = '';
  for (const p of list) sel.append(el('option', {value: p, text: p}));
  if (select) sel.value = select;
  return list;
}

// ------------------------------------------------------------------ run
function knobOrDefault(key) {
  const v = state.tree[key];
  return v !== undefined ? v : state.schema.properties[key].default;
}
function prefillRun() {
  $('#run-scenario-name').textContent = (knobOrDefault('name')) + (state.problems.length ? ' (has problems: see Scenario)' : '');
  if (!$('#run-reps').dataset.touched) $('#run-reps').value = knobOrDefault('replicates');
  if (!$('#run-days').dataset.touched) $('#run-days').value = knobOrDefault('days');
  if (!$('#run-seed').dataset.touched) $('#run-seed').value = knobOrDefault('seed');
}
['#run-reps', '#run-days', '#run-seed'].forEach(s => $(s).addEventListener('input', () => $(s).dataset.touched = '1'));

// Token charts only when the scenario has a token economy: otherwise every token figure is 0, and
// a flat line at 0 reads as a result (the run's index page leaves them out for the same reason).
function shownCharts() {
  const rewards = state.tree && state.tree.rewards;
  return state.charts.filter(g => !g.tokens || !!(rewards && rewards.enabled));
}
function buildCharts() {
  const box = $('#charts');
  box.innerHTML = '';
  state.chartObjs = {};
  for (const g of shownCharts()) {
    const div = el('div', {class: 'chart', id: 'chart-' + g.key});
    box.append(div);
    const c = echarts.init(div, null, {renderer: 'canvas'});
    c.setOption({
      title: {text: g.title, left: 8, top: 4, textStyle: {fontSize: 13}},
      grid: {left: 56, right: 14, top: 34, bottom: g.series.length > 1 ? 52 : 28},
      tooltip: {trigger: 'axis'},
      legend: g.series.length > 1 ? {bottom: 0, type: 'scroll', textStyle: {fontSize: 11}, data: g.series.map(s => s.label)} : undefined,
      xAxis: {type: 'category', data: [], axisLabel: {fontSize: 10}},
      yAxis: {type: 'value', scale: false},
      animation: false,
      series: [],
    });
    state.chartObjs[g.key] = c;
  }
}

const PALETTE = ['#2f6fde', '#e0702f', '#2e9d5b', '#c23b7a', '#7b5cd6', '#8a6d1e'];
function drawCharts(snap) {
  const days = snap.dayNumbers;
  for (const g of shownCharts()) {
    if (!state.chartObjs[g.key]) continue;
    const series = [];
    g.series.forEach((s, i) => {
      const d = snap.series[s.column];
      const color = PALETTE[i % PALETTE.length];
      const lo = d.lo, hi = d.hi;
      series.push({name: s.label + ' lo', type: 'line', data: lo, stack: 'band' + i, symbol: 'none', lineStyle: {opacity: 0}, tooltip: {show: false}, silent: true, legendHoverLink: false});
      series.push({name: s.label + ' 95%', type: 'line', data: hi.map((h, k) => h === null || lo[k] === null ? null : h - lo[k]), stack: 'band' + i,
        symbol: 'none', lineStyle: {opacity: 0}, areaStyle: {color, opacity: 0.22}, tooltip: {show: false}, silent: true});
      series.push({name: s.label, type: 'line', data: d.mean, symbol: 'none', lineStyle: {width: 1.8, color}, itemStyle: {color}});
    });
    state.chartObjs[g.key].setOption({xAxis: {data: days}, series}, {replaceMerge: ['series']});
  }
}

function setProgress(job) {
  const pct = job.total ? Math.round(100 * job.done / job.total) : 0;
  $('#run-bar').style.width = pct + '%';
}

function follow(job) {
  if (state.eventSource) state.eventSource.close();
  state.currentJob = job;
  $('#run-stop').disabled = false;
  const es = new EventSource('/api/jobs/' + job.id + '/events');
  state.eventSource = es;
  const onData = (ev) => {
    const snap = JSON.parse(ev.data);
    state.lastSnap = snap; // the last data received (the browser test reads the finished run's folder from it)
    setProgress(snap.job);
    if (snap.series) drawCharts(snap);
    const j = snap.job;
    const st = $('#run-status');
    st.className = 'status';
    if (j.state === 'queued') st.textContent = 'Queued behind another job…';
    else if (j.state === 'running') st.textContent = 'Running ' + j.label + ': ' + j.done.toLocaleString() + ' of ' + j.total.toLocaleString() + ' replicate-days; ' + snap.finished + ' of ' + snap.charted + ' replicates finished (the band needs 2)' + (snap.charted < snap.replicates ? '; the live charts follow the first ' + snap.charted + ' of ' + snap.replicates + ' replicates, the results folder has them all' : '') + '.';
    if (ev.type === 'end') {
      es.close(); state.eventSource = null; $('#run-stop').disabled = true;
      if (j.state === 'done') { st.className = 'status ok'; st.innerHTML = ''; st.append('✓ Done: ' + snap.replicates + ' replicates × ' + snap.days + ' days. Results folder (as `communitysim run` writes it): ', el('a', {href: '#', text: 'results/' + j.folder, onclick: (e) => { e.preventDefault(); showTab('results'); openFolder(j.folder); }})); }
      else if (j.state === 'stopped') { st.className = 'status bad'; st.textContent = 'Stopped: no results folder written.'; }
      else { st.className = 'status bad'; st.textContent = 'Failed: ' + j.error; }
      refreshJobs();
    }
  };
  es.addEventListener('progress', onData);
  es.addEventListener('end', onData);
}

$('#run-start').addEventListener('click', async () => {
  $('#run-problems').hidden = true;
  try {
    const job = await api('/api/runs', {text: $('#yaml').value, json: state.json, source: state.source,
      replicates: $('#run-reps').value, days: $('#run-days').value, seed: $('#run-seed').value});
    buildCharts();
    follow(job);
    refreshJobs();
  } catch (e) {
    const box = $('#run-problems');
    box.hidden = false;
    box.textContent = e.message + (e.data && e.data.problems ? ':\n' + e.data.problems.map(p => p.text).join('\n') : '');
  }
});
$('#run-stop').addEventListener('click', async () => { if (state.currentJob) await api('/api/jobs/' + state.currentJob.id + '/stop', {}); });

async function refreshJobs() {
  const jobs = await api('/api/jobs');
  const body = $('#jobs tbody');
  body.innerHTML = '';
  for (const j of jobs.slice().reverse()) {
    const pct = j.total ? Math.round(100 * j.done / j.total) + '%' : '';
    const stop = j.state === 'queued' || j.state === 'running' ? el('button', {class: 'small', text: 'stop', onclick: async () => { await api('/api/jobs/' + j.id + '/stop', {}); refreshJobs(); }}) : null;
    const link = j.folder ? el('a', {href: '#', text: j.folder, onclick: (e) => { e.preventDefault(); showTab('results'); openFolder(j.folder); }}) : (j.error || '');
    body.append(el('tr', {}, el('td', {text: j.id}), el('td', {text: j.kind}), el('td', {text: j.label}), el('td', {text: j.state}), el('td', {text: pct}), el('td', {}, link), el('td', {}, stop)));
  }
  const active = jobs.filter(j => j.state === 'queued' || j.state === 'running').length;
  $('#queue-badge').textContent = active ? active + ' job(s) queued or running' : 'idle';
  return jobs;
}
setInterval(() => { refreshJobs().catch(() => {}); }, 2500);

// ------------------------------------------------------------------ network
const ROLE_COLOURS = ['#b0b7c3', '#8fb4ff', '#2f6fde', '#2e9d5b', '#e0a02f', '#d6336c'];
const GROUP_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#17becf'];

async function openNetworkPage() {
  const jobs = (await api('/api/jobs')).filter(j => j.kind === 'run' && j.state !== 'queued');
  const sel = $('#net-run');
  const keep = sel.value;
  sel.innerHTML = '';
  for (const j of jobs.slice().reverse()) sel.append(el('option', {value: j.id, text: '#' + j.id + ' ' + j.label + ' (' + j.state + ')'}));
  if (keep && jobs.some(j => String(j.id) === keep)) sel.value = keep;
  if (!state.netChart) state.netChart = echarts.init($('#network'));
  state.netChart.resize();
  if (sel.value) loadNetwork(null);
}
$('#net-run').addEventListener('change', () => { state.netPositions.clear(); loadNetwork(null); });
$('#net-colour').addEventListener('change', () => state.netFrame && drawNetwork(state.netFrame));
$('#net-day').addEventListener('input', () => { const f = state.netFrame; if (f) loadNetwork(f.recordedDays[+$('#net-day').value]); });
$('#net-prev').addEventListener('click', () => stepNetwork(-1));
$('#net-next').addEventListener('click', () => stepNetwork(1));
$('#net-play').addEventListener('click', () => {
  if (state.netTimer) { clearInterval(state.netTimer); state.netTimer = null; $('#net-play').textContent = 'Play'; return; }
  $('#net-play').textContent = 'Pause';
  state.netTimer = setInterval(() => { if (!stepNetwork(1)) { clearInterval(state.netTimer); state.netTimer = null; $('#net-play').textContent = 'Play'; } }, 900);
});
function stepNetwork(delta) {
  const f = state.netFrame; if (!f) return false;
  const i = f.recordedDays.indexOf(f.day) + delta;
  if (i < 0 || i >= f.recordedDays.length) return false;
  loadNetwork(f.recordedDays[i]);
  return true;
}

async function loadNetwork(day) {
  const id = $('#net-run').value;
  if (!id) return;
  try {
    const f = await api('/api/jobs/' + id + '/network' + (day === null ? '' : '?day=' + day));
    state.netFrame = f;
    const slider = $('#net-day');
    slider.max = f.recordedDays.length - 1;
    slider.value = f.recordedDays.indexOf(f.day);
    $('#net-day-label').textContent = 'day ' + f.day + ' · ' + f.members.toLocaleString() + ' members';
    drawNetwork(f);
  } catch (e) { $('#net-info').textContent = e.message; }
}

function savePositions() {
  const c = state.netChart;
  try {
    const data = c.getModel().getSeriesByIndex(0).getData();
    for (let i = 0; i < data.count(); i++) { const p = data.getItemLayout(i); if (p) state.netPositions.set(+data.getId(i), [p[0], p[1]]); }
  } catch (e) { /* first draw */ }
}

function drawNetwork(f) {
  savePositions();
  const byRole = $('#net-colour').value === 'role';
  const groupIndex = new Map();
  const nodes = f.ids.map((id, i) => {
    const mark = f.marks[i];
    const g = f.groups[i];
    if (!groupIndex.has(g)) groupIndex.set(g, groupIndex.size);
    const colour = byRole ? ROLE_COLOURS[f.roles[i]] : (g < 0 ? '#ccc' : GROUP_COLOURS[groupIndex.get(g) % GROUP_COLOURS.length]);
    const leader = (mark & 1) ? 'opinion leader' : (mark & 2) ? 'group leader' : null;
    const node = {id: String(id), name: 'member ' + id, value: f.roleNames[f.roles[i]] + (g >= 0 ? ', subgroup ' + g : '') + (leader ? ', ' + leader : ''),
      symbol: (mark & 1) ? 'diamond' : (mark & 2) ? 'triangle' : 'circle',
      symbolSize: (mark & 1) ? 14 : (mark & 2) ? 12 : 6,
      itemStyle: {color: colour, borderColor: leader ? '#111' : colour, borderWidth: leader ? 1.5 : 0}};
    const p = state.netPositions.get(id);
    if (p) { node.x = p[0]; node.y = p[1]; }
    return node;
  });
  const links = [];
  for (let k = 0; k < f.edges.length; k += 2) links.push({source: String(f.ids[f.edges[k]]), target: String(f.ids[f.edges[k + 1]])});
  state.netChart.setOption({
    tooltip: {formatter: (p) => p.dataType === 'node' ? p.data.name + ': ' + p.data.value : ''},
    animation: false,
    series: [{type: 'graph', layout: 'force', roam: true, draggable: false, data: nodes, links,
      force: {repulsion: nodes.length > 800 ? 14 : 36, edgeLength: [6, 26], gravity: nodes.length > 800 ? 0.35 : 0.15, friction: 0.25, layoutAnimation: nodes.length <= 1200},
      lineStyle: {color: '#9aa5b5', opacity: 0.35, width: 0.6}, emphasis: {focus: 'adjacency'}}],
  }, {replaceMerge: ['series']});
  const legend = $('#net-legend');
  legend.innerHTML = '';
  legend.append(el('div', {class: 'pane-title', text: byRole ? 'Roles' : 'Subgroups'}));
  if (byRole) f.roleNames.forEach((r, i) => legend.append(el('div', {}, el('i', {style: 'background:' + ROLE_COLOURS[i]}), r + ' (' + f.roles.filter(x => x === i).length + ')')));
  else legend.append(el('div', {text: groupIndex.size + ' subgroups among the members shown (grey: none)'}));
  legend.append(el('div', {class: 'pane-title', text: 'Marks'}));
  legend.append(el('div', {text: '◆ opinion leader (' + f.marks.filter(m => m & 1).length + ')'}));
  legend.append(el('div', {text: '▲ group leader (' + f.marks.filter(m => (m & 3) === 2).length + ')'}));
  const info = $('#net-info');
  info.textContent = (f.sampled
      ? 'Day ' + f.day + ': a sample of ' + f.shown.toLocaleString() + ' of ' + f.members.toLocaleString() + ' members (at most ' + state.info.networkMaxNodes.toLocaleString() + '): neighbourhoods of up to ' + f.perSeed + ' members around randomly chosen ones, and the links among them; the legend counts the members shown. '
      : 'Day ' + f.day + ': all ' + f.members.toLocaleString() + ' members. ')
    + (f.completeMixing ? 'This scenario mixes completely: there is no explicit social graph to draw.' : (f.edges.length / 2).toLocaleString() + ' links shown; ' + f.links.toLocaleString() + ' links among current members in all.')
    + ' Replicate 0 of run #' + f.job.id + '.';
}

// ------------------------------------------------------------------ results
async function refreshResults() {
  const list = await api('/api/results');
  const body = $('#results tbody');
  body.innerHTML = '';
  for (const r of list) {
    const tr = el('tr', {'data-path': r.path}, el('td', {text: r.kind}), el('td', {text: r.path}), el('td', {text: r.modified.replace('T', ' ').replace(/\..*$/, '').replace('Z', '')}));
    tr.addEventListener('click', () => openFolder(r.path));
    body.append(tr);
  }
  if (!list.length) body.append(el('tr', {}, el('td', {colspan: 3, text: 'No results yet: run a scenario.'})));
}
$('#results-refresh').addEventListener('click', refreshResults);

async function openFolder(path) {
  document.querySelectorAll('#results tbody tr').forEach(tr => tr.classList.toggle('selected', tr.dataset.path === path));
  const box = $('#folder');
  box.innerHTML = '';
  let f;
  try { f = await api('/api/results/folder?path=' + encodeURIComponent(path)); } catch (e) { box.textContent = e.message; return; }
  const url = (p) => '/files/' + p.split('/').map(encodeURIComponent).join('/');
  box.append(el('div', {class: 'pane-title', text: f.kind + ': ' + f.path}));
  if (f.manifest) box.append(el('div', {class: 'hint', text: [f.manifest.name && 'scenario ' + f.manifest.name, f.manifest.scenarioSource && 'from ' + f.manifest.scenarioSource, f.manifest.replicates && f.manifest.replicates + ' replicates', f.manifest.days && f.manifest.days + ' days'].filter(Boolean).join(' · ')}));
  const report = f.files.find(x => x.name === 'report.html') || f.files.find(x => x.name === 'index.html');
  const charts = f.files.filter(x => x.name.endsWith('.png'));
  const csvs = f.files.filter(x => /\.(csv|json)$/.test(x.name));
  if (report && f.kind === 'comparison') { box.append(el('a', {href: url(report.path), target: '_blank', text: 'open the report in its own tab'})); box.append(el('iframe', {src: url(report.path), title: 'report'})); }
  if (charts.length) {
    box.append(el('div', {class: 'pane-title', text: 'Charts'}));
    const grid = el('div', {class: 'charts-grid'});
    for (const c of charts.slice(0, 60)) grid.append(el('a', {href: url(c.path), target: '_blank'}, el('img', {src: url(c.path), alt: c.name, loading: 'lazy'})));
    box.append(grid);
  }
  box.append(el('div', {class: 'pane-title', text: 'Files (CSV and JSON download)'}));
  const ul = el('ul');
  for (const c of csvs) ul.append(el('li', {}, el('a', {href: url(c.path) + '?download=1', text: c.name}), ' ', el('small', {text: (c.size / 1024).toFixed(1) + ' kB'})));
  box.append(ul);
  if (report && f.kind !== 'comparison') { box.append(el('div', {class: 'pane-title'}, 'Report ', el('a', {href: url(report.path), target: '_blank', text: '(open in its own tab)'}))); box.append(el('iframe', {src: url(report.path), title: 'report'})); }
}

async function refreshCompareList() {
  const list = await api('/api/scenarios');
  const box = $('#compare-list');
  const picked = new Set([...box.querySelectorAll('input:checked')].map(i => i.value));
  box.innerHTML = '';
  for (const p of list) box.append(el('label', {}, el('input', {type: 'checkbox', value: p, ...(picked.has(p) ? {checked: ''} : {})}), ' ' + p));
  box.querySelectorAll('input').forEach(i => i.addEventListener('change', () => { if (i.checked) i.dataset.order = Date.now(); }));
}
$('#compare-start').addEventListener('click', async () => {
  const picked = [...document.querySelectorAll('#compare-list input:checked')].sort((a, b) => (+a.dataset.order || 0) - (+b.dataset.order || 0)).map(i => i.value);
  $('#compare-problems').hidden = true;
  const st = $('#compare-status');
  try {
    const job = await api('/api/compare', {paths: picked, replicates: $('#cmp-reps').value, days: $('#cmp-days').value});
    st.className = 'status'; st.textContent = 'Comparing ' + job.label + '…';
    const es = new EventSource('/api/jobs/' + job.id + '/events');
    const on = (ev) => {
      const j = JSON.parse(ev.data).job;
      if (ev.type === 'end') {
        es.close();
        if (j.state === 'done') { st.className = 'status ok'; st.textContent = '✓ Comparison written to results/' + j.folder; refreshResults(); openFolder(j.folder); }
        else { st.className = 'status bad'; st.textContent = j.state + (j.error ? ': ' + j.error : ''); }
      } else st.textContent = 'Comparing ' + j.label + ': ' + Math.round(100 * j.done / Math.max(1, j.total)) + '%';
    };
    es.addEventListener('progress', on); es.addEventListener('end', on);
  } catch (e) {
    st.className = 'status bad'; st.textContent = e.message;
    if (e.data && e.data.problems) { const b = $('#compare-problems'); b.hidden = false; b.textContent = e.data.problems.map(p => p.text).join('\n'); }
  }
});

window.addEventListener('resize', () => { Object.values(state.chartObjs).forEach(c => c.resize()); if (state.netChart) state.netChart.resize(); });

// ------------------------------------------------------------------ start
(async function start() {
  [state.info, state.schema, state.charts] = await Promise.all([api('/api/info'), api('/api/schema'), api('/api/charts')]);
  buildForm();
  buildCharts();
  const list = await loadScenarioList();
  const first = list.includes('baseline.yaml') ? 'baseline.yaml' : list[0];
  state.lastSnap = null;
  if (first) { $('#scenario-select').value = first; await openScenario(first); }
  else { loadInto({text: '{}\n', tree: {}, problems: []}, ''); }
  refreshJobs();
  document.body.dataset.ready = 'true';
})();
