// Dashboards: the page's tables hold every figure; these charts and the beat map draw the same
// figures from the API for those who would rather look than read. Nothing is fetched from outside.
(function () {
  var from = document.getElementById('from'), to = document.getElementById('to');
  if (!document.getElementById('series-chart') || !from || !to) { return; }
  // the theme's text colour, so the charts read in the light and the dark theme alike
  var ink = getComputedStyle(document.body).color || '#22303c';

  function chart(id, config) {
    var el = document.getElementById(id);
    if (!el || !window.Chart) { return; }
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { labels: { color: ink } } },
      scales: { x: { ticks: { color: ink } }, y: { ticks: { color: ink }, beginAtZero: true } } }, config.options || {});
    new Chart(el, config);
  }

  function beatMap(byBeat) {
    var el = document.getElementById('beat-map');
    if (!el || !window.L) { return; }
    var counts = {}, max = 0;
    byBeat.forEach(function (b) { counts[b.key] = b.count; max = Math.max(max, b.count); });
    var map = L.map(el, { attributionControl: false });
    var tiles = el.getAttribute('data-tile-url');
    if (tiles) { L.tileLayer(tiles, { maxZoom: 19 }).addTo(map); }
    fetch('/api/v1/map/force', { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        var beats = geo && geo.features ? geo.features.filter(function (f) { return f.properties && f.properties.code; }) : [];
        if (!beats.length) { map.setView([53.452, -2.205], 13); return; }
        var layer = L.geoJSON({ type: 'FeatureCollection', features: beats }, {
          style: function (f) {
            var n = counts[f.properties.code] || 0;
            return { color: '#8899aa', weight: 1, fillColor: '#d9534f', fillOpacity: max ? 0.1 + 0.6 * n / max : 0.05 };
          },
          onEachFeature: function (f, l) { l.bindTooltip((f.properties.name || f.properties.code) + ': ' + (counts[f.properties.code] || 0)); }
        }).addTo(map);
        map.fitBounds(layer.getBounds());
      })
      .catch(function () { map.setView([53.452, -2.205], 13); });
  }

  // the wards shaded by the chosen count, read from the tables on the page (no second computation);
  // drawn from the wards' own GeoJSON, with tiles only if a tile server is configured
  function wardCounts(tableId) {
    var counts = {}, max = 0;
    document.querySelectorAll('#' + tableId + ' tbody tr[data-key]').forEach(function (tr) {
      var key = tr.getAttribute('data-key'), n = parseInt(tr.cells[1].textContent, 10) || 0;
      counts[key] = n;
      if (key.charAt(0) !== '(') { max = Math.max(max, n); }
    });
    return { counts: counts, max: max };
  }

  function wardMap() {
    var el = document.getElementById('ward-map'), shade = document.getElementById('ward-shade');
    if (!el || !window.L) { return; }
    fetch('/api/v1/dashboards/wards', { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        if (!geo || !geo.features || !geo.features.length) { return; }
        var map = L.map(el, { attributionControl: false });
        var tiles = el.getAttribute('data-tile-url');
        if (tiles) { L.tileLayer(tiles, { maxZoom: 19 }).addTo(map); }
        var layer;
        function draw() {
          var c = wardCounts(shade && shade.value === 'historic' ? 'historic-by-ward' : 'recorded-by-ward');
          if (layer) { map.removeLayer(layer); }
          layer = L.geoJSON(geo, {
            style: function (f) {
              var n = c.counts[f.properties.code] || 0;
              return { color: '#8899aa', weight: 1, fillColor: '#d9534f', fillOpacity: c.max ? 0.05 + 0.7 * n / c.max : 0.05 };
            },
            onEachFeature: function (f, l) { l.bindTooltip(f.properties.name + ': ' + (c.counts[f.properties.code] || 0)); }
          }).addTo(map);
          el.setAttribute('data-drawn', String(geo.features.length));
          el.setAttribute('data-shaded-by', shade ? shade.value : 'recorded');
          return layer;
        }
        map.fitBounds(draw().getBounds());
        if (shade) { shade.addEventListener('change', draw); }
      });
  }
  wardMap();

  fetch('/api/v1/dashboards/overview?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value),
    { headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (o) {
      if (!o) { return; }
      chart('series-chart', { type: 'line', data: { labels: o.series.starts, datasets: [
        { label: 'Crime-indicative', data: o.series.crimeIndicative, borderColor: '#d9534f', backgroundColor: '#d9534f' },
        { label: 'All incidents', data: o.series.allIncidents, borderColor: '#4a90d9', backgroundColor: '#4a90d9', borderDash: [6, 4] }] } });
      if (o.crimes) {
        chart('crime-chart', { type: 'bar', data: { labels: o.crimes.seriesStarts, datasets: [
          { type: 'bar', label: 'Crimes recorded', data: o.crimes.recordedSeries, backgroundColor: '#d9534f', yAxisID: 'y' },
          { type: 'line', label: '% recording rate (NCRS)', yAxisID: 'rate', borderColor: '#4a90d9', backgroundColor: '#4a90d9',
            data: o.crimes.recordingRates.map(function (r) { return r.rate == null ? null : Math.round(r.rate * 1000) / 10; }) }] },
          options: { scales: { y: { beginAtZero: true, ticks: { color: ink } }, rate: { position: 'right', min: 0, max: 100, ticks: { color: ink } },
            x: { ticks: { color: ink } } } } });
      }
      var call = o.answerTimes.filter(function (a) { return a.channel === 'EMERGENCY_999'; })[0];
      if (call) {
        chart('answer-chart', { type: 'bar', data: { labels: ['≤5', '≤10', '≤15', '≤20', '≤30', '≤60', '≤120', 'slower'],
          datasets: [{ label: '999 calls by seconds to answer', data: call.histogram,
            backgroundColor: call.histogram.map(function (_, i) { return i < 2 ? '#3c9d5d' : '#d9534f'; }) }] } });
      }
      chart('attendance-chart', { type: 'bar', data: { labels: o.attendance.map(function (g) { return g.label; }),
        datasets: [{ label: '% attended within target', data: o.attendance.map(function (g) { return g.shareInTarget == null ? null : Math.round(g.shareInTarget * 100); }),
          backgroundColor: '#4a90d9' }] }, options: { scales: { y: { beginAtZero: true, max: 100, ticks: { color: ink } }, x: { ticks: { color: ink } } } } });
      beatMap(o.byBeat);
    });
})();
