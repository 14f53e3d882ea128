"""The Notices tab of the staff window: fill in a template, see the notice, issue it, and the
issuance register.

tab.py wires the tab (previewing, issuing, the register's actions); form.py is the notice's form
(template, language, whom it is for, its fields, delivery); issuances.py the issuance register's
table and buttons; preview.py the picture of a notice's first page and the drawing of its pages,
which the template editor (app/ui/template_editor.py) shows too; work.py what runs off the UI
thread. Imports point one way: tab -> form, issuances -> preview, work.
"""
