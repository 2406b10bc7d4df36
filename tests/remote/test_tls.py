"""TLS on both backends: a custom CA file is trusted; an unknown issuer or a certificate
for another host name fails closed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import exceptions
from flytekit_core.configuration import Config, PlatformConfig
from flytekit_core.idl.flyteidl.admin import common_pb2, task_pb2
from flytekit_core.remote_common.retry import NO_RETRIES
from flytekit_core.testing import MockServer

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")

TASK = task_pb2.Task(id={"name": "over tls"})


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_ca(directory: Path, name: str) -> tuple[Path, Path]:
    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
        "-keyout", f"{name}.key", "-out", f"{name}.pem", cwd=directory,
    )  # fmt: skip
    return directory / f"{name}.pem", directory / f"{name}.key"


def make_server_cert(directory: Path, ca: tuple[Path, Path], host: str) -> tuple[bytes, bytes]:
    (directory / "ext.cnf").write_text(f"subjectAltName=DNS:{host}\n")
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={host}", "-keyout", "server.key",
        "-out", "server.csr", cwd=directory,
    )  # fmt: skip
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", str(ca[0]), "-CAkey", str(ca[1]), "-CAcreateserial",
        "-days", "2", "-extfile", "ext.cnf", "-out", "server.pem", cwd=directory,
    )  # fmt: skip
    return (directory / "server.pem").read_bytes(), (directory / "server.key").read_bytes()


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    directory = tmp_path_factory.mktemp("pki")
    ca = make_ca(directory, "test-ca")
    other_ca = make_ca(directory, "other-ca")
    cert, key = make_server_cert(directory, ca, "localhost")
    wrong_directory = directory / "wrong"
    wrong_directory.mkdir()
    wrong = make_server_cert(wrong_directory, ca, "flyte.example.com")
    return {"ca": ca[0], "other_ca": other_ca[0], "cert": (cert, key), "wrong_host": wrong}


def call(backend: str, port: int, ca: Path | None) -> object:
    platform = PlatformConfig(endpoint=f"localhost:{port}", insecure=False, ca_cert_file_path=str(ca) if ca else None)
    with FlyteRemote(Config(platform=platform), backend=backend, connect_timeout=3, retry=NO_RETRIES) as remote:
        return remote.client.get_task(common_pb2.ObjectGetRequest(), timeout=10)


def test_the_given_ca_is_trusted(pki: dict[str, object], backend: str) -> None:
    cert, key = pki["cert"]  # type: ignore[misc]
    with MockServer(tls_cert_pem=cert, tls_key_pem=key) as server:
        server.reply("get_task", TASK)
        task = call(backend, server.port, pki["ca"])  # type: ignore[arg-type]
        assert task.SerializeToString() == TASK.SerializeToString()  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", ["unknown issuer", "default roots", "wrong host name"])
def test_bad_certificates_fail_closed(pki: dict[str, object], backend: str, case: str) -> None:
    cert, key = pki["wrong_host" if case == "wrong host name" else "cert"]  # type: ignore[misc]
    ca = {"unknown issuer": pki["other_ca"], "default roots": None, "wrong host name": pki["ca"]}[case]
    with MockServer(tls_cert_pem=cert, tls_key_pem=key) as server:
        server.reply("get_task", TASK)
        with pytest.raises(exceptions.FlyteSystemUnavailableException):
            call(backend, server.port, ca)  # type: ignore[arg-type]
        assert server.received() == []


def make_intermediate(directory: Path, root: tuple[Path, Path]) -> tuple[Path, Path]:
    (directory / "ca-ext.cnf").write_text("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n")
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=intermediate", "-keyout", "intermediate.key",
        "-out", "intermediate.csr", cwd=directory,
    )  # fmt: skip
    openssl(
        "x509", "-req", "-in", "intermediate.csr", "-CA", str(root[0]), "-CAkey", str(root[1]), "-CAcreateserial",
        "-days", "2", "-extfile", "ca-ext.cnf", "-out", "intermediate.pem", cwd=directory,
    )  # fmt: skip
    return directory / "intermediate.pem", directory / "intermediate.key"


@pytest.mark.parametrize("presented", ["self-signed leaf", "chain to a private CA"])
def test_insecure_skip_verify_trusts_what_the_server_presents(
    pki: dict[str, object], backend: str, presented: str, tmp_path: Path
) -> None:
    if presented == "self-signed leaf":
        leaf = make_ca(tmp_path, "localhost")
        cert, key = leaf[0].read_bytes(), leaf[1].read_bytes()
    else:
        root = make_ca(tmp_path, "private-root")
        intermediate = make_intermediate(tmp_path, root)
        cert, key = make_server_cert(tmp_path, intermediate, "localhost")
        cert += intermediate[0].read_bytes()  # leaf and intermediate, not the root
    with MockServer(tls_cert_pem=cert, tls_key_pem=key) as server:
        server.reply("get_task", TASK)
        with pytest.raises(exceptions.FlyteSystemUnavailableException):
            call(backend, server.port, None)  # verified: refused
        platform = PlatformConfig(endpoint=f"localhost:{server.port}", insecure_skip_verify=True)
        with FlyteRemote(Config(platform=platform), backend=backend, connect_timeout=3, retry=NO_RETRIES) as remote:
            task = remote.client.get_task(common_pb2.ObjectGetRequest(), timeout=10)
            assert task.SerializeToString() == TASK.SerializeToString()


def test_a_client_certificate_for_a_server_that_requires_one(
    pki: dict[str, object], backend: str, tmp_path: Path
) -> None:
    cert, key = pki["cert"]  # type: ignore[misc]
    client_cert, client_key = make_server_cert(tmp_path, (pki["ca"], pki["ca"].with_suffix(".key")), "client")  # type: ignore[union-attr]
    (tmp_path / "client.pem").write_bytes(client_cert)
    (tmp_path / "client.key").write_bytes(client_key)
    ca_pem = pki["ca"].read_bytes()  # type: ignore[union-attr]
    with MockServer(tls_cert_pem=cert, tls_key_pem=key, tls_client_ca_pem=ca_pem) as server:
        server.reply("get_task", TASK)
        with pytest.raises(exceptions.FlyteSystemException):
            call(backend, server.port, pki["ca"])  # type: ignore[arg-type]  # no client certificate
        platform = PlatformConfig(
            endpoint=f"localhost:{server.port}",
            ca_cert_file_path=str(pki["ca"]),
            client_cert_file_path=str(tmp_path / "client.pem"),
            client_key_file_path=str(tmp_path / "client.key"),
        )
        with FlyteRemote(Config(platform=platform), backend=backend, connect_timeout=3, retry=NO_RETRIES) as remote:
            task = remote.client.get_task(common_pb2.ObjectGetRequest(), timeout=10)
            assert task.SerializeToString() == TASK.SerializeToString()
