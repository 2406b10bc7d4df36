//! The RPC table: every method of the `flyteidl.service` services, read from the embedded
//! descriptors (nothing hard-coded), with what a caller needs to invoke it over
//! [`crate::transport`]: the gRPC path, the message types and the streaming kind.

use crate::schema::Schema;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The protobuf package whose services the remote calls.
pub const SERVICE_PACKAGE: &str = "flyteidl.service";

/// How many messages flow each way in a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MethodKind {
    /// One request, one response.
    Unary,
    /// One request, a stream of responses.
    ServerStreaming,
    /// A stream of requests, one response.
    ClientStreaming,
    /// Streams both ways.
    Bidirectional,
}

impl MethodKind {
    fn of(client_streaming: bool, server_streaming: bool) -> MethodKind {
        match (client_streaming, server_streaming) {
            (false, false) => MethodKind::Unary,
            (false, true) => MethodKind::ServerStreaming,
            (true, false) => MethodKind::ClientStreaming,
            (true, true) => MethodKind::Bidirectional,
        }
    }

    /// A stable lower-case name, for bindings and messages.
    pub fn name(self) -> &'static str {
        match self {
            MethodKind::Unary => "unary",
            MethodKind::ServerStreaming => "server_streaming",
            MethodKind::ClientStreaming => "client_streaming",
            MethodKind::Bidirectional => "bidirectional",
        }
    }
}

/// One RPC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    /// Full name of the service, e.g. `flyteidl.service.AdminService`.
    pub service: String,
    /// The method's name as declared, e.g. `CreateTask`.
    pub name: String,
    /// The HTTP/2 path of the call, e.g. `/flyteidl.service.AdminService/CreateTask`.
    pub path: String,
    /// Full name of the request message, without a leading dot.
    pub input: String,
    /// Full name of the response message, without a leading dot.
    pub output: String,
    pub kind: MethodKind,
}

/// Every method of every service declared in `package`, in declaration order.
pub fn methods_in(schema: &Schema, package: &str) -> Vec<Method> {
    let mut methods = Vec::new();
    for file in schema.files.iter().filter(|f| f.package == package) {
        for service in &file.services {
            let service_name = format!("{package}.{}", service.name());
            for method in &service.method {
                methods.push(Method {
                    path: format!("/{service_name}/{}", method.name()),
                    service: service_name.clone(),
                    name: method.name().to_string(),
                    input: strip_dot(method.input_type()).to_string(),
                    output: strip_dot(method.output_type()).to_string(),
                    kind: MethodKind::of(method.client_streaming(), method.server_streaming()),
                });
            }
        }
    }
    methods
}

/// The methods of [`SERVICE_PACKAGE`] in the embedded flyteidl schema, built once.
pub fn flyteidl_methods() -> &'static [Method] {
    &table().methods
}

/// The flyteidl method called through this gRPC path, if any.
pub fn method_by_path(path: &str) -> Option<&'static Method> {
    let table = table();
    table.by_path.get(path).map(|&i| &table.methods[i])
}

struct Table {
    methods: Vec<Method>,
    by_path: HashMap<String, usize>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let methods = methods_in(Schema::flyteidl(), SERVICE_PACKAGE);
        let by_path = methods
            .iter()
            .enumerate()
            .map(|(i, m)| (m.path.clone(), i))
            .collect();
        Table { methods, by_path }
    })
}

fn strip_dot(type_name: &str) -> &str {
    type_name.strip_prefix('.').unwrap_or(type_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn count(service: &str) -> usize {
        let full = format!("{SERVICE_PACKAGE}.{service}");
        flyteidl_methods()
            .iter()
            .filter(|m| m.service == full)
            .count()
    }

    #[test]
    fn counts_per_service_match_the_pinned_release() {
        let expected = [
            ("AdminService", 56),
            ("DataProxyService", 4),
            ("AuthMetadataService", 2),
            ("IdentityService", 1),
            ("SignalService", 3),
            ("AsyncAgentService", 5),
            ("SyncAgentService", 1),
            ("AgentMetadataService", 2),
            ("ExternalPluginService", 3),
        ];
        for (service, n) in expected {
            assert_eq!(count(service), n, "{service}");
        }
        let services: HashSet<&str> = flyteidl_methods()
            .iter()
            .map(|m| m.service.as_str())
            .collect();
        assert_eq!(services.len(), 9);
        assert_eq!(flyteidl_methods().len(), 77);
    }

    #[test]
    fn spot_checks() {
        let create = method_by_path("/flyteidl.service.AdminService/CreateTask").unwrap();
        assert_eq!(create.input, "flyteidl.admin.TaskCreateRequest");
        assert_eq!(create.output, "flyteidl.admin.TaskCreateResponse");
        assert_eq!(create.kind, MethodKind::Unary);

        let logs = method_by_path("/flyteidl.service.AsyncAgentService/GetTaskLogs").unwrap();
        assert_eq!(logs.kind, MethodKind::ServerStreaming);

        let sync = method_by_path("/flyteidl.service.SyncAgentService/ExecuteTaskSync").unwrap();
        assert_eq!(sync.kind, MethodKind::Bidirectional);

        let streaming: Vec<&str> = flyteidl_methods()
            .iter()
            .filter(|m| m.kind != MethodKind::Unary)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(streaming, ["ExecuteTaskSync", "GetTaskLogs"]);
        assert!(method_by_path("/flyteidl.service.AdminService/Nope").is_none());
    }

    #[test]
    fn paths_are_unique_and_messages_resolve() {
        let schema = Schema::flyteidl();
        let mut paths = HashSet::new();
        for m in flyteidl_methods() {
            assert!(paths.insert(m.path.as_str()), "duplicate path {}", m.path);
            assert!(schema.message_index(&m.input).is_some(), "{}", m.input);
            assert!(schema.message_index(&m.output).is_some(), "{}", m.output);
        }
    }
}
