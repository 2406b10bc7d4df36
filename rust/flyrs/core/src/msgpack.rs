//! MessagePack, the encoding of flytekit's `Binary` scalars (tag `msgpack`): dataclasses and
//! dicts since flytekit 1.14. Values encode as msgpack-python's `packb` writes them (the
//! smallest integer form, floats as float64, `str8` and `bin` types), so a value we write
//! is byte for byte the value flytekit writes.

use std::fmt;

/// A MessagePack value. Maps keep their order (a dataclass's fields are in declaration order).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Nil,
    Bool(bool),
    /// Every integer, signed or not, that fits in 64 bits either way.
    Int(i128),
    Float(f64),
    Str(String),
    Bin(Vec<u8>),
    Array(Vec<Value>),
    Map(Vec<(Value, Value)>),
}

/// Why bytes are not MessagePack, or a value cannot be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub offset: usize,
    pub reason: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at byte {})", self.reason, self.offset)
    }
}

impl std::error::Error for Error {}

/// Nesting deeper than this is refused rather than risking the stack.
pub const MAX_DEPTH: usize = 100;

/// Encodes `value`; fails only for an integer outside the 64-bit range or a length past
/// 32 bits.
pub fn encode(value: &Value) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    write(value, &mut out)?;
    Ok(out)
}

fn write_len(
    out: &mut Vec<u8>,
    len: usize,
    fix: Option<(u8, usize)>,
    markers: [u8; 3],
) -> Result<(), Error> {
    if u32::try_from(len).is_err() {
        return Err(Error {
            offset: out.len(),
            reason: format!("{len} items or bytes do not fit in MessagePack's 32-bit lengths"),
        });
    }
    match fix {
        Some((base, limit)) if len < limit => out.push(base | len as u8),
        _ if len <= 0xff && markers[0] != 0 => out.extend([markers[0], len as u8]),
        _ if len <= 0xffff => {
            out.push(markers[1]);
            out.extend((len as u16).to_be_bytes());
        }
        _ => {
            out.push(markers[2]);
            out.extend((len as u32).to_be_bytes());
        }
    }
    Ok(())
}

fn write(value: &Value, out: &mut Vec<u8>) -> Result<(), Error> {
    match value {
        Value::Nil => out.push(0xc0),
        Value::Bool(b) => out.push(if *b { 0xc3 } else { 0xc2 }),
        Value::Int(i) => write_int(*i, out)?,
        Value::Float(f) => {
            out.push(0xcb);
            out.extend(f.to_be_bytes());
        }
        Value::Str(s) => {
            write_len(out, s.len(), Some((0xa0, 32)), [0xd9, 0xda, 0xdb])?;
            out.extend(s.as_bytes());
        }
        Value::Bin(b) => {
            write_len(out, b.len(), None, [0xc4, 0xc5, 0xc6])?;
            out.extend(b);
        }
        Value::Array(items) => {
            write_len(out, items.len(), Some((0x90, 16)), [0, 0xdc, 0xdd])?;
            for item in items {
                write(item, out)?;
            }
        }
        Value::Map(entries) => {
            write_len(out, entries.len(), Some((0x80, 16)), [0, 0xde, 0xdf])?;
            for (key, item) in entries {
                write(key, out)?;
                write(item, out)?;
            }
        }
    }
    Ok(())
}

