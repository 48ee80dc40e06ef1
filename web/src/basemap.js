// Offline look-alikes of CARTO's positron, dark-matter and voyager basemaps, drawn from Natural Earth land and
// country borders (public domain, via world-atlas). No network: the TopoJSON is bundled.
import { GeoJsonLayer } from '@deck.gl/layers';
import { FlatPathLayer } from './flatpaths.js';
import { drawingFlat } from './flatbuffers.js';
import { feature, mesh } from 'topojson-client';
import land110 from 'world-atlas/countries-110m.json';
import land50 from 'world-atlas/countries-50m.json';
import { unwrapRing, closePolarRing } from './antimeridian.js';

/** Colours taken from CARTO's public basemap styles (values only). */
export const PALETTES = {
  positron: { water: '#d4dadc', land: '#fafaf8', border: '#dcc2c5', text: '#697b89', panel: 'light' },
  'dark-matter': { water: '#262626', land: '#090909', border: '#3a3a3a', text: '#9a9a9a', panel: 'dark' },
  voyager: { water: '#b0d0d6', land: '#fbf8f3', border: '#dcc2c5', text: '#5c6773', panel: 'light' }
};

export function paletteFor(name) {
  return PALETTES[name] || PALETTES.positron;
}

export function hexToRgb(hex) {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const CHUNK = 64;

function lngRange(coords) {
  let min = Infinity;
  let max = -Infinity;
  for (const p of coords) {
    if (p[0] < min) min = p[0];
    if (p[0] > max) max = p[0];
  }
  return [min, max];
}

function bboxOf(coords) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of coords) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

function shifted(coords, dx) {
  return coords.map(([x, y]) => [x + dx, y]);
}

/** Copies shifted by whole turns so that every part inside [-180, 180] is present. */
function worldCopies(rings) {
  const [min, max] = lngRange(rings[0]);
  const copies = [];
  for (let k = -2; k <= 2; k++) {
    const a = min + 360 * k;
    const b = max + 360 * k;
    if (b >= -180 && a <= 180) {
      copies.push(k === 0 ? rings : rings.map(r => shifted(r, 360 * k)));
    }
  }
  return copies;
}

function buildLand(topo) {
  const fc = feature(topo, topo.objects.land);
  const polygons = [];
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates];
    for (const poly of polys) {
      const rings = poly.map(r => {
        const { ring, offset } = unwrapRing(r);
        return offset !== 0 ? closePolarRing(ring) : ring;
      });
      for (const copy of worldCopies(rings)) {
        polygons.push({ rings: copy, bbox: bboxOf(copy[0]) });
      }
    }
  }
  return polygons;
}

function buildBorders(topo) {
  const lines = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  const pieces = [];
  for (const line of lines.coordinates) {
    let current = [line[0]];
    const flush = () => {
      if (current.length > 1) pieces.push(current);
    };
    for (let i = 1; i < line.length; i++) {
      if (Math.abs(line[i][0] - line[i - 1][0]) > 180) {
        flush();
        current = [line[i]];
        continue;
      }
      current.push(line[i]);
      if (current.length >= CHUNK) {
        flush();
        current = [line[i]];
      }
    }
    flush();
  }
  return pieces.map(path => ({ path, bbox: bboxOf(path) }));
}

const cache = {};

function dataFor(resolution) {
  if (!cache[resolution]) {
    const topo = resolution === '50m' ? land50 : land110;
    cache[resolution] = { land: buildLand(topo), borders: buildBorders(topo), culled: {} };
  }
  return cache[resolution];
}

function intersects(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** The map repeats world copies, so an item is in view when any copy of it (±360°) is. */
function inView(bbox, view) {
  for (const k of [-360, 0, 360]) {
    if (intersects([bbox[0] + k, bbox[1], bbox[2] + k, bbox[3]], view)) return true;
  }
  return false;
}

/** Keeps the culled arrays stable between identical views so deck does not re-tessellate. */
function culled(entry, kind, items, bounds) {
  const picked = [];
  const keys = [];
  items.forEach((item, i) => {
    if (inView(item.bbox, bounds)) {
      picked.push(item);
      keys.push(i);
    }
  });
  const key = keys.join(',');
  const previous = entry.culled[kind];
  if (previous && previous.key === key) return previous.items;
  entry.culled[kind] = { key, items: picked };
  return picked;
}

/** Sutherland–Hodgman clip of a ring to a lng/lat box (a box in Web Mercator too). Null when nothing is left. */
function clipRing(ring, [w, s, e, n]) {
  const edges = [
    [p => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [p => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [p => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [p => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]]
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cross(prev, cur));
      }
    }
    if (out.length < 3) return null;
  }
  return out;
}

/** Polygons cut to the view (with margin) in all three world copies, so the GPU only fills what shows. */
function clippedLand(polygons, view) {
  const out = [];
  for (const k of [-360, 0, 360]) {
    const box = [view[0] - k, view[1], view[2] - k, view[3]];
    for (const p of polygons) {
      if (!intersects(p.bbox, box)) continue;
      const inside = p.bbox[0] >= box[0] && p.bbox[2] <= box[2] && p.bbox[1] >= box[1] && p.bbox[3] <= box[3];
      if (inside) {
        out.push(p.rings);
        continue;
      }
      const [outer, ...holes] = p.rings;
      const clipped = clipRing(outer, box);
      if (!clipped) continue;
      out.push([clipped, ...holes.map(h => clipRing(h, box)).filter(Boolean)]);
    }
  }
  return out;
}

/** Viewport bounds with a 10 % margin, as [west, south, east, north]. */
export function marginBounds(bounds) {
  const [w, s, e, n] = bounds;
  const mx = (e - w) * 0.1;
  const my = (n - s) * 0.1;
  return [w - mx, s - my, e + mx, n + my];
}

/** Basemap layers for one view. Natural Earth 110m below zoom 3, 50m from zoom 3. */
export function basemapLayers(paletteName, zoom, bounds) {
  const palette = paletteFor(paletteName);
  const resolution = zoom < 3 ? '110m' : '50m';
  const entry = dataFor(resolution);
  const view = marginBounds(bounds);
  const viewKey = `${resolution}:${view.map(v => v.toFixed(4)).join(',')}`;
  if (!entry.clipped || entry.clipped.key !== viewKey) {
    entry.clipped = { key: viewKey, rings: clippedLand(entry.land, view) };
  }
  const land = entry.clipped.rings;
  const borders = culled(entry, 'borders', entry.borders, view);
  return [
    new GeoJsonLayer({
      id: `basemap-land-${resolution}`,
      data: { type: 'FeatureCollection', features: land.map(rings => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } })) },
      dataComparator: (a, b) => a.features.length === b.features.length && a.features.every((f, i) => f.geometry.coordinates === b.features[i].geometry.coordinates),
      filled: true,
      stroked: false,
      getFillColor: hexToRgb(palette.land),
      wrapLongitude: false,
      pickable: false
    }),
    new FlatPathLayer({
      // Flat and instanced borders are different layers to deck.gl (it keeps a layer's drawing mode by its id).
      id: `basemap-borders-${resolution}${drawingFlat() ? '' : '-instanced'}`,
      data: borders,
      getPath: d => d.path,
      getColor: hexToRgb(palette.border),
      getWidth: 1,
      widthUnits: 'pixels',
      pickable: false
    })
  ];
}
