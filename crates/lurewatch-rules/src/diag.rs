//! Diagnostics of a rule file: what is wrong, and where (`line:column`).

use serde::Serialize;

/// A problem in a rule file, at a 1-based line and column (columns count
/// characters, not bytes).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct RuleError {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// What `lurewatch rules check FILE` prints, one per problem.
pub type Diagnostic = RuleError;

/// Byte offsets of line starts, to turn byte offsets into `line:column`.
#[derive(Debug)]
pub(crate) struct LineIndex<'s> {
    src: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(src: &'s str) -> Self {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { src, starts }
    }

    /// The 1-based line and column of byte offset `at` (clamped to the text,
    /// and moved back to a character boundary).
    pub(crate) fn position(&self, at: usize) -> (usize, usize) {
        let mut at = at.min(self.src.len());
        while !self.src.is_char_boundary(at) {
            at -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        let column = self.src[start..at].chars().count() + 1;
        (line, column)
    }

    pub(crate) fn error(&self, at: usize, message: impl Into<String>) -> RuleError {
        let (line, column) = self.position(at);
        RuleError {
            line,
            column,
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions() {
        let idx = LineIndex::new("ab\nçd\n\nx");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(2), (1, 3));
        assert_eq!(idx.position(3), (2, 1));
        assert_eq!(idx.position(5), (2, 2)); // after the two-byte `ç`
        assert_eq!(idx.position(4), (2, 1)); // inside `ç`: moved back
        assert_eq!(idx.position(7), (3, 1));
        assert_eq!(idx.position(8), (4, 1));
        assert_eq!(idx.position(100), (4, 2));
        assert_eq!(
            idx.error(3, "bad").to_string(),
            "2:1: bad",
            "displays as line:column: message"
        );
    }
}
