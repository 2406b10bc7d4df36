//! Protobuf wire-format primitives shared by the codec and the transport.

use std::fmt;

/// Nesting limit for messages and groups, as in the protobuf runtimes.
pub const MAX_DEPTH: u32 = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WireType {
    Varint = 0,
    Fixed64 = 1,
    Len = 2,
    StartGroup = 3,
    EndGroup = 4,
    Fixed32 = 5,
}

impl WireType {
    fn from_bits(bits: u32) -> Option<WireType> {
        Some(match bits {
            0 => WireType::Varint,
            1 => WireType::Fixed64,
            2 => WireType::Len,
            3 => WireType::StartGroup,
            4 => WireType::EndGroup,
            5 => WireType::Fixed32,
            _ => return None,
        })
    }
}

/// Why bytes are not a valid protobuf encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    Truncated,
    VarintTooLong,
    InvalidWireType(u32),
    InvalidFieldNumber,
    UnmatchedEndGroup,
    TooDeep,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireError::Truncated => f.write_str("truncated message"),
            WireError::VarintTooLong => f.write_str("varint longer than 10 bytes"),
            WireError::InvalidWireType(t) => write!(f, "invalid wire type {t}"),
            WireError::InvalidFieldNumber => f.write_str("invalid field number 0"),
            WireError::UnmatchedEndGroup => f.write_str("unmatched end-group tag"),
            WireError::TooDeep => write!(f, "nesting deeper than {MAX_DEPTH} levels"),
        }
    }
}

impl std::error::Error for WireError {}

/// A cursor over encoded bytes.
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos >= self.buf.len()
    }

    #[inline]
    pub fn position(&self) -> usize {
        self.pos
    }

    /// The bytes between `start` and the current position.
    pub fn since(&self, start: usize) -> &'a [u8] {
        &self.buf[start..self.pos]
    }

    #[inline]
    pub fn varint(&mut self) -> Result<u64, WireError> {
        let mut value: u64 = 0;
        for i in 0..10 {
            let Some(&byte) = self.buf.get(self.pos) else {
                return Err(WireError::Truncated);
            };
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << (7 * i);
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err(WireError::VarintTooLong)
    }

    /// A field tag: (field number, wire type).
    #[inline]
    pub fn tag(&mut self) -> Result<(u32, WireType), WireError> {
        let key = self.varint()?;
        if key > u64::from(u32::MAX) {
            return Err(WireError::InvalidFieldNumber);
        }
        let key = key as u32;
        let number = key >> 3;
        if number == 0 {
            return Err(WireError::InvalidFieldNumber);
        }
        let wire_type = WireType::from_bits(key & 7).ok_or(WireError::InvalidWireType(key & 7))?;
        Ok((number, wire_type))
    }

    #[inline]
    pub fn fixed32(&mut self) -> Result<u32, WireError> {
        let bytes = self.take(4)?;
        Ok(u32::from_le_bytes(bytes.try_into().expect("4 bytes")))
    }

    #[inline]
    pub fn fixed64(&mut self) -> Result<u64, WireError> {
        let bytes = self.take(8)?;
        Ok(u64::from_le_bytes(bytes.try_into().expect("8 bytes")))
    }

    /// A length-delimited payload.
    #[inline]
    pub fn len_delimited(&mut self) -> Result<&'a [u8], WireError> {
        let len = self.varint()?;
        let len = usize::try_from(len).map_err(|_| WireError::Truncated)?;
        self.take(len)
    }

    #[inline]
    fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        let end = self.pos.checked_add(n).ok_or(WireError::Truncated)?;
        let bytes = self.buf.get(self.pos..end).ok_or(WireError::Truncated)?;
        self.pos = end;
        Ok(bytes)
    }

    /// Skip the value of a field whose tag was just read. `depth` bounds nested groups.
    pub fn skip(&mut self, number: u32, wire_type: WireType, depth: u32) -> Result<(), WireError> {
        match wire_type {
            WireType::Varint => self.varint().map(drop),
            WireType::Fixed64 => self.take(8).map(drop),
            WireType::Fixed32 => self.take(4).map(drop),
            WireType::Len => self.len_delimited().map(drop),
            WireType::StartGroup => {
                if depth >= MAX_DEPTH {
                    return Err(WireError::TooDeep);
                }
                loop {
                    let (inner, inner_type) = self.tag()?;
                    if inner_type == WireType::EndGroup {
                        return if inner == number {
                            Ok(())
                        } else {
                            Err(WireError::UnmatchedEndGroup)
                        };
                    }
                    self.skip(inner, inner_type, depth + 1)?;
                }
            }
            WireType::EndGroup => Err(WireError::UnmatchedEndGroup),
        }
    }
}

