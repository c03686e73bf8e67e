// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (window.DKFDS) { window.DKFDS.init(); }
    markScrollingTables();
    orderErrorSummaries();
    focusErrorSummary();
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
  // A summary lists its errors in the order of the fields they belong to (the server gives them in the order the rules
  // ran); errors that belong to no field come first.
  function orderErrorSummaries() {
    document.querySelectorAll('main .alert-error[role="alert"] ul').forEach(function (list) {
      var entries = Array.prototype.slice.call(list.children).map(function (item, index) {
        var link = item.querySelector('a[href^="#"]');
        var target = link ? document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))) : null;
        return { item: item, index: index, target: target && !target.contains(list) ? target : null };
      });
      entries.sort(function (a, b) {
        if (!a.target || !b.target || a.target === b.target) {
          return (a.target ? 1 : 0) - (b.target ? 1 : 0) || a.index - b.index;
        }
        return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
      entries.forEach(function (entry) { list.appendChild(entry.item); });
    });
  }
  // After a failed submit the page opens at its error summary and focus moves there, so a screen reader reads the
  // errors and the keyboard starts from them. Every form's summary is an error alert (fragments/forms :: errorSummary).
  function focusErrorSummary() {
    var summary = document.querySelector('main .alert-error[role="alert"]');
    if (!summary) { return; }
    if (!summary.hasAttribute('tabindex')) { summary.setAttribute('tabindex', '-1'); }
    summary.scrollIntoView({ block: 'start' });
    summary.focus({ preventScroll: true });
  }
  // A link in the summary moves focus to its field (a group of choices: its first control) and shows its label.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.alert-error a[href^="#"]') : null;
    if (!link) { return; }
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!target) { return; }
    var control = target.matches('input, select, textarea, button, [tabindex]') ? target
      : target.querySelector('input, select, textarea');
    if (!control) { return; }
    event.preventDefault();
    var group = control.closest('.form-group, .form-group-checkbox') || control;
    group.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  });
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
