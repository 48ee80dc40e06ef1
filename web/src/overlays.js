// HTML overlays drawn over the map: title, legends, description panel and attribution.
import { markdownToHtml } from './markdown.js';
import { drawWidgets } from './widgets.js';

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function legendBlock(legend) {
  const block = el('div', 'legend-layer');
  block.appendChild(el('div', 'legend-title', legend.title));
  if (legend.subtitle) block.appendChild(el('div', 'legend-subtitle', legend.subtitle));
  for (const entry of legend.entries) {
    const row = el('div', 'legend-row');
    if (legend.kind === 'gradient') {
      const bar = el('span', 'legend-gradient');
      bar.style.background = `linear-gradient(to right, ${entry.colors.join(', ')})`;
      row.appendChild(bar);
    } else if (legend.kind === 'classes') {
      const swatch = el('span', `legend-swatch ${legend.shape || 'square'}`);
      swatch.style.background = entry.color;
      row.appendChild(swatch);
    }
    row.appendChild(el('span', 'legend-label', entry.label));
    block.appendChild(row);
  }
  return block;
}

/** The legend takes the height the description leaves free on the right; what does not fit fades out. */
function fitLegend(root, legend) {
  const description = root.querySelector('.description');
  const top = description ? description.offsetTop + description.offsetHeight + 12 : 12;
  const bottom = 28;
  legend.style.maxHeight = `${Math.max(60, root.clientHeight - top - bottom)}px`;
  if (legend.scrollHeight > legend.clientHeight) legend.classList.add('clipped');
}

/** Replaces the overlay layer's content. `overlays` may be null (light engine or hideOverlays). */
export function drawOverlays(root, { overlays, hideOverlays, panel, legends, warnings }) {
  root.replaceChildren();
  root.className = `overlays ${panel === 'dark' ? 'dark' : 'light'}`;
  if (hideOverlays) return;
  const panels = drawWidgets(root, overlays && overlays.widgets);
  if (panels.right) root.classList.add('with-widgets');
  if (panels.bottom) root.classList.add('with-bottom-widgets');
  if (overlays && overlays.title) root.appendChild(el('div', 'title', overlays.title));
  if (overlays && overlays.description && String(overlays.description).trim()) {
    const d = el('div', 'description');
    d.innerHTML = markdownToHtml(overlays.description);
    root.appendChild(d);
  }
  if (overlays && overlays.legend && legends.length) {
    const box = el('div', 'legend');
    legends.forEach(l => box.appendChild(legendBlock(l)));
    root.appendChild(box);
    fitLegend(root, box);
  }
  if (warnings && warnings.length) {
    const w = el('div', 'notice');
    warnings.filter(m => /raster/i.test(m)).forEach(m => w.appendChild(el('div', null, m)));
    if (w.childNodes.length) root.appendChild(w);
  }
  root.appendChild(el('div', 'attribution', 'Offline basemap · Natural Earth'));
}
