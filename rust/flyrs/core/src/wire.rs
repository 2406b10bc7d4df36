//! Protobuf wire-format primitives shared by the codec and the transport.

use std::fmt;
use std::mem::MaybeUninit;

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
        let start = self.pos;
        let key = self.varint()?;
        // A tag is a 32-bit varint: at most 5 bytes, as upb and protobuf read it.
        if key > u64::from(u32::MAX) || self.pos - start > 5 {
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
pub fn put_tag(out: &mut Vec<u8>, number: u32, wire_type: WireType) {
    put_varint(out, (u64::from(number) << 3) | wire_type as u64);
}

/// Widen a `float` field's bits to f64, keeping a NaN's payload and signalling bit (a
/// hardware conversion would quiet it), so the value re-encodes to the same bits.
#[inline]
pub fn f32_bits_to_f64(bits: u32) -> f64 {
    let value = f32::from_bits(bits);
    if !value.is_nan() {
        return f64::from(value);
    }
    let sign = u64::from(bits >> 31) << 63;
    let payload = u64::from(bits & 0x007f_ffff) << 29;
    f64::from_bits(sign | 0x7ff0_0000_0000_0000 | payload)
}

/// The inverse of [`f32_bits_to_f64`]; other values round to nearest as usual.
#[inline]
pub fn f64_to_f32_bits(value: f64) -> u32 {
    if !value.is_nan() {
        return (value as f32).to_bits();
    }
    let bits = value.to_bits();
    let sign = ((bits >> 63) as u32) << 31;
    let payload = ((bits >> 29) as u32) & 0x007f_ffff;
    // A payload lost to narrowing would turn the NaN into an infinity.
    sign | 0x7f80_0000 | if payload == 0 { 0x0040_0000 } else { payload }
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

/// An output buffer written back to front, as upb's encoder writes: a message's fields
/// go in last to first, so when a nested message is done its length is known and its
/// prefix goes in front of it without moving any bytes.
pub struct ReverseBuffer {
    /// Never read before written: the encoded bytes are `buf[start..]`, all written.
    buf: Box<[MaybeUninit<u8>]>,
    start: usize,
}

impl ReverseBuffer {
    /// A buffer with room for `capacity` bytes before it grows (uninitialized: no memset).
    pub fn with_capacity(capacity: usize) -> Self {
        ReverseBuffer {
            buf: Box::new_uninit_slice(capacity),
            start: capacity,
        }
    }

    /// Bytes written so far; differences of this give the length of what was written.
    #[inline]
    pub fn written(&self) -> usize {
        self.buf.len() - self.start
    }

    #[inline(always)]
    fn make_room(&mut self, n: usize) {
        if self.start < n {
            self.grow(n);
        }
    }

    #[cold]
    fn grow(&mut self, n: usize) {
        let len = self.written();
        let capacity = (self.buf.len() * 2).max(len + n + 64);
        let mut bigger = Box::new_uninit_slice(capacity);
        bigger[capacity - len..].copy_from_slice(&self.buf[self.start..]);
        self.buf = bigger;
        self.start = capacity - len;
    }

    #[inline]
    pub fn prepend(&mut self, bytes: &[u8]) {
        self.make_room(bytes.len());
        self.start -= bytes.len();
        let room = &mut self.buf[self.start..self.start + bytes.len()];
        // SAFETY: `room` is exactly `bytes.len()` long, and the two cannot overlap.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                room.as_mut_ptr().cast::<u8>(),
                bytes.len(),
            )
        };
    }

    #[inline(always)]
    pub fn prepend_varint(&mut self, value: u64) {
        if value < 0x80 {
            self.make_room(1);
            self.start -= 1;
            // SAFETY: `make_room` guarantees `start` was at least 1.
            unsafe { self.buf.get_unchecked_mut(self.start).write(value as u8) };
            return;
        }
        self.prepend_long_varint(value);
    }

    fn prepend_long_varint(&mut self, value: u64) {
        let len = (64 - value.leading_zeros() as usize).div_ceil(7);
        self.make_room(len);
        self.start -= len;
        let mut rest = value;
        for byte in &mut self.buf[self.start..self.start + len] {
            byte.write((rest as u8 & 0x7f) | if rest >= 0x80 { 0x80 } else { 0 });
            rest >>= 7;
        }
    }

    #[inline]
    pub fn prepend_tag(&mut self, number: u32, wire_type: WireType) {
        self.prepend_varint((u64::from(number) << 3) | wire_type as u64);
    }

    /// The length prefix of what was written since `mark` (a [`Self::written`] value).
    #[inline]
    pub fn prepend_len_since(&mut self, mark: usize) {
        self.prepend_varint((self.written() - mark) as u64);
    }

    pub fn as_slice(&self) -> &[u8] {
        let written = &self.buf[self.start..];
        // SAFETY: every byte from `start` on was written by a `prepend*` method.
        unsafe { std::slice::from_raw_parts(written.as_ptr().cast::<u8>(), written.len()) }
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
            assert_eq!(Reader::new(&out).varint(), Ok(v));
        }
    }

    #[test]
    fn float_nan_bits_survive_widening() {
        for bits in [
            0x7f80_0001u32,
            0xffc0_0000,
            0x7fc0_1234,
            0x3f80_0000,
            0x8000_0000,
        ] {
            assert_eq!(f64_to_f32_bits(f32_bits_to_f64(bits)), bits);
        }
        assert!(f32::from_bits(f64_to_f32_bits(f64::NAN)).is_nan());
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
    fn reverse_buffer_writes_canonical_prefixes_and_grows() {
        for len in [0usize, 1, 127, 128, 16383, 16384, 3_000_000] {
            let mut out = ReverseBuffer::with_capacity(4);
            out.prepend(&[9]);
            let mark = out.written();
            out.prepend(&vec![7u8; len]);
            out.prepend_len_since(mark);
            out.prepend_tag(3, WireType::Len);
            let mut r = Reader::new(out.as_slice());
            assert_eq!(r.tag(), Ok((3, WireType::Len)));
            assert_eq!(r.len_delimited().unwrap().len(), len);
            assert_eq!(out.as_slice().last(), Some(&9));
        }
    }
}
