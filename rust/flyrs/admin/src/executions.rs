//! Executions in a local FlyteAdmin: created from a launch plan (or a task or workflow's
//! default launch plan) with inputs; their phase moves only by the events a propeller
//! sends (`CreateWorkflowEvent`, `CreateNodeEvent`, `CreateTaskEvent`), with FlyteAdmin's
//! transition rules; node and task executions are derived from those events.
//!
//! Rules, as FlyteAdmin applies them to each execution, node and task execution:
//! - an event repeating the current phase is ALREADY_EXISTS;
//! - once a terminal phase is reached (succeeded, failed, aborted, timed out, ...), every
//!   further event is FAILED_PRECONDITION;
//! - a running workflow cannot go back to queued (FAILED_PRECONDITION).
//!
//! Nesting, as propeller reports it: a node of a subworkflow or of a dynamic workflow names
//! its parent node execution (`parent_node_metadata`, or the parent task execution in
//! `parent_task_metadata`), which must exist; a launch-plan node starts a child execution
//! whose metadata names the node (`parent_node_execution`), and the node's events point at
//! it (`workflow_node_metadata`).

use crate::idl::flyteidl::{admin, core, event};
use crate::registry::{show, Registry};
use crate::required::Required;
use prost_types::Timestamp;
use std::collections::{BTreeMap, HashMap};
use tonic::Status;

use core::node_execution::Phase as NodePhase;
use core::task_execution::Phase as TaskPhase;
use core::workflow_execution::Phase as WorkflowPhase;

/// The [`Progress`] of a closure: its fields of the same names (the three closure types
/// share them, but no trait).
macro_rules! progress {
    ($closure:expr) => {
        Progress {
            phase: &mut $closure.phase,
            started_at: &mut $closure.started_at,
            updated_at: &mut $closure.updated_at,
            duration: &mut $closure.duration,
        }
    };
}

pub fn workflow_terminal(phase: i32) -> bool {
    matches!(
        WorkflowPhase::try_from(phase),
        Ok(WorkflowPhase::Succeeded
            | WorkflowPhase::Failed
            | WorkflowPhase::Aborted
            | WorkflowPhase::TimedOut)
    )
}

fn node_terminal(phase: i32) -> bool {
    matches!(
        NodePhase::try_from(phase),
        Ok(NodePhase::Succeeded
            | NodePhase::Failed
            | NodePhase::Aborted
            | NodePhase::Skipped
            | NodePhase::TimedOut
            | NodePhase::Recovered)
    )
}

fn task_terminal(phase: i32) -> bool {
    matches!(
        TaskPhase::try_from(phase),
        Ok(TaskPhase::Succeeded | TaskPhase::Failed | TaskPhase::Aborted)
    )
}

/// FlyteAdmin's checks of an event against the current phase.
fn check_transition(
    what: &str,
    current: i32,
    next: i32,
    terminal: fn(i32) -> bool,
) -> Result<(), Status> {
    if terminal(current) {
        return Err(Status::failed_precondition(format!(
            "{what} is already in terminal phase {current}; the event to phase {next} is rejected"
        )));
    }
    if current == next {
        return Err(Status::already_exists(format!(
            "{what} is already in phase {current}"
        )));
    }
    Ok(())
}

fn exec_key(id: &core::WorkflowExecutionIdentifier) -> (String, String, String) {
    (id.project.clone(), id.domain.clone(), id.name.clone())
}

#[derive(Debug, Clone)]
pub struct NodeRow {
    pub execution: admin::NodeExecution,
    pub inputs: Option<core::LiteralMap>,
    pub outputs: Option<core::LiteralMap>,
    /// The node execution this one runs inside: a subworkflow or dynamic node.
    pub parent: Option<String>,
    /// The task execution (node id, attempt) whose dynamic workflow holds this node.
    pub parent_task: Option<(String, u32)>,
    /// The workflow a dynamic node compiled, as GetDynamicNodeWorkflow returns it.
    pub dynamic_workflow: Option<admin::DynamicWorkflowNodeMetadata>,
    /// When the node's first event came, in the admin's order: nodes list in this order.
    pub seq: u64,
}

/// A task execution (one attempt of a task node) and its data, as its events told.
#[derive(Debug, Clone)]
pub struct TaskRow {
    pub execution: admin::TaskExecution,
    pub inputs: Option<core::LiteralMap>,
    pub outputs: Option<core::LiteralMap>,
}

