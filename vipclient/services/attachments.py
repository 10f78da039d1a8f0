"""Attachments for the screens: checking a file before it is attached, replies with files
through the outbox, and the bytes of a thread's files — downloaded, hash-checked, kept.

Nothing about a file is guessed from its content. A file a person attaches gets its type from
its name's extension, and its bytes must then carry that type's signature
(``domain.attachments.content_problem``), within the size limit; its name is stored safe
(no path, no control or bidi characters). A file from a thread is used only once its bytes
match the SHA-256 the server gave and the signature of its type.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from vipclient.domain.attachments import (
    ALLOWED_TYPES,
    EXTENSIONS,
    MAX_BYTES,
    content_problem,
    safe_filename,
    sniff,
    too_large,
)
from vipclient.services.attachment_values import AttachmentRef
from vipclient.store import outbox as ob
from vipclient.store import uploads
from vipclient.store.files import FileStore, files_root, sha256_of
from vipclient.store.uploads import StagedFile

if TYPE_CHECKING:
    from vipclient.api.client import ApiResponse

# The extensions a file may have, and the type each one declares.
TYPES_BY_EXTENSION = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
    ".pdf": "application/pdf", ".mp4": "video/mp4", ".txt": "text/plain", ".log": "text/plain",
}


class Refusal(Exception):
    """A file that may not be attached. ``kind``: ``type`` (not an accepted type), ``empty``,
    ``size`` (over the limit), ``content`` (the bytes are not what the name says; ``what`` is
    what they are, when known) or ``dimensions`` (an image too large to handle)."""

    def __init__(self, kind: str, filename: str, detail: str, what: str | None = None) -> None:
        super().__init__(detail)
        self.kind = kind
        self.filename = filename
        self.detail = detail
        self.what = what


@dataclass(frozen=True, slots=True)
class Checked:
    """A file that passed the checks; ``filename`` is the safe name it will carry, and
    ``renamed`` says the given name had to be cleaned."""

    filename: str
    content_type: str
    data: bytes
    sha256: str
    renamed: bool


def type_for_name(name: str) -> str | None:
    return TYPES_BY_EXTENSION.get(os.path.splitext(name.strip().lower())[1])


def check(name: str, data: bytes) -> Checked:
    """``data`` named ``name`` as it would be attached, or ``Refusal`` saying why not."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    declared = type_for_name(safe_filename(base))
    if declared is None:
        raise Refusal("type", base, "Only " + ", ".join(ALLOWED_TYPES) + " files are accepted.",
                      sniff(data[:64]))
    if not data:
        raise Refusal("empty", base, "The file is empty.")
    if too_large(len(data)):
        raise Refusal("size", base, f"The file is larger than {MAX_BYTES} bytes.")
    problem = content_problem(declared, data)
    if problem is not None:
        raise Refusal("content", base, problem, sniff(data[:64]))
    filename = safe_filename(base, declared)
    return Checked(filename, declared, data, sha256_of(data), renamed=filename != base)


class OnlineDownloader(Protocol):
    """What downloading needs of ``vipclient.services.online.OnlineService``."""

    def download(self, path: str) -> ApiResponse: ...


