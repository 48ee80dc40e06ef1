// Circles drawn without instancing. Software WebGL (SwiftShader, what headless Chromium uses here) runs an instanced
// draw one instance at a time, so 9,000 circles cost about 0.1 ms each before a pixel is shaded; the same circles as
// one plain indexed list of triangles costs much less. This layer is deck.gl's ScatterplotLayer with the same shaders
// and attributes: each circle's attribute row is copied to the four corners of its square, drawn as two triangles. Picking needs the
// instance id, so the interactive viewer, which picks for its tooltips, keeps deck.gl's instanced drawing.
import { ScatterplotLayer } from '@deck.gl/layers';
import { Buffer } from '@luma.gl/core';
import { cornerRows, drawingFlat, triangleIndices, withFlatBuffers } from './flatbuffers.js';

const VERTICES_PER_CIRCLE = 4;
const INDICES_PER_CIRCLE = 6;
let flatLayers = 0;

/** Starts counting the circle layers set up flat afresh (each screenshot does). */
export function countFlatCircleLayers() {
  flatLayers = 0;
}

/** How many circle layers were set up flat since the last {@link countFlatCircleLayers}. */
export function flatCircleLayers() {
  return flatLayers;
}
// The ScatterplotLayer's square: its four corners, and the two triangles its triangle strip makes of them.
const CORNERS = [-1, -1, 1, -1, -1, 1, 1, 1];
const TRIANGLES = [0, 1, 2, 2, 1, 3];

export class FlatScatterplotLayer extends withFlatBuffers(ScatterplotLayer) {
  initializeState() {
    this.state.flat = drawingFlat();
    if (this.state.flat) flatLayers += 1;
    super.initializeState();
  }

  getShaders() {
    const shaders = super.getShaders();
    if (!this.state.flat) return shaders;
    return {
      ...shaders,
      vs: shaders.vs
        .replace('in vec3 positions;', 'in vec2 circleCorners;')
        .replace('void main(void) {', 'void main(void) {\nvec3 positions = vec3(circleCorners, 0.0);')
    };
  }

  _flatLayouts() {
    const layouts = this.getAttributeManager().getBufferLayouts().map(l => ({ ...l, stepMode: 'vertex' }));
    return [...layouts, { name: 'circleCorners', format: 'float32x2', stepMode: 'vertex' }];
  }

  /** Sets the model's attributes from this layer's buffers copied to every corner (its flat buffers are new). */
  _setFlatAttributes(model) {
    const manager = this.getAttributeManager();
    const count = this.getNumInstances();
    model.setBufferLayout(this._flatLayouts());
    const strides = new Map(manager.getBufferLayouts().map(l => [l.name, l.byteStride]));
    const expanded = new Map();
    const buffers = {};
    const constants = {};
    const attributes = manager.getAttributes();
    for (const id in attributes) {
      const values = attributes[id].getValue();
      for (const name in values) {
        const value = values[name];
        if (value instanceof Buffer) {
          if (!expanded.has(value)) expanded.set(value, this._expand(value, strides.get(id), count));
          buffers[name] = expanded.get(value);
        } else if (value) {
          constants[name] = value;
        }
      }
    }
    buffers.circleCorners = this._flatBuffer(cornerRows(count, CORNERS));
    model.setIndexBuffer(this._flatBuffer(triangleIndices(count, VERTICES_PER_CIRCLE, TRIANGLES), Buffer.INDEX));
    model.setAttributes(buffers);
    model.setConstantAttributes(constants);
    model.setVertexCount(count * INDICES_PER_CIRCLE);
  }

  /** The buffer's first `count` rows of `stride` bytes, each repeated for the four corners of its circle. */
  _expand(buffer, stride, count) {
    const rows = buffer.readSyncWebGL(0, stride * count);
    const out = new Uint8Array(rows.length * VERTICES_PER_CIRCLE);
    for (let i = 0; i < count; i++) {
      const row = rows.subarray(i * stride, (i + 1) * stride);
      for (let v = 0; v < VERTICES_PER_CIRCLE; v++) out.set(row, (i * VERTICES_PER_CIRCLE + v) * stride);
    }
    return this._flatBuffer(out);
  }
}
FlatScatterplotLayer.layerName = 'FlatScatterplotLayer';
