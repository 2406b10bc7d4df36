//! A gRPC server for Flyte agents: `AsyncAgentService`, `SyncAgentService` and
//! `AgentMetadataService` of `flyteidl.service`, and the standard health service. It
//! moves encoded messages only: a [`Dispatch`] (the Python agents, in the bindings)
//! answers each call. Calls in flight are bounded; each has a deadline (the client's, or
//! the server's default, whichever is sooner), past which it is dropped, which tells the
//! dispatcher through the [`Dispatch`] futures being dropped.

use crate::server::{answer_by_kind, parse_grpc_timeout, serve, BoxFuture, ServerTls, Serving};
use crate::services::{method_by_path, Method};
use crate::transport::codec::BytesCodec;
use crate::transport::error::CallError;
use bytes::Bytes;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};
use tokio_stream::Stream;
use tonic::body::Body;
use tonic::server::{Grpc, ServerStreamingService, StreamingService, UnaryService};
use tonic::{Request, Response, Status, Streaming};

/// The responses of a streaming call.
pub type Messages = Pin<Box<dyn Stream<Item = Result<Bytes, Status>> + Send>>;

/// What answers the calls. Dropping a returned future (or stream) means the call is over
/// for the client: cancelled, or past its deadline.
pub trait Dispatch: Send + Sync + 'static {
    fn unary(&self, method: &'static Method, request: Bytes) -> BoxFuture<Result<Bytes, Status>>;
    fn server_streaming(
        &self,
        method: &'static Method,
        request: Bytes,
    ) -> BoxFuture<Result<Messages, Status>>;
    /// `requests` are the client's messages as they arrive.
    fn bidirectional(
        &self,
        method: &'static Method,
        requests: Messages,
    ) -> BoxFuture<Result<Messages, Status>>;
}

const SERVICES: [&str; 3] = [
    "flyteidl.service.AsyncAgentService",
    "flyteidl.service.SyncAgentService",
    "flyteidl.service.AgentMetadataService",
];
const HEALTH_CHECK: &str = "/grpc.health.v1.Health/Check";
/// `grpc.health.v1.HealthCheckResponse{status: SERVING}`.
const SERVING: &[u8] = &[0x08, 0x01];

/// How the server bounds its calls.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Calls answered at once; more wait for a free slot (within their deadline).
    pub concurrency: usize,
    /// The deadline of a call whose client sets none, or a sooner one.
    pub timeout: Duration,
}

struct State {
    dispatch: Box<dyn Dispatch>,
    slots: Arc<Semaphore>,
    timeout: Duration,
}

/// A running agent server; it stops accepting calls on [`AgentServer::stop`] (calls in
/// flight finish) or when dropped.
pub struct AgentServer {
    serving: Serving,
}

impl AgentServer {
    pub fn start(
        addr: SocketAddr,
        tls: Option<ServerTls>,
        limits: Limits,
        dispatch: Box<dyn Dispatch>,
    ) -> Result<AgentServer, CallError> {
        if limits.concurrency == 0 {
            return Err(CallError::invalid_argument(
                "concurrency must be at least 1",
            ));
        }
        let state = Arc::new(State {
            dispatch,
            slots: Arc::new(Semaphore::new(limits.concurrency)),
            timeout: limits.timeout,
        });
        let serving = serve(addr, tls, move |request| {
            Box::pin(route(Arc::clone(&state), request))
        })?;
        Ok(AgentServer { serving })
    }

    pub fn addr(&self) -> SocketAddr {
        self.serving.addr()
    }

    pub fn stop(&self) {
        self.serving.stop();
    }
}

