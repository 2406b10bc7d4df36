//! The RPCs the local admin answers: decoding each request, applying the registry's rules,
//! encoding the response. Everything else answers UNIMPLEMENTED, naming the RPC.

use crate::executions::{ExecutionRow, NodeRow, TaskRow};
use crate::idl::flyteidl::admin::execution_metadata::ExecutionMode;
use crate::idl::flyteidl::{admin, core};
use crate::listing::{
    number, select, text, time, Endpoint, Field, ListRequest, Listing, EXECUTION, LAUNCH_PLAN,
    NODE_EXECUTION, PROJECT, SIGNAL, TASK, TASK_EXECUTION, WORKFLOW,
};
use crate::registry::{domains, task_references, Registry, Row};
use crate::required::Required;
use bytes::Bytes;
use prost::Message;
use tonic::Status;

const ADMIN: &str = "/flyteidl.service.AdminService/";
const SIGNAL_SERVICE: &str = "/flyteidl.service.SignalService/";
const DATA: &str = "/flyteidl.service.DataProxyService/";
/// The columns of a registered version the local admin evaluates (`updated_at` is
/// `created_at`: versions do not change; `state`, a launch plan's, is not a column of the
/// other tables, so FlyteAdmin's column check refuses it there first).
const VERSION_FIELDS: [Field; 8] = [
    number("id"),
    text("project"),
    text("domain"),
    text("name"),
    text("version"),
    time("created_at"),
    time("updated_at"),
    number("state"),
];
const LIST_TASKS: Endpoint = Endpoint {
    method: "ListTasks",
    entity: &TASK,
    joins: &[],
    fields: &VERSION_FIELDS,
};
const LIST_WORKFLOWS: Endpoint = Endpoint {
    method: "ListWorkflows",
    entity: &WORKFLOW,
    joins: &[],
    fields: &VERSION_FIELDS,
};
const LIST_LAUNCH_PLANS: Endpoint = Endpoint {
    method: "ListLaunchPlans",
    entity: &LAUNCH_PLAN,
    joins: &["workflow"],
    fields: &VERSION_FIELDS,
};
const LIST_ACTIVE_LAUNCH_PLANS: Endpoint = Endpoint {
    method: "ListActiveLaunchPlans",
    ..LIST_LAUNCH_PLANS
};
/// The identifier lists group by name; FlyteAdmin ignores their filters.
const NAME_FIELDS: [Field; 3] = [text("project"), text("domain"), text("name")];
const LIST_PROJECTS: Endpoint = Endpoint {
    method: "ListProjects",
    entity: &PROJECT,
    joins: &[],
    fields: &[
        text("identifier"),
        text("name"),
        text("description"),
        number("state"),
    ],
};
const LIST_EXECUTIONS: Endpoint = Endpoint {
    method: "ListExecutions",
    entity: &EXECUTION,
    joins: &[
        "launch_plan",
        "workflow",
        "task",
        "admin_tag",
        "execution_tag",
    ],
    fields: &[
        number("id"),
        text("execution_project"),
        text("execution_domain"),
        text("execution_name"),
        text("phase"),
        time("created_at"),
        time("updated_at"),
        time("started_at"),
        time("execution_created_at"),
        time("execution_updated_at"),
        number("mode"),
        number("state"),
        text("error_kind"),
        text("error_code"),
        text("user"),
    ],
};
/// Node and task executions share these columns (as `<table>_created_at` too).
const NODE_FIELDS: [Field; 11] = [
    number("id"),
    text("execution_project"),
    text("execution_domain"),
    text("execution_name"),
    text("node_id"),
    text("phase"),
    time("created_at"),
    time("updated_at"),
    time("started_at"),
    time("node_execution_created_at"),
    time("node_execution_updated_at"),
];
const LIST_NODE_EXECUTIONS: Endpoint = Endpoint {
    method: "ListNodeExecutions",
    entity: &NODE_EXECUTION,
    joins: &["node_execution", "execution"],
    fields: &NODE_FIELDS,
};
const LIST_TASK_EXECUTIONS: Endpoint = Endpoint {
    method: "ListTaskExecutions",
    entity: &TASK_EXECUTION,
    joins: &["task", "node_execution", "execution"],
    fields: &[
        text("execution_project"),
        text("execution_domain"),
        text("execution_name"),
        text("node_id"),
        text("version"),
        number("retry_attempt"),
        text("phase"),
        time("created_at"),
        time("updated_at"),
        time("started_at"),
        time("task_execution_created_at"),
        time("task_execution_updated_at"),
    ],
};
const LIST_SIGNALS: Endpoint = Endpoint {
    method: "ListSignals",
    entity: &SIGNAL,
    joins: &[],
    fields: &[
        text("execution_project"),
        text("execution_domain"),
        text("execution_name"),
        text("signal_id"),
    ],
};

/// Whether a successful call at `path` changes the state (and so is journaled).
pub fn is_mutating(path: &str) -> bool {
    let method = path.rsplit('/').next().unwrap_or_default();
    [
        "Create",
        "Update",
        "Register",
        "Terminate",
        "Relaunch",
        "Recover",
        "Set",
        "Delete",
    ]
    .iter()
    .any(|prefix| method.starts_with(prefix))
        || method == "GetOrCreateSignal"
}

