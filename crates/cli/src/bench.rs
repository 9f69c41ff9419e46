//! `sitrep bench`: extraction throughput on a generated corpus.
//!
//! The command writes a synthetic, reproducible corpus of report files (daily
//! shelling summaries, strike reports, Air Force tallies, General Staff front-line
//! summaries and regional digests, filled with real Ukrainian oblast and settlement
//! names), then times [`Extractor::extract`] over it twice: once on one thread,
//! file by file, and once on all cores with rayon. Corpus generation is not timed.
//!
//! Everything random comes from [`Rng`], a SplitMix64 generator seeded with
//! `--seed`, so the same arguments always give byte-identical files.

use anyhow::{Context, Result, bail};
use jiff::civil::Date;
use rayon::prelude::*;
use sitrep_extract::Extractor;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Bump when the generator changes, so a kept corpus (`--dir`) is regenerated.
const GENERATOR_VERSION: u32 = 1;
/// Name of the file in the corpus directory describing how it was generated.
const MANIFEST: &str = "bench-manifest.json";
/// Number of (small) files extracted once before timing starts.
const WARMUP_FILES: usize = 8;
/// At most this many bytes of text are extracted in the warm-up.
const WARMUP_BYTES: usize = 200_000;

/// Arguments of `sitrep bench`.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Corpus size in megabytes (10^6 bytes).
    #[arg(long, value_name = "N", default_value_t = 50.0)]
    mb: f64,
    /// Number of files; by default as many as the size needs (2-30 KB each, plus
    /// roughly one ~1 MB digest per 10 MB).
    #[arg(long, value_name = "N")]
    files: Option<usize>,
    /// Seed of the corpus generator; the same seed gives the same corpus.
    #[arg(long, value_name = "N", default_value_t = 42)]
    seed: u64,
    /// Write the corpus to this directory and keep it. When it already holds a
    /// corpus made with the same --mb, --files and --seed, that corpus is reused.
    #[arg(long, value_name = "PATH")]
    dir: Option<PathBuf>,
    /// Keep the temporary corpus directory instead of removing it afterwards.
    #[arg(long)]
    keep: bool,
    /// Threads for the all-cores pass (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Run only the single-thread pass (useful under a profiler).
    #[arg(long, conflicts_with = "parallel_only")]
    single_only: bool,
    /// Run only the all-cores pass.
    #[arg(long)]
    parallel_only: bool,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

/// Extra `--help` text.
const AFTER_HELP: &str = "\
Generates a reproducible synthetic corpus of English war-news report files (daily \
shelling summaries, strike reports, Air Force tallies, front-line summaries, digests; \
2-30 KB each with a few ~1 MB digests), then measures extraction throughput:

  startup        time to build the extractor (Extractor::builtin: lexicons + gazetteer)
  single-thread  each file read and extracted in turn on one thread
  all cores      rayon over the file list, each worker reading and extracting a file

For each pass: files, MB (10^6 bytes), events found, wall-clock seconds, MB/s, the \
CPU time the process used (user + system, /proc/self/stat) and MB per CPU-second, \
which stays meaningful when other programs compete for the cores, and peak memory. \
A warning is printed if the two passes find different numbers of events.

Generation is not timed. A few files are extracted once as warm-up first. Peak \
memory is the process's VmHWM from /proc/self/status (Linux only), reset before each \
pass when the kernel allows it. The corpus goes to a temporary directory that is \
removed afterwards unless --keep or --dir is given.";

/// Runs `sitrep bench`.
pub fn run(args: Args) -> Result<ExitCode> {
    if !(args.mb > 0.0 && args.mb.is_finite()) {
        bail!("--mb must be a positive number");
    }
    if args.files == Some(0) {
        bail!("--files must be at least 1");
    }
    let target_bytes = (args.mb * 1e6) as u64;

    // 1. the corpus (not timed)
    let (dir, temporary) = match &args.dir {
        Some(d) => (d.clone(), false),
        None => (
            std::env::temp_dir().join(format!("sitrep-bench-{}-{}", std::process::id(), args.seed)),
            true,
        ),
    };
    let spec = CorpusSpec {
        target_bytes,
        files: args.files,
        seed: args.seed,
    };
    let gen_start = Instant::now();
    let corpus = prepare_corpus(&dir, &spec);
    let corpus = match corpus {
        Ok(c) => c,
        Err(e) => {
            if temporary {
                let _ = std::fs::remove_dir_all(&dir);
            }
            return Err(e);
        }
    };
    let gen_secs = gen_start.elapsed();
    let outcome = measure(&args, &corpus);
    if temporary && !args.keep {
        std::fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
    }
    let m = outcome?;
    let kept = if temporary && !args.keep {
        None
    } else {
        Some(dir.as_path())
    };
    if args.json {
        println!("{}", to_json(&args, &corpus, gen_secs, kept, &m));
    } else {
        print!("{}", to_table(&args, &corpus, gen_secs, kept, &m));
    }
    if let (Some(s), Some(p)) = (&m.single, &m.parallel)
        && s.events != p.events
    {
        eprintln!(
            "sitrep bench: warning: single-thread pass found {} events, all-cores pass {} (extraction is not deterministic)",
            s.events, p.events
        );
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------
// Measurement
// ---------------------------------------------------------------------------

/// Result of one timed pass over the corpus.
struct Pass {
    /// Files extracted.
    files: usize,
    /// Bytes of text extracted.
    bytes: u64,
    /// Events found.
    events: u64,
    /// Wall-clock time of the pass, reading included.
    wall: Duration,
    /// Time spent inside `Extractor::extract` (single-thread pass only).
    extract_only: Option<Duration>,
    /// Threads used.
    threads: usize,
    /// CPU time (user + system) the process used during the pass, when known.
    cpu: Option<Duration>,
    /// Peak resident memory in bytes during the pass (VmHWM), when known.
    peak: Option<u64>,
}

impl Pass {
    /// Throughput in MB/s (10^6 bytes).
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.wall.as_secs_f64().max(1e-9)
    }
    /// Throughput per CPU-second: MB/s per busy core, whatever else runs on the machine.
    fn mb_per_cpu_s(&self) -> Option<f64> {
        self.cpu
            .filter(|c| !c.is_zero())
            .map(|c| self.bytes as f64 / 1e6 / c.as_secs_f64())
    }
}

/// Everything `sitrep bench` measured.
struct Measurements {
    /// Time to build the extractor.
    startup: Duration,
    /// Resident memory right after building the extractor.
    rss_after_startup: Option<u64>,
    /// Time of the warm-up extraction.
    warmup: Duration,
    /// Files in the warm-up.
    warmup_files: usize,
    /// The single-thread pass, unless skipped.
    single: Option<Pass>,
    /// The all-cores pass, unless skipped.
    parallel: Option<Pass>,
    /// Peak resident memory of the whole process (VmHWM) since the last reset.
    peak_overall: Option<u64>,
    /// Whether the peak could be reset between passes (so per-pass peaks are per pass).
    peak_reset: bool,
}

/// Builds the extractor, warms up and runs the timed passes.
fn measure(args: &Args, corpus: &Corpus) -> Result<Measurements> {
    let t = Instant::now();
    let ex = Extractor::builtin().context("building the extractor")?;
    let startup = t.elapsed();
    let rss_after_startup = proc_status_kb("VmRSS").map(|kb| kb * 1024);

    // warm-up on a few of the smallest files (at most WARMUP_BYTES of text): page in
    // code and tables, grow the allocator's arenas
    let mut by_size: Vec<&CorpusFile> = corpus.files.iter().collect();
    by_size.sort_by_key(|f| f.bytes);
    let mut warm_bytes = 0;
    let mut warmup_files = 0;
    let t = Instant::now();
    for f in by_size.into_iter().take(WARMUP_FILES) {
        if warm_bytes >= WARMUP_BYTES {
            break;
        }
        let text = read(&f.path)?;
        let mut end = text.len().min(WARMUP_BYTES - warm_bytes);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        warm_bytes += end;
        warmup_files += 1;
        std::hint::black_box(ex.extract(&text[..end], &f.name, Some(f.published)).len());
    }
    let warmup = t.elapsed();

    let mut peak_reset = true;
    let mut peak_overall = proc_status_kb("VmHWM").map(|kb| kb * 1024);

    let single = if args.parallel_only {
        None
    } else {
        peak_reset &= reset_peak();
        let p = single_pass(&ex, corpus)?;
        peak_overall = max_opt(peak_overall, p.peak);
        Some(p)
    };
    let parallel = if args.single_only {
        None
    } else {
        peak_reset &= reset_peak();
        let p = match args.threads {
            Some(n) => {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .context("starting threads")?;
                pool.install(|| parallel_pass(&ex, corpus))?
            }
            None => parallel_pass(&ex, corpus)?,
        };
        peak_overall = max_opt(peak_overall, p.peak);
        Some(p)
    };
    Ok(Measurements {
        startup,
        rss_after_startup,
        warmup,
        warmup_files,
        single,
        parallel,
        peak_overall,
        peak_reset,
    })
}

/// The larger of two optional values.
fn max_opt(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// One thread, file by file: read, extract, count, drop. Only one file is in memory at a time.
fn single_pass(ex: &Extractor, corpus: &Corpus) -> Result<Pass> {
    let mut events = 0u64;
    let mut bytes = 0u64;
    let mut in_extract = Duration::ZERO;
    let cpu0 = cpu_time();
    let start = Instant::now();
    for f in &corpus.files {
        let text = read(&f.path)?;
        bytes += text.len() as u64;
        let t = Instant::now();
        let evs = ex.extract(&text, &f.name, Some(f.published));
        in_extract += t.elapsed();
        events += evs.len() as u64;
    }
    let wall = start.elapsed();
    Ok(Pass {
        files: corpus.files.len(),
        bytes,
        events,
        wall,
        extract_only: Some(in_extract),
        threads: 1,
        cpu: cpu_time().zip(cpu0).map(|(b, a)| b.saturating_sub(a)),
        peak: proc_status_kb("VmHWM").map(|kb| kb * 1024),
    })
}

/// All cores: rayon over the file list, each worker reading and extracting its file.
fn parallel_pass(ex: &Extractor, corpus: &Corpus) -> Result<Pass> {
    let cpu0 = cpu_time();
    let start = Instant::now();
    let (bytes, events) = corpus
        .files
        .par_iter()
        .map(|f| -> Result<(u64, u64)> {
            let text = read(&f.path)?;
            let n = ex.extract(&text, &f.name, Some(f.published)).len();
            Ok((text.len() as u64, n as u64))
        })
        .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))?;
    let wall = start.elapsed();
    Ok(Pass {
        files: corpus.files.len(),
        bytes,
        events,
        wall,
        extract_only: None,
        threads: rayon::current_num_threads(),
        cpu: cpu_time().zip(cpu0).map(|(b, a)| b.saturating_sub(a)),
        peak: proc_status_kb("VmHWM").map(|kb| kb * 1024),
    })
}

