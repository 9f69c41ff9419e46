//! `sitrep events` and `sitrep stats`: reading the event store.

use anyhow::{Result, bail};
use clap::ValueEnum;
use jiff::civil::Date;
use sitrep_store::{EventFilter, Period, StatsQuery, Store, StoredEvent};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Output formats of the query commands.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// An aligned text table.
    Table,
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// The filters shared by `events`, `stats` and `export`.
#[derive(clap::Args, Clone, Debug)]
pub struct Filters {
    /// Database file.
    #[arg(
        long,
        value_name = "PATH",
        default_value = "sitrep.db",
        env = "SITREP_DB"
    )]
    pub db: PathBuf,
    /// First day (inclusive).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<Date>,
    /// Last day (inclusive).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<Date>,
    /// Oblast ("Kherson" or "Kherson Oblast"; "Kyiv" is the city and the oblast).
    #[arg(long)]
    pub oblast: Option<String>,
    /// Place name (spelling variants fold together).
    #[arg(long)]
    pub place: Option<String>,
    /// Event kind: attack, clash, meeting, agreement, statement.
    #[arg(long)]
    pub kind: Option<String>,
    /// Weapon named by any source: artillery, mlrs, mortar, tank, missile, aircraft,
    /// guided_bomb, drone, small_arms, explosive.
    #[arg(long)]
    pub weapon: Option<String>,
    /// At least this many killed according to at least one source.
    #[arg(long, value_name = "N")]
    pub min_killed: Option<u32>,
}

impl Filters {
    pub fn filter(&self, limit: Option<usize>) -> EventFilter {
        EventFilter {
            from: self.from.map(|d| d.to_string()),
            to: self.to.map(|d| d.to_string()),
            oblast: self.oblast.clone(),
            place: self.place.clone(),
            kind: self.kind.clone(),
            weapon: self.weapon.clone(),
            min_killed: self.min_killed,
            limit,
        }
    }
}

/// Opens an existing database (queries never create one).
pub fn open_existing(path: &Path) -> Result<Store> {
    if !path.exists() {
        bail!(
            "{}: no such database; run `sitrep ingest --db {} FILES...` first",
            path.display(),
            path.display()
        );
    }
    Ok(Store::open(path)?)
}

#[derive(clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    filters: Filters,
    /// At most this many events.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

#[derive(clap::Args)]
pub struct StatsArgs {
    #[command(flatten)]
    filters: Filters,
    /// One row per oblast per day or per ISO week (labelled by its Monday).
    #[arg(long, value_enum, default_value = "day")]
    by: By,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

/// Stats granularity.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum By {
    /// Per day.
    Day,
    /// Per ISO week.
    Week,
}

fn range(ev: &StoredEvent, f: &str) -> String {
    let r = ev.range(f);
    match (r.min, r.max) {
        (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

/// Prints rows as an aligned table.
fn table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let mut w: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(c.chars().count().min(40));
        }
    }
    let line = |out: &mut dyn Write, cells: Vec<String>| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            let c: String = if c.chars().count() > 40 {
                c.chars().take(39).collect::<String>() + "…"
            } else {
                c.clone()
            };
            let pad = w[i].saturating_sub(c.chars().count());
            s.push_str(&c);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(pad + 2));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, header.iter().map(|h| h.to_string()).collect())?;
    for r in rows {
        line(out, r.clone())?;
    }
    Ok(())
}

const EVENT_CSV: &[&str] = &[
    "id",
    "date",
    "start",
    "end",
    "kind",
    "scope",
    "part_of",
    "place",
    "admin1",
    "admin2",
    "admin3",
    "country",
    "lat",
    "lon",
    "precision",
    "count",
    "count_max",
    "munitions",
    "munitions_max",
    "intercepted",
    "intercepted_max",
    "killed",
    "killed_max",
    "injured",
    "injured_max",
    "children_killed",
    "children_killed_max",
    "children_injured",
    "children_injured_max",
    "weapons",
    "targets",
    "actor",
    "event_type",
    "sub_event_type",
    "n_sources",
    "sources",
];

fn csv_row(ev: &StoredEvent) -> Vec<String> {
    let mut row = vec![
        ev.uid.clone(),
        opt(&ev.day),
        opt(&ev.start),
        opt(&ev.end),
        ev.kind.clone(),
        ev.scope.clone(),
        opt(&ev.part_of),
        opt(&ev.place),
        opt(&ev.admin1),
        opt(&ev.admin2),
        opt(&ev.admin3),
        opt(&ev.country),
        opt(&ev.lat),
        opt(&ev.lon),
        opt(&ev.precision),
    ];
    for r in ev.numbers {
        row.push(opt(&r.min));
        row.push(opt(&r.max));
    }
    row.extend([
        ev.weapons.join(";"),
        ev.targets.join(";"),
        opt(&ev.actor),
        opt(&ev.event_type),
        opt(&ev.sub_event_type),
        ev.n_sources.to_string(),
        ev.sources
            .iter()
            .map(|s| format!("{}#{}", s.path, s.ordinal))
            .collect::<Vec<_>>()
            .join(";"),
    ]);
    row
}

pub fn events(args: EventsArgs) -> Result<ExitCode> {
    let store = open_existing(&args.filters.db)?;
    let evs = store.events(&args.filters.filter(args.limit))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Jsonl => {
            for ev in &evs {
                serde_json::to_writer(&mut out, &ev.to_json(None))?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(EVENT_CSV)?;
            for ev in &evs {
                w.write_record(csv_row(ev))?;
            }
            w.flush()?;
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = evs
                .iter()
                .map(|ev| {
                    vec![
                        opt(&ev.day),
                        ev.kind.clone(),
                        ev.scope.clone(),
                        opt(&ev.place),
                        opt(&ev.admin1),
                        range(ev, "count"),
                        range(ev, "killed"),
                        range(ev, "injured"),
                        ev.weapons.join(","),
                        ev.n_sources.to_string(),
                        ev.uid.clone(),
                    ]
                })
                .collect();
            table(
                &mut out,
                &[
                    "date", "kind", "scope", "place", "oblast", "count", "killed", "injured",
                    "weapons", "sources", "id",
                ],
                &rows,
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn stats(args: StatsArgs) -> Result<ExitCode> {
    let store = open_existing(&args.filters.db)?;
    let period = match args.by {
        By::Day => Period::Day,
        By::Week => Period::Week,
    };
    let rows = store.stats(&StatsQuery {
        filter: args.filters.filter(None),
        period,
    })?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let header = [
        "oblast",
        "period",
        "events",
        "attacks",
        "count",
        "killed",
        "killed_max",
        "injured",
        "injured_max",
    ];
    let cells = |r: &sitrep_store::StatsRow| {
        vec![
            r.oblast.clone(),
            r.period.clone(),
            r.events.to_string(),
            r.attacks.to_string(),
            r.count.to_string(),
            r.killed.to_string(),
            r.killed_max.to_string(),
            r.injured.to_string(),
            r.injured_max.to_string(),
        ]
    };
    match args.format {
        Format::Jsonl => {
            for r in &rows {
                serde_json::to_writer(&mut out, r)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(header)?;
            for r in &rows {
                w.write_record(cells(r))?;
            }
            w.flush()?;
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = rows.iter().map(cells).collect();
            table(&mut out, &header, &rows)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
