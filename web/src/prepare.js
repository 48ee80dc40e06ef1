// Turns a local map (keplerMapConfig + datasets with GeoJSON rows) into parseMap input: one derived dataset per
// layer, holding the rows that layer draws (features, cells or clusters) and tilestats computed from them.
import { parseMap, getDefaultAggregationExpColumnAliasForLayerType } from '@carto/api-client';
import { computeTilestats, dominantGeometry } from './tilestats.js';
import {
  parseGeoColumn, isPreIndexed, indexedRows, binPoints, channelAggregations, h3TileResolution, clampRes,
  DEFAULT_RES_LEVEL, featurePosition
} from './binning.js';
import { clusterPoints, clusterStats, DEFAULT_CLUSTER_LEVEL } from './cluster.js';
import { forWebMercator } from './antimeridian.js';

function datasetKey(ds) {
  if (ds.id) return ds.id;
  if (ds.$ref) return `$ref:${ds.$ref}`;
  return null;
}

function findDataset(datasets, dataId) {
  return datasets.find(d => datasetKey(d) === dataId || (d.$ref && (dataId === d.$ref || dataId === `$ref:${d.$ref}`)));
}

function cellResolution(index, dataset, viewState) {
  const level = Number.isFinite(dataset.aggregationResLevel) ? dataset.aggregationResLevel : DEFAULT_RES_LEVEL[index];
  if (index === 'h3') return clampRes('h3', h3TileResolution(viewState.zoom, viewState.latitude) + level);
  return clampRes('quadbin', Math.round(viewState.zoom) + level);
}

/** Rows with cell ids for an h3/quadbin-backed layer: as given when pre-indexed, else binned from points. */
function cellRows(layer, dataset, features, index, viewState) {
  const { column } = parseGeoColumn(dataset.geoColumn);
  if (column && isPreIndexed(features, column)) {
    return indexedRows(features, index, column);
  }
  return binPoints(features, index, cellResolution(index, dataset, viewState), channelAggregations(layer));
}

function prepareLayer(layer, dataset, viewState, warnings) {
  const label = (layer.config && layer.config.label) || layer.id;
  const features = (dataset.data && Array.isArray(dataset.data.features)) ? dataset.data.features : [];
  if (!dataset.data) warnings.push(`Layer "${label}": its dataset has no local data, so it draws nothing.`);
  const geo = parseGeoColumn(dataset.geoColumn);
  switch (layer.type) {
    case 'raster':
      warnings.push(`Layer "${label}" is a raster layer: raster tiles cannot be drawn offline, so it is left out.`);
      return { kind: 'raster', data: { tilestats: computeTilestats([], null) } };
    case 'h3':
    case 'quadbin': {
      const rows = cellRows(layer, dataset, features, layer.type, viewState);
      return { kind: layer.type, rows, data: { tilestats: computeTilestats(rows, 'Polygon') } };
    }
    case 'heatmapTile': {
      const index = geo.index === 'h3' ? 'h3' : 'quadbin';
      const rows = cellRows(layer, dataset, features, index, viewState);
      return { kind: 'heatmap', rows, data: { tilestats: computeTilestats(rows, 'Point') } };
    }
    case 'clusterTile': {
      const index = geo.index === 'h3' ? 'h3' : 'quadbin';
      const { column } = geo;
      const items = column && isPreIndexed(features, column)
        ? indexedRows(features, index, column).map(r => ({ position: r.position, properties: r.properties, weight: 1 }))
        : features.map(f => ({ position: featurePosition(f), properties: f.properties || {}, weight: 1 })).filter(i => i.position);
      const vis = (layer.config && layer.config.visConfig) || {};
      const alias = getDefaultAggregationExpColumnAliasForLayerType('clusterTile', dataset.providerId, undefined);
      const resLevel = Number.isFinite(dataset.aggregationResLevel) ? dataset.aggregationResLevel : DEFAULT_RES_LEVEL.quadbin;
      const clusterLevel = Number.isFinite(vis.clusterLevel) ? vis.clusterLevel : DEFAULT_CLUSTER_LEVEL;
      const clusters = clusterPoints(items, { zoom: viewState.zoom, resLevel, clusterLevel, pairs: channelAggregations(layer), alias });
      return {
        kind: 'cluster',
        features: clusters,
        stats: clusterStats(clusters),
        data: { tilestats: computeTilestats(clusters, 'Point') }
      };
    }
    default: {
      const geometry = dominantGeometry(features);
      return { kind: 'geojson', features: forWebMercator(features), data: { tilestats: computeTilestats(features, geometry) } };
    }
  }
}

