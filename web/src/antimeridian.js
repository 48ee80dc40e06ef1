// Geometry at the antimeridian (±180°), shared by the basemap and the data layers. Natural Earth, spherical
// warehouses (GEOGRAPHY) and most GeoJSON exports give a ring that crosses 180° as a jump from +180 to -180; read
// flat, that jump is an edge across the whole map. Here an edge longer than 180° of longitude is read as crossing.

/** Web Mercator stops here; the map shows nothing nearer the poles. */
export const MERCATOR_MAX_LAT = 85.05113;

/** Makes a ring's longitudes continuous; returns the new ring and its net offset (non-zero for polar rings). */
export function unwrapRing(ring) {
  const out = [ring[0].slice(0, 2)];
  let offset = 0;
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  return { ring: out, offset };
}

/** A ring that goes once around the globe (Antarctica) is closed along the pole. */
export function closePolarRing(ring) {
  const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const poleLat = meanLat < 0 ? -MERCATOR_MAX_LAT : MERCATOR_MAX_LAT;
  const first = ring[0];
  const last = ring[ring.length - 1];
  return [...ring, [last[0], poleLat], [first[0], poleLat], first];
}

/** A longitude in the world copy [-180, 180). */
export function wrapLongitude(lng) {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/** Mean vertex of a ring, taken on the unwrapped ring so that a ring across 180° is not averaged to 0°. */
export function ringCentre(ring) {
  const { ring: unwrapped } = unwrapRing(ring);
  let x = 0;
  let y = 0;
  for (const [px, py] of unwrapped) {
    x += px;
    y += py;
  }
  return [wrapLongitude(x / unwrapped.length), y / unwrapped.length];
}

function isVisibleRing(ring) {
  return ring.some(p => Math.abs(p[1]) < MERCATOR_MAX_LAT);
}

/** Rings wholly beyond the Mercator limit are dropped; an outer ring hugging the pole hands over to the next ring. */
function visiblePolygon(rings) {
  return rings.every(isVisibleRing) ? rings : rings.filter(isVisibleRing);
}

/** The geometry without rings the map cannot show; null when nothing is left. */
function visibleGeometry(g) {
  if (g.type === 'Polygon') {
    const rings = visiblePolygon(g.coordinates);
    if (rings === g.coordinates) return g;
    return rings.length ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (g.type === 'MultiPolygon') {
    const polygons = g.coordinates.map(visiblePolygon);
    if (polygons.every((p, i) => p === g.coordinates[i])) return g;
    const kept = polygons.filter(p => p.length);
    return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
  }
  return g;
}

/**
 * Data features as the map can draw them. A polygon around a pole may come as a ring hugging the pole (lat ±89.99)
 * with the coast as its hole (world-atlas's Antarctica): read flat, that has no area. Dropping rings the map cannot
 * show leaves the coast as the outer ring, which deck.gl's `wrapLongitude` closes along the pole. Returns the same
 * array when no feature needs a change.
 */
export function forWebMercator(features) {
  let changed = false;
  const out = features.map(f => {
    const g = f && f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
    const visible = visibleGeometry(g);
    if (visible === g) return f;
    changed = true;
    return { ...f, geometry: visible };
  });
  return changed ? out : features;
}
