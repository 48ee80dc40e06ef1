// Builder-style widget panel: the values come computed from the map's data (Java side, spec.overlays.widgets); this
// file only draws them. formula, category, pie, histogram, range and scatter stack in a panel on the right;
// timeseries and table sit along the bottom of the map, as in Builder's viewer.
const SVG = 'http://www.w3.org/2000/svg';
const BAR = '#036fe2';
const PIE = ['#7F3C8D', '#11A579', '#3969AC', '#F2B701', '#E73F74', '#80BA5A', '#E68310', '#008695', '#CF1C90',
  '#f97b72', '#A5AA99'];
const BOTTOM = new Set(['timeseries', 'table']);

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

/** Formats a value the way the widget's `formatter` asks (short: 4.1B; currency: $; percent: %). */
export function formatWidgetValue(v, formatter) {
  if (v === null || v === undefined) return '–';
  if (typeof v !== 'number') return String(v);
  const f = String(formatter || '').toUpperCase();
  const short = f.includes('SHORT') || (!f && Math.abs(v) >= 1e6);
  const options = short ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 };
  if (f.includes('CURRENCY')) Object.assign(options, { style: 'currency', currency: 'USD' });
  if (f.includes('PERCENT')) Object.assign(options, { style: 'percent' });
  return new Intl.NumberFormat('en-US', options).format(v);
}

function formula(w, body) {
  body.appendChild(el('div', 'w-formula', formatWidgetValue(w.value, w.formatter)));
}

function categories(w, body) {
  const list = w.categories || [];
  const max = Math.max(1e-12, ...list.map(c => Math.abs(Number(c.value) || 0)));
  for (const c of list.slice(0, 8)) {
    const row = el('div', 'w-cat');
    const line = el('div', 'w-cat-line');
    line.appendChild(el('span', 'w-cat-name', c.name === null ? 'null' : c.name));
    line.appendChild(el('span', 'w-cat-value', formatWidgetValue(c.value, w.formatter)));
    row.appendChild(line);
    const track = el('div', 'w-cat-track');
    const bar = el('div', 'w-cat-bar');
    bar.style.width = `${(100 * Math.abs(Number(c.value) || 0)) / max}%`;
    track.appendChild(bar);
    row.appendChild(track);
    body.appendChild(row);
  }
  const more = (w.total || list.length) - Math.min(8, list.length);
  if (more > 0) body.appendChild(el('div', 'w-more', `+${more} more`));
}

function pie(w, body) {
  const list = (w.categories || []).filter(c => Number(c.value) > 0);
  const top = list.slice(0, PIE.length - 1);
  const rest = list.slice(PIE.length - 1).reduce((s, c) => s + Number(c.value), 0) + (Number(w.others) || 0);
  const slices = rest > 0 ? [...top, { name: 'Others', value: rest }] : top;
  const total = slices.reduce((s, c) => s + Number(c.value), 0) || 1;
  const box = el('div', 'w-pie-box');
  const chart = svg('svg', { width: 100, height: 100, viewBox: '-60 -60 120 120' });
  let angle = -Math.PI / 2;
  slices.forEach((c, i) => {
    const share = Number(c.value) / total;
    const end = angle + share * 2 * Math.PI;
    const color = PIE[i % PIE.length];
    if (share >= 0.9999) {
      chart.appendChild(svg('circle', { r: 55, fill: color }));
    } else {
      const large = end - angle > Math.PI ? 1 : 0;
      const p = (a, r) => `${(r * Math.cos(a)).toFixed(2)} ${(r * Math.sin(a)).toFixed(2)}`;
      chart.appendChild(svg('path', { d: `M ${p(angle, 55)} A 55 55 0 ${large} 1 ${p(end, 55)} L 0 0 Z`, fill: color }));
    }
    angle = end;
  });
  chart.appendChild(svg('circle', { r: 32, fill: '#ffffff' }));
  box.appendChild(chart);
  const legend = el('div', 'w-pie-legend');
  slices.forEach((c, i) => {
    const row = el('div', 'w-pie-row');
    const sw = el('span', 'w-swatch');
    sw.style.background = PIE[i % PIE.length];
    row.appendChild(sw);
    row.appendChild(el('span', 'w-pie-name', c.name === null ? 'null' : c.name));
    row.appendChild(el('span', 'w-pie-share', `${Math.round((100 * Number(c.value)) / total)}%`));
    legend.appendChild(row);
  });
  box.appendChild(legend);
  body.appendChild(box);
}

function bars(values, width, height, color) {
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  const max = Math.max(1e-12, ...values.map(v => Number(v) || 0));
  const step = width / Math.max(1, values.length);
  values.forEach((v, i) => {
    const h = Math.max(0, ((Number(v) || 0) / max) * (height - 2));
    chart.appendChild(svg('rect', { x: i * step + 0.5, y: height - h, width: Math.max(1, step - 1), height: h, fill: color }));
  });
  return chart;
}

