// Tile statistics in the shape CARTO's stats API returns, computed from local rows, so that parseMap's scale
// domains (quantize min/max, quantile breaks, ordinal categories) match what Builder would show.

const MAX_QUANTILE_CLASSES = 20;
const MAX_CATEGORIES = 100;

/** Quantile with linear interpolation, the method d3 uses. */
function quantile(sorted, p) {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function numericStats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const quantiles = {};
  for (let n = 2; n <= MAX_QUANTILE_CLASSES; n++) {
    const breaks = [];
    for (let i = 0; i <= n; i++) breaks.push(quantile(sorted, i / n));
    quantiles[n] = breaks;
  }
  const sum = sorted.reduce((s, v) => s + v, 0);
  return { min: sorted[0], max: sorted[sorted.length - 1], sum, avg: sum / sorted.length, quantiles };
}

function categoryStats(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  const categories = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .slice(0, MAX_CATEGORIES)
    .map(([category, frequency]) => ({ category, frequency }));
  return { categories };
}

/** One attribute entry: numbers get min/max/quantiles, anything else gets categories. */
export function attributeStats(name, values) {
  const present = values.filter(v => v !== null && v !== undefined);
  const numbers = present.filter(v => typeof v === 'number' && Number.isFinite(v));
  if (present.length > 0 && numbers.length === present.length) {
    return { attribute: name, type: 'Number', ...numbersStatsWithCategories(numbers) };
  }
  const type = present.every(v => typeof v === 'boolean') ? 'Boolean' : 'String';
  return { attribute: name, type, ...categoryStats(present) };
}

function numbersStatsWithCategories(numbers) {
  // Numeric columns can still be coloured with an ordinal scale (Builder allows it on integer classes).
  return { ...numericStats(numbers), ...categoryStats(numbers) };
}

const GEOMETRY_NAMES = {
  Point: 'Point', MultiPoint: 'Point',
  LineString: 'LineString', MultiLineString: 'LineString',
  Polygon: 'Polygon', MultiPolygon: 'Polygon'
};

/** Most frequent geometry kind of the features, in tilestats naming. */
export function dominantGeometry(features) {
  const counts = {};
  for (const f of features) {
    const name = f.geometry && GEOMETRY_NAMES[f.geometry.type];
    if (name) counts[name] = (counts[name] || 0) + 1;
  }
  let best = null;
  for (const [name, n] of Object.entries(counts)) if (!best || n > counts[best]) best = name;
  return best;
}

/** Tilestats for rows that each carry `properties`. */
export function computeTilestats(rows, geometry) {
  const names = new Set();
  for (const r of rows) for (const k of Object.keys(r.properties || {})) names.add(k);
  const attributes = [...names].map(name => attributeStats(name, rows.map(r => (r.properties || {})[name])));
  return {
    layers: [{ layer: 'default', count: rows.length, geometry: geometry || null, attributeCount: attributes.length, attributes }]
  };
}