/// Reads a corpus file as UTF-8.
fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))
}

/// A `kB` field of /proc/self/status ("VmHWM", "VmRSS"); `None` off Linux.
fn proc_status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|l| {
        let rest = l.strip_prefix(field)?.strip_prefix(':')?;
        rest.trim().trim_end_matches("kB").trim().parse().ok()
    })
}

/// CPU time (user + system, all threads) used by the process so far, from
/// /proc/self/stat; `None` off Linux. Resolution: one clock tick (10 ms).
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name, which is in parentheses and may hold spaces
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    // USER_HZ is 100 on every Linux architecture Rust supports
    Some(Duration::from_millis(ticks * 10))
}

/// Resets the kernel's peak-RSS counter (VmHWM) to the current RSS; false when not possible.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

/// Bytes as MB with one decimal, or "unknown".
fn mem(b: Option<u64>) -> String {
    b.map_or("unknown".to_string(), |b| {
        format!("{:.1} MB", b as f64 / 1e6)
    })
}

/// The human-readable report.
fn to_table(
    args: &Args,
    corpus: &Corpus,
    gen_time: Duration,
    kept: Option<&Path>,
    m: &Measurements,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "corpus     {:.prec$} MB in {} file{} (seed {}, largest {:.1} KB, {})",
        corpus.bytes as f64 / 1e6,
        corpus.files.len(),
        if corpus.files.len() == 1 { "" } else { "s" },
        args.seed,
        corpus.files.iter().map(|f| f.bytes).max().unwrap_or(0) as f64 / 1e3,
        if corpus.reused {
            "reused".to_string()
        } else {
            format!("generated in {:.2} s", gen_time.as_secs_f64())
        },
        prec = if corpus.bytes < 10_000_000 { 3 } else { 1 },
    );
    if let Some(d) = kept {
        let _ = writeln!(s, "kept in    {}", d.display());
    }
    let _ = writeln!(
        s,
        "startup    {:.3} s (Extractor::builtin), RSS after startup {}",
        m.startup.as_secs_f64(),
        mem(m.rss_after_startup)
    );
    let _ = writeln!(
        s,
        "warm-up    {:.3} s ({} file{})",
        m.warmup.as_secs_f64(),
        m.warmup_files,
        if m.warmup_files == 1 { "" } else { "s" }
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:<22} {:>6} {:>7} {:>8} {:>8} {:>8} {:>8} {:>9} {:>11}",
        "pass", "files", "MB", "events", "seconds", "MB/s", "cpu s", "MB/cpu-s", "peak memory"
    );
    let mut row = |label: String, p: &Pass| {
        let _ = writeln!(
            s,
            "{:<22} {:>6} {:>7.1} {:>8} {:>8.3} {:>8.2} {:>8} {:>9} {:>11}",
            label,
            p.files,
            p.bytes as f64 / 1e6,
            p.events,
            p.wall.as_secs_f64(),
            p.mb_per_s(),
            p.cpu
                .map_or("?".to_string(), |c| format!("{:.2}", c.as_secs_f64())),
            p.mb_per_cpu_s()
                .map_or("?".to_string(), |x| format!("{x:.2}")),
            mem(p.peak)
        );
    };
    if let Some(p) = &m.single {
        row("single-thread".to_string(), p);
    }
    if let Some(p) = &m.parallel {
        row(format!("all cores ({} threads)", p.threads), p);
    }
    let _ = writeln!(s);
    if let Some(p) = &m.single
        && let Some(x) = p.extract_only
    {
        let _ = writeln!(
            s,
            "single-thread extract only: {:.3} s, {:.2} MB/s (the rest is reading files)",
            x.as_secs_f64(),
            p.bytes as f64 / 1e6 / x.as_secs_f64().max(1e-9)
        );
    }
    if let (Some(sp), Some(pp)) = (&m.single, &m.parallel) {
        let _ = writeln!(
            s,
            "speed-up   {:.2}x on {} threads ({:.2} MB/s per thread)",
            pp.mb_per_s() / sp.mb_per_s().max(1e-9),
            pp.threads,
            pp.mb_per_s() / pp.threads as f64
        );
    }
    let _ = writeln!(
        s,
        "peak mem   {} (VmHWM{})",
        mem(m.peak_overall),
        if m.peak_reset {
            ", per pass"
        } else {
            ", whole process: could not reset between passes"
        }
    );
    s
}

