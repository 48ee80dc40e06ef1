// A tiny map with every drawable layer type. Rendering it once after start-up compiles the shaders, so the first
// real screenshot does not pay for it.

function points(n) {
  const features = [];
  let seed = 7;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < n; i++) {
    features.push({
      type: 'Feature',
      properties: { value: Math.round(rand() * 100), kind: ['a', 'b', 'c'][i % 3] },
      geometry: { type: 'Point', coordinates: [-3.7 + (rand() - 0.5) * 0.2, 40.42 + (rand() - 0.5) * 0.15] }
    });
  }
  return { type: 'FeatureCollection', features };
}

const polygon = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    properties: { value: 1 },
    geometry: { type: 'Polygon', coordinates: [[[-3.75, 40.4], [-3.65, 40.4], [-3.65, 40.45], [-3.75, 40.45], [-3.75, 40.4]]] }
  }]
};

const colorRange = { name: 'Sunset', type: 'sequential', category: 'CARTO', colors: ['#f3e79b', '#fac484', '#f8a07e', '#eb7f86', '#ce6693', '#a059a0', '#5c53a5'] };

function layer(id, type, dataId, extra = {}) {
  return {
    id,
    type,
    config: {
      dataId,
      label: id,
      color: [200, 60, 40],
      isVisible: true,
      columns: {},
      textLabel: [{ field: null, size: 12, color: [40, 40, 40], outlineColor: [255, 255, 255], anchor: 'start', alignment: 'center', offset: [0, 0] }],
      visConfig: { filled: true, opacity: 0.8, radius: 4, colorRange, radiusRange: [10, 40], isTextVisible: true, colorAggregation: 'sum', ...extra }
    },
    visualChannels: type === 'h3' || type === 'quadbin' ? { colorField: { name: 'value', type: 'integer' }, colorScale: 'quantize' } : {}
  };
}

// The points layer and the basemap come first: a first screenshot of points then needs nothing else compiled. The
// other layer types follow one at a time, so a screenshot asked for meanwhile waits for one of them at most.
const COMMON = ['points'];

/** The warm-up's parts, in the order they are drawn: 'common', then one per other layer type. */
export function warmUpParts() {
  const ids = allLayersSpec().map.keplerMapConfig.config.visState.layers.map(l => l.id);
  return ['common', ...ids.filter(id => !COMMON.includes(id))];
}

/**
 * The warm-up map at `size` ({width, height, part}), by default the default screenshot size (1280×800). `part` is
 * one of `warmUpParts()`, or absent for every layer type at once.
 */
export function warmUpSpec(size) {
  const spec = allLayersSpec(size);
  const part = size && size.part;
  if (part) {
    const visState = spec.map.keplerMapConfig.config.visState;
    visState.layers = visState.layers.filter(l => (part === 'common' ? COMMON.includes(l.id) : l.id === part));
    const used = new Set(visState.layers.map(l => l.config.dataId));
    spec.map.datasets = spec.map.datasets.filter(d => used.has(d.id));
  }
  return spec;
}

function allLayersSpec(size) {
  const pts = points(200);
  return {
    // A first screenshot at this size then finds its drawing buffers allocated.
    width: (size && Number(size.width)) || 1280,
    height: (size && Number(size.height)) || 800,
    basemap: 'positron',
    viewState: { latitude: 40.42, longitude: -3.7, zoom: 10, bearing: 0, pitch: 0 },
    overlays: { title: 'warm-up', description: '**warm-up**', legend: true },
    map: {
      keplerMapConfig: {
        version: 'v1',
        config: {
          mapState: { latitude: 40.42, longitude: -3.7, zoom: 10 },
          mapStyle: { styleType: 'positron' },
          visState: {
            layers: [
              layer('points', 'tileset', 'p'),
              layer('cluster', 'clusterTile', 'q'),
              layer('heat', 'heatmapTile', 'q'),
              layer('h3', 'h3', 'h'),
              layer('quadbin', 'quadbin', 'q'),
              layer('poly', 'tileset', 'poly')
            ]
          }
        }
      },
      datasets: [
        { id: 'p', type: 'table', geoColumn: 'geom', data: pts },
        { id: 'h', type: 'query', geoColumn: 'h3:geom', aggregationResLevel: 4, data: pts },
        { id: 'q', type: 'query', geoColumn: 'quadbin:geom', aggregationResLevel: 6, data: pts },
        { id: 'poly', type: 'table', geoColumn: 'geom', data: polygon }
      ]
    }
  };
}
