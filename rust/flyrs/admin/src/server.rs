//! [`LocalAdmin`]: the registry served over gRPC on a local port, in memory or journaled
//! to a SQLite file.

use crate::auth::{AuthSettings, Enforcer};
use crate::dataproxy::DataProxy;
use crate::journal::{Entry, Journal};
use crate::registry::Registry;
use crate::service::{dispatch, is_mutating};
use crate::time::wall_now;
use bytes::Bytes;
use flyrs_core::server::{serve, BoxFuture, Serving};
use flyrs_core::services::{method_by_path, MethodKind};
use flyrs_core::transport::{BytesCodec, CallError};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use tonic::body::Body;
use tonic::server::{Grpc, UnaryService};
use tonic::{Request, Response, Status};

/// A running local admin; it stops when [`LocalAdmin::stop`] is called or it is dropped.
pub struct LocalAdmin {
    serving: Serving,
    state: Arc<Mutex<State>>,
}

/// The registry, and the journal that makes it durable (None: in memory).
struct State {
    registry: Registry,
    journal: Option<Journal>,
    /// Set by [`LocalAdmin::stop`]: calls still arriving on open connections are refused.
    stopped: bool,
}

/// The registry the journaled calls build, each at its recorded instant.
fn replay(entries: &[Entry], source: &Path) -> Result<Registry, String> {
    let mut registry = Registry::default();
    for (i, entry) in entries.iter().enumerate() {
        registry.clock.set_now(entry.now);
        dispatch(&mut registry, &entry.path, &entry.request).map_err(|status| {
            format!(
                "database {}: call {} ({}) no longer applies: {}",
                source.display(),
                i + 1,
                entry.path,
                status.message()
            )
        })?;
    }
    Ok(registry)
}

impl LocalAdmin {
    /// Serves a registry on `addr` (port 0 picks a free one): a fresh one in memory, or
    /// the one journaled in the SQLite file `database` (created if missing). Fails with
    /// FAILED_PRECONDITION, saying why, for a database that cannot be read or is in use by
    /// another process.
    ///
    /// With `data_dir`, the data proxy's signed URLs point at an HTTP endpoint on `addr`'s
    /// host that stores files there; without, its RPCs answer UNIMPLEMENTED.
    ///
    /// With `auth`, every call but `AuthMetadataService`'s needs a valid bearer JWT from
    /// the issuer (whose metadata and keys are read first, so it must be up).
    pub fn start(
        addr: SocketAddr,
        database: Option<&Path>,
        data_dir: Option<&Path>,
        auth: Option<AuthSettings>,
    ) -> Result<LocalAdmin, CallError> {
        let auth = match auth {
            Some(settings) => Some(Arc::new(flyrs_core::transport::block_on(
                Enforcer::start(settings),
            )??)),
            None => None,
        };
        let proxy = match data_dir {
            Some(dir) => Some(DataProxy::start(addr.ip(), dir.to_path_buf())?),
            None => None,
        };
        let state = match database {
            None => State {
                registry: Registry::default(),
                journal: None,
                stopped: false,
            },
            Some(path) => {
                let unusable = |why: String| CallError::new(tonic::Code::FailedPrecondition, why);
                let (journal, entries) = Journal::open(path).map_err(unusable)?;
                let registry = replay(&entries, path).map_err(unusable)?;
                State {
                    registry,
                    journal: Some(journal),
                    stopped: false,
                }
            }
        };
        let state = Arc::new(Mutex::new(state));
        let answering = Arc::clone(&state);
        let serving = serve(addr, None, move |request| {
            Box::pin(answer(
                Arc::clone(&answering),
                proxy.clone(),
                auth.clone(),
                request,
            ))
        })?;
        Ok(LocalAdmin { serving, state })
    }

    pub fn addr(&self) -> SocketAddr {
        self.serving.addr()
    }

    /// Stops listening, refuses calls on connections still open, and closes (unlocks)
    /// the database at once, so another admin can open it.
    pub fn stop(&self) {
        self.serving.stop();
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.stopped = true;
        state.journal = None;
    }
}

impl Drop for LocalAdmin {
    fn drop(&mut self) {
        self.stop();
    }
}

impl std::fmt::Debug for LocalAdmin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalAdmin")
            .field("addr", &self.addr())
            .finish()
    }
}

/// Answers the unary RPCs of `flyteidl.service`; the streaming ones are not served.
async fn answer(
    state: Arc<Mutex<State>>,
    proxy: Option<Arc<DataProxy>>,
    auth: Option<Arc<Enforcer>>,
    request: http::Request<Body>,
) -> http::Response<Body> {
    let path = request.uri().path().to_string();
    let unary = method_by_path(&path).is_some_and(|m| m.kind == MethodKind::Unary);
    if let Some(auth) = &auth {
        if let Some(answer) = auth.metadata_answer(&path) {
            let mut grpc = Grpc::new(BytesCodec::default());
            return grpc.unary(Fixed(Some(answer)), request).await;
        }
        if let Err(status) = auth.check(request.headers()).await {
            return status.into_http();
        }
    }
    if !unary {
        let status = Status::unimplemented(format!("the local admin does not serve {path}"));
        return status.into_http();
    }
    let mut grpc = Grpc::new(BytesCodec::default());
    grpc.unary(Handler { state, proxy, path }, request).await
}

