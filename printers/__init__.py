"""Ticket printing over ESC/POS.

``uri`` parses printer addresses, ``profiles`` knows paper widths and code pages,
``ticket`` renders a ticket to bytes, ``connection`` sends bytes, ``status`` asks
the printer how it is, ``service`` puts these together (``print_ticket``), and
``decode`` / ``preview`` read a stream back as text or as a picture. No text
shown to people is made here: callers pass translated strings and translate
the machine codes of :mod:`printers.errors`.
"""
