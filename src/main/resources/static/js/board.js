// The live board: redraw on every server event (keeping the dispatcher's filters), keep target
// countdowns ticking, size the map and lists to the screen, draw the force's map without tiles.
(function () {
  var live = document.getElementById('live');
  if (!live) { return; }
  var status = document.getElementById('live-status');
  var mapEl = document.getElementById('map');
  var grid = document.getElementById('board-grid');
  var filters = document.getElementById('board-filters');
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

  // On a desk the map and the lists fill the screen below the filters, each list scrolling on its own.
  function fit() {
    if (!grid) { return; }
    if (window.matchMedia('(min-width: 1100px)').matches) {
      var top = grid.getBoundingClientRect().top + window.scrollY;
      grid.style.setProperty('--board-height', Math.max(360, window.innerHeight - top - 12) + 'px');
      grid.classList.add('fitted');
    } else {
      grid.classList.remove('fitted');
    }
    if (map) { map.invalidateSize(); }
  }

  function initMap() {
    if (!window.L || !mapEl) { return; }
    map = L.map(mapEl, { zoomControl: true, attributionControl: false, keyboard: false });
    mapEl.removeAttribute('tabindex');
    mapEl.querySelectorAll('a').forEach(function (a) { a.setAttribute('tabindex', '-1'); });
    var tiles = mapEl.getAttribute('data-tile-url');
    if (tiles) { L.tileLayer(tiles, { maxZoom: 19 }).addTo(map); }
    markers = L.layerGroup().addTo(map);
    fetch('/api/v1/map/force', { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        if (geo && geo.features && geo.features.length) {
          var layer = L.geoJSON(geo, { style: function (f) { return { color: '#8899aa', weight: 1, fillOpacity: f.properties && f.properties.urban === false ? 0.02 : 0.06 }; },
            // stations as dots, not pins: pins would be tab stops
            pointToLayer: function (f, at) { return L.circleMarker(at, { radius: 4, weight: 1, color: '#8899aa', interactive: false }); } }).addTo(map);
          map.fitBounds(layer.getBounds());
        } else {
          map.setView([53.452, -2.205], 13);
        }
        drawMarkers();
      })
      .catch(function () { map.setView([53.452, -2.205], 13); drawMarkers(); });
  }

  function query() {
    return filters ? new URLSearchParams(new FormData(filters)).toString() : '';
  }

  // Only the answer to the latest request is drawn, so a slow answer to an earlier one (before the
  // filters changed) never overwrites a newer board.
  var latest = 0;
  function refresh() {
    var mine = ++latest;
    fetch('/board/live?' + query(), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok && !r.redirected ? r.text() : null; })
      .then(function (html) {
        if (html === null || mine !== latest) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
        var current = document.getElementById('live');
        if (!fresh || !current) { return; }
        current.replaceWith(document.adoptNode(fresh));
        drawMarkers();
        readServerTime();
        tick();
      })
      .catch(function () { status.textContent = 'reconnecting…'; });
  }

  function untilTarget(seconds) {
    var minutes = Math.floor(Math.abs(seconds) / 60);
    var amount = minutes < 60 ? minutes + ' min'
      : Math.floor(minutes / 60) + ' h' + (minutes % 60 ? ' ' + (minutes % 60) + ' min' : '');
    return amount + ' left';
  }

  // The countdowns count on the server's clock, not this screen's: a control-room PC whose clock is
  // wrong must not show a wrong time to the target. Each drawing of the live part says the server's
  // time; the difference from this screen's clock is kept and added.
  var skew = 0;
  function readServerTime() {
    var live = document.getElementById('live');
    var said = live ? Date.parse(live.getAttribute('data-now') || '') : NaN;
    if (!isNaN(said)) { skew = said - Date.now(); }
  }

  function tick() {
    var now = Date.now() + skew;
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var left = (Date.parse(el.getAttribute('data-deadline')) - now) / 1000;
      if (left >= 0) { el.textContent = untilTarget(left); } else { el.textContent = '\u26A0\uFE0E BREACHED'; el.classList.add('breach-text'); }
    });
  }

  if (filters) {
    filters.addEventListener('change', function () {
      var q = query();
      history.replaceState(null, '', '/board' + (q.replace(/(^|&)[a-z]+=(?=&|$)/g, '') ? '?' + q : ''));
      refresh();
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

  window.addEventListener('resize', fit);
  window.addEventListener('load', function () { fit(); initMap(); connect(); readServerTime(); tick(); setInterval(tick, 15000); });
})();
