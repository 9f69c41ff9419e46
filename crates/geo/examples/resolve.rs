//! Resolves a name with an optional oblast hint (a debugging aid).
fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().expect("usage: resolve NAME [ADMIN1]");
    let admin1 = args.next();
    let t = std::time::Instant::now();
    let g = sitrep_geo::Gazetteer::embedded();
    let first = g.resolve(&name, &sitrep_geo::Hint::default());
    eprintln!(
        "load + first lookup: {:.1} ms ({} places) -> {:?}",
        t.elapsed().as_secs_f64() * 1e3,
        g.len(),
        first.map(|r| &r.name)
    );
    for c in g.candidates(&name) {
        println!(
            "cand {:?} {} {:?} {:?} pop={}",
            c.level, c.name, c.admin1, c.coord, c.population
        );
    }
    let hint = sitrep_geo::Hint {
        admin1: admin1.as_deref(),
        ..Default::default()
    };
    println!(
        "=> {:?}",
        g.resolve(&name, &hint).map(|r| (&r.name, &r.admin1))
    );
}
