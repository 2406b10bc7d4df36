//! Execution metrics as GetExecutionMetrics reports them: a tree of spans, the execution's,
//! then its top-level nodes', then each node's task executions, child nodes (subworkflow
//! and dynamic nodes) and child execution (launch-plan nodes), down to `depth` levels.
//!
//! A span runs from when its entity was created to its last update (its end, once it
//! has finished). FlyteAdmin also adds operation spans (such as the overhead before a
//! node starts); this admin does not.

use crate::executions::{ExecutionRow, Executions, NodeRow};
use crate::idl::flyteidl::{admin, core};
use core::span::Id;
use tonic::Status;

/// The deepest tree a request gets, whatever depth it asks for. (Executions link into a
/// tree, never a cycle: a node may only name a child execution it started.)
const MAX_DEPTH: i32 = 64;

pub fn execution_span(
    executions: &Executions,
    id: &core::WorkflowExecutionIdentifier,
    depth: i32,
) -> Result<core::Span, Status> {
    let row = executions.get(id)?;
    Ok(SpanTree { executions, row }.execution(depth.min(MAX_DEPTH)))
}

struct SpanTree<'a> {
    executions: &'a Executions,
    row: &'a ExecutionRow,
}

impl SpanTree<'_> {
    fn execution(&self, depth: i32) -> core::Span {
        let closure = self.row.execution.closure.as_ref();
        let mut span = core::Span {
            start_time: closure.and_then(|c| c.created_at),
            end_time: closure.and_then(|c| c.updated_at),
            id: self.row.execution.id.clone().map(Id::WorkflowId),
            spans: Vec::new(),
        };
        if depth > 0 {
            let top = self.children(|n| n.parent.is_none() && n.parent_task.is_none());
            span.spans = top.map(|n| self.node(n, depth - 1)).collect();
        }
        span
    }

    fn children<'b>(
        &'b self,
        keep: impl Fn(&NodeRow) -> bool + 'b,
    ) -> impl Iterator<Item = &'b NodeRow> + 'b {
        let mut nodes: Vec<&NodeRow> = self.row.nodes.values().filter(|n| keep(n)).collect();
        nodes.sort_by_key(|n| n.seq);
        nodes.into_iter()
    }

    fn node(&self, node: &NodeRow, depth: i32) -> core::Span {
        let closure = node.execution.closure.as_ref();
        let node_id = node.execution.id.as_ref();
        let mut span = core::Span {
            start_time: closure.and_then(|c| c.created_at),
            end_time: closure.and_then(|c| c.updated_at),
            id: node_id.cloned().map(Id::NodeId),
            spans: Vec::new(),
        };
        if depth <= 0 {
            return span;
        }
        let name = node_id.map(|i| i.node_id.clone()).unwrap_or_default();
        for ((task_node, _), task) in &self.row.tasks {
            if *task_node == name {
                let closure = task.execution.closure.as_ref();
                span.spans.push(core::Span {
                    start_time: closure.and_then(|c| c.created_at),
                    end_time: closure.and_then(|c| c.updated_at),
                    id: task.execution.id.clone().map(Id::TaskId),
                    spans: Vec::new(),
                });
            }
        }
        let inner = self.children(|n| {
            n.parent.as_ref() == Some(&name)
                || n.parent_task.as_ref().is_some_and(|(t, _)| *t == name)
        });
        span.spans.extend(inner.map(|n| self.node(n, depth - 1)));
        use admin::node_execution_closure::TargetMetadata;
        if let Some(TargetMetadata::WorkflowNodeMetadata(m)) =
            closure.and_then(|c| c.target_metadata.as_ref())
        {
            let child = m
                .execution_id
                .as_ref()
                .and_then(|id| self.executions.get(id).ok());
            if let Some(row) = child {
                let tree = SpanTree {
                    executions: self.executions,
                    row,
                };
                span.spans.push(tree.execution(depth - 1));
            }
        }
        span
    }
}
