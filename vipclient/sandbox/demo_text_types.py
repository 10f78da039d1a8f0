"""The shape of one language's ticket-thread templates (see :mod:`demo_text`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

Texts = tuple[str, ...]


@dataclass(frozen=True)
class LangText:
    """Templates of one language, keyed by ticket category where the wording depends on it.

    A language may leave a per-category staff slot out and give ``generic_*`` lines instead;
    :mod:`demo_text` resolves the fallbacks once at import. Placeholders (``{asset}``,
    ``{amount}``, ``{first}`` …) are filled from a ticket's context by ``str.format``.
    """

    subjects: Mapping[str, Texts]
    openers: Mapping[str, Texts]
    client_info: Texts
    chasers: Texts
    thanks: Texts
    holding: Texts
    first_replies: Mapping[str, Texts] = field(default_factory=dict)
    ask_info: Mapping[str, Texts] = field(default_factory=dict)
    resolutions: Mapping[str, Texts] = field(default_factory=dict)
    generic_replies: Texts = ()
    generic_ask: Texts = ()
    generic_resolutions: Texts = ()
    # Which English scenario each opening of a category tells (by index), where a language
    # has fewer or other ones; absent → the same index. Internal notes follow it.
    scenarios: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
