// The custody suite board and the visiting officer's phone: redraw when the suite's stream says a
// custody record changed, and every 30 s so "in 12 min" counts down and overdue visits show.
(function () {
  function live() { return document.getElementById('custody-live'); }
  if (!live()) { return; }
  var url = live().getAttribute('data-live-url');
  var streamUrl = live().getAttribute('data-stream-url');
  var state = 'connecting…';

  function mark() {
    var s = document.getElementById('custody-live-status');
    if (s) { s.textContent = state; }
  }

  function refresh() {
    if (document.activeElement && document.activeElement.tagName === 'INPUT') { return; }
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok && !r.redirected ? r.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('custody-live');
        var current = live();
        if (!fresh || !current) { return; }
        current.replaceWith(document.adoptNode(fresh));
        mark();
      })
      .catch(function () { /* the next event brings it */ });
  }

  var pending = null;
  function soon() { if (!pending) { pending = setTimeout(function () { pending = null; refresh(); }, 100); } }

  var source = new EventSource(streamUrl);
  source.addEventListener('hello', function () { state = 'live'; mark(); });
  source.addEventListener('detention', soon);
  source.onerror = function () { state = 'reconnecting…'; mark(); };
  setInterval(refresh, 30000);
  mark();
})();
