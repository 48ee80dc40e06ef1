// MapShot: renders a local CARTO Builder map (keplerMapConfig + datasets with GeoJSON rows) with deck.gl, fully
// offline. `MapShot.render(spec)` resolves once every layer has loaded and drawn; `MapShot.view(spec)` makes the
// same map interactive (pan/zoom) for people.
import { Deck, MapView, WebMercatorViewport } from '@deck.gl/core';
import { basemapLayers, paletteFor } from './basemap.js';
import { prepareMap } from './prepare.js';
import { deckLayersFor } from './layers.js';
import { legendFor } from './legend.js';
import { drawOverlays } from './overlays.js';
import { warmUpParts, warmUpSpec } from './warmup.js';
import { drawFlat } from './flatbuffers.js';
import { countFlatCircleLayers, flatCircleLayers } from './flatpoints.js';
import { countFlatPathLayers, flatPathLayers } from './flatpaths.js';

const DEFAULT_TIMEOUT_MS = 20000;
let deck = null;
let renderCount = 0;
let pending = null;

function container() {
  return document.getElementById('map');
}

function overlayRoot() {
  return document.getElementById('overlays');
}

function ensureDeck(width, height, controller) {
  if (!deck) {
    deck = new Deck({
      parent: container(),
      width,
      height,
      views: new MapView({ repeat: true }),
      controller,
      useDevicePixels: true,
      initialViewState: { longitude: 0, latitude: 0, zoom: 1 },
      onAfterRender: checkLoaded,
      onError: error => {
        if (pending) pending.reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }
  return deck;
}

/** True when the drawing buffer already has the width a render asks for (the canvas resizes a frame late). */
function canvasSized(width) {
  const canvas = deck.getCanvas && deck.getCanvas();
  return !canvas || canvas.width === Math.round(width * window.devicePixelRatio);
}

function checkLoaded() {
  if (!pending) return;
  const layers = deck.props.layers || [];
  if (canvasSized(pending.width) && layers.every(l => l.isLoaded)) pending.resolve();
}

function waitForDraw(width, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending = null;
      reject(new Error(`The map did not finish drawing within ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);
    pending = {
      width,
      resolve: () => {
        clearTimeout(timer);
        pending = null;
        resolve();
      },
      reject: e => {
        clearTimeout(timer);
        pending = null;
        reject(e);
      }
    };
    deck.redraw('mapshot');
  });
}

function normaliseViewState(v, width, height) {
  return {
    longitude: Number(v && v.longitude) || 0,
    latitude: Math.max(-85, Math.min(85, Number(v && v.latitude) || 0)),
    zoom: Math.max(0, Math.min(22, Number(v && v.zoom) || 0)),
    bearing: Number(v && v.bearing) || 0,
    pitch: Math.max(0, Math.min(85, Number(v && v.pitch) || 0)),
    width,
    height
  };
}

function boundsOf(viewState) {
  const vp = new WebMercatorViewport(viewState);
  if (viewState.pitch > 0 || viewState.bearing !== 0) {
    const corners = [[0, 0], [viewState.width, 0], [0, viewState.height], [viewState.width, viewState.height]]
      .map(p => vp.unproject(p));
    const xs = corners.map(c => c[0]);
    const ys = corners.map(c => c[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  }
  return vp.getBounds();
}

/** Builds every deck layer and the overlays for a spec at a view; returns {layers, warnings}. */
function compose(spec, viewState) {
  renderCount += 1;
  const palette = paletteFor(spec.basemap);
  container().style.background = palette.water;
  const { entries, warnings } = prepareMap(spec, viewState);
  const dataLayers = entries.flatMap(e => deckLayersFor(e, renderCount));
  const legends = entries.filter(e => e.shown).reverse().map(legendFor);
  drawOverlays(overlayRoot(), {
    overlays: spec.overlays || null,
    hideOverlays: Boolean(spec.hideOverlays),
    panel: palette.panel,
    legends,
    warnings
  });
  const layers = [...basemapLayers(spec.basemap, viewState.zoom, boundsOf(viewState)), ...dataLayers];
  return { layers, warnings, layerCount: entries.filter(e => e.shown).length };
}

function size(spec) {
  const width = Math.round(Number(spec.width) || 1280);
  const height = Math.round(Number(spec.height) || 800);
  const map = container();
  map.style.width = `${width}px`;
  map.style.height = `${height}px`;
  return { width, height };
}

/**
 * Renders one map for a screenshot. Resolves {warnings, layerCount, resized, flatCircleLayers, flatPathLayers,
 * resizeMillis, jsMillis, drawMillis} when drawn. `spec.instancedCircles` draws circles and basemap borders with deck.gl's instancing (to compare
 * the two).
 */
async function render(spec) {
  const started = performance.now();
  const { width, height } = size(spec);
  const viewState = normaliseViewState(spec.viewState, width, height);
  drawFlat(spec.instancedCircles !== true);
  countFlatCircleLayers();
  countFlatPathLayers();
  ensureDeck(width, height, false);
  const timeoutMs = Number(spec.timeoutMs) || DEFAULT_TIMEOUT_MS;
  const resized = !canvasSized(width);
  if (resized) {
    // A new size reaches the drawing buffer one frame late. Drawing the map in that frame too would rasterise it
    // twice, which in software WebGL costs as much as the map itself: resize with nothing to draw first.
    deck.setProps({ width, height, controller: false, viewState, layers: [] });
    await waitForDraw(width, timeoutMs);
  }
  const resizeMillis = Math.round(performance.now() - started);
  const { layers, warnings, layerCount } = compose(spec, viewState);
  const jsMillis = Math.round(performance.now() - started) - resizeMillis;
  deck.setProps({ width, height, controller: false, viewState, layers });
  await waitForDraw(width, timeoutMs);
  await document.fonts.ready;
  const drawMillis = Math.round(performance.now() - started) - resizeMillis - jsMillis;
  return {
    warnings, layerCount, resized, flatCircleLayers: flatCircleLayers(), flatPathLayers: flatPathLayers(), resizeMillis, jsMillis, drawMillis
  };
}

/** Shows a map interactively: pan and zoom, with layers re-binned and the basemap re-culled when the view settles. */
function view(spec) {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const map = container();
  map.style.width = '100vw';
  map.style.height = '100vh';
  let viewState = normaliseViewState(spec.viewState, width, height);
  drawFlat(false);
  ensureDeck(width, height, true);
  let settle = null;
  const rebuild = () => {
    const { layers } = compose(spec, viewState);
    deck.setProps({ layers: layers.map(l => (DATA_LAYER.test(l.id) ? l.clone({ pickable: true }) : l)) });
  };
  deck.setProps({
    width: '100%',
    height: '100%',
    controller: true,
    viewState,
    getTooltip: tooltipFor(spec),
    onViewStateChange: ({ viewState: next }) => {
      viewState = normaliseViewState(next, deck.width || width, deck.height || height);
      deck.setProps({ viewState });
      clearTimeout(settle);
      settle = setTimeout(rebuild, 150);
    }
  });
  rebuild();
}

const DATA_LAYER = /^r\d+-(\d+)-/;

/** Hover popups as the map configures them (popupSettings.layers[layerId]: hover fields, else its fields). */
function tooltipFor(spec) {
  const config = (spec.map && spec.map.keplerMapConfig && spec.map.keplerMapConfig.config) || {};
  const layers = (config.visState && config.visState.layers) || [];
  const popups = (config.popupSettings && config.popupSettings.layers) || {};
  return ({ object, layer }) => {
    const match = layer && DATA_LAYER.exec(layer.id);
    if (!object || !match) return null;
    const builder = layers[Number(match[1])];
    const popup = builder && popups[builder.id];
    if (!popup || popup.enabled === false) return null;
    const fields = (popup.hover && popup.hover.fields) || popup.fields || (popup.click && popup.click.fields) || [];
    const props = object.properties || {};
    const rows = fields.map(f => (typeof f === 'string' ? f : f && f.name)).filter(n => n && n in props);
    if (!rows.length) return null;
    return { text: rows.map(n => `${n}: ${props[n]}`).join('\n') };
  };
}

/**
 * Draws a small map with every layer type once, to compile shaders before the first real render. At `size`
 * ({width, height}, the size the next screenshot is expected at) the drawing buffers are allocated for it too.
 */
function warmUp(size) {
  return render(warmUpSpec(size));
}

window.MapShot = { render, view, warmUp, warmUpParts };
window.__ready = true;
