//! FlyteAdmin's list parameters: `limit` and `token` (pages), `sort_by`, and the filter
//! syntax `eq(version,v1)+gt(created_at,2024-01-01T00:00:00Z)`.

use crate::idl::flyteidl::admin;
use std::cmp::Ordering;
use tonic::Status;

/// A field a list endpoint filters and sorts on. Numbers (attempts, states) compare as
/// numbers; everything else as text, timestamps included (fixed-width RFC 3339, so text
/// order is time order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    name: &'static str,
    numeric: bool,
}

pub const fn text(name: &'static str) -> Field {
    Field {
        name,
        numeric: false,
    }
}

pub const fn number(name: &'static str) -> Field {
    Field {
        name,
        numeric: true,
    }
}

fn names(fields: &[Field]) -> String {
    fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
}

fn find(fields: &[Field], name: &str) -> Option<Field> {
    fields.iter().copied().find(|f| f.name == name)
}

fn compare(field: Field, a: &str, b: &str) -> Ordering {
    if field.numeric {
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
    ValueIn,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Filter {
    op: Op,
    field: Field,
    values: Vec<String>,
}

/// Parses `op(field,value)+op(field,value)`; `value_in` takes `a;b;c`. `allowed` lists
/// the fields the endpoint filters on, as FlyteAdmin restricts them.
fn parse_filters(text: &str, allowed: &[Field]) -> Result<Vec<Filter>, Status> {
    let bad = |why: String| Status::invalid_argument(format!("invalid filters {text:?}: {why}"));
    let mut filters = Vec::new();
    for part in text.split('+').map(str::trim).filter(|p| !p.is_empty()) {
        let (op, rest) = part
            .split_once('(')
            .ok_or_else(|| bad(format!("{part:?} is not op(field,value)")))?;
        let inner = rest
            .strip_suffix(')')
            .ok_or_else(|| bad(format!("{part:?} lacks its closing parenthesis")))?;
        let (field, value) = inner
            .split_once(',')
            .ok_or_else(|| bad(format!("{part:?} is not op(field,value)")))?;
        let op = match op.trim() {
            "eq" => Op::Eq,
            "ne" => Op::Ne,
            "gt" => Op::Gt,
            "gte" => Op::Gte,
            "lt" => Op::Lt,
            "lte" => Op::Lte,
            "contains" => Op::Contains,
            "value_in" => Op::ValueIn,
            other => return Err(bad(format!("unknown operator {other:?}"))),
        };
        let name = field.trim();
        let field = find(allowed, name).ok_or_else(|| {
            bad(format!(
                "cannot filter on {name:?}; allowed: {}",
                names(allowed)
            ))
        })?;
        let values: Vec<String> = if op == Op::ValueIn {
            value.split(';').map(|v| v.trim().to_string()).collect()
        } else {
            vec![value.trim().to_string()]
        };
        if field.numeric && values.iter().any(|v| v.parse::<i64>().is_err()) {
            return Err(bad(format!("{name} takes whole numbers, not {value:?}")));
        }
        filters.push(Filter { op, field, values });
    }
    Ok(filters)
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
            Op::Contains => actual.contains(f.values[0].as_str()),
            Op::ValueIn => f.values.iter().any(|v| order(v) == Ordering::Equal),
        }
    })
}

/// `limit` must be positive; `token` is the offset of the page, as FlyteAdmin issues it.
fn page(limit: u32, token: &str) -> Result<(usize, usize), Status> {
    if limit == 0 {
        return Err(Status::invalid_argument("limit must be greater than 0"));
    }
    let offset = if token.is_empty() {
        0
    } else {
        token
            .parse()
            .map_err(|_| Status::invalid_argument(format!("invalid pagination token {token:?}")))?
    };
    Ok((offset, limit as usize))
}

