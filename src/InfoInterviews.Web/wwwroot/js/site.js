// Pre-selects the browser's time zone on forms that ask for one, unless the user already chose.
document.querySelectorAll('select[data-detect-time-zone]').forEach(function (select) {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (select.value === 'UTC' && zone && select.querySelector('option[value="' + CSS.escape(zone) + '"]')) {
    select.value = zone;
  }
});
