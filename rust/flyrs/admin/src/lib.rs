//! An embedded local FlyteAdmin: FlyteAdmin's observable behaviour for the registry (projects
//! and domains; tasks, workflows and launch plans with their versions and rules; list
//! endpoints with pages, filters and sorting; active launch plans), served over the
//! `flyteidl.service` gRPC API from the process's shared runtime; and executions, whose
//! phases move by the events a propeller sends; signals; and a data proxy whose signed
//! URLs point at a local HTTP endpoint over a directory.
//!
//! - [`idl`]: the flyteidl messages as Rust types (prost, from the embedded descriptors);
//! - [`registry`]: the state and its rules;
//! - [`named`]: named entities and their state;
//! - [`executions`]: executions, node and task executions, and the event rules;
//! - [`signals`]: signals per execution;
//! - [`metrics`]: the span tree of an execution's metrics;
//! - [`listing`]: pages, sorting and FlyteAdmin's filter syntax;
//! - `required`: reading a request's required fields;
//! - [`service`]: decoding requests and encoding responses for each RPC;
//! - [`auth`]: bearer JWTs checked against an external issuer, and `AuthMetadataService`;
//! - [`dataproxy`]: upload and download locations, and the HTTP endpoint behind them;
//! - [`journal`]: the SQLite journal that makes the state survive restarts;
//! - [`server`]: [`LocalAdmin`], the running server.

pub mod auth;
pub mod dataproxy;
pub mod executions;
pub mod idl;
pub mod journal;
pub mod listing;
pub mod metrics;
pub mod named;
pub mod registry;
mod required;
pub mod server;
pub mod service;
pub mod signals;
mod time;

pub use server::LocalAdmin;
