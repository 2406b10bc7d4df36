//! [`Authenticator`]: the credentials of one channel, behind the core's
//! [`CallCredentials`] hook, so the Rust transport and the grpc backend (which asks it for
//! each call's headers) send the same headers and renew them by the same rules:
//!
//! - a token is obtained before the first call, and renewed before it expires;
//! - a refresh token is used where one was issued, and the full grant run when it fails;
//! - when the server refuses a token (UNAUTHENTICATED), it is renewed once, however many
//!   calls were refused with it (they wait on one lock and compare generations);
//! - `admin.proxyCommand`'s output goes as `proxy-authorization` on every call and to the
//!   token endpoint.

use crate::cache::TokenStore;
use crate::command;
use crate::config::{AuthConfig, AuthMode};
use crate::discovery::{discover, ServerAuth};
use crate::flows::{self, device, pkce, Prompt};
use crate::http::TokenClient;
use crate::token::Token;
use crate::{auth_error, Secret};
use flyrs_core::transport::{CallCredentials, CallError, CallHeaders, ChannelConfig, Client};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::SystemTime;
use tonic::metadata::{AsciiMetadataKey, AsciiMetadataValue};

/// Cheap to clone; clones share tokens.
#[derive(Clone)]
pub struct Authenticator {
    inner: Arc<Inner>,
}

struct Inner {
    endpoint: String,
    /// The admin channel without credentials, for `AuthMetadataService`.
    channel: Client,
    channel_config: ChannelConfig,
    config: AuthConfig,
    prompt: Arc<dyn Prompt>,
    store: Option<Arc<dyn TokenStore>>,
    state: tokio::sync::Mutex<State>,
    stats: Counters,
}

/// What an authenticator did, for tests and diagnostics.
#[derive(Debug, Default)]
struct Counters {
    /// Tokens obtained (from a token endpoint, a command or the cache).
    renewals: AtomicU64,
    /// Renewals caused by a refused call.
    after_refusal: AtomicU64,
}

/// A snapshot of [`Counters`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub renewals: u64,
    pub after_refusal: u64,
}

#[derive(Default)]
struct State {
    http: Option<TokenClient>,
    server: Option<Arc<ServerAuth>>,
    token: Option<Token>,
    /// The proxy command's output, as a token (a JWT's `exp` tells when to rerun it).
    proxy: Option<Token>,
    /// Counts renewals; see [`CallHeaders::generation`].
    generation: u64,
    headers: Option<CallHeaders>,
    /// The cache was read once already.
    cache_read: bool,
    /// ExternalCommand asked the server for its header name already.
    discovery_tried: bool,
}

impl Authenticator {
    /// Checks the configuration (nothing is contacted until the first call).
    pub fn new(
        channel_config: &ChannelConfig,
        config: AuthConfig,
        prompt: Arc<dyn Prompt>,
        store: Option<Arc<dyn TokenStore>>,
    ) -> Result<Authenticator, CallError> {
        if config.mode == Some(AuthMode::ExternalCommand) && config.command.is_empty() {
            return Err(auth_error(
                "ExternalCommand needs admin.command: the program that prints a token, and its arguments",
            ));
        }
        let mut plain = channel_config.clone();
        plain.metadata.clear();
        let channel = Client::connect(&plain)?;
        Ok(Authenticator {
            inner: Arc::new(Inner {
                endpoint: channel_config.endpoint.clone(),
                channel,
                channel_config: channel_config.clone(),
                config,
                prompt,
                store,
                state: tokio::sync::Mutex::new(State::default()),
                stats: Counters::default(),
            }),
        })
    }

    pub fn mode(&self) -> Option<AuthMode> {
        self.inner.config.mode
    }

    pub fn stats(&self) -> Stats {
        Stats {
            renewals: self.inner.stats.renewals.load(Ordering::Relaxed),
            after_refusal: self.inner.stats.after_refusal.load(Ordering::Relaxed),
        }
    }

    /// The headers for the next call, renewing what is about to expire.
    pub async fn call_headers(&self) -> Result<CallHeaders, CallError> {
        if let Some(headers) = self.ready_headers() {
            return Ok(headers);
        }
        let inner = &*self.inner;
        let mut state = inner.state.lock().await;
        let now = SystemTime::now();
        if !inner.config.proxy_command.is_empty()
            && !state.proxy.as_ref().is_some_and(|p| p.is_fresh(now))
        {
            let output = command::run(
                &inner.config.proxy_command,
                "admin.proxyCommand",
                inner.config.command_timeout,
            )
            .await?;
            state.proxy = Some(Token::new(output, None, None));
            state.generation += 1;
            state.headers = None;
        }
        if inner.config.mode.is_some() && !state.token.as_ref().is_some_and(|t| t.is_fresh(now)) {
            inner.renew(&mut state).await?;
        }
        if state.headers.is_none() {
            state.headers = Some(inner.build_headers(&state)?);
        }
        Ok(state.headers.clone().unwrap_or_default())
    }

