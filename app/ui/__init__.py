"""The PySide6 windows: the staff main window, the ticket kiosk and the waiting-room display.

Widgets call `app.operations` through `app.ui.runner` only; Qt is imported through `app.ui.qt`.
"""
