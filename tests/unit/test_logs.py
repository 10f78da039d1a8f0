"""The log file never holds a secret: redaction of nasty inputs, registered secrets,
tracebacks, and the rotating file itself."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from vipclient import logs
from vipclient.logs import REDACTED, RedactionFilter, redact, register_secret, setup_logging

TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.abc-DEF_123"


@pytest.fixture
def logfile(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(logging.DEBUG, directory=tmp_path, console=False)
    yield path
    logs.teardown_logging()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Authorization: Bearer {TOKEN}", TOKEN),
        (f"headers={{'Authorization': 'Bearer {TOKEN}'}}", TOKEN),
        ("Authorization: Basic dXNlcjpwYXNz", "dXNlcjpwYXNz"),
        (f'{{"access_token": "{TOKEN}", "expires_in": 900}}', TOKEN),
        (f'{{"refresh_token":"{TOKEN}"}}', TOKEN),
        (f"refresh_token={TOKEN}&x=1", TOKEN),
        ("{'password': 'correct horse battery'}", "correct horse"),
        ('Password = "p@ss, word; with } junk"', "p@ss"),
        ('json: {\\"password\\": \\"esc aped\\"}', "esc aped"),
        ("b'{\"password\": \"bytes-secret\"}'", "bytes-secret"),
        ('{"totp": "482913"}', "482913"),
        ("totp=482913", "482913"),
        ("TOTP code 482913 accepted", "482913"),
        ("the code was 482 913", "482 913"),
        ("482913 is my authenticator code", "482913"),
        ("step-up with 482913", "482913"),
        ("login(username='alice', password='hunter2!', totp='482913')", "hunter2!"),
        ("ACCESS_TOKEN: abc123def456", "abc123def456"),
        ("client_secret=shhh-its-secret", "shhh-its-secret"),
        ("totp_secret: JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP"),
        ("proxy http://bob:pr0xy-pass@proxy.corp:3128 refused", "pr0xy-pass"),
    ],
)
def test_redact_removes_secrets(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out, out
    assert REDACTED in out


@pytest.mark.parametrize(
    "text",
    [
        "ticket T000123456 moved to open",
        "client U10000042 tier VIP7",
        "GET /api/v1/changes -> 200 in 12 ms",
        "password_set: true",
        "expires_in=900",
        "token_type: Bearer",
        "seq 123456 applied",
        "https://backoffice.example.com:443/api/v1/me",
    ],
)
def test_redact_leaves_ordinary_text_alone(text: str) -> None:
    assert redact(text) == text


def test_registered_secret_is_removed_anywhere() -> None:
    register_secret("Zq8-opaque-random-value")
    assert redact("url=/x?y=Zq8-opaque-random-value#z") == f"url=/x?y={REDACTED}#z"
    register_secret("abc")  # too short to register safely: would mangle ordinary text
    assert redact("abc") == "abc"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
       st.sampled_from(["password", "access_token", "refresh_token", "totp", "Authorization"]),
       st.sampled_from([": ", "=", '": "', "': '", " = "]))
@settings(max_examples=200, deadline=None)
def test_secret_after_any_prefix_is_removed(prefix: str, key: str, sep: str) -> None:
    secret = "S3cr3tValue-xyz"
    closing = '"' if sep.endswith('"') else ("'" if sep.endswith("'") else "")
    out = redact(f"{prefix} {key}{sep}{secret}{closing} tail")
    assert secret not in out


def test_records_are_scrubbed_in_the_file(logfile: Path) -> None:
    log = logging.getLogger("vipclient.test")
    log.info("login body %s", {"username": "alice", "password": "hunter2-xyz",
                               "totp": "482913"})
    log.warning("header %s", f"Bearer {TOKEN}")
    try:
        raise ValueError(f"refresh_token={TOKEN} rejected")
    except ValueError:
        log.exception("refresh failed for code 482913")
    log.info("broken format %s %s", "only one")  # must not lose the record or raise
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = logfile.read_text(encoding="utf-8")
    for secret in ("hunter2-xyz", "482913", TOKEN, "c2VjcmV0"):
        assert secret not in text
    assert "Traceback" in text and "ValueError" in text
    assert "alice" in text and "broken format" in text


def test_filter_rewrites_stack_info() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", None, None,
                               sinfo=f"Stack: password='{TOKEN}'")
    RedactionFilter().filter(record)
    assert record.stack_info is not None and TOKEN not in record.stack_info


def test_rotation_is_5_files_of_2_mb(logfile: Path) -> None:
    log_file = next(h for h in logging.getLogger().handlers if isinstance(h, logs.LogFile))
    handler = log_file.file_handler
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == 2 * 1024 * 1024
    assert handler.backupCount + 1 == 5
    assert Path(handler.baseFilename) == logfile
    assert logfile.name == "vipclient.log"


def test_default_folder_is_the_user_log_dir() -> None:
    folder = logs.log_dir()
    assert folder.is_dir()
    assert str(folder).startswith(os.environ["XDG_STATE_HOME"])


def test_setup_twice_replaces_handlers(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(directory=tmp_path, console=True)
    setup_logging(directory=tmp_path, console=True)
    assert len(root.handlers) == before + 2
    logs.teardown_logging()
    assert len(root.handlers) == before


def test_qt_messages_reach_the_log(logfile: Path) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    logs.install_qt_message_handler()
    try:
        qWarning("a Qt warning with password=hunter2-qt")
    finally:
        qInstallMessageHandler(None)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = logfile.read_text(encoding="utf-8")
    assert "a Qt warning" in text and "hunter2-qt" not in text


def _encode(form: str, data: dict[str, str]) -> str:
    if form == "json":
        return json.dumps(data)
    if form == "repr":
        return repr(data)
    return json.dumps(json.dumps(data))


def _encoded_value(form: str, value: str) -> str:
    """How ``value`` itself reads inside ``_encode(form, …)``."""
    if form == "json":
        return json.dumps(value)[1:-1]
    if form == "repr":
        return repr(value)[1:-1]
    return json.dumps(json.dumps(value)[1:-1])[1:-1]


@given(st.text(min_size=1, max_size=30),
       st.sampled_from(["password", "access_token", "refresh_token", "totp", "secret"]),
       st.sampled_from(["json", "repr", "json-in-json"]))
@settings(max_examples=300, deadline=None)
def test_any_value_in_json_or_repr_is_removed(value: str, key: str, form: str) -> None:
    text = _encode(form, {key: value, "user": "bob"})
    encoded = _encoded_value(form, value)
    # a value that also occurs in the text around it ("bob", a comma…) cannot be checked
    assume(encoded not in _encode(form, {key: "", "user": "bob"}) + REDACTED + " body sent")
    out = redact(f"body {text} sent")
    assert encoded not in out, out
    assert "bob" in out


def test_a_scheme_before_a_secret_name_does_not_shield_the_value() -> None:
    # Found by hypothesis: "Bearer" took "password" for its token and left the value.
    out = redact("BEARER password: S3cr3tValue-xyz tail")
    assert "S3cr3tValue-xyz" not in out
    assert out.endswith(" tail")


# --- the quick look before the patterns, and the file that rotates from the first window on --

_KEY_WORDS = [
    "access_token", "access-token", "accesstoken", "refresh_token", "id_token", "token",
    "password", "passwd", "pwd", "passphrase", "totp_code", "totp_secret", "totp", "otp",
    "secret", "api_key", "api-key", "apikey", "client_secret", "authorization", "cookie",
    "set-cookie",
]
_CODE_WORDS = ["totp", "otp", "code", "codes", "passcode", "2fa", "mfa", "one time",
               "one-time", "authenticator", "step up", "step-up"]
# Letters re's IGNORECASE takes for ASCII ones: long s, Kelvin sign, dotless and dotted i.
_LOOKALIKES = {"s": "ſ", "k": "\u212a", "i": "ı"}


@st.composite
def _spelled(draw: st.DrawFn, word: str) -> str:
    """``word`` in any case, some letters swapped for what IGNORECASE also matches."""
    out = []
    for ch in word:
        choice = draw(st.integers(0, 3))
        if choice == 3 and ch in _LOOKALIKES:
            out.append(_LOOKALIKES[ch])
        elif choice == 3 and ch == "i":
            out.append("İ")
        else:
            out.append(ch.upper() if choice == 1 else ch)
    return "".join(out)


_VALUE = st.text(alphabet="abcXYZ019-_.~+/é王 ", min_size=1, max_size=12)
_NOISE = st.text(alphabet="ab王é \n:=\"'", max_size=8)


@st.composite
def _secretish(draw: st.DrawFn) -> str:
    """Text shaped like what each pattern looks for, with noise around it."""
    form = draw(st.integers(0, 4))
    if form == 0:
        key = draw(st.sampled_from(_KEY_WORDS).flatmap(_spelled))
        sep = draw(st.sampled_from([":", "=", ": ", " = ", ":b", "="]))
        quote = draw(st.sampled_from(["", "'", '"', '\\"']))
        core = f"{key}{sep}{quote}{draw(_VALUE)}{quote}"
    elif form == 1:
        word = draw(st.sampled_from(_CODE_WORDS).flatmap(_spelled))
        core = f"{word} was {draw(st.sampled_from(['482913', '482 913']))}"
    elif form == 2:
        word = draw(st.sampled_from(_CODE_WORDS).flatmap(_spelled))
        core = f"{draw(st.sampled_from(['482913', '482 913']))} is the {word}"
    elif form == 3:
        core = f"{draw(_spelled('http'))}://bob:{draw(_VALUE).strip() or 'x'}@host"
    else:
        core = f"{draw(_spelled('bearer'))} {draw(_VALUE)}"
    return draw(_NOISE) + core + draw(_NOISE)


@settings(max_examples=600, deadline=None)
@given(st.one_of(_secretish(), st.text(max_size=40)))
def test_the_quick_look_never_leaves_what_the_patterns_would_redact(text: str) -> None:
    """Text the quick look lets through unread is text the patterns leave as it is."""
    assert redact(text) == logs._scrub(text)


@pytest.mark.parametrize("text", [
    *[f"{word}: v4lue-x" for word in _KEY_WORDS],
    *[f"{word.upper()}='v4lue x'" for word in _KEY_WORDS],
    *[f"{word} was 482913" for word in _CODE_WORDS],
    *[f"482 913 is the {word.title()}" for word in _CODE_WORDS],
    "https://bob:pa55@host", "BEARER abc.def", "paſſword=x", "apı_key=x", "AP\u0130-KEY=x",
    "\u212aey: no secret word here",
])
def test_the_quick_look_lets_each_pattern_see_its_words(text: str) -> None:
    assert redact(text) == logs._scrub(text)


def _lines(path: Path) -> list[str]:
    return [line.rsplit(": ", 1)[-1] for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_file_set_to_rotate_later_loses_nothing_when_it_starts_rotating(
    tmp_path: Path,
) -> None:
    import threading

    path = setup_logging(logging.INFO, directory=tmp_path, console=False, rotate_later=True)
    try:
        log = logging.getLogger("vipclient.test.rotation")
        log.info("before the first window")

        def write(n: int) -> None:
            for i in range(300):
                log.info("thread %d record %d", n, i)

        threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        logs.rotate_log_file()  # while the threads write
        for t in threads:
            t.join()
        log.info("password=hunter2 after")
    finally:
        logs.teardown_logging()
    lines = _lines(path)
    assert lines[0] == "before the first window"
    written = [line for line in lines if line.startswith("thread ")]
    assert len(written) == len(set(written)) == 4 * 300  # each record once
    assert lines[-1] == f"password={REDACTED} after"


def test_a_file_set_to_rotate_later_rotates_once_told(tmp_path: Path) -> None:
    path = setup_logging(logging.INFO, directory=tmp_path, console=False, rotate_later=True)
    try:
        log = logging.getLogger("vipclient.test.rotation")
        logs.rotate_log_file()
        line = "x" * 1000
        for _ in range(logs.MAX_BYTES // 1000 + 200):
            log.info(line)
    finally:
        logs.teardown_logging()
    assert (tmp_path / f"{logs.LOG_FILE}.1").exists()
    assert path.stat().st_size <= logs.MAX_BYTES
