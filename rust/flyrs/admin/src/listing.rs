//! FlyteAdmin's list parameters: `limit` and `token` (pages), `sort_by`, and the filter
//! syntax `eq(version,v1)+gt(created_at,2024-01-01T00:00:00Z)`.

use crate::idl::flyteidl::admin;
use std::cmp::Ordering;
use tonic::Status;

/// A table of FlyteAdmin's database, as filters name it: `prefix` in `execution.phase`,
/// `code` in its error messages, and its model's columns. On executions, node and task
/// executions (`execution_keys`) FlyteAdmin rewrites a filter on a `project`, `domain` or
/// `name` column to `execution_project` and so on; only task executions have such columns
/// of their own (the task's), so only there does the rewrite show.
#[derive(Debug)]
pub struct Entity {
    pub prefix: &'static str,
    code: &'static str,
    columns: &'static [&'static str],
    execution_keys: bool,
}

macro_rules! entity {
    ($name:ident, $prefix:literal, $code:literal, $keys:literal, [$($column:literal),* $(,)?]) => {
        pub const $name: Entity = Entity {
            prefix: $prefix,
            code: $code,
            // Every model's BaseModel columns, then its own.
            columns: &["id", "created_at", "updated_at", "deleted_at", $($column),*],
            execution_keys: $keys,
        };
    };
}

entity!(
    TASK,
    "task",
    "t",
    false,
    [
        "project",
        "domain",
        "name",
        "version",
        "closure",
        "digest",
        "type",
        "short_description"
    ]
);
entity!(
    WORKFLOW,
    "workflow",
    "w",
    false,
    [
        "project",
        "domain",
        "name",
        "version",
        "typed_interface",
        "remote_closure_identifier",
        "digest",
        "short_description"
    ]
);
entity!(
    LAUNCH_PLAN,
    "launch_plan",
    "l",
    false,
    [
        "project",
        "domain",
        "name",
        "version",
        "spec",
        "workflow_id",
        "closure",
        "state",
        "digest",
        "schedule_type",
        "launch_condition_type"
    ]
);
entity!(
    EXECUTION,
    "execution",
    "e",
    true,
    [
        "execution_project",
        "execution_domain",
        "execution_name",
        "launch_plan_id",
        "workflow_id",
        "task_id",
        "phase",
        "closure",
        "spec",
        "started_at",
        "execution_created_at",
        "execution_updated_at",
        "duration",
        "abort_cause",
        "mode",
        "source_execution_id",
        "parent_node_execution_id",
        "cluster",
        "inputs_uri",
        "user_inputs_uri",
        "error_kind",
        "error_code",
        "user",
        "state",
        "launch_entity"
    ]
);
entity!(
    NODE_EXECUTION,
    "node_execution",
    "ne",
    true,
    [
        "execution_project",
        "execution_domain",
        "execution_name",
        "node_id",
        "phase",
        "input_uri",
        "closure",
        "started_at",
        "node_execution_created_at",
        "node_execution_updated_at",
        "duration",
        "node_execution_metadata",
        "parent_id",
        "parent_task_execution_id",
        "error_kind",
        "error_code",
        "cache_status",
        "dynamic_workflow_remote_closure_reference",
        "internal_data"
    ]
);
entity!(
    TASK_EXECUTION,
    "task_execution",
    "te",
    true,
    [
        "project",
        "domain",
        "name",
        "version",
        "execution_project",
        "execution_domain",
        "execution_name",
        "node_id",
        "retry_attempt",
        "phase",
        "phase_version",
        "input_uri",
        "closure",
        "started_at",
        "task_execution_created_at",
        "task_execution_updated_at",
        "duration"
    ]
);
entity!(
    PROJECT,
    "project",
    "p",
    false,
    ["identifier", "name", "description", "labels", "state"]
);
entity!(
    SIGNAL,
    "signal",
    "s",
    false,
    [
        "execution_project",
        "execution_domain",
        "execution_name",
        "signal_id",
        "type",
        "value"
    ]
);
// Named entities have no BaseModel; these columns come from the entity and its metadata.
pub const NAMED_ENTITY: Entity = Entity {
    prefix: "entities",
    code: "nen",
    columns: &[
        "resource_type",
        "project",
        "domain",
        "name",
        "description",
        "state",
    ],
    execution_keys: false,
};

