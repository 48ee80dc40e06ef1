// Maps parseMap layer descriptors to non-tiled deck.gl layers fed with the rows prepare.js computed.
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { _QuadbinLayer as QuadbinLayer } from '@deck.gl/carto';
import { ringCentre } from './antimeridian.js';
import { FlatScatterplotLayer } from './flatpoints.js';

export const LABEL_FONT = '"DejaVu Sans", "Liberation Sans", sans-serif';

/** Descriptor props that only make sense for CARTO tile layers (or carry data we supply ourselves). */
const TILE_ONLY_PROPS = [
  'data', 'loadOptions', 'uniqueIdProperty', 'aggregationExp', 'aggregationResLevel', 'cartoLabel', 'clusterLevel',
  'autoLabels', 'fillPatternAtlas', 'fillPatternMapping', 'fillPatternMask', 'textureParameters', 'getFillPatternScale',
  'getFillPattern', 'fillPattern', 'fillPatternEnabled', 'lineStyle', 'dashArray', 'getDashArray'
];

/** Copies props without tile-only keys and without `undefined` values (which would override deck defaults). */
export function cleanProps(props) {
  const out = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || TILE_ONLY_PROPS.includes(k)) continue;
    out[k] = v;
  }
  if ('textFontFamily' in out) out.textFontFamily = LABEL_FONT;
  if (typeof out.pointType === 'string' && out.pointType.includes('icon')) {
    // Marker icons are fetched from URLs, which the offline page cannot reach: draw circles instead.
    out.pointType = out.pointType.replace('icon', 'circle');
    delete out.getIcon;
    if (out.getPointRadius === undefined && out.getIconSize !== undefined) {
      const size = out.getIconSize;
      out.getPointRadius = typeof size === 'function' ? (d, i) => size(d, i) / 2 : size / 2;
    }
    if (out.getFillColor === undefined && out.getIconColor !== undefined) out.getFillColor = out.getIconColor;
  }
  return out;
}

function labelPosition(f) {
  const g = f.geometry;
  if (!g) return null;
  const ring = g.type === 'Polygon' ? g.coordinates[0]
    : g.type === 'MultiPolygon' ? g.coordinates.reduce((a, p) => (p[0].length > a.length ? p[0] : a), [])
    : null;
  if (ring && ring.length) return ringCentre(ring);
  if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)];
  if (g.type === 'MultiLineString') return g.coordinates[0][Math.floor(g.coordinates[0].length / 2)];
  return null;
}

/** GeoJsonLayer only labels points; lines and polygons get their labels from a TextLayer at a representative point. */
function areaLabels(id, props, features) {
  const labelled = features
    .filter(f => f.geometry && f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint')
    .map(f => ({ properties: f.properties || {}, position: labelPosition(f) }))
    .filter(d => d.position);
  if (!labelled.length) return null;
  const getText = props.getText;
  return new TextLayer({
    id: `${id}-labels`,
    data: labelled,
    getPosition: d => d.position,
    getText: (d, info) => String(getText(d, info)),
    getColor: props.getTextColor || [40, 40, 40],
    getSize: 12,
    sizeScale: (props.textSizeScale || 12) / 12,
    fontFamily: LABEL_FONT,
    fontWeight: 600,
    characterSet: 'auto',
    outlineWidth: 3,
    outlineColor: props.textOutlineColor || [255, 255, 255, 64],
    fontSettings: { sdf: true },
    pickable: false
  });
}

/**
 * Polygons and lines that cross 180° are cut there and each part drawn in its own world copy (deck.gl reads an edge
 * longer than 180° of longitude as crossing, and closes rings around a pole along the map's edge). Points are left
 * alone: they never cross, and wrapping them in the shader would move them by a rounding error.
 */
function wrappedAcrossAntimeridian(subLayerProps = {}) {
  const out = { ...subLayerProps };
  for (const sublayer of ['polygons-fill', 'polygons-stroke', 'linestrings']) {
    out[sublayer] = { ...out[sublayer], wrapLongitude: true };
  }
  return out;
}

/** Point features drawn as circles without instancing (see flatpoints.js). */
function withFlatCircles(subLayerProps) {
  return { ...subLayerProps, 'points-circle': { type: FlatScatterplotLayer, ...subLayerProps['points-circle'] } };
}

function geojsonLayer(id, props, features) {
  // parseMap gives the label size as textSizeScale only; GeoJsonLayer multiplies it by getTextSize (default 32).
  const pointProps = props.getText && props.getTextSize === undefined ? { ...props, getTextSize: 1 } : props;
  const layers = [new GeoJsonLayer({
    ...pointProps,
    id,
    data: { type: 'FeatureCollection', features },
    _subLayerProps: withFlatCircles(wrappedAcrossAntimeridian(pointProps._subLayerProps))
  })];
  if (props.pointType === 'text' && props.getText) {
    const labels = areaLabels(id, props, features);
    if (labels) layers.push(labels);
  }
  return layers;
}

/** Cell layers draw flat and without outlines unless the layer asks for 3D or strokes (deck's defaults differ). */
function cellDefaults(props) {
  return { extruded: false, stroked: false, ...props };
}

/** Deck layers for one prepared entry; `uid` makes ids unique per render so classes never collide. */
export function deckLayersFor(entry, uid) {
  const { descriptor, prep, shown } = entry;
  const id = `r${uid}-${entry.builderIndex}-${descriptor.type}`;
  const props = cleanProps(descriptor.props);
  props.visible = shown;
  switch (prep.kind) {
    case 'geojson':
      return geojsonLayer(id, props, prep.features);
    case 'h3': {
      const { pointType, getPointRadius, pointRadiusUnits, ...rest } = props;
      return [new H3HexagonLayer({ ...cellDefaults(rest), id, data: prep.rows, getHexagon: d => d.id, highPrecision: 'auto' })];
    }
    case 'quadbin': {
      const { pointType, getPointRadius, pointRadiusUnits, ...rest } = props;
      return [new QuadbinLayer({ ...cellDefaults(rest), id, data: prep.rows, getQuadbin: d => d.id })];
    }
    case 'heatmap': {
      const heat = {
        id,
        data: prep.rows,
        getPosition: d => d.position,
        getWeight: props.getWeight || (d => d.properties.__aggregationValue ?? 1),
        weightsTextureSize: 512,
        visible: shown,
        pickable: false
      };
      for (const key of ['colorRange', 'radiusPixels', 'opacity', 'intensity', 'threshold']) {
        if (props[key] !== undefined) heat[key] = props[key];
      }
      return [new HeatmapLayer(heat)];
    }
    case 'cluster': {
      const info = { data: { attributes: { stats: prep.stats } } };
      const radius = props.getPointRadius;
      const size = props.getTextSize;
      const clusterProps = {
        ...props,
        getPointRadius: typeof radius === 'function' ? d => radius(d, info) : radius,
        ...(typeof size === 'function' ? { getTextSize: d => size(d, info) } : {}),
        ...(props.getText ? { getText: (d, i) => String(props.getText(d, i)) } : {})
      };
      delete clusterProps.getWeight;
      return [new GeoJsonLayer({ ...clusterProps, id, data: { type: 'FeatureCollection', features: prep.features } })];
    }
    default:
      return [];
  }
}
