// Pre-selects the browser's time zone on forms that ask for one, unless the user already chose.
document.querySelectorAll('select[data-detect-time-zone]').forEach(function (select) {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var offered = Array.prototype.some.call(select.options, function (option) { return option.value === zone; });
  if (select.value === 'UTC' && offered) {
    select.value = zone;
  }
});
