//! An indexed model of the embedded descriptors: what the codec and the Python classes
//! need to know about every message, field and enum, resolved once.

use crate::descriptor::FILE_DESCRIPTOR_SET;
use prost::Message as _;
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{DescriptorProto, EnumDescriptorProto, FileDescriptorSet};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Protobuf scalar types, as they are encoded on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    Double,
    Float,
    Int64,
    Uint64,
    Int32,
    Fixed64,
    Fixed32,
    Bool,
    String,
    Bytes,
    Uint32,
    Sfixed32,
    Sfixed64,
    Sint32,
    Sint64,
}

impl Scalar {
    /// The protobuf type name, as written in `.proto` files.
    pub fn name(self) -> &'static str {
        match self {
            Scalar::Double => "double",
            Scalar::Float => "float",
            Scalar::Int64 => "int64",
            Scalar::Uint64 => "uint64",
            Scalar::Int32 => "int32",
            Scalar::Fixed64 => "fixed64",
            Scalar::Fixed32 => "fixed32",
            Scalar::Bool => "bool",
            Scalar::String => "string",
            Scalar::Bytes => "bytes",
            Scalar::Uint32 => "uint32",
            Scalar::Sfixed32 => "sfixed32",
            Scalar::Sfixed64 => "sfixed64",
            Scalar::Sint32 => "sint32",
            Scalar::Sint64 => "sint64",
        }
    }

    /// Whether repeated fields of this type may be packed.
    pub fn packable(self) -> bool {
        !matches!(self, Scalar::String | Scalar::Bytes)
    }
}

/// What a single value of a field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    Scalar(Scalar),
    /// Index into [`Schema::enums`].
    Enum(usize),
    /// Index into [`Schema::messages`].
    Message(usize),
}