async fn route(state: Arc<State>, request: http::Request<Body>) -> http::Response<Body> {
    let path = request.uri().path().to_string();
    if path == HEALTH_CHECK {
        return Grpc::new(BytesCodec::default())
            .unary(Health, request)
            .await;
    }
    let method = match method_by_path(&path) {
        Some(method) if SERVICES.contains(&method.service.as_str()) => method,
        _ => return Status::unimplemented(format!("unknown RPC {path}")).into_http(),
    };
    let asked = request
        .headers()
        .get("grpc-timeout")
        .and_then(|v| parse_grpc_timeout(v.as_bytes()));
    let timeout = asked.map_or(state.timeout, |asked| asked.min(state.timeout));
    let deadline = Instant::now() + timeout;
    let handler = Handler {
        state,
        method,
        deadline,
    };
    answer_by_kind(handler, method.kind, request).await
}

struct Health;

impl UnaryService<Bytes> for Health {
    type Response = Bytes;
    type Future = BoxFuture<Result<Response<Bytes>, Status>>;

    fn call(&mut self, _: Request<Bytes>) -> Self::Future {
        Box::pin(async { Ok(Response::new(Bytes::from_static(SERVING))) })
    }
}

#[derive(Clone)]
struct Handler {
    state: Arc<State>,
    method: &'static Method,
    deadline: Instant,
}

impl Handler {
    fn past_deadline(&self) -> Status {
        Status::deadline_exceeded(format!("{} did not finish in time", self.method.name))
    }

    /// Makes the call (`call` hands it to the dispatcher) once a slot is free, and waits
    /// for it, within the deadline (the wait for a slot included); the slot comes back
    /// with the outcome, for a stream to hold until it ends.
    async fn bounded<T, F>(
        &self,
        call: impl FnOnce() -> F,
    ) -> Result<(T, OwnedSemaphorePermit), Status>
    where
        F: Future<Output = Result<T, Status>>,
    {
        let work = async {
            let slot = Arc::clone(&self.state.slots)
                .acquire_owned()
                .await
                .map_err(|_| Status::unavailable("the agent server is stopping"))?;
            Ok((call().await?, slot))
        };
        match tokio::time::timeout_at(self.deadline, work).await {
            Ok(outcome) => outcome,
            Err(_) => Err(self.past_deadline()),
        }
    }

    /// The responses, ending with DEADLINE_EXCEEDED once the call's deadline passes.
    fn streamed(&self, messages: Messages, slot: OwnedSemaphorePermit) -> Messages {
        Box::pin(UntilDeadline {
            messages,
            deadline: Box::pin(tokio::time::sleep_until(self.deadline)),
            past: Some(self.past_deadline()),
            _slot: slot,
        })
    }
}

/// A call's response stream under its deadline, holding the call's slot until it ends.
struct UntilDeadline {
    messages: Messages,
    deadline: Pin<Box<Sleep>>,
    /// The status to end with at the deadline; None once the stream has ended.
    past: Option<Status>,
    _slot: OwnedSemaphorePermit,
}

impl Stream for UntilDeadline {
    type Item = Result<Bytes, Status>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.past.is_none() {
            return Poll::Ready(None);
        }
        if let Poll::Ready(item) = self.messages.as_mut().poll_next(cx) {
            if item.is_none() {
                self.past = None;
            }
            return Poll::Ready(item);
        }
        match self.deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(self.past.take().map(Err)),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl UnaryService<Bytes> for Handler {
    type Response = Bytes;
    type Future = BoxFuture<Result<Response<Bytes>, Status>>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let request = request.into_inner();
            this.bounded(|| this.state.dispatch.unary(this.method, request))
                .await
                .map(|(reply, _)| Response::new(reply))
        })
    }
}

impl ServerStreamingService<Bytes> for Handler {
    type Response = Bytes;
    type ResponseStream = Messages;
    type Future = BoxFuture<Result<Response<Messages>, Status>>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let request = request.into_inner();
            let call = || this.state.dispatch.server_streaming(this.method, request);
            let (messages, slot) = this.bounded(call).await?;
            Ok(Response::new(this.streamed(messages, slot)))
        })
    }
}

impl StreamingService<Bytes> for Handler {
    type Response = Bytes;
    type ResponseStream = Messages;
    type Future = BoxFuture<Result<Response<Messages>, Status>>;

