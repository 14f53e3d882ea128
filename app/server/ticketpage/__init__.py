"""`/t/<key>`: the ticket's live page on the visitor's phone, the only part of the server open
without a device token."""