/// How many values a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cardinality {
    Singular,
    Repeated,
    /// A `map<key, value>` field; the value type is the field's [`Field::value`].
    Map {
        key: Scalar,
    },
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub json_name: String,
    pub number: u32,
    /// The value type; for maps, the type of the map's values.
    pub value: ValueType,
    pub cardinality: Cardinality,
    /// Repeated scalars written packed.
    pub packed: bool,
    /// Singular fields that track presence (`HasField` works): messages, oneof members,
    /// proto3 `optional`, and every singular proto2 field.
    pub presence: bool,
    /// Index into the message's [`Message::oneofs`] for members of a real (non-synthetic) oneof.
    pub oneof: Option<usize>,
    /// proto2 `[default = ...]`, as written in the descriptor.
    pub default: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Oneof {
    pub name: String,
    /// Indexes into [`Message::fields`].
    pub fields: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct Message {
    pub full_name: String,
    /// Index into [`Schema::files`].
    pub file: usize,
    /// Sorted by field number, the order fields are written in.
    pub fields: Vec<Field>,
    pub oneofs: Vec<Oneof>,
    pub map_entry: bool,
    pub proto3: bool,
    /// Field number to index into `fields`, for numbers below [`DIRECT_LOOKUP`].
    direct: Vec<u16>,
}

/// Field numbers below this are looked up by array index; others by a scan.
const DIRECT_LOOKUP: u32 = 64;
const NO_FIELD: u16 = u16::MAX;

impl Message {
    /// The index into `fields` of the field with this number.
    #[inline]
    pub fn field_index(&self, number: u32) -> Option<usize> {
        if number < DIRECT_LOOKUP {
            match self.direct.get(number as usize) {
                Some(&i) if i != NO_FIELD => Some(i as usize),
                _ => None,
            }
        } else {
            self.fields.iter().position(|f| f.number == number)
        }
    }

    pub fn field_by_name(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

#[derive(Clone, Debug)]
pub struct EnumType {
    pub full_name: String,
    pub file: usize,
    /// (name, number) in declaration order.
    pub values: Vec<(String, i32)>,
    /// proto2 enums are closed: unknown numbers go to the unknown fields.
    pub closed: bool,
}

impl EnumType {
    pub fn contains(&self, number: i32) -> bool {
        self.values.iter().any(|(_, n)| *n == number)
    }
}

#[derive(Clone, Debug)]
pub struct File {
    pub name: String,
    pub package: String,
    pub dependencies: Vec<String>,
    pub proto3: bool,
    /// Top-level messages (indexes into [`Schema::messages`]), nested ones excluded.
    pub messages: Vec<usize>,
    /// Top-level enums (indexes into [`Schema::enums`]).
    pub enums: Vec<usize>,
    /// Every message declared in the file, nested ones included, in declaration order.
    pub all_messages: Vec<usize>,
    pub all_enums: Vec<usize>,
    pub services: Vec<prost_types::ServiceDescriptorProto>,
}

#[derive(Debug)]
pub struct Schema {
    pub files: Vec<File>,
    pub messages: Vec<Message>,
    pub enums: Vec<EnumType>,
    message_by_name: HashMap<String, usize>,
    enum_by_name: HashMap<String, usize>,
}

#[derive(Debug)]
pub struct SchemaError(pub String);

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid descriptor set: {}", self.0)
    }
}

impl std::error::Error for SchemaError {}

impl Schema {
    /// The schema of the embedded flyteidl descriptors, parsed once per process.
    pub fn flyteidl() -> &'static Schema {
        static SCHEMA: OnceLock<Schema> = OnceLock::new();
        SCHEMA.get_or_init(|| {
            Schema::from_bytes(FILE_DESCRIPTOR_SET).expect("the embedded descriptor set is valid")
        })
    }

    pub fn message_index(&self, full_name: &str) -> Option<usize> {
        self.message_by_name.get(full_name).copied()
    }

    pub fn enum_index(&self, full_name: &str) -> Option<usize> {
        self.enum_by_name.get(full_name).copied()
    }

    /// Parse a serialized `FileDescriptorSet` whose files appear after their imports.
    pub fn from_bytes(bytes: &[u8]) -> Result<Schema, SchemaError> {
        let set = FileDescriptorSet::decode(bytes).map_err(|e| SchemaError(e.to_string()))?;
        let mut builder = Builder::default();
        // Pass 1: name every message and enum so fields can refer across files.
        for (file_index, file) in set.file.iter().enumerate() {
            let package = file.package();
            let proto3 = file.syntax() == "proto3";
            let mut top_messages = Vec::new();
            let mut all_messages = Vec::new();
            let mut all_enums = Vec::new();
            for message in &file.message_type {
                top_messages.push(builder.declare_message(
                    package,
                    message,
                    file_index,
                    proto3,
                    &mut all_messages,
                    &mut all_enums,
                ));
            }
            let mut top_enums = Vec::new();
            for e in &file.enum_type {
                let index = builder.declare_enum(package, e, file_index, proto3);
                top_enums.push(index);
                all_enums.push(index);
            }
            builder.files.push(File {
                name: file.name().to_string(),
                package: package.to_string(),
                dependencies: file.dependency.clone(),
                proto3,
                messages: top_messages,
                enums: top_enums,
                all_messages,
                all_enums,
                services: file.service.clone(),
            });
        }
        // Pass 2: resolve fields.
        let mut messages = Vec::with_capacity(builder.pending.len());
        for pending in &builder.pending {
            messages.push(builder.resolve_message(pending)?);
        }
        Ok(Schema {
            files: builder.files,
            messages,
            enums: builder.enums,
            message_by_name: builder.message_by_name,
            enum_by_name: builder.enum_by_name,
        })
    }
}

struct PendingMessage {
    full_name: String,
    file: usize,
    proto3: bool,
    proto: DescriptorProto,
}

#[derive(Default)]
struct Builder {
    files: Vec<File>,
    pending: Vec<PendingMessage>,
    enums: Vec<EnumType>,
    message_by_name: HashMap<String, usize>,
    enum_by_name: HashMap<String, usize>,
}

fn qualify(scope: &str, name: &str) -> String {
    if scope.is_empty() {
        name.to_string()
    } else {
        format!("{scope}.{name}")
    }
}