#[derive(Debug, Clone)]
pub struct ExecutionRow {
    pub execution: admin::Execution,
    pub inputs: core::LiteralMap,
    pub outputs: Option<core::LiteralMap>,
    pub nodes: BTreeMap<String, NodeRow>,
    /// Task executions by (node id, retry attempt).
    pub tasks: BTreeMap<(String, u32), TaskRow>,
    pub seq: u64,
}

#[derive(Debug, Default)]
pub struct Executions {
    rows: Vec<ExecutionRow>,
    index: HashMap<(String, String, String), usize>,
    names: u64,
}

fn not_found(id: &core::WorkflowExecutionIdentifier) -> Status {
    Status::not_found(format!(
        "execution {}/{}/{} not found",
        id.project, id.domain, id.name
    ))
}

impl Executions {
    pub fn get(&self, id: &core::WorkflowExecutionIdentifier) -> Result<&ExecutionRow, Status> {
        self.index
            .get(&exec_key(id))
            .map(|&i| &self.rows[i])
            .ok_or_else(|| not_found(id))
    }

    fn get_mut(
        &mut self,
        id: &core::WorkflowExecutionIdentifier,
    ) -> Result<&mut ExecutionRow, Status> {
        match self.index.get(&exec_key(id)) {
            Some(&i) => Ok(&mut self.rows[i]),
            None => Err(not_found(id)),
        }
    }

    /// An execution that has not reached a terminal phase, for a `what` event; after the
    /// end, FAILED_PRECONDITION as FlyteAdmin answers.
    fn unfinished(
        &mut self,
        id: &core::WorkflowExecutionIdentifier,
        what: &str,
    ) -> Result<&mut ExecutionRow, Status> {
        let row = self.get_mut(id)?;
        if workflow_terminal(row.execution.closure.as_ref().map_or(0, |c| c.phase)) {
            return Err(Status::failed_precondition(format!(
                "execution {} has finished; {what} events are rejected",
                id.name
            )));
        }
        Ok(row)
    }

    /// The nesting of the execution that `node` belongs to, which must exist.
    fn parent_nesting(&self, node: &core::NodeExecutionIdentifier) -> Result<u32, Status> {
        let execution = node
            .execution_id
            .as_ref()
            .required("parent_node_execution.execution_id")?;
        let row = self.get(execution)?;
        if !row.nodes.contains_key(&node.node_id) {
            return Err(Status::not_found(format!(
                "parent node execution {} of execution {} not found",
                node.node_id, execution.name
            )));
        }
        let metadata = row
            .execution
            .spec
            .as_ref()
            .and_then(|s| s.metadata.as_ref());
        Ok(metadata.map_or(0, |m| m.nesting))
    }

    /// A node event naming a child execution (a launch-plan node's) must name one that
    /// this node started: so the links between executions form a tree, never a cycle.
    fn check_child(
        &self,
        node: &core::NodeExecutionIdentifier,
        target: Option<&event::node_execution_event::TargetMetadata>,
    ) -> Result<(), Status> {
        let Some(event::node_execution_event::TargetMetadata::WorkflowNodeMetadata(m)) = target
        else {
            return Ok(());
        };
        let child = m.execution_id.as_ref().ok_or_else(|| {
            Status::invalid_argument("workflow_node_metadata without an execution_id")
        })?;
        let row = self.get(child)?;
        let spec = row.execution.spec.as_ref();
        let parent = spec
            .and_then(|s| s.metadata.as_ref())
            .and_then(|m| m.parent_node_execution.as_ref());
        if parent != Some(node) {
            return Err(Status::invalid_argument(format!(
                "execution {} was not started by node {}",
                child.name, node.node_id
            )));
        }
        Ok(())
    }

    /// Executions of a project and domain, newest first.
    pub fn rows(&self, project: &str, domain: &str) -> Vec<&ExecutionRow> {
        let mut rows: Vec<&ExecutionRow> = self
            .rows
            .iter()
            .filter(|r| {
                let id = r.execution.id.as_ref();
                id.is_some_and(|id| id.project == project && id.domain == domain)
            })
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.seq));
        rows
    }

    /// A name as FlyteAdmin makes them (a letter, then 19 lower-case letters or digits),
    /// from the call's instant and a counter, so a replay makes the same one.
    fn fresh_name(&mut self, now: i128) -> String {
        self.names += 1;
        let mut state = (now as u64) ^ self.names.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut name = String::from("a");
        for _ in 0..19 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let digit = ((state >> 33) % 36) as u32;
            name.push(char::from_digit(digit, 36).unwrap_or('0'));
        }
        name
    }
}

