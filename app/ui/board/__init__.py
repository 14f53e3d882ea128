"""The supervisor's board: a tab of the staff window and `lett board` full screen."""
