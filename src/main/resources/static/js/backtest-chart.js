// Draws the backtest chart from the JSON block the results fragment carries; the fragment may
// arrive later through htmx polling, so this also runs after every htmx swap.
(function () {
  'use strict';
  function draw() {
    var canvas = document.getElementById('backtest-chart');
    var data = document.getElementById('backtest-chart-data');
    if (!canvas || !data || canvas.dataset.drawn || typeof Chart === 'undefined') {
      return;
    }
    canvas.dataset.drawn = 'yes';
    var parsed = JSON.parse(data.textContent);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: parsed.labels,
        datasets: parsed.series.map(function (s) { return { label: s.label, data: s.data, tension: 0.2 }; })
      },
      options: {
        responsive: true,
        scales: {
          x: { title: { display: true, text: 'Area covered' } },
          y: { title: { display: true, text: 'Mean hit rate (%)' }, beginAtZero: true }
        }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
}());