/// What FlyteAdmin's CreateExecution fills in a spec: the principal (the caller's identity;
/// "" without authentication, replacing flytekit's "placeholder"), the system metadata's
/// namespace, a security context, and for a launch plan the max parallelism (the
/// request's, else the launch plan's, else 25). Labels, annotations, the raw output data
/// config and the like stay as the client sent them, as FlyteAdmin stores them.
fn fill_defaults(
    spec: &mut admin::ExecutionSpec,
    plan: &admin::LaunchPlanSpec,
    project: &str,
    domain: &str,
    is_launch_plan: bool,
) {
    let metadata = spec.metadata.get_or_insert_with(Default::default);
    metadata.principal = String::new();
    metadata.artifact_ids.clear();
    let system = metadata
        .system_metadata
        .get_or_insert_with(Default::default);
    if system.namespace.is_empty() {
        system.namespace = format!("{project}-{domain}");
    }
    spec.security_context
        .get_or_insert_with(|| core::SecurityContext {
            run_as: Some(core::Identity::default()),
            ..Default::default()
        });
    if is_launch_plan && spec.max_parallelism == 0 {
        spec.max_parallelism = if plan.max_parallelism > 0 {
            plan.max_parallelism
        } else {
            DEFAULT_MAX_PARALLELISM
        };
    }
}

/// An execution's notifications, as FlyteAdmin picks them: the request's list when it
/// has any, none when it disables them all, else the launch plan's.
fn notifications_of(
    spec: &admin::ExecutionSpec,
    plan: &admin::LaunchPlanSpec,
) -> Vec<admin::Notification> {
    use admin::execution_spec::NotificationOverrides;
    match &spec.notification_overrides {
        Some(NotificationOverrides::Notifications(list)) if !list.notifications.is_empty() => {
            list.notifications.clone()
        }
        Some(NotificationOverrides::DisableAll(true)) => Vec::new(),
        _ => plan
            .entity_metadata
            .as_ref()
            .map(|m| m.notifications.clone())
            .unwrap_or_default(),
    }
}

/// FlyteAdmin's default max parallelism of a launch plan's execution.
const DEFAULT_MAX_PARALLELISM: i32 = 25;

/// The launch plan an execution request names: a launch plan, or the default launch plan
/// of a task or workflow (made from its interface: every input required).
fn launch_plan_of(
    registry: &Registry,
    id: &core::Identifier,
) -> Result<(admin::LaunchPlanSpec, Option<core::VariableMap>), Status> {
    match core::ResourceType::try_from(id.resource_type) {
        Ok(core::ResourceType::LaunchPlan) => {
            let row = registry.launch_plans.get(id)?;
            let outputs = row
                .spec
                .workflow_id
                .as_ref()
                .and_then(|w| registry.workflows.get(w).ok())
                .and_then(|w| {
                    w.spec
                        .template
                        .as_ref()?
                        .interface
                        .as_ref()?
                        .outputs
                        .clone()
                });
            Ok((row.spec.clone(), outputs))
        }
        Ok(core::ResourceType::Task) => {
            let task = registry.tasks.get(id)?;
            let interface = task
                .spec
                .template
                .as_ref()
                .and_then(|t| t.interface.clone());
            Ok((
                default_plan(id, interface.as_ref()),
                interface.and_then(|i| i.outputs),
            ))
        }
        Ok(core::ResourceType::Workflow) => {
            let workflow = registry.workflows.get(id)?;
            let interface = workflow
                .spec
                .template
                .as_ref()
                .and_then(|t| t.interface.clone());
            Ok((
                default_plan(id, interface.as_ref()),
                interface.and_then(|i| i.outputs),
            ))
        }
        _ => Err(Status::invalid_argument(format!(
            "cannot execute {}: not a launch plan, task or workflow",
            show(id)
        ))),
    }
}

