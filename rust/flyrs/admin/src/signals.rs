//! Signals (gate nodes waiting on a human or an external system): get-or-create, list and
//! set, per execution, as FlyteAdmin keeps them.

use crate::idl::flyteidl::{admin, core};
use crate::registry::Registry;
use crate::required::Required;
use std::collections::BTreeMap;
use tonic::Status;

/// Signals by (project, domain, execution name, signal id).
pub type Signals = BTreeMap<(String, String, String, String), admin::Signal>;

fn key(id: &core::SignalIdentifier) -> Result<(String, String, String, String), Status> {
    let execution = id.execution_id.as_ref().required("id.execution_id")?;
    if id.signal_id.is_empty() {
        return Err(Status::invalid_argument("missing id.signal_id"));
    }
    Ok((
        execution.project.clone(),
        execution.domain.clone(),
        execution.name.clone(),
        id.signal_id.clone(),
    ))
}

/// Whether `value` is a literal of the simple or collection `kind` a signal declares.
fn fits(value: &core::Literal, kind: &core::LiteralType) -> bool {
    use core::literal::Value;
    use core::literal_type::Type;
    use core::primitive::Value as P;
    match (&kind.r#type, &value.value) {
        (Some(Type::Simple(simple)), Some(Value::Scalar(scalar))) => {
            let primitive = match &scalar.value {
                Some(core::scalar::Value::Primitive(p)) => p.value.as_ref(),
                Some(core::scalar::Value::NoneType(_)) => {
                    return *simple == core::SimpleType::None as i32
                }
                _ => return *simple == core::SimpleType::Struct as i32,
            };
            let expected = match primitive {
                Some(P::Integer(_)) => core::SimpleType::Integer,
                Some(P::FloatValue(_)) => core::SimpleType::Float,
                Some(P::StringValue(_)) => core::SimpleType::String,
                Some(P::Boolean(_)) => core::SimpleType::Boolean,
                Some(P::Datetime(_)) => core::SimpleType::Datetime,
                Some(P::Duration(_)) => core::SimpleType::Duration,
                None => return false,
            };
            *simple == expected as i32
        }
        // Other declared types are taken on trust, as their literals are checked upstream.
        (Some(Type::Simple(_)), _) => false,
        _ => true,
    }
}

impl Registry {
    pub fn get_or_create_signal(
        &mut self,
        request: admin::SignalGetOrCreateRequest,
    ) -> Result<admin::Signal, Status> {
        let id = request.id.required("id")?;
        let key = key(&id)?;
        self.executions
            .get(id.execution_id.as_ref().expect("checked by key"))?;
        let kind = request.r#type.required("type")?;
        let signal = self.signals.entry(key).or_insert_with(|| admin::Signal {
            id: Some(id),
            r#type: Some(kind),
            value: None,
        });
        Ok(signal.clone())
    }

    pub fn list_signals(
        &self,
        execution: &core::WorkflowExecutionIdentifier,
    ) -> Result<Vec<admin::Signal>, Status> {
        self.executions.get(execution)?;
        Ok(self
            .signals
            .iter()
            .filter(|((p, d, n, _), _)| {
                *p == execution.project && *d == execution.domain && *n == execution.name
            })
            .map(|(_, s)| s.clone())
            .collect())
    }

    /// Sets a signal's value once; setting the same value again is accepted.
    pub fn set_signal(&mut self, request: admin::SignalSetRequest) -> Result<(), Status> {
        let id = request.id.required("id")?;
        let value = request.value.required("value")?;
        let signal = self
            .signals
            .get_mut(&key(&id)?)
            .ok_or_else(|| Status::not_found(format!("signal {} not found", id.signal_id)))?;
        if let Some(kind) = &signal.r#type {
            if !fits(&value, kind) {
                return Err(Status::invalid_argument(format!(
                    "the value does not have the type signal {} declares",
                    id.signal_id
                )));
            }
        }
        match &signal.value {
            Some(existing) if *existing != value => Err(Status::already_exists(format!(
                "signal {} is already set",
                id.signal_id
            ))),
            _ => {
                signal.value = Some(value);
                Ok(())
            }
        }
    }
}
