// A long list to choose from (a classification) that can be searched by words or by code: a search
// box above each select marked data-searchable narrows its options as you type and chooses the
// first that matches every word, so "viol" or "8N" then Tab is enough from the keyboard.
(function () {
  function words(text) { return text.toLowerCase().split(/\s+/).filter(function (w) { return w; }); }

  function enhance(select) {
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'select-filter';
    box.id = select.id + '-search';
    box.autocomplete = 'off';
    box.setAttribute('aria-label', 'Filter the list below by words or code');
    box.setAttribute('aria-controls', select.id);
    box.placeholder = 'Type words or a code';
    var count = document.createElement('span');
    count.className = 'muted small';
    count.setAttribute('role', 'status');
    select.parentNode.insertBefore(box, select);
    select.parentNode.insertBefore(count, select);
    box.addEventListener('input', function () {
      var wanted = words(box.value);
      var first = null, shown = 0;
      select.querySelectorAll('option').forEach(function (o) {
        if (!o.value) { return; }
        var haystack = (o.textContent + ' ' + o.value + ' ' + (o.getAttribute('data-code') || '')).toLowerCase();
        var match = wanted.every(function (w) { return haystack.indexOf(w) >= 0; });
        o.hidden = !match;
        if (match) { shown++; if (!first) { first = o; } }
      });
      select.querySelectorAll('optgroup').forEach(function (g) {
        g.hidden = !g.querySelector('option:not([hidden])');
      });
      if (wanted.length === 0) { count.textContent = ''; return; }
      count.textContent = shown === 1 ? '1 match' : shown + ' matches';
      select.value = first ? first.value : '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); select.focus(); }
    });
  }

  window.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-searchable]').forEach(enhance);
  });
})();
