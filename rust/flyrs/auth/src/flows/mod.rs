//! The OAuth2 grants: client credentials and refresh here; the device code grant in
//! [`device`] and the authorization code grant with PKCE in [`pkce`].

pub mod device;
pub mod pkce;

use crate::auth_error;
use crate::http::{Reply, TokenClient};
use crate::secret::Secret;
use crate::token::Token;
use flyrs_core::transport::CallError;

/// Who asks, and for what: the settings every grant sends.
#[derive(Clone, Debug)]
pub struct Client {
    pub id: String,
    pub scopes: Vec<String>,
    pub audience: Option<String>,
    /// `proxy-authorization` for the token endpoint, from `admin.proxyCommand`.
    pub proxy_authorization: Option<Secret>,
}

impl Client {
    fn scope(&self) -> String {
        self.scopes.join(" ")
    }

    /// `scope` and `audience`, where set.
    fn common(&self) -> Vec<(&'static str, String)> {
        let mut form = Vec::new();
        if !self.scopes.is_empty() {
            form.push(("scope", self.scope()));
        }
        if let Some(audience) = &self.audience {
            form.push(("audience", audience.clone()));
        }
        form
    }

    fn headers(&self) -> Vec<(&'static str, &Secret)> {
        self.proxy_authorization
            .iter()
            .map(|p| ("proxy-authorization", p))
            .collect()
    }
}

/// An OAuth2 error reply: its `error` code and `error_description`.
pub struct Refusal {
    pub error: String,
    pub description: String,
}

/// POSTs a grant to the token endpoint: the token, or the server's refusal.
pub(crate) async fn ask(
    http: &TokenClient,
    token_endpoint: &str,
    client: &Client,
    form: &[(&'static str, String)],
    secret: Option<&Secret>,
) -> Result<Result<Token, Refusal>, CallError> {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let basic = secret.map(|s| (client.id.as_str(), s));
    match http
        .post_form(token_endpoint, &pairs, basic, &client.headers())
        .await?
    {
        Reply::Ok(reply) => Token::from_reply(&reply, token_endpoint).map(Ok),
        Reply::Refused { error, description } => Ok(Err(Refusal { error, description })),
    }
}

/// [`ask`], a refusal as an error that says what to fix.
pub(crate) async fn grant(
    http: &TokenClient,
    token_endpoint: &str,
    client: &Client,
    form: Vec<(&'static str, String)>,
    secret: Option<&Secret>,
) -> Result<Token, CallError> {
    ask(http, token_endpoint, client, &form, secret)
        .await?
        .map_err(|r| refusal(token_endpoint, &r.error, &r.description))
}

pub(crate) fn refusal(url: &str, error: &str, description: &str) -> CallError {
    let hint = match error {
        "invalid_client" => "; check admin.clientId and the client secret",
        "invalid_grant" => "; the grant or refresh token is expired or revoked: sign in again",
        "invalid_scope" => "; check admin.scopes",
        "unauthorized_client" => "; this client may not use this grant",
        _ => "",
    };
    let description = if description.is_empty() {
        String::new()
    } else {
        format!(" ({description})")
    };
    auth_error(format!(
        "{url} refused the token request: {error}{description}{hint}"
    ))
}

/// The client credentials grant, the secret sent with HTTP Basic.
pub async fn client_credentials(
    http: &TokenClient,
    token_endpoint: &str,
    client: &Client,
    secret: &Secret,
) -> Result<Token, CallError> {
    let mut form = vec![("grant_type", "client_credentials".to_string())];
    form.extend(client.common());
    grant(http, token_endpoint, client, form, Some(secret)).await
}

/// The refresh token grant: the token, or the server's refusal (the refresh token is
/// spent); a transport failure is an error. A refreshed reply without a refresh token
/// keeps the old one.
pub async fn refresh(
    http: &TokenClient,
    token_endpoint: &str,
    client: &Client,
    refresh_token: &Secret,
    secret: Option<&Secret>,
) -> Result<Result<Token, Refusal>, CallError> {
    let mut form = vec![
        ("grant_type", "refresh_token".to_string()),
        ("refresh_token", refresh_token.expose().to_string()),
    ];
    if secret.is_none() {
        form.push(("client_id", client.id.clone()));
    }
    form.extend(client.common());
    let reply = ask(http, token_endpoint, client, &form, secret).await?;
    Ok(reply.map(|mut token| {
        if token.refresh.is_none() {
            token.refresh = Some(refresh_token.clone());
        }
        token
    }))
}

/// The endpoint a grant needs, or an error naming what the server did not advertise.
pub(crate) fn require<'a>(url: &'a str, what: &str, mode: &str) -> Result<&'a str, CallError> {
    if url.is_empty() {
        Err(auth_error(format!(
            "{mode} needs the authorization server's {what}, which the admin's \
             GetOAuth2Metadata does not give"
        )))
    } else {
        Ok(url)
    }
}

/// Where interactive grants tell the user what to do (open a URL, enter a code), and
/// where the authenticator reports what went wrong without failing the call.
pub trait Prompt: Send + Sync {
    fn show(&self, message: &str);

    fn warn(&self, message: &str) {
        self.show(message);
    }
}

/// `n` random bytes, base64url without padding (PKCE verifiers, `state`).
pub(crate) fn random_text(n: usize) -> Result<String, CallError> {
    use base64::Engine;
    use ring::rand::SecureRandom;
    let mut bytes = vec![0u8; n];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| auth_error("the system's random number generator failed"))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}
