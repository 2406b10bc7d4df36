//! The registry of a local FlyteAdmin: projects and domains, and the versions of tasks,
//! workflows and launch plans, with FlyteAdmin's rules:
//!
//! - an entity is identified by project, domain, name and version, all required;
//! - registering the identical spec again succeeds; another spec under the same
//!   identifier is ALREADY_EXISTS; an unknown identifier is NOT_FOUND;
//! - a workflow's task, launch-plan and sub-workflow references must resolve, and a
//!   launch plan's workflow must exist;
//! - at most one version of a launch plan is active per name.

use crate::executions::Executions;
use crate::idl::flyteidl::{admin, core};
use crate::required::Required;
use crate::signals::Signals;
use crate::time::{rfc3339, Clock};
use prost::Message;
use prost_types::Timestamp;
use std::collections::HashMap;
use tonic::Status;

/// The domains of every project, as a default FlyteAdmin configures them.
pub const DOMAINS: [&str; 3] = ["development", "staging", "production"];
/// The project a fresh local admin has, as the Flyte sandbox does.
pub const DEFAULT_PROJECT: &str = "flytesnacks";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Task = 1,
    Workflow = 2,
    LaunchPlan = 3,
}

impl Kind {
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Task => "task",
            Kind::Workflow => "workflow",
            Kind::LaunchPlan => "launch plan",
        }
    }
}

type Key = (String, String, String, String);

fn key(id: &core::Identifier) -> Key {
    (
        id.project.clone(),
        id.domain.clone(),
        id.name.clone(),
        id.version.clone(),
    )
}

/// `project/domain/name/version`, for messages.
pub fn show(id: &core::Identifier) -> String {
    format!("{}/{}/{}/{}", id.project, id.domain, id.name, id.version)
}

/// One registered version.
#[derive(Clone, Debug)]
pub struct Row<S> {
    pub id: core::Identifier,
    pub spec: S,
    /// The spec's encoding, which decides whether a re-registration is identical.
    digest: Vec<u8>,
    pub created_at: Timestamp,
    /// Registration order, which breaks ties between equal timestamps.
    pub seq: u64,
}

impl<S> Row<S> {
    /// A field's value as list filters and sorting see it.
    pub fn field(&self, name: &str) -> String {
        match name {
            "project" => self.id.project.clone(),
            "domain" => self.id.domain.clone(),
            "name" => self.id.name.clone(),
            "version" => self.id.version.clone(),
            "created_at" | "updated_at" => rfc3339(&self.created_at),
            "id" => self.seq.to_string(),
            _ => String::new(),
        }
    }
}

/// The versions of one kind of entity.
#[derive(Debug)]
pub struct Table<S> {
    kind: Kind,
    rows: Vec<Row<S>>,
    index: HashMap<Key, usize>,
}

impl<S: Message + Clone> Table<S> {
    fn new(kind: Kind) -> Table<S> {
        Table {
            kind,
            rows: Vec::new(),
            index: HashMap::new(),
        }
    }

    pub fn get(&self, id: &core::Identifier) -> Result<&Row<S>, Status> {
        self.index
            .get(&key(id))
            .map(|&i| &self.rows[i])
            .ok_or_else(|| {
                Status::not_found(format!(
                    "missing entity of type {} with identifier {}",
                    self.kind.noun(),
                    show(id)
                ))
            })
    }

    /// The names registered in a project and domain, sorted, each once.
    pub fn names(&self, project: &str, domain: &str) -> Vec<String> {
        let mut names: Vec<String> = self
            .rows(project, domain, None)
            .into_iter()
            .map(|row| row.id.name.clone())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    pub fn contains(&self, id: &core::Identifier) -> bool {
        self.index.contains_key(&key(id))
    }

    /// Rows of a project and domain (and name, if given), newest first.
    pub fn rows(&self, project: &str, domain: &str, name: Option<&str>) -> Vec<&Row<S>> {
        let mut rows: Vec<&Row<S>> = self
            .rows
            .iter()
            .filter(|r| r.id.project == project && r.id.domain == domain)
            .filter(|r| name.is_none_or(|n| r.id.name == n))
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.seq));
        rows
    }

    fn insert(&mut self, id: core::Identifier, spec: S, clock: &mut Clock) -> Result<(), Status> {
        let digest = spec.encode_to_vec();
        if let Some(&i) = self.index.get(&key(&id)) {
            return if self.rows[i].digest == digest {
                Ok(())
            } else {
                Err(Status::already_exists(format!(
                    "{} with different structure already exists with identifier {}",
                    self.kind.noun(),
                    show(&id)
                )))
            };
        }
        let (created_at, seq) = clock.tick();
        self.index.insert(key(&id), self.rows.len());
        self.rows.push(Row {
            id,
            spec,
            digest,
            created_at,
            seq,
        });
        Ok(())
    }
}

