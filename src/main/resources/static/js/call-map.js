// Call taking: a click on the force map sets the coordinates and shows what is known there. The map
// and its pin are not tab stops: the keyboard path goes from the address to the form's fields.
(function () {
  window.addEventListener('load', function () {
    var el = document.getElementById('call-map');
    if (!el || !window.L) { return; }
    var map = L.map(el, { attributionControl: false, keyboard: false });
    el.removeAttribute('tabindex');
    el.querySelectorAll('a').forEach(function (a) { a.setAttribute('tabindex', '-1'); });
    var marker = null;
    fetch('/api/v1/map/force').then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
      if (geo && geo.features && geo.features.length) {
        // stations are drawn as dots, not pins: a pin is a tab stop, and the keyboard path must stay short
        map.fitBounds(L.geoJSON(geo, { style: { color: '#8899aa', weight: 1, fillOpacity: 0.04 },
          pointToLayer: function (f, at) { return L.circleMarker(at, { radius: 4, weight: 1, interactive: false }); }
        }).addTo(map).getBounds());
      } else { map.setView([53.452, -2.205], 13); }
    }).catch(function () { map.setView([53.452, -2.205], 13); });
    map.on('click', function (e) {
      document.getElementById('latitude').value = e.latlng.lat.toFixed(6);
      document.getElementById('longitude').value = e.latlng.lng.toFixed(6);
      document.getElementById('locationId').value = '';
      document.getElementById('coordinates').open = true;
      if (marker) { marker.setLatLng(e.latlng); } else { marker = L.marker(e.latlng, { keyboard: false }).addTo(map); }
      document.getElementById('context-button').click();
    });
  });
})();
