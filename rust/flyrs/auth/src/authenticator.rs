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
use tonic::Code;

/// Cheap to clone; clones share tokens.
#[derive(Clone)]
pub struct Authenticator {
    inner: Arc<Inner>,
}

struct Inner {
    endpoint: String,
    /// The admin channel, for `AuthMetadataService`.
    channel: Client,
    channel_config: ChannelConfig,
    config: AuthConfig,
    prompt: Arc<dyn Prompt>,
    store: Option<Arc<dyn TokenStore>>,
    state: tokio::sync::Mutex<State>,
    /// Renewal attempts finished, counted so that a call which waited for one shares its
    /// failure instead of starting another (20 calls, one failed sign-in, one error each).
    attempts: AtomicU64,
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
    /// ExternalCommand knows the server's header name, or that it names none.
    header_known: bool,
    /// The last renewal attempt, if it failed: its number and error.
    failure: Option<(u64, CallError)>,
}

impl Authenticator {
    /// Checks the configuration (nothing is contacted until the first call). A secret
    /// that `clientSecretEnvVar` or `clientSecretLocation` yields makes the mode
    /// ClientSecret, as flytekit has it.
    pub fn new(
        channel_config: &ChannelConfig,
        mut config: AuthConfig,
        prompt: Arc<dyn Prompt>,
        store: Option<Arc<dyn TokenStore>>,
    ) -> Result<Authenticator, CallError> {
        if config.client_secret.readable() {
            config.mode = Some(AuthMode::ClientSecret);
        }
        if config.mode == Some(AuthMode::ExternalCommand) && config.command.is_empty() {
            return Err(auth_error(
                "ExternalCommand needs admin.command: the program that prints a token, and its arguments",
            ));
        }
        let channel = Client::connect(channel_config)?;
        Ok(Authenticator {
            inner: Arc::new(Inner {
                endpoint: channel_config.endpoint.clone(),
                channel,
                channel_config: channel_config.clone(),
                config,
                prompt,
                store,
                state: tokio::sync::Mutex::new(State::default()),
                attempts: AtomicU64::new(0),
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
        let waited_from = inner.attempts.load(Ordering::SeqCst);
        let mut state = inner.state.lock().await;
        inner.shared_failure(&state, waited_from)?;
        inner.renew(&mut state, false).await?;
        if state.headers.is_none() {
            state.headers = Some(inner.build_headers(&state)?);
        }
        Ok(state.headers.clone().unwrap_or_default())
    }

    /// The headers for the next call if they need no renewal and nobody is renewing them
    /// now: answered without waiting, for callers that would otherwise block on a runtime
    /// (the grpc backend asks before every call). None means: use [`Self::call_headers`].
    pub fn ready_headers(&self) -> Option<CallHeaders> {
        let state = self.inner.state.try_lock().ok()?;
        if self.inner.stale(&state, SystemTime::now()) {
            None
        } else {
            state.headers.clone()
        }
    }

    /// A call sent with `generation` was refused (UNAUTHENTICATED, which an authenticating
    /// proxy's HTTP 401 also becomes): renew the token and the proxy's, unless another
    /// refused call already did. True: the call may be made again.
    pub async fn refused_generation(&self, generation: u64) -> Result<bool, CallError> {
        let inner = &*self.inner;
        let waited_from = inner.attempts.load(Ordering::SeqCst);
        let mut state = inner.state.lock().await;
        inner.shared_failure(&state, waited_from)?;
        if state.generation != generation {
            return Ok(true);
        }
        inner.stats.after_refusal.fetch_add(1, Ordering::Relaxed);
        inner.renew(&mut state, true).await?;
        Ok(true)
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

    /// Whether the proxy's token or the access token needs renewing before a call.
    fn stale(&self, state: &State, now: SystemTime) -> bool {
        let fresh = |t: &Option<Token>| t.as_ref().is_some_and(|t| t.is_fresh(now));
        (!self.config.proxy_command.is_empty() && !fresh(&state.proxy))
            || (self.config.mode.is_some() && !fresh(&state.token))
    }

    /// The error of a renewal that finished after `waited_from` (while the caller waited
    /// for the lock) and failed: the caller fails with it rather than trying again.
    fn shared_failure(&self, state: &State, waited_from: u64) -> Result<(), CallError> {
        match &state.failure {
            Some((attempt, error)) if *attempt > waited_from => Err(error.clone()),
            _ => Ok(()),
        }
    }

    /// Renews what is stale (everything with `force`: the server refused it), counting the
    /// attempt and keeping its failure for the calls waiting on the lock.
    async fn renew(&self, state: &mut State, force: bool) -> Result<(), CallError> {
        let now = SystemTime::now();
        if !force && !self.stale(state, now) {
            return Ok(());
        }
        if force {
            // Keep the refresh token: it is what renews the access token.
            for token in [state.token.as_mut(), state.proxy.as_mut()]
                .into_iter()
                .flatten()
            {
                token.expires_at = Some(SystemTime::UNIX_EPOCH);
            }
        }
        let outcome = self.renew_stale(state, now).await;
        let attempt = self.attempts.fetch_add(1, Ordering::SeqCst) + 1;
        state.failure = outcome.as_ref().err().map(|e| (attempt, e.clone()));
        state.generation += 1;
        state.headers = None;
        outcome
    }

    async fn renew_stale(&self, state: &mut State, now: SystemTime) -> Result<(), CallError> {
        let fresh = |t: &Option<Token>| t.as_ref().is_some_and(|t| t.is_fresh(now));
        if !self.config.proxy_command.is_empty() && !fresh(&state.proxy) {
            let output = command::run(
                &self.config.proxy_command,
                "admin.proxyCommand",
                self.config.command_timeout,
            )
            .await?;
            state.proxy = Some(Token::new(output, None, None));
        }
        let token = match self.config.mode {
            None => return Ok(()),
            Some(_) if fresh(&state.token) => return Ok(()),
            Some(AuthMode::ExternalCommand) => {
                self.learn_header(state).await?;
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
        self.stats.renewals.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// The admin channel for `AuthMetadataService`, with the proxy's token (an
    /// authenticating proxy lets nothing through without it).
    fn discovery_channel(&self, state: &State) -> Result<Client, CallError> {
        let Some(proxy) = &state.proxy else {
            return Ok(self.channel.clone());
        };
        let header = |_: ()| auth_error("the proxy command's output is not printable ASCII");
        let value = AsciiMetadataValue::try_from(format!("Bearer {}", proxy.access.expose()))
            .map_err(|_| header(()))?;
        let headers = CallHeaders {
            generation: 0,
            pairs: vec![(AsciiMetadataKey::from_static("proxy-authorization"), value)],
        };
        Ok(self
            .channel
            .with_credentials(Arc::new(FixedHeaders(headers))))
    }

    async fn server(&self, state: &mut State) -> Result<Arc<ServerAuth>, CallError> {
        if let Some(server) = &state.server {
            return Ok(Arc::clone(server));
        }
        let server = discover(&self.discovery_channel(state)?, &self.endpoint).await?;
        state.server = Some(Arc::clone(&server));
        Ok(server)
    }

    /// ExternalCommand's header: the server's, or the default where the server has no
    /// AuthMetadataService. A server that cannot be reached is asked again next time.
    async fn learn_header(&self, state: &mut State) -> Result<(), CallError> {
        if state.header_known {
            return Ok(());
        }
        match self.server(state).await {
            Err(e) if matches!(e.status_code(), Code::Unavailable | Code::DeadlineExceeded) => {
                return Err(e)
            }
            _ => state.header_known = true,
        }
        Ok(())
    }

    async fn oauth_token(&self, state: &mut State, mode: AuthMode) -> Result<Token, CallError> {
        let server = self.server(state).await?;
        if state.http.is_none() {
            state.http = Some(TokenClient::new(
                &self.channel_config,
                self.config.http_proxy_url.as_ref(),
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
            if let Some(cached) = loaded.as_deref().and_then(Token::from_json) {
                state.token = Some(cached);
            }
        }
        let secret = match mode {
            AuthMode::ClientSecret => Some(self.config.client_secret.resolve()?),
            _ => None,
        };
        let mut refused_refresh = None;
        let old = state.token.as_ref();
        if let Some(old) = old.filter(|t| t.is_fresh(SystemTime::now())) {
            return Ok(old.clone());
        }
        if let Some(refresh_token) = old.and_then(|t| t.refresh.clone()) {
            // Only the server's refusal ends a refresh token; a transport failure keeps it
            // (and the error goes to the caller) for the next try.
            match flows::refresh(
                &http,
                &server.token_endpoint,
                &client,
                &refresh_token,
                secret.as_ref(),
            )
            .await?
            {
                Ok(token) => {
                    log::info!("renewed the access token with the refresh token");
                    return Ok(self.keep(store, &key, token));
                }
                Err(refusal) => {
                    log::info!(
                        "the refresh token was refused ({}): signing in again",
                        refusal.error
                    );
                    state.token = None;
                    refused_refresh = Some(refusal);
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
            (Ok(token), _) => {
                log::info!("signed in ({mode:?})");
                Ok(self.keep(store, &key, token))
            }
            (Err(e), Some(refusal)) => Err(auth_error(format!(
                "the refresh token was refused ({}), and signing in again failed: {}",
                refusal.error, e.message
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
    ) -> flyrs_core::transport::credentials::BoxFuture<'_, Result<bool, CallError>> {
        Box::pin(self.refused_generation(generation))
    }
}

/// The same headers on every call, renewing nothing: the proxy's token on discovery calls.
struct FixedHeaders(CallHeaders);

impl CallCredentials for FixedHeaders {
    fn headers(
        &self,
    ) -> flyrs_core::transport::credentials::BoxFuture<'_, Result<CallHeaders, CallError>> {
        let headers = self.0.clone();
        Box::pin(async move { Ok(headers) })
    }

    fn refused(
        &self,
        _: u64,
    ) -> flyrs_core::transport::credentials::BoxFuture<'_, Result<bool, CallError>> {
        Box::pin(async { Ok(false) })
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
