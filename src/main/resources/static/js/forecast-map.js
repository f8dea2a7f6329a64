// A published forecast: the force area (no tiles, no internet) and the top cells numbered by rank.
(function () {
  window.addEventListener('load', function () {
    var el = document.getElementById('forecast-map');
    if (!el || !window.L) { return; }
    var map = L.map(el, { attributionControl: false });
    fetch('/api/v1/map/force').then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
      if (geo && geo.features && geo.features.length) {
        L.geoJSON(geo, { style: { color: '#8899aa', weight: 1, fillOpacity: 0.04 } }).addTo(map);
      }
    }).catch(function () { /* the cells are drawn anyway */ });
    fetch('/api/v1/analytics/forecasts/' + el.dataset.forecast).then(function (r) { return r.json(); }).then(function (f) {
      var cells = L.featureGroup().addTo(map);
      f.cells.forEach(function (c) {
        var ring = c.outline.map(function (p) { return [p[1], p[0]]; });
        L.polygon(ring, { color: '#b3261e', weight: 1, fillOpacity: 0.35, className: 'forecast-cell' })
          .bindTooltip(String(c.rank), { permanent: true, direction: 'center', className: 'rank-label' })
          .addTo(cells);
      });
      if (f.cells.length) { map.fitBounds(cells.getBounds().pad(0.2)); } else { map.setView([53.452, -2.205], 12); }
      el.dataset.cellsDrawn = String(f.cells.length);
    });
  });
})();
