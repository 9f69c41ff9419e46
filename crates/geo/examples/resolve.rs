//! Resolves a name with an optional oblast hint (a debugging aid).
fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().expect("usage: resolve NAME [ADMIN1]");
    let admin1 = args.next();
    let g = sitrep_geo::Gazetteer::embedded();
    for c in g.candidates(&name) {
        println!("cand {:?} {} {:?} {:?} pop={}", c.level, c.name, c.admin1, c.coord, c.population);
    }
    let hint = sitrep_geo::Hint { admin1: admin1.as_deref(), ..Default::default() };
    println!("=> {:?}", g.resolve(&name, &hint).map(|r| (r.name, r.admin1)));
}