#[derive(Debug)]
pub struct Registry {
    projects: Vec<admin::Project>,
    pub tasks: Table<admin::TaskSpec>,
    pub workflows: Table<admin::WorkflowSpec>,
    pub launch_plans: Table<admin::LaunchPlanSpec>,
    /// (project, domain, name) -> the active launch plan version.
    active: HashMap<(String, String, String), String>,
    /// Named entities' metadata, once UpdateNamedEntity has set it.
    pub(crate) names: HashMap<crate::named::NameKey, admin::NamedEntityMetadata>,
    pub executions: Executions,
    pub signals: Signals,
    pub(crate) clock: Clock,
}

impl Default for Registry {
    fn default() -> Self {
        let mut registry = Registry {
            projects: Vec::new(),
            tasks: Table::new(Kind::Task),
            workflows: Table::new(Kind::Workflow),
            launch_plans: Table::new(Kind::LaunchPlan),
            active: HashMap::new(),
            names: HashMap::new(),
            executions: Executions::default(),
            signals: Signals::default(),
            clock: Clock::default(),
        };
        let default = admin::Project {
            id: DEFAULT_PROJECT.into(),
            name: DEFAULT_PROJECT.into(),
            ..admin::Project::default()
        };
        registry
            .register_project(default)
            .expect("a fresh registry takes the default project");
        registry
    }
}

pub fn domains() -> Vec<admin::Domain> {
    DOMAINS
        .iter()
        .map(|d| admin::Domain {
            id: (*d).into(),
            name: (*d).into(),
        })
        .collect()
}

/// The identifier of a create request: every part present, the resource type right.
pub fn checked_id(id: Option<core::Identifier>, kind: Kind) -> Result<core::Identifier, Status> {
    let mut id = id.required("id")?;
    for (part, value) in [
        ("project", &id.project),
        ("domain", &id.domain),
        ("name", &id.name),
        ("version", &id.version),
    ] {
        if value.is_empty() {
            return Err(Status::invalid_argument(format!("missing {part}")));
        }
    }
    match id.resource_type {
        0 => id.resource_type = kind as i32,
        t if t == kind as i32 => {}
        t => {
            return Err(Status::invalid_argument(format!(
                "resource type {t} is not a {}",
                kind.noun()
            )))
        }
    }
    Ok(id)
}

impl Registry {
    pub fn register_project(&mut self, mut project: admin::Project) -> Result<(), Status> {
        if project.id.is_empty() {
            return Err(Status::invalid_argument("missing project id"));
        }
        if project.id.contains(['/', ' ']) {
            return Err(Status::invalid_argument(format!(
                "invalid project id {:?}",
                project.id
            )));
        }
        if self.projects.iter().any(|p| p.id == project.id) {
            return Err(Status::already_exists(format!(
                "project {} already exists",
                project.id
            )));
        }
        if project.name.is_empty() {
            project.name.clone_from(&project.id);
        }
        project.domains = domains();
        self.projects.push(project);
        Ok(())
    }

    pub fn projects(&self) -> &[admin::Project] {
        &self.projects
    }

    /// FlyteAdmin's check that a request names a registered project and a known domain.
    pub fn check_project(&self, project: &str, domain: &str) -> Result<(), Status> {
        if !self.projects.iter().any(|p| p.id == project) {
            return Err(Status::invalid_argument(format!(
                "failed to validate that project [{project}] and domain [{domain}] are \
                 registered, err: [project [{project}] not found]"
            )));
        }
        if !DOMAINS.contains(&domain) {
            return Err(Status::invalid_argument(format!(
                "failed to validate that project [{project}] and domain [{domain}] are \
                 registered, err: [domain [{domain}] is unrecognized by the system]"
            )));
        }
        Ok(())
    }

    pub fn create_task(
        &mut self,
        id: Option<core::Identifier>,
        spec: Option<admin::TaskSpec>,
    ) -> Result<(), Status> {
        let id = checked_id(id, Kind::Task)?;
        self.check_project(&id.project, &id.domain)?;
        let spec = spec.required("spec")?;
        if spec.template.is_none() {
            return Err(Status::invalid_argument("missing task template"));
        }
        self.tasks.insert(id, spec, &mut self.clock)
    }

    pub fn create_workflow(
        &mut self,
        id: Option<core::Identifier>,
        spec: Option<admin::WorkflowSpec>,
    ) -> Result<(), Status> {
        let id = checked_id(id, Kind::Workflow)?;
        self.check_project(&id.project, &id.domain)?;
        let spec = spec.required("spec")?;
        let template = spec.template.as_ref().required("workflow template")?;
        let subs: Vec<&core::Identifier> = spec
            .sub_workflows
            .iter()
            .filter_map(|w| w.id.as_ref())
            .collect();
        let mut references = Vec::new();
        for workflow in std::iter::once(template).chain(&spec.sub_workflows) {
            for node in &workflow.nodes {
                collect_references(node, &mut references);
            }
        }
        for reference in references {
            let found = match &reference {
                Reference::Task(id) => self.tasks.contains(id),
                Reference::LaunchPlan(id) => self.launch_plans.contains(id),
                Reference::SubWorkflow(id) => {
                    subs.iter().any(|s| key(s) == key(id)) || self.workflows.contains(id)
                }
            };
            if !found {
                return Err(Status::invalid_argument(format!(
                    "failed to compile workflow for identifier {}: {} {} is not registered",
                    show(&id),
                    reference.noun(),
                    show(reference.id())
                )));
            }
        }
        self.workflows.insert(id, spec, &mut self.clock)
    }

