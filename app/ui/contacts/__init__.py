"""The Contacts tab of the staff window: the contact journal.

tab.py wires the tab (the form on the left, the views on the right, the phone key and the
"on the phone" strip); form.py is the contact form with its timer; lists.py the tables of
contacts and of counts; strip.py the small always-on-top strip shown while a call goes on;
work.py what runs off the UI thread. Imports point one way: tab -> form, lists, strip -> work.
"""