/// The page of `rows` at `offset`, and the token of the next page ("" at the end).
fn paginate<T>(rows: Vec<T>, offset: usize, limit: usize) -> (Vec<T>, String) {
    let total = rows.len();
    let page: Vec<T> = rows.into_iter().skip(offset).take(limit).collect();
    let next = offset + page.len();
    let token = if next < total && !page.is_empty() {
        next.to_string()
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

/// The page of `rows` a list request asks for: filtered and sorted on the `fields` the
/// endpoint allows (anything else is INVALID_ARGUMENT), reading a row's field with `field`.
/// `rows` come in the endpoint's default order, which a sort keeps among equal keys.
pub fn select<T>(
    rows: impl IntoIterator<Item = T>,
    request: ListRequest<'_>,
    fields: &[Field],
    field: impl Fn(&T, &str) -> String,
) -> Result<(Vec<T>, String), Status> {
    use admin::sort::Direction;
    let (offset, limit) = page(request.limit, request.token)?;
    let filters = parse_filters(request.filters, fields)?;
    let mut rows: Vec<T> = rows
        .into_iter()
        .filter(|row| matches(&filters, |f| field(row, f)))
        .collect();
    if let Some(sort) = request.sort_by {
        if let Some(key) = sort_key(&sort.key, fields)? {
            let descending = sort.direction == Direction::Descending as i32;
            rows.sort_by(|a, b| {
                let order = compare(key, &field(a, key.name), &field(b, key.name));
                if descending {
                    order.reverse()
                } else {
                    order
                }
            });
        }
    }
    Ok(paginate(rows, offset, limit))
}

/// Checks a sort key against the endpoint's sortable fields; `None` sorts by the default.
fn sort_key(key: &str, allowed: &[Field]) -> Result<Option<Field>, Status> {
    if key.is_empty() {
        return Ok(None);
    }
    find(allowed, key).map(Some).ok_or_else(|| {
        Status::invalid_argument(format!(
            "cannot sort by {key:?}; allowed: {}",
            names(allowed)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_parse_and_match() {
        let allowed = [text("name"), text("version"), text("created_at")];
        let filters = parse_filters("eq(name,wf.t)+value_in(version,v1;v3)", &allowed).unwrap();
        let row = |name: &'static str, version: &'static str| {
            move |f: &str| match f {
                "name" => name.to_string(),
                _ => version.to_string(),
            }
        };
        assert!(matches(&filters, row("wf.t", "v3")));
        assert!(!matches(&filters, row("wf.t", "v2")));
        assert!(!matches(&filters, row("wf.u", "v1")));
        let gt = parse_filters("gt(version,v1)+contains(name,t)", &allowed).unwrap();
        assert!(matches(&gt, row("wf.t", "v2")));
        for bad in ["eq(name)", "xx(name,a)", "eq(state,1)", "eq(name,a"] {
            assert!(parse_filters(bad, &allowed).is_err(), "{bad}");
        }
        assert!(parse_filters("", &allowed).unwrap().is_empty());
    }

    #[test]
    fn numbers_compare_as_numbers() {
        let allowed = [number("retry_attempt"), text("name")];
        let attempt = |n: &'static str| move |_: &str| n.to_string();
        let gt = parse_filters("gt(retry_attempt,9)", &allowed).unwrap();
        assert!(matches(&gt, attempt("10")));
        assert!(!matches(&gt, attempt("9")));
        assert!(parse_filters("eq(retry_attempt,x)", &allowed).is_err());
        let sort = admin::Sort {
            key: "retry_attempt".into(),
            direction: admin::sort::Direction::Ascending as i32,
        };
        let request = ListRequest {
            limit: 10,
            token: "",
            filters: "",
            sort_by: Some(&sort),
        };
        let (rows, _) = select(["10", "2", "1"], request, &allowed, |r, _| r.to_string()).unwrap();
        assert_eq!(rows, ["1", "2", "10"]);
    }

    #[test]
    fn pages() {
        assert_eq!(page(2, "").unwrap(), (0, 2));
        assert_eq!(page(2, "4").unwrap(), (4, 2));
        assert!(page(0, "").is_err());
        assert!(page(1, "x").is_err());
        let (rows, token) = paginate(vec![1, 2, 3, 4, 5], 0, 2);
        assert_eq!((rows, token.as_str()), (vec![1, 2], "2"));
        let (rows, token) = paginate(vec![1, 2, 3, 4, 5], 4, 2);
        assert_eq!((rows, token.as_str()), (vec![5], ""));
    }
}