/// Answers the unary call at `path` with the encoded `request`.
pub fn dispatch(registry: &mut Registry, path: &str, request: &[u8]) -> Result<Bytes, Status> {
    if let Some(method) = path.strip_prefix(SIGNAL_SERVICE) {
        return signal(registry, path, method, request);
    }
    if path.strip_prefix(DATA) == Some("GetData") {
        return call(
            request,
            |r: crate::idl::flyteidl::service::GetDataRequest| get_data(registry, &r.flyte_url),
        );
    }
    let method = path
        .strip_prefix(ADMIN)
        .ok_or_else(|| unimplemented(path))?;
    match method {
        "RegisterProject" => call(request, |r: admin::ProjectRegisterRequest| {
            let project = r.project.required("project")?;
            registry.register_project(project)?;
            Ok(admin::ProjectRegisterResponse {})
        }),
        "ListProjects" => call(request, |r: admin::ProjectListRequest| {
            let mut projects = registry.projects().to_vec();
            projects.sort_by(|a, b| a.id.cmp(&b.id));
            let mut request = r.list_request();
            if request.filters.is_empty() {
                // As FlyteAdmin: archived projects are listed only when a filter asks.
                request.filters = "ne(state,1)";
            }
            if request.limit == 0 {
                request.limit = u32::MAX; // ListProjects alone takes 0 as no limit
            }
            let (projects, token) = select(projects, request, &LIST_PROJECTS, |p, f| match f {
                "identifier" => p.id.clone(),
                "name" => p.name.clone(),
                "description" => p.description.clone(),
                _ => p.state.to_string(),
            })?;
            Ok(admin::Projects { projects, token })
        }),
        "GetProject" => call(request, |r: admin::ProjectGetRequest| {
            registry
                .projects()
                .iter()
                .find(|p| p.id == r.id)
                .cloned()
                .ok_or_else(|| Status::not_found(format!("project {} not found", r.id)))
        }),
        "GetDomains" => call(request, |_: admin::GetDomainRequest| {
            Ok(admin::GetDomainsResponse { domains: domains() })
        }),
        "CreateTask" => call(request, |r: admin::TaskCreateRequest| {
            registry.create_task(r.id, r.spec)?;
            Ok(admin::TaskCreateResponse {})
        }),
        "GetTask" => call(request, |r: admin::ObjectGetRequest| {
            Ok(task(registry.tasks.get(&object_id(r.id)?)?))
        }),
        "ListTasks" => call(request, |r: admin::ResourceListRequest| {
            let (rows, token) =
                list_versions(&registry.tasks, registry, &r, &LIST_TASKS, Row::field)?;
            Ok(admin::TaskList {
                tasks: rows.into_iter().map(task).collect(),
                token,
            })
        }),
        "ListTaskIds" => call(request, |r: admin::NamedEntityIdentifierListRequest| {
            list_names(&registry.tasks, registry, &r, "ListTaskIds", &TASK)
        }),
        "CreateWorkflow" => call(request, |r: admin::WorkflowCreateRequest| {
            registry.create_workflow(r.id, r.spec)?;
            Ok(admin::WorkflowCreateResponse {})
        }),
        "GetWorkflow" => call(request, |r: admin::ObjectGetRequest| {
            Ok(workflow(
                registry,
                registry.workflows.get(&object_id(r.id)?)?,
            ))
        }),
        "ListWorkflows" => call(request, |r: admin::ResourceListRequest| {
            let (rows, token) = list_versions(
                &registry.workflows,
                registry,
                &r,
                &LIST_WORKFLOWS,
                Row::field,
            )?;
            let workflows = rows
                .into_iter()
                .map(|row| workflow(registry, row))
                .collect();
            Ok(admin::WorkflowList { workflows, token })
        }),
        "ListWorkflowIds" => call(request, |r: admin::NamedEntityIdentifierListRequest| {
            list_names(
                &registry.workflows,
                registry,
                &r,
                "ListWorkflowIds",
                &WORKFLOW,
            )
        }),
        "CreateLaunchPlan" => call(request, |r: admin::LaunchPlanCreateRequest| {
            registry.create_launch_plan(r.id, r.spec)?;
            Ok(admin::LaunchPlanCreateResponse {})
        }),
        "GetLaunchPlan" => call(request, |r: admin::ObjectGetRequest| {
            Ok(launch_plan(
                registry,
                registry.launch_plans.get(&object_id(r.id)?)?,
            ))
        }),
        "ListLaunchPlans" => call(request, |r: admin::ResourceListRequest| {
            let (rows, token) = list_versions(
                &registry.launch_plans,
                registry,
                &r,
                &LIST_LAUNCH_PLANS,
                |row, f| launch_plan_field(registry, row, f),
            )?;
            let launch_plans = rows
                .into_iter()
                .map(|row| launch_plan(registry, row))
                .collect();
            Ok(admin::LaunchPlanList {
                launch_plans,
                token,
            })
        }),
        "ListLaunchPlanIds" => call(request, |r: admin::NamedEntityIdentifierListRequest| {
            list_names(
                &registry.launch_plans,
                registry,
                &r,
                "ListLaunchPlanIds",
                &LAUNCH_PLAN,
            )
        }),
        "UpdateLaunchPlan" => call(request, |r: admin::LaunchPlanUpdateRequest| {
            registry.update_launch_plan(&object_id(r.id)?, r.state)?;
            Ok(admin::LaunchPlanUpdateResponse {})
        }),
        "GetActiveLaunchPlan" => call(request, |r: admin::ActiveLaunchPlanRequest| {
            let name = r.id.required("id")?;
            let version = registry
                .active_version(&name.project, &name.domain, &name.name)
                .ok_or_else(|| {
                    Status::not_found(format!(
                        "no active launch plan named {}/{}/{}",
                        name.project, name.domain, name.name
                    ))
                })?;
            let id = core::Identifier {
                resource_type: core::ResourceType::LaunchPlan as i32,
                project: name.project,
                domain: name.domain,
                name: name.name,
                version: version.clone(),
                org: String::new(),
            };
            Ok(launch_plan(registry, registry.launch_plans.get(&id)?))
        }),
        "ListActiveLaunchPlans" => call(request, |r: admin::ActiveLaunchPlanListRequest| {
            registry.check_project(&r.project, &r.domain)?;
            let rows = registry
                .launch_plans
                .rows(&r.project, &r.domain, None)
                .into_iter()
                .filter(|row| registry.is_active(&row.id));
            let request = ListRequest {
                limit: r.limit,
                token: &r.token,
                filters: "",
                sort_by: r.sort_by.as_ref(),
            };
            let (rows, token) = select(rows, request, &LIST_ACTIVE_LAUNCH_PLANS, |row, f| {
                launch_plan_field(registry, row, f)
            })?;
            let launch_plans = rows
                .into_iter()
                .map(|row| launch_plan(registry, row))
                .collect();
            Ok(admin::LaunchPlanList {
                launch_plans,
                token,
            })
        }),
        "GetNamedEntity" => call(request, |r: admin::NamedEntityGetRequest| {
            registry.get_named_entity(&r)
        }),
        "UpdateNamedEntity" => call(request, |r: admin::NamedEntityUpdateRequest| {
            registry.update_named_entity(r)?;
            Ok(admin::NamedEntityUpdateResponse {})
        }),
        "ListNamedEntities" => call(request, |r: admin::NamedEntityListRequest| {
            registry.list_named_entities(&r)
        }),
        "CreateExecution" => call(request, |r: admin::ExecutionCreateRequest| {
            let id = registry.create_execution(r, ExecutionMode::Manual, None)?;
            Ok(admin::ExecutionCreateResponse { id: Some(id) })
        }),
        "RelaunchExecution" => call(request, |r: admin::ExecutionRelaunchRequest| {
            let id =
                registry.rerun_execution(&execution_id(r.id)?, r.name, ExecutionMode::Relaunch)?;
            Ok(admin::ExecutionCreateResponse { id: Some(id) })
        }),
        "RecoverExecution" => call(request, |r: admin::ExecutionRecoverRequest| {
            let id =
                registry.rerun_execution(&execution_id(r.id)?, r.name, ExecutionMode::Recovered)?;
            Ok(admin::ExecutionCreateResponse { id: Some(id) })
        }),
        "GetExecution" => call(request, |r: admin::WorkflowExecutionGetRequest| {
            Ok(registry
                .executions
                .get(&execution_id(r.id)?)?
                .execution
                .clone())
        }),
        "GetExecutionData" => call(request, |r: admin::WorkflowExecutionGetDataRequest| {
            let row = registry.executions.get(&execution_id(r.id)?)?;
            Ok(admin::WorkflowExecutionGetDataResponse {
                full_inputs: Some(row.inputs.clone()),
                full_outputs: row.outputs.clone(),
                ..Default::default()
            })
        }),
        "ListExecutions" => call(request, |r: admin::ResourceListRequest| {
            let id = r.id.as_ref().required("id")?;
            registry.check_project(&id.project, &id.domain)?;
            // Newest first, as FlyteAdmin lists them unless told otherwise.
            let rows = registry
                .executions
                .rows(&id.project, &id.domain)
                .into_iter()
                .map(|row| row.execution.clone());
            let (executions, token) =
                select(rows, r.list_request(), &LIST_EXECUTIONS, execution_field)?;
            Ok(admin::ExecutionList { executions, token })
        }),
        "TerminateExecution" => call(request, |r: admin::ExecutionTerminateRequest| {
            registry.terminate_execution(&execution_id(r.id)?, r.cause)?;
            Ok(admin::ExecutionTerminateResponse {})
        }),
        "CreateWorkflowEvent" => call(request, |r: admin::WorkflowExecutionEventRequest| {
            registry.workflow_event(r.event.required("event")?)?;
            Ok(admin::WorkflowExecutionEventResponse {})
        }),
        "CreateNodeEvent" => call(request, |r: admin::NodeExecutionEventRequest| {
            registry.node_event(r.event.required("event")?)?;
            Ok(admin::NodeExecutionEventResponse {})
        }),
        "CreateTaskEvent" => call(request, |r: admin::TaskExecutionEventRequest| {
            registry.task_event(r.event.required("event")?)?;
            Ok(admin::TaskExecutionEventResponse {})
        }),
        // As in FlyteAdmin: the top-level nodes, or the children of `unique_parent_id`.
        "ListNodeExecutions" => call(request, |r: admin::NodeExecutionListRequest| {
            let row = registry
                .executions
                .get(&execution_id(r.workflow_execution_id.clone())?)?;
            let parent = Some(r.unique_parent_id.clone()).filter(|p| !p.is_empty());
            if let Some(parent) = &parent {
                if !row.nodes.contains_key(parent) {
                    return Err(Status::not_found(format!(
                        "missing entity of type node execution with identifier {parent}"
                    )));
                }
            }
            let request = r.list_request();
            list_nodes(row, request, |n| {
                n.parent == parent && (parent.is_some() || n.parent_task.is_none())
            })
        }),
        "ListNodeExecutionsForTask" => {
            call(request, |r: admin::NodeExecutionForTaskListRequest| {
                let (row, key, _) = task_execution(registry, r.task_execution_id.clone())?;
                list_nodes(row, r.list_request(), |n| {
                    n.parent_task.as_ref() == Some(&key)
                })
            })
        }
        "GetDynamicNodeWorkflow" => call(request, |r: admin::GetDynamicNodeWorkflowRequest| {
            let found = node(registry, r.id)?;
            let dynamic = found.dynamic_workflow.as_ref().ok_or_else(|| {
                Status::not_found(format!(
                    "node execution {} is not a dynamic node",
                    found
                        .execution
                        .id
                        .as_ref()
                        .map_or("", |i| i.node_id.as_str())
                ))
            })?;
            Ok(admin::DynamicNodeWorkflowResponse {
                compiled_workflow: dynamic.compiled_workflow.clone(),
            })
        }),
        "GetExecutionMetrics" => call(request, |r: admin::WorkflowExecutionGetMetricsRequest| {
            let span = crate::metrics::execution_span(
                &registry.executions,
                &execution_id(r.id)?,
                r.depth,
            )?;
            Ok(admin::WorkflowExecutionGetMetricsResponse { span: Some(span) })
        }),
        "GetNodeExecution" => call(request, |r: admin::NodeExecutionGetRequest| {
            Ok(node(registry, r.id)?.execution.clone())
        }),
        "GetNodeExecutionData" => call(request, |r: admin::NodeExecutionGetDataRequest| {
            let node = node(registry, r.id)?;
            Ok(admin::NodeExecutionGetDataResponse {
                full_inputs: node.inputs.clone(),
                full_outputs: node.outputs.clone(),
                dynamic_workflow: node.dynamic_workflow.clone(),
                ..Default::default()
            })
        }),
        "ListTaskExecutions" => call(request, |r: admin::TaskExecutionListRequest| {
            let node_id = r.node_execution_id.as_ref().required("node_execution_id")?;
            let row = registry
                .executions
                .get(&execution_id(node_id.execution_id.clone())?)?;
            // The node's attempts only, found by key: a scan of the execution's every task
            // execution per call made syncing n nodes cost n^2.
            let node = &node_id.node_id;
            let tasks = row
                .tasks
                .range((node.clone(), 0)..=(node.clone(), u32::MAX))
                .map(|(_, task)| task.execution.clone());
            let request = r.list_request();
            let (task_executions, token) =
                select(tasks, request, &LIST_TASK_EXECUTIONS, task_execution_field)?;
            Ok(admin::TaskExecutionList {
                task_executions,
                token,
            })
        }),
        "GetTaskExecution" => call(request, |r: admin::TaskExecutionGetRequest| {
            Ok(task_execution(registry, r.id)?.2.execution.clone())
        }),
        "GetTaskExecutionData" => call(request, |r: admin::TaskExecutionGetDataRequest| {
            let (_, _, task) = task_execution(registry, r.id)?;
            Ok(admin::TaskExecutionGetDataResponse {
                full_inputs: task.inputs.clone(),
                full_outputs: task.outputs.clone(),
                ..Default::default()
            })
        }),
        "GetVersion" => call(request, |_: admin::GetVersionRequest| {
            Ok(admin::GetVersionResponse {
                control_plane_version: Some(admin::Version {
                    build: "local".into(),
                    version: env!("CARGO_PKG_VERSION").into(),
                    build_time: String::new(),
                }),
            })
        }),
        _ => Err(unimplemented(path)),
    }
}