/// The JSON report: one object.
fn to_json(
    args: &Args,
    corpus: &Corpus,
    gen_time: Duration,
    kept: Option<&Path>,
    m: &Measurements,
) -> String {
    let pass = |p: &Pass| {
        serde_json::json!({
            "files": p.files,
            "bytes": p.bytes,
            "mb": p.bytes as f64 / 1e6,
            "events": p.events,
            "seconds": p.wall.as_secs_f64(),
            "mb_per_s": p.mb_per_s(),
            "extract_seconds": p.extract_only.map(|d| d.as_secs_f64()),
            "threads": p.threads,
            "cpu_seconds": p.cpu.map(|c| c.as_secs_f64()),
            "mb_per_cpu_s": p.mb_per_cpu_s(),
            "peak_memory_bytes": p.peak,
        })
    };
    let v = serde_json::json!({
        "corpus": {
            "files": corpus.files.len(),
            "bytes": corpus.bytes,
            "mb": corpus.bytes as f64 / 1e6,
            "seed": args.seed,
            "largest_file_bytes": corpus.files.iter().map(|f| f.bytes).max().unwrap_or(0),
            "reused": corpus.reused,
            "generation_seconds": if corpus.reused { None } else { Some(gen_time.as_secs_f64()) },
            "dir": kept.map(|d| d.display().to_string()),
        },
        "startup_seconds": m.startup.as_secs_f64(),
        "rss_after_startup_bytes": m.rss_after_startup,
        "warmup_seconds": m.warmup.as_secs_f64(),
        "warmup_files": m.warmup_files,
        "single_thread": m.single.as_ref().map(pass),
        "all_cores": m.parallel.as_ref().map(pass),
        "mb_per_s_single_thread": m.single.as_ref().map(Pass::mb_per_s),
        "mb_per_s_all_cores": m.parallel.as_ref().map(Pass::mb_per_s),
        "threads": m.parallel.as_ref().map(|p| p.threads),
        "peak_memory_bytes": m.peak_overall,
        "peak_memory": mem(m.peak_overall),
        "peak_reset_per_pass": m.peak_reset,
    });
    v.to_string()
}

// ---------------------------------------------------------------------------
// Corpus files on disk
// ---------------------------------------------------------------------------

/// What corpus to make.
struct CorpusSpec {
    /// Total size aimed at.
    target_bytes: u64,
    /// Exact number of files, when asked for.
    files: Option<usize>,
    /// Generator seed.
    seed: u64,
}

impl CorpusSpec {
    /// The manifest text identifying a corpus made from this spec.
    fn manifest(&self, files: usize, bytes: u64) -> String {
        serde_json::json!({
            "generator": GENERATOR_VERSION,
            "target_bytes": self.target_bytes,
            "files_arg": self.files,
            "seed": self.seed,
            "files": files,
            "bytes": bytes,
        })
        .to_string()
    }
}

/// One file of the corpus.
struct CorpusFile {
    /// Where it is.
    path: PathBuf,
    /// Its file name, passed to the extractor.
    name: String,
    /// Publication date (also in the file name).
    published: Date,
    /// Size in bytes.
    bytes: u64,
}

/// The corpus: its files in order.
struct Corpus {
    /// The files.
    files: Vec<CorpusFile>,
    /// Their total size.
    bytes: u64,
    /// Whether an existing corpus was reused.
    reused: bool,
}

/// Reuses the corpus in `dir` when its manifest matches `spec`, else generates it.
fn prepare_corpus(dir: &Path, spec: &CorpusSpec) -> Result<Corpus> {
    if let Ok(m) = std::fs::read_to_string(dir.join(MANIFEST))
        && let Ok(v) = serde_json::from_str::<serde_json::Value>(&m)
    {
        let files = v["files"].as_u64().unwrap_or(0) as usize;
        let bytes = v["bytes"].as_u64().unwrap_or(0);
        if m == spec.manifest(files, bytes)
            && let Ok(c) = list_corpus(dir)
            && c.files.len() == files
            && c.bytes == bytes
        {
            return Ok(Corpus { reused: true, ..c });
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let _ = std::fs::remove_file(dir.join(MANIFEST));
    // remove report files of an older corpus, which has the same naming scheme
    if let Ok(old) = list_corpus(dir) {
        for f in old.files {
            std::fs::remove_file(&f.path)
                .with_context(|| format!("removing {}", f.path.display()))?;
        }
    }
    let sizes = plan_sizes(spec);
    let base = Date::new(2023, 1, 1).expect("valid date");
    let mut files = Vec::with_capacity(sizes.len());
    let mut total = 0;
    let mut buf = String::new();
    // each file aims at its planned size minus what earlier files overshot, so the
    // total tracks the plan (a report ends on a whole article, past its target)
    let mut planned = 0u64;
    for (i, &size) in sizes.iter().enumerate() {
        if spec.files.is_none() && total >= spec.target_bytes {
            break;
        }
        planned += size;
        let want = planned.saturating_sub(total).clamp(1, size.max(1) * 2);
        // spread publication dates over ~2.5 years, not in file order
        let published = base.checked_add(jiff::Span::new().days((i as i64 * 37) % 900))?;
        let name = format!("r{i:05}-{published}.txt");
        let mut rng = Rng::new(spec.seed ^ (i as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407));
        buf.clear();
        write_report(&mut rng, published, want as usize, &mut buf);
        let path = dir.join(&name);
        std::fs::write(&path, buf.as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
        total += buf.len() as u64;
        files.push(CorpusFile {
            path,
            name,
            published,
            bytes: buf.len() as u64,
        });
    }
    std::fs::write(dir.join(MANIFEST), spec.manifest(files.len(), total))?;
    Ok(Corpus {
        files,
        bytes: total,
        reused: false,
    })
}

/// The report files already in `dir` (named `rNNNNN-YYYY-MM-DD.txt`), in order.
fn list_corpus(dir: &Path) -> Result<Corpus> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_prefix('r').and_then(|n| n.strip_suffix(".txt")) else {
            continue;
        };
        let Some((num, date)) = stem.split_once('-') else {
            continue;
        };
        let (Ok(_), Ok(published)) = (num.parse::<u32>(), date.parse::<Date>()) else {
            continue;
        };
        let bytes = entry.metadata()?.len();
        files.push(CorpusFile {
            path: entry.path(),
            name,
            published,
            bytes,
        });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let bytes = files.iter().map(|f| f.bytes).sum();
    Ok(Corpus {
        files,
        bytes,
        reused: false,
    })
}

/// File sizes: mostly 2-30 KB, plus about one ~1 MB digest per 10 MB of corpus.
fn plan_sizes(spec: &CorpusSpec) -> Vec<u64> {
    let mut rng = Rng::new(spec.seed);
    let target = spec.target_bytes;
    let large_wanted = (target / 10_000_000) as usize;
    match spec.files {
        None => {
            let mut sizes = Vec::new();
            let mut total = 0;
            for _ in 0..large_wanted {
                let s = rng.range(800_000, 1_200_000) as u64;
                sizes.push(s);
                total += s;
            }
            while total < target {
                // skewed towards small files: most reports are a few KB
                let s = if rng.chance(70) {
                    rng.range(2_000, 14_000)
                } else {
                    rng.range(14_000, 30_000)
                } as u64;
                let s = s.min((target - total).max(2_000));
                sizes.push(s);
                total += s;
            }
            // large files at pseudo-random places in the order, not all first
            let n = sizes.len();
            for i in 0..large_wanted.min(n) {
                let j = rng.below(n);
                sizes.swap(i, j);
            }
            sizes
        }
        Some(n) => {
            let large = large_wanted.min(n / 20);
            let mut sizes = Vec::with_capacity(n);
            let mut left = target;
            for _ in 0..large {
                let s = (rng.range(800_000, 1_200_000) as u64).min(left / 2);
                sizes.push(s);
                left -= s;
            }
            let small = n - large;
            let mean = (left / small as u64).max(200);
            let first_small = sizes.len();
            for _ in 0..small {
                sizes.push(mean / 2 + rng.below(mean as usize + 1) as u64);
            }
            // scale the small ones so that the total hits the target
            let sum: u64 = sizes[first_small..].iter().sum();
            if sum > 0 {
                for s in &mut sizes[first_small..] {
                    *s = (*s as u128 * left as u128 / sum as u128).max(1) as u64;
                }
            }
            let k = sizes.len();
            for i in 0..large {
                let j = rng.below(k);
                sizes.swap(i, j);
            }
            sizes
        }
    }
}

// ---------------------------------------------------------------------------
// Pseudo-random numbers
// ---------------------------------------------------------------------------

/// SplitMix64: small, fast, and good enough for text generation. Deterministic.
struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    fn new(seed: u64) -> Self {
        let mut r = Rng(seed);
        r.next_u64();
        r
    }
    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo) as usize + 1) as u32
    }
    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }
    /// A random element of a non-empty slice.
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------
// Text generation: vocabulary
// ---------------------------------------------------------------------------

