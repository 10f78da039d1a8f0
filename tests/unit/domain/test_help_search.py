"""Help-centre search: every term a substring, after NFKC and case folding."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.help import MAX_TERMS, article_text, matches, query_terms, search_key

TEXT = article_text("提现未到账常见原因", "状态为“处理中”的提现可能正在审核。",
                    "## Steps\nCheck the TxID.")


def test_cjk_substrings_match_without_spaces() -> None:
    assert matches(query_terms("提现"), TEXT)
    assert matches(query_terms("到账"), TEXT)
    assert not matches(query_terms("充值"), TEXT)


def test_case_and_width_do_not_matter() -> None:
    assert matches(query_terms("TXID"), TEXT)
    assert matches(query_terms("ｔｘｉｄ"), TEXT)  # full-width
    assert search_key("ｱｶｳﾝﾄ") == search_key("アカウント")  # half-width katakana


def test_every_term_must_occur() -> None:
    assert matches(query_terms("提现  txid"), TEXT)
    assert not matches(query_terms("提现 deposit"), TEXT)
    assert matches(query_terms("   "), TEXT)  # no terms: everything


def test_terms_are_distinct_and_bounded() -> None:
    assert query_terms("Api api API key") == ["api", "key"]
    assert len(query_terms(" ".join(f"w{i}" for i in range(30)))) == MAX_TERMS


def test_a_term_never_spans_two_fields() -> None:
    text = article_text("ends with a", "b starts", "")
    assert not matches(query_terms("ab"), text)


# Latin, digits, CJK ideographs, kana and Hangul syllables: scripts whose case mapping is
# one character to one, so a prefix of an upper-cased word is the prefix of the word.
_ALPHABET = st.one_of(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x3041, max_codepoint=0x3096),
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
)
_WORDS = st.text(alphabet=_ALPHABET, min_size=1, max_size=8)


@given(st.lists(_WORDS, min_size=1, max_size=6), st.data())
def test_any_part_of_any_word_finds_the_title(words: list[str], data: st.DataObject) -> None:
    title = " ".join(words)
    picked = data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=3))
    # Typed in another case, and only the start of each word (CJK has no spaces to split at).
    query = " ".join(w.upper()[: max(1, len(w) // 2)] for w in picked)
    assert matches(query_terms(query), article_text(title, "", ""))
