// Interactive viewer bootstrap: loads this map's render spec (next to the page) and shows it with pan and zoom.
fetch('spec.json', { cache: 'no-store' })
  .then(response => {
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return response.json();
  })
  .then(spec => {
    document.title = (spec.overlays && spec.overlays.title) || 'Map';
    window.MapShot.view(spec);
  })
  .catch(error => {
    document.body.textContent = `Could not load the map: ${error.message}`;
  });
