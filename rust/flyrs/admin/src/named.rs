//! Named entities: the name that a task's, workflow's or launch plan's versions share, with
//! metadata (a description, and a state: active, archived or system-generated) that
//! UpdateNamedEntity sets. A name exists once any version is registered under it, and
//! starts active with no description.

use crate::idl::flyteidl::{admin, core};
use crate::listing::{number, select, text, Endpoint, Listing, NAMED_ENTITY};
use crate::registry::Registry;
use crate::required::Required;
use tonic::Status;

const LIST_NAMED_ENTITIES: Endpoint = Endpoint {
    method: "ListNamedEntities",
    entity: &NAMED_ENTITY,
    joins: &["named_entity_metadata"],
    fields: &[
        number("resource_type"),
        text("project"),
        text("domain"),
        text("name"),
        text("description"),
        number("state"),
    ],
};

/// (resource type, project, domain, name).
pub type NameKey = (i32, String, String, String);

fn name_key(kind: i32, id: &admin::NamedEntityIdentifier) -> NameKey {
    (kind, id.project.clone(), id.domain.clone(), id.name.clone())
}

impl Registry {
    /// The names of `kind` registered in a project and domain, sorted, each once.
    fn registered_names(
        &self,
        kind: i32,
        project: &str,
        domain: &str,
    ) -> Result<Vec<String>, Status> {
        let names: Vec<String> = match core::ResourceType::try_from(kind) {
            Ok(core::ResourceType::Task) => self.tasks.names(project, domain),
            Ok(core::ResourceType::Workflow) => self.workflows.names(project, domain),
            Ok(core::ResourceType::LaunchPlan) => self.launch_plans.names(project, domain),
            _ => {
                return Err(Status::invalid_argument(
                    "resource_type must be TASK, WORKFLOW or LAUNCH_PLAN",
                ))
            }
        };
        Ok(names)
    }

    fn named(&self, kind: i32, id: &admin::NamedEntityIdentifier) -> admin::NamedEntity {
        let metadata = self.names.get(&name_key(kind, id)).cloned();
        admin::NamedEntity {
            resource_type: kind,
            id: Some(id.clone()),
            metadata: Some(metadata.unwrap_or_default()),
        }
    }

    fn checked_name(
        &self,
        kind: i32,
        id: Option<&admin::NamedEntityIdentifier>,
    ) -> Result<admin::NamedEntityIdentifier, Status> {
        let id = id.required("id")?;
        self.check_project(&id.project, &id.domain)?;
        if !self
            .registered_names(kind, &id.project, &id.domain)?
            .contains(&id.name)
        {
            return Err(Status::not_found(format!(
                "no entity named {}/{}/{} of type {}",
                id.project,
                id.domain,
                id.name,
                core::ResourceType::try_from(kind).map_or("?", |k| k.as_str_name())
            )));
        }
        Ok(id.clone())
    }

    pub fn get_named_entity(
        &self,
        request: &admin::NamedEntityGetRequest,
    ) -> Result<admin::NamedEntity, Status> {
        let id = self.checked_name(request.resource_type, request.id.as_ref())?;
        Ok(self.named(request.resource_type, &id))
    }

    pub fn update_named_entity(
        &mut self,
        request: admin::NamedEntityUpdateRequest,
    ) -> Result<(), Status> {
        let id = self.checked_name(request.resource_type, request.id.as_ref())?;
        let metadata = request.metadata.required("metadata")?;
        if admin::NamedEntityState::try_from(metadata.state).is_err() {
            return Err(Status::invalid_argument(format!(
                "unknown named entity state {}",
                metadata.state
            )));
        }
        self.names
            .insert(name_key(request.resource_type, &id), metadata);
        Ok(())
    }

    /// The names of a type in a project and domain, by name, filtered or sorted on `name`
    /// or `state` (its number, as FlyteAdmin stores it); without filters, all but the
    /// system-generated ones.
    pub fn list_named_entities(
        &self,
        request: &admin::NamedEntityListRequest,
    ) -> Result<admin::NamedEntityList, Status> {
        self.check_project(&request.project, &request.domain)?;
        let entities = self
            .registered_names(request.resource_type, &request.project, &request.domain)?
            .into_iter()
            .map(|name| {
                let id = admin::NamedEntityIdentifier {
                    project: request.project.clone(),
                    domain: request.domain.clone(),
                    name,
                    org: String::new(),
                };
                self.named(request.resource_type, &id)
            });
        let mut list = request.list_request();
        if list.filters.is_empty() {
            // As FlyteAdmin: names the system made are listed only when asked for.
            list.filters = "not_like(name,.flytegen%)";
        }
        let (entities, token) = select(entities, list, &LIST_NAMED_ENTITIES, |entity, field| {
            let id = entity.id.as_ref();
            let metadata = entity.metadata.as_ref();
            match field {
                "project" => id.map(|i| i.project.clone()).unwrap_or_default(),
                "domain" => id.map(|i| i.domain.clone()).unwrap_or_default(),
                "name" => id.map(|i| i.name.clone()).unwrap_or_default(),
                "resource_type" => entity.resource_type.to_string(),
                "description" => metadata.map(|m| m.description.clone()).unwrap_or_default(),
                _ => metadata.map_or(0, |m| m.state).to_string(),
            }
        })?;
        Ok(admin::NamedEntityList { entities, token })
    }
}
