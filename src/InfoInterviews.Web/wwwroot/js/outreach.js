// The compose page: a copy button for the filled-in subject and message, and after the mail program
// opens, the focus moves to "I sent it" so that logging the email is the next step.
document.querySelectorAll('button[data-copy-body]').forEach(function (button) {
  var subject = document.querySelector(button.dataset.copySubject);
  var body = document.querySelector(button.dataset.copyBody);
  var status = document.querySelector(button.dataset.copyStatus);
  if (!body || !navigator.clipboard) {
    return;
  }

  button.hidden = false;
  button.addEventListener('click', function () {
    var text = (subject ? subject.value + '\n\n' : '') + body.value;
    navigator.clipboard.writeText(text).then(function () {
      status.textContent = 'Copied.';
    }, function () {
      body.select();
      status.textContent = 'Your browser did not allow copying: the message is selected, copy it with your keyboard.';
    });
  });
});

document.querySelectorAll('a[data-then-focus]').forEach(function (link) {
  link.addEventListener('click', function () {
    var target = document.querySelector(link.dataset.thenFocus);
    if (target) {
      window.setTimeout(function () { target.focus(); }, 0);
    }
  });
});
