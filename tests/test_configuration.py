"""Config as flytekit reads it: for_endpoint, the environment and YAML files."""

from __future__ import annotations

from pathlib import Path

import pytest

from flytekit_core import configuration
from flytekit_core.configuration import Config, ConfigError, PlatformConfig


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    names = [variable for _, _, variable, _ in configuration.SETTINGS if variable] + [configuration.ENV_CONFIG]
    for name in names:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_for_endpoint() -> None:
    config = Config.for_endpoint("dns:///flyte.example.com:443")
    assert config.platform == PlatformConfig(endpoint="flyte.example.com:443", insecure=False)
    assert Config.for_endpoint("localhost:30080", insecure=True).platform.insecure


def test_auto_without_files_or_environment_is_the_default() -> None:
    assert Config.auto() == Config()


def test_the_default_file_then_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ca = write(tmp_path / "ca.pem", "-----BEGIN CERTIFICATE-----\n")
    write(
        tmp_path / "home/.flyte/config.yaml",
        f"admin:\n  endpoint: dns:///flyte.example.com\n  insecure: false\n  caCertFilePath: {ca}\n"
        "logger:\n  level: 1\n",
    )
    platform = Config.auto().platform
    assert platform == PlatformConfig("flyte.example.com", False, str(ca))
    assert platform.ca_cert_pem() == ca.read_bytes()
    monkeypatch.setenv(configuration.ENV_URL, "localhost:8089")
    monkeypatch.setenv(configuration.ENV_INSECURE, "True")
    assert Config.auto().platform == PlatformConfig("localhost:8089", True, str(ca))


def test_an_explicit_file_and_flytectl_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = write(tmp_path / "a.yaml", "admin:\n  endpoint: a.example.com:443\n")
    from_env = write(tmp_path / "b.yaml", "admin:\n  endpoint: b.example.com:443\n  insecure: true\n")
    monkeypatch.setenv(configuration.ENV_CONFIG, str(from_env))
    assert Config.auto().platform == PlatformConfig("b.example.com:443", True)
    assert Config.auto(explicit).platform.endpoint == "a.example.com:443"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("admin: [1, 2]\n", "'admin' must be a mapping"),
        ("- a\n", "expected a mapping"),
        ("admin:\n  endpoint: 5\n", "admin.endpoint must be a non-empty string"),
        ("admin:\n  insecure: maybe\n", "admin.insecure must be true or false"),
        ("admin: {endpoint: [\n", "cannot read config file"),
        ("admin:\n  scopes: 5\n", "admin.scopes must be a list of strings"),
        ("admin:\n  command: [gcloud, 1]\n", "admin.command must be a list of strings"),
        ("admin:\n  insecureSkipVerify: perhaps\n", "admin.insecureSkipVerify must be true or false"),
        ("admin:\n  clientId: 7\n", "admin.clientId must be a non-empty string"),
    ],
)
def test_bad_files_raise_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "bad.yaml", text)
    with pytest.raises(ConfigError, match=message) as raised:
        Config.auto(path)
    assert str(path) in str(raised.value)


def test_missing_files_and_bad_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        Config.auto(tmp_path / "nope.yaml")
    monkeypatch.setenv(configuration.ENV_CONFIG, str(tmp_path / "nope.yaml"))
    with pytest.raises(ConfigError, match="FLYTECTL_CONFIG names"):
        Config.auto()
    monkeypatch.delenv(configuration.ENV_CONFIG)
    monkeypatch.setenv(configuration.ENV_INSECURE, "sometimes")
    with pytest.raises(ConfigError, match="FLYTE_PLATFORM_INSECURE must be true or false"):
        Config.auto()
    with pytest.raises(ConfigError, match="cannot read the CA certificate file"):
        PlatformConfig(ca_cert_file_path=str(tmp_path / "missing.pem")).ca_cert_pem()


def test_auth_keys_as_flytekit_reads_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(
        tmp_path / "config.yaml",
        "admin:\n"
        "  endpoint: dns:///flyte.example.com\n"
        "  authType: Pkce\n"
        "  clientId: flytectl\n"
        "  clientSecretLocation: /etc/secret\n"
        "  clientSecretEnvVar: MY_SECRET\n"
        "  scopes: [all, offline]\n"
        "  audience: flyte\n"
        "  command: [gcloud, auth, print-identity-token]\n"
        "  proxyCommand: [proxy-token]\n"
        "  insecureSkipVerify: true\n"
        "  httpProxyURL: http://proxy:3128\n"
        "  clientSecret: ignored-as-in-flytekit\n",
    )
    platform = Config.auto(path).platform
    assert platform == PlatformConfig(
        endpoint="flyte.example.com",
        auth_type="Pkce",
        client_id="flytectl",
        client_secret_location="/etc/secret",
        client_secret_env_var="MY_SECRET",
        scopes=("all", "offline"),
        audience="flyte",
        command=("gcloud", "auth", "print-identity-token"),
        proxy_command=("proxy-token",),
        insecure_skip_verify=True,
        http_proxy_url="http://proxy:3128",
    )
    # The environment wins; lists are comma-separated there, as in flytekit.
    monkeypatch.setenv("FLYTE_CREDENTIALS_AUTH_MODE", "clientsecret")
    monkeypatch.setenv("FLYTE_CREDENTIALS_SCOPES", "all,extra")
    monkeypatch.setenv("FLYTE_CREDENTIALS_COMMAND", "print-token,--fresh")
    monkeypatch.setenv("FLYTE_CREDENTIALS_CLIENT_SECRET", "s3cr3t-value")
    monkeypatch.setenv("FLYTE_PLATFORM_INSECURE_SKIP_VERIFY", "false")
    platform = Config.auto(path).platform
    assert platform.auth_type == "clientsecret"
    assert platform.scopes == ("all", "extra")
    assert platform.command == ("print-token", "--fresh")
    assert platform.client_secret == "s3cr3t-value"
    assert not platform.insecure_skip_verify
    assert "s3cr3t-value" not in repr(platform) + repr(Config(platform=platform))


def test_a_readable_secret_means_client_secret_as_in_flytekit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flytekit_core import auth

    def mode(**platform: object) -> str | None:
        authenticator = auth.authenticator(PlatformConfig(token_cache="memory", **platform))  # type: ignore[arg-type]
        return None if authenticator is None else authenticator.auth_type

    assert mode() is None
    assert mode(auth_type="Pkce") == "Pkce"
    secret = write(tmp_path / "secret", "s\n")
    assert mode(client_secret_location=str(secret)) == "ClientSecret"
    assert mode(auth_type="Pkce", client_secret_location=str(secret)) == "ClientSecret"
    # Nothing to read: the mode stays as configured.
    missing = {"auth_type": "Pkce", "client_secret_location": str(tmp_path / "none"), "client_secret_env_var": "S"}
    assert mode(**missing) == "Pkce"
    monkeypatch.setenv("S", "from-the-variable")
    assert mode(**missing) == "ClientSecret"


def test_client_certificates_go_in_pairs(tmp_path: Path) -> None:
    cert = write(tmp_path / "c.pem", "cert")
    key = write(tmp_path / "k.pem", "key")
    assert PlatformConfig(client_cert_file_path=str(cert), client_key_file_path=str(key)).client_identity_pem() == (
        b"cert",
        b"key",
    )
    with pytest.raises(ConfigError, match="go together"):
        PlatformConfig(client_cert_file_path=str(cert)).client_identity_pem()
    with pytest.raises(ConfigError, match="cannot read the client key file"):
        PlatformConfig(client_cert_file_path=str(cert), client_key_file_path=str(tmp_path / "no")).client_identity_pem()
