from __future__ import annotations

from vipclient.services.drafts import ReplyDraft, ReplyDrafts


def test_a_draft_is_kept_per_ticket_until_nothing_is_left_of_it() -> None:
    drafts = ReplyDrafts()
    drafts.keep("T1", "Dear client,", internal=True)
    drafts.keep("T2", "   ", files=["staged.png"])  # files alone are a draft too
    drafts.keep("T3", " \n ")  # blank: nothing to keep
    assert drafts.get("T1") == ReplyDraft("Dear client,", True, ())
    assert drafts.get("T2") == ReplyDraft("   ", False, ("staged.png",))
    assert drafts.get("T3") is None
    assert drafts.ticket_ids() == ["T1", "T2"]
    drafts.keep("T1", "")  # typed away
    drafts.discard("T2")  # sent
    assert drafts.ticket_ids() == []
