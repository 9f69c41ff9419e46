//! The API's error: a status code and a message, always sent as JSON.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::fmt;

/// An error answered as `{"error": message}` with `status`.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong and what to do.
    pub message: String,
}

impl ApiError {
    /// 400 Bad Request.
    pub fn bad_request(m: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: m.into(),
        }
    }
    /// 404 Not Found.
    pub fn not_found(m: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: m.into(),
        }
    }
    /// 500: a failure of the server, never of the request.
    pub fn internal(m: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: m.into(),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status, self.message)
    }
}

impl std::error::Error for ApiError {}

impl From<sitrep_store::StoreError> for ApiError {
    fn from(e: sitrep_store::StoreError) -> Self {
        match e {
            sitrep_store::StoreError::Invalid(m) => ApiError::bad_request(m),
            e => ApiError::internal(e.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            eprintln!("sitrep: error: {}", self.message);
        }
        (
            self.status,
            axum::Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}

pub(crate) fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    ApiError::internal("internal error (a bug: please report it with the request that caused it)")
        .into_response()
}
