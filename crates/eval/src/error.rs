//! The crate's error type.

use std::fmt;
use std::path::PathBuf;

/// Why gold files could not be loaded.
#[derive(Debug)]
pub enum EvalError {
    /// A file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A file is not valid JSON.
    Json {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: serde_json::Error,
    },
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            EvalError::Json { path, source } => {
                write!(f, "invalid JSON in {}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for EvalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EvalError::Io { source, .. } => Some(source),
            EvalError::Json { source, .. } => Some(source),
        }
    }
}
