// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (window.DKFDS) { window.DKFDS.init(); }
    markScrollingTables();
  });
  window.addEventListener('resize', markScrollingTables);

  // A table wider than its box scrolls inside it: say so above it, show a shadow at the edge that hides columns, and
  // let keyboard users scroll it (a focusable region named by the table's caption).
  function markScrollingTables() {
    var hint = document.body.getAttribute('data-table-scroll-hint');
    document.querySelectorAll('.table--responsive-scroll').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle('is-scrollable', scrolls);
      var note = box.previousElementSibling;
      var hasNote = note !== null && note.classList.contains('samspil-scroll-hint');
      if (scrolls) {
        var caption = box.querySelector('caption');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        if (caption) { box.setAttribute('aria-label', caption.textContent.trim()); }
        if (!hasNote && hint) {
          note = document.createElement('p');
          note.className = 'form-hint samspil-scroll-hint';
          note.textContent = hint;
          box.parentNode.insertBefore(note, box);
        }
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
        if (hasNote) { note.remove(); }
      }
    });
  }
  // DKFDS.init() also sets up the header's navigation for the whole page, whatever the scope: run again for swapped
  // content it would add one more "Mere" menu to the header on every swap. So swapped content gets the scoped
  // components only.
  document.addEventListener('htmx:afterSwap', function (event) {
    if (!window.DKFDS) { return; }
    var navigation = window.DKFDS.Navigation.prototype;
    var initNavigation = navigation.init;
    navigation.init = function () {};
    try {
      window.DKFDS.init({ scope: event.target });
    } finally {
      navigation.init = initNavigation;
    }
  });
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });
})();