/// An oblast with the names the generator uses for it.
struct Oblast {
    /// Short name, as in "Kharkiv Oblast".
    name: &'static str,
    /// Regional governor (head of the military administration).
    head: &'static str,
    /// Real settlements of the oblast.
    places: &'static [&'static str],
    /// Raions (districts) of the oblast.
    raions: &'static [&'static str],
}

/// The oblasts that appear in the corpus, front-line ones first.
const OBLASTS: &[Oblast] = &[
    Oblast {
        name: "Kharkiv",
        head: "Oleh Syniehubov",
        places: &[
            "Kharkiv",
            "Kupiansk",
            "Vovchansk",
            "Chuhuiv",
            "Izium",
            "Balakliia",
            "Lozova",
            "Zolochiv",
            "Krasnokutsk",
            "Lymanivka",
            "Tavilzhanka",
            "Savyntsi",
            "Zmiiv",
            "Barvinkove",
            "Kozacha Lopan",
            "Velykyi Burluk",
            "Kivsharivka",
            "Ternova",
            "Dvorichna",
            "Lyptsi",
            "Merefa",
            "Pisochyn",
            "Bohodukhiv",
        ],
        raions: &[
            "Chuhuivskyi",
            "Kupianskyi",
            "Kharkivskyi",
            "Iziumskyi",
            "Bohodukhivskyi",
            "Lozivskyi",
        ],
    },
    Oblast {
        name: "Kherson",
        head: "Oleksandr Prokudin",
        places: &[
            "Kherson",
            "Beryslav",
            "Stanislav",
            "Kostohryzove",
            "Zelenivka",
            "Muzykivka",
            "Velyki Kopani",
            "Kozachi Laheri",
            "Antonivka",
            "Bilozerka",
            "Tiahynka",
            "Dniprovske",
            "Sadove",
            "Chornobaivka",
            "Novoberyslav",
            "Mykilske",
            "Ponyativka",
            "Tomyna Balka",
            "Shyroka Balka",
            "Tokarivka",
        ],
        raions: &["Beryslavskyi", "Khersonskyi", "Kakhovskyi"],
    },
    Oblast {
        name: "Zaporizhzhia",
        head: "Ivan Fedorov",
        places: &[
            "Zaporizhzhia",
            "Orikhiv",
            "Huliaipole",
            "Stepnohirsk",
            "Kamianske",
            "Malokaterynivka",
            "Mala Tokmachka",
            "Novoandriivka",
            "Bilenke",
            "Prymorske",
            "Vilniansk",
            "Novodanylivka",
            "Preobrazhenka",
            "Charivne",
            "Zaliznychne",
            "Poltavka",
            "Rizdvianka",
            "Dolynka",
        ],
        raions: &["Zaporizkyi", "Polohivskyi", "Vasylivskyi"],
    },
    Oblast {
        name: "Donetsk",
        head: "Vadym Filashkin",
        places: &[
            "Kramatorsk",
            "Sloviansk",
            "Kostiantynivka",
            "Pokrovsk",
            "Myrnohrad",
            "Toretsk",
            "Siversk",
            "Chasiv Yar",
            "Druzhkivka",
            "Dobropillia",
            "Lyman",
            "Kurakhove",
            "Selydove",
            "Hryshyne",
            "Udachne",
            "Mykolaivka",
            "Illinivka",
            "Bilozerske",
            "Rodynske",
            "Ocheretyne",
            "Ukrainsk",
            "Novohrodivka",
        ],
        raions: &["Kramatorskyi", "Pokrovskyi", "Bakhmutskyi", "Volnovaskyi"],
    },
    Oblast {
        name: "Sumy",
        head: "Volodymyr Artiukh",
        places: &[
            "Sumy",
            "Shostka",
            "Okhtyrka",
            "Konotop",
            "Bilopillia",
            "Krasnopillia",
            "Velyka Pysarivka",
            "Esman",
            "Seredyna-Buda",
            "Yunakivka",
            "Nedryhailiv",
            "Myropillia",
            "Khotin",
            "Buryn",
            "Vorozhba",
            "Putyvl",
            "Znob-Novhorodske",
            "Hlukhiv",
            "Lebedyn",
        ],
        raions: &["Sumskyi", "Okhtyrskyi", "Konotopskyi", "Shostkynskyi"],
    },
    Oblast {
        name: "Dnipropetrovsk",
        head: "Serhii Lysak",
        places: &[
            "Dnipro",
            "Nikopol",
            "Marhanets",
            "Kryvyi Rih",
            "Pavlohrad",
            "Synelnykove",
            "Pokrov",
            "Myrove",
            "Chervonohryhorivka",
            "Pokrovske",
            "Mezhova",
            "Tomakivka",
            "Kamianske",
            "Zelenodolsk",
            "Velykomykhailivka",
        ],
        raions: &[
            "Nikopolskyi",
            "Synelnykivskyi",
            "Kryvorizkyi",
            "Dniprovskyi",
        ],
    },
    Oblast {
        name: "Mykolaiv",
        head: "Vitalii Kim",
        places: &[
            "Mykolaiv",
            "Ochakiv",
            "Kutsurub",
            "Bashtanka",
            "Snihurivka",
            "Voznesensk",
            "Pervomaisk",
            "Nova Odesa",
            "Halytsynove",
            "Parutyne",
            "Kinburn",
        ],
        raions: &["Mykolaivskyi", "Bashtanskyi", "Voznesenskyi"],
    },
    Oblast {
        name: "Chernihiv",
        head: "Viacheslav Chaus",
        places: &[
            "Chernihiv",
            "Novhorod-Siverskyi",
            "Semenivka",
            "Snovsk",
            "Koriukivka",
            "Nizhyn",
            "Pryluky",
            "Horodnia",
            "Ripky",
            "Hremiach",
            "Sosnytsia",
        ],
        raions: &["Novhorod-Siverskyi", "Koriukivskyi", "Chernihivskyi"],
    },
    Oblast {
        name: "Odesa",
        head: "Oleh Kiper",
        places: &[
            "Odesa",
            "Izmail",
            "Chornomorsk",
            "Pivdenne",
            "Bilhorod-Dnistrovskyi",
            "Reni",
            "Zatoka",
            "Podilsk",
        ],
        raions: &["Odeskyi", "Izmailskyi", "Bilhorod-Dnistrovskyi"],
    },
    Oblast {
        name: "Kyiv",
        head: "Ruslan Kravchenko",
        places: &[
            "Bila Tserkva",
            "Brovary",
            "Boryspil",
            "Fastiv",
            "Irpin",
            "Bucha",
            "Vyshhorod",
            "Obukhiv",
            "Vasylkiv",
        ],
        raions: &["Obukhivskyi", "Buchanskyi", "Brovarskyi"],
    },
    Oblast {
        name: "Poltava",
        head: "Volodymyr Kohut",
        places: &[
            "Poltava",
            "Kremenchuk",
            "Myrhorod",
            "Lubny",
            "Horishni Plavni",
            "Karlivka",
            "Hadiach",
        ],
        raions: &["Poltavskyi", "Kremenchutskyi", "Myrhorodskyi"],
    },
    Oblast {
        name: "Lviv",
        head: "Maksym Kozytskyi",
        places: &[
            "Lviv",
            "Stryi",
            "Drohobych",
            "Sambir",
            "Chervonohrad",
            "Truskavets",
            "Zolochiv",
        ],
        raions: &["Lvivskyi", "Stryiskyi", "Zolochivskyi"],
    },
];

