"""The office's reports at the server, for supervisors signed in there."""
