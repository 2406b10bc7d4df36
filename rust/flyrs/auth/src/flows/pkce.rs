//! The authorization code grant with PKCE (RFC 7636, S256) for a user at this machine:
//! a browser signs in and comes back to a loopback listener on the redirect URI's port.
//!
//! The listener answers only the redirect URI's path with the `state` it sent: other
//! requests (a favicon, a scanner) get 404, a wrong `state` gets 400, and neither ends
//! the wait; `?error=` ends it with that error; the wait is bounded.

use super::{random_text, require, Client, Prompt};
use crate::auth_error;
use crate::http::TokenClient;
use crate::token::Token;
use base64::Engine;
use flyrs_core::transport::CallError;
use reqwest::Url;
use sha2::{Digest, Sha256};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

/// How long one browser connection may take to send its request.
const REQUEST_READ_TIMEOUT: Duration = Duration::from_secs(5);
const MAX_REQUEST_HEAD: usize = 16 * 1024;

/// What to do about the browser.
pub struct Browser<'a> {
    pub open: bool,
    pub prompt: &'a dyn Prompt,
    pub timeout: Duration,
}

pub async fn sign_in(
    http: &TokenClient,
    authorization_endpoint: &str,
    token_endpoint: &str,
    redirect_uri: &str,
    client: &Client,
    browser: Browser<'_>,
) -> Result<Token, CallError> {
    let authorization_endpoint = require(authorization_endpoint, "authorization_endpoint", "Pkce")?;
    let token_endpoint = require(token_endpoint, "token_endpoint", "Pkce")?;
    let redirect = loopback_redirect(redirect_uri)?;
    let listeners = listen(&redirect).await?;
    let verifier = random_text(32)?;
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(Sha256::digest(verifier.as_bytes()));
    let state = random_text(16)?;
    let mut url = Url::parse(authorization_endpoint).map_err(|e| {
        auth_error(format!(
            "the authorization_endpoint {authorization_endpoint:?} is not a URL: {e}"
        ))
    })?;
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("client_id", &client.id)
            .append_pair("response_type", "code")
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("state", &state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        for (key, value) in client.common() {
            query.append_pair(key, &value);
        }
    }
    let opened = browser.open && open_browser(url.as_str());
    browser.prompt.show(&if opened {
        format!("Signing in to Flyte in your browser; if it did not open, visit {url}")
    } else {
        format!("To sign in to Flyte, open {url}")
    });
    let code = wait_for_code(&listeners, &redirect, &state, browser.timeout).await?;
    let form = vec![
        ("grant_type", "authorization_code".to_string()),
        ("code", code),
        ("redirect_uri", redirect_uri.to_string()),
        ("client_id", client.id.clone()),
        ("code_verifier", verifier),
    ];
    super::grant(http, token_endpoint, client, form, None).await
}

/// The redirect URI, which must be plain HTTP on a loopback host with a port.
fn loopback_redirect(redirect_uri: &str) -> Result<Url, CallError> {
    let bad = |why: &str| {
        auth_error(format!(
            "Pkce needs a redirect URI on this machine, like http://localhost:53593/callback; \
             the server's public client config gives {redirect_uri:?}: {why}"
        ))
    };
    let url = Url::parse(redirect_uri).map_err(|e| bad(&e.to_string()))?;
    if url.scheme() != "http" {
        return Err(bad("not http://"));
    }
    match url.host_str() {
        Some("localhost" | "127.0.0.1" | "[::1]") => {}
        _ => return Err(bad("not a loopback host")),
    }
    if url.port().is_none() {
        return Err(bad("no port"));
    }
    Ok(url)
}

/// Listeners on the loopback addresses only: IPv4, and IPv6 where the host allows it
/// (browsers may resolve `localhost` to `::1`).
async fn listen(redirect: &Url) -> Result<Vec<TcpListener>, CallError> {
    let port = redirect.port().unwrap_or_default();
    let v4 = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let v6 = SocketAddr::from((Ipv6Addr::LOCALHOST, port));
    let wanted: &[SocketAddr] = match redirect.host_str() {
        Some("127.0.0.1") => &[v4],
        Some("[::1]") => &[v6],
        _ => &[v4, v6],
    };
    let mut listeners = Vec::new();
    let mut first_error = None;
    for addr in wanted {
        match TcpListener::bind(addr).await {
            Ok(listener) => listeners.push(listener),
            Err(e) => {
                first_error.get_or_insert(format!("{addr}: {e}"));
            }
        }
    }
    if listeners.is_empty() {
        return Err(auth_error(format!(
            "cannot listen for the sign-in callback on port {port} ({}); is another sign-in \
             running?",
            first_error.unwrap_or_default()
        )));
    }
    Ok(listeners)
}

/// What the redirect URI's listener saw.
#[derive(Default)]
struct Ignored {
    other_paths: usize,
    wrong_state: usize,
}

