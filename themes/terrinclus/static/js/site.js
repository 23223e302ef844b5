/* Terrinclus: keyboard shortcut shared by every page. "/" puts the cursor in the search field. */
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var field = document.getElementById('q') || document.getElementById('q-entete');
    if (field) {
      event.preventDefault();
      field.focus();
      field.select();
    }
  });
})();
