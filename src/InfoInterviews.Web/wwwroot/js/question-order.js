// Moves a question up or down on the question-set editor without leaving the page, so that nothing
// typed is lost and focus stays on the moved question. Each question posts its place by where it
// stands in the form, so the new order is kept by the next save. Without this script each move
// button posts the whole form, and the server saves it with the question moved.
(function () {
  var list = document.querySelector('ol[data-question-order]');
  if (!list) {
    return;
  }

  var status = document.getElementById(list.getAttribute('data-status'));

  function renumber() {
    var items = list.children;
    Array.prototype.forEach.call(items, function (item, index) {
      item.querySelector('.question-number').textContent = String(index + 1);
      item.querySelectorAll('.question-actions [aria-label]').forEach(function (control) {
        control.setAttribute('aria-label', control.textContent.trim() + ': question ' + (index + 1));
      });
      item.querySelector('.move-up').hidden = index === 0;
      item.querySelector('.move-down').hidden = index === items.length - 1;
    });
  }

  list.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-offset]');
    if (!button || !list.contains(button)) {
      return;
    }

    event.preventDefault();
    var item = button.closest('li');
    var down = button.getAttribute('data-offset') === '1';
    var neighbour = down ? item.nextElementSibling : item.previousElementSibling;
    if (!neighbour) {
      return;
    }

    // The neighbour moves, not the question, so that the pressed button never leaves the page and
    // keeps focus (and what a screen reader was reading).
    list.insertBefore(neighbour, down ? item : item.nextElementSibling);
    renumber();
    var same = item.querySelector(down ? '.move-down' : '.move-up');
    (same.hidden ? item.querySelector(down ? '.move-up' : '.move-down') : same).focus();
    var place = Array.prototype.indexOf.call(list.children, item) + 1;
    status.textContent = 'Question moved to place ' + place + ' of ' + list.children.length + '. Save to keep the new order.';
  });
})();