class NotAvailable(Exception):
    """The bytes of a file could not be had, or are not what the server said they are."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class _SessionSource(Protocol):
    path: Path

    def session(self) -> Any: ...

    def read_session(self) -> Any: ...


class AttachmentsService:
    def __init__(self, cache: _SessionSource) -> None:
        self._cache = cache
        self.files = FileStore(files_root(Path(cache.path)))

    # -- attaching ---------------------------------------------------------------------------

    def stage(self, checked: Checked) -> StagedFile:
        """Keep a checked file on disk until the reply is sent (off the UI thread)."""
        name = self.files.stage(checked.data)
        return StagedFile(name, checked.filename, checked.content_type, len(checked.data),
                          checked.sha256)

    def unstage(self, staged: StagedFile) -> None:
        self.files.unstage(staged.staged_name)

    def queue_reply(self, ticket_id: str, body: str, internal: bool,
                    staged: Sequence[StagedFile]) -> int:
        """The uploads and the reply that carries them, queued together; the reply's row."""
        with self._cache.session() as s:
            return uploads.queue_reply(s, self.files, ticket_id, body, internal, staged)

    def resend(self, outbox_id: int) -> bool:
        """Resend a refused reply with the refused uploads it carries (those first)."""
        with self._cache.session() as s:
            row = ob.get(s, outbox_id)
            if row is None:
                return False
            for upload_id in uploads.related_rows(s, row):
                ob.resend(s, upload_id)
            return ob.resend(s, outbox_id)

    def discard(self, outbox_id: int) -> bool:
        """Discard a reply and the uploads it would have carried (those not sent yet)."""
        with self._cache.session() as s:
            row = ob.get(s, outbox_id)
            if row is None:
                return False
            related = uploads.related_rows(s, row)
            done = ob.discard(s, outbox_id)
            if done:
                for upload_id in related:
                    ob.discard(s, upload_id)
        if done:
            self.sweep()
        return done

    def sweep(self) -> int:
        """Remove staged files of earlier runs and the bytes of uploads no longer queued."""
        with self._cache.read_session() as s:
            keep = uploads.unsent_upload_keys(s)
        return self.files.sweep(keep)

    # -- a thread's files --------------------------------------------------------------------

    def local_path(self, ref: AttachmentRef) -> Path | None:
        """Where the checked bytes of ``ref`` are on this computer, if they are."""
        found = self.files.blob_if_present(ref.sha256) if len(ref.sha256) == 64 else None
        if found is None and ref.outbox_key:
            with contextlib.suppress(ValueError):
                path = self.files.outgoing(ref.outbox_key)
                if path.is_file():
                    return path
        return found

    def bytes_of(self, ref: AttachmentRef, online: OnlineDownloader | None) -> bytes:
        """The bytes of ``ref``, checked against its SHA-256 and its type's signature;
        downloaded into the cache folder first when needed (a worker thread's call)."""
        path = self.local_path(ref)
        data: bytes | None = None
        if path is not None:
            with contextlib.suppress(OSError):
                data = path.read_bytes()
        if data is None or sha256_of(data) != ref.sha256:
            data = self._download(ref, online)
        problem = content_problem(ref.content_type, data)
        if problem is not None:
            raise NotAvailable(f"The file {ref.filename} is not what its type says: {problem}")
        return data

    def _download(self, ref: AttachmentRef, online: OnlineDownloader | None) -> bytes:
        if not ref.on_server:
            raise NotAvailable(f"The file {ref.filename} is not in the desk's cache folder.")
        if online is None:
            raise NotAvailable("VIP Desk is not connected to the platform, so the file "
                               f"{ref.filename} cannot be downloaded now.")
        data = online.download(f"/attachments/{ref.id}/content").content
        if sha256_of(data) != ref.sha256:
            raise NotAvailable(f"The file {ref.filename} that arrived does not match the "
                               "SHA-256 the platform gave for it, so it was not kept.")
        self.files.put_blob(ref.sha256, data)
        return data

    def viewer_copy(self, ref: AttachmentRef, online: OnlineDownloader | None) -> Path:
        """A copy for the system's viewer: checked bytes under a safe name whose extension
        is the one of the checked type (the system never guesses from content)."""
        data = self.bytes_of(ref, online)
        path = self.files.viewer_copy(ref.sha256, viewer_name(ref))
        if not path.is_file() or sha256_of(path.read_bytes()) != ref.sha256:
            from vipclient.store.files import write_atomically

            write_atomically(path, data)
        return path


def viewer_name(ref: AttachmentRef) -> str:
    """``ref``'s name made safe, ending in its checked type's extension."""
    extension = EXTENSIONS.get(ref.content_type, "")
    name = safe_filename(ref.filename, ref.content_type)
    stem, ext = os.path.splitext(name)
    if ext.lower() == extension or (extension == ".jpg" and ext.lower() == ".jpeg"):
        return name
    return safe_filename((stem or "attachment") + extension, ref.content_type)
