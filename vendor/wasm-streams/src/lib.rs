//! The two calls Leptos's server functions (`server_fn`, browser side) make of wasm-streams,
//! for streaming request and response bodies. Alongside has no server and never calls a
//! server function, so nothing here is ever reached; the real crate would add three classes
//! exported to JavaScript (kept in every build, used or not) to a person's first visit.
use futures_util::stream::{self, Stream};
use wasm_bindgen::JsValue;

pub struct ReadableStream(web_sys::ReadableStream);

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream(raw)
    }

    /// A stream with nothing in it: the body of a streaming server function, never made.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        ReadableStream(web_sys::ReadableStream::from(JsValue::UNDEFINED))
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }

    /// Ends at once: a streaming server function's reply, never asked for.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> {
        stream::empty()
    }
}