fn signal(
    registry: &mut Registry,
    path: &str,
    method: &str,
    request: &[u8],
) -> Result<Bytes, Status> {
    match method {
        "GetOrCreateSignal" => call(request, |r: admin::SignalGetOrCreateRequest| {
            registry.get_or_create_signal(r)
        }),
        "ListSignals" => call(request, |r: admin::SignalListRequest| {
            let signals = registry.list_signals(&execution_id(r.workflow_execution_id.clone())?)?;
            let request = r.list_request();
            let (signals, token) = select(signals, request, &LIST_SIGNALS, |s, f| {
                let id = s.id.as_ref();
                match f {
                    "signal_id" => id.map(|i| i.signal_id.clone()).unwrap_or_default(),
                    _ => execution_key(id.and_then(|i| i.execution_id.as_ref()), f),
                }
            })?;
            Ok(admin::SignalList { signals, token })
        }),
        "SetSignal" => call(request, |r: admin::SignalSetRequest| {
            registry.set_signal(r)?;
            Ok(admin::SignalSetResponse {})
        }),
        _ => Err(unimplemented(path)),
    }
}

/// The data a `flyte://v1/<project>/<domain>/<execution>/<node>/<i|o>[/<name>]` URL
/// names: a node's inputs or outputs, or one of them. As in FlyteAdmin, the outputs of
/// `start-node` are the execution's inputs and the inputs of `end-node` its outputs.
fn get_data(
    registry: &Registry,
    url: &str,
) -> Result<crate::idl::flyteidl::service::GetDataResponse, Status> {
    use crate::idl::flyteidl::service::get_data_response::Data;
    let bad = || {
        Status::invalid_argument(format!(
            "invalid flyte URL {url:?}: expected flyte://v1/<project>/<domain>/<execution>/<node>/<i|o>[/<name>]"
        ))
    };
    let rest = url.strip_prefix("flyte://v1/").ok_or_else(bad)?;
    let parts: Vec<&str> = rest.split('/').collect();
    let (project, domain, execution, node, io, name) = match parts.as_slice() {
        [p, d, e, n, io] => (*p, *d, *e, *n, *io, None),
        [p, d, e, n, io, name] => (*p, *d, *e, *n, *io, Some(*name)),
        _ => return Err(bad()),
    };
    let id = core::WorkflowExecutionIdentifier {
        project: project.into(),
        domain: domain.into(),
        name: execution.into(),
        org: String::new(),
    };
    let row = registry.executions.get(&id)?;
    let data = match (node, io) {
        ("start-node", "o") => Some(row.inputs.clone()),
        ("end-node", "i") => row.outputs.clone(),
        (node, "i" | "o") => {
            let found = row.nodes.get(node).ok_or_else(|| {
                Status::not_found(format!("execution {execution} has no node {node}"))
            })?;
            if io == "i" {
                found.inputs.clone()
            } else {
                found.outputs.clone()
            }
        }
        _ => return Err(bad()),
    };
    let data = data.ok_or_else(|| Status::not_found(format!("{url} has no data (yet)")))?;
    let data = match name {
        None => Data::LiteralMap(data),
        Some(name) => Data::Literal(
            data.literals
                .get(name)
                .cloned()
                .ok_or_else(|| Status::not_found(format!("{url}: no value named {name}")))?,
        ),
    };
    Ok(crate::idl::flyteidl::service::GetDataResponse { data: Some(data) })
}