async fn wait_for_code(
    listeners: &[TcpListener],
    redirect: &Url,
    state: &str,
    timeout: Duration,
) -> Result<String, CallError> {
    let deadline = Instant::now() + timeout;
    let mut ignored = Ignored::default();
    loop {
        let accepted = tokio::time::timeout_at(deadline, accept_any(listeners)).await;
        let mut stream = match accepted {
            Err(_) => {
                return Err(auth_error(format!(
                    "no sign-in came back to {redirect} within {} s (ignored {} request(s) \
                     for other paths and {} with the wrong state); call again and finish \
                     signing in in the browser",
                    timeout.as_secs_f64(),
                    ignored.other_paths,
                    ignored.wrong_state
                )))
            }
            Ok(Err(_)) => continue,
            Ok(Ok(stream)) => stream,
        };
        // A slow or idle connection may not hold the wait past its end.
        let read_until = deadline.min(Instant::now() + REQUEST_READ_TIMEOUT);
        let Some(target) = read_target(&mut stream, read_until).await else {
            continue;
        };
        let Ok(url) = redirect.join(&target) else {
            respond(&mut stream, 400, "Bad request.").await;
            continue;
        };
        if url.path() != redirect.path() {
            ignored.other_paths += 1;
            respond(&mut stream, 404, "Not found.").await;
            continue;
        }
        let param = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        if param("state").as_deref() != Some(state) {
            ignored.wrong_state += 1;
            respond(
                &mut stream,
                400,
                "This sign-in was not started here (state mismatch).",
            )
            .await;
            continue;
        }
        if let Some(error) = param("error") {
            respond(&mut stream, 200, "Sign-in failed; see the terminal.").await;
            let description = param("error_description").unwrap_or_default();
            return Err(auth_error(format!(
                "the authorization server refused the sign-in: {error}{}",
                if description.is_empty() {
                    String::new()
                } else {
                    format!(" ({description})")
                }
            )));
        }
        match param("code") {
            Some(code) if !code.is_empty() => {
                respond(
                    &mut stream,
                    200,
                    "Signed in to Flyte. You may close this window.",
                )
                .await;
                return Ok(code);
            }
            _ => {
                ignored.wrong_state += 1;
                respond(&mut stream, 400, "No authorization code.").await;
            }
        }
    }
}

async fn accept_any(listeners: &[TcpListener]) -> std::io::Result<TcpStream> {
    std::future::poll_fn(|cx| {
        for listener in listeners {
            if let std::task::Poll::Ready(result) = listener.poll_accept(cx) {
                return std::task::Poll::Ready(result.map(|(stream, _)| stream));
            }
        }
        std::task::Poll::Pending
    })
    .await
}

/// The request target of a `GET`, or None for anything else (or a slow client).
async fn read_target(stream: &mut TcpStream, until: Instant) -> Option<String> {
    let mut head = Vec::new();
    let read = async {
        let mut buf = [0u8; 2048];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < MAX_REQUEST_HEAD {
            let n = stream.read(&mut buf).await.ok()?;
            if n == 0 {
                break;
            }
            head.extend_from_slice(&buf[..n]);
        }
        Some(())
    };
    tokio::time::timeout_at(until, read).await.ok()??;
    let line = head.split(|b| *b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?.trim_end();
    let mut parts = line.split(' ');
    match (parts.next(), parts.next()) {
        (Some("GET"), Some(target)) if target.starts_with('/') => Some(target.to_string()),
        _ => None,
    }
}

async fn respond(stream: &mut TcpStream, status: u16, text: &str) {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Bad Request",
    };
    let body = format!("<!doctype html><html><body><p>{text}</p></body></html>");
    let reply = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: text/html; charset=utf-8\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(REQUEST_READ_TIMEOUT, stream.write_all(reply.as_bytes())).await;
    let _ = stream.shutdown().await;
}

/// Starts a browser on `url`: `$BROWSER` (entries separated by `:`, `%s` standing for the
/// URL, as Python's `webbrowser` reads it), else the desktop's opener where there is a
/// desktop. False when none could be started.
fn open_browser(url: &str) -> bool {
    let mut commands: Vec<Vec<String>> = Vec::new();
    if let Ok(browsers) = std::env::var("BROWSER") {
        for entry in browsers.split(':').filter(|e| !e.trim().is_empty()) {
            let mut argv: Vec<String> = entry.split_whitespace().map(str::to_string).collect();
            if argv.iter().any(|a| a.contains("%s")) {
                argv.iter_mut().for_each(|a| *a = a.replace("%s", url));
            } else {
                argv.push(url.to_string());
            }
            commands.push(argv);
        }
    } else if cfg!(target_os = "macos") {
        commands.push(vec!["open".into(), url.into()]);
    } else if std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
    {
        commands.push(vec!["xdg-open".into(), url.into()]);
    }
    commands.into_iter().any(|argv| {
        let spawned = std::process::Command::new(&argv[0])
            .args(&argv[1..])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        match spawned {
            Ok(mut child) => {
                // Reaped in the background: a browser may run for as long as it likes.
                std::thread::spawn(move || child.wait());
                true
            }
            Err(_) => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_must_be_loopback_http_with_a_port() {
        assert!(loopback_redirect("http://localhost:53593/callback").is_ok());
        assert!(loopback_redirect("http://127.0.0.1:8080/cb").is_ok());
        for bad in [
            "https://localhost:1/cb",
            "http://example.com:1/cb",
            "http://localhost/cb",
            "not a url",
        ] {
            let err = loopback_redirect(bad).unwrap_err();
            assert_eq!(err.code_name(), "UNAUTHENTICATED", "{bad}");
        }
    }
}
