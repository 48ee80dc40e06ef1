// Paths drawn without instancing, for the same reason as flatpoints.js: software WebGL runs an instanced draw one
// instance at a time, and deck.gl's PathLayer draws every segment of every path as an instance (the basemap's country
// borders at world zoom are thousands of them). This is deck.gl's PathLayer with the same shaders and attributes:
// each segment's attribute rows (its own and, for the joints, its neighbours', which PathLayer reads from the same
// buffer at a vertex offset) are copied to the six corners of its segment template, drawn as one indexed triangle
// list. Only for screenshots: the interactive viewer keeps deck.gl's instanced paths.
import { PathLayer } from '@deck.gl/layers';
import { Buffer } from '@luma.gl/core';
import { cornerRows, drawingFlat, triangleIndices, withFlatBuffers } from './flatbuffers.js';

// PathLayer's segment template (path-layer.js `_getModel`): six corners and the four triangles made of them.
const SEGMENT_POSITIONS = [0, 0, 0, -1, 0, 1, 1, -1, 1, 1, 1, 0];
const SEGMENT_INDICES = [0, 1, 2, 1, 4, 2, 1, 3, 4, 3, 5, 4];
const CORNERS = SEGMENT_POSITIONS.length / 2;

let flatLayers = 0;

/** Starts counting the path layers set up flat afresh (each screenshot does). */
export function countFlatPathLayers() {
  flatLayers = 0;
}

/** How many path layers were set up flat since the last {@link countFlatPathLayers}. */
export function flatPathLayers() {
  return flatLayers;
}

/** Bytes of one value of a vertex format such as float32x3, unorm8x4 or uint8. */
function formatBytes(format) {
  const m = /^(?:float|uint|sint|unorm|snorm)(8|16|32)(?:x(\d))?/.exec(format);
  if (!m) throw new Error(`unsupported vertex format ${format}`);
  return (Number(m[1]) / 8) * Number(m[2] || 1);
}

export class FlatPathLayer extends withFlatBuffers(PathLayer) {
  initializeState() {
    this.state.flat = drawingFlat();
    if (this.state.flat) flatLayers += 1;
    super.initializeState();
  }

  /**
   * Each instanced buffer becomes a per-vertex buffer whose row holds exactly the values its shader attributes read
   * (packed, each at a 4-byte boundary), plus the template's corner position.
   */
  _flatLayouts() {
    const layouts = this.getAttributeManager().getBufferLayouts().map(layout => {
      let offset = 0;
      const attributes = (layout.attributes || []).map(a => {
        const out = { ...a, byteOffset: offset, source: a.byteOffset, bytes: formatBytes(a.format) };
        offset += Math.ceil(out.bytes / 4) * 4;
        return out;
      });
      return { ...layout, stepMode: 'vertex', byteStride: offset, attributes, sourceStride: layout.byteStride };
    });
    return [...layouts, { name: 'positions', format: 'float32x2', stepMode: 'vertex' }];
  }

  /** Sets the model's attributes from this layer's buffers copied to every corner (its flat buffers are new). */
  _setFlatAttributes(model) {
    const manager = this.getAttributeManager();
    const count = this.getNumInstances();
    const layouts = this._flatLayouts();
    model.setBufferLayout(layouts.map(({ sourceStride, ...l }) => ({
      ...l,
      attributes: l.attributes && l.attributes.map(({ source, bytes, ...a }) => a)
    })));
    const byName = new Map(layouts.map(l => [l.name, l]));
    const buffers = {};
    const constants = {};
    const attributes = manager.getAttributes();
    for (const id in attributes) {
      const values = attributes[id].getValue();
      let expanded = null;
      for (const name in values) {
        const value = values[name];
        if (value instanceof Buffer) {
          if (!expanded && byName.has(id)) expanded = this._expand(value, byName.get(id), count);
          if (expanded) buffers[id] = expanded;
        } else if (value) {
          constants[name] = value;
        }
      }
    }
    buffers.positions = this._flatBuffer(cornerRows(count, SEGMENT_POSITIONS));
    model.setIndexBuffer(this._flatBuffer(triangleIndices(count, CORNERS, SEGMENT_INDICES), Buffer.INDEX));
    model.setAttributes(buffers);
    model.setConstantAttributes(constants);
    model.setVertexCount(count * SEGMENT_INDICES.length);
  }

  /** Per segment, the bytes each shader attribute reads from `buffer`, repeated for the six corners. */
  _expand(buffer, layout, count) {
    const stride = layout.sourceStride;
    const reach = Math.max(0, ...layout.attributes.map(a => a.source + a.bytes));
    const rows = buffer.readSyncWebGL(0, Math.min(buffer.byteLength, count > 0 ? (count - 1) * stride + reach : 0));
    const row = new Uint8Array(layout.byteStride);
    const out = new Uint8Array(count * CORNERS * layout.byteStride);
    for (let i = 0; i < count; i++) {
      row.fill(0);
      for (const a of layout.attributes) {
        const from = i * stride + a.source;
        row.set(rows.subarray(from, Math.min(from + a.bytes, rows.length)), a.byteOffset);
      }
      for (let v = 0; v < CORNERS; v++) out.set(row, (i * CORNERS + v) * layout.byteStride);
    }
    return this._flatBuffer(out);
  }
}
FlatPathLayer.layerName = 'FlatPathLayer';
