"""IP networks of an API whitelist: one entry, the whole list, and what changes between two."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.networks import (
    MAX_ENTRY_CHARS,
    MAX_NETWORKS,
    EntryProblem,
    NetworkError,
    check_whitelist,
    diff_whitelists,
    parse_network,
    setting_network,
)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("203.0.113.0/24", "203.0.113.0/24"),
        ("198.51.100.7/32", "198.51.100.7/32"),
        ("10.0.0.0/8", "10.0.0.0/8"),
        ("2001:db8::/48", "2001:db8::/48"),
        ("2001:0DB8:0000::/48", "2001:db8::/48"),
        ("2001:db8::1/128", "2001:db8::1/128"),
        (" 192.0.2.0/28\t", "192.0.2.0/28"),  # copy and paste brings spaces around
        ("128.0.0.0/1", "128.0.0.0/1"),
        ("::ffff:0:0/96", "::ffff:0.0.0.0/96"),
    ],
)
def test_networks_accepted_in_canonical_form(text: str, canonical: str) -> None:
    assert parse_network(text) == ipaddress.ip_network(canonical)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("203.0.113.7", "203.0.113.7/32"),  # a bare address: the prefix is asked for
        ("2001:db8::7", "2001:db8::7/128"),
        ("203.0.113.7/24", "203.0.113.0/24"),  # host bits: the network is named
        ("2001:db8::1/48", "2001:db8::/48"),
        ("0.0.0.0/0", "leave the whitelist empty"),
        ("::/0", "leave the whitelist empty"),
        ("10.1.2.3/0", "every address"),
        ("203.0.113.0/255.255.255.0", "/24 for 255.255.255.0"),
        ("203.0.113.0/0.0.0.0", "netmask"),
        ("2001:db8::/ffff::", "from 1 to 128"),
        ("203.0.113.0/33", "from 1 to 32"),
        ("2001:db8::/129", "from 1 to 128"),
        ("203.0.113.0/", "prefix length"),
        ("/24", "before the slash"),
        ("203.0.113.0/24/8", "one slash"),
        ("203.0.113.300/32", "four numbers from 0 to 255"),
        ("010.0.0.0/8", "without leading zeros"),
        ("2001:db8:::/48", "IPv6"),
        ("", "Write a network"),
        ("   ", "Write a network"),
        ("２０３.0.113.0/24", "U+FF12 FULLWIDTH DIGIT TWO"),
        ("203.0.113.0／24", "U+FF0F FULLWIDTH SOLIDUS"),
        ("\u202e203.0.113.0/24", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("203.0.113.0/24\x00", "U+0000"),
        ("203.0.113.0 /24", "Remove the space"),
        ("203.0.113.0/24, 198.51.100.0/24", "its own entry"),
        ("fe80::1%eth0/128", "U+0025 PERCENT SIGN"),
        ("example.com/32", "U+0078 LATIN SMALL LETTER X"),
        ("1" * (MAX_ENTRY_CHARS + 1), "too long"),
    ],
)
def test_refusals_say_what_to_write(text: str, says: str) -> None:
    with pytest.raises(NetworkError) as caught:
        parse_network(text)
    assert says in caught.value.message


# Any text at all, and text made only of the characters networks are written with (which
# reaches the parser's every branch far more often).
_ALPHABET = "0123456789abcdefABCDEF.:/ "


@given(st.one_of(st.text(max_size=80), st.text(alphabet=_ALPHABET, max_size=50)))
def test_any_text_is_a_network_or_refused_with_a_message(text: str) -> None:
    try:
        network = parse_network(text)
    except NetworkError as exc:
        assert exc.message.strip() and exc.message == str(exc)
        assert exc.message.isprintable()  # no control or bidi character echoed back
        return
    assert 0 < network.prefixlen <= network.max_prefixlen
    assert parse_network(str(network)) == network  # the canonical form reads back


@st.composite
def networks(draw: st.DrawFn) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    address = draw(st.ip_addresses())
    bits = draw(st.integers(1, address.max_prefixlen))
    return ipaddress.ip_network((address, bits), strict=False)


@given(networks())
def test_every_network_is_accepted_in_each_of_its_spellings(
    network: ipaddress.IPv4Network | ipaddress.IPv6Network,
) -> None:
    assert parse_network(str(network)) == network
    assert parse_network(network.exploded) == network
    assert parse_network(network.exploded.upper()) == network
    if network.prefixlen < network.max_prefixlen:
        inside = network.network_address + 1
        with pytest.raises(NetworkError, match="inside a network"):
            parse_network(f"{inside}/{network.prefixlen}")


def test_a_whitelist_names_each_bad_entry_by_its_index() -> None:
    checked = check_whitelist(["203.0.113.0/24", "nonsense", "2001:db8::/48",
                               "2001:0db8:0::/48", "203.0.113.0/24", "192.0.2.1"])
    assert [p.index for p in checked.problems] == [1, 3, 4, 5]
    assert "already in the list as 2001:db8::/48" in checked.problems[1].message
    assert "already in the list as 203.0.113.0/24" in checked.problems[2].message
    assert checked.wire() == ["203.0.113.0/24", "2001:db8::/48"]
    assert not checked.ok


def test_a_whitelist_holds_at_most_twenty() -> None:
    entries = [f"10.0.{n}.0/24" for n in range(MAX_NETWORKS)]
    assert check_whitelist(entries).ok
    checked = check_whitelist([*entries, "10.1.0.0/16"])
    assert checked.problems == (EntryProblem(None, "A whitelist holds at most 20 networks; "
                                                   "this one has 21."),)
    assert check_whitelist([]).ok and check_whitelist([]).wire() == []


@given(st.lists(networks(), max_size=MAX_NETWORKS))
def test_duplicates_are_found_by_value_whatever_the_spelling(
    nets: list[ipaddress.IPv4Network | ipaddress.IPv6Network],
) -> None:
    entries = [str(n) for n in nets] + [n.exploded for n in nets]
    checked = check_whitelist(entries)
    distinct = list(dict.fromkeys(nets))
    assert list(checked.networks) == distinct
    assert len(checked.problems) == len(entries) - len(distinct) + (
        1 if len(entries) > MAX_NETWORKS else 0)


def test_settings_made_before_these_rules_may_hold_a_bare_address() -> None:
    assert setting_network("203.0.113.7") == ipaddress.ip_network("203.0.113.7/32")
    assert setting_network("2001:db8::/48") == ipaddress.ip_network("2001:db8::/48")
    assert setting_network("not an address") is None


def test_diff_compares_networks_by_value() -> None:
    diff = diff_whitelists(["203.0.113.7", "198.51.100.0/28", "2001:db8::/48"],
                           ["203.0.113.7/32", "2001:0db8::/48", "192.0.2.0/24"])
    assert diff.added == ("192.0.2.0/24",) and diff.removed == ("198.51.100.0/28",)
    assert diff.changed
    same = diff_whitelists(["203.0.113.7"], ["203.0.113.7/32"])
    assert not same.changed and same.added == same.removed == ()
    cleared = diff_whitelists(["203.0.113.0/24"], [])
    assert cleared.removed == ("203.0.113.0/24",) and cleared.added == ()
    assert diff_whitelists(["odd entry"], []).removed == ("odd entry",)


@given(st.lists(networks(), max_size=8), st.lists(networks(), max_size=8))
def test_diff_is_the_set_difference(
    before: list[ipaddress.IPv4Network | ipaddress.IPv6Network],
    after: list[ipaddress.IPv4Network | ipaddress.IPv6Network],
) -> None:
    diff = diff_whitelists([n.exploded for n in before], [str(n) for n in after])
    assert {parse_network(t) for t in diff.added} == set(after) - set(before)
    assert {parse_network(t) for t in diff.removed} == set(before) - set(after)
    assert diff.changed == (set(before) != set(after))
