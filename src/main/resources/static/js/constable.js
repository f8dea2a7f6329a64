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
  // Call taking: choosing a gazetteer address sets the location and shows what is known there.
  document.addEventListener('click', function (e) {
    var pick = e.target.closest ? e.target.closest('.pick-address') : null;
    if (!pick) { return; }
    document.getElementById('locationId').value = pick.getAttribute('data-location-id');
    document.getElementById('addressQuery').value = pick.getAttribute('data-address');
    document.getElementById('latitude').value = '';
    document.getElementById('longitude').value = '';
    document.getElementById('addresses').innerHTML = '';
    document.getElementById('context-button').click();
  });
  // Call taking: naming a person adds them to the call and shows their warnings too.
  document.addEventListener('click', function (e) {
    var pick = e.target.closest ? e.target.closest('.pick-person') : null;
    if (!pick) { return; }
    var id = pick.getAttribute('data-person-id');
    var list = document.getElementById('named-people');
    if (!list.querySelector('input[value="' + id + '"]')) {
      var li = document.createElement('li');
      var input = document.createElement('input');
      input.type = 'hidden'; input.name = 'personIds'; input.value = id;
      li.appendChild(input);
      li.appendChild(document.createTextNode(pick.getAttribute('data-name')));
      list.appendChild(li);
    }
    document.getElementById('people-matches').innerHTML = '';
    document.getElementById('personQuery').value = '';
    document.getElementById('context-button').click();
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
