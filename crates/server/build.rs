//! Embeds the bundled example reports for `sitrep serve --demo`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = String::from("const DEMO_REPORTS: &[Report] = &[\n");
    for dir in ["examples", "tests/fixtures/reports"] {
        let dir = root.join(dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            if f.extension().and_then(|e| e.to_str()) != Some("txt") {
                continue;
            }
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let side = f.with_extension("published");
            let published = if side.exists() {
                format!("Some(include_str!({:?}))", side.canonicalize().unwrap())
            } else if name == "digest.txt" {
                // the README's example date for the bundled digest
                "Some(\"2023-09-20\")".into()
            } else {
                "None".into()
            };
            writeln!(
                out,
                "    ({name:?}, include_str!({:?}), {published}),",
                f.canonicalize().unwrap()
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
    std::fs::write(
        Path::new(&std::env::var("OUT_DIR").unwrap()).join("demo_reports.rs"),
        out,
    )
    .unwrap();
}
