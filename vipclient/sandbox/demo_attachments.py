"""The files clients send with their demo tickets: screenshots of the app and PDF documents.

On some tickets the client's first message carries one file, chosen by the ticket's
category (a withdrawal screen for a withdrawal, a bank's transfer confirmation for a deposit,
a proof of address for KYC, the API console for an API question …) and named the way the
client's phone or computer names it, in the client's language (``截屏2026-11-20 14.32.05.png``,
``スクリーンショット …``, ``振込明細書.pdf``).

The bytes come from a small pool per seed (:class:`FilePool`: 16 screenshots, 8 documents),
so 10,000 clients' thousands of attachments share a few dozen stored files. Every draw is
from generators of their own, seeded from the seed, so the rest of the book is unchanged.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from vipclient.sandbox.demo_images import SCREENS, pdf, screenshot

# How often a ticket's first client message carries a file, by category.
FIRST_MESSAGE_CHANCE: dict[str, float] = {
    "deposit": 0.30, "withdrawal": 0.25, "kyc": 0.30, "account_security": 0.15,
    "trading": 0.12, "api": 0.12, "fees": 0.04, "other": 0.06,
}
# A live client message carries one about half as often.
LIVE_SHARE = 0.5

# What a client sends, by category: screenshot kinds (indexes into demo_images.SCREENS:
# withdrawal screen, transaction list, desktop error, API console) or a document, weighted.
_WHAT: dict[str, tuple[tuple[int | str, int], ...]] = {
    "deposit": ((1, 65), ("transfer", 35)),
    "withdrawal": ((0, 70), ("statement", 30)),
    "kyc": (("address", 80), (2, 20)),
    "account_security": ((1, 70), ("declaration", 30)),
    "trading": ((2, 100),),
    "api": ((3, 100),),
    "fees": ((1, 60), (2, 40)),
    "other": (("declaration", 50), (0, 50)),
}
SCREEN_VARIANTS = 4

_DOCUMENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "transfer": ("Bank Transfer Confirmation", (
        "Transaction type: Outgoing international wire (SWIFT)",
        "Ordering customer: account ending {n4}",
        "Beneficiary: Exchange client funds account",
        "Amount: USD {amount}",
        "Reference: {ref}",
        "Status: Executed",
        "This confirmation is generated electronically and is valid without signature.",
    )),
    "statement": ("Account Statement", (
        "Statement period: last 30 days",
        "Account: ending {n4}",
        "Incoming transfers: {count}",
        "Largest incoming amount: USDT {amount}",
        "No credit matching reference {ref} was found in this period.",
    )),
    "address": ("Utility Bill - Proof of Address", (
        "Customer number: {n4}-{n3}",
        "Service address: as registered",
        "Billing period: previous month",
        "Amount due: {small}",
        "Please keep this document for your records.",
    )),
    "declaration": ("Signed Declaration", (
        "I, the undersigned account holder, declare that:",
        "1. I did not authorise the activity described in my ticket.",
        "2. I have changed my password and reset two-factor authentication.",
        "3. The information given to support is true and complete.",
        "Reference: {ref}",
        "Signature: ______________________",
    )),
}

_SCREENSHOT_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Screenshot {d} at {H}.{M}.{S}.png", "Screenshot_{ymd}-{HMS}.png", "IMG_{n4}.PNG"),
    "zh": ("微信图片_{ymd}{HMS}.png", "截屏{d} {H}.{M}.{S}.png", "Screenshot_{d}-{H}-{M}-{S}.png"),
    "zh-Hant": ("螢幕截圖 {d} {HMS}.png", "截圖_{ymd}_{HMS}.png"),
    "ja": ("スクリーンショット {d} {H}.{M}.{S}.png", "IMG_{n4}.PNG"),
    "ko": ("스크린샷 {d} {HMS}.png", "KakaoTalk_{ymd}_{HMS}{n3}.png"),
    "de": ("Bildschirmfoto {d} um {H}.{M}.{S}.png",),
    "fr": ("Capture d’écran {d} à {H}.{M}.{S}.png",),
    "es": ("Captura de pantalla {d} a las {H}.{M}.{S}.png",),
    "pt": ("Captura de Tela {d} às {H}.{M}.{S}.png",),
    "ru": ("Снимок экрана {d} в {H}.{M}.{S}.png",),
    "ar": ("لقطة شاشة {d} في {H}.{M}.{S}.png",),
}
_DOCUMENT_NAMES: dict[str, dict[str, str]] = {
    "transfer": {
        "en": "bank_transfer_confirmation.pdf", "zh": "银行转账回单.pdf",
        "zh-Hant": "銀行匯款水單.pdf", "ja": "振込明細書.pdf", "ko": "이체확인증.pdf",
        "de": "Überweisungsbeleg.pdf", "fr": "avis de virement.pdf",
        "es": "comprobante de transferencia.pdf", "pt": "comprovante de transferência.pdf",
        "ru": "платёжное поручение.pdf", "ar": "إيصال التحويل.pdf",
    },
    "statement": {
        "en": "statement_{ym}.pdf", "zh": "账户流水_{ym}.pdf", "zh-Hant": "帳戶明細_{ym}.pdf",
        "ja": "取引明細_{ym}.pdf", "ko": "거래내역서_{ym}.pdf", "de": "Kontoauszug_{ym}.pdf",
        "fr": "relevé_{ym}.pdf", "es": "extracto_{ym}.pdf", "pt": "extrato_{ym}.pdf",
        "ru": "выписка_{ym}.pdf", "ar": "كشف حساب {ym}.pdf",
    },
    "address": {
        "en": "proof_of_address.pdf", "zh": "住址证明.pdf", "zh-Hant": "住址證明.pdf",
        "ja": "住民票の写し.pdf", "ko": "주민등록등본.pdf", "de": "Meldebescheinigung.pdf",
        "fr": "justificatif de domicile.pdf", "es": "certificado de domicilio.pdf",
        "pt": "comprovante de residência.pdf", "ru": "справка о регистрации.pdf",
        "ar": "إثبات العنوان.pdf",
    },
    "declaration": {
        "en": "signed_declaration.pdf", "zh": "情况说明.pdf", "zh-Hant": "情況說明.pdf",
        "ja": "申告書.pdf", "ko": "경위서.pdf", "de": "Erklärung.pdf",
        "fr": "déclaration signée.pdf", "es": "declaración firmada.pdf",
        "pt": "declaração assinada.pdf", "ru": "заявление.pdf", "ar": "إقرار موقع.pdf",
    },
}


@dataclass(frozen=True)
class DemoFile:
    kind: int | str  # a screenshot kind or a document name
    content_type: str
    data: bytes
    sha256: str


def _file(kind: int | str, content_type: str, data: bytes) -> DemoFile:
    return DemoFile(kind, content_type, data, hashlib.sha256(data).hexdigest())


class FilePool:
    """The files of one seed: :data:`SCREEN_VARIANTS` screenshots of each kind and two
    variants of each document."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"vipdesk-attachment-files-{seed}")
        self.screens = {kind: [_file(kind, "image/png", screenshot(rng, kind))
                               for _ in range(SCREEN_VARIANTS)]
                        for kind in range(len(SCREENS))}
        self.documents = {name: [_file(name, "application/pdf", _document(rng, name))
                                 for _ in range(2)]
                          for name in _DOCUMENTS}

    def pick(self, rng: random.Random, kind: int | str) -> DemoFile:
        options = self.screens[kind] if isinstance(kind, int) else self.documents[kind]
        return options[rng.randrange(len(options))]