/// A call answered by what is already known (the auth metadata).
struct Fixed(Option<Result<Bytes, Status>>);

impl UnaryService<Bytes> for Fixed {
    type Response = Bytes;
    type Future = BoxFuture<Result<Response<Bytes>, Status>>;

    fn call(&mut self, _: Request<Bytes>) -> Self::Future {
        let answer = self
            .0
            .take()
            .unwrap_or_else(|| Err(Status::internal("answered twice")));
        Box::pin(async move { answer.map(Response::new) })
    }
}

struct Handler {
    state: Arc<Mutex<State>>,
    proxy: Option<Arc<DataProxy>>,
    path: String,
}

impl UnaryService<Bytes> for Handler {
    type Response = Bytes;
    type Future = BoxFuture<Result<Response<Bytes>, Status>>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let state = Arc::clone(&self.state);
        let proxy = self.proxy.clone();
        let path = std::mem::take(&mut self.path);
        Box::pin(async move {
            if let Some(answer) = data_proxy(proxy.as_deref(), &path, request.get_ref()) {
                return answer.map(Response::new);
            }
            // Every change is made after all of its checks pass, so a panic in an earlier
            // call left no half-made change: keep serving past a poisoned lock.
            let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
            let state = &mut *state;
            if state.stopped {
                return Err(Status::unavailable("the local admin has stopped"));
            }
            if path == DOWNLOAD_LINK {
                return download_link(&state.registry, proxy.as_deref(), request.get_ref())
                    .map(Response::new);
            }
            let now = wall_now();
            state.registry.clock.set_now(now);
            let response = dispatch(&mut state.registry, &path, request.get_ref())?;
            if let (Some(journal), true) = (&mut state.journal, is_mutating(&path)) {
                let entry = Entry {
                    path,
                    request: request.into_inner().to_vec(),
                    now,
                };
                if let Err(why) = journal.append(&entry) {
                    // Not saved, so not done: go back to the state the file holds.
                    let saved = journal.entries().and_then(|e| replay(&e, journal.path()));
                    if let Ok(registry) = saved {
                        state.registry = registry;
                    }
                    return Err(Status::unavailable(format!(
                        "the change was not saved: {why}"
                    )));
                }
            }
            Ok(Response::new(response))
        })
    }
}

const DOWNLOAD_LINK: &str = "/flyteidl.service.DataProxyService/CreateDownloadLink";

fn no_data_proxy() -> Status {
    Status::unimplemented("this local admin has no data directory, so no data proxy")
}

fn malformed(e: prost::DecodeError) -> Status {
    Status::invalid_argument(format!("malformed request: {e}"))
}

/// A signed download URL for the deck a node execution reported.
fn download_link(
    registry: &crate::registry::Registry,
    proxy: Option<&DataProxy>,
    request: &[u8],
) -> Result<Bytes, Status> {
    use crate::idl::flyteidl::service as svc;
    use prost::Message;
    use svc::create_download_link_request::Source;
    let proxy = proxy.ok_or_else(no_data_proxy)?;
    let request = svc::CreateDownloadLinkRequest::decode(request).map_err(malformed)?;
    if request.artifact_type != svc::ArtifactType::Deck as i32 {
        return Err(Status::invalid_argument(
            "artifact_type must be DECK, the only artifact with download links",
        ));
    }
    let Some(Source::NodeExecutionId(node)) = request.source else {
        return Err(Status::invalid_argument("missing node_execution_id"));
    };
    let native_url = crate::service::deck_uri(registry, Some(node))?;
    let location = proxy.download_location(svc::CreateDownloadLocationRequest {
        native_url,
        expires_in: request.expires_in,
    })?;
    let urls = vec![location.signed_url];
    // The deprecated top-level fields are filled too, for clients that still read them.
    #[allow(deprecated)]
    let response = svc::CreateDownloadLinkResponse {
        signed_url: urls.clone(),
        expires_at: location.expires_at,
        pre_signed_urls: Some(svc::PreSignedUrLs {
            signed_url: urls,
            expires_at: location.expires_at,
        }),
    };
    Ok(Bytes::from(response.encode_to_vec()))
}

/// The data proxy's location RPCs (None for every other path): they change no state of the
/// registry, so they are neither locked nor journaled.
fn data_proxy(
    proxy: Option<&DataProxy>,
    path: &str,
    request: &[u8],
) -> Option<Result<Bytes, Status>> {
    use crate::idl::flyteidl::service as svc;
    use prost::Message;
    let method = path.strip_prefix("/flyteidl.service.DataProxyService/")?;
    if !matches!(method, "CreateUploadLocation" | "CreateDownloadLocation") {
        return None;
    }
    let Some(proxy) = proxy else {
        return Some(Err(no_data_proxy()));
    };
    Some(match method {
        "CreateUploadLocation" => svc::CreateUploadLocationRequest::decode(request)
            .map_err(malformed)
            .and_then(|r| proxy.upload_location(r))
            .map(|r| Bytes::from(r.encode_to_vec())),
        _ => svc::CreateDownloadLocationRequest::decode(request)
            .map_err(malformed)
            .and_then(|r| proxy.download_location(r))
            .map(|r| Bytes::from(r.encode_to_vec())),
    })
}