fn write_int(i: i128, out: &mut Vec<u8>) -> Result<(), Error> {
    match i {
        0..=0x7f => out.push(i as u8),
        -32..=-1 => out.push(i as i8 as u8),
        0x80..=0xff => out.extend([0xcc, i as u8]),
        0x100..=0xffff => {
            out.push(0xcd);
            out.extend((i as u16).to_be_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            out.push(0xce);
            out.extend((i as u32).to_be_bytes());
        }
        0x1_0000_0000..=0xffff_ffff_ffff_ffff => {
            out.push(0xcf);
            out.extend((i as u64).to_be_bytes());
        }
        -0x80..=-33 => out.extend([0xd0, i as i8 as u8]),
        -0x8000..=-0x81 => {
            out.push(0xd1);
            out.extend((i as i16).to_be_bytes());
        }
        -0x8000_0000..=-0x8001 => {
            out.push(0xd2);
            out.extend((i as i32).to_be_bytes());
        }
        _ if i >= i64::MIN as i128 && i < 0 => {
            out.push(0xd3);
            out.extend((i as i64).to_be_bytes());
        }
        _ => {
            return Err(Error {
                offset: out.len(),
                reason: format!("integer {i} does not fit in MessagePack's 64 bits"),
            })
        }
    }
    Ok(())
}

/// Decodes one value that fills `bytes` exactly.
pub fn decode(bytes: &[u8]) -> Result<Value, Error> {
    let mut reader = Reader { bytes, at: 0 };
    let value = reader.value(0)?;
    if reader.at != bytes.len() {
        return Err(reader.error(format!(
            "{} bytes left after the value",
            bytes.len() - reader.at
        )));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, reason: impl Into<String>) -> Error {
        Error {
            offset: self.at,
            reason: reason.into(),
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| self.error(format!("truncated: {n} more bytes expected")))?;
        let part = &self.bytes[self.at..end];
        self.at = end;
        Ok(part)
    }

    fn uint(&mut self, n: usize) -> Result<u64, Error> {
        Ok(self
            .take(n)?
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b)))
    }

    fn sint(&mut self, n: usize) -> Result<i128, Error> {
        let raw = self.uint(n)?;
        let shift = 64 - 8 * n as u32;
        Ok(i128::from(((raw << shift) as i64) >> shift))
    }

    fn text(&mut self, len: usize) -> Result<Value, Error> {
        let start = self.at;
        let raw = self.take(len)?;
        String::from_utf8(raw.to_vec())
            .map(Value::Str)
            .map_err(|_| Error {
                offset: start,
                reason: "a string is not valid UTF-8".into(),
            })
    }

    /// Room for `len` items, reserved only up to what the rest of the input could hold
    /// and a small bound: nested headers claiming huge lengths must not claim memory.
    fn room(&self, len: usize) -> usize {
        len.min(self.bytes.len() - self.at).min(1024)
    }

    fn items(&mut self, len: usize, depth: usize) -> Result<Value, Error> {
        let mut items = Vec::with_capacity(self.room(len));
        for _ in 0..len {
            items.push(self.value(depth + 1)?);
        }
        Ok(Value::Array(items))
    }

    fn entries(&mut self, len: usize, depth: usize) -> Result<Value, Error> {
        let mut entries = Vec::with_capacity(self.room(len));
        for _ in 0..len {
            let key = self.value(depth + 1)?;
            entries.push((key, self.value(depth + 1)?));
        }
        Ok(Value::Map(entries))
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        if depth > MAX_DEPTH {
            return Err(self.error(format!("nested deeper than {MAX_DEPTH} levels")));
        }
        let marker = self.take(1)?[0];
        Ok(match marker {
            0x00..=0x7f => Value::Int(i128::from(marker)),
            0x80..=0x8f => return self.entries(usize::from(marker & 0x0f), depth),
            0x90..=0x9f => return self.items(usize::from(marker & 0x0f), depth),
            0xa0..=0xbf => return self.text(usize::from(marker & 0x1f)),
            0xc0 => Value::Nil,
            0xc2 => Value::Bool(false),
            0xc3 => Value::Bool(true),
            0xc4..=0xc6 => {
                let len = self.uint(1 << (marker - 0xc4))? as usize;
                Value::Bin(self.take(len)?.to_vec())
            }
            0xca => Value::Float(f64::from(f32::from_bits(self.uint(4)? as u32))),
            0xcb => Value::Float(f64::from_bits(self.uint(8)?)),
            0xcc..=0xcf => Value::Int(i128::from(self.uint(1 << (marker - 0xcc))?)),
            0xd0..=0xd3 => Value::Int(self.sint(1 << (marker - 0xd0))?),
            0xd9..=0xdb => {
                let len = self.uint(1 << (marker - 0xd9))? as usize;
                return self.text(len);
            }
            0xdc | 0xdd => {
                let len = self.uint(2 << (marker - 0xdc))? as usize;
                return self.items(len, depth);
            }
            0xde | 0xdf => {
                let len = self.uint(2 << (marker - 0xde))? as usize;
                return self.entries(len, depth);
            }
            0xc7..=0xc9 | 0xd4..=0xd8 => {
                return Err(Error {
                    offset: self.at - 1,
                    reason: "MessagePack extension types are not supported".into(),
                })
            }
            0xe0..=0xff => Value::Int(i128::from(marker as i8)),
            0xc1 => {
                return Err(Error {
                    offset: self.at - 1,
                    reason: "0xc1 is not a MessagePack type".into(),
                })
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn s(text: &str) -> Value {
        Value::Str(text.into())
    }

    /// Bytes msgpack-python 1.x writes (and flytekit 1.16.31 stores) for the same values.
    #[test]
    fn encodes_as_msgpack_python() {
        let point = Value::Map(vec![
            (
                s("a"),
                Value::Map(vec![(s("x"), Value::Int(1)), (s("y"), s("q"))]),
            ),
            (s("b"), Value::Array(vec![Value::Int(1), Value::Int(2)])),
            (s("c"), Value::Float(3.5)),
        ]);
        assert_eq!(
            hex(&encode(&point).unwrap()),
            "83a16182a17801a179a171a162920102a163cb400c000000000000"
        );
        let cases: [(i128, &str); 12] = [
            (0, "00"),
            (127, "7f"),
            (128, "cc80"),
            (256, "cd0100"),
            (65536, "ce00010000"),
            (1 << 32, "cf0000000100000000"),
            (-1, "ff"),
            (-32, "e0"),
            (-33, "d0df"),
            (-129, "d1ff7f"),
            (-32769, "d2ffff7fff"),
            (i64::MIN as i128, "d38000000000000000"),
        ];
        for (i, expected) in cases {
            assert_eq!(hex(&encode(&Value::Int(i)).unwrap()), expected, "{i}");
            assert_eq!(
                decode(&encode(&Value::Int(i)).unwrap()).unwrap(),
                Value::Int(i)
            );
        }
        assert_eq!(hex(&encode(&s(&"x".repeat(32))).unwrap())[..4], *"d920");
        assert_eq!(hex(&encode(&Value::Bin(vec![1])).unwrap()), "c40101");
        assert!(encode(&Value::Int(1 << 64)).is_err());
        assert!(encode(&Value::Int(i64::MIN as i128 - 1)).is_err());
    }

    #[test]
    fn round_trips() {
        let value = Value::Map(vec![
            (s("nil"), Value::Nil),
            (s("t"), Value::Bool(true)),
            (s("big"), Value::Int(u64::MAX as i128)),
            (s("bin"), Value::Bin(vec![0; 300])),
            (s("long"), s(&"é".repeat(40_000))),
            (s("list"), Value::Array((0..20).map(Value::Int).collect())),
            (
                Value::Int(7),
                Value::Map((0..17).map(|i| (Value::Int(i), Value::Nil)).collect()),
            ),
        ]);
        assert_eq!(decode(&encode(&value).unwrap()).unwrap(), value);
        // float32, as other writers may send it.
        assert_eq!(
            decode(&[0xca, 0x3f, 0xc0, 0, 0]).unwrap(),
            Value::Float(1.5)
        );
    }

    #[test]
    fn refuses_malformed_bytes() {
        let cases: [(&[u8], &str); 7] = [
            (&[], "truncated"),
            (&[0x92, 0x01], "truncated"),
            (&[0xdd, 0xff, 0xff, 0xff, 0xff], "truncated"),
            (&[0xa2, 0xff, 0xfe], "UTF-8"),
            (&[0xc1], "not a MessagePack type"),
            (&[0xd4, 0x01, 0x00], "extension"),
            (&[0x01, 0x02], "left after"),
        ];
        for (bytes, why) in cases {
            let error = decode(bytes).unwrap_err();
            assert!(error.to_string().contains(why), "{bytes:?}: {error}");
        }
        let deep: Vec<u8> = std::iter::repeat_n(0x91, MAX_DEPTH + 2)
            .chain([0xc0])
            .collect();
        assert!(decode(&deep).unwrap_err().reason.contains("deeper"));
        // Headers claiming 4 billion entries each, nested: refused as truncated, with
        // little reserved on the way.
        let mut huge: Vec<u8> = std::iter::repeat_n([0xdf, 0xff, 0xff, 0xff, 0xff], 90)
            .flatten()
            .collect();
        huge.extend(vec![0xc0; 1 << 16]);
        assert!(decode(&huge).unwrap_err().reason.contains("truncated"));
    }
}