@lru_cache(maxsize=8)
def file_pool(seed: int) -> FilePool:
    return FilePool(seed)


def _document(rng: random.Random, name: str) -> bytes:
    title, lines = _DOCUMENTS[name]
    values = {
        "n4": f"{rng.randrange(10000):04d}", "n3": f"{rng.randrange(1000):03d}",
        "amount": f"{rng.randrange(20, 900) * 1000:,}.00", "small": f"{rng.uniform(40, 300):.2f}",
        "ref": f"VIP{rng.randrange(10**9):09d}", "count": str(rng.randint(2, 14)),
    }
    return pdf(title, [line.format_map(values) for line in lines])


def _name_language(language: str, region: str | None) -> str:
    if language == "zh" and region in ("HK", "TW"):
        return "zh-Hant"
    return language if language in _SCREENSHOT_NAMES else "en"


def filename_for(rng: random.Random, file: DemoFile, language: str, region: str | None,
                 at: datetime) -> str:
    """How the client's device names ``file`` sent at ``at``, in the client's language."""
    lang = _name_language(language, region)
    values = {
        "d": at.strftime("%Y-%m-%d"), "ymd": at.strftime("%Y%m%d"), "ym": at.strftime("%Y-%m"),
        "H": at.strftime("%H"), "M": at.strftime("%M"), "S": at.strftime("%S"),
        "HMS": at.strftime("%H%M%S"), "n4": f"{rng.randrange(10000):04d}",
        "n3": f"{rng.randrange(1000):03d}",
    }
    if isinstance(file.kind, int):
        pattern = rng.choice(_SCREENSHOT_NAMES[lang])
    else:
        names = _DOCUMENT_NAMES[file.kind]
        pattern = names.get(lang, names["en"])
    return pattern.format_map(values)


