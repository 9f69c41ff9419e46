//! `sitrep places`: search the gazetteer and show how a name would be resolved.

use anyhow::Result;
use sitrep_geo::{Gazetteer, Hint, PlaceRecord};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Oblast the text is about ("Kherson Oblast", or just "Kherson").
    #[arg(long)]
    oblast: Option<String>,
    /// Raion or hromada the text names with the place.
    #[arg(long)]
    raion: Option<String>,
    /// Print JSON lines instead of a table.
    #[arg(long)]
    json: bool,
    /// The place name, in any common spelling ("Kharkov", "Artemivsk", "Antonivka").
    query: String,
}

fn row(p: &PlaceRecord) -> serde_json::Value {
    serde_json::json!({
        "name": p.name, "level": format!("{:?}", p.level).to_lowercase(), "admin1": p.admin1, "admin2": p.admin2,
        "admin3": p.admin3, "country": p.country, "lat": p.lat, "lon": p.lon,
        "precision": p.coord.map(|c| format!("{c:?}").to_lowercase()), "population": p.population, "code": p.code,
    })
}

pub fn run(args: Args) -> Result<ExitCode> {
    use std::fmt::Write as _;
    let mut out = String::new();
    let g = Gazetteer::embedded();
    let region = args.oblast.as_deref().and_then(|o| {
        g.region(o.trim_end_matches(" Oblast"))
            .or_else(|| g.region_by_admin1(o))
    });
    if args.oblast.is_some() && region.is_none() {
        anyhow::bail!("unknown oblast `{}`", args.oblast.unwrap_or_default());
    }
    let hint = Hint {
        admin1: region.map(|r| r.admin1),
        area: args.raion.as_deref(),
        ..Hint::default()
    };
    let cands = g.candidates(&args.query);
    let (chosen, why) = g.explain(&args.query, &hint);
    if args.json {
        for c in &cands {
            let mut v = row(c);
            v["chosen"] =
                serde_json::Value::Bool(chosen.as_ref().is_some_and(|x| x.code == c.code));
            writeln!(out, "{v}")?;
        }
        crate::write_stdout(&out)?;
        return Ok(if cands.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    writeln!(
        out,
        "{:<2} {:<24} {:<10} {:<26} {:<18} {:<18} {:>9} {:>10} {:<10}",
        "", "name", "level", "admin1", "admin2", "admin3", "lat", "lon", "precision"
    )?;
    for c in &cands {
        let mark = if chosen.as_ref().is_some_and(|x| x.code == c.code) {
            "*"
        } else {
            " "
        };
        let f = |v: Option<f64>| v.map_or("-".to_string(), |x| format!("{x:.4}"));
        writeln!(
            out,
            "{mark:<2} {:<24} {:<10} {:<26} {:<18} {:<18} {:>9} {:>10} {:<10}",
            c.name,
            format!("{:?}", c.level).to_lowercase(),
            c.admin1.as_deref().unwrap_or("-"),
            c.admin2.as_deref().unwrap_or("-"),
            c.admin3.as_deref().unwrap_or("-"),
            f(c.lat),
            f(c.lon),
            c.coord
                .map_or("-".to_string(), |p| format!("{p:?}").to_lowercase()),
        )?;
    }
    writeln!(out)?;
    for w in why {
        writeln!(out, "  {w}")?;
    }
    crate::write_stdout(&out)?;
    Ok(if cands.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
