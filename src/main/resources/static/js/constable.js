// Page behaviour that the content security policy allows: no inline scripts anywhere.
(function () {
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  document.addEventListener('htmx:configRequest', function (e) {
    if (csrfToken && csrfHeader) { e.detail.headers[csrfHeader.content] = csrfToken.content; }
  });
  // Keyboard shortcuts: Alt+letter on links carrying data-key, shown in the navigation.
  document.addEventListener('keydown', function (e) {
    if (!e.altKey || e.ctrlKey || e.metaKey) { return; }
    var link = document.querySelector('[data-key="' + e.key.toLowerCase() + '"]');
    if (link) { e.preventDefault(); link.focus(); link.click(); }
  });
  var toggle = document.getElementById('theme-toggle');
  var saved = localStorage.getItem('constable-theme');
  if (saved) { document.documentElement.classList.add('theme-' + saved); }
  if (toggle) {
    toggle.addEventListener('click', function () {
      var light = !document.documentElement.classList.contains('theme-light');
      document.documentElement.classList.remove('theme-light', 'theme-dark');
      document.documentElement.classList.add(light ? 'theme-light' : 'theme-dark');
      localStorage.setItem('constable-theme', light ? 'light' : 'dark');
    });
  }
})();
