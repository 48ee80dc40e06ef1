// Point clustering for clusterTile layers without tiles: points are grouped into quadbin cells whose size follows
// the zoom (as CARTO's ClusterTileLayer does with `clusterLevel`), placed at the weighted centroid and counted.
import { pointToQuadbin, clampRes, aggregateGroups } from './binning.js';

export const DEFAULT_CLUSTER_LEVEL = 5;

/** Quadbin resolution of the cluster cells for a view. */
export function clusterResolution(zoom, resLevel, clusterLevel) {
  return clampRes('quadbin', Math.round(zoom) + resLevel - clusterLevel + 1);
}

/**
 * Clusters `items` ({position, properties, weight}) into point features carrying `alias` (the weight sum) and the
 * layer's aggregated channel fields. Largest clusters come first so that smaller ones draw on top.
 */
export function clusterPoints(items, { zoom, resLevel, clusterLevel, pairs, alias }) {
  const res = clusterResolution(zoom, resLevel, clusterLevel);
  const groups = new Map();
  for (const item of items) {
    const [lng, lat] = item.position;
    const cell = pointToQuadbin(lng, lat, res);
    const key = String(cell);
    let g = groups.get(key);
    if (!g) {
      g = { cell, members: [], weight: 0, x: 0, y: 0 };
      groups.set(key, g);
    }
    const w = item.weight ?? 1;
    const total = g.weight + w;
    if (total > 0) {
      g.x = (g.weight * g.x + w * lng) / total;
      g.y = (g.weight * g.y + w * lat) / total;
    }
    g.weight = total;
    g.members.push(item);
  }
  const features = aggregateGroups(groups, pairs).map(({ group, properties }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [group.x, group.y] },
    properties: { ...properties, [alias]: group.weight }
  }));
  features.sort((a, b) => b.properties[alias] - a.properties[alias]);
  return features;
}

/** Per-attribute {min, max} over clusters, the shape calculateClusterRadius reads. */
export function clusterStats(features) {
  const stats = {};
  for (const f of features) {
    for (const [k, v] of Object.entries(f.properties)) {
      if (typeof v !== 'number') continue;
      const s = stats[k] || (stats[k] = { min: Infinity, max: -Infinity });
      if (v < s.min) s.min = v;
      if (v > s.max) s.max = v;
    }
  }
  return stats;
}
