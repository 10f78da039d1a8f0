"""The strict multipart/form-data reader of uploads."""

from __future__ import annotations

import pytest

from vipclient.sandbox.multipart import (
    MAX_PARTS,
    MultipartError,
    Part,
    boundary_of,
    parse,
    parts_digest,
    single_file,
)

CT = "multipart/form-data; boundary=XyZ"


def body(*parts: bytes, boundary: bytes = b"XyZ", close: bool = True) -> bytes:
    out = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts)
    return out + (b"--" + boundary + b"--\r\n" if close else b"")


def file_part(name: str = "file", filename: str = "a.png", ctype: str = "image/png",
              data: bytes = b"\x89PNG...") -> bytes:
    return (f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: {ctype}\r\n\r\n").encode() + data


def test_one_file_part() -> None:
    [part] = parse(CT, body(file_part(data=b"line\r\n--XyZa not a boundary")))
    assert part == Part("file", "a.png", "image/png", b"line\r\n--XyZa not a boundary")
    assert single_file([part]) is part


def test_preamble_epilogue_quoted_boundary_and_padding() -> None:
    raw = b"preamble\r\n--b b\t \r\n" + file_part() + b"\r\n--b b--\r\nepilogue"
    [part] = parse('multipart/form-data; boundary="b b"', raw)
    assert part.data == b"\x89PNG..."


def test_filenames_as_clients_send_them() -> None:
    quoted = 'Content-Disposition: form-data; name="file"; filename="say \\"hi\\".txt"\r\n\r\nx'
    assert parse(CT, body(quoted.encode()))[0].filename == 'say "hi".txt'
    windows = 'Content-Disposition: form-data; name="file"; filename="C:\\Users\\a.png"\r\n\r\nx'
    assert parse(CT, body(windows.encode()))[0].filename == "C:\\Users\\a.png"
    ext = ("Content-Disposition: form-data; name=file; filename=x.png; "
           "filename*=UTF-8''%E6%88%AA%E5%B1%8F%201.png\r\n\r\nx")
    assert parse(CT, body(ext.encode()))[0].filename == "截屏 1.png"
    raw_utf8 = 'Content-Disposition: form-data; name="file"; filename="截屏.png"\r\n\r\nx'
    assert parse(CT, body(raw_utf8.encode()))[0].filename == "截屏.png"


@pytest.mark.parametrize(("content_type", "raw", "status"), [
    ("application/json", b"{}", 415),
    ("multipart/form-data", body(file_part()), 400),                     # no boundary
    ("multipart/form-data; boundary=" + "x" * 71, b"", 400),
    (CT, b"no boundary here", 400),
    (CT, body(file_part(), close=False), 400),                           # truncated
    (CT, body(file_part())[:-12], 400),
    (CT, b"--XyZ\r\nContent-Type: image/png\r\n\r\nx\r\n--XyZ--", 400),   # no disposition
    (CT, b"--XyZ\r\n" + b"X-Long: " + b"a" * 20000, 400),
    (CT, b"--XyZ\r\nbroken header line\r\n\r\nx\r\n--XyZ--", 400),
    (CT, body(*[file_part(name=f"f{i}") for i in range(MAX_PARTS + 1)]), 400),
])
def test_malformed_bodies(content_type: str, raw: bytes, status: int) -> None:
    with pytest.raises(MultipartError) as err:
        parse(content_type, raw)
    assert err.value.status == status


def test_single_file_wants_exactly_one_file_part() -> None:
    with pytest.raises(MultipartError) as err:
        single_file(parse(CT, body()))
    assert (err.value.status, err.value.field) == (422, "file")
    with pytest.raises(MultipartError) as err:
        single_file(parse(CT, body(file_part(), file_part())))
    assert err.value.status == 422 and "2" in err.value.message
    with pytest.raises(MultipartError) as err:
        single_file(parse(CT, body(file_part(), file_part(name="note"))))
    assert (err.value.status, err.value.field) == (422, "note")


def test_digest_ignores_the_boundary_but_not_the_parts() -> None:
    a = parts_digest(CT, body(file_part()))
    b = parts_digest("multipart/form-data; boundary=other",
                     body(file_part(), boundary=b"other"))
    assert a is not None and a == b
    assert parts_digest(CT, body(file_part(filename="b.png"))) != a
    assert parts_digest(CT, body(file_part(ctype="image/jpeg"))) != a
    assert parts_digest(CT, body(file_part(data=b"\x89PNG..!"))) != a
    assert parts_digest(CT, b"garbage") is None
    assert boundary_of('Multipart/Form-Data; charset=x; boundary="q"') == b"q"


def test_the_request_hash_of_json_is_what_it_was_before_forms() -> None:
    """Keys recorded before uploads existed (a training file database) still match."""
    import hashlib
    import json

    from vipclient.sandbox.idempotency import canonical_body, request_hash

    payload = b'{"b": 1, "a": [true, null]}'
    h = hashlib.sha256()
    canon = json.dumps(json.loads(payload), sort_keys=True, separators=(",", ":")).encode()
    for part in (b"POST", b"/api/v1/x", b"", b"S0001", canon):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    assert request_hash("POST", "/api/v1/x", b"", "S0001",
                        canonical_body("application/json", payload)) == h.hexdigest()
    raw = body(file_part())
    canon = canonical_body(CT, raw)
    assert canon != raw and canon == canonical_body(
        "multipart/form-data; boundary=Q", body(file_part(), boundary=b"Q"))
