// Dynamic spatial-index binning: what CARTO's tile server does for `h3:geom` / `quadbin:geom` datasets, done in the
// page on local points so h3, quadbin, heatmap and cluster layers look as they do in Builder.
import { latLngToCell, cellToLatLng } from 'h3-js';
import { tileToCell, cellToTile, getResolution, hexToBigInt, cellToParent } from 'quadbin';
import { aggregate, canonicalAggregation } from './aggregate.js';

export const DEFAULT_RES_LEVEL = { h3: 4, quadbin: 6 };
const MAX_QUADBIN_RES = 26;

/**
 * `h3:geom` → {index: 'h3', column: 'geom'}; plain columns → {index: null}. The H3 prefixes are CARTO's list, kept
 * in Java as io.cartomaps.bundle.GeoColumn.H3_PREFIXES; GeoColumnPrefixesMatchViewerTest fails when they differ.
 */
export function parseGeoColumn(geoColumn) {
  if (!geoColumn || !geoColumn.includes(':')) return { index: null, column: geoColumn || null };
  const [prefix, column] = geoColumn.split(':');
  const p = prefix.toLowerCase();
  if (['h3', 'hex', 'h3id', 'hex_id', 'h3hex'].includes(p)) return { index: 'h3', column };
  if (p === 'quadbin') return { index: 'quadbin', column };
  return { index: null, column };
}

/** deck.gl's H3 tile resolution for a view (same formula as the CARTO H3 tileset). */
export function h3TileResolution(zoom, latitude) {
  const scale = (2 / 3) * zoom;
  const latFactor = Math.log(1 / Math.cos((Math.PI * latitude) / 180));
  return Math.max(0, Math.floor(scale + latFactor - 2));
}

export function clampRes(index, res) {
  return Math.max(0, Math.min(index === 'h3' ? 15 : MAX_QUADBIN_RES, Math.round(res)));
}

/** Quadbin cell of a point at a resolution (Web Mercator tile of the point). */
export function pointToQuadbin(lng, lat, res) {
  const z = Number(res);
  const n = 2 ** z;
  const clampedLat = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const x = Math.min(n - 1, Math.max(0, Math.floor(((lng + 180) / 360) * n)));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  const y = Math.min(n - 1, Math.max(0, Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n)));
  return tileToCell({ x, y, z });
}

export function quadbinCenter(cell) {
  const { x, y, z } = cellToTile(cell);
  const n = 2 ** z;
  const lng = ((x + 0.5) / n) * 360 - 180;
  const t = Math.PI * (1 - (2 * (y + 0.5)) / n);
  const lat = (Math.atan(Math.sinh(t)) * 180) / Math.PI;
  return [lng, lat];
}

/** Quadbin ids arrive as decimal strings (19 digits), hex strings or (lossy) numbers. */
export function toQuadbin(value) {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(Math.round(value));
  const s = String(value).trim();
  if (/^[0-9]{17,20}$/.test(s)) return BigInt(s);
  return hexToBigInt(s.replace(/^0x/i, ''));
}

export function quadbinParentAt(cell, res) {
  let c = cell;
  while (getResolution(c) > BigInt(res)) c = cellToParent(c);
  return c;
}

/** Representative position of a feature: its point, or the first vertex of other geometries. */
export function featurePosition(f) {
  const g = f.geometry;
  if (!g) return null;
  switch (g.type) {
    case 'Point': return g.coordinates;
    case 'MultiPoint': return g.coordinates[0];
    case 'LineString': return g.coordinates[Math.floor(g.coordinates.length / 2)];
    case 'Polygon': return g.coordinates[0][0];
    case 'MultiPolygon': return g.coordinates[0][0][0];
    default: return null;
  }
}

/** The (field, aggregation) pairs a layer's channels need; the fields a binned row must carry. */
export function channelAggregations(layer) {
  const vc = layer.visualChannels || {};
  const vis = (layer.config && layer.config.visConfig) || {};
  const pairs = [
    [vc.colorField, vis.colorAggregation],
    [vc.strokeColorField, vis.strokeColorAggregation],
    [vc.sizeField, vis.sizeAggregation],
    [vc.radiusField, vis.radiusAggregation],
    [vc.heightField, vis.heightAggregation],
    [vc.weightField, vis.weightAggregation]
  ];
  const out = [];
  for (const [field, agg] of pairs) {
    if (field && field.name) out.push({ name: field.name, aggregation: canonicalAggregation(agg) || 'sum', rawAggregation: agg });
  }
  return out;
}

/** Groups members by key and aggregates their properties as the layer's channels ask. */
export function aggregateGroups(groups, pairs) {
  const rows = [];
  for (const [key, group] of groups) {
    const properties = { __aggregationValue: group.weight, count: group.members.length };
    for (const { name, aggregation, rawAggregation } of pairs) {
      const value = aggregate(aggregation, group.members.map(m => (m.properties || {})[name]));
      if (!(name in properties)) properties[name] = value;
      properties[`${name}_${aggregation}`] = value;
      if (rawAggregation) properties[`${name}_${rawAggregation}`] = value;
    }
    rows.push({ key, group, properties });
  }
  return rows;
}

/** Bins point features into h3 or quadbin cells at `res`. Returns [{id, properties, position}]. */
export function binPoints(features, index, res, pairs, weightOf = () => 1) {
  const groups = new Map();
  for (const f of features) {
    const p = featurePosition(f);
    if (!p) continue;
    const cell = index === 'h3' ? latLngToCell(p[1], p[0], res) : pointToQuadbin(p[0], p[1], res);
    const key = String(cell);
    let g = groups.get(key);
    if (!g) {
      g = { cell, members: [], weight: 0 };
      groups.set(key, g);
    }
    g.members.push(f);
    g.weight += weightOf(f);
  }
  return aggregateGroups(groups, pairs).map(({ group, properties }) => {
    const id = group.cell;
    const position = index === 'h3' ? (([lat, lng]) => [lng, lat])(cellToLatLng(id)) : quadbinCenter(id);
    return { id, properties, position };
  });
}

/** Rows of a dataset that is already indexed (`h3:h3`, `quadbin:quadbin`): cell id from the column or the id. */
export function indexedRows(features, index, column) {
  const rows = [];
  for (const f of features) {
    const props = f.properties || {};
    const raw = props[column] ?? f.id;
    if (raw === null || raw === undefined) continue;
    const id = index === 'h3' ? String(raw) : toQuadbin(raw);
    const position = index === 'h3' ? (([lat, lng]) => [lng, lat])(cellToLatLng(id)) : quadbinCenter(id);
    rows.push({ id, properties: props, position });
  }
  return rows;
}

/** True when the features carry cell ids in `column` rather than point geometries to bin. */
export function isPreIndexed(features, column) {
  const sample = features.find(f => f && f.properties && f.properties[column] !== undefined && f.properties[column] !== null);
  if (!sample) return false;
  const v = sample.properties[column];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint';
}