/// Every table filters may name (the last three are only joined), by prefix and code.
const PREFIXES: [(&str, &str); 13] = [
    ("task", "t"),
    ("workflow", "w"),
    ("launch_plan", "l"),
    ("execution", "e"),
    ("node_execution", "ne"),
    ("task_execution", "te"),
    ("entities", "nen"),
    ("named_entity_metadata", "nem"),
    ("project", "p"),
    ("signal", "s"),
    ("admin_tag", "at"),
    ("execution_admin_tag", "eat"),
    ("execution_tag", "et"),
];

/// A column the local admin evaluates, and how its values compare: numbers (attempts,
/// states) as numbers, times as times (a filter's value is read as SQL casts it, then
/// compared in fixed-width RFC 3339, whose text order is time order), the rest as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    name: &'static str,
    kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Number,
    Time,
}

pub const fn text(name: &'static str) -> Field {
    Field {
        name,
        kind: Kind::Text,
    }
}

pub const fn number(name: &'static str) -> Field {
    Field {
        name,
        kind: Kind::Number,
    }
}

/// A timestamp column; rows give it as [`crate::time::rfc3339`] writes it.
pub const fn time(name: &'static str) -> Field {
    Field {
        name,
        kind: Kind::Time,
    }
}

/// A list RPC: its table, the tables FlyteAdmin lets its filters join, and the columns
/// the local admin evaluates. A column FlyteAdmin has and the local admin does not
/// evaluate, or a joined table, is UNIMPLEMENTED, never ignored.
#[derive(Debug)]
pub struct Endpoint {
    pub method: &'static str,
    pub entity: &'static Entity,
    pub joins: &'static [&'static str],
    pub fields: &'static [Field],
}

fn find(fields: &[Field], name: &str) -> Option<Field> {
    fields.iter().copied().find(|f| f.name == name)
}

fn compare(field: Field, a: &str, b: &str) -> Ordering {
    if field.kind == Kind::Number {
        if let (Ok(a), Ok(b)) = (a.parse::<i64>(), b.parse::<i64>()) {
            return a.cmp(&b);
        }
    }
    a.cmp(b)
}

/// A filter operator of FlyteAdmin's syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Gt,
    Gte,
    Lt,
    Lte,
    Contains,
    NotLike,
    ValueIn,
    ValueNotIn,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Filter {
    op: Op,
    field: Field,
    values: Vec<String>,
}

fn unimplemented_column(endpoint: &Endpoint, what: &str) -> Status {
    Status::unimplemented(format!(
        "the local admin does not filter or sort {} on {what}",
        endpoint.method
    ))
}

/// The column a filter names, checked as FlyteAdmin checks it (the table must be the
/// endpoint's or one it joins, the column one of that table's) and renamed as it renames
/// them; then one the local admin evaluates.
fn column(endpoint: &Endpoint, name: &str) -> Result<Field, Status> {
    let own = endpoint.entity;
    let (entity, column) = match name.split_once('.') {
        None => (own, name),
        Some((prefix, column)) if prefix == own.prefix => (own, column),
        Some((prefix, _)) => {
            // FlyteAdmin reads a prefix it does not know as part of the column's name.
            let Some((_, code)) = PREFIXES.iter().find(|(p, _)| *p == prefix) else {
                return Err(Status::invalid_argument(format!(
                    "'{}.{name}' is invalid filter",
                    own.code
                )));
            };
            if !endpoint.joins.contains(&prefix) {
                return Err(Status::invalid_argument(format!(
                    "'{code}' entity is not allowed in filters"
                )));
            }
            return Err(unimplemented_column(endpoint, &format!("{prefix} columns")));
        }
    };
    if !entity.columns.contains(&column) {
        return Err(Status::invalid_argument(format!(
            "'{}.{column}' is invalid filter",
            entity.code
        )));
    }
    let renamed = match column {
        "project" | "domain" | "name" if entity.execution_keys => format!("execution_{column}"),
        _ => column.to_string(),
    };
    find(endpoint.fields, &renamed).ok_or_else(|| unimplemented_column(endpoint, &renamed))
}

