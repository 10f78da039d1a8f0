"""Logging: a rotating file in the user's log folder, with secrets scrubbed from every record.

Nothing logged may reveal a token, password or TOTP code, whoever wrote the log call. Three
layers make sure of it:

1. ``redact(text)`` removes bearer tokens, ``Authorization`` headers, values of secret-named
   fields (``access_token``, ``refresh_token``, ``password``, ``totp``, ``secret``…) in JSON,
   query strings, reprs and prose, and 6-digit codes next to words like "code" or "TOTP";
2. ``register_secret(value)`` adds a live secret (the token store registers every token it
   holds, the client the password it sends) so its exact text is removed wherever it appears;
3. ``RedactionFilter`` applies both to the message, its arguments, the traceback and the stack
   of every record that reaches our handlers.

Qt's own messages are routed into logging by ``install_qt_message_handler()``; Qt is imported
inside that function only, so this module works without Qt.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import sys
import threading
from collections import OrderedDict
from pathlib import Path

import platformdirs

APP_NAME = "vipclient"
LOG_FILE = "vipclient.log"
MAX_BYTES = 2 * 1024 * 1024
# 5 files of 2 MB in all: the live one plus 4 rotated ones.
BACKUP_COUNT = 4
REDACTED = "[REDACTED]"

_SECRET_WORDS = (
    r"access[_-]?token|refresh[_-]?token|id[_-]?token|token|password|passwd|pwd|passphrase"
    r"|totp[_-]?code|totp[_-]?secret|totp|otp|secret|api[_-]?key|client[_-]?secret"
    r"|authorization|cookie|set-cookie"
)
_KEY = r"(?P<key>[\"']?\b(?:" + _SECRET_WORDS + r")\b\\?[\"']?)"
_CODE_WORDS = r"totp|otp|code|codes|passcode|2fa|mfa|one[- ]time|authenticator|step[- ]up"
#: Text none of whose case-folded words contains one of these cannot match a pattern below
#: (each pattern needs a secret's name, a code word, a scheme's "://" or "Bearer"), so it is
#: left as it is without running them. Compiling the patterns costs 5 ms: a start logs only
#: such text before its first frame, and most records are such text.
_HINTS = (
    "token", "pass", "pwd", "otp", "secret", "api", "authorization", "cookie", "://",
    "bearer", "code", "2fa", "mfa", "one time", "one-time", "authenticator", "step up",
    "step-up",
)


def _may_hold_secret(text: str) -> bool:
    # re's IGNORECASE also matches "i" with "ı" and "İ", which case folding keeps apart.
    folded = text.casefold().replace("ı", "i").replace("i\u0307", "i")
    return any(hint in folded for hint in _HINTS)


class _Patterns:
    """The redaction patterns, compiled at the first text that may need them."""

    def __init__(self) -> None:
        # key, a separator, then a quoted value ('…', "…", b'…'): everything up to the
        # closing quote is the secret, spaces and backslash escapes included; an unterminated
        # value runs to the end of the line.
        self.key_quoted = re.compile(
            _KEY + r"(?P<sep>\s*[:=]\s*b?)(?P<q>[\"'])"
            r"(?P<value>(?:\\.|(?!(?P=q))[^\\\n])*)(?:(?P=q)|$)",
            re.IGNORECASE | re.MULTILINE,
        )
        # The same inside escaped JSON (\"password\": \"…\"): up to the next \" .
        self.key_escaped_quoted = re.compile(
            _KEY + r"(?P<sep>\s*[:=]\s*)(?P<q>\\[\"'])(?P<value>.*?)(?:(?P=q)|$)",
            re.IGNORECASE | re.MULTILINE,
        )
        # key, a separator, then a bare value (query strings, prose, "Authorization: Bearer
        # x").
        self.key_bare = re.compile(
            _KEY + r"(?P<sep>\s*[:=]\s*)"
            r"(?P<value>(?:(?:Bearer|Basic|Token)\s+)?(?:\[REDACTED\]|[^\s\"'&,;}\]\\)]+))",
            re.IGNORECASE,
        )
        # scheme://user:password@host — the password part.
        self.url_password = re.compile(
            r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^\s:/@]+:)(?P<pw>[^\s/@]+)(?=@)", re.IGNORECASE
        )
        self.bearer = re.compile(r"\b(Bearer)(\s+)[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE)
        # "TOTP code 123456", "code was 123 456" — a 6-digit group within a few words after
        # the word.
        self.code_after = re.compile(
            r"(?P<word>\b(?:" + _CODE_WORDS + r")\b)(?P<gap>[^\d\n]{0,24}?)"
            r"(?P<code>(?<!\d)\d{3}[ ]?\d{3}(?!\d))",
            re.IGNORECASE,
        )
        # "123456 is the code" — the same, before the word.
        self.code_before = re.compile(
            r"(?P<code>(?<!\d)\d{3}[ ]?\d{3}(?!\d))(?P<gap>[^\d\n]{0,16}?)"
            r"(?P<word>\b(?:" + _CODE_WORDS + r")\b)",
            re.IGNORECASE,
        )


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns()


_secrets_lock = threading.Lock()
_secrets: OrderedDict[str, None] = OrderedDict()
_MAX_SECRETS = 64
_MIN_SECRET_LEN = 6


def register_secret(value: str | None) -> None:
    """Scrub this exact text from every later log record (tokens, passwords in flight)."""
    if not value or len(value) < _MIN_SECRET_LEN:
        return
    with _secrets_lock:
        _secrets[value] = None
        _secrets.move_to_end(value)
        while len(_secrets) > _MAX_SECRETS:
            _secrets.popitem(last=False)


def forget_secret(value: str | None) -> None:
    if not value:
        return
    with _secrets_lock:
        _secrets.pop(value, None)


def redact(text: str) -> str:
    """``text`` without anything that looks like, or is known to be, a secret."""
    if not text:
        return text
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return _scrub(text) if _may_hold_secret(text) else text


def _scrub(text: str) -> str:
    """``text`` with every value the patterns find redacted."""
    p = _patterns()
    text = p.url_password.sub(lambda m: f"{m.group('head')}{REDACTED}", text)
    text = p.key_escaped_quoted.sub(_redact_quoted, text)
    text = p.key_quoted.sub(_redact_quoted, text)
    text = p.key_bare.sub(_redact_key_value, text)
    # After the named values: "Bearer password: S3cret" must not let the scheme swallow the
    # key's name as its token and leave the value behind.
    text = p.bearer.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = p.code_after.sub(lambda m: f"{m.group('word')}{m.group('gap')}{REDACTED}", text)
    text = p.code_before.sub(lambda m: f"{REDACTED}{m.group('gap')}{m.group('word')}", text)
    return text


def _redact_quoted(match: re.Match[str]) -> str:
    # A quoted "true" is a string, so it may be a password: only "" and done ones are kept.
    value = match.group("value")
    if value in {"", REDACTED}:
        return match.group(0)
    q = match.group("q")
    return f"{match.group('key')}{match.group('sep')}{q}{REDACTED}{q}"


def _redact_key_value(match: re.Match[str]) -> str:
    value = match.group("value")
    if value == REDACTED or value.endswith(REDACTED):
        return match.group(0)
    # A boolean or null next to a secret's name reveals nothing ("password_set": true).
    if value.lower() in {"true", "false", "null", "none"}:
        return match.group(0)
    return f"{match.group('key')}{match.group('sep')}{REDACTED}"


class RedactionFilter(logging.Filter):
    """Rewrites each record's message, traceback and stack with ``redact``.

    Attach it to handlers (a logger's own filters do not see records from child loggers).
    The record is rewritten in place, so every later handler sees the scrubbed text too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a broken %-format must not lose the record
            text = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(text)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The user's log folder (created)."""
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / LOG_FILE


_installed: list[logging.Handler] = []


class LogFile(logging.Handler):
    """The log file. Appended to as a plain file until :meth:`rotate` puts the rotating
    handler in its place: ``logging.handlers`` brings socket, pickle and selectors with it
    (8–11 ms), which a start's first frame need not wait for. Records are written under this
    handler's lock, so none is lost or written twice when the two change places."""

    def __init__(self, path: Path, *, rotating: bool = True) -> None:
        super().__init__()
        self.path = path
        self.rotating = rotating
        self._target: logging.Handler = (
            self._rotating_handler() if rotating else logging.FileHandler(path, encoding="utf-8"))

    def _rotating_handler(self) -> logging.Handler:
        import logging.handlers

        return logging.handlers.RotatingFileHandler(
            self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )

    @property
    def file_handler(self) -> logging.Handler:
        """The handler writing the file now (a ``RotatingFileHandler`` once rotating)."""
        return self._target

    def setFormatter(self, fmt: logging.Formatter | None) -> None:
        super().setFormatter(fmt)
        self._target.setFormatter(fmt)

    def rotate(self) -> None:
        """From now on, at :data:`MAX_BYTES` the file is rotated (:data:`BACKUP_COUNT` kept)."""
        if self.rotating:
            return
        rotating = self._rotating_handler()
        rotating.setFormatter(self.formatter)
        with self.lock or contextlib.nullcontext():
            plain, self._target = self._target, rotating
            self.rotating = True
            plain.close()  # before a rollover renames the file (Windows keeps it open)

    def emit(self, record: logging.LogRecord) -> None:
        self._target.emit(record)  # handle() holds this handler's lock

    def flush(self) -> None:
        with self.lock or contextlib.nullcontext():
            self._target.flush()

    def close(self) -> None:
        with self.lock or contextlib.nullcontext():
            self._target.close()
        super().close()


def setup_logging(
    level: int = logging.INFO, *, directory: Path | None = None, console: bool = True,
    rotate_later: bool = False,
) -> Path:
    """Send the root logger to the log file (and stderr); return the file's path. The file
    rotates at once, or with ``rotate_later`` when :func:`rotate_log_file` is called (the app
    calls it right after its first frame).

    Calling it again replaces the handlers it installed before (tests, a profile switch).
    """
    teardown_logging()
    folder = directory if directory is not None else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    redaction = RedactionFilter()
    formatter = logging.Formatter(FORMAT)
    file_handler = LogFile(path, rotating=not rotate_later)
    file_handler.setFormatter(formatter)
    file_handler.addFilter(redaction)
    handlers: list[logging.Handler] = [file_handler]
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        stream.addFilter(redaction)
        stream.setLevel(logging.WARNING)
        handlers.append(stream)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in handlers:
        root.addHandler(handler)
        _installed.append(handler)
    # urllib3 logs every connection at DEBUG including URLs; keep it at INFO and above.
    logging.getLogger("urllib3").setLevel(max(level, logging.INFO))
    logging.captureWarnings(True)
    return path


def rotate_log_file() -> None:
    """Let the log file set up with ``rotate_later`` rotate from now on."""
    for handler in _installed:
        if isinstance(handler, LogFile):
            handler.rotate()


def teardown_logging() -> None:
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()


_qt_handler: object = None


def install_qt_message_handler() -> None:
    """Route Qt's own warnings and debug output into the ``qt`` logger."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    logger = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        where = ""
        if context.file:
            where = f" ({context.file}:{context.line})"
        logger.log(levels.get(kind, logging.WARNING), "%s%s", text, where)

    # Kept referenced here as well: Qt calls it from C++ for the life of the process.
    global _qt_handler
    _qt_handler = handler
    qInstallMessageHandler(handler)
