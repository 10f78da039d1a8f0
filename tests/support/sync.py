"""Shared helpers for the cache and sync tests: entity JSON in the contract's shape."""

from __future__ import annotations

from typing import Any

from vipclient.store.apply import EntityChange


def client_json(uid: str, name: str, *, tier: str = "VIP5", email: str | None = None,
                manager_id: str | None = "S1", version: int = 1, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": uid,
        "display_name": name,
        "email": email or f"{uid.lower()}@example.com",
        "phone": None,
        "tier": tier,
        "kyc_level": 2,
        "region": "SG",
        "languages": ["zh", "en"],
        "timezone": "Asia/Singapore",
        "preferred_channel": "chat",
        "manager_id": manager_id,
        "volume_30d_usd": "1250000.50",
        "assets_usd": "99000.00",
        "status": "active",
        "freeze_scopes": [],
        "tags": ["otc"],
        "notes": "",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-02T00:00:00Z",
        "version": version,
    }
    data.update(extra)
    return data


def ticket_json(tid: str, client_uid: str, subject: str, *, status: str = "new",
                version: int = 1, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": tid,
        "client_uid": client_uid,
        "subject": subject,
        "category": "withdrawal",
        "channel": "chat",
        "priority": "high",
        "status": status,
        "assignee_id": "S1",
        "team": None,
        "language": "zh",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T01:00:00Z",
        "first_response_due": "2026-01-01T00:15:00Z",
        "next_response_due": None,
        "resolution_due": "2026-01-02T00:00:00Z",
        "first_responded_at": None,
        "solved_at": None,
        "sla_events": [],
        "version": version,
    }
    data.update(extra)
    return data


def upsert(entity: str, data: dict[str, Any]) -> EntityChange:
    key = data["uid"] if entity == "client" else data["id"]
    return EntityChange(entity, key, "upsert", int(data.get("version", 1)), data)


def delete(entity: str, key: str, version: int = 1) -> EntityChange:
    return EntityChange(entity, key, "delete", version, None)