/** Builder visibility: layer flag, group visibility, zoom range, and the caller's explicit layer list. */
function isShown(layer, builderIndex, spec, groups, zoom) {
  if (Array.isArray(spec.layers)) return spec.layers.includes(builderIndex);
  const config = layer.config || {};
  if (config.isVisible === false || config.hidden === true) return false;
  if (groups.get(layer.id) === false) return false;
  const byZoom = config.visibilityByZoom;
  if (byZoom && ((Number.isFinite(byZoom.min) && zoom < byZoom.min) || (Number.isFinite(byZoom.max) && zoom > byZoom.max))) {
    return false;
  }
  return true;
}

function groupVisibility(config) {
  const out = new Map();
  for (const entry of config.layerGrouping || []) {
    if (entry && entry.type === 'group') {
      for (const child of entry.children || []) out.set(child.layerId, entry.isVisible !== false);
    }
  }
  return out;
}

/**
 * Returns {entries: [{descriptor, prep, builderIndex, layer}] top-last (deck order), warnings}.
 * Layer [0] in Builder ends up last, i.e. drawn on top (parseMap reverses the list).
 */
export function prepareMap(spec, viewState) {
  const source = spec.map || {};
  const kepler = JSON.parse(JSON.stringify(source.keplerMapConfig || {}));
  const warnings = [];
  if (kepler.version !== 'v1' || !kepler.config) {
    throw new Error('keplerMapConfig must be {"version":"v1","config":{…}}.');
  }
  const config = kepler.config;
  config.visState = config.visState || {};
  const layers = config.visState.layers || [];
  config.visState.layers = layers;
  const datasets = source.datasets || [];
  const derived = [];
  const preps = new Map();
  layers.forEach((layer, i) => {
    layer.config = layer.config || {};
    layer.visualChannels = layer.visualChannels || {};
    layer.config.visConfig = layer.config.visConfig || {};
    const dataset = findDataset(datasets, layer.config.dataId);
    const id = `layer-data-${i}`;
    if (!dataset) {
      warnings.push(`Layer "${layer.config.label || layer.id}" points at dataset ${layer.config.dataId}, which the map does not have.`);
      derived.push({ id, data: { tilestats: computeTilestats([], null) } });
    } else {
      const prep = prepareLayer(layer, dataset, viewState, warnings);
      preps.set(i, prep);
      const { data, ...definition } = dataset;
      derived.push({ ...definition, id, data: prep.data });
    }
    layer.config.dataId = id;
  });

  const errors = [];
  const originalError = console.error;
  console.error = (...args) => errors.push(args.map(String).join(' '));
  let parsed;
  try {
    parsed = parseMap({ keplerMapConfig: kepler, datasets: derived });
  } finally {
    console.error = originalError;
  }
  for (const e of errors) warnings.push(`A layer could not be read: ${e}`);

  const groups = groupVisibility(config);
  const n = layers.length;
  const entries = [];
  parsed.layers.forEach((descriptor, j) => {
    const builderIndex = n - 1 - j;
    const layer = layers[builderIndex];
    if (!descriptor) return;
    const prep = preps.get(builderIndex);
    if (!prep) return;
    const shown = isShown(layer, builderIndex, spec, groups, viewState.zoom);
    entries.push({ descriptor, prep, builderIndex, layer, shown });
  });
  return { entries, warnings, parsed };
}
