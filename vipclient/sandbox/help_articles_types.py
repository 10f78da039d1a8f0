"""The shape of one help-centre article as a language module writes it (see
:mod:`help_articles`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One article of one language. ``topic`` is the same in every language (it makes the id
    and the public URL); ``summary`` is two lines; ``body`` is Markdown; ``tags`` are topic
    slugs shared by all languages, so a tag filter finds the same topics in each."""

    topic: str
    title: str
    summary: str
    body: str
    tags: tuple[str, ...]
