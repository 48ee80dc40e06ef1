// What the flat (non-instanced) layers share: software WebGL runs an instanced draw one instance at a time, so they
// copy each instance's attribute rows to its corners and draw one indexed triangle list, in buffers of their own.
import { Buffer } from '@luma.gl/core';
import { Model } from '@luma.gl/engine';

let flat = true;

/** Screenshots draw flat; the interactive viewer (its tooltips pick by instance) draws instanced. */
export function drawFlat(on) {
  flat = on;
}

/** Whether layers set up now draw flat (screenshots) or instanced (the interactive viewer). */
export function drawingFlat() {
  return flat;
}

/**
 * `Base` drawn flat when `state.flat` is set: one triangle list over the buffer layouts of `_flatLayouts()`, its
 * attributes set by `_setFlatAttributes(model)` in buffers of its own, made by `_flatBuffer` and destroyed with the
 * layer or before new ones.
 */
export function withFlatBuffers(Base) {
  return class extends Base {
    _getModel() {
      if (!this.state.flat) return super._getModel();
      return new Model(this.context.device, {
        ...this.getShaders(),
        id: this.props.id,
        bufferLayout: this._flatLayouts(),
        topology: 'triangle-list',
        isInstanced: false,
        vertexCount: 0
      });
    }

    _setModelAttributes(model, changedAttributes, bufferLayoutChanged = false) {
      if (!this.state.flat) {
        super._setModelAttributes(model, changedAttributes, bufferLayoutChanged);
        return;
      }
      this._releaseFlatBuffers();
      this._setFlatAttributes(model);
    }

    _flatBuffer(data, usage = Buffer.VERTEX) {
      const buffer = this.context.device.createBuffer({ data, usage });
      (this.state.flatBuffers ||= []).push(buffer);
      return buffer;
    }

    _releaseFlatBuffers() {
      for (const b of this.state.flatBuffers || []) b.destroy();
      this.state.flatBuffers = [];
    }

    finalizeState(context) {
      this._releaseFlatBuffers();
      super.finalizeState(context);
    }
  };
}

/** Indices of `count` shapes of `vertices` corners each, every shape drawn as the triangles of `pattern`. */
export function triangleIndices(count, vertices, pattern) {
  const out = new Uint32Array(count * pattern.length);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < pattern.length; k++) out[i * pattern.length + k] = i * vertices + pattern[k];
  }
  return out;
}

/** `corners` (a flat list of corner coordinates) repeated `count` times. */
export function cornerRows(count, corners) {
  const out = new Float32Array(count * corners.length);
  for (let i = 0; i < count; i++) out.set(corners, i * corners.length);
  return out;
}
