"""The admin configuration dialog: `dialog` holds the dialog, a module per page holds that
page, and `helpers` what the pages share.

Imports go one way: the pages import `helpers`, `dialog` imports the pages, and only the
dialog's callers import `dialog`."""
