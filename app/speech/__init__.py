"""Numbers called aloud, offline: the sentence of a call in each language and its sound.

No Qt here: `announcement` builds what is said, `Voice.render` turns it into a WAV file in
memory (espeak-ng through ctypes, or an office's own recorded fragments joined), and the
display and the kiosk play it (app.ui.sound).
"""

from app.speech.voice import (
    Announcement,
    Voice,
    announcement,
    call_announcements,
    ticket_announcement,
)

__all__ = ["Announcement", "Voice", "announcement", "call_announcements", "ticket_announcement"]
