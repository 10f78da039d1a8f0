"""IP networks of a client's API whitelist (platform-api v1.1, "API-access requests").

The contract's form is strict so that what a person approves is exactly what is enforced: a
network is written in CIDR form with its prefix length (``203.0.113.0/24``, ``2001:db8::/48``,
one address as ``/32`` or ``/128``), never as a bare address, never with a dotted netmask,
never with host bits set, and never as the catch-all ``/0`` (an empty list is how "any IP" is
said). Nothing is guessed: a full-width digit or an invisible character is refused with a
message naming it rather than read as what it may have meant. Only spaces and tabs around an
entry are forgiven (they come with copy and paste).

Messages are meant for the person typing, so they say what to write instead. The client uses
the same functions for as-you-type checks that the sandbox uses to refuse a request.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_NETWORKS = 20
# Longer than any network can be written (an IPv6 address with an IPv4 tail is 45 characters):
# a longer entry is refused before any parsing.
MAX_ENTRY_CHARS = 64
EXAMPLE = "203.0.113.0/24"

_ALLOWED = frozenset("0123456789abcdefABCDEF.:/")
_AROUND = " \t"
_LEADING_ZERO = re.compile(r"(?:^|\.)0\d")


class NetworkError(ValueError):
    """An entry that is not a network the whitelist accepts; ``message`` says why in plain
    words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_network(text: str) -> Network:
    """The network ``text`` writes, or :class:`NetworkError` saying what to write instead."""
    entry = text.strip(_AROUND)
    if not entry:
        raise NetworkError(f"Write a network such as {EXAMPLE}, or remove this empty entry.")
    if len(entry) > MAX_ENTRY_CHARS:
        raise NetworkError("This is too long to be an IP network.")
    for ch in entry:
        if ch not in _ALLOWED:
            raise NetworkError(_odd_character(ch))
    written, slash, prefix = entry.partition("/")
    if not written:
        raise NetworkError(f"Write the network's address before the slash, e.g. {EXAMPLE}.")
    address = _address(written)
    if not slash:
        raise NetworkError(
            f"Add the prefix length: write {address}/{address.max_prefixlen} for this one "
            f"address, or the whole network, e.g. {EXAMPLE}."
        )
    bits = _prefix_length(address, prefix)
    if bits == 0:
        raise NetworkError(
            f"{entry} would allow every address. To allow any IP, leave the whitelist empty."
        )
    network = ipaddress.ip_network((address, bits), strict=False)
    if network.network_address != address:
        raise NetworkError(
            f"{entry} is an address inside a network, not the network itself: write {network} "
            f"for the whole network, or {address}/{address.max_prefixlen} for this one address."
        )
    return network


def _address(written: str) -> Address:
    try:
        return ipaddress.ip_address(written)
    except ValueError:
        pass
    if ":" in written:
        raise NetworkError(
            f"{written} is not an IPv6 address: it is written as groups of up to four "
            "hexadecimal digits separated by colons, e.g. 2001:db8::."
        ) from None
    if _LEADING_ZERO.search(written):
        raise NetworkError(
            f"{written}: write the numbers of an IPv4 address without leading zeros "
            "(10, not 010)."
        ) from None
    raise NetworkError(
        f"{written} is not an IPv4 address: it is four numbers from 0 to 255 separated by "
        "dots, e.g. 203.0.113.0."
    ) from None


def _prefix_length(address: Address, prefix: str) -> int:
    most = address.max_prefixlen
    if "." in prefix:
        hint = ""
        if address.version == 4 and "/" not in prefix:
            try:
                bits = ipaddress.IPv4Network(f"0.0.0.0/{prefix}").prefixlen
            except ValueError:
                bits = 0
            if bits:
                hint = f" (/{bits} for {prefix})"
        raise NetworkError(
            f"Write the prefix length after the slash instead of a netmask{hint}, "
            f"e.g. {EXAMPLE}."
        )
    if not prefix:
        raise NetworkError(f"Write the prefix length after the slash, e.g. {EXAMPLE}.")
    if "/" in prefix:
        raise NetworkError(f"A network has one slash, before its prefix length, e.g. {EXAMPLE}.")
    kind = f"IPv{address.version}"
    if not prefix.isdigit() or int(prefix) > most:
        raise NetworkError(
            f"The prefix length after the slash is a whole number from 1 to {most} for an "
            f"{kind} network."
        )
    return int(prefix)


