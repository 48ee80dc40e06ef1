// Legend entries from parseMap's scales, so the legend states the same classes the colours come from.
import { createColorScale } from '@carto/api-client';

export const MAX_LEGEND_ENTRIES = 20;
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, notation: 'compact' });

export function formatValue(v) {
  if (typeof v === 'number') return Number.isFinite(v) ? NUMBER.format(v) : String(v);
  if (v === null || v === undefined) return 'null';
  return String(v);
}

function rgbCss(c) {
  if (!Array.isArray(c)) return null;
  const [r, g, b] = c;
  return `rgb(${r | 0}, ${g | 0}, ${b | 0})`;
}

function ranges(breaks, colors) {
  // breaks: n-1 inner thresholds for n colours
  return colors.map((color, i) => {
    let label;
    if (i === 0) label = `< ${formatValue(breaks[0])}`;
    else if (i === colors.length - 1) label = `≥ ${formatValue(breaks[breaks.length - 1])}`;
    else label = `${formatValue(breaks[i - 1])} – ${formatValue(breaks[i])}`;
    return { color, label };
  });
}

/** Entries [{color, label}] for one colour scale (parseMap `scales.fillColor`/`lineColor`). */
export function scaleEntries(scale) {
  const colors = scale.range || [];
  const domain = scale.scaleDomain || scale.domain || [];
  if (!colors.length) return [];
  switch (scale.type) {
    case 'ordinal':
    case 'point': {
      const entries = domain.slice(0, colors.length).map((value, i) => ({ color: colors[i % colors.length], label: formatValue(value) }));
      if (scale.domain && scale.domain.length < colors.length) return entries;
      return entries.concat([{ color: '#868d91', label: 'Others' }]);
    }
    case 'quantize': {
      if (colors.length === 1) return [{ color: colors[0], label: formatValue(domain[0]) }];
      const s = createColorScale('quantize', domain, colors, null);
      return ranges(s.thresholds(), colors);
    }
    case 'quantile': {
      const s = createColorScale('quantile', domain, colors, null);
      return ranges(s.quantiles(), colors);
    }
    case 'custom':
      return ranges(domain, colors.slice(0, domain.length + 1));
    case 'identity':
      return [{ color: colors[0] || '#868d91', label: 'colour from data' }];
    default: {
      const [min, max] = domain;
      return [
        { color: colors[0], label: formatValue(min) },
        { color: colors[colors.length - 1], label: formatValue(max) }
      ];
    }
  }
}

/** One legend block per shown layer: {title, subtitle, kind, entries}. */
export function legendFor(entry) {
  const { descriptor, layer } = entry;
  const props = descriptor.props || {};
  const title = (layer.config && layer.config.label) || layer.id;
  const scales = descriptor.scales || {};
  if (descriptor.type === 'raster') return { title, kind: 'note', entries: [{ label: 'Raster: not drawn offline' }] };
  if (descriptor.type === 'heatmapTile') {
    const colors = (props.colorRange || []).map(rgbCss);
    return { title, kind: 'gradient', entries: [{ colors, label: 'low → high' }] };
  }
  const colorScale = scales.fillColor && scales.fillColor.field ? scales.fillColor
    : scales.lineColor && scales.lineColor.field ? scales.lineColor : null;
  const shape = descriptor.type === 'tileset' && entry.prep && entry.prep.data.tilestats.layers[0].geometry === 'Point'
    || descriptor.type === 'clusterTile' ? 'circle' : 'square';
  if (colorScale) {
    const entries = scaleEntries(colorScale).slice(0, MAX_LEGEND_ENTRIES);
    return { title, subtitle: colorScale.field.name, kind: 'classes', shape, entries };
  }
  const fixed = Array.isArray(props.getFillColor) && props.filled !== false ? props.getFillColor : props.getLineColor;
  return { title, kind: 'classes', shape, entries: [{ color: rgbCss(fixed) || '#868d91', label: title }] };
}
