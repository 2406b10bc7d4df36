//! A pass-through gRPC codec: messages are already-encoded protobuf bytes, so encoding
//! copies them into the frame and decoding hands the frame's payload back untouched.
//! Which message a call carries is the caller's business (see [`crate::services`]).

use super::requests::{aborted, Abort};
use bytes::{Buf, BufMut, Bytes};
use std::sync::Arc;
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::Status;

/// The codec used on both ends: request and response are raw message bytes.
#[derive(Clone, Debug, Default)]
pub struct BytesCodec {
    abort: Option<Arc<Abort>>,
}

impl BytesCodec {
    /// A codec whose encoder fails once `signal` fires. A failed request body makes the
    /// HTTP/2 layer reset the stream with an error, which the server cannot mistake for
    /// the end of the requests (a plain cancel can look like that end to some servers).
    pub fn aborting_on(signal: Arc<Abort>) -> BytesCodec {
        BytesCodec {
            abort: Some(signal),
        }
    }
}

impl Codec for BytesCodec {
    type Encode = Bytes;
    type Decode = Bytes;
    type Encoder = BytesEncoder;
    type Decoder = BytesDecoder;

    fn encoder(&mut self) -> Self::Encoder {
        BytesEncoder {
            abort: self.abort.clone(),
        }
    }

    fn decoder(&mut self) -> Self::Decoder {
        BytesDecoder
    }
}

#[derive(Clone, Debug, Default)]
pub struct BytesEncoder {
    abort: Option<Arc<Abort>>,
}

impl Encoder for BytesEncoder {
    type Item = Bytes;
    type Error = Status;

    fn encode(&mut self, item: Bytes, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        if self.abort.as_ref().is_some_and(|a| a.is_aborted()) {
            let error = aborted();
            return Err(Status::new(error.status_code(), error.message));
        }
        dst.put(item);
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct BytesDecoder;

impl Decoder for BytesDecoder {
    type Item = Bytes;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Bytes>, Status> {
        // `src` holds exactly one message; taking it whole splits the frame buffer
        // rather than copying it.
        Ok(Some(src.copy_to_bytes(src.remaining())))
    }
}