    fn call(&mut self, request: Request<Streaming<Bytes>>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let requests: Messages = Box::pin(request.into_inner());
            let call = || this.state.dispatch.bidirectional(this.method, requests);
            let (messages, slot) = this.bounded(call).await?;
            Ok(Response::new(this.streamed(messages, slot)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::{block_on, ChannelConfig, Client};
    use std::sync::atomic::{AtomicUsize, Ordering};

    const CREATE: &str = "/flyteidl.service.AsyncAgentService/CreateTask";
    const LOGS: &str = "/flyteidl.service.AsyncAgentService/GetTaskLogs";
    const SYNC: &str = "/flyteidl.service.SyncAgentService/ExecuteTaskSync";

    /// Echoes unary requests (after a pause, for `slow`), streams the request back three
    /// times, answers a bidirectional call with the requests it got, and counts the calls
    /// dropped before their answer.
    struct Echo {
        dropped: Arc<AtomicUsize>,
        /// Calls the dispatcher has been given and not finished, and the most at once.
        busy: Arc<(AtomicUsize, AtomicUsize)>,
    }

    struct Counted(Arc<AtomicUsize>, bool);

    impl Counted {
        fn answered(mut self) {
            self.1 = true;
        }
    }

    impl Drop for Counted {
        fn drop(&mut self) {
            if !self.1 {
                self.0.fetch_add(1, Ordering::SeqCst);
            }
        }
    }

    impl Dispatch for Echo {
        fn unary(&self, _: &'static Method, request: Bytes) -> BoxFuture<Result<Bytes, Status>> {
            let counted = Counted(Arc::clone(&self.dropped), false);
            let busy = Arc::clone(&self.busy);
            let now = busy.0.fetch_add(1, Ordering::SeqCst) + 1;
            busy.1.fetch_max(now, Ordering::SeqCst);
            Box::pin(async move {
                match request.as_ref() {
                    b"slow" => tokio::time::sleep(Duration::from_secs(30)).await,
                    b"hold" => tokio::time::sleep(Duration::from_millis(100)).await,
                    _ => {}
                }
                busy.0.fetch_sub(1, Ordering::SeqCst);
                counted.answered();
                Ok(request)
            })
        }

        fn server_streaming(
            &self,
            _: &'static Method,
            request: Bytes,
        ) -> BoxFuture<Result<Messages, Status>> {
            let items = vec![Ok(request.clone()), Ok(request.clone()), Ok(request)];
            Box::pin(async move { Ok(Box::pin(tokio_stream::iter(items)) as Messages) })
        }

        fn bidirectional(
            &self,
            _: &'static Method,
            mut requests: Messages,
        ) -> BoxFuture<Result<Messages, Status>> {
            use tokio_stream::StreamExt;
            Box::pin(async move {
                let mut got = Vec::new();
                while let Some(item) = requests.next().await {
                    got.push(item);
                }
                Ok(Box::pin(tokio_stream::iter(got)) as Messages)
            })
        }
    }

    type Busy = Arc<(AtomicUsize, AtomicUsize)>;

    /// Every message of a response stream, or its error.
    async fn messages(
        mut stream: crate::transport::ResponseStream,
    ) -> Result<Vec<Bytes>, CallError> {
        let mut got = Vec::new();
        while let Some(item) = stream.message().await {
            got.push(item?);
        }
        Ok(got)
    }

    fn start(timeout: Duration) -> (AgentServer, Client, Arc<AtomicUsize>) {
        let (server, client, dropped, _) = start_with(4, timeout);
        (server, client, dropped)
    }

    fn start_with(
        concurrency: usize,
        timeout: Duration,
    ) -> (AgentServer, Client, Arc<AtomicUsize>, Busy) {
        let dropped = Arc::new(AtomicUsize::new(0));
        let busy: Busy = Arc::new((AtomicUsize::new(0), AtomicUsize::new(0)));
        let limits = Limits {
            concurrency,
            timeout,
        };
        let dispatch = Box::new(Echo {
            dropped: Arc::clone(&dropped),
            busy: Arc::clone(&busy),
        });
        let server =
            AgentServer::start("127.0.0.1:0".parse().unwrap(), None, limits, dispatch).unwrap();
        let mut config = ChannelConfig::new(format!("127.0.0.1:{}", server.addr().port()));
        config.insecure = true;
        (server, Client::connect(&config).unwrap(), dropped, busy)
    }

    #[test]
    fn the_dispatcher_gets_no_more_calls_at_once_than_the_slots() {
        let (_server, client, _, busy) = start_with(2, Duration::from_secs(10));
        let calls = (0..6).map(|_| {
            let client = client.clone();
            async move {
                client
                    .unary(
                        CREATE,
                        Bytes::from_static(b"hold"),
                        Some(Duration::from_secs(10)),
                    )
                    .await
            }
        });
        let replies = block_on(async {
            let tasks: Vec<_> = calls.map(tokio::spawn).collect();
            let mut replies = Vec::new();
            for task in tasks {
                replies.push(task.await.unwrap());
            }
            replies
        })
        .unwrap();
        assert!(replies.iter().all(Result::is_ok));
        assert_eq!(busy.1.load(Ordering::SeqCst), 2); // never more than the two slots
    }

    #[test]
    fn every_call_kind_reaches_the_dispatcher_and_health_says_serving() {
        let (_server, client, _) = start(Duration::from_secs(10));
        let timeout = Some(Duration::from_secs(10));
        let reply = block_on(client.unary(CREATE, Bytes::from_static(b"req"), timeout)).unwrap();
        assert_eq!(reply.unwrap(), Bytes::from_static(b"req"));
        let health = block_on(client.unary(HEALTH_CHECK, Bytes::new(), timeout)).unwrap();
        assert_eq!(health.unwrap(), Bytes::from_static(SERVING));
        let logs = block_on(async {
            messages(
                client
                    .server_streaming(LOGS, Bytes::from_static(b"l"), timeout)
                    .await?,
            )
            .await
        })
        .unwrap()
        .unwrap();
        assert_eq!(logs.len(), 3);
        let requests = tokio_stream::iter(vec![Bytes::from_static(b"a"), Bytes::from_static(b"b")]);
        let echoed = block_on(async {
            messages(client.bidi_streaming(SYNC, requests, timeout).await?).await
        })
        .unwrap()
        .unwrap();
        assert_eq!(echoed, [Bytes::from_static(b"a"), Bytes::from_static(b"b")]);
    }

    #[test]
    fn other_services_are_unimplemented() {
        let (_server, client, _) = start(Duration::from_secs(10));
        let refused = block_on(client.unary(
            "/flyteidl.service.AdminService/GetTask",
            Bytes::new(),
            Some(Duration::from_secs(10)),
        ))
        .unwrap()
        .unwrap_err();
        assert_eq!(refused.code_name(), "UNIMPLEMENTED");
    }

    #[test]
    fn the_servers_timeout_drops_a_call_that_runs_past_it() {
        let (_server, client, dropped) = start(Duration::from_millis(200));
        let started = std::time::Instant::now();
        let failed = block_on(client.unary(CREATE, Bytes::from_static(b"slow"), None))
            .unwrap()
            .unwrap_err();
        assert_eq!(failed.code_name(), "DEADLINE_EXCEEDED");
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(dropped.load(Ordering::SeqCst), 1); // the dispatcher's work was dropped
    }

    #[test]
    fn no_slots_is_refused() {
        let limits = Limits {
            concurrency: 0,
            timeout: Duration::from_secs(1),
        };
        let dispatch = Box::new(Echo {
            dropped: Arc::new(AtomicUsize::new(0)),
            busy: Arc::new((AtomicUsize::new(0), AtomicUsize::new(0))),
        });
        let refused = AgentServer::start("127.0.0.1:0".parse().unwrap(), None, limits, dispatch);
        assert_eq!(
            refused.err().map(|e| e.code_name()),
            Some("INVALID_ARGUMENT")
        );
    }
}