    /// The headers for the next call if they need no renewal and nobody is renewing them
    /// now: answered without waiting, for callers that would otherwise block on a runtime
    /// (the grpc backend asks before every call). None means: use [`Self::call_headers`].
    pub fn ready_headers(&self) -> Option<CallHeaders> {
        let inner = &*self.inner;
        let state = inner.state.try_lock().ok()?;
        let now = SystemTime::now();
        let proxy_ok = inner.config.proxy_command.is_empty()
            || state.proxy.as_ref().is_some_and(|p| p.is_fresh(now));
        let token_ok =
            inner.config.mode.is_none() || state.token.as_ref().is_some_and(|t| t.is_fresh(now));
        if proxy_ok && token_ok {
            state.headers.clone()
        } else {
            None
        }
    }

    /// A call sent with `generation` was refused: renew the token unless another refused
    /// call already did.
    pub async fn refused_generation(&self, generation: u64) -> Result<(), CallError> {
        let inner = &*self.inner;
        if inner.config.mode.is_none() {
            return Err(auth_error(format!(
                "{} requires authentication; set admin.authType (ClientSecret, Pkce, \
                 DeviceFlow or ExternalCommand) and its settings",
                inner.endpoint
            )));
        }
        let mut state = inner.state.lock().await;
        if state.generation != generation {
            return Ok(());
        }
        // Keep the refresh token: it is what renews the access token.
        if let Some(token) = state.token.as_mut() {
            token.expires_at = Some(SystemTime::UNIX_EPOCH);
        }
        inner.stats.after_refusal.fetch_add(1, Ordering::Relaxed);
        inner.renew(&mut state).await
    }
}

impl Inner {
    fn cache_key(&self, client_id: &str) -> String {
        let mode = self.config.mode.map_or("", AuthMode::name);
        format!("{}|{client_id}|{mode}", self.endpoint)
    }

    fn interactive(&self) -> bool {
        matches!(
            self.config.mode,
            Some(AuthMode::Pkce | AuthMode::DeviceFlow)
        )
    }

