// MCP Apps view (io.modelcontextprotocol/ui, 2026-01-26): talks JSON-RPC over postMessage with the host that
// embeds it, and shows the map of the screenshot tool's result (its _meta carries the viewer spec) interactively.
(function () {
  var VIEW_KEY = 'io.cartomaps/view';
  var nextId = 1;
  var pending = {};
  function send(message) { window.parent.postMessage(message, '*'); }
  function request(method, params) {
    var id = nextId++;
    send({ jsonrpc: '2.0', id: id, method: method, params: params });
    return new Promise(function (resolve) { pending[id] = resolve; });
  }
  function notify(method, params) { send({ jsonrpc: '2.0', method: method, params: params || {} }); }
  function status(text) {
    var s = document.getElementById('status');
    s.textContent = text;
    s.style.display = text ? 'block' : 'none';
  }
  // In a chat the view is small (about 960×600), so widgets sit in one right-hand panel, as Builder's viewer
  // lays them out at that size, and a button folds the panel away to leave the whole map.
  function panelLayout() {
    var overlays = document.getElementById('overlays');
    var bottom = overlays.querySelector('.widgets-bottom');
    if (!bottom) return;
    var panel = overlays.querySelector('.widgets');
    if (!panel) {
      panel = document.createElement('div');
      panel.className = 'widgets';
      overlays.insertBefore(panel, overlays.firstChild);
    }
    while (bottom.firstChild) panel.appendChild(bottom.firstChild);
    bottom.remove();
    overlays.classList.remove('with-bottom-widgets');
    overlays.classList.add('with-widgets');
  }
  function widgetsToggle(count) {
    var button = document.getElementById('widgets-toggle');
    if (!count) {
      if (button) button.remove();
      return;
    }
    if (!button) {
      button = document.createElement('button');
      button.id = 'widgets-toggle';
      button.type = 'button';
      button.addEventListener('click', function () {
        document.body.classList.toggle('widgets-collapsed');
        label();
      });
      document.body.appendChild(button);
    }
    function label() {
      var collapsed = document.body.classList.contains('widgets-collapsed');
      button.textContent = collapsed ? 'Widgets (' + count + ') \u25C2' : '\u25B8';
      button.title = collapsed ? 'Show the widgets' : 'Hide the widgets';
      button.setAttribute('aria-expanded', String(!collapsed));
    }
    label();
  }
  function show(result) {
    var spec = result && result._meta && result._meta[VIEW_KEY];
    if (!spec) {
      status(result && result.isError ? 'The screenshot failed; see the message in the chat.'
        : 'This result carries no map to show.');
      return;
    }
    if (spec.tooLarge) {
      status(spec.tooLarge);
      return;
    }
    status('');
    document.body.classList.add('in-chat');
    new MutationObserver(panelLayout).observe(document.getElementById('overlays'), { childList: true });
    window.MapShot.view(spec);
    panelLayout();
    var widgets = spec.overlays && spec.overlays.widgets;
    widgetsToggle(Array.isArray(widgets) ? widgets.length : 0);
    if (spec.cut) {
      var note = document.createElement('div');
      note.className = 'view-cut';
      note.textContent = spec.cut;
      document.getElementById('map').appendChild(note);
    }
    window.__shown = true;
  }
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var m = event.data;
    if (!m || m.jsonrpc !== '2.0') return;
    if (m.id !== undefined && !m.method && pending[m.id]) {
      pending[m.id](m.result);
      delete pending[m.id];
    } else if (m.method === 'ui/notifications/tool-result') {
      show(m.params);
    } else if (m.method === 'ui/resource-teardown' && m.id !== undefined) {
      send({ jsonrpc: '2.0', id: m.id, result: {} });
    } else if (m.id !== undefined && m.method) {
      send({ jsonrpc: '2.0', id: m.id, error: { code: -32601, message: 'Method not found: ' + m.method } });
    }
  });
  status('Waiting for the map…');
  request('ui/initialize', {
    protocolVersion: '2026-01-26',
    appInfo: { name: 'carto-maps-viewer', version: '1' },
    appCapabilities: {}
  }).then(function () {
    notify('ui/notifications/initialized');
    notify('ui/notifications/size-changed', { width: document.documentElement.clientWidth, height: 520 });
  });
})();