def _odd_character(ch: str) -> str:
    code = f"U+{ord(ch):04X}"
    name = unicodedata.name(ch, "")
    named = f"{code} {name}" if name else code
    if ch in _AROUND:
        return f"Remove the space inside the network; write it as e.g. {EXAMPLE}."
    if ch in ",;":
        return "Put each network in its own entry."
    if ch.isdigit():
        return f"Type digits as plain 0–9: {named} is not accepted."
    if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Zs"):
        return f"This entry contains an invisible character ({named}); type it again."
    return (f"{named} cannot be part of a network: use only the digits 0–9, the letters a–f, "
            "dots, colons and one slash.")


# --- the whole list -------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryProblem:
    """What is wrong in a whitelist: ``index`` is the entry's position (from 0), or None for
    the list as a whole."""

    index: int | None
    message: str


@dataclass(frozen=True)
class CheckedWhitelist:
    networks: tuple[Network, ...]
    problems: tuple[EntryProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def wire(self) -> list[str]:
        """The networks in their canonical text (``2001:0DB8::/48`` → ``2001:db8::/48``)."""
        return [str(n) for n in self.networks]


def check_whitelist(entries: Sequence[str]) -> CheckedWhitelist:
    """Every entry checked (one problem per bad entry, duplicates by network value, so
    ``2001:db8::/48`` and ``2001:0db8::/48`` are the same) and the count: at most
    :data:`MAX_NETWORKS`."""
    networks: list[Network] = []
    problems: list[EntryProblem] = []
    if len(entries) > MAX_NETWORKS:
        problems.append(EntryProblem(None, f"A whitelist holds at most {MAX_NETWORKS} networks; "
                                           f"this one has {len(entries)}."))
    first: dict[Network, str] = {}
    for index, text in enumerate(entries):
        try:
            network = parse_network(text)
        except NetworkError as exc:
            problems.append(EntryProblem(index, exc.message))
            continue
        earlier = first.get(network)
        if earlier is not None:
            problems.append(EntryProblem(index, f"This network is already in the list as "
                                                f"{earlier}."))
            continue
        first[network] = text.strip(_AROUND)
        networks.append(network)
    return CheckedWhitelist(tuple(networks), tuple(problems))


def setting_network(text: str) -> Network | None:
    """A network as found in a client's settings now, or None when it is none: settings made
    before these rules may hold a bare address, which means that one address."""
    try:
        return parse_network(text)
    except NetworkError:
        pass
    try:
        return ipaddress.ip_network(ipaddress.ip_address(text.strip(_AROUND)))
    except ValueError:
        return None


@dataclass(frozen=True)
class WhitelistDiff:
    """Entries of the new list whose network the old one lacks, and the reverse, each as
    written in its own list."""

    added: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def diff_whitelists(before: Iterable[str], after: Iterable[str]) -> WhitelistDiff:
    """What changes from ``before`` to ``after``, comparing networks by value (an entry that is
    no network at all compares by its text)."""
    old, new = _by_network(before), _by_network(after)
    return WhitelistDiff(
        added=tuple(text for key, text in new.items() if key not in old),
        removed=tuple(text for key, text in old.items() if key not in new),
    )


def _by_network(entries: Iterable[str]) -> dict[Network | str, str]:
    out: dict[Network | str, str] = {}
    for text in entries:
        key: Network | str = setting_network(text) or text
        out.setdefault(key, text.strip(_AROUND))
    return out
