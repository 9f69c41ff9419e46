//! Finding and loading gold files.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::EvalError;

/// What gold files are called: `NAME.gold.json` beside `NAME.txt`.
pub const GOLD_SUFFIX: &str = ".gold.json";

/// One loaded gold file.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldFile {
    /// The report's name: the stem of [`GoldFile::txt`] (`NAME` of `NAME.gold.json`).
    pub name: String,
    /// The text the gold file annotates: `NAME.txt` beside the gold file (it need not exist).
    pub txt: PathBuf,
    /// The parsed gold JSON (`{"published", "events", "totals"}`).
    pub gold: Value,
}

/// Finds and loads gold files the way score.py does: a directory is searched at any
/// depth for `*.gold.json` (symlinked directories are not entered, unreadable ones are
/// skipped) and its hits are sorted like Python's `sorted(Path.rglob(...))`, i.e. by
/// path components; any other path is taken as a gold file as is. Files come back in
/// argument order, each directory's hits in sorted order.
///
/// # Errors
/// The first gold file that cannot be read or is not valid JSON.
pub fn find_gold(paths: &[PathBuf]) -> Result<Vec<GoldFile>, EvalError> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found);
            // `Ord for Path` compares component by component, like pathlib.
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    files.iter().map(|p| load_gold(p)).collect()
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry
            .file_name()
            .as_encoded_bytes()
            .ends_with(GOLD_SUFFIX.as_bytes())
        {
            found.push(path.clone());
        }
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, found);
        }
    }
}

/// `NAME.txt` beside a gold file and the name score.py gives the report (`txt.stem`).
/// Like score.py, the last 10 characters (`.gold.json`) of the file name are replaced
/// by `.txt`, whatever they are.
pub fn txt_and_name(gold_path: &Path) -> (PathBuf, String) {
    let file_name = gold_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let chars: Vec<char> = file_name.chars().collect();
    let keep = chars.len().saturating_sub(GOLD_SUFFIX.chars().count());
    let base: String = chars[..keep].iter().collect();
    let txt_name = format!("{base}.txt");
    // pathlib's stem: cut at the last dot unless it is the first or last character.
    let name = match txt_name.rfind('.') {
        Some(i) if i > 0 && i < txt_name.len() - 1 => txt_name[..i].to_string(),
        _ => txt_name.clone(),
    };
    (gold_path.with_file_name(txt_name), name)
}

/// Loads one gold file.
///
/// # Errors
/// The file cannot be read or is not valid JSON.
pub fn load_gold(path: &Path) -> Result<GoldFile, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let gold = serde_json::from_str(&text).map_err(|source| EvalError::Json {
        path: path.to_path_buf(),
        source,
    })?;
    let (txt, name) = txt_and_name(path);
    Ok(GoldFile { name, txt, gold })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let (txt, name) = txt_and_name(Path::new("g/sub/kherson-1.gold.json"));
        assert_eq!(txt, PathBuf::from("g/sub/kherson-1.txt"));
        assert_eq!(name, "kherson-1");
        let (txt, name) = txt_and_name(Path::new("a.b.gold.json"));
        assert_eq!(txt, PathBuf::from("a.b.txt"));
        assert_eq!(name, "a.b");
        // score.py cuts 10 characters whatever they are.
        let (txt, name) = txt_and_name(Path::new("dir/report.json"));
        assert_eq!(txt, PathBuf::from("dir/r.txt"));
        assert_eq!(name, "r");
        let (txt, name) = txt_and_name(Path::new("dir/x.json"));
        assert_eq!(txt, PathBuf::from("dir/.txt"));
        assert_eq!(name, ".txt");
    }

    #[test]
    fn sort_is_by_components() {
        let mut v = vec![
            PathBuf::from("g/2023.x/a.gold.json"),
            PathBuf::from("g/2023-x/a.gold.json"),
            PathBuf::from("g/2023/b.gold.json"),
        ];
        v.sort();
        assert_eq!(
            v,
            vec![
                PathBuf::from("g/2023/b.gold.json"),
                PathBuf::from("g/2023-x/a.gold.json"),
                PathBuf::from("g/2023.x/a.gold.json"),
            ]
        );
    }
}