/// Parses `op(field,value)+op(field,value)`; `value_in` takes `a;b;c`.
fn parse_filters(text: &str, endpoint: &Endpoint) -> Result<Vec<Filter>, Status> {
    let malformed = || Status::invalid_argument("invalid value for filters");
    let mut filters = Vec::new();
    for part in text.split('+').map(str::trim).filter(|p| !p.is_empty()) {
        let (op, rest) = part.split_once('(').ok_or_else(malformed)?;
        let inner = rest.strip_suffix(')').ok_or_else(malformed)?;
        let (field, value) = inner.split_once(',').ok_or_else(malformed)?;
        let (field, value) = (field.trim(), value.trim());
        if field.is_empty() || value.is_empty() {
            return Err(malformed());
        }
        let op = match op.trim() {
            "eq" => Op::Eq,
            "ne" => Op::Ne,
            "gt" => Op::Gt,
            "gte" => Op::Gte,
            "lt" => Op::Lt,
            "lte" => Op::Lte,
            "contains" => Op::Contains,
            "not_like" => Op::NotLike,
            "value_in" => Op::ValueIn,
            "value_not_in" => Op::ValueNotIn,
            other => {
                return Err(Status::invalid_argument(format!(
                    "unrecognized filter function: {other}"
                )))
            }
        };
        let field = column(endpoint, field)?;
        let mut values: Vec<String> = match op {
            Op::ValueIn | Op::ValueNotIn => {
                value.split(';').map(|v| v.trim().to_string()).collect()
            }
            // FlyteAdmin's LIKE '%value%', the value's own wildcards included.
            Op::Contains => vec![format!("%{value}%")],
            _ => vec![value.to_string()],
        };
        match field.kind {
            Kind::Number if values.iter().any(|v| v.parse::<i64>().is_err()) => {
                return Err(Status::invalid_argument(format!(
                    "{} takes whole numbers, not {value:?}",
                    field.name
                )));
            }
            Kind::Time if !matches!(op, Op::Contains | Op::NotLike) => {
                for v in &mut values {
                    let at = crate::time::parse_time(v).ok_or_else(|| {
                        Status::invalid_argument(format!(
                            "{} takes a time (2024-05-01T12:00:00Z), not {v:?}",
                            field.name
                        ))
                    })?;
                    *v = crate::time::rfc3339(&at);
                }
            }
            _ => {}
        }
        filters.push(Filter { op, field, values });
    }
    Ok(filters)
}

/// SQL's LIKE: `%` is any run of characters, `_` any one, a backslash escapes the next.
/// Greedy with one backtrack point (the last `%`), so time is bounded by text × pattern
/// and there is no recursion, whatever a filter sends.
fn like(text: &str, pattern: &str) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Token {
        Any,
        One,
        Char(char),
    }
    let mut tokens = Vec::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        let token = match c {
            '%' => Token::Any,
            '_' => Token::One,
            '\\' => Token::Char(chars.next().unwrap_or('\\')),
            c => Token::Char(c),
        };
        if !(token == Token::Any && tokens.last() == Some(&Token::Any)) {
            tokens.push(token);
        }
    }
    let text: Vec<char> = text.chars().collect();
    let (mut t, mut p) = (0, 0);
    let mut resume: Option<(usize, usize)> = None; // after the last `%`: (pattern, text)
    while t < text.len() {
        match tokens.get(p) {
            Some(Token::Any) => {
                resume = Some((p + 1, t));
                p += 1;
            }
            Some(Token::One) => (t, p) = (t + 1, p + 1),
            Some(Token::Char(c)) if *c == text[t] => (t, p) = (t + 1, p + 1),
            _ => match resume {
                Some((after, from)) => {
                    // Let the last `%` take one more character, and try again from there.
                    resume = Some((after, from + 1));
                    (t, p) = (from + 1, after);
                }
                None => return false,
            },
        }
    }
    tokens[p..].iter().all(|token| *token == Token::Any)
}