#[inline]
pub fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

#[inline]
pub fn varint_len(value: u64) -> usize {
    // 1 byte per started group of 7 bits, at least one.
    (64 - (value | 1).leading_zeros() as usize).div_ceil(7)
}

#[inline]
pub fn put_tag(out: &mut Vec<u8>, number: u32, wire_type: WireType) {
    put_varint(out, (u64::from(number) << 3) | wire_type as u64);
}

#[inline]
pub fn zigzag32(v: i32) -> u64 {
    u64::from(((v << 1) ^ (v >> 31)) as u32)
}

#[inline]
pub fn zigzag64(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

#[inline]
pub fn unzigzag32(v: u64) -> i32 {
    let v = v as u32;
    ((v >> 1) as i32) ^ -((v & 1) as i32)
}

#[inline]
pub fn unzigzag64(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// Bytes reserved for a length prefix before the length is known: enough for values up
/// to 16 KiB, so most nested messages are written in place; shorter ones shift left by a
/// byte (they are under 128 bytes), longer ones shift right.
const RESERVED: usize = 2;

/// Begin a length-delimited value whose length is not yet known: returns the position
/// to pass to [`end_len`], which writes the canonical (shortest) length prefix.
#[inline]
pub fn begin_len(out: &mut Vec<u8>) -> usize {
    out.extend_from_slice(&[0; RESERVED]);
    out.len()
}

#[inline]
pub fn end_len(out: &mut Vec<u8>, start: usize) {
    let len = out.len() - start;
    let width = varint_len(len as u64);
    let prefix_at = start - RESERVED;
    if width < RESERVED {
        out.copy_within(start.., prefix_at + width);
        out.truncate(prefix_at + width + len);
    } else if width > RESERVED {
        let extra = width - RESERVED;
        out.resize(out.len() + extra, 0);
        out.copy_within(start..start + len, start + extra);
    }
    let mut value = len as u64;
    for byte in &mut out[prefix_at..prefix_at + width] {
        *byte = (value as u8 & 0x7f) | if value >= 0x80 { 0x80 } else { 0 };
        value >>= 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        for v in [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            assert_eq!(out.len(), varint_len(v));
            assert_eq!(Reader::new(&out).varint(), Ok(v));
        }
    }

    #[test]
    fn zigzag_round_trips() {
        for v in [0i64, -1, 1, i64::MIN, i64::MAX] {
            assert_eq!(unzigzag64(zigzag64(v)), v);
        }
        for v in [0i32, -1, 1, i32::MIN, i32::MAX] {
            assert_eq!(unzigzag32(zigzag32(v)), v);
        }
    }

    #[test]
    fn malformed_input_is_an_error() {
        assert_eq!(Reader::new(&[0x80]).varint(), Err(WireError::Truncated));
        assert_eq!(
            Reader::new(&[0xff; 11]).varint(),
            Err(WireError::VarintTooLong)
        );
        assert_eq!(
            Reader::new(&[0x00]).tag(),
            Err(WireError::InvalidFieldNumber)
        );
        assert_eq!(
            Reader::new(&[0x0f]).tag(),
            Err(WireError::InvalidWireType(7))
        );
        assert_eq!(
            Reader::new(&[0x0a, 0x05, 1]).len_delimited().err(),
            Some(WireError::Truncated)
        );
        // A group left open, and groups nested past the limit.
        let mut r = Reader::new(&[0x0b]);
        let (n, t) = r.tag().unwrap();
        assert_eq!(r.skip(n, t, 0), Err(WireError::Truncated));
        let deep = vec![0x0b; 200];
        let mut r = Reader::new(&deep);
        let (n, t) = r.tag().unwrap();
        assert_eq!(r.skip(n, t, 0), Err(WireError::TooDeep));
    }

    #[test]
    fn length_prefix_widens_in_place() {
        for len in [0usize, 1, 127, 128, 16383, 16384, 20000, 3_000_000] {
            let mut out = vec![9u8];
            let start = begin_len(&mut out);
            out.extend(std::iter::repeat_n(7u8, len));
            end_len(&mut out, start);
            let mut r = Reader::new(&out[1..]);
            assert_eq!(r.len_delimited().unwrap().len(), len);
            assert!(r.is_empty());
        }
    }
}
