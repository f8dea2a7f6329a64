// The live board: redraw on every server event, keep target countdowns ticking, draw the force's map without tiles.
(function () {
  var live = document.getElementById('live');
  if (!live) { return; }
  var status = document.getElementById('live-status');
  var mapEl = document.getElementById('map');
  var map = null, markers = null;

  function drawMarkers() {
    if (!map) { return; }
    markers.clearLayers();
    document.querySelectorAll('#live tr[data-lat]').forEach(function (row) {
      var lat = parseFloat(row.getAttribute('data-lat')), lon = parseFloat(row.getAttribute('data-lon'));
      if (isNaN(lat) || isNaN(lon)) { return; }
      var incident = row.classList.contains('incident-row');
      L.circleMarker([lat, lon], { radius: incident ? 8 : 5, weight: 2, color: incident ? '#ff8a80' : '#7cc4ff',
        fillOpacity: incident ? 0.8 : 0.5 }).bindTooltip(row.getAttribute('data-label')).addTo(markers);
    });
  }

  function initMap() {
    if (!window.L || !mapEl) { return; }
    map = L.map(mapEl, { zoomControl: true, attributionControl: false });
    var tiles = mapEl.getAttribute('data-tile-url');
    if (tiles) { L.tileLayer(tiles, { maxZoom: 19 }).addTo(map); }
    markers = L.layerGroup().addTo(map);
    fetch('/api/v1/map/force', { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        if (geo && geo.features && geo.features.length) {
          var layer = L.geoJSON(geo, { style: function (f) { return { color: '#8899aa', weight: 1, fillOpacity: f.properties && f.properties.urban === false ? 0.02 : 0.06 }; } }).addTo(map);
          map.fitBounds(layer.getBounds());
        } else {
          map.setView([53.452, -2.205], 13);
        }
        drawMarkers();
      })
      .catch(function () { map.setView([53.452, -2.205], 13); drawMarkers(); });
  }

  function refresh() {
    if (window.htmx) {
      htmx.ajax('GET', '/board/live', { target: '#live', swap: 'outerHTML' }).then(function () { drawMarkers(); tick(); });
    }
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var left = Math.round((Date.parse(el.getAttribute('data-deadline')) - now) / 60000);
      el.textContent = left >= 0 ? left + ' min left' : 'BREACHED';
      if (left < 0) { el.classList.add('breach-text'); }
    });
  }

  var pending = null;
  function connect() {
    var source = new EventSource('/api/v1/board/stream');
    source.addEventListener('hello', function () { status.textContent = 'live'; });
    function onChange() { if (!pending) { pending = setTimeout(function () { pending = null; refresh(); }, 150); } }
    source.addEventListener('incident', onChange);
    source.addEventListener('unit', onChange);
    source.onerror = function () { status.textContent = 'reconnecting…'; };
  }

  window.addEventListener('load', function () { initMap(); connect(); tick(); setInterval(tick, 15000); });
})();