    pub fn create_launch_plan(
        &mut self,
        id: Option<core::Identifier>,
        spec: Option<admin::LaunchPlanSpec>,
    ) -> Result<(), Status> {
        let id = checked_id(id, Kind::LaunchPlan)?;
        self.check_project(&id.project, &id.domain)?;
        let spec = spec.required("spec")?;
        let workflow = spec.workflow_id.as_ref().required("workflow_id")?;
        self.workflows.get(workflow)?;
        self.launch_plans.insert(id, spec, &mut self.clock)
    }

    /// ACTIVE makes `id` the active version of its name (the previous one goes inactive);
    /// INACTIVE deactivates it if it is the active one.
    pub fn update_launch_plan(&mut self, id: &core::Identifier, state: i32) -> Result<(), Status> {
        self.launch_plans.get(id)?;
        let name = (id.project.clone(), id.domain.clone(), id.name.clone());
        match admin::LaunchPlanState::try_from(state) {
            Ok(admin::LaunchPlanState::Active) => {
                self.active.insert(name, id.version.clone());
            }
            Ok(admin::LaunchPlanState::Inactive) => {
                if self.active.get(&name) == Some(&id.version) {
                    self.active.remove(&name);
                }
            }
            Err(_) => {
                return Err(Status::invalid_argument(format!(
                    "unknown launch plan state {state}"
                )))
            }
        }
        Ok(())
    }

    pub fn is_active(&self, id: &core::Identifier) -> bool {
        let name = (id.project.clone(), id.domain.clone(), id.name.clone());
        self.active.get(&name) == Some(&id.version)
    }

    pub fn active_version(&self, project: &str, domain: &str, name: &str) -> Option<&String> {
        self.active
            .get(&(project.to_string(), domain.to_string(), name.to_string()))
    }
}

/// The tasks `template`'s nodes run, through branches and array nodes, in node order.
pub fn task_references(template: &core::WorkflowTemplate) -> Vec<core::Identifier> {
    let mut references = Vec::new();
    for node in &template.nodes {
        collect_references(node, &mut references);
    }
    references
        .into_iter()
        .filter_map(|r| match r {
            Reference::Task(id) => Some(id),
            _ => None,
        })
        .collect()
}

enum Reference {
    Task(core::Identifier),
    LaunchPlan(core::Identifier),
    SubWorkflow(core::Identifier),
}

impl Reference {
    fn noun(&self) -> &'static str {
        match self {
            Reference::Task(_) => "task",
            Reference::LaunchPlan(_) => "launch plan",
            Reference::SubWorkflow(_) => "sub-workflow",
        }
    }

    fn id(&self) -> &core::Identifier {
        match self {
            Reference::Task(id) | Reference::LaunchPlan(id) | Reference::SubWorkflow(id) => id,
        }
    }
}

/// Every entity a node refers to, through branches and array nodes.
fn collect_references(node: &core::Node, out: &mut Vec<Reference>) {
    use core::node::Target;
    match &node.target {
        Some(Target::TaskNode(task)) => {
            if let Some(core::task_node::Reference::ReferenceId(id)) = &task.reference {
                out.push(Reference::Task(id.clone()));
            }
        }
        Some(Target::WorkflowNode(workflow)) => match &workflow.reference {
            Some(core::workflow_node::Reference::LaunchplanRef(id)) => {
                out.push(Reference::LaunchPlan(id.clone()))
            }
            Some(core::workflow_node::Reference::SubWorkflowRef(id)) => {
                out.push(Reference::SubWorkflow(id.clone()))
            }
            None => {}
        },
        Some(Target::BranchNode(branch)) => {
            if let Some(if_else) = &branch.if_else {
                let blocks = if_else.case.iter().map(|b| &**b).chain(&if_else.other);
                for block in blocks {
                    if let Some(then) = &block.then_node {
                        collect_references(then, out);
                    }
                }
                if let Some(core::if_else_block::Default::ElseNode(other)) = &if_else.default {
                    collect_references(other, out);
                }
            }
        }
        Some(Target::ArrayNode(array)) => {
            if let Some(inner) = &array.node {
                collect_references(inner, out);
            }
        }
        Some(Target::GateNode(_)) | None => {}
    }
}
