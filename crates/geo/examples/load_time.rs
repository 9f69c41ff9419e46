//! Times loading the embedded gazetteer and answering a first lookup:
//! `cargo run --release -p sitrep-geo --example load_time`.

use sitrep_geo::{Gazetteer, Hint};
use std::time::Instant;

// the allocator the `sitrep` binary uses, so that this measures what it does
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let t = Instant::now();
    let g = Gazetteer::embedded();
    let loaded = t.elapsed();
    let found = g.resolve(
        "Antonivka",
        &Hint {
            admin1: Some("Kherson Oblast"),
            ..Hint::default()
        },
    );
    let first = t.elapsed();
    println!(
        "{} places; load {:.1} ms; load + first lookup {:.1} ms; Antonivka in Kherson Oblast: {}",
        g.len(),
        loaded.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
        found.map_or("unresolved".to_string(), |r| r.name.clone())
    );
}