def choose(rng: random.Random, pool: FilePool, category: str, chance: float) -> DemoFile | None:
    """A file for a client message on a ticket of ``category``, or None (most messages)."""
    if rng.random() >= chance * FIRST_MESSAGE_CHANCE.get(category, 0.0):
        return None
    options = _WHAT.get(category, _WHAT["other"])
    kind = rng.choices([k for k, _ in options], weights=[w for _, w in options])[0]
    return pool.pick(rng, kind)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def with_attachments(
    seed: int, items: Iterable[tuple[str, dict[str, Any]]]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``items`` (the demo book, in its order) with files on some tickets' first client
    message: before such a message come an ``attachment_blob`` (``{sha256, content}``, the
    first time those bytes are used) and an ``attachment`` (its metadata plus
    ``message_id``), and the message carries ``attachments: [metadata]``."""
    rng = random.Random(f"vipdesk-attachments-{seed}")
    pool = file_pool(seed)
    stored: set[str] = set()
    count = 0
    region: str | None = None
    ticket: dict[str, Any] | None = None
    for entity, record in items:
        if entity == "client":
            region = record.get("region")
        elif entity == "ticket":
            ticket = record
        elif (entity == "message" and ticket is not None and record["author_kind"] == "client"
              and record["ticket_id"] == ticket["id"]):
            current, ticket = ticket, None  # only the ticket's first client message
            file = choose(rng, pool, current["category"], 1.0)
            if file is not None:
                count += 1
                at = _at(record["created_at"])
                meta = {
                    "id": f"AT{count:08d}", "ticket_id": current["id"],
                    "filename": filename_for(rng, file, current["language"], region, at),
                    "content_type": file.content_type, "size": len(file.data),
                    "sha256": file.sha256, "uploaded_by": record["author_id"],
                    "created_at": record["created_at"],
                }
                if file.sha256 not in stored:
                    stored.add(file.sha256)
                    yield "attachment_blob", {"sha256": file.sha256, "content": file.data}
                yield "attachment", {**meta, "message_id": record["id"]}
                record = {**record, "attachments": [meta]}
        yield entity, record


def live_file(
    rng: random.Random, seed: int, ticket: dict[str, Any], client: dict[str, Any],
    now: datetime,
) -> tuple[str, str, bytes] | None:
    """``(filename, content_type, bytes)`` for a client message the ``--live`` generator
    writes now on ``ticket``, now and then; None most of the time."""
    file = choose(rng, file_pool(seed), str(ticket.get("category")), LIVE_SHARE)
    if file is None:
        return None
    at = now.replace(microsecond=0)
    name = filename_for(rng, file, str(ticket.get("language")), client.get("region"), at)
    return name, file.content_type, file.data