/// A launch plan whose inputs are all required: the entity's interface.
fn default_plan(
    id: &core::Identifier,
    interface: Option<&core::TypedInterface>,
) -> admin::LaunchPlanSpec {
    let parameters = interface
        .and_then(|i| i.inputs.as_ref())
        .map(|inputs| {
            inputs
                .variables
                .iter()
                .map(|(name, var)| {
                    let parameter = core::Parameter {
                        var: Some(var.clone()),
                        behavior: Some(core::parameter::Behavior::Required(true)),
                    };
                    (name.clone(), parameter)
                })
                .collect()
        })
        .unwrap_or_default();
    admin::LaunchPlanSpec {
        workflow_id: Some(id.clone()),
        default_inputs: Some(core::ParameterMap { parameters }),
        ..Default::default()
    }
}

/// The inputs of an execution: the launch plan's defaults, the request's inputs, the fixed
/// inputs; every required input present, none unknown.
fn resolve_inputs(
    plan: &admin::LaunchPlanSpec,
    given: core::LiteralMap,
) -> Result<core::LiteralMap, Status> {
    let parameters = plan.default_inputs.as_ref().map(|p| &p.parameters);
    let fixed = plan.fixed_inputs.as_ref().map(|f| &f.literals);
    let mut literals = BTreeMap::new();
    if let Some(parameters) = parameters {
        for (name, parameter) in parameters {
            if let Some(core::parameter::Behavior::Default(value)) = &parameter.behavior {
                literals.insert(name.clone(), value.clone());
            }
        }
    }
    for (name, value) in given.literals {
        let known = parameters.is_some_and(|p| p.contains_key(&name));
        if !known {
            let why = if fixed.is_some_and(|f| f.contains_key(&name)) {
                "is fixed by the launch plan"
            } else {
                "is not an input of the launch plan"
            };
            return Err(Status::invalid_argument(format!("input {name:?} {why}")));
        }
        literals.insert(name, value);
    }
    if let Some(parameters) = parameters {
        for (name, parameter) in parameters {
            let required = matches!(
                parameter.behavior,
                Some(core::parameter::Behavior::Required(true))
            );
            if required && !literals.contains_key(name) {
                return Err(Status::invalid_argument(format!(
                    "required input {name:?} is missing"
                )));
            }
        }
    }
    if let Some(fixed) = fixed {
        literals.extend(fixed.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    Ok(core::LiteralMap { literals })
}

impl Registry {
    #[allow(deprecated)] // reads ExecutionSpec.inputs, see below
    pub fn create_execution(
        &mut self,
        request: admin::ExecutionCreateRequest,
        mode: admin::execution_metadata::ExecutionMode,
        reference: Option<core::WorkflowExecutionIdentifier>,
    ) -> Result<core::WorkflowExecutionIdentifier, Status> {
        self.check_project(&request.project, &request.domain)?;
        let mut spec = request.spec.required("spec")?;
        let target = spec.launch_plan.clone().required("spec.launch_plan")?;
        let (plan, _) = launch_plan_of(self, &target)?;
        let given = request
            .inputs
            .or_else(|| spec.inputs.take())
            .unwrap_or_default();
        let inputs = resolve_inputs(&plan, given)?;
        let is_launch_plan = target.resource_type == core::ResourceType::LaunchPlan as i32;
        fill_defaults(
            &mut spec,
            &plan,
            &request.project,
            &request.domain,
            is_launch_plan,
        );
        let notifications = notifications_of(&spec, &plan);
        let metadata = spec.metadata.get_or_insert_with(Default::default);
        metadata.reference_execution = reference;
        metadata.nesting = 0;
        metadata.mode = mode as i32;
        if let Some(parent) = &metadata.parent_node_execution {
            metadata.nesting = self.executions.parent_nesting(parent)? + 1;
            // A launch-plan node's execution; a relaunch or recovery of one keeps its mode.
            if mode == admin::execution_metadata::ExecutionMode::Manual {
                metadata.mode = admin::execution_metadata::ExecutionMode::ChildWorkflow as i32;
            }
        }
        // Only now, with every check passed, may a name be drawn (drawing changes state).
        let name = if request.name.is_empty() {
            let now = self.clock.now();
            self.executions.fresh_name(now)
        } else {
            request.name
        };
        let id = core::WorkflowExecutionIdentifier {
            project: request.project,
            domain: request.domain,
            name,
            org: String::new(),
        };
        if self.executions.index.contains_key(&exec_key(&id)) {
            return Err(Status::already_exists(format!(
                "an execution named {} already exists in {}/{}",
                id.name, id.project, id.domain
            )));
        }
        let (now, seq) = self.clock.tick();
        let closure = admin::ExecutionClosure {
            phase: WorkflowPhase::Undefined as i32,
            created_at: Some(now),
            updated_at: Some(now),
            workflow_id: plan.workflow_id.clone(),
            notifications,
            state_change_details: Some(admin::ExecutionStateChangeDetails {
                state: admin::ExecutionState::ExecutionActive as i32,
                occurred_at: Some(now),
                principal: String::new(),
            }),
            ..Default::default()
        };
        let row = ExecutionRow {
            execution: admin::Execution {
                id: Some(id.clone()),
                spec: Some(spec),
                closure: Some(closure),
            },
            inputs,
            outputs: None,
            nodes: BTreeMap::new(),
            tasks: BTreeMap::new(),
            seq,
        };
        self.executions
            .index
            .insert(exec_key(&id), self.executions.rows.len());
        self.executions.rows.push(row);
        Ok(id)
    }

    /// A new execution with the spec and inputs of `id`'s: relaunch or recover.
    pub fn rerun_execution(
        &mut self,
        id: &core::WorkflowExecutionIdentifier,
        name: String,
        mode: admin::execution_metadata::ExecutionMode,
    ) -> Result<core::WorkflowExecutionIdentifier, Status> {
        let original = self.executions.get(id)?;
        let request = admin::ExecutionCreateRequest {
            project: id.project.clone(),
            domain: id.domain.clone(),
            name,
            spec: original.execution.spec.clone(),
            inputs: Some(original.inputs.clone()),
            org: String::new(),
        };
        self.create_execution(request, mode, Some(id.clone()))
    }

    pub fn terminate_execution(
        &mut self,
        id: &core::WorkflowExecutionIdentifier,
        cause: String,
    ) -> Result<(), Status> {
        let row = self.executions.get_mut(id)?;
        let closure = row.execution.closure.get_or_insert_with(Default::default);
        if workflow_terminal(closure.phase) {
            return Err(Status::failed_precondition(format!(
                "cannot abort execution {}: it has already finished",
                id.name
            )));
        }
        let (now, _) = self.clock.tick();
        closure.phase = WorkflowPhase::Aborted as i32;
        closure.updated_at = Some(now);
        closure.output_result = Some(admin::execution_closure::OutputResult::AbortMetadata(
            admin::AbortMetadata {
                cause,
                principal: String::new(),
            },
        ));
        Ok(())
    }

    pub fn workflow_event(&mut self, event: event::WorkflowExecutionEvent) -> Result<(), Status> {
        let id = event.execution_id.clone().required("execution_id")?;
        let row = self.executions.get_mut(&id)?;
        let closure = row.execution.closure.get_or_insert_with(Default::default);
        check_transition(
            &format!("execution {}", id.name),
            closure.phase,
            event.phase,
            workflow_terminal,
        )?;
        if closure.phase == WorkflowPhase::Running as i32
            && event.phase == WorkflowPhase::Queued as i32
        {
            return Err(Status::failed_precondition(format!(
                "execution {} is running and cannot go back to queued",
                id.name
            )));
        }
        let (now, _) = self.clock.tick();
        let at = event.occurred_at.unwrap_or(now);
        progress!(closure).advance(
            event.phase,
            WorkflowPhase::Running as i32,
            at,
            workflow_terminal,
        );
        use event::workflow_execution_event::OutputResult;
        match event.output_result {
            // The closure's output_data is deprecated: outputs are read with GetExecutionData.
            Some(OutputResult::OutputData(outputs)) => row.outputs = Some(outputs),
            Some(OutputResult::Error(error)) => {
                closure.output_result = Some(admin::execution_closure::OutputResult::Error(error));
            }
            Some(OutputResult::OutputUri(_)) | None => {}
        }
        Ok(())
    }

    pub fn node_event(&mut self, event: event::NodeExecutionEvent) -> Result<(), Status> {
        let id = event.id.clone().required("id")?;
        let execution_id = id.execution_id.clone().required("id.execution_id")?;
        self.executions
            .check_child(&id, event.target_metadata.as_ref())?;
        let row = self.executions.unfinished(&execution_id, "node")?;
        // Checked before a new node is made, so a refused event leaves no trace.
        let current = row
            .nodes
            .get(&id.node_id)
            .map(|n| n.execution.closure.as_ref().map_or(0, |c| c.phase));
        let (parent, parent_task) = match current {
            Some(_) => (None, None),
            None => parent_of(row, &event)?,
        };
        check_transition(
            &format!("node {}", id.node_id),
            current.unwrap_or_default(),
            event.phase,
            node_terminal,
        )?;
        let (now, seq) = self.clock.tick();
        let at = event.occurred_at.unwrap_or(now);
        let node = row
            .nodes
            .entry(id.node_id.clone())
            .or_insert_with(|| NodeRow {
                execution: admin::NodeExecution {
                    id: Some(id.clone()),
                    closure: Some(admin::NodeExecutionClosure {
                        created_at: Some(at),
                        ..Default::default()
                    }),
                    metadata: Some(admin::NodeExecutionMetaData {
                        spec_node_id: event.spec_node_id.clone(),
                        is_parent_node: event.is_parent,
                        is_dynamic: event.is_dynamic,
                        is_array: event.is_array,
                        ..Default::default()
                    }),
                    input_uri: String::new(),
                },
                inputs: None,
                outputs: None,
                parent,
                parent_task,
                dynamic_workflow: None,
                seq,
            });
        let closure = node.execution.closure.get_or_insert_with(Default::default);
        // A node learns it is a parent or dynamic while it runs: later events say so.
        if let Some(metadata) = node.execution.metadata.as_mut() {
            metadata.is_parent_node |= event.is_parent;
            metadata.is_dynamic |= event.is_dynamic;
            metadata.is_array |= event.is_array;
        }
        if !event.deck_uri.is_empty() {
            closure.deck_uri = event.deck_uri.clone();
        }
        if let Some(target) = event.target_metadata {
            closure.target_metadata = Some(target_metadata(target, &mut node.dynamic_workflow));
            if let Some(dynamic) = &node.dynamic_workflow {
                closure.dynamic_job_spec_uri = dynamic.dynamic_job_spec_uri.clone();
            }
        }
        progress!(closure).advance(event.phase, NodePhase::Running as i32, at, node_terminal);
        if let Some(event::node_execution_event::InputValue::InputData(inputs)) = event.input_value
        {
            node.inputs = Some(inputs);
        }
        use event::node_execution_event::OutputResult;
        match event.output_result {
            Some(OutputResult::OutputData(outputs)) => node.outputs = Some(outputs),
            Some(OutputResult::Error(error)) => {
                closure.output_result =
                    Some(admin::node_execution_closure::OutputResult::Error(error));
            }
            _ => {}
        }
        Ok(())
    }

    pub fn task_event(&mut self, event: event::TaskExecutionEvent) -> Result<(), Status> {
        let node_id = event
            .parent_node_execution_id
            .clone()
            .required("parent_node_execution_id")?;
        let execution_id = node_id.execution_id.clone().required("execution_id")?;
        let row = self.executions.unfinished(&execution_id, "task")?;
        if !row.nodes.contains_key(&node_id.node_id) {
            return Err(Status::not_found(format!(
                "node {} of execution {} has no execution yet",
                node_id.node_id, execution_id.name
            )));
        }
        let key = (node_id.node_id.clone(), event.retry_attempt);
        check_transition(
            &format!(
                "task execution {} attempt {}",
                node_id.node_id, event.retry_attempt
            ),
            row.tasks
                .get(&key)
                .and_then(|t| t.execution.closure.as_ref())
                .map_or(0, |c| c.phase),
            event.phase,
            task_terminal,
        )?;
        let (now, _) = self.clock.tick();
        let at = event.occurred_at.unwrap_or(now);
        let task = row.tasks.entry(key).or_insert_with(|| TaskRow {
            execution: admin::TaskExecution {
                id: Some(core::TaskExecutionIdentifier {
                    task_id: event.task_id.clone(),
                    node_execution_id: Some(node_id.clone()),
                    retry_attempt: event.retry_attempt,
                }),
                closure: Some(admin::TaskExecutionClosure {
                    created_at: Some(at),
                    task_type: event.task_type.clone(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            inputs: None,
            outputs: None,
        });
        if let Some(event::task_execution_event::InputValue::InputData(inputs)) = event.input_value
        {
            task.inputs = Some(inputs);
        }
        let closure = task.execution.closure.get_or_insert_with(Default::default);
        progress!(closure).advance(event.phase, TaskPhase::Running as i32, at, task_terminal);
        closure.logs.extend(event.logs);
        use event::task_execution_event::OutputResult;
        match event.output_result {
            Some(OutputResult::Error(error)) => {
                closure.output_result =
                    Some(admin::task_execution_closure::OutputResult::Error(error));
            }
            Some(OutputResult::OutputData(outputs)) => task.outputs = Some(outputs),
            _ => {}
        }
        Ok(())
    }
}

/// The parent node and parent task execution a new node's first event names; each must
/// already have an execution.
type Parents = (Option<String>, Option<(String, u32)>);

fn parent_of(row: &ExecutionRow, event: &event::NodeExecutionEvent) -> Result<Parents, Status> {
    let missing = |what: String| {
        Status::not_found(format!(
            "{what} of node {} has no execution yet",
            event.id.as_ref().map_or("", |i| i.node_id.as_str())
        ))
    };
    let parent = match &event.parent_node_metadata {
        Some(p) if !row.nodes.contains_key(&p.node_id) => {
            return Err(missing(format!("parent node {}", p.node_id)))
        }
        Some(p) => Some(p.node_id.clone()),
        None => None,
    };
    let parent_task = match event.parent_task_metadata.as_ref().map(|p| p.id.as_ref()) {
        Some(None) => {
            return Err(Status::invalid_argument(
                "parent_task_metadata without a task execution id",
            ))
        }
        Some(Some(task)) => {
            let node = task
                .node_execution_id
                .as_ref()
                .map(|n| n.node_id.clone())
                .unwrap_or_default();
            let key = (node, task.retry_attempt);
            if !row.tasks.contains_key(&key) {
                return Err(missing(format!(
                    "parent task execution {} attempt {}",
                    key.0, key.1
                )));
            }
            Some(key)
        }
        None => None,
    };
    Ok((parent, parent_task))
}

/// The closure's view of an event's target metadata; a dynamic node's compiled workflow is
/// kept aside in `dynamic`, as FlyteAdmin keeps it outside the closure.
fn target_metadata(
    target: event::node_execution_event::TargetMetadata,
    dynamic: &mut Option<admin::DynamicWorkflowNodeMetadata>,
) -> admin::node_execution_closure::TargetMetadata {
    use admin::node_execution_closure::TargetMetadata as Closure;
    use event::node_execution_event::TargetMetadata as Event;
    match target {
        Event::WorkflowNodeMetadata(m) => {
            Closure::WorkflowNodeMetadata(admin::WorkflowNodeMetadata {
                execution_id: m.execution_id,
            })
        }
        Event::TaskNodeMetadata(m) => {
            if let Some(d) = m.dynamic_workflow {
                *dynamic = Some(admin::DynamicWorkflowNodeMetadata {
                    id: d.id,
                    compiled_workflow: d.compiled_workflow,
                    dynamic_job_spec_uri: d.dynamic_job_spec_uri,
                });
            }
            Closure::TaskNodeMetadata(admin::TaskNodeMetadata {
                cache_status: m.cache_status,
                catalog_key: m.catalog_key,
                checkpoint_uri: m.checkpoint_uri,
            })
        }
    }
}

/// The times and phase of an execution, node or task execution closure.
struct Progress<'a> {
    phase: &'a mut i32,
    started_at: &'a mut Option<Timestamp>,
    updated_at: &'a mut Option<Timestamp>,
    duration: &'a mut Option<prost_types::Duration>,
}

impl Progress<'_> {
    /// Moves to `next` at `at`: the start is when it first runs, the duration is set when
    /// it ends.
    fn advance(self, next: i32, running: i32, at: Timestamp, terminal: fn(i32) -> bool) {
        if next == running && self.started_at.is_none() {
            *self.started_at = Some(at);
        }
        *self.phase = next;
        *self.updated_at = Some(at);
        if terminal(next) {
            *self.duration = self.started_at.map(|start| duration_between(&start, &at));
        }
    }
}

fn duration_between(start: &Timestamp, end: &Timestamp) -> prost_types::Duration {
    let nanos = (i128::from(end.seconds) * 1_000_000_000 + i128::from(end.nanos))
        - (i128::from(start.seconds) * 1_000_000_000 + i128::from(start.nanos));
    let nanos = nanos.max(0);
    prost_types::Duration {
        seconds: (nanos / 1_000_000_000) as i64,
        nanos: (nanos % 1_000_000_000) as i32,
    }
}
