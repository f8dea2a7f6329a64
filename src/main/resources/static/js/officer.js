// The officer's phone: redraws itself when the stream says its unit or its incident changed (a new
// assignment appears without a reload), keeps an update being typed, and asks before clearing.
(function () {
  var main = document.getElementById('main');
  if (!document.getElementById('officer-live')) { return; }

  function mark() {
    var s = document.getElementById('officer-live-status');
    if (s) { s.textContent = main.getAttribute('data-live') === 'connected' ? 'live' : 'reconnecting…'; }
  }

  function refresh() {
    var log = document.getElementById('log-text');
    var typed = log ? log.value : '';
    var hadFocus = log && document.activeElement === log;
    fetch('/officer/live', { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok && !r.redirected ? r.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('officer-live');
        var current = document.getElementById('officer-live');
        if (!fresh || !current) { return; }
        current.replaceWith(document.adoptNode(fresh));
        var again = document.getElementById('log-text');
        if (again && typed) { again.value = typed; }
        if (again && hadFocus) { again.focus(); }
        mark();
      })
      .catch(function () { /* the next event or a reload brings it */ });
  }

  var pending = null;
  function soon() { if (!pending) { pending = setTimeout(function () { pending = null; refresh(); }, 100); } }

  function connect() {
    var source = new EventSource('/officer/stream');
    source.addEventListener('hello', function () { main.setAttribute('data-live', 'connected'); mark(); });
    source.addEventListener('unit', soon);
    source.addEventListener('incident', function (e) {
      var shown = document.getElementById('officer-live').getAttribute('data-incident-id');
      try { if (shown && String(JSON.parse(e.data).incidentId) === shown) { soon(); } } catch (ignored) { /* not ours */ }
    });
    source.onerror = function () { main.setAttribute('data-live', 'reconnecting'); mark(); };
  }

  // "Clear" asks first: the unit would otherwise leave the job with one stray tap.
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.id) { return; }
    var confirm = document.getElementById('clear-confirm');
    var clear = document.getElementById('clear-button');
    if (t.id === 'clear-button' && confirm) {
      confirm.hidden = false;
      clear.setAttribute('aria-expanded', 'true');
      document.getElementById('confirm-clear').focus();
    } else if (t.id === 'cancel-clear' && confirm) {
      confirm.hidden = true;
      clear.setAttribute('aria-expanded', 'false');
      clear.focus();
    }
  });

  window.addEventListener('load', function () { connect(); });
})();