fn unimplemented(path: &str) -> Status {
    Status::unimplemented(format!("the local admin does not implement {path} yet"))
}

/// Decodes the request, runs `handle`, encodes its response.
fn call<Req, Resp>(
    request: &[u8],
    handle: impl FnOnce(Req) -> Result<Resp, Status>,
) -> Result<Bytes, Status>
where
    Req: Message + Default,
    Resp: Message,
{
    let request = Req::decode(request)
        .map_err(|e| Status::invalid_argument(format!("malformed request: {e}")))?;
    handle(request).map(|response| Bytes::from(response.encode_to_vec()))
}

fn execution_id(
    id: Option<core::WorkflowExecutionIdentifier>,
) -> Result<core::WorkflowExecutionIdentifier, Status> {
    id.required("execution id")
}

/// A page of `row`'s node executions that `keep` selects, in the order they began,
/// filtered or sorted on node id or phase.
fn list_nodes(
    row: &ExecutionRow,
    request: ListRequest<'_>,
    keep: impl Fn(&NodeRow) -> bool,
) -> Result<admin::NodeExecutionList, Status> {
    let mut nodes: Vec<(&String, &NodeRow)> = row.nodes.iter().filter(|(_, n)| keep(n)).collect();
    nodes.sort_by_key(|(_, n)| n.seq);
    let (nodes, token) = select(nodes, request, &LIST_NODE_EXECUTIONS, |(id, n), f| {
        let closure = n.execution.closure.as_ref();
        match f {
            "id" => n.seq.to_string(),
            "node_id" => id.to_string(),
            "phase" => phase_name(
                closure.map_or(0, |c| c.phase),
                core::node_execution::Phase::as_str_name,
            ),
            "created_at" | "node_execution_created_at" => stamp(closure.and_then(|c| c.created_at)),
            "updated_at" | "node_execution_updated_at" => stamp(closure.and_then(|c| c.updated_at)),
            "started_at" => stamp(closure.and_then(|c| c.started_at)),
            _ => execution_key(
                n.execution
                    .id
                    .as_ref()
                    .and_then(|i| i.execution_id.as_ref()),
                f,
            ),
        }
    })?;
    let node_executions = nodes
        .into_iter()
        .map(|(_, n)| n.execution.clone())
        .collect();
    Ok(admin::NodeExecutionList {
        node_executions,
        token,
    })
}

/// The deck a node execution reported, as a native URL of the data proxy's directory.
pub fn deck_uri(
    registry: &Registry,
    id: Option<core::NodeExecutionIdentifier>,
) -> Result<String, Status> {
    let found = node(registry, id)?;
    let closure = found.execution.closure.as_ref();
    closure
        .map(|c| c.deck_uri.clone())
        .filter(|uri| !uri.is_empty())
        .ok_or_else(|| {
            Status::not_found(format!(
                "node execution {} has no deck",
                found
                    .execution
                    .id
                    .as_ref()
                    .map_or("", |i| i.node_id.as_str())
            ))
        })
}

fn node(
    registry: &Registry,
    id: Option<core::NodeExecutionIdentifier>,
) -> Result<&NodeRow, Status> {
    let id = id.required("id")?;
    let row = registry
        .executions
        .get(&execution_id(id.execution_id.clone())?)?;
    row.nodes
        .get(&id.node_id)
        .ok_or_else(|| Status::not_found(format!("node execution {} not found", id.node_id)))
}

/// A timestamp as filters and sorting compare it ("" when unset).
fn stamp(t: Option<prost_types::Timestamp>) -> String {
    t.map(|t| crate::time::rfc3339(&t)).unwrap_or_default()
}

/// `execution_project`, `execution_domain` or `execution_name` of an execution-scoped row.
fn execution_key(id: Option<&core::WorkflowExecutionIdentifier>, field: &str) -> String {
    id.map(|i| match field {
        "execution_project" => i.project.clone(),
        "execution_domain" => i.domain.clone(),
        _ => i.name.clone(),
    })
    .unwrap_or_default()
}

/// An execution's column as the list filters and sorting see it.
fn execution_field(execution: &admin::Execution, field: &str) -> String {
    let closure = execution.closure.as_ref();
    let error = closure.and_then(|c| match &c.output_result {
        Some(admin::execution_closure::OutputResult::Error(e)) => Some(e),
        _ => None,
    });
    let metadata = execution.spec.as_ref().and_then(|s| s.metadata.as_ref());
    match field {
        "phase" => phase_name(
            closure.map_or(0, |c| c.phase),
            core::workflow_execution::Phase::as_str_name,
        ),
        "created_at" | "execution_created_at" => stamp(closure.and_then(|c| c.created_at)),
        "updated_at" | "execution_updated_at" => stamp(closure.and_then(|c| c.updated_at)),
        "started_at" => stamp(closure.and_then(|c| c.started_at)),
        "mode" => metadata.map_or(0, |m| m.mode).to_string(),
        "user" => metadata.map(|m| m.principal.clone()).unwrap_or_default(),
        "state" => closure
            .and_then(|c| c.state_change_details.as_ref())
            .map_or(0, |d| d.state)
            .to_string(),
        "error_kind" => error
            .map(|e| phase_name(e.kind, core::execution_error::ErrorKind::as_str_name))
            .unwrap_or_default(),
        "error_code" => error.map(|e| e.code.clone()).unwrap_or_default(),
        _ => execution_key(execution.id.as_ref(), field),
    }
}

/// A task execution's column as the list filters and sorting see it.
fn task_execution_field(task: &admin::TaskExecution, field: &str) -> String {
    let closure = task.closure.as_ref();
    let id = task.id.as_ref();
    let node = id.and_then(|i| i.node_execution_id.as_ref());
    match field {
        "retry_attempt" => id.map_or(0, |i| i.retry_attempt).to_string(),
        "phase" => phase_name(
            closure.map_or(0, |c| c.phase),
            core::task_execution::Phase::as_str_name,
        ),
        "node_id" => node.map(|n| n.node_id.clone()).unwrap_or_default(),
        "version" => id
            .and_then(|i| i.task_id.as_ref())
            .map(|t| t.version.clone())
            .unwrap_or_default(),
        "created_at" | "task_execution_created_at" => stamp(closure.and_then(|c| c.created_at)),
        "updated_at" | "task_execution_updated_at" => stamp(closure.and_then(|c| c.updated_at)),
        "started_at" => stamp(closure.and_then(|c| c.started_at)),
        _ => execution_key(node.and_then(|n| n.execution_id.as_ref()), field),
    }
}

/// A launch plan version's column: a version's, and its `state` (1 when active).
fn launch_plan_field(registry: &Registry, row: &Row<admin::LaunchPlanSpec>, field: &str) -> String {
    if field == "state" {
        i32::from(registry.is_active(&row.id)).to_string()
    } else {
        row.field(field)
    }
}

/// A task execution, with its execution and its key there (node id, attempt).
fn task_execution(
    registry: &Registry,
    id: Option<core::TaskExecutionIdentifier>,
) -> Result<(&ExecutionRow, (String, u32), &TaskRow), Status> {
    let id = id.required("task execution id")?;
    let node_id = id.node_execution_id.required("node_execution_id")?;
    let row = registry
        .executions
        .get(&execution_id(node_id.execution_id)?)?;
    let key = (node_id.node_id, id.retry_attempt);
    let task = row.tasks.get(&key).ok_or_else(|| {
        Status::not_found(format!(
            "task execution {} attempt {} not found",
            key.0, key.1
        ))
    })?;
    Ok((row, key, task))
}