/// protobuf's default JSON name: drop underscores, capitalize the letter after each.
pub fn json_name(field_name: &str) -> String {
    let mut out = String::with_capacity(field_name.len());
    let mut upper_next = false;
    for c in field_name.chars() {
        if c == '_' {
            upper_next = true;
        } else if upper_next {
            out.extend(c.to_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

impl Builder {
    fn declare_message(
        &mut self,
        scope: &str,
        proto: &DescriptorProto,
        file: usize,
        proto3: bool,
        all_messages: &mut Vec<usize>,
        all_enums: &mut Vec<usize>,
    ) -> usize {
        let full_name = qualify(scope, proto.name());
        let index = self.pending.len();
        self.message_by_name.insert(full_name.clone(), index);
        self.pending.push(PendingMessage {
            full_name: full_name.clone(),
            file,
            proto3,
            proto: proto.clone(),
        });
        all_messages.push(index);
        for nested in &proto.nested_type {
            self.declare_message(&full_name, nested, file, proto3, all_messages, all_enums);
        }
        for e in &proto.enum_type {
            all_enums.push(self.declare_enum(&full_name, e, file, proto3));
        }
        index
    }

    fn declare_enum(
        &mut self,
        scope: &str,
        proto: &EnumDescriptorProto,
        file: usize,
        proto3: bool,
    ) -> usize {
        let full_name = qualify(scope, proto.name());
        let index = self.enums.len();
        self.enum_by_name.insert(full_name.clone(), index);
        self.enums.push(EnumType {
            full_name,
            file,
            values: proto
                .value
                .iter()
                .map(|v| (v.name().to_string(), v.number()))
                .collect(),
            closed: !proto3,
        });
        index
    }

    fn resolve_message(&self, pending: &PendingMessage) -> Result<Message, SchemaError> {
        let proto = &pending.proto;
        let mut fields = Vec::with_capacity(proto.field.len());
        // Real oneofs only: proto3 `optional` creates a synthetic oneof that is not exposed.
        let mut oneof_map: Vec<Option<usize>> = vec![None; proto.oneof_decl.len()];
        let mut oneofs: Vec<Oneof> = Vec::new();
        for field in &proto.field {
            if let Some(i) = field.oneof_index {
                if !field.proto3_optional() && oneof_map[i as usize].is_none() {
                    oneof_map[i as usize] = Some(oneofs.len());
                    oneofs.push(Oneof {
                        name: proto.oneof_decl[i as usize].name().to_string(),
                        fields: Vec::new(),
                    });
                }
            }
        }
        for field in &proto.field {
            let value = match field.r#type() {
                Type::Message | Type::Group => {
                    let name = strip_dot(field.type_name());
                    ValueType::Message(*self.message_by_name.get(name).ok_or_else(|| {
                        SchemaError(format!("{}: unknown message {name}", pending.full_name))
                    })?)
                }
                Type::Enum => {
                    let name = strip_dot(field.type_name());
                    ValueType::Enum(*self.enum_by_name.get(name).ok_or_else(|| {
                        SchemaError(format!("{}: unknown enum {name}", pending.full_name))
                    })?)
                }
                other => ValueType::Scalar(scalar_of(other)),
            };
            let repeated = field.label() == Label::Repeated;
            let (cardinality, value) = match value {
                ValueType::Message(m)
                    if repeated
                        && self.pending[m]
                            .proto
                            .options
                            .as_ref()
                            .is_some_and(|o| o.map_entry()) =>
                {
                    let entry = &self.pending[m].proto;
                    let key = entry.field.iter().find(|f| f.number() == 1);
                    let val = entry.field.iter().find(|f| f.number() == 2);
                    let (Some(key), Some(val)) = (key, val) else {
                        return Err(SchemaError(format!(
                            "{}: malformed map entry",
                            pending.full_name
                        )));
                    };
                    let value = match val.r#type() {
                        Type::Message | Type::Group => {
                            ValueType::Message(self.message_by_name[strip_dot(val.type_name())])
                        }
                        Type::Enum => {
                            ValueType::Enum(self.enum_by_name[strip_dot(val.type_name())])
                        }
                        other => ValueType::Scalar(scalar_of(other)),
                    };
                    (
                        Cardinality::Map {
                            key: scalar_of(key.r#type()),
                        },
                        value,
                    )
                }
                v if repeated => (Cardinality::Repeated, v),
                v => (Cardinality::Singular, v),
            };
            let oneof = field.oneof_index.and_then(|i| {
                if field.proto3_optional() {
                    None
                } else {
                    oneof_map[i as usize]
                }
            });
            let presence = cardinality == Cardinality::Singular
                && (!pending.proto3
                    || matches!(value, ValueType::Message(_))
                    || oneof.is_some()
                    || field.proto3_optional());
            let packable = matches!(value, ValueType::Enum(_))
                || matches!(value, ValueType::Scalar(s) if s.packable());
            let explicit_packed = field.options.as_ref().and_then(|o| o.packed);
            let packed = cardinality == Cardinality::Repeated
                && packable
                && explicit_packed.unwrap_or(pending.proto3);
            let number = u32::try_from(field.number()).map_err(|_| {
                SchemaError(format!("{}: negative field number", pending.full_name))
            })?;
            fields.push(Field {
                name: field.name().to_string(),
                json_name: json_name(field.name()),
                number,
                value,
                cardinality,
                packed,
                presence,
                oneof,
                default: field.default_value.clone(),
            });
        }
        fields.sort_by_key(|f| f.number);
        for (i, f) in fields.iter().enumerate() {
            if let Some(o) = f.oneof {
                oneofs[o].fields.push(i);
            }
        }
        let mut direct = vec![NO_FIELD; DIRECT_LOOKUP as usize];
        for (i, f) in fields.iter().enumerate() {
            if f.number < DIRECT_LOOKUP {
                direct[f.number as usize] = i as u16;
            }
        }
        Ok(Message {
            full_name: pending.full_name.clone(),
            file: pending.file,
            fields,
            oneofs,
            map_entry: proto.options.as_ref().is_some_and(|o| o.map_entry()),
            proto3: pending.proto3,
            direct,
        })
    }
}

fn strip_dot(type_name: &str) -> &str {
    type_name.strip_prefix('.').unwrap_or(type_name)
}

fn scalar_of(t: Type) -> Scalar {
    match t {
        Type::Double => Scalar::Double,
        Type::Float => Scalar::Float,
        Type::Int64 => Scalar::Int64,
        Type::Uint64 => Scalar::Uint64,
        Type::Int32 => Scalar::Int32,
        Type::Fixed64 => Scalar::Fixed64,
        Type::Fixed32 => Scalar::Fixed32,
        Type::Bool => Scalar::Bool,
        Type::String => Scalar::String,
        Type::Bytes => Scalar::Bytes,
        Type::Uint32 => Scalar::Uint32,
        Type::Sfixed32 => Scalar::Sfixed32,
        Type::Sfixed64 => Scalar::Sfixed64,
        Type::Sint32 => Scalar::Sint32,
        Type::Sint64 => Scalar::Sint64,
        Type::Message | Type::Group | Type::Enum => unreachable!("not a scalar type"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_match_the_pinned_release() {
        let schema = Schema::flyteidl();
        assert_eq!(schema.files.len(), 73);
        assert_eq!(schema.messages.len(), 555);
        assert_eq!(schema.enums.len(), 81);
    }

    #[test]
    fn resolves_fields_maps_and_oneofs() {
        let schema = Schema::flyteidl();
        let literal = &schema.messages[schema.message_index("flyteidl.core.Literal").unwrap()];
        assert_eq!(literal.oneofs.len(), 1);
        assert_eq!(literal.oneofs[0].name, "value");
        let scalar = literal.field_by_name("scalar").unwrap();
        assert!(scalar.presence && scalar.oneof == Some(0));
        let map = &schema.messages[schema.message_index("flyteidl.core.LiteralMap").unwrap()];
        let literals = map.field_by_name("literals").unwrap();
        assert_eq!(
            literals.cardinality,
            Cardinality::Map {
                key: Scalar::String
            }
        );
        assert!(
            matches!(literals.value, ValueType::Message(m) if schema.messages[m].full_name == "flyteidl.core.Literal")
        );
        let id = &schema.messages[schema.message_index("flyteidl.core.Identifier").unwrap()];
        assert_eq!(
            id.field_index(2).map(|i| id.fields[i].name.as_str()),
            Some("project")
        );
        assert!(!id.fields[0].presence);
    }

    #[test]
    fn json_names_follow_protobuf() {
        assert_eq!(json_name("resource_type"), "resourceType");
        assert_eq!(json_name("a_b_c"), "aBC");
        assert_eq!(json_name("x"), "x");
    }

    #[test]
    fn rejects_garbage() {
        assert!(Schema::from_bytes(b"\xff\xff").is_err());
    }
}
