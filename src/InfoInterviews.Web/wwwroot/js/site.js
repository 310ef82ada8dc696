// Pre-selects the browser's time zone on forms that ask for one, unless the user already chose.
document.querySelectorAll('select[data-detect-time-zone]').forEach(function (select) {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var offered = Array.prototype.some.call(select.options, function (option) { return option.value === zone; });
  if (select.value === 'UTC' && offered) {
    select.value = zone;
  }
});

// Adds a preview to every Markdown field (textarea[data-markdown]): the server renders it exactly as
// it will be shown, sanitized.
document.querySelectorAll('textarea[data-markdown]').forEach(function (textarea) {
  var form = textarea.form;
  var token = form && form.querySelector('input[name="__RequestVerificationToken"]');
  if (!token) {
    return;
  }

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-sm btn-outline-secondary mt-1';
  button.textContent = 'Preview';
  button.setAttribute('aria-controls', textarea.id + '-preview');
  var preview = document.createElement('div');
  preview.id = textarea.id + '-preview';
  preview.className = 'markdown-preview border rounded p-2 mt-2';
  preview.hidden = true;
  preview.setAttribute('aria-live', 'polite');
  textarea.insertAdjacentElement('afterend', preview);
  textarea.insertAdjacentElement('afterend', button);

  button.addEventListener('click', function () {
    if (!preview.hidden) {
      preview.hidden = true;
      button.textContent = 'Preview';
      return;
    }

    var body = new URLSearchParams();
    body.append('markdown', textarea.value);
    body.append('__RequestVerificationToken', token.value);
    // Busy until the preview is in place, for screen readers and for anything waiting on the page.
    preview.setAttribute('aria-busy', 'true');
    fetch('/Markdown/Preview', { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        preview.innerHTML = html || '<p class="text-muted">Nothing to preview.</p>';
        preview.hidden = false;
        button.textContent = 'Hide preview';
      })
      .catch(function () {
        preview.textContent = 'The preview could not be shown.';
        preview.hidden = false;
      })
      .finally(function () {
        preview.removeAttribute('aria-busy');
      });
  });
});

// Shows the hint named by a date-time field's data-past-hint while the time it holds is before
// data-now (the user's wall clock when the page was made; both read "yyyy-MM-ddTHH:mm", so they
// compare as text).
document.querySelectorAll('input[data-past-hint]').forEach(function (input) {
  var hint = document.getElementById(input.getAttribute('data-past-hint'));
  var now = input.getAttribute('data-now');
  if (!hint || !now) {
    return;
  }

  var update = function () {
    hint.hidden = !(input.value && input.value < now);
  };
  input.addEventListener('input', update);
  input.addEventListener('change', update);
  update();
});

// A submit button with data-busy-text shows that a long request (an import of thousands of rows) is under
// way: once the form submits, the button says so and is disabled against a second submit, and the form is
// marked busy for screen readers. A form that client-side validation holds back stays as it is.
document.querySelectorAll('form button[type="submit"][data-busy-text]').forEach(function (button) {
  var form = button.form;
  var idleText = button.textContent;
  form.addEventListener('submit', function () {
    var validator = window.jQuery && window.jQuery(form).data('validator');
    if (validator && !validator.form()) {
      return;
    }

    button.disabled = true;
    button.textContent = button.getAttribute('data-busy-text');
    form.setAttribute('aria-busy', 'true');
  });

  // Back on the page from the browser's history, the form is ready again.
  window.addEventListener('pageshow', function () {
    button.disabled = false;
    button.textContent = idleText;
    form.removeAttribute('aria-busy');
  });
});

// A name field with data-suggest (the address of a page that answers ?q= with a JSON list of names, from
// the suggest-page tag helper) offers the user's names that start with what is typed, in a native
// datalist: the browser shows and keyboard-navigates it, and the field stays a plain text box that the
// server reads by name. A short pause between keystrokes asks once; an answer that arrives after the
// text has changed is dropped.
document.querySelectorAll('input[data-suggest]').forEach(function (input) {
  var list = document.createElement('datalist');
  list.id = input.id + '-suggestions';
  input.insertAdjacentElement('afterend', list);
  input.setAttribute('list', list.id);
  var timer = null;
  var asked = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = input.value.trim();
      if (!typed || typed === asked) {
        return;
      }

      asked = typed;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (names) {
          if (input.value.trim() !== typed) {
            return;
          }

          list.replaceChildren.apply(list, names.map(function (name) {
            var option = document.createElement('option');
            option.value = name;
            return option;
          }));
        })
        .catch(function () { asked = null; });
    }, 150);
  });
});