/// Whether a row passes every filter; `field` reads a row's value of a field by name.
fn matches(filters: &[Filter], field: impl Fn(&str) -> String) -> bool {
    filters.iter().all(|f| {
        let actual = field(f.field.name);
        let order = |value: &String| compare(f.field, &actual, value);
        let first = order(&f.values[0]);
        match f.op {
            Op::Eq => first == Ordering::Equal,
            Op::Ne => first != Ordering::Equal,
            Op::Gt => first == Ordering::Greater,
            Op::Gte => first != Ordering::Less,
            Op::Lt => first == Ordering::Less,
            Op::Lte => first != Ordering::Greater,
            Op::Contains => like(&actual, &f.values[0]),
            Op::NotLike => !like(&actual, &f.values[0]),
            Op::ValueIn => f.values.iter().any(|v| order(v) == Ordering::Equal),
            Op::ValueNotIn => f.values.iter().all(|v| order(v) != Ordering::Equal),
        }
    })
}

/// `limit` must be positive; `token` is the offset of the page, as FlyteAdmin issues it.
fn page(limit: u32, token: &str, method: &str) -> Result<(usize, usize), Status> {
    if limit == 0 {
        return Err(Status::invalid_argument("invalid value for limit"));
    }
    let offset = if token.is_empty() {
        0
    } else {
        token.parse().map_err(|_| {
            Status::invalid_argument(format!("invalid pagination token {token} for {method}"))
        })?
    };
    Ok((offset, limit as usize))
}

/// The page of `rows` at `offset`, and the token of the next page: as FlyteAdmin, there
/// is one whenever the page is full ("" once a page comes back short).
fn paginate<T>(rows: Vec<T>, offset: usize, limit: usize) -> (Vec<T>, String) {
    let page: Vec<T> = rows.into_iter().skip(offset).take(limit).collect();
    let token = if page.len() == limit {
        (offset + limit).to_string()
    } else {
        String::new()
    };
    (page, token)
}

/// What a list request asks for: a page, filters and a sort.
pub struct ListRequest<'a> {
    pub limit: u32,
    pub token: &'a str,
    pub filters: &'a str,
    pub sort_by: Option<&'a admin::Sort>,
}

/// A request message of a list endpoint.
pub trait Listing {
    fn list_request(&self) -> ListRequest<'_>;
}

macro_rules! listing {
    ($($request:ty),* $(,)?) => {$(
        impl Listing for $request {
            fn list_request(&self) -> ListRequest<'_> {
                ListRequest {
                    limit: self.limit,
                    token: &self.token,
                    filters: &self.filters,
                    sort_by: self.sort_by.as_ref(),
                }
            }
        }
    )*};
}

listing!(
    admin::ProjectListRequest,
    admin::ResourceListRequest,
    admin::NamedEntityIdentifierListRequest,
    admin::NamedEntityListRequest,
    admin::NodeExecutionListRequest,
    admin::NodeExecutionForTaskListRequest,
    admin::TaskExecutionListRequest,
    admin::SignalListRequest,
);

/// The page of `rows` a list request of `endpoint` asks for: filtered and sorted as
/// FlyteAdmin does (its error messages for what it refuses), reading a row's column with
/// `field`. `rows` come in the endpoint's default order, which a sort keeps among equal
/// keys. A `limit` of 0 is refused.
pub fn select<T>(
    rows: impl IntoIterator<Item = T>,
    request: ListRequest<'_>,
    endpoint: &Endpoint,
    field: impl Fn(&T, &str) -> String,
) -> Result<(Vec<T>, String), Status> {
    use admin::sort::Direction;
    let (offset, limit) = page(request.limit, request.token, endpoint.method)?;
    let filters = parse_filters(request.filters, endpoint)?;
    let sort = request
        .sort_by
        .map(|s| sort_key(s, endpoint))
        .transpose()?
        .flatten();
    let mut rows: Vec<T> = rows
        .into_iter()
        .filter(|row| matches(&filters, |f| field(row, f)))
        .collect();
    if let Some((key, direction)) = sort {
        rows.sort_by(|a, b| {
            let order = compare(key, &field(a, key.name), &field(b, key.name));
            if direction == Direction::Descending {
                order.reverse()
            } else {
                order
            }
        });
    }
    Ok(paginate(rows, offset, limit))
}

