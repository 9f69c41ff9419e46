//! Accuracy floors on the shared development corpus (`../shared/corpus/dev` and the
//! seed digest), scored by `sitrep eval` exactly as `score.py` scores them.
//! Skips, saying so, when `../shared` is not beside the repository.

use std::path::PathBuf;
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    dir.join("corpus/dev").is_dir().then_some(dir)
}

fn score(dirs: &[PathBuf]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .arg("eval")
        .arg("--json")
        .args(dirs)
        .output()
        .expect("sitrep runs");
    assert!(
        out.status.success(),
        "sitrep eval failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn figure(v: &serde_json::Value, key: &str) -> f64 {
    v.get(key)
        .and_then(serde_json::Value::as_f64)
        .unwrap_or_else(|| panic!("no `{key}` in {v}"))
}

#[test]
fn dev_corpus_meets_the_floors() {
    let Some(shared) = shared() else {
        eprintln!(
            "SKIPPED dev_corpus_meets_the_floors: ../shared/corpus/dev not found beside the repository"
        );
        return;
    };
    let r = score(&[shared.join("corpus/dev"), shared.join("seed")]);
    println!("{r}");
    assert_eq!(figure(&r, "failed_runs"), 0.0);
    for (key, floor) in [
        ("event_f1", 0.85),
        ("count_acc", 0.90),
        ("killed_acc", 0.90),
        ("injured_acc", 0.90),
        ("weapons_f1", 0.80),
        ("targets_f1", 0.80),
        ("totals_acc", 0.90),
    ] {
        assert!(
            figure(&r, key) >= floor,
            "{key} = {} is below {floor}",
            figure(&r, key)
        );
    }
}

#[test]
fn acled_sample_recall_holds() {
    let Some(shared) = shared() else {
        eprintln!("SKIPPED acled_sample_recall_holds: ../shared/corpus/acled-sample not found");
        return;
    };
    let r = score(&[shared.join("corpus/acled-sample")]);
    println!("{r}");
    // ACLED's own notes, another style: events found on oblast + place
    assert!(
        figure(&r, "event_recall") >= 0.85,
        "event_recall {}",
        figure(&r, "event_recall")
    );
}
