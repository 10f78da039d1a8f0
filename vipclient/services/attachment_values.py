"""What the screens show of an attachment (no SQL, no Qt: importable before the ORM loads)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vipclient.domain.attachments import media_type

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/webp"})


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """A file on a message. ``id`` is the server's, or ``local-<key>`` while its upload is
    queued (``outbox_key``: its bytes wait in the cache's ``outgoing/`` folder). ``state``:
    ``sent``, ``pending`` or ``failed``."""

    id: str
    filename: str
    content_type: str
    size: int
    sha256: str
    outbox_key: str | None = None
    state: str = "sent"

    @property
    def kind(self) -> str:
        """``image``, ``pdf``, ``video``, ``text`` or ``other`` (by the checked type)."""
        t = media_type(self.content_type)
        if t in IMAGE_TYPES:
            return "image"
        return {"application/pdf": "pdf", "video/mp4": "video",
                "text/plain": "text"}.get(t, "other")

    @property
    def on_server(self) -> bool:
        return not self.id.startswith("local-")

    @classmethod
    def from_json(cls, d: Mapping[str, Any], *, state: str = "sent") -> AttachmentRef:
        size = d.get("size")
        return cls(
            id=str(d.get("id") or ""),
            filename=str(d.get("filename") or ""),
            content_type=str(d.get("content_type") or ""),
            size=size if isinstance(size, int) else 0,
            sha256=str(d.get("sha256") or ""),
            outbox_key=d.get("outbox_key") if isinstance(d.get("outbox_key"), str) else None,
            state=state,
        )


def human_size(size: int) -> str:
    """``2150`` → ``2.1 KB`` (decimal units, as file managers show them)."""
    if size < 1000:
        return f"{size} B"
    for unit in ("KB", "MB", "GB"):
        size_f = size / 1000
        if size_f < 1000 or unit == "GB":
            return f"{size_f:.1f} {unit}"
        size = int(size_f)
    return f"{size} B"