/// Front-line axes named in General Staff summaries, with nearby places.
const AXES: &[(&str, &[&str])] = &[
    ("Kharkiv", &["Vovchansk", "Lyptsi", "Tykhe", "Starytsia"]),
    (
        "Kupiansk",
        &[
            "Kupiansk",
            "Synkivka",
            "Petropavlivka",
            "Stepova Novoselivka",
            "Lozova",
        ],
    ),
    (
        "Lyman",
        &["Terny", "Torske", "Hrekivka", "Nove", "Yampolivka"],
    ),
    ("Siversk", &["Bilohorivka", "Verkhnokamianske", "Vyimka"]),
    (
        "Kramatorsk",
        &["Chasiv Yar", "Stupochky", "Bila Hora", "Predtechyne"],
    ),
    (
        "Toretsk",
        &["Toretsk", "Dyliivka", "Shcherbynivka", "Druzhba"],
    ),
    (
        "Pokrovsk",
        &[
            "Myrolubivka",
            "Lysivka",
            "Promin",
            "Zvirove",
            "Kotlyne",
            "Udachne",
        ],
    ),
    (
        "Kurakhove",
        &["Dachne", "Andriivka", "Konstiantynopil", "Uspenivka"],
    ),
    ("Huliaipole", &["Zaliznychne", "Malynivka", "Bilohiria"]),
    (
        "Orikhiv",
        &["Stepove", "Mala Tokmachka", "Shcherbaky", "Kamianske"],
    ),
    ("Prydniprovske", &["Krynky", "Antonivka", "Dniprovske"]),
];

/// Who attacks, as the reports say it.
const ACTORS: &[&str] = &[
    "Russian troops",
    "Russian forces",
    "the occupiers",
    "the Russian army",
    "the enemy",
    "Russian invaders",
    "the Russian military",
    "the aggressor",
];
/// [`ACTORS`] that can open a sentence.
const ACTORS_CAP: &[&str] = &[
    "Russian troops",
    "Russian forces",
    "The occupiers",
    "The Russian army",
    "The enemy",
    "Russian invaders",
];

/// Weapons, plural or mass nouns suited to "using X".
const WEAPONS: &[&str] = &[
    "artillery",
    "mortars",
    "drones",
    "MLRS",
    "Grad rockets",
    "tanks",
    "guided aerial bombs",
    "KABs",
    "FPV drones",
    "Lancet loitering munitions",
    "Shahed drones",
    "cruise missiles",
    "ballistic missiles",
    "Smerch rockets",
    "Uragan rockets",
    "heavy artillery",
    "aerial bombs",
    "small arms",
    "grenade launchers",
    "helicopters",
    "combat aircraft",
    "explosives dropped from drones",
];
/// Weapons as the subject of a strike sentence.
const STRIKERS: &[&str] = &[
    "a drone",
    "an FPV drone",
    "a Shahed drone",
    "a guided aerial bomb",
    "a missile",
    "an Iskander-M missile",
    "a Kh-59 missile",
    "a shell",
    "an artillery shell",
    "a mortar shell",
    "a Lancet drone",
    "a KAB",
    "a Grad rocket",
    "an S-300 missile",
];

/// Damaged things, with a plural form for counts.
const TARGETS: &[(&str, &str)] = &[
    ("private house", "private houses"),
    ("apartment building", "apartment buildings"),
    ("high-rise building", "high-rise buildings"),
    ("shop", "shops"),
    ("car", "cars"),
    ("garage", "garages"),
    ("outbuilding", "outbuildings"),
    ("school", "schools"),
    ("kindergarten", "kindergartens"),
    ("power line", "power lines"),
    ("gas pipeline", "gas pipelines"),
    ("warehouse", "warehouses"),
    ("church", "churches"),
    ("hospital", "hospitals"),
    ("grain elevator", "grain elevators"),
    ("farm building", "farm buildings"),
    ("gas station", "gas stations"),
    ("administrative building", "administrative buildings"),
    ("enterprise", "enterprises"),
    ("infrastructure facility", "infrastructure facilities"),
    ("water supply facility", "water supply facilities"),
    ("substation", "substations"),
    ("bus", "buses"),
    ("railway station", "railway stations"),
    ("cafe", "cafes"),
    ("pharmacy", "pharmacies"),
];

/// People hurt, as the reports describe them, with plausible ages.
const PEOPLE: &[(&str, u32, u32)] = &[
    ("man", 19, 84),
    ("woman", 19, 86),
    ("teenager", 13, 17),
    ("boy", 2, 15),
    ("girl", 2, 15),
    ("pensioner", 61, 90),
    ("police officer", 22, 55),
    ("rescuer", 21, 58),
    ("driver", 20, 70),
    ("farmer", 25, 75),
];

/// Months, for explicit dates.
const MONTH_NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Time phrases for one day's reports.
const PERIODS: &[&str] = &[
    "over the past day",
    "over the past 24 hours",
    "in the past day",
    "during the past day",
    "overnight",
    "last night",
    "yesterday",
    "during the day",
    "in the last 24 hours",
    "this morning",
];

/// Number words below twenty.
const SMALL_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens as words.
const TENS_WORDS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Paragraphs with no event in them: background, quotes, calls to shelter.
const FILLER: &[&str] = &[
    "Residents are urged to stay in shelters during air raid alerts and to follow the instructions of local authorities.",
    "Emergency services, utility workers and police are working at the sites of the attacks.",
    "Read also: Ukraine and its partners discuss new air defence deliveries",
    "Source: regional military administration on Telegram",
    "As Ukrinform reported earlier, the evacuation of families with children from frontline communities continues.",
    "The information is being clarified. Updates will follow.",
    "\"The enemy does not stop terrorising peaceful towns and villages,\" the official said.",
    "Recall that Russia may launch another massive combined strike in the coming days, according to intelligence.",
    "Humanitarian aid is being distributed to the affected residents, and temporary shelters are open around the clock.",
    "Photo: State Emergency Service of Ukraine",
    "Energy workers are already restoring power supply to consumers who were left without electricity.",
    "The prosecutor's office has opened criminal proceedings over the violation of the laws and customs of war.",
    "No casualties were reported in the other communities of the region.",
    "Ukrainian forces did not shell any settlements in the region, contrary to claims by Russian propagandists.",
];

// ---------------------------------------------------------------------------
// Text generation: articles
// ---------------------------------------------------------------------------

/// Per-article state shared by its sentences, so headline and lead agree.
struct Ctx {
    /// The article's oblast.
    obl: &'static Oblast,
    /// Publication date.
    published: Date,
}

/// Writes one report file of about `target` bytes: a digest of articles, or a single one.
fn write_report(rng: &mut Rng, published: Date, target: usize, out: &mut String) {
    // some files carry a dateline banner
    if rng.chance(25) {
        let _ = writeln!(out, "{}\n", long_date(published));
    }
    loop {
        let start = out.len();
        let obl = if rng.chance(75) {
            &OBLASTS[rng.below(8)]
        } else {
            rng.pick(OBLASTS)
        };
        let ctx = Ctx { obl, published };
        match rng.below(10) {
            0..=2 => shelling_summary(rng, &ctx, out),
            3..=4 => strike_report(rng, &ctx, out),
            5 => air_force_tally(rng, &ctx, out),
            6 => front_line_summary(rng, &ctx, out),
            7 => regional_digest(rng, &ctx, out),
            8 => losses_summary(rng, &ctx, out),
            _ => single_paragraph_brief(rng, &ctx, out),
        }
        out.push('\n');
        if out.len() >= target {
            break;
        }
        // a stray wire-style article that runs long, now and then
        if rng.chance(3) && out.len() - start < target / 2 {
            long_paragraph(rng, &ctx, out);
        }
    }
}

