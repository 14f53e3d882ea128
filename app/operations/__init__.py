"""Every user action as one function over one unit of work, with its permission check.

The GUI, the CLI and (later) the server call these; none of them opens a session itself.
"""