function histogram(w, body) {
  const bins = w.bins || [];
  body.appendChild(bars(bins.map(b => b.value), 268, 80, BAR));
  const axis = el('div', 'w-axis');
  axis.appendChild(el('span', null, formatWidgetValue(w.min, w.formatter)));
  axis.appendChild(el('span', null, formatWidgetValue(w.max, w.formatter)));
  body.appendChild(axis);
}

function range(w, body) {
  const track = el('div', 'w-range');
  track.appendChild(el('div', 'w-range-fill'));
  track.appendChild(el('div', 'w-range-handle left'));
  track.appendChild(el('div', 'w-range-handle right'));
  body.appendChild(track);
  const axis = el('div', 'w-axis');
  axis.appendChild(el('span', null, formatWidgetValue(w.min, w.formatter)));
  axis.appendChild(el('span', null, formatWidgetValue(w.max, w.formatter)));
  body.appendChild(axis);
}

function scatter(w, body) {
  const pts = w.points || [];
  const width = 268;
  const height = 120;
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  const xs = pts.map(p => Number(p[0]));
  const ys = pts.map(p => Number(p[1]));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = x => 4 + ((x - x0) / (x1 - x0 || 1)) * (width - 8);
  const sy = y => height - 4 - ((y - y0) / (y1 - y0 || 1)) * (height - 8);
  chart.appendChild(svg('line', { x1: 2, y1: height - 2, x2: width, y2: height - 2, stroke: '#c1c3c5' }));
  chart.appendChild(svg('line', { x1: 2, y1: 0, x2: 2, y2: height - 2, stroke: '#c1c3c5' }));
  pts.forEach((p, i) => chart.appendChild(svg('circle', { cx: sx(xs[i]).toFixed(1), cy: sy(ys[i]).toFixed(1), r: 2, fill: BAR, 'fill-opacity': 0.6 })));
  body.appendChild(chart);
}

function timeseries(w, body) {
  const steps = w.steps || [];
  const width = 600;
  const height = 70;
  if (w.chartType === 'bar') {
    body.appendChild(bars(steps.map(s => s.value), width, height, BAR));
  } else {
    const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
    const values = steps.map(s => Number(s.value) || 0);
    const max = Math.max(1e-12, ...values);
    const x = i => (values.length < 2 ? width / 2 : (i / (values.length - 1)) * (width - 2) + 1);
    const y = v => height - 1 - (v / max) * (height - 4);
    const line = values.map((v, i) => `${i ? 'L' : 'M'} ${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join(' ');
    if (w.chartType === 'area' && values.length) {
      chart.appendChild(svg('path', { d: `${line} L ${x(values.length - 1).toFixed(1)} ${height} L ${x(0).toFixed(1)} ${height} Z`, fill: BAR, 'fill-opacity': 0.25 }));
    }
    chart.appendChild(svg('path', { d: line, fill: 'none', stroke: BAR, 'stroke-width': 2 }));
    body.appendChild(chart);
  }
  const axis = el('div', 'w-axis');
  axis.appendChild(el('span', null, steps.length ? String(steps[0].start).slice(0, 10) : ''));
  axis.appendChild(el('span', null, steps.length ? String(steps[steps.length - 1].start).slice(0, 10) : ''));
  body.appendChild(axis);
}

function table(w, body) {
  const t = el('table', 'w-table');
  const head = el('tr');
  (w.headers || w.columns || []).forEach(h => head.appendChild(el('th', null, h)));
  t.appendChild(head);
  for (const r of (w.rows || []).slice(0, 5)) {
    const tr = el('tr');
    r.forEach(v => tr.appendChild(el('td', typeof v === 'number' ? 'num' : null, typeof v === 'number' ? formatWidgetValue(v) : v)));
    t.appendChild(tr);
  }
  body.appendChild(t);
  if (Number.isFinite(w.total)) body.appendChild(el('div', 'w-more', `${Math.min(5, (w.rows || []).length)} of ${w.total} rows`));
}

const DRAW = { formula, category: categories, pie, histogram, range, scatter, scatterplot: scatter, timeseries, table };

function card(w) {
  const c = el('div', `w-card widget-${w.type}`);
  c.appendChild(el('div', 'w-title', w.title || w.id || w.type));
  const body = el('div', 'w-body');
  if (w.error) body.appendChild(el('div', 'w-error', w.error));
  else if (DRAW[w.type]) DRAW[w.type](w, body);
  c.appendChild(body);
  return c;
}

/** Draws the widget panel (right) and bottom strip; returns true when a right panel was drawn. */
export function drawWidgets(root, widgets) {
  if (!Array.isArray(widgets) || !widgets.length) return { right: false, bottom: false };
  const side = widgets.filter(w => !BOTTOM.has(w.type));
  const bottom = widgets.filter(w => BOTTOM.has(w.type));
  if (side.length) {
    const panel = el('div', 'widgets');
    side.forEach(w => panel.appendChild(card(w)));
    root.appendChild(panel);
  }
  if (bottom.length) {
    const strip = el('div', `widgets-bottom${side.length ? ' beside-panel' : ''}`);
    bottom.forEach(w => strip.appendChild(card(w)));
    root.appendChild(strip);
  }
  return { right: side.length > 0, bottom: bottom.length > 0 };
}