    /// Replaces the token: from the cache, by refreshing, or by the full grant.
    async fn renew(&self, state: &mut State) -> Result<(), CallError> {
        let token = match self.config.mode {
            None => return Ok(()),
            Some(AuthMode::ExternalCommand) => {
                // The header name is the server's if it says; a server without
                // AuthMetadataService gets the default one.
                if !state.discovery_tried {
                    state.discovery_tried = true;
                    state.server = discover(&self.channel, &self.endpoint).await.ok();
                }
                let output = command::run(
                    &self.config.command,
                    "admin.command",
                    self.config.command_timeout,
                )
                .await?;
                Token::new(output, None, None)
            }
            Some(mode) => self.oauth_token(state, mode).await?,
        };
        state.token = Some(token);
        state.generation += 1;
        state.headers = None;
        self.stats.renewals.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    async fn oauth_token(&self, state: &mut State, mode: AuthMode) -> Result<Token, CallError> {
        let server = match &state.server {
            Some(server) => Arc::clone(server),
            None => {
                let server = discover(&self.channel, &self.endpoint).await?;
                state.server = Some(Arc::clone(&server));
                server
            }
        };
        if state.http.is_none() {
            state.http = Some(TokenClient::new(
                &self.channel_config,
                self.config.http_proxy_url.as_deref(),
            )?);
        }
        let http = state
            .http
            .clone()
            .unwrap_or_else(|| unreachable!("set above"));
        let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let client = flows::Client {
            id: self
                .config
                .client_id
                .clone()
                .or_else(|| non_empty(&server.client_id))
                .ok_or_else(|| {
                    auth_error(format!(
                        "{} needs admin.clientId (the server names no client)",
                        mode.name()
                    ))
                })?,
            scopes: if self.config.scopes.is_empty() {
                server.scopes.clone()
            } else {
                self.config.scopes.clone()
            },
            audience: self
                .config
                .audience
                .clone()
                .or_else(|| non_empty(&server.audience)),
            proxy_authorization: state
                .proxy
                .as_ref()
                .map(|p| Secret::new(format!("Bearer {}", p.access.expose()))),
        };
        let key = self.cache_key(&client.id);
        let store = self.store.as_deref().filter(|_| self.interactive());
        if let (Some(store), false) = (store, state.cache_read) {
            // A refused file (loose mode) fails this call; once fixed, it is read again.
            let loaded = store.load(&key)?;
            state.cache_read = true;
            if let Some(text) = loaded {
                if let Some(cached) = Token::from_json(&text) {
                    state.token = Some(cached);
                }
            }
        }
        let secret = match mode {
            AuthMode::ClientSecret => Some(self.config.client_secret.resolve()?),
            _ => None,
        };
        let now = SystemTime::now();
        let mut refused_refresh = None;
        if let Some(old) = state.token.take() {
            if old.is_fresh(now) {
                return Ok(old);
            }
            if let Some(refresh_token) = &old.refresh {
                match flows::refresh(
                    &http,
                    &server.token_endpoint,
                    &client,
                    refresh_token,
                    secret.as_ref(),
                )
                .await
                {
                    Ok(token) => return Ok(self.keep(store, &key, token)),
                    Err(e) => refused_refresh = Some(e),
                }
            }
        }
        let obtained = match mode {
            AuthMode::ClientSecret => {
                let secret = secret
                    .as_ref()
                    .unwrap_or_else(|| unreachable!("resolved above"));
                let endpoint =
                    flows::require(&server.token_endpoint, "token_endpoint", "ClientSecret")?;
                flows::client_credentials(&http, endpoint, &client, secret).await
            }
            AuthMode::DeviceFlow => {
                device::sign_in(
                    &http,
                    &server.device_authorization_endpoint,
                    &server.token_endpoint,
                    &client,
                    &*self.prompt,
                )
                .await
            }
            AuthMode::Pkce => {
                let browser = pkce::Browser {
                    open: self.config.open_browser,
                    prompt: &*self.prompt,
                    timeout: self.config.callback_timeout,
                };
                pkce::sign_in(
                    &http,
                    &server.authorization_endpoint,
                    &server.token_endpoint,
                    &server.redirect_uri,
                    &client,
                    browser,
                )
                .await
            }
            AuthMode::ExternalCommand => unreachable!("not an OAuth2 grant"),
        };
        match (obtained, refused_refresh) {
            (Ok(token), _) => Ok(self.keep(store, &key, token)),
            (Err(e), Some(refresh)) => Err(auth_error(format!(
                "the refresh token was refused ({}), and signing in again failed: {}",
                refresh.message, e.message
            ))),
            (Err(e), None) => Err(e),
        }
    }

    /// The token, kept in the store for other processes; a store that fails costs a
    /// warning, not the sign-in that just succeeded.
    fn keep(&self, store: Option<&dyn TokenStore>, key: &str, token: Token) -> Token {
        if let Some(store) = store {
            if let Err(e) = store.save(key, &token.to_json()) {
                self.prompt
                    .warn(&format!("the token was not kept for later: {}", e.message));
            }
        }
        token
    }

    fn build_headers(&self, state: &State) -> Result<CallHeaders, CallError> {
        let mut pairs = Vec::new();
        let header = |name: &str,
                      token: &Token|
         -> Result<(AsciiMetadataKey, AsciiMetadataValue), CallError> {
            let key = AsciiMetadataKey::from_bytes(name.as_bytes()).map_err(|_| {
                auth_error(format!(
                    "the server's authorization_metadata_key {name:?} is not a header name"
                ))
            })?;
            let value = AsciiMetadataValue::try_from(format!("Bearer {}", token.access.expose()))
                .map_err(|_| {
                auth_error(format!("the token for {name} is not printable ASCII"))
            })?;
            Ok((key, value))
        };
        if let Some(token) = &state.token {
            let name = state
                .server
                .as_ref()
                .map_or(crate::discovery::DEFAULT_HEADER, |s| s.header_key.as_str());
            pairs.push(header(name, token)?);
        }
        if let Some(proxy) = &state.proxy {
            pairs.push(header("proxy-authorization", proxy)?);
        }
        Ok(CallHeaders {
            generation: state.generation,
            pairs,
        })
    }
}

impl CallCredentials for Authenticator {
    fn headers(
        &self,
    ) -> flyrs_core::transport::credentials::BoxFuture<'_, Result<CallHeaders, CallError>> {
        Box::pin(self.call_headers())
    }

    fn refused(
        &self,
        generation: u64,
    ) -> flyrs_core::transport::credentials::BoxFuture<'_, Result<(), CallError>> {
        Box::pin(self.refused_generation(generation))
    }
}

impl std::fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authenticator")
            .field("endpoint", &self.inner.endpoint)
            .field("mode", &self.inner.config.mode.map(AuthMode::name))
            .finish_non_exhaustive()
    }
}
