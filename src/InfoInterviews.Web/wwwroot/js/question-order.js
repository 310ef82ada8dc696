// Moves, adds and removes questions on the question-set editor without leaving the page, so that
// nothing typed anywhere on it is lost until the one save. Each question posts its place by where it
// stands in the form; a removed question leaves its id behind, marked removed, for the save to delete;
// an added one is a blank copy of the page's template. Without this script each move button posts the
// whole form (the server saves it with the question moved), Remove opens a page that asks first, and
// the form under the list adds a question.
(function () {
  var list = document.querySelector('ol[data-question-order]');
  if (!list) {
    return;
  }

  var status = document.getElementById(list.getAttribute('data-status'));
  var removed = document.getElementById(list.getAttribute('data-removed'));
  var template = document.getElementById(list.getAttribute('data-template'));
  var addButton = document.getElementById(list.getAttribute('data-add'));
  var noScriptAdd = document.getElementById(list.getAttribute('data-no-script-add'));
  var placeholder = /__key__/g;

  addButton.hidden = false;
  noScriptAdd.hidden = true;

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

  function move(button) {
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
  }

  function remove(control) {
    var item = control.closest('li');
    var next = item.nextElementSibling;
    var id = item.querySelector('input[name$="].Id"]');
    if (id) {
      // A saved question keeps its id and version in the form, marked removed, for the save to delete.
      item.querySelectorAll('input[type="hidden"]').forEach(function (input) {
        removed.appendChild(input);
      });
      var mark = document.createElement('input');
      mark.type = 'hidden';
      mark.name = id.name.replace(/\.Id$/, '.Removed');
      mark.value = 'true';
      removed.appendChild(mark);
    }

    item.remove();
    renumber();
    (next ? next.querySelector('textarea') : addButton).focus();
    status.textContent = 'Question removed. Save to keep the change.';
  }

  function newKey() {
    var n = 1;
    while (document.getElementById('question-new' + n)) {
      n++;
    }

    return 'new' + n;
  }

  function add() {
    var key = newKey();
    var item = template.content.firstElementChild.cloneNode(true);
    [item].concat(Array.prototype.slice.call(item.querySelectorAll('*'))).forEach(function (element) {
      Array.prototype.forEach.call(element.attributes, function (attribute) {
        if (attribute.value.indexOf('__key__') !== -1) {
          attribute.value = attribute.value.replace(placeholder, key);
        }
      });
    });

    list.appendChild(item);
    var empty = document.getElementById(list.getAttribute('data-empty'));
    if (empty) {
      empty.remove();
    }

    renumber();
    item.querySelector('textarea').focus();
    status.textContent = 'Question ' + list.children.length + ' added. Save to keep it.';
  }

  list.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-offset]');
    var removal = event.target.closest('.remove-link');
    if (button && list.contains(button)) {
      event.preventDefault();
      move(button);
    } else if (removal && list.contains(removal)) {
      event.preventDefault();
      remove(removal);
    }
  });

  addButton.addEventListener('click', add);
})();