/// A date written out: "Thursday, March 14, 2024".
fn long_date(d: Date) -> String {
    format!(
        "{:?}, {} {}, {}",
        d.weekday(),
        MONTH_NAMES[d.month() as usize - 1],
        d.day(),
        d.year()
    )
}

/// "March 14" for a day shortly before `d`.
fn recent_date(rng: &mut Rng, d: Date) -> String {
    let back = rng.below(3) as i64;
    let day = d.checked_sub(jiff::Span::new().days(back)).unwrap_or(d);
    if rng.chance(50) {
        format!("{} {}", MONTH_NAMES[day.month() as usize - 1], day.day())
    } else {
        format!("{} {}", day.day(), MONTH_NAMES[day.month() as usize - 1])
    }
}

/// `n` in words ("forty-two"), for `n < 100`.
fn words(n: u32) -> String {
    match n {
        0..=19 => SMALL_WORDS[n as usize].to_string(),
        20..=99 if n.is_multiple_of(10) => TENS_WORDS[n as usize / 10].to_string(),
        20..=99 => format!(
            "{}-{}",
            TENS_WORDS[n as usize / 10],
            SMALL_WORDS[n as usize % 10]
        ),
        _ => digits(n),
    }
}

/// `n` in digits with thousands separators ("1,200").
fn digits(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `n` in digits or words, with the odd qualifier ("at least 7", "about 40").
fn num(rng: &mut Rng, n: u32) -> String {
    let bare = if n < 100 && rng.chance(45) {
        words(n)
    } else {
        digits(n)
    };
    match rng.below(12) {
        0 => format!("at least {bare}"),
        1 if n > 10 => format!("about {bare}"),
        2 if n > 10 => format!("nearly {bare}"),
        _ => bare,
    }
}

/// A random number in `lo..=hi`, written by [`num`].
fn num_r(rng: &mut Rng, lo: u32, hi: u32) -> String {
    let n = rng.range(lo, hi);
    num(rng, n)
}

/// [`list`] of `lo..=hi` items.
fn list_r(rng: &mut Rng, lo: u32, hi: u32, f: impl FnMut(&mut Rng) -> String) -> String {
    let k = rng.range(lo, hi) as usize;
    list(rng, k, f)
}

/// [`places`]: `lo..=hi` of them.
fn places_r(rng: &mut Rng, obl: &Oblast, lo: u32, hi: u32) -> Vec<&'static str> {
    let k = rng.range(lo, hi) as usize;
    places(rng, obl, k)
}

/// One person hurt: "a 58-year-old man", "a woman of 44", "a pensioner".
fn casualty(rng: &mut Rng) -> String {
    let (who, lo, hi) = *rng.pick(PEOPLE);
    match rng.below(3) {
        0 => {
            let age = rng.range(lo, hi);
            let art = if age == 8 || age == 11 || age == 18 || (80..90).contains(&age) {
                "an"
            } else {
                "a"
            };
            format!("{art} {age}-year-old {who}")
        }
        1 => format!("a {who} of {}", rng.range(lo, hi)),
        _ => format!("a {who}"),
    }
}

/// One or more people hurt, with the verb that agrees: ("two people", "were").
fn victims(rng: &mut Rng) -> (String, &'static str) {
    if rng.chance(30) {
        let n = rng.range(2, 9);
        (format!("{} people", num(rng, n)), "were")
    } else {
        (casualty(rng), "was")
    }
}

/// Damaged things: "five private houses", "a shop", "2 cars".
fn damage(rng: &mut Rng) -> String {
    damage_v(rng).0
}

/// [`damage`] with the verb that agrees: ("a shop", "was").
fn damage_v(rng: &mut Rng) -> (String, &'static str) {
    let (one, many) = *rng.pick(TARGETS);
    match rng.below(3) {
        0 => {
            let art = if one.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            (format!("{art} {one}"), "was")
        }
        _ => {
            let n = rng.range(2, 25);
            (format!("{} {many}", num(rng, n)), "were")
        }
    }
}