/// Checks a sort against the endpoint's table, as FlyteAdmin does (the key must be one of
/// its columns, unprefixed); `None` keeps the default order.
fn sort_key(
    sort: &admin::Sort,
    endpoint: &Endpoint,
) -> Result<Option<(Field, admin::sort::Direction)>, Status> {
    if sort.key.is_empty() {
        return Ok(None);
    }
    let direction = admin::sort::Direction::try_from(sort.direction).map_err(|_| {
        Status::invalid_argument(format!("invalid sort order specified: {}", sort.direction))
    })?;
    if !endpoint.entity.columns.contains(&sort.key.as_str()) {
        return Err(Status::invalid_argument(format!(
            "invalid sort key '{}'",
            sort.key
        )));
    }
    let key = find(endpoint.fields, &sort.key)
        .ok_or_else(|| unimplemented_column(endpoint, &sort.key))?;
    Ok(Some((key, direction)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: [Field; 3] = [text("name"), text("version"), text("created_at")];
    const TASKS: Endpoint = Endpoint {
        method: "ListTasks",
        entity: &TASK,
        joins: &[],
        fields: &FIELDS,
    };
    const ATTEMPTS: Endpoint = Endpoint {
        method: "ListTaskExecutions",
        entity: &TASK_EXECUTION,
        joins: &["task", "node_execution", "execution"],
        fields: &[number("retry_attempt"), text("execution_name")],
    };

    fn refusal(text: &str, endpoint: &Endpoint) -> (tonic::Code, String) {
        let status = parse_filters(text, endpoint).unwrap_err();
        (status.code(), status.message().to_string())
    }

    #[test]
    fn filters_parse_and_match() {
        let filters = parse_filters("eq(name,wf.t)+value_in(task.version,v1;v3)", &TASKS).unwrap();
        let row = |name: &'static str, version: &'static str| {
            move |f: &str| match f {
                "name" => name.to_string(),
                _ => version.to_string(),
            }
        };
        assert!(matches(&filters, row("wf.t", "v3")));
        assert!(!matches(&filters, row("wf.t", "v2")));
        assert!(!matches(&filters, row("wf.u", "v1")));
        let gt = parse_filters("gt(version,v1)+contains(name,t)", &TASKS).unwrap();
        assert!(matches(&gt, row("wf.t", "v2")));
        let out = parse_filters(
            "value_not_in(version,v1;v2)+not_like(name,.flytegen%)",
            &TASKS,
        )
        .unwrap();
        assert!(matches(&out, row("wf.t", "v3")));
        assert!(!matches(&out, row(".flytegen.t", "v3")));
        assert!(parse_filters("", &TASKS).unwrap().is_empty());
    }

    /// What FlyteAdmin refuses, with its messages; what it has and we do not evaluate is
    /// UNIMPLEMENTED.
    #[test]
    fn refusals_are_flyteadmins() {
        use tonic::Code::{InvalidArgument, Unimplemented};
        let cases = [
            ("eq(name)", InvalidArgument, "invalid value for filters"),
            ("eq(name,a", InvalidArgument, "invalid value for filters"),
            (
                "xx(name,a)",
                InvalidArgument,
                "unrecognized filter function: xx",
            ),
            ("eq(foo,a)", InvalidArgument, "'t.foo' is invalid filter"),
            (
                "eq(execution.phase,a)",
                InvalidArgument,
                "'e' entity is not allowed in filters",
            ),
            (
                "eq(nothing.phase,a)",
                InvalidArgument,
                "'t.nothing.phase' is invalid filter",
            ),
            (
                "eq(digest,a)",
                Unimplemented,
                "the local admin does not filter or sort ListTasks on digest",
            ),
        ];
        for (filters, code, message) in cases {
            assert_eq!(
                refusal(filters, &TASKS),
                (code, message.to_string()),
                "{filters}"
            );
        }
        // Execution-scoped tables: `name` is renamed, `execution.*` is a join.
        assert_eq!(
            parse_filters("eq(name,e1)", &ATTEMPTS).unwrap()[0]
                .field
                .name,
            "execution_name"
        );
        assert_eq!(refusal("eq(execution.phase,X)", &ATTEMPTS).0, Unimplemented);
        assert_eq!(refusal("eq(retry_attempt,x)", &ATTEMPTS).0, InvalidArgument);
    }

    #[test]
    fn sorts_and_numbers() {
        let attempt = |n: &'static str| move |_: &str| n.to_string();
        let gt = parse_filters("gt(retry_attempt,9)", &ATTEMPTS).unwrap();
        assert!(matches(&gt, attempt("10")));
        assert!(!matches(&gt, attempt("9")));
        let sort = |key: &str, direction: admin::sort::Direction| admin::Sort {
            key: key.into(),
            direction: direction as i32,
        };
        let ascending = sort("retry_attempt", admin::sort::Direction::Ascending);
        let request = ListRequest {
            limit: 10,
            token: "",
            filters: "",
            sort_by: Some(&ascending),
        };
        let (rows, _) = select(["10", "2", "1"], request, &ATTEMPTS, |r, _| r.to_string()).unwrap();
        assert_eq!(rows, ["1", "2", "10"]);
        let bad = sort("nope", admin::sort::Direction::Ascending);
        assert_eq!(
            sort_key(&bad, &TASKS).unwrap_err().message(),
            "invalid sort key 'nope'"
        );
        let unevaluated = sort("digest", admin::sort::Direction::Ascending);
        assert_eq!(
            sort_key(&unevaluated, &TASKS).unwrap_err().code(),
            tonic::Code::Unimplemented
        );
        let direction = admin::Sort {
            key: "name".into(),
            direction: 7,
        };
        assert!(sort_key(&direction, &TASKS).is_err());
    }

    #[test]
    fn times_compare_as_times() {
        const CREATED: Endpoint = Endpoint {
            method: "ListTasks",
            entity: &TASK,
            joins: &[],
            fields: &[time("created_at")],
        };
        let stored = |_: &str| "2024-05-01T12:00:00.250000000Z".to_string();
        let holds = |filters: &str| matches(&parse_filters(filters, &CREATED).unwrap(), stored);
        assert!(holds("gte(created_at,2024-05-01T12:00:00Z)"));
        assert!(holds("lt(created_at,2024-05-01T08:00:01-04:00)")); // (a `+` would split the filters)
        assert!(holds("eq(created_at,2024-05-01T12:00:00.25Z)"));
        assert!(!holds("gt(created_at,2024-05-02)"));
        let refused = parse_filters("gt(created_at,yesterday)", &CREATED).unwrap_err();
        assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    }

    #[test]
    fn pages() {
        assert_eq!(page(2, "", "ListTasks").unwrap(), (0, 2));
        assert_eq!(page(2, "4", "ListTasks").unwrap(), (4, 2));
        assert_eq!(
            page(0, "", "ListTasks").unwrap_err().message(),
            "invalid value for limit"
        );
        assert_eq!(
            page(1, "x", "ListTasks").unwrap_err().message(),
            "invalid pagination token x for ListTasks"
        );
        let (rows, token) = paginate(vec![1, 2, 3, 4, 5], 0, 2);
        assert_eq!((rows, token.as_str()), (vec![1, 2], "2"));
        let (rows, token) = paginate(vec![1, 2, 3, 4, 5], 4, 2);
        assert_eq!((rows, token.as_str()), (vec![5], ""));
        // A full last page still has a token, as FlyteAdmin issues it.
        let (_, token) = paginate(vec![1, 2], 0, 2);
        assert_eq!(token, "2");
    }

    #[test]
    fn like_patterns() {
        let cases = [
            (".flytegen.x", ".flytegen%", true),
            ("abc", "a_c", true),
            ("abd", "a_c", false),
            ("", "%", true),
            ("", "_", false),
            ("abc", "%b%", true),
            ("axbyd", "%b_d", true),
            ("abcbe", "%b_d", false),
            ("a%c", "a\\%c", true),
            ("abc", "a\\%c", false),
            ("mississippi", "m%ss%pi", true),
            ("mississippi", "m%ss%pix", false),
        ];
        for (text, pattern, expected) in cases {
            assert_eq!(like(text, pattern), expected, "{text} {pattern}");
        }
        // Hostile patterns finish at once and do not recurse.
        let many = "%".repeat(100_000) + "x";
        assert!(!like(&"a".repeat(1000), &many));
        assert!(!like(&"a".repeat(50), &("%a".repeat(20) + "b")));
    }
}
