// Field messages change only when the form is submitted. Validating as a field loses focus would
// remove (or add) a message the moment the pointer presses the submit button: the button moves under
// the pointer and the click lands on nothing.
$.validator.setDefaults({ onfocusout: false, onkeyup: false });
