// Aggregation functions named as in Builder layer channels (long and short forms).

function numeric(values) {
  return values.filter(v => typeof v === 'number' && Number.isFinite(v));
}

function mode(values) {
  const counts = new Map();
  let best;
  let bestCount = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const n = (counts.get(v) || 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best ?? null;
}

function variance(values) {
  const xs = numeric(values);
  if (xs.length === 0) return null;
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  return xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length;
}

const FUNCTIONS = {
  count: values => values.length,
  sum: values => numeric(values).reduce((s, v) => s + v, 0),
  average: values => {
    const xs = numeric(values);
    return xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : null;
  },
  maximum: values => {
    const xs = numeric(values);
    return xs.length ? Math.max(...xs) : null;
  },
  minimum: values => {
    const xs = numeric(values);
    return xs.length ? Math.min(...xs) : null;
  },
  median: values => {
    const xs = numeric(values).sort((a, b) => a - b);
    if (!xs.length) return null;
    const m = xs.length >> 1;
    return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
  },
  stdev: values => {
    const v = variance(values);
    return v === null ? null : Math.sqrt(v);
  },
  variance,
  mode,
  any_value: values => values.find(v => v !== null && v !== undefined) ?? null,
  'count unique': values => new Set(values.filter(v => v !== null && v !== undefined)).size
};

const ALIASES = { avg: 'average', max: 'maximum', min: 'minimum', any: 'any_value', mean: 'average' };

/** The canonical (long) name of an aggregation, or null when unknown. */
export function canonicalAggregation(name) {
  if (!name) return null;
  const lower = String(name).toLowerCase();
  const canonical = ALIASES[lower] || lower;
  return FUNCTIONS[canonical] ? canonical : null;
}

export function aggregate(name, values) {
  const canonical = canonicalAggregation(name) || 'count';
  return FUNCTIONS[canonical](values);
}
