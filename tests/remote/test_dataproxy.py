"""The local admin's data proxy on both backends: upload and download through signed URLs,
Content-MD5 and expiry honoured, tampering refused."""

from __future__ import annotations

import hashlib
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import exceptions
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.service import dataproxy_pb2
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.remote_common.executions_api import DataTransferError
from flytekit_core.remote_common.user_api import as_idl


@pytest.fixture
def remote(backend: str, tmp_path: Path) -> Any:
    with FlyteRemote.local(backend=backend, data_dir=tmp_path / "data") as remote:
        yield remote


def put(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, method="PUT", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status  # type: ignore[no-any-return]
    except urllib.error.HTTPError as error:
        return error.code


def location(remote: Any, data: bytes, **fields: Any) -> Any:
    request = dataproxy_pb2.CreateUploadLocationRequest(
        project="flytesnacks", domain="development", filename="x.bin", content_md5=hashlib.md5(data).digest(), **fields
    )
    return as_idl(remote.client.create_upload_location(request), dataproxy_pb2.CreateUploadLocationResponse)


def test_a_failed_transfer_names_the_status(remote: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "f.txt"
    source.write_bytes(b"content")
    real = hashlib.md5

    def wrong_md5(data: bytes) -> Any:  # the client lies about the content
        return real(data + b"!")

    monkeypatch.setattr(hashlib, "md5", wrong_md5)
    with pytest.raises(DataTransferError, match="400 Content-MD5 does not match"):
        remote.upload_file(source)


def test_upload_then_download(remote: Any, tmp_path: Path) -> None:
    source = tmp_path / "model weights.bin"
    source.write_bytes(bytes(range(256)) * 100)
    md5, native_url = remote.upload_file(source)
    assert md5 == hashlib.md5(source.read_bytes()).digest()
    assert native_url.startswith("file://") and native_url.endswith("/model weights.bin")
    assert remote.download_file(native_url) == source.read_bytes()
    # The same content again, to the same place: fine.
    assert remote.upload_file(source)[1] == native_url


def test_content_md5_is_honoured(remote: Any) -> None:
    data = b"the real content"
    loc = location(remote, data)
    assert loc.headers["Content-MD5"]
    assert put(loc.signed_url, b"other content", dict(loc.headers)) == 400
    assert put(loc.signed_url, data, {}) == 400  # no Content-MD5 header
    assert put(loc.signed_url, data, dict(loc.headers)) == 200


def test_tampered_and_expired_urls_are_refused(remote: Any) -> None:
    data = b"payload"
    loc = location(remote, data)
    tampered = loc.signed_url.replace("/x.bin?", "/y.bin?")
    assert put(tampered, data, dict(loc.headers)) == 403
    unsigned = loc.signed_url.split("?")[0]
    assert put(unsigned, data, dict(loc.headers)) == 403
    short = location(remote, data, expires_in={"seconds": 1})
    time.sleep(2.1)
    assert put(short.signed_url, data, dict(short.headers)) == 403
    # An upload URL does not download.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(loc.signed_url.replace("/upload/", "/download/"), timeout=10)
    assert refused.value.code == 403


def test_bad_requests(remote: Any) -> None:
    request = dataproxy_pb2.CreateUploadLocationRequest(project="flytesnacks", domain="development", filename="a")
    with pytest.raises(exceptions.FlyteInvalidInputException, match="content_md5"):
        remote.client.create_upload_location(request)
    with pytest.raises(exceptions.FlyteInvalidInputException, match="invalid file name"):
        location(remote, b"x", filename_root="..")
    with pytest.raises(exceptions.FlyteInvalidInputException, match="not a file of this data proxy"):
        remote.download_file("file:///etc/passwd")
    with pytest.raises(exceptions.FlyteEntityNotExistException):
        remote.download_file(location(remote, b"never put").native_url)


def test_without_a_data_directory_the_proxy_is_unimplemented() -> None:
    with (
        LocalAdmin() as admin,
        FlyteRemote(Config.for_endpoint(admin.endpoint, insecure=True), backend="rust") as remote,
    ):
        with pytest.raises(exceptions.FlyteSystemException, match="no data directory") as raised:
            location(remote, b"x")
        assert raised.value.code_name == "UNIMPLEMENTED"
        remote.close()