/// A phase (of an execution, node or task execution) as filters name it (`SUCCEEDED`).
fn phase_name<P: TryFrom<i32>>(phase: i32, name: fn(&P) -> &'static str) -> String {
    P::try_from(phase)
        .map(|p| name(&p).to_string())
        .unwrap_or_default()
}

fn object_id(id: Option<core::Identifier>) -> Result<core::Identifier, Status> {
    id.required("id")
}

/// The versions of one named entity, filtered, sorted and paged as the request says.
fn list_versions<'a, S>(
    table: &'a crate::registry::Table<S>,
    registry: &Registry,
    request: &admin::ResourceListRequest,
    endpoint: &Endpoint,
    field: impl Fn(&Row<S>, &str) -> String,
) -> Result<(Vec<&'a Row<S>>, String), Status>
where
    S: Message + Clone,
{
    let id = request.id.as_ref().required("id")?;
    for (part, value) in [("project", &id.project), ("domain", &id.domain)] {
        if value.is_empty() {
            return Err(Status::invalid_argument(format!("missing {part}")));
        }
    }
    registry.check_project(&id.project, &id.domain)?;
    let name = (!id.name.is_empty()).then_some(id.name.as_str());
    let rows = table.rows(&id.project, &id.domain, name);
    select(rows, request.list_request(), endpoint, |row, f| {
        field(row, f)
    })
}

/// The distinct names of one kind of entity in a project and domain, by name.
/// As FlyteAdmin, the request's filters are ignored.
fn list_names<S: Message + Clone>(
    table: &crate::registry::Table<S>,
    registry: &Registry,
    request: &admin::NamedEntityIdentifierListRequest,
    method: &'static str,
    entity: &'static crate::listing::Entity,
) -> Result<admin::NamedEntityIdentifierList, Status> {
    registry.check_project(&request.project, &request.domain)?;
    let names = table.names(&request.project, &request.domain);
    let mut list = request.list_request();
    list.filters = "";
    let endpoint = Endpoint {
        method,
        entity,
        joins: &[],
        fields: &NAME_FIELDS,
    };
    let (names, token) = select(names, list, &endpoint, |name, f| match f {
        "project" => request.project.clone(),
        "domain" => request.domain.clone(),
        _ => name.clone(),
    })?;
    let entities = names
        .into_iter()
        .map(|name| admin::NamedEntityIdentifier {
            project: request.project.clone(),
            domain: request.domain.clone(),
            name,
            org: String::new(),
        })
        .collect();
    Ok(admin::NamedEntityIdentifierList { entities, token })
}

fn short_description(description: Option<&admin::DescriptionEntity>) -> String {
    description
        .map(|d| d.short_description.clone())
        .unwrap_or_default()
}

fn task(row: &Row<admin::TaskSpec>) -> admin::Task {
    admin::Task {
        id: Some(row.id.clone()),
        closure: Some(admin::TaskClosure {
            compiled_task: Some(core::CompiledTask {
                template: row.spec.template.clone(),
            }),
            created_at: Some(row.created_at),
        }),
        short_description: short_description(row.spec.description.as_ref()),
    }
}

/// The workflow with its compiled closure: the templates of the workflow, its
/// sub-workflows and the tasks they run.
fn workflow(registry: &Registry, row: &Row<admin::WorkflowSpec>) -> admin::Workflow {
    let compiled = |template: &core::WorkflowTemplate| core::CompiledWorkflow {
        template: Some(template.clone()),
        connections: None,
    };
    let mut tasks: Vec<core::CompiledTask> = Vec::new();
    let templates = row.spec.template.iter().chain(&row.spec.sub_workflows);
    for id in templates.flat_map(task_references) {
        if let Ok(task) = registry.tasks.get(&id) {
            let compiled_task = core::CompiledTask {
                template: task.spec.template.clone(),
            };
            if !tasks.contains(&compiled_task) {
                tasks.push(compiled_task);
            }
        }
    }
    admin::Workflow {
        id: Some(row.id.clone()),
        closure: Some(admin::WorkflowClosure {
            compiled_workflow: Some(core::CompiledWorkflowClosure {
                primary: row.spec.template.as_ref().map(compiled),
                sub_workflows: row.spec.sub_workflows.iter().map(compiled).collect(),
                tasks,
                launch_plans: Vec::new(),
            }),
            created_at: Some(row.created_at),
        }),
        short_description: short_description(row.spec.description.as_ref()),
    }
}

fn launch_plan(registry: &Registry, row: &Row<admin::LaunchPlanSpec>) -> admin::LaunchPlan {
    let outputs = row
        .spec
        .workflow_id
        .as_ref()
        .and_then(|id| registry.workflows.get(id).ok())
        .and_then(|w| w.spec.template.as_ref())
        .and_then(|t| t.interface.as_ref())
        .and_then(|i| i.outputs.clone());
    let state = if registry.is_active(&row.id) {
        admin::LaunchPlanState::Active
    } else {
        admin::LaunchPlanState::Inactive
    };
    admin::LaunchPlan {
        id: Some(row.id.clone()),
        spec: Some(row.spec.clone()),
        closure: Some(admin::LaunchPlanClosure {
            state: state as i32,
            expected_inputs: row.spec.default_inputs.clone(),
            expected_outputs: outputs,
            created_at: Some(row.created_at),
            updated_at: Some(row.created_at),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(kind: core::ResourceType, name: &str, version: &str) -> core::Identifier {
        core::Identifier {
            resource_type: kind as i32,
            project: "flytesnacks".into(),
            domain: "development".into(),
            name: name.into(),
            version: version.into(),
            org: String::new(),
        }
    }

    fn task_spec(image: &str) -> admin::TaskSpec {
        admin::TaskSpec {
            template: Some(core::TaskTemplate {
                r#type: "python-task".into(),
                target: Some(core::task_template::Target::Container(core::Container {
                    image: image.into(),
                    ..Default::default()
                })),
                ..Default::default()
            }),
            description: None,
        }
    }

    fn rpc<Req: Message, Resp: Message + Default>(
        registry: &mut Registry,
        method: &str,
        request: Req,
    ) -> Result<Resp, Status> {
        let path = format!("{ADMIN}{method}");
        dispatch(registry, &path, &request.encode_to_vec())
            .map(|bytes| Resp::decode(bytes).expect("a valid response"))
    }

    fn create_task(
        registry: &mut Registry,
        version: &str,
        image: &str,
    ) -> Result<admin::TaskCreateResponse, Status> {
        let request = admin::TaskCreateRequest {
            id: Some(id(core::ResourceType::Task, "wf.t", version)),
            spec: Some(task_spec(image)),
        };
        rpc(registry, "CreateTask", request)
    }

    #[test]
    fn named_entities_and_their_state() {
        let mut registry = Registry::default();
        create_task(&mut registry, "v1", "img:1").unwrap();
        create_task(&mut registry, "v2", "img:1").unwrap();
        let named = |name: &str| admin::NamedEntityIdentifier {
            project: "flytesnacks".into(),
            domain: "development".into(),
            name: name.into(),
            org: String::new(),
        };
        let task = core::ResourceType::Task as i32;
        let get = |registry: &mut Registry, name: &str, kind: i32| {
            let request = admin::NamedEntityGetRequest {
                resource_type: kind,
                id: Some(named(name)),
            };
            rpc::<_, admin::NamedEntity>(registry, "GetNamedEntity", request)
        };
        let entity = get(&mut registry, "wf.t", task).unwrap();
        assert_eq!(entity.metadata.unwrap().state, 0); // active
        let unknown = get(&mut registry, "wf.none", task).unwrap_err();
        assert_eq!(unknown.code(), tonic::Code::NotFound);
        let wrong_kind = get(&mut registry, "wf.t", core::ResourceType::Workflow as i32);
        assert_eq!(wrong_kind.unwrap_err().code(), tonic::Code::NotFound);
        let archive = admin::NamedEntityUpdateRequest {
            resource_type: task,
            id: Some(named("wf.t")),
            metadata: Some(admin::NamedEntityMetadata {
                description: "old".into(),
                state: admin::NamedEntityState::NamedEntityArchived as i32,
            }),
        };
        rpc::<_, admin::NamedEntityUpdateResponse>(&mut registry, "UpdateNamedEntity", archive)
            .unwrap();
        let metadata = get(&mut registry, "wf.t", task).unwrap().metadata.unwrap();
        assert_eq!((metadata.description.as_str(), metadata.state), ("old", 1));
        let list = |registry: &mut Registry, filters: &str| {
            let request = admin::NamedEntityListRequest {
                resource_type: task,
                project: "flytesnacks".into(),
                domain: "development".into(),
                limit: 10,
                filters: filters.into(),
                ..Default::default()
            };
            rpc::<_, admin::NamedEntityList>(registry, "ListNamedEntities", request)
        };
        assert_eq!(list(&mut registry, "").unwrap().entities.len(), 1); // one name, two versions
        assert!(list(&mut registry, "eq(state,0)")
            .unwrap()
            .entities
            .is_empty());
        assert_eq!(
            list(&mut registry, "eq(state,1)").unwrap().entities.len(),
            1
        );
        let system = admin::NamedEntityUpdateRequest {
            resource_type: task,
            id: Some(named("wf.t")),
            metadata: Some(admin::NamedEntityMetadata {
                description: String::new(),
                state: admin::NamedEntityState::SystemGenerated as i32,
            }),
        };
        rpc::<_, admin::NamedEntityUpdateResponse>(&mut registry, "UpdateNamedEntity", system)
            .unwrap();
        // As FlyteAdmin: without filters only `.flytegen` names are left out, whatever the state.
        assert_eq!(list(&mut registry, "").unwrap().entities.len(), 1);
        assert!(list(&mut registry, "eq(name,.flytegen.x)")
            .unwrap()
            .entities
            .is_empty());
        assert_eq!(
            list(&mut registry, "eq(state,2)").unwrap().entities.len(),
            1
        );
        let bad = list(&mut registry, "eq(version,v1)").unwrap_err();
        assert_eq!(bad.code(), tonic::Code::InvalidArgument);
    }

    #[test]
    fn registration_rules() {
        let mut registry = Registry::default();
        create_task(&mut registry, "v1", "img:1").unwrap();
        create_task(&mut registry, "v1", "img:1").expect("identical re-registration succeeds");
        let conflict = create_task(&mut registry, "v1", "img:2").unwrap_err();
        assert_eq!(conflict.code(), tonic::Code::AlreadyExists);
        let got: admin::Task = rpc(
            &mut registry,
            "GetTask",
            admin::ObjectGetRequest {
                id: Some(id(core::ResourceType::Task, "wf.t", "v1")),
            },
        )
        .unwrap();
        assert_eq!(
            got.closure.unwrap().compiled_task.unwrap().template,
            task_spec("img:1").template
        );
        let missing = rpc::<_, admin::Task>(
            &mut registry,
            "GetTask",
            admin::ObjectGetRequest {
                id: Some(id(core::ResourceType::Task, "wf.t", "v9")),
            },
        )
        .unwrap_err();
        assert_eq!(missing.code(), tonic::Code::NotFound);
        let mut bad = id(core::ResourceType::Task, "wf.t", "v2");
        bad.project = "nope".into();
        let request = admin::TaskCreateRequest {
            id: Some(bad),
            spec: Some(task_spec("x")),
        };
        let err =
            rpc::<_, admin::TaskCreateResponse>(&mut registry, "CreateTask", request).unwrap_err();
        assert_eq!(err.code(), tonic::Code::InvalidArgument);
        let malformed =
            dispatch(&mut registry, &format!("{ADMIN}GetTask"), b"\xff\xff").unwrap_err();
        assert_eq!(malformed.code(), tonic::Code::InvalidArgument);
        let other = dispatch(
            &mut registry,
            &format!("{ADMIN}ListDescriptionEntities"),
            b"",
        )
        .unwrap_err();
        assert_eq!(other.code(), tonic::Code::Unimplemented);
    }

    #[test]
    fn lists_page_filter_and_sort() {
        let mut registry = Registry::default();
        for v in ["v1", "v2", "v3"] {
            create_task(&mut registry, v, v).unwrap();
        }
        let list =
            |registry: &mut Registry, filters: &str, token: &str, sort: Option<admin::Sort>| {
                let request = admin::ResourceListRequest {
                    id: Some(admin::NamedEntityIdentifier {
                        project: "flytesnacks".into(),
                        domain: "development".into(),
                        name: "wf.t".into(),
                        org: String::new(),
                    }),
                    limit: 2,
                    token: token.into(),
                    filters: filters.into(),
                    sort_by: sort,
                };
                let tasks: admin::TaskList = rpc(registry, "ListTasks", request).unwrap();
                let versions: Vec<String> = tasks
                    .tasks
                    .iter()
                    .map(|t| t.id.as_ref().unwrap().version.clone())
                    .collect();
                (versions, tasks.token)
            };
        assert_eq!(
            list(&mut registry, "", "", None),
            (vec!["v3".into(), "v2".into()], "2".into())
        );
        assert_eq!(
            list(&mut registry, "", "2", None),
            (vec!["v1".into()], String::new())
        );
        assert_eq!(
            list(&mut registry, "value_in(version,v1;v3)", "", None).0,
            ["v3", "v1"]
        );
        let ascending = admin::Sort {
            key: "version".into(),
            direction: admin::sort::Direction::Ascending as i32,
        };
        assert_eq!(
            list(&mut registry, "ne(version,v2)", "", Some(ascending)).0,
            ["v1", "v3"]
        );
    }

    fn task_with_input(registry: &mut Registry) -> core::Identifier {
        let mut spec = task_spec("img");
        let int = core::LiteralType {
            r#type: Some(core::literal_type::Type::Simple(
                core::SimpleType::Integer as i32,
            )),
            ..Default::default()
        };
        let variable = core::Variable {
            r#type: Some(int),
            ..Default::default()
        };
        let inputs = core::VariableMap {
            variables: [("a".to_string(), variable)].into_iter().collect(),
        };
        spec.template.as_mut().unwrap().interface = Some(core::TypedInterface {
            inputs: Some(inputs),
            outputs: None,
        });
        let id = id(core::ResourceType::Task, "wf.in", "v1");
        let request = admin::TaskCreateRequest {
            id: Some(id.clone()),
            spec: Some(spec),
        };
        rpc::<_, admin::TaskCreateResponse>(registry, "CreateTask", request).unwrap();
        id
    }

    fn literal_map(pairs: &[(&str, i64)]) -> core::LiteralMap {
        let literal = |v: i64| core::Literal {
            value: Some(core::literal::Value::Scalar(Box::new(core::Scalar {
                value: Some(core::scalar::Value::Primitive(core::Primitive {
                    value: Some(core::primitive::Value::Integer(v)),
                })),
            }))),
            ..Default::default()
        };
        core::LiteralMap {
            literals: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), literal(*v)))
                .collect(),
        }
    }

    fn launch(
        registry: &mut Registry,
        target: &core::Identifier,
        inputs: &[(&str, i64)],
    ) -> Result<admin::ExecutionCreateResponse, Status> {
        let request = admin::ExecutionCreateRequest {
            project: "flytesnacks".into(),
            domain: "development".into(),
            name: String::new(),
            spec: Some(admin::ExecutionSpec {
                launch_plan: Some(target.clone()),
                ..Default::default()
            }),
            inputs: Some(literal_map(inputs)),
            org: String::new(),
        };
        rpc(registry, "CreateExecution", request)
    }

    fn event(
        registry: &mut Registry,
        id: &core::WorkflowExecutionIdentifier,
        phase: WorkflowPhase,
    ) -> Result<admin::WorkflowExecutionEventResponse, Status> {
        let request = admin::WorkflowExecutionEventRequest {
            request_id: String::new(),
            event: Some(crate::idl::flyteidl::event::WorkflowExecutionEvent {
                execution_id: Some(id.clone()),
                phase: phase as i32,
                ..Default::default()
            }),
        };
        rpc(registry, "CreateWorkflowEvent", request)
    }

    use crate::idl::flyteidl::core::workflow_execution::Phase as WorkflowPhase;

    #[test]
    fn executions_move_by_events_and_a_terminal_phase_is_final() {
        let mut registry = Registry::default();
        let task = task_with_input(&mut registry);
        let missing = launch(&mut registry, &task, &[]).unwrap_err();
        assert_eq!(missing.code(), tonic::Code::InvalidArgument);
        assert!(missing.message().contains("\"a\""), "{}", missing.message());
        let unknown = launch(&mut registry, &task, &[("a", 1), ("b", 2)]).unwrap_err();
        assert!(unknown.message().contains("\"b\""), "{}", unknown.message());
        let id = launch(&mut registry, &task, &[("a", 1)])
            .unwrap()
            .id
            .unwrap();
        assert_eq!(id.name.len(), 20);
        event(&mut registry, &id, WorkflowPhase::Running).unwrap();
        let again = event(&mut registry, &id, WorkflowPhase::Running).unwrap_err();
        assert_eq!(again.code(), tonic::Code::AlreadyExists);
        let back = event(&mut registry, &id, WorkflowPhase::Queued).unwrap_err();
        assert_eq!(back.code(), tonic::Code::FailedPrecondition);
        event(&mut registry, &id, WorkflowPhase::Succeeded).unwrap();
        let after = event(&mut registry, &id, WorkflowPhase::Running).unwrap_err();
        assert_eq!(after.code(), tonic::Code::FailedPrecondition);
        let terminate = admin::ExecutionTerminateRequest {
            id: Some(id.clone()),
            cause: "x".into(),
        };
        let late = rpc::<_, admin::ExecutionTerminateResponse>(
            &mut registry,
            "TerminateExecution",
            terminate,
        )
        .unwrap_err();
        assert_eq!(late.code(), tonic::Code::FailedPrecondition);
        let got: admin::Execution = rpc(
            &mut registry,
            "GetExecution",
            admin::WorkflowExecutionGetRequest {
                id: Some(id.clone()),
            },
        )
        .unwrap();
        assert_eq!(got.closure.unwrap().phase, WorkflowPhase::Succeeded as i32);
        let data: admin::WorkflowExecutionGetDataResponse = rpc(
            &mut registry,
            "GetExecutionData",
            admin::WorkflowExecutionGetDataRequest { id: Some(id) },
        )
        .unwrap();
        assert_eq!(data.full_inputs.unwrap(), literal_map(&[("a", 1)]));
    }

    /// Node `node` of `execution`.
    fn node_of(
        execution: &core::WorkflowExecutionIdentifier,
        node: &str,
    ) -> core::NodeExecutionIdentifier {
        core::NodeExecutionIdentifier {
            node_id: node.into(),
            execution_id: Some(execution.clone()),
        }
    }

    fn node_event(
        registry: &mut Registry,
        execution: &core::WorkflowExecutionIdentifier,
        node: &str,
        parent: Option<&str>,
        edit: impl FnOnce(&mut crate::idl::flyteidl::event::NodeExecutionEvent),
    ) -> Result<admin::NodeExecutionEventResponse, Status> {
        use crate::idl::flyteidl::event;
        let mut e = event::NodeExecutionEvent {
            id: Some(node_of(execution, node)),
            phase: core::node_execution::Phase::Running as i32,
            parent_node_metadata: parent
                .map(|p| event::ParentNodeExecutionMetadata { node_id: p.into() }),
            ..Default::default()
        };
        edit(&mut e);
        let request = admin::NodeExecutionEventRequest {
            request_id: String::new(),
            event: Some(e),
        };
        rpc(registry, "CreateNodeEvent", request)
    }

    /// A task, and a running execution of it.
    fn running_execution(
        registry: &mut Registry,
    ) -> (core::Identifier, core::WorkflowExecutionIdentifier) {
        let task = task_with_input(registry);
        let id = launch(registry, &task, &[("a", 1)]).unwrap().id.unwrap();
        event(registry, &id, WorkflowPhase::Running).unwrap();
        (task, id)
    }

    #[test]
    fn task_executions_are_listed_for_their_node_alone() {
        use crate::idl::flyteidl::event;
        let mut registry = Registry::default();
        let (task, id) = running_execution(&mut registry);
        // "n1" sorts just before "n10": the listing of one must not reach into the other.
        let attempts = [("n1", 0), ("n10", 0), ("n1", 1), ("n2", 0)];
        for node in ["n1", "n10", "n2"] {
            node_event(&mut registry, &id, node, None, |_| {}).unwrap();
        }
        for (node, retry_attempt) in attempts {
            let task_event = event::TaskExecutionEvent {
                task_id: Some(task.clone()),
                parent_node_execution_id: Some(node_of(&id, node)),
                retry_attempt,
                phase: core::task_execution::Phase::Running as i32,
                ..Default::default()
            };
            let request = admin::TaskExecutionEventRequest {
                request_id: String::new(),
                event: Some(task_event),
            };
            rpc::<_, admin::TaskExecutionEventResponse>(&mut registry, "CreateTaskEvent", request)
                .unwrap();
        }
        let listed = |registry: &mut Registry, node: &str| {
            let request = admin::TaskExecutionListRequest {
                node_execution_id: Some(node_of(&id, node)),
                limit: 10,
                ..Default::default()
            };
            let list: admin::TaskExecutionList =
                rpc(registry, "ListTaskExecutions", request).unwrap();
            let ids = list.task_executions.into_iter().map(|t| t.id.unwrap());
            ids.map(|t| (t.node_execution_id.unwrap().node_id, t.retry_attempt))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            listed(&mut registry, "n1"),
            [("n1".to_string(), 0), ("n1".to_string(), 1)]
        );
        assert_eq!(listed(&mut registry, "n10"), [("n10".to_string(), 0)]);
        assert_eq!(listed(&mut registry, "n3"), []);
    }

    fn node_ids(list: admin::NodeExecutionList) -> Vec<String> {
        let ids = list
            .node_executions
            .into_iter()
            .map(|n| n.id.unwrap().node_id);
        ids.collect()
    }

    #[test]
    fn nested_nodes_child_executions_dynamic_workflows_and_metrics() {
        use crate::idl::flyteidl::event;
        let mut registry = Registry::default();
        let (task, id) = running_execution(&mut registry);
        node_event(&mut registry, &id, "n0", None, |e| e.is_parent = true).unwrap();
        node_event(&mut registry, &id, "n0-0-n0", Some("n0"), |_| {}).unwrap();
        let orphan = node_event(&mut registry, &id, "n9-0-n0", Some("n9"), |_| {}).unwrap_err();
        assert_eq!(orphan.code(), tonic::Code::NotFound);
        assert!(orphan.message().contains("n9"), "{}", orphan.message());
        // A refused event for a new node leaves no node behind.
        let undefined = node_event(&mut registry, &id, "n7", None, |e| e.phase = 0).unwrap_err();
        assert_eq!(undefined.code(), tonic::Code::AlreadyExists);
        // A dynamic node reports its compiled workflow, kept for GetDynamicNodeWorkflow.
        let compiled = core::CompiledWorkflowClosure {
            primary: Some(core::CompiledWorkflow::default()),
            ..Default::default()
        };
        node_event(&mut registry, &id, "n1", None, |e| {
            e.is_dynamic = true;
            e.target_metadata = Some(
                event::node_execution_event::TargetMetadata::TaskNodeMetadata(
                    event::TaskNodeMetadata {
                        dynamic_workflow: Some(event::DynamicWorkflowNodeMetadata {
                            compiled_workflow: Some(compiled.clone()),
                            ..Default::default()
                        }),
                        ..Default::default()
                    },
                ),
            );
        })
        .unwrap();

        let list = |registry: &mut Registry, parent: &str| {
            let request = admin::NodeExecutionListRequest {
                workflow_execution_id: Some(id.clone()),
                limit: 10,
                unique_parent_id: parent.into(),
                ..Default::default()
            };
            rpc::<_, admin::NodeExecutionList>(registry, "ListNodeExecutions", request)
        };
        assert_eq!(node_ids(list(&mut registry, "").unwrap()), ["n0", "n1"]);
        assert_eq!(node_ids(list(&mut registry, "n0").unwrap()), ["n0-0-n0"]);
        assert_eq!(
            list(&mut registry, "nx").unwrap_err().code(),
            tonic::Code::NotFound
        );
        let node_id = |n: &str| node_of(&id, n);
        let dynamic: admin::DynamicNodeWorkflowResponse = rpc(
            &mut registry,
            "GetDynamicNodeWorkflow",
            admin::GetDynamicNodeWorkflowRequest {
                id: Some(node_id("n1")),
            },
        )
        .unwrap();
        assert_eq!(dynamic.compiled_workflow, Some(compiled));
        let plain = rpc::<_, admin::DynamicNodeWorkflowResponse>(
            &mut registry,
            "GetDynamicNodeWorkflow",
            admin::GetDynamicNodeWorkflowRequest {
                id: Some(node_id("n0")),
            },
        )
        .unwrap_err();
        assert_eq!(plain.code(), tonic::Code::NotFound);

        // A launch-plan node's child execution is nested under the node.
        let mut child = admin::ExecutionCreateRequest {
            project: "flytesnacks".into(),
            domain: "development".into(),
            name: "child".into(),
            spec: Some(admin::ExecutionSpec {
                launch_plan: Some(task.clone()),
                metadata: Some(admin::ExecutionMetadata {
                    parent_node_execution: Some(node_id("n0-0-n0")),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            inputs: Some(literal_map(&[("a", 2)])),
            org: String::new(),
        };
        let created: admin::ExecutionCreateResponse =
            rpc(&mut registry, "CreateExecution", child.clone()).unwrap();
        let child_id = created.id.unwrap();
        let got: admin::Execution = rpc(
            &mut registry,
            "GetExecution",
            admin::WorkflowExecutionGetRequest {
                id: Some(child_id.clone()),
            },
        )
        .unwrap();
        let metadata = got.spec.unwrap().metadata.unwrap();
        assert_eq!(metadata.nesting, 1);
        assert_eq!(
            metadata.mode,
            admin::execution_metadata::ExecutionMode::ChildWorkflow as i32
        );
        child.name = "orphan".into();
        let parent = child.spec.as_mut().unwrap().metadata.as_mut().unwrap();
        parent.parent_node_execution = Some(node_id("missing"));
        let orphan =
            rpc::<_, admin::ExecutionCreateResponse>(&mut registry, "CreateExecution", child)
                .unwrap_err();
        assert_eq!(orphan.code(), tonic::Code::NotFound);
        // A node may only point at an execution it started: no links back, no cycles.
        let pointing = |target: &core::WorkflowExecutionIdentifier| {
            let target = target.clone();
            move |e: &mut event::NodeExecutionEvent| {
                e.target_metadata = Some(
                    event::node_execution_event::TargetMetadata::WorkflowNodeMetadata(
                        event::WorkflowNodeMetadata {
                            execution_id: Some(target),
                        },
                    ),
                );
            }
        };
        let cycle = node_event(&mut registry, &id, "n1", None, pointing(&id)).unwrap_err();
        assert_eq!(cycle.code(), tonic::Code::InvalidArgument);
        let stranger = node_event(&mut registry, &id, "n0", None, pointing(&child_id));
        assert_eq!(stranger.unwrap_err().code(), tonic::Code::InvalidArgument);
        // A relaunch of a child execution is a relaunch, still nested under the node.
        let relaunched: admin::ExecutionCreateResponse = rpc(
            &mut registry,
            "RelaunchExecution",
            admin::ExecutionRelaunchRequest {
                id: Some(child_id.clone()),
                name: "again".into(),
                overwrite_cache: false,
            },
        )
        .unwrap();
        let again: admin::Execution = rpc(
            &mut registry,
            "GetExecution",
            admin::WorkflowExecutionGetRequest { id: relaunched.id },
        )
        .unwrap();
        let metadata = again.spec.unwrap().metadata.unwrap();
        assert_eq!(
            (metadata.mode, metadata.nesting),
            (admin::execution_metadata::ExecutionMode::Relaunch as i32, 1)
        );
        node_event(&mut registry, &id, "n0-0-n0", Some("n0"), |e| {
            e.phase = core::node_execution::Phase::Succeeded as i32;
            e.target_metadata = Some(
                event::node_execution_event::TargetMetadata::WorkflowNodeMetadata(
                    event::WorkflowNodeMetadata {
                        execution_id: Some(child_id.clone()),
                    },
                ),
            );
        })
        .unwrap();

        let metrics = |registry: &mut Registry, depth: i32| {
            let request = admin::WorkflowExecutionGetMetricsRequest {
                id: Some(id.clone()),
                depth,
            };
            let response: admin::WorkflowExecutionGetMetricsResponse =
                rpc(registry, "GetExecutionMetrics", request).unwrap();
            response.span.unwrap()
        };
        use crate::idl::flyteidl::core::span::Id;
        let shallow = metrics(&mut registry, 0);
        assert_eq!(shallow.id, Some(Id::WorkflowId(id.clone())));
        assert!(shallow.spans.is_empty());
        let deep = metrics(&mut registry, 10);
        let top: Vec<_> = deep.spans.iter().map(|s| s.id.clone()).collect();
        assert_eq!(
            top,
            [
                Some(Id::NodeId(node_id("n0"))),
                Some(Id::NodeId(node_id("n1")))
            ]
        );
        let inner = &deep.spans[0].spans[0];
        assert_eq!(inner.id, Some(Id::NodeId(node_id("n0-0-n0"))));
        assert_eq!(inner.spans[0].id, Some(Id::WorkflowId(child_id)));
        assert!(deep.start_time.is_some() && deep.end_time.is_some());
    }
}
