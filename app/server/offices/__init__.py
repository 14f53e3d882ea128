"""Offices a server serves: added and listed by its administrator."""
