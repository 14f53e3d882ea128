"""Atlassian Document Format: the rich text Jira Cloud's REST API 3 takes for an issue's
description. Lett's descriptions are plain text: paragraphs apart by a blank line, lines
within a paragraph by a hard break."""

from __future__ import annotations

from typing import Any


def paragraph(text: str) -> dict[str, Any]:
    """One paragraph; its lines joined by hard breaks (ADF has no newline inside a text
    node), empty lines left out (ADF refuses an empty text node)."""
    content: list[dict[str, Any]] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if not line:
            continue
        if content:
            content.append({"type": "hardBreak"})
        content.append({"type": "text", "text": line})
    return {"type": "paragraph", "content": content}


def document(text: str) -> dict[str, Any]:
    """A whole ADF document for plain `text`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return {"type": "doc", "version": 1, "content": [paragraph(b) for b in blocks]}


def plain(doc: Any) -> str:
    """The text of an ADF document (for a description Jira gives back)."""
    if not isinstance(doc, dict):
        return str(doc or "")
    if doc.get("type") == "text":
        return str(doc.get("text", ""))
    if doc.get("type") == "hardBreak":
        return "\n"
    parts = [plain(child) for child in doc.get("content", [])]
    sep = "\n\n" if doc.get("type") == "doc" else ""
    return sep.join(parts)
