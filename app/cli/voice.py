"""`lett voice`: a call said as this PC's display says it, into a WAV file to listen to
(the office's recorded fragments where it has them, else espeak-ng)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.i18n import translate

CONTEXT = "cli"


def add_voice_parser(sub: Any) -> None:
    v = sub.add_parser("voice", help="say a call as the display does, into a WAV file")
    v.add_argument("number", help="ticket number, e.g. A012")
    v.add_argument("--counter", required=True, help="counter as the display names it")
    v.add_argument("--lang", choices=("et", "ru", "en"), default="et",
                   help="the visitor's language (Estonian follows if it differs)")
    v.add_argument("--out", type=Path, required=True, help="the WAV file to write")


def voice_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.speech.espeak import SpeechUnavailable
    from app.speech.voice import Voice, call_announcements
    from app.speech.wav import join

    folder = str(local.settings.get("display.voice_folder")).strip()
    voice = Voice(Path(folder) if folder else None)
    said = call_announcements(args.number, args.counter, args.lang)
    try:
        sound = join(voice.render_all(said))
    except SpeechUnavailable as exc:
        print(translate(CONTEXT, "Calls cannot be said aloud on this PC: {reason}",
                        lang).format(reason=exc), file=sys.stderr)
        return 1
    args.out.write_bytes(sound.to_wav())
    print(translate(CONTEXT, "{file}: {seconds:.1f} s, “{text}”", lang).format(
        file=args.out, seconds=sound.seconds, text=" / ".join(s.text for s in said)))
    return 0
