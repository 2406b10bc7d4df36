//! The data proxy of a local admin: upload and download locations as signed URLs of a
//! small local HTTP endpoint that stores files in a directory.
//!
//! - `CreateUploadLocation` needs the file's MD5; the URL it signs accepts one `PUT` of
//!   exactly that content (checked against `Content-MD5` and the body) until it expires.
//! - `CreateDownloadLocation` signs a `GET` of a stored file, until it expires.
//!
//! URLs are signed with HMAC-SHA256 under a key made when the admin starts, so they do
//! not outlive it; expired, altered or unsigned requests get 403.

use crate::idl::flyteidl::service::{
    CreateDownloadLocationRequest, CreateDownloadLocationResponse, CreateUploadLocationRequest,
    CreateUploadLocationResponse,
};
use base64::Engine;
use flyrs_core::transport::runtime::runtime;
use flyrs_core::transport::CallError;
use md5::{Digest, Md5};
use prost_types::Timestamp;
use sha2::Sha256;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tonic::Status;

/// FlyteAdmin's default lifetime of a signed URL.
const DEFAULT_EXPIRY_SECONDS: i64 = 3600;
/// The largest upload accepted.
const MAX_UPLOAD_BYTES: usize = 1 << 30;
const BASE64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

#[derive(Debug)]
pub struct DataProxy {
    dir: PathBuf,
    http: SocketAddr,
    key: [u8; 32],
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hmac_sha256(key: &[u8; 32], message: &[u8]) -> [u8; 32] {
    let mut inner_pad = [0x36u8; 64];
    let mut outer_pad = [0x5cu8; 64];
    for (i, k) in key.iter().enumerate() {
        inner_pad[i] ^= k;
        outer_pad[i] ^= k;
    }
    let inner = Sha256::new()
        .chain_update(inner_pad)
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(outer_pad)
        .chain_update(inner)
        .finalize()
        .into()
}

/// A key as a URL path: every byte but unreserved ones and `/` percent-encoded.
fn url_path(key: &str) -> String {
    key.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The inverse of [`url_path`]; None for malformed escapes or text that is not UTF-8.
fn decode_path(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn now_seconds() -> i64 {
    crate::time::wall_now().div_euclid(1_000_000_000) as i64
}

/// A stored file's key: `a/b/c`, with no empty, `.` or `..` part.
fn checked_key(key: &str) -> Option<&str> {
    let ok = !key.is_empty()
        && key
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && !key.contains(['?', '#', '\\', '\0']);
    ok.then_some(key)
}

impl DataProxy {
    /// Serves the HTTP endpoint on `host` (a free port), storing files under `dir`.
    pub fn start(host: std::net::IpAddr, dir: PathBuf) -> Result<Arc<DataProxy>, CallError> {
        std::fs::create_dir_all(&dir).map_err(|e| {
            CallError::new(
                tonic::Code::FailedPrecondition,
                format!("data directory {}: {e}", dir.display()),
            )
        })?;
        let rt = runtime()?;
        let listener = rt
            .block_on(TcpListener::bind(SocketAddr::new(host, 0)))
            .map_err(|e| CallError::unavailable(format!("data proxy: cannot listen: {e}")))?;
        let http = listener
            .local_addr()
            .map_err(|e| CallError::unavailable(format!("data proxy: {e}")))?;
        let seed = format!(
            "{}-{}-{:p}",
            crate::time::wall_now(),
            std::process::id(),
            &listener
        );
        let key: [u8; 32] = Sha256::digest(seed.as_bytes()).into();
        let proxy = Arc::new(DataProxy { dir, http, key });
        let serving = Arc::clone(&proxy);
        // A server: the I/O thread runs it, whatever the process's blocking callers do.
        rt.spawn(flyrs_core::transport::background(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let proxy = Arc::clone(&serving);
                tokio::spawn(async move { proxy.serve(stream).await });
            }
        }));
        Ok(proxy)
    }

    fn signature(&self, method: &str, key: &str, expires: i64, md5: &str) -> String {
        hex(&hmac_sha256(
            &self.key,
            format!("{method}\n{key}\n{expires}\n{md5}").as_bytes(),
        ))
    }

    fn expiry(expires_in: Option<prost_types::Duration>) -> Result<i64, Status> {
        let seconds = expires_in.map_or(DEFAULT_EXPIRY_SECONDS, |d| d.seconds);
        if seconds <= 0 {
            return Err(Status::invalid_argument("expires_in must be positive"));
        }
        Ok(now_seconds().saturating_add(seconds))
    }

    fn url(&self, method: &str, key: &str, expires: i64, md5: &str) -> String {
        let signature = self.signature(method, key, expires, md5);
        let route = if method == "PUT" {
            "upload"
        } else {
            "download"
        };
        let path = url_path(key);
        format!(
            "http://{}/{route}/{path}?expires={expires}&md5={md5}&signature={signature}",
            self.http
        )
    }

    pub fn upload_location(
        &self,
        request: CreateUploadLocationRequest,
    ) -> Result<CreateUploadLocationResponse, Status> {
        if request.project.is_empty() || request.domain.is_empty() {
            return Err(Status::invalid_argument("project and domain are required"));
        }
        if request.content_md5.len() != 16 {
            return Err(Status::invalid_argument(
                "content_md5 must be the 16-byte MD5 of the file",
            ));
        }
        let md5 = hex(&request.content_md5);
        let root = if request.filename_root.is_empty() {
            md5.clone()
        } else {
            request.filename_root
        };
        let key = format!(
            "{}/{}/{root}/{}",
            request.project, request.domain, request.filename
        );
        let key = checked_key(&key)
            .ok_or_else(|| {
                Status::invalid_argument(format!("invalid file name {:?}", request.filename))
            })?
            .to_string();
        let expires = Self::expiry(request.expires_in)?;
        let headers = [(
            "Content-MD5".to_string(),
            BASE64.encode(&request.content_md5),
        )]
        .into_iter()
        .collect();
        Ok(CreateUploadLocationResponse {
            signed_url: self.url("PUT", &key, expires, &md5),
            native_url: format!("file://{}", self.dir.join(&key).display()),
            expires_at: Some(Timestamp {
                seconds: expires,
                nanos: 0,
            }),
            headers,
        })
    }

    pub fn download_location(
        &self,
        request: CreateDownloadLocationRequest,
    ) -> Result<CreateDownloadLocationResponse, Status> {
        let prefix = format!("file://{}/", self.dir.display());
        let key = request
            .native_url
            .strip_prefix(&prefix)
            .and_then(checked_key)
            .ok_or_else(|| {
                Status::invalid_argument(format!(
                    "{} is not a file of this data proxy",
                    request.native_url
                ))
            })?;
        if !self.dir.join(key).is_file() {
            return Err(Status::not_found(format!(
                "{} does not exist",
                request.native_url
            )));
        }
        let expires = Self::expiry(request.expires_in)?;
        Ok(CreateDownloadLocationResponse {
            signed_url: self.url("GET", key, expires, "-"),
            expires_at: Some(Timestamp {
                seconds: expires,
                nanos: 0,
            }),
        })
    }

    async fn serve(&self, stream: TcpStream) {
        let mut stream = BufReader::new(stream);
        let (status, body) = match self.respond(&mut stream).await {
            Ok(body) => ("200 OK", body),
            Err((status, message)) => (status, message.into_bytes()),
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let stream = stream.get_mut();
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.write_all(&body).await;
        let _ = stream.shutdown().await;
    }

    /// One request: the response body, or an HTTP status and message.
    async fn respond(
        &self,
        stream: &mut BufReader<TcpStream>,
    ) -> Result<Vec<u8>, (&'static str, String)> {
        let bad = |why: &str| ("400 Bad Request", why.to_string());
        let mut line = String::new();
        stream
            .read_line(&mut line)
            .await
            .map_err(|_| bad("unreadable request"))?;
        let mut parts = line.split_whitespace();
        let (method, target) = match (parts.next(), parts.next()) {
            (Some(m), Some(t)) => (m.to_string(), t.to_string()),
            _ => return Err(bad("malformed request line")),
        };
        let mut content_length = 0usize;
        let mut content_md5 = None;
        loop {
            let mut header = String::new();
            stream
                .read_line(&mut header)
                .await
                .map_err(|_| bad("unreadable headers"))?;
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-length" => {
                        content_length = value
                            .trim()
                            .parse()
                            .map_err(|_| bad("invalid Content-Length"))?
                    }
                    "content-md5" => content_md5 = Some(value.trim().to_string()),
                    _ => {}
                }
            }
        }
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let param = |name: &str| {
            query
                .split('&')
                .find_map(|kv| kv.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
        };
        let (route, key) = path
            .trim_start_matches('/')
            .split_once('/')
            .ok_or(("404 Not Found", "no such location".to_string()))?;
        let key = decode_path(key).ok_or(("404 Not Found", "no such location".to_string()))?;
        let key = checked_key(&key).ok_or(("404 Not Found", "no such location".to_string()))?;
        let expires: i64 = param("expires")
            .and_then(|e| e.parse().ok())
            .ok_or(("403 Forbidden", "unsigned URL".into()))?;
        let md5 = param("md5").ok_or(("403 Forbidden", "unsigned URL".to_string()))?;
        let signature = param("signature").ok_or(("403 Forbidden", "unsigned URL".to_string()))?;
        let expected_method = if route == "upload" { "PUT" } else { "GET" };
        if method != expected_method || self.signature(&method, key, expires, md5) != signature {
            return Err(("403 Forbidden", "the signature does not match".into()));
        }
        if now_seconds() > expires {
            return Err(("403 Forbidden", "the signed URL has expired".into()));
        }
        let file = self.dir.join(key);
        if method == "GET" {
            return tokio::fs::read(&file)
                .await
                .map_err(|_| ("404 Not Found", "no such file".into()));
        }
        if content_length > MAX_UPLOAD_BYTES {
            return Err(("413 Payload Too Large", "the upload is too large".into()));
        }
        let declared =
            content_md5.ok_or(("400 Bad Request", "Content-MD5 is required".to_string()))?;
        let mut body = vec![0u8; content_length];
        stream
            .read_exact(&mut body)
            .await
            .map_err(|_| bad("the body is shorter than Content-Length"))?;
        let digest = Md5::digest(&body);
        if BASE64.encode(digest) != declared || hex(&digest) != md5 {
            return Err((
                "400 Bad Request",
                "Content-MD5 does not match the body or the signed URL".into(),
            ));
        }
        if let Some(parent) = file.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(|e| ("500 Internal Server Error", e.to_string()))?;
        }
        // Written aside and renamed, so a reader never sees half a file.
        let partial = file.with_extension("partial");
        tokio::fs::write(&partial, &body)
            .await
            .map_err(|e| ("500 Internal Server Error", e.to_string()))?;
        tokio::fs::rename(&partial, &file)
            .await
            .map_err(|e| ("500 Internal Server Error", e.to_string()))?;
        Ok(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_pythons() {
        // The value Python's hmac module gives for this key and message.
        let mac = hmac_sha256(&[0x0b; 32], b"Hi There");
        assert_eq!(
            hex(&mac),
            "198a607eb44bfbc69903a0f1cf2bbdc5ba0aa3f3d9ae3c1c7a3b1696a0b68cf7"
        );
    }

    #[test]
    fn paths_escape_and_unescape() {
        let key = "p/d/r/model weights ✓.bin";
        assert_eq!(url_path(key), "p/d/r/model%20weights%20%E2%9C%93.bin");
        assert_eq!(decode_path(&url_path(key)).as_deref(), Some(key));
        assert_eq!(decode_path("a%2"), None);
        assert_eq!(decode_path("a%FF"), None);
    }

    #[test]
    fn keys_stay_inside_the_directory() {
        assert_eq!(checked_key("p/d/root/file.txt"), Some("p/d/root/file.txt"));
        for bad in ["", "/etc/passwd", "p/../../x", "p/./x", "a?b", "a\\b"] {
            assert_eq!(checked_key(bad), None, "{bad}");
        }
    }
}
