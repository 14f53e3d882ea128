"""The Visitors tab of the staff window: the reception desk's register of visitors.

tab.py wires the tab (the banner, the pages on the right, every action); form.py is the
registration form; lists.py the tables of who is in, who is expected and past visits; work.py
what runs off the UI thread (reads, writes, printing, the evacuation list's PDF). Imports point
one way: tab -> form, lists -> work.
"""