/// A list "a, b and c" of `k` items made by `f`.
fn list(rng: &mut Rng, k: usize, mut f: impl FnMut(&mut Rng) -> String) -> String {
    let items: Vec<String> = (0..k).map(|_| f(rng)).collect();
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(xs: &[&str]) -> String {
    match xs {
        [] => String::new(),
        [x] => x.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Distinct random places of the oblast.
fn places(rng: &mut Rng, obl: &Oblast, k: usize) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Vec::new();
    for _ in 0..k * 3 {
        let p = *rng.pick(obl.places);
        if !v.contains(&p) {
            v.push(p);
        }
        if v.len() == k {
            break;
        }
    }
    v
}

/// The oblast named as the reports do: "Kharkiv Oblast", "the Kharkiv region".
fn oblast_name(rng: &mut Rng, obl: &Oblast) -> String {
    match rng.below(4) {
        0 => format!("{} Oblast", obl.name),
        1 => format!("the {} region", obl.name),
        2 => format!("{} region", obl.name),
        _ => format!("{} oblast", obl.name),
    }
}

/// The official reporting for the oblast, with a role.
fn source(rng: &mut Rng, obl: &Oblast) -> String {
    match rng.below(3) {
        0 => format!(
            "{}, head of the {} Regional Military Administration",
            obl.head, obl.name
        ),
        1 => format!("Governor {}", obl.head),
        _ => format!("the {} Regional Military Administration", obl.name),
    }
}

/// A governor's daily shelling summary: totals for the oblast, then place by place.
fn shelling_summary(rng: &mut Rng, c: &Ctx, out: &mut String) {
    let obl = c.obl;
    let count = rng.range(3, 140);
    let killed = if rng.chance(40) { rng.range(1, 9) } else { 0 };
    let injured = rng.range(0, 20);
    let period = *rng.pick(&PERIODS[..4]);
    let n_places = rng.range(2, 9) as usize;
    let ps = places(rng, obl, n_places);
    let ws = list_r(rng, 1, 4, |r| r.pick(WEAPONS).to_string());
    // headline: shares the oblast, the verb and the count with the lead
    let headline = match rng.below(4) {
        0 => format!(
            "Russian troops shell {} region {} times, {} people injured",
            obl.name,
            digits(count),
            words(injured)
        ),
        1 => format!(
            "{} Oblast shelled {} times over past day",
            obl.name,
            digits(count)
        ),
        2 => format!(
            "Occupiers shell {} settlements in {} region, {} killed",
            ps.len(),
            obl.name,
            words(killed)
        ),
        _ => format!(
            "Enemy attacks {} region {} times: {}",
            obl.name,
            digits(count),
            ps[..2.min(ps.len())].join(" and ")
        ),
    };
    let _ = writeln!(out, "{headline}\n");
    let act = *rng.pick(ACTORS);
    let lead = match rng.below(3) {
        0 => format!(
            "{} {act} shelled {} {} times, using {ws}.",
            capitalize(period),
            oblast_name(rng, obl),
            num(rng, count)
        ),
        1 => format!(
            "{} carried out {} attacks on {} settlements of {} {period}.",
            rng.pick(ACTORS_CAP),
            num(rng, count),
            words(ps.len() as u32),
            oblast_name(rng, obl)
        ),
        _ => format!(
            "The enemy attacked {} {} times {period}, using {ws}, {} reported on Telegram.",
            oblast_name(rng, obl),
            digits(count),
            source(rng, obl)
        ),
    };
    let _ = writeln!(out, "{lead}\n");
    if killed > 0 {
        let _ = writeln!(
            out,
            "{} people were killed and {} injured, {} said.\n",
            capitalize(&words(killed)),
            num(rng, injured),
            source(rng, obl)
        );
    } else if injured == 0 {
        let _ = writeln!(
            out,
            "There were no casualties, {} said.\n",
            source(rng, obl)
        );
    } else {
        let _ = writeln!(
            out,
            "{} civilians were injured, {} said.\n",
            capitalize(&num(rng, injured)),
            source(rng, obl)
        );
    }
    let _ = writeln!(out, "The attacks hit {}.\n", join_and(&ps));
    for p in &ps {
        let s = match rng.below(7) {
            0 => format!(
                "In {p}, {} was killed by {} fire.",
                casualty(rng),
                rng.pick(&["artillery", "mortar", "MLRS", "tank"])
            ),
            1 => {
                let (v, was) = victims(rng);
                let (d, was2) = damage_v(rng);
                format!("In {p}, {v} {was} wounded and {d} {was2} damaged.")
            }
            2 => {
                let what = *rng.pick(STRIKERS);
                format!(
                    "{} struck {p}, damaging {} and {}.",
                    capitalize(what),
                    damage(rng),
                    damage(rng)
                )
            }
            3 => {
                let n = num_r(rng, 2, 30);
                let (d, was) = damage_v(rng);
                format!("{p} came under fire {n} times; {d} {was} destroyed.")
            }
            4 => format!(
                "In {p}, {} hit {}. Nobody was hurt.",
                rng.pick(STRIKERS),
                damage(rng)
            ),
            5 => {
                let (v, was) = victims(rng);
                format!(
                    "{} {was} injured in {p}, where {} and {} were damaged.",
                    capitalize(&v),
                    damage(rng),
                    damage(rng)
                )
            }
            _ => format!(
                "The enemy dropped {} explosives from drones on {p}.",
                num_r(rng, 2, 40)
            ),
        };
        let _ = writeln!(out, "{s}\n");
    }
    if rng.chance(30) {
        let _ = writeln!(
            out,
            "In the {} district, {} hit {} in {}, killing {} and injuring {}.\n",
            rng.pick(obl.raions),
            rng.pick(STRIKERS),
            damage(rng),
            rng.pick(obl.places),
            casualty(rng),
            casualty(rng)
        );
    }
    if rng.chance(50) {
        let _ = writeln!(out, "{}\n", rng.pick(FILLER));
    }
}

/// A single missile or drone strike on a town, with casualties and damage.
fn strike_report(rng: &mut Rng, c: &Ctx, out: &mut String) {
    let obl = c.obl;
    let place = *rng.pick(obl.places);
    let killed = rng.range(0, 14);
    let injured = rng.range(0, 60);
    let weapon = *rng.pick(&[
        "missile",
        "drone",
        "guided bomb",
        "ballistic missile",
        "Shahed drone",
        "air",
    ]);
    let headline = match rng.below(3) {
        0 => format!(
            "Russian {weapon} strike on {place} kills {}, injures {}",
            words(killed),
            digits(injured)
        ),
        1 => format!(
            "{place}: death toll from Russian {weapon} attack rises to {}",
            digits(killed)
        ),
        _ => format!(
            "Russia hits {place} with {weapon}s, {} injured",
            digits(injured)
        ),
    };
    let _ = writeln!(out, "{headline}\n");
    let when = if rng.chance(50) {
        format!("on {}", recent_date(rng, c.published))
    } else {
        rng.pick(PERIODS).to_string()
    };
    let _ = writeln!(
        out,
        "{} launched a {weapon} strike on {place} in {} {when}, killing {} and injuring {}, {} said.\n",
        rng.pick(ACTORS_CAP),
        oblast_name(rng, obl),
        num(rng, killed),
        num(rng, injured),
        source(rng, obl)
    );
    let _ = writeln!(
        out,
        "Among the injured are {}, {} and {}. {} were hospitalised in serious condition.\n",
        casualty(rng),
        casualty(rng),
        casualty(rng),
        capitalize(&words(rng.range(2, 9)))
    );
    if rng.chance(40) {
        let _ = writeln!(
            out,
            "Two of the wounded are children: a {}-year-old boy and a girl of {}.\n",
            rng.range(2, 17),
            rng.range(2, 17)
        );
    }
    let _ = writeln!(
        out,
        "The strike damaged {}, {} and {}. A fire broke out on an area of {} square metres.\n",
        damage(rng),
        damage(rng),
        damage(rng),
        digits(rng.range(20, 3000))
    );
    if rng.chance(50) {
        let _ = writeln!(
            out,
            "\"Rescuers pulled {} people from the rubble. The search operation is ongoing,\" the State Emergency Service said.\n",
            words(rng.range(2, 20))
        );
    }
    if rng.chance(40) {
        let _ = writeln!(out, "{}\n", rng.pick(FILLER));
    }
}

/// The Air Force's overnight tally of launched and downed drones and missiles.
fn air_force_tally(rng: &mut Rng, c: &Ctx, out: &mut String) {
    let drones = rng.range(10, 300);
    let downed = rng.range(drones / 2, drones);
    let missiles = rng.range(0, 40);
    let shot = rng.range(0, missiles);
    let headline = match rng.below(3) {
        0 => format!(
            "Air defence downs {} of {} Shahed drones overnight",
            digits(downed),
            digits(drones)
        ),
        1 => format!(
            "Russia attacks Ukraine with {} drones and {} missiles overnight",
            digits(drones),
            digits(missiles)
        ),
        _ => format!(
            "Air Force: {} drones shot down, {} lost in location",
            digits(downed),
            digits(drones - downed)
        ),
    };
    let _ = writeln!(out, "{headline}\n");
    let _ = writeln!(
        out,
        "Russia launched {} Shahed attack drones and decoy drones and {} missiles against Ukraine overnight on {}, the Air Force said.\n",
        num(rng, drones),
        num(rng, missiles),
        recent_date(rng, c.published)
    );
    let _ = writeln!(
        out,
        "Air defence forces shot down {} drones and {} missiles over {} and {} oblasts; {} drones were lost in location, probably due to electronic warfare.\n",
        digits(downed),
        num(rng, shot),
        rng.pick(OBLASTS).name,
        rng.pick(OBLASTS).name,
        words((drones - downed).min(99))
    );
    let hits = rng.range(1, 5);
    for _ in 0..hits {
        let obl = rng.pick(OBLASTS);
        let place = *rng.pick(obl.places);
        let s = match rng.below(4) {
            0 => format!(
                "In {place}, falling debris damaged {} and {}. Nobody was hurt, {} said.",
                damage(rng),
                damage(rng),
                source(rng, obl)
            ),
            1 => format!(
                "Hits were recorded in {} Oblast, where a drone struck {} in {place} and {} was injured.",
                obl.name,
                damage(rng),
                casualty(rng)
            ),
            2 => format!(
                "A missile hit an energy facility in {place}, {} Oblast, causing power outages.",
                obl.name
            ),
            _ => format!(
                "In {} region, {} drones were destroyed, {} reported.",
                obl.name,
                words(rng.range(2, 30)),
                source(rng, obl)
            ),
        };
        let _ = writeln!(out, "{s}\n");
    }
    let _ = writeln!(
        out,
        "Aviation, anti-aircraft missile troops, electronic warfare units and mobile fire groups of the Defence Forces repelled the air attack.\n"
    );
}

/// The General Staff's front-line summary: clashes per axis.
fn front_line_summary(rng: &mut Rng, _c: &Ctx, out: &mut String) {
    let clashes = rng.range(60, 260);
    let _ = writeln!(
        out,
        "General Staff: {} combat clashes on the front line over past day\n",
        digits(clashes)
    );
    let _ = writeln!(
        out,
        "Over the past day, {} combat clashes took place on the front line, the General Staff of the Armed Forces of Ukraine reported in its morning update.\n",
        num(rng, clashes)
    );
    let _ = writeln!(
        out,
        "The enemy launched {} missile strikes and {} air strikes, dropping {} guided aerial bombs, and used {} kamikaze drones and carried out {} attacks on the positions of Ukrainian troops and settlements.\n",
        words(rng.range(2, 9)),
        num_r(rng, 20, 90),
        digits(rng.range(50, 200)),
        digits(rng.range(500, 6000)),
        digits(rng.range(1000, 6000))
    );
    let n = rng.range(3, 8) as usize;
    for _ in 0..n {
        let (axis, near) = *rng.pick(AXES);
        let k = rng.range(1, 4) as usize;
        let mut chosen: Vec<&str> = (0..k).map(|_| *rng.pick(near)).collect();
        chosen.sort_unstable();
        chosen.dedup();
        let ps = join_and(&chosen);
        let s = match rng.below(4) {
            0 => format!(
                "On the {axis} axis, the enemy attacked {} times near {ps}.",
                num_r(rng, 1, 50)
            ),
            1 => format!(
                "On the {axis} axis, Ukrainian defenders repelled {} Russian attacks near {ps}; {} clashes are still ongoing.",
                num_r(rng, 2, 60),
                words(rng.range(2, 9))
            ),
            2 => format!(
                "On the {axis} axis, the occupiers tried to advance {} times in the areas of {ps}.",
                num_r(rng, 1, 30)
            ),
            _ => format!(
                "No offensive actions by the enemy were recorded on the {axis} axis over the past day."
            ),
        };
        let _ = writeln!(out, "{s}\n");
    }
}

/// A regional roundup: one paragraph per oblast, with short section labels.
fn regional_digest(rng: &mut Rng, _c: &Ctx, out: &mut String) {
    let killed = rng.range(2, 30);
    let injured = rng.range(5, 90);
    let _ = writeln!(
        out,
        "Russian attacks on Ukraine's regions over past day: {} killed, {} injured\n",
        digits(killed),
        digits(injured)
    );
    let _ = writeln!(
        out,
        "Russian attacks on Ukraine's regions killed {} civilians and injured {} others over the past day, regional authorities reported.\n",
        num(rng, killed),
        num(rng, injured)
    );
    let n = rng.range(3, 9) as usize;
    for _ in 0..n {
        let obl = rng.pick(OBLASTS);
        if rng.chance(50) {
            let _ = writeln!(out, "{} Oblast\n", obl.name);
        }
        let ps = places_r(rng, obl, 1, 4);
        let s = match rng.below(4) {
            0 => format!(
                "In {} Oblast, {} was killed and {} wounded in {} as a result of {} shelling, {} said.",
                obl.name,
                casualty(rng),
                casualty(rng),
                join_and(&ps),
                rng.pick(&["artillery", "mortar", "drone", "MLRS"]),
                source(rng, obl)
            ),
            1 => format!(
                "Russian forces attacked {} settlements in {} region {} times, damaging {} and {}.",
                words(ps.len() as u32 + rng.range(0, 6)),
                obl.name,
                num_r(rng, 5, 120),
                damage(rng),
                damage(rng)
            ),
            2 => format!(
                "{} and its outskirts were hit by {} {}; {} was injured.",
                ps[0],
                num_r(rng, 2, 12),
                rng.pick(&["guided bombs", "drones", "missiles", "shells"]),
                casualty(rng)
            ),
            _ => format!(
                "The situation in {} region remained under control; no casualties were reported, {} said.",
                obl.name,
                source(rng, obl)
            ),
        };
        let _ = writeln!(out, "{s}\n");
    }
}

/// Claimed Russian losses: numbers with units, no place.
fn losses_summary(rng: &mut Rng, c: &Ctx, out: &mut String) {
    let total = rng.range(200_000, 900_000);
    let day = rng.range(600, 1_600);
    let _ = writeln!(
        out,
        "Russia's combat losses in Ukraine reach {} troops, {} over past day\n",
        digits(total),
        digits(day)
    );
    let _ = writeln!(
        out,
        "Russia has lost {} troops in Ukraine since February 24, 2022, including {} over the past day, the General Staff reported on {}.\n",
        digits(total),
        digits(day),
        recent_date(rng, c.published)
    );
    let _ = writeln!(
        out,
        "Ukrainian forces also destroyed {} tanks, {} armoured combat vehicles, {} artillery systems, {} MLRS, {} air defence systems, {} aircraft, {} helicopters and {} drones.\n",
        digits(rng.range(5_000, 10_000)),
        digits(rng.range(10_000, 21_000)),
        digits(rng.range(10_000, 25_000)),
        digits(rng.range(800, 1_300)),
        digits(rng.range(500, 1_100)),
        digits(rng.range(300, 370)),
        digits(rng.range(320, 340)),
        digits(rng.range(10_000, 40_000))
    );
}

/// A one-paragraph brief with no headline.
fn single_paragraph_brief(rng: &mut Rng, c: &Ctx, out: &mut String) {
    let obl = c.obl;
    let p = *rng.pick(obl.places);
    let _ = writeln!(
        out,
        "{} {} struck {p} in {}, damaging {}. {} was injured. {} also shelled {} with {}.\n",
        if rng.chance(50) {
            format!("On {},", recent_date(rng, c.published))
        } else {
            capitalize(PERIODS[4 + rng.below(PERIODS.len() - 4)])
        },
        rng.pick(STRIKERS),
        oblast_name(rng, obl),
        damage(rng),
        capitalize(&casualty(rng)),
        rng.pick(ACTORS_CAP),
        rng.pick(obl.places),
        rng.pick(WEAPONS)
    );
}

/// An over-long paragraph, as scraped pages with lost line breaks produce.
fn long_paragraph(rng: &mut Rng, c: &Ctx, out: &mut String) {
    let obl = c.obl;
    let n = rng.range(30, 150);
    for _ in 0..n {
        let p = *rng.pick(obl.places);
        let _ = write!(
            out,
            "In {p}, {} damaged {} and {} was {}. ",
            rng.pick(STRIKERS),
            damage(rng),
            casualty(rng),
            rng.pick(&["injured", "killed", "wounded", "hospitalised", "unharmed"])
        );
    }
    out.push_str("\n\n");
}

/// The text with its first letter in upper case.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        for _ in 0..1000 {
            let x = a.range(3, 7);
            assert_eq!(x, b.range(3, 7));
            assert!((3..=7).contains(&x));
        }
    }

    #[test]
    fn number_words() {
        assert_eq!(words(42), "forty-two");
        assert_eq!(words(30), "thirty");
        assert_eq!(words(7), "seven");
        assert_eq!(digits(1200), "1,200");
        assert_eq!(digits(123456), "123,456");
        assert_eq!(digits(12), "12");
    }

    #[test]
    fn reports_are_reproducible_and_sized() {
        let d = Date::new(2024, 3, 14).unwrap();
        let mut s1 = String::new();
        let mut s2 = String::new();
        write_report(&mut Rng::new(7), d, 20_000, &mut s1);
        write_report(&mut Rng::new(7), d, 20_000, &mut s2);
        assert_eq!(s1, s2);
        assert!(s1.len() >= 20_000 && s1.len() < 40_000, "{}", s1.len());
    }

    #[test]
    fn sizes_add_up() {
        let spec = CorpusSpec {
            target_bytes: 25_000_000,
            files: None,
            seed: 1,
        };
        let s = plan_sizes(&spec);
        assert!(s.iter().sum::<u64>() >= 25_000_000);
        assert_eq!(s.iter().filter(|&&x| x > 500_000).count(), 2);
        let spec = CorpusSpec {
            target_bytes: 1_000_000,
            files: Some(10),
            seed: 1,
        };
        assert_eq!(plan_sizes(&spec).len(), 10);
    }
}
