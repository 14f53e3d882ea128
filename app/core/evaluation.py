"""Quality evaluations: a scorecard's shape and how a filled one is scored.

A scorecard has sections, each with questions; a question has a weight and may be critical.
Each question is answered yes, no, partial or not applicable:

- yes earns the question's weight, partial half of it, no nothing;
- not applicable leaves the question out: neither earned nor possible;
- score = Σ earned ÷ Σ possible × 100 (None when every question was not applicable);
- a critical question answered no fails the whole form: its score is 0, whatever the rest.

The adviser may score a contact or a served ticket first; the gap between the two forms is
the supervisor's score minus the adviser's, as a whole and question by question.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

MAX_QUESTIONS = 100
MAX_TEXT = 500
MAX_WEIGHT = 100


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    PARTIAL = "partial"
    NOT_APPLICABLE = "na"


# The share of a question's weight each answer earns (not applicable earns and costs nothing).
EARNED: dict[Answer, float] = {Answer.YES: 1.0, Answer.PARTIAL: 0.5, Answer.NO: 0.0}


class CardError(ValueError):
    """A scorecard or a filled form that cannot be used: `code` names what is wrong (an
    error code of app.core.errors), `params` fill its message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    weight: int = 1
    critical: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Scorecard:
    title: str
    sections: tuple[Section, ...]

    def questions(self) -> list[Question]:
        return [q for section in self.sections for q in section.questions]

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "sections": [
            {"title": s.title, "questions": [
                {"key": q.key, "text": q.text, "weight": q.weight, "critical": q.critical}
                for q in s.questions]}
            for s in self.sections]}


def _clean(text: Any, what: str) -> str:
    """A title, section or question text, stripped; `what` names it in the error code."""
    if not isinstance(text, str) or not text.strip():
        raise CardError(f"scorecard_{what}_missing")
    text = text.strip()
    if len(text) > MAX_TEXT or "\x00" in text:
        raise CardError("scorecard_text_bad", limit=MAX_TEXT)
    return text


def card_of(data: Mapping[str, Any]) -> Scorecard:
    """A scorecard from its JSON shape ({title, sections: [{title, questions: [{key, text,
    weight, critical}]}]}), checked: titles and texts given, weights whole numbers from 1 to
    MAX_WEIGHT, keys unique, at least one question and at most MAX_QUESTIONS."""
    title = _clean(data.get("title"), "title")
    sections: list[Section] = []
    keys: set[str] = set()
    count = 0
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list):
        raise CardError("scorecard_empty")
    for raw in raw_sections:
        if not isinstance(raw, Mapping):
            raise CardError("scorecard_empty")
        section_title = _clean(raw.get("title"), "section")
        questions: list[Question] = []
        for q in raw.get("questions") or []:
            if not isinstance(q, Mapping):
                raise CardError("scorecard_empty")
            text = _clean(q.get("text"), "question")
            count += 1
            key = str(q.get("key") or f"q{count}").strip()[:32]
            if key in keys:
                raise CardError("scorecard_key_twice", key=key)
            keys.add(key)
            weight = q.get("weight", 1)
            if isinstance(weight, bool) or not isinstance(weight, int) \
                    or not 1 <= weight <= MAX_WEIGHT:
                raise CardError("scorecard_weight", question=text, limit=MAX_WEIGHT)
            questions.append(Question(key, text, weight, bool(q.get("critical", False))))
        if questions:
            sections.append(Section(section_title, tuple(questions)))
    if count == 0:
        raise CardError("scorecard_empty")
    if count > MAX_QUESTIONS:
        raise CardError("scorecard_too_long", limit=MAX_QUESTIONS)
    return Scorecard(title, tuple(sections))


@dataclass(frozen=True)
class Score:
    """A filled form's result: points earned of those possible, the score in percent (None
    when nothing applied), and the critical questions answered no (any fails the form)."""

    earned: float
    possible: float
    percent: float | None
    failed_critical: tuple[str, ...]

    @property
    def failed(self) -> bool:
        return bool(self.failed_critical)


def answers_of(card: Scorecard, answers: Mapping[str, str]) -> dict[str, Answer]:
    """The answers checked against the card: every question answered with a known answer,
    nothing answered that the card does not ask."""
    known = {q.key for q in card.questions()}
    extra = sorted(set(answers) - known)
    if extra:
        raise CardError("evaluation_unknown_question", key=extra[0])
    out: dict[str, Answer] = {}
    for q in card.questions():
        value = answers.get(q.key)
        if value is None or value == "":
            raise CardError("evaluation_unanswered", question=q.text)
        try:
            out[q.key] = Answer(value)
        except ValueError:
            raise CardError("evaluation_answer", answer=str(value)[:20],
                            choices=", ".join(a.value for a in Answer)) from None
    return out


def score(card: Scorecard, answers: Mapping[str, str]) -> Score:
    """The score of a filled form (see the module's rules)."""
    checked = answers_of(card, answers)
    earned = possible = 0.0
    failed: list[str] = []
    for q in card.questions():
        answer = checked[q.key]
        if answer is Answer.NOT_APPLICABLE:
            continue
        possible += q.weight
        earned += q.weight * EARNED[answer]
        if q.critical and answer is Answer.NO:
            failed.append(q.key)
    if failed:
        return Score(0.0, possible, 0.0, tuple(failed))
    percent = round(earned / possible * 100, 1) if possible else None
    return Score(earned, possible, percent, ())


def question_score(answer: Answer) -> float | None:
    """A single answer as a share: 1, 0.5, 0, or None for not applicable."""
    return EARNED.get(answer)


@dataclass(frozen=True)
class Gap:
    """Supervisor's score − adviser's: as a whole (None unless both have a score), and the
    questions they answered differently, as (key, adviser's, supervisor's)."""

    percent: float | None
    differing: tuple[tuple[str, Answer, Answer], ...]


def gap(card: Scorecard, adviser: Mapping[str, str], supervisor: Mapping[str, str]) -> Gap:
    mine, theirs = answers_of(card, adviser), answers_of(card, supervisor)
    a, b = score(card, adviser).percent, score(card, supervisor).percent
    return Gap(
        None if a is None or b is None else round(b - a, 1),
        tuple((q.key, mine[q.key], theirs[q.key]) for q in card.questions()
              if mine[q.key] is not theirs[q.key]),
    )


def not_evaluated(staff: Iterable[str], evaluated: Iterable[str]) -> list[str]:
    """The staff nobody has evaluated (in the period the `evaluated` names come from), in
    the order given."""
    done = set(evaluated)
    return [name for name in staff if name not in done]
