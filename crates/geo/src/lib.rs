//! Places: the gazetteer and the resolution of place mentions.
//!
//! The [`Gazetteer`] holds [`PlaceRecord`]s indexed by a folded name key
//! ([`fold`]: case, diacritics, apostrophes, y/i and doubled letters do not
//! matter). [`Gazetteer::builtin`] knows the oblasts, their centres and the
//! neighbouring regions; [`Gazetteer::from_tsv`] loads the full derived gazetteer
//! (`data/gazetteer/`) when it is present. The extractor only talks to
//! [`Gazetteer::resolve`] and [`Gazetteer::region`], so the full data plugs in
//! without touching it.
//!
//! Resolution never guesses: among namesakes, a region stated in the text decides,
//! then a raion, the report's other places, and last a population prior: a clearly
//! dominant city (20,000 people and ten times the next, or 50,000 and five times), or, inside the oblast the
//! text names, the one namesake GeoNames lists as a town of 1,000 or more against
//! others it does not list at all. Otherwise the place stays unresolved with its
//! mention kept.
//!
//! ```
//! use sitrep_geo::{Gazetteer, Hint};
//! let g = Gazetteer::builtin();
//! let r = g.region("Khersonshchyna").unwrap();
//! assert_eq!(r.admin1, "Kherson Oblast");
//! let kharkiv = g.resolve("Kharkov", &Hint::default()).unwrap();
//! assert_eq!(kharkiv.admin1.as_deref(), Some("Kharkiv Oblast"));
//! ```
#![deny(missing_docs)]

mod oblasts;

pub use oblasts::{REGIONS, Region};
use sitrep_model::Precision;
use std::collections::HashMap as StdHashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// The name indexes' map: keys are our own folded names, not attacker-chosen, so
/// a fast multiplicative hash replaces SipHash (lookups are on the hot path).
type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<NameHasher>>;

/// A multiply-rotate hash over 8-byte words.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        self.0 =
            (self.0.rotate_left(5) ^ u64::from_le_bytes(tail) ^ rest.len() as u64).wrapping_mul(K);
    }

    fn write_u8(&mut self, b: u8) {
        self.write(&[b]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The administrative level of a gazetteer entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// An oblast or a foreign first-level region.
    Oblast,
    /// A raion.
    Raion,
    /// A hromada.
    Hromada,
    /// A city, town or village.
    Settlement,
    /// A district of a large city.
    District,
}

/// One place of the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceRecord {
    /// KATOTTG code, or a GeoNames id for foreign places.
    pub code: String,
    /// Administrative level.
    pub level: Level,
    /// English name.
    pub name: String,
    /// Oblast (admin1 form).
    pub admin1: Option<String>,
    /// Raion.
    pub admin2: Option<String>,
    /// Hromada.
    pub admin3: Option<String>,
    /// ISO alpha-2 country.
    pub country: String,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// What the coordinates locate: the place itself, or its hromada/raion/oblast.
    pub coord: Option<Precision>,
    /// Population, 0 when unknown.
    pub population: u64,
    /// Code of the parent unit (a district's city), when known.
    pub parent: Option<String>,
}

/// Why gazetteer files could not be read.
#[derive(Debug)]
pub struct GeoError {
    /// File.
    pub file: String,
    /// Line (1-based).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for GeoError {}

/// What the text says about where a mention is.
#[derive(Clone, Debug, Default)]
pub struct Hint<'a> {
    /// The oblast the sentence or article is about, if stated.
    pub admin1: Option<&'a str>,
    /// A raion or hromada named with the mention ("Konotop district", "Yunakivka
    /// community"): namesakes in it go first.
    pub area: Option<&'a str>,
    /// Country the text puts the mention in.
    pub country: Option<&'a str>,
    /// Prefer this level ("X district" → raion, "X community" → hromada).
    pub level: Option<Level>,
    /// Other oblasts the text names (an axis city's oblast, regions of the article):
    /// a place outside `admin1` is accepted only in one of these.
    pub also: &'a [&'a str],
    /// Places of the same report already located (lat, lon): among namesakes, one
    /// clearly nearest to them is chosen.
    pub near: &'a [(f64, f64)],
}

/// Keeps the candidates that satisfy `keep` when some but not all do; says whether
/// the list narrowed. (No new vector: the list is filtered in place.)
fn narrow(cands: &mut Vec<u32>, keep: impl Fn(u32) -> bool) -> bool {
    let n = cands.iter().filter(|&&c| keep(c)).count();
    if n == 0 || n == cands.len() {
        return false;
    }
    cands.retain(|&c| keep(c));
    true
}

/// Great-circle distance in kilometres.
pub fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let r = |d: f64| d.to_radians();
    let h = (r(b.0 - a.0) / 2.0).sin().powi(2)
        + r(a.0).cos() * r(b.0).cos() * (r(b.1 - a.1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().min(1.0).asin()
}

/// The gazetteer: places indexed by folded names.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    places: Vec<PlaceRecord>,
    /// `fold(name)` of each place, by place id
    name_keys: Vec<String>,
    /// each place's oblast as an index into `admin1_names` (`NO_ADMIN1` when none),
    /// so that resolution compares integers
    admin1_ids: Vec<u16>,
    admin1_names: Vec<String>,
    /// for each place, the record that stands for it when it was recorded twice
    /// (itself otherwise); see `find_twins`
    twin_of: Vec<u32>,
    /// place ids by folded name or variant; an id is tagged with `OWN_NAME` when the
    /// key is the place's own name, not one of its variants
    by_key: HashMap<String, Vec<u32>>,
    by_loose_key: HashMap<String, Vec<u32>>,
    /// place ids by code, built on first use (only city districts need it)
    by_code: std::sync::OnceLock<HashMap<String, u32>>,
}

/// `Gazetteer::admin1_ids` of a place without an oblast.
const NO_ADMIN1: u16 = u16::MAX;

/// Tag of an id in `Gazetteer::by_key` whose key is the place's own name.
const OWN_NAME: u32 = 1 << 31;

/// Folds a name for lookup: ASCII lower case, letters only, y→i, no doubled letters.
pub fn fold(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    fold_each(name, |c| s.push(c as char));
    s
}

/// Calls `f` with each byte of `fold(name)` (ASCII letters), without allocating.
fn fold_each(name: &str, mut f: impl FnMut(u8)) {
    let mut last = 0u8;
    for c in name.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ą' => {
                'a'
            }
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'È' | 'É' | 'Ę' => 'e',
            'ł' | 'Ł' => 'l',
            'ń' | 'Ń' => 'n',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ş' | 'Ş' | 'š' | 'Š' | 'ś' | 'Ś' => 's',
            'ğ' | 'Ğ' => 'g',
            'ı' | 'İ' => 'i',
            'ž' | 'Ž' | 'ż' | 'Ż' | 'ź' | 'Ź' => 'z',
            'č' | 'Č' | 'ć' | 'Ć' => 'c',
            c => c,
        };
        if c.is_ascii_alphabetic() {
            let b = c.to_ascii_lowercase() as u8;
            let b = if b == b'y' { b'i' } else { b };
            if b != last {
                f(b);
                last = b;
            }
        }
    }
}

/// A key of up to 64 ASCII letters built on the stack; `None` once it overflows.
struct StackKey {
    buf: [u8; 64],
    len: usize,
    overflow: bool,
}

impl StackKey {
    fn new() -> Self {
        StackKey {
            buf: [0; 64],
            len: 0,
            overflow: false,
        }
    }

    fn push(&mut self, b: u8) {
        match self.buf.get_mut(self.len) {
            Some(slot) => {
                *slot = b;
                self.len += 1;
            }
            None => self.overflow = true,
        }
    }

    fn as_str(&self) -> Option<&str> {
        // only ASCII letters are pushed
        if self.overflow {
            None
        } else {
            std::str::from_utf8(&self.buf[..self.len]).ok()
        }
    }
}

/// Runs `f` on `fold(name)`, on the stack for names of up to 64 folded letters.
fn with_folded<R>(name: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut key = StackKey::new();
    fold_each(name, |b| key.push(b));
    match key.as_str() {
        Some(k) => f(k),
        None => f(&fold(name)),
    }
}

/// A looser key for transliteration variants (kh/h, zh/z, ie/e, final vowels).
pub fn loose(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    loosen_folded(&fold(name), |c| out.push(c as char));
    out
}

/// Whether `spelled`, a mention resolved to the place named `name`, is another name of
/// the place rather than a spelling of its name: a former name of a renamed town
/// ("Krasnohrad" for Berestyn, "Pershotravensk" for Shakhtarske), told apart from a
/// transliteration ("Kharkov", "Kiev", "Zaporozhye") by differing in more than half of
/// its letters (edit distance of the loose keys).
pub fn is_other_name(name: &str, spelled: &str) -> bool {
    // (most mentions are the name itself: no keys built for them)
    if name.eq_ignore_ascii_case(spelled) {
        return false;
    }
    let (a, b) = (loose(name), loose(spelled));
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.is_empty() || b.is_empty() {
        return false;
    }
    // one row of the edit-distance table at a time
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    2 * row[b.len()] > a.len().max(b.len())
}

/// Calls `push` with each byte of the loose key of an already folded name:
/// [`loosen`], then the final vowels cut.
fn loosen_folded(folded: &str, mut push: impl FnMut(u8)) {
    let mut key = StackKey::new();
    loosen(folded.as_bytes(), |c| key.push(c));
    let owned: Vec<u8>;
    let bytes: &[u8] = if key.overflow {
        let mut v = Vec::with_capacity(folded.len());
        loosen(folded.as_bytes(), |c| v.push(c));
        owned = v;
        &owned
    } else {
        &key.buf[..key.len]
    };
    let keep = bytes.len()
        - bytes
            .iter()
            .rev()
            .take_while(|c| matches!(c, b'a' | b'e' | b'i' | b'o'))
            .count();
    bytes[..keep].iter().for_each(|&c| push(c));
}

/// The loose key of a folded name, byte by byte, before its final vowels are cut
/// (they are cut by the caller, who holds the output).
fn loosen(b: &[u8], mut push: impl FnMut(u8)) {
    let mut last = 0u8;
    let mut i = 0;
    while i < b.len() {
        let (c, step) = match (b[i], b.get(i + 1).copied()) {
            (b'k', Some(b'h')) => (b'h', 2),
            (b'z', Some(b'h')) => (b'z', 2),
            (b't', Some(b's')) => (b'c', 2),
            (b'i', Some(b'o' | b'e')) => (b'e', 2),
            (b'i', Some(b'a')) => (b'a', 2),
            (x, _) => (x, 1),
        };
        if c != last {
            push(c);
            last = c;
        }
        i += step;
    }
}

/// Calls `f` with `loose(name)`, without allocating for names of up to 64 letters.
fn with_loose<R>(name: &str, f: impl FnOnce(&str) -> R) -> R {
    with_folded(name, |folded| {
        let mut key = StackKey::new();
        loosen_folded(folded, |c| key.push(c));
        match key.as_str() {
            Some(k) => f(k),
            None => f(&loose(name)),
        }
    })
}

/// The first `MAX_COLUMNS` tab-separated fields of a row (missing ones empty),
/// without allocating.
fn fields(line: &str) -> [&str; MAX_COLUMNS] {
    let mut f = [""; MAX_COLUMNS];
    let (mut n, mut start) = (0, 0);
    // a plain byte loop: fields are short, a memchr call per field costs more
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == b'\t' {
            if let Some(slot) = f.get_mut(n) {
                *slot = &line[start..i];
            }
            n += 1;
            start = i + 1;
        }
    }
    if let Some(slot) = f.get_mut(n) {
        *slot = &line[start..];
    }
    f
}

/// Columns a gazetteer file may have; later ones are not read.
const MAX_COLUMNS: usize = 32;

fn parse_f64(s: &str) -> Option<f64> {
    s.trim().parse().ok().filter(|v: &f64| v.is_finite())
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

impl Gazetteer {
    /// The built-in table: every region of [`REGIONS`] and its centre.
    pub fn builtin() -> Self {
        let mut g = Gazetteer::default();
        for r in REGIONS {
            let is_city_region = r.admin1 == r.centre;
            if !is_city_region {
                g.push(
                    PlaceRecord {
                        code: format!("region:{}", r.admin1),
                        level: Level::Oblast,
                        name: r.admin1.to_string(),
                        admin1: Some(r.admin1.to_string()),
                        admin2: None,
                        admin3: None,
                        country: r.country.to_string(),
                        lat: Some(r.lat),
                        lon: Some(r.lon),
                        coord: Some(Precision::Oblast),
                        population: 0,
                        parent: None,
                    },
                    &[],
                );
            }
            g.push(
                PlaceRecord {
                    code: format!("centre:{}", r.centre),
                    level: Level::Settlement,
                    name: r.centre.to_string(),
                    admin1: Some(r.admin1.to_string()),
                    admin2: None,
                    admin3: None,
                    country: r.country.to_string(),
                    lat: Some(r.lat),
                    lon: Some(r.lon),
                    coord: Some(Precision::Settlement),
                    population: 100_000,
                    parent: None,
                },
                r.stems
                    .iter()
                    .copied()
                    .filter(|s| {
                        *s != r.centre
                            && !s.ends_with("ska")
                            && !s.contains(' ')
                            && !s.ends_with("ean")
                    })
                    .collect::<Vec<_>>()
                    .as_slice(),
            );
        }
        g.find_twins();
        g
    }

    /// The full gazetteer committed under `data/gazetteer/`, embedded in the binary.
    pub fn embedded() -> Self {
        const UA: &str = include_str!("../../../data/gazetteer/ua_places.tsv");
        const WORLD: &str = include_str!("../../../data/gazetteer/world_places.tsv");
        // the embedded files are checked by a test, so a failure here is a build defect
        Self::from_tsv(UA, WORLD).unwrap_or_else(|_| Self::builtin())
    }

    /// Loads the derived gazetteer files (`ua_places.tsv`, `world_places.tsv` texts),
    /// on top of the built-in regions.
    pub fn from_tsv(ua: &str, world: &str) -> Result<Self, GeoError> {
        let mut g = Gazetteer::default();
        // regions first, so that oblast records exist even if the files lack them
        for r in REGIONS
            .iter()
            .filter(|r| r.country != "UA" && r.admin1 != r.centre)
        {
            g.push(
                PlaceRecord {
                    code: format!("region:{}", r.admin1),
                    level: Level::Oblast,
                    name: r.admin1.to_string(),
                    admin1: Some(r.admin1.to_string()),
                    admin2: None,
                    admin3: None,
                    country: r.country.to_string(),
                    lat: Some(r.lat),
                    lon: Some(r.lon),
                    coord: Some(Precision::Oblast),
                    population: 0,
                    parent: None,
                },
                &[],
            );
        }
        // one key or more per row: reserving up front spares rehashing while loading
        let rows = ua.bytes().filter(|&b| b == b'\n').count()
            + world.bytes().filter(|&b| b == b'\n').count();
        g.by_key.reserve(rows * 2);
        g.by_loose_key.reserve(rows * 2);
        g.places.reserve(rows);
        g.name_keys.reserve(rows);
        g.admin1_ids.reserve(rows);
        g.load_ua(ua)?;
        g.load_world(world)?;
        g.find_twins();
        Ok(g)
    }

    /// Marks places recorded twice — same name, level, oblast and hromada (the
    /// codifier lists some villages both as a village and as a settlement, some
    /// hromadas once per former raion): the most populous record (then the first)
    /// stands for the others.
    fn find_twins(&mut self) {
        // twins share their own name, so they sit in one list of the name index
        let mut twin_of: Vec<u32> = (0..self.places.len() as u32).collect();
        for ids in self.by_key.values().filter(|ids| ids.len() > 1) {
            for (k, &a) in ids.iter().enumerate().filter(|(_, a)| **a & OWN_NAME != 0) {
                for &b in ids[k + 1..].iter().filter(|&&b| b & OWN_NAME != 0) {
                    let (a, b) = (a & !OWN_NAME, b & !OWN_NAME);
                    let (x, y) = (&self.places[a as usize], &self.places[b as usize]);
                    if x.level == y.level
                        && self.admin1_ids[a as usize] == self.admin1_ids[b as usize]
                        && x.admin3 == y.admin3
                        && x.name == y.name
                    {
                        // ids ascend: `b` joins the group of `a`, whose representative
                        // is its most populous record (then the first)
                        let rep = twin_of[a as usize];
                        let better = if y.population > self.places[rep as usize].population {
                            b
                        } else {
                            rep
                        };
                        twin_of[b as usize] = better;
                        if better != rep {
                            for &t in ids.iter() {
                                let t = (t & !OWN_NAME) as usize;
                                if twin_of[t] == rep {
                                    twin_of[t] = better;
                                }
                            }
                        }
                    }
                }
            }
        }
        self.twin_of = twin_of;
    }

    fn columns<'a>(
        file: &str,
        text: &'a str,
    ) -> Result<
        (
            Vec<&'a str>,
            std::iter::Skip<std::iter::Enumerate<std::str::Lines<'a>>>,
        ),
        GeoError,
    > {
        let header = text.lines().next().ok_or(GeoError {
            file: file.into(),
            line: 1,
            message: "empty file".into(),
        })?;
        Ok((
            header.split('\t').take(MAX_COLUMNS).collect(),
            text.lines().enumerate().skip(1),
        ))
    }

    fn load_ua(&mut self, text: &str) -> Result<(), GeoError> {
        let file = "ua_places.tsv";
        let (cols, rows) = Self::columns(file, text)?;
        let col = |name: &str| {
            cols.iter().position(|c| *c == name).ok_or(GeoError {
                file: file.into(),
                line: 1,
                message: format!("no column `{name}`"),
            })
        };
        let (code, level, name, admin1, admin2, admin3) = (
            col("code")?,
            col("level")?,
            col("name")?,
            col("admin1")?,
            col("admin2")?,
            col("admin3")?,
        );
        let kind = col("kind")?;
        let (lat, lon, coord, pop, variants) = (
            col("lat")?,
            col("lon")?,
            col("coord")?,
            col("population")?,
            col("variants")?,
        );
        let parent = col("parent").ok();
        for (n, line) in rows {
            let f = fields(line);
            let get = |i: usize| f.get(i).copied().unwrap_or("");
            let city_region = get(kind) == "K"; // Kyiv and Sevastopol: cities with oblast status
            let level = match get(level) {
                "oblast" if city_region => Level::Settlement,
                "oblast" => Level::Oblast,
                "raion" => Level::Raion,
                "hromada" => Level::Hromada,
                "settlement" => Level::Settlement,
                "district" => Level::District,
                other => {
                    return Err(GeoError {
                        file: file.into(),
                        line: n + 1,
                        message: format!("unknown level `{other}`"),
                    });
                }
            };
            let coord = match get(coord) {
                _ if city_region => Some(Precision::Settlement),
                "settlement" => Some(Precision::Settlement),
                "hromada" => Some(Precision::Hromada),
                "raion" => Some(Precision::Raion),
                "oblast" => Some(Precision::Oblast),
                _ => None,
            };
            self.push_with(
                PlaceRecord {
                    code: get(code).to_string(),
                    level,
                    name: get(name).to_string(),
                    admin1: opt(get(admin1)),
                    admin2: opt(get(admin2)),
                    admin3: opt(get(admin3)),
                    country: "UA".into(),
                    lat: parse_f64(get(lat)),
                    lon: parse_f64(get(lon)),
                    coord,
                    population: if city_region {
                        1_000_000
                    } else {
                        get(pop).parse().unwrap_or(0)
                    },
                    parent: parent.and_then(|i| opt(get(i))),
                },
                get(variants).split('|').filter(|v| !v.is_empty()),
            );
        }
        Ok(())
    }

    fn load_world(&mut self, text: &str) -> Result<(), GeoError> {
        let file = "world_places.tsv";
        let (cols, rows) = Self::columns(file, text)?;
        let col = |name: &str| {
            cols.iter().position(|c| *c == name).ok_or(GeoError {
                file: file.into(),
                line: 1,
                message: format!("no column `{name}`"),
            })
        };
        let (id, name, country, admin1, lat, lon, pop, variants) = (
            col("geonameid")?,
            col("name")?,
            col("country")?,
            col("admin1")?,
            col("lat")?,
            col("lon")?,
            col("population")?,
            col("variants")?,
        );
        for (_, line) in rows {
            let f = fields(line);
            let get = |i: usize| f.get(i).copied().unwrap_or("");
            self.push_with(
                PlaceRecord {
                    code: format!("geonames:{}", get(id)),
                    level: Level::Settlement,
                    name: get(name).to_string(),
                    admin1: opt(get(admin1)),
                    admin2: None,
                    admin3: None,
                    country: get(country).to_string(),
                    lat: parse_f64(get(lat)),
                    lon: parse_f64(get(lon)),
                    coord: Some(Precision::Settlement),
                    population: get(pop).parse().unwrap_or(0),
                    parent: None,
                },
                get(variants).split('|').filter(|v| !v.is_empty()),
            );
        }
        Ok(())
    }

    fn push(&mut self, rec: PlaceRecord, variants: &[&str]) {
        self.push_with(rec, variants.iter().copied());
    }

    /// Adds a place under its own name and its variants. Keys are folded into one
    /// scratch buffer and copied only when new to the index: loading allocates
    /// once per distinct key, not once per variant.
    fn push_with<'v>(&mut self, rec: PlaceRecord, variants: impl Iterator<Item = &'v str>) {
        let id = self.places.len() as u32;
        let name_key = fold(&rec.name);
        // (rows come grouped by oblast: the previous row's oblast is tried first)
        let last = self.admin1_ids.last().copied().filter(|&i| i != NO_ADMIN1);
        let a1 = match rec.admin1.as_deref() {
            None => NO_ADMIN1,
            Some(a) if last.is_some_and(|i| self.admin1_names[i as usize] == a) => {
                last.unwrap_or(NO_ADMIN1)
            }
            Some(a) => match self.admin1_names.iter().position(|n| n == a) {
                Some(i) => i as u16,
                None => {
                    self.admin1_names.push(a.to_string());
                    (self.admin1_names.len() - 1) as u16
                }
            },
        };
        self.admin1_ids.push(a1);
        // the own name first, so that a variant folding to it adds nothing
        self.index_key(&name_key, id | OWN_NAME);
        let mut key = String::new();
        for v in variants {
            key.clear();
            fold_each(v, |c| key.push(c as char));
            self.index_key(&key, id);
        }
        self.name_keys.push(name_key);
        self.places.push(rec);
    }

    /// Files place `tagged` (an id, maybe tagged `OWN_NAME`) under a folded key and
    /// its loose key, once each; keys under three letters are not indexed.
    fn index_key(&mut self, key: &str, tagged: u32) {
        let id = tagged & !OWN_NAME;
        if key.len() < 3 {
            return;
        }
        let ids = match self.by_key.get_mut(key) {
            Some(ids) => ids,
            None => self.by_key.entry(key.to_string()).or_default(),
        };
        if ids.last().is_some_and(|&last| last & !OWN_NAME == id) {
            return; // a second variant with the same key
        }
        ids.push(tagged);
        let mut lk = StackKey::new();
        loosen_folded(key, |c| lk.push(c));
        let loose_key = match lk.as_str() {
            Some(k) => std::borrow::Cow::Borrowed(k),
            None => std::borrow::Cow::Owned(loose(key)),
        };
        let l = match self.by_loose_key.get_mut(loose_key.as_ref()) {
            Some(l) => l,
            None => self.by_loose_key.entry(loose_key.into_owned()).or_default(),
        };
        if !l.contains(&id) {
            l.push(id);
        }
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether the gazetteer is empty.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// All places whose name or variant folds like `name` (exact key, else loose key).
    pub fn candidates(&self, name: &str) -> Vec<&PlaceRecord> {
        self.candidates_with_kind(name).0
    }

    /// Candidates and whether they matched only on the loose key (a spelling
    /// variant, not the name itself).
    pub fn candidates_with_kind(&self, name: &str) -> (Vec<&PlaceRecord>, bool) {
        let (ids, is_loose) = self.candidate_ids(name);
        (
            ids.iter()
                .map(|&i| &self.places[(i & !OWN_NAME) as usize])
                .collect(),
            is_loose,
        )
    }

    /// Ids of the places named like `name` (exact key, else loose key), and whether
    /// they matched only on the loose key. Exact-key ids may carry the `OWN_NAME` tag.
    /// (No allocation for names of up to 64 letters.)
    fn candidate_ids(&self, name: &str) -> (&[u32], bool) {
        if let Some(v) = with_folded(name, |k| self.by_key.get(k)) {
            return (v, false);
        }
        let loose_ids = if self.by_loose_key.is_empty() {
            None
        } else {
            // (a key of three letters or fewer is no spelling variant of anything: "Bali"
            // is not Balashikha)
            with_loose(name, |k| self.by_loose_key.get(k).filter(|_| k.len() >= 4))
        };
        (loose_ids.map_or(&[][..], |v| v.as_slice()), true)
    }

    /// Whether any place is named like `name` (no allocation when one is).
    pub fn knows(&self, name: &str) -> bool {
        !self.candidate_ids(name).0.is_empty()
    }

    /// The index of `admin1` among the gazetteer's oblasts; when no place lies in it,
    /// a value no place has (not `NO_ADMIN1`, which places without an oblast carry).
    fn admin1_id(&self, admin1: &str) -> u16 {
        self.admin1_names
            .iter()
            .position(|n| n == admin1)
            .map_or(NO_ADMIN1 - 1, |i| i as u16)
    }

    /// The city a city district belongs to ("Shevchenkivskyi" → Kyiv), when the
    /// name is a district of a city in `admin1` (without one, only when a single city
    /// has a district of that name).
    pub fn city_of_district(&self, name: &str, admin1: Option<&str>) -> Option<&PlaceRecord> {
        let (cands, _) = self.candidates_with_kind(name);
        let districts: Vec<&PlaceRecord> = cands
            .into_iter()
            .filter(|c| c.level == Level::District)
            .collect();
        let district = match admin1 {
            // a district of a city in that oblast, else one of Kyiv's
            Some(a) => districts
                .iter()
                .find(|c| c.admin1.as_deref() == Some(a))
                .or_else(|| {
                    districts
                        .iter()
                        .find(|c| c.admin1.as_deref() == Some("Kyiv"))
                })
                .copied()?,
            // with no oblast to go by, only a name that one city alone has (several
            // cities have a Leninskyi or a Kyivskyi district)
            None => {
                let first = *districts.first()?;
                districts
                    .iter()
                    .all(|c| c.parent == first.parent)
                    .then_some(first)?
            }
        };
        let parent = district.parent.as_deref()?;
        let by_code = self.by_code.get_or_init(|| {
            self.places
                .iter()
                .enumerate()
                .map(|(i, p)| (p.code.clone(), i as u32))
                .collect()
        });
        by_code.get(parent).map(|&i| &self.places[i as usize])
    }

    /// The city of a city district named by its noun ("the Obolon district" →
    /// Obolonskyi → Kyiv; "Podil", "Pechersk", "Darnytsia", "Solomianka"): the official
    /// names are adjectives, so the adjective forms of `noun` are tried. A district of a
    /// city in `admin1` counts unless `admin1` has a raion of that name ("Dnipro district"
    /// in Dnipropetrovsk Oblast is the Dniprovskyi raion, not Kamianske's district);
    /// elsewhere only a form that names no raion ("Pokrovsk district" is the Pokrovskyi raion).
    pub fn city_of_district_noun(&self, noun: &str, admin1: Option<&str>) -> Option<&PlaceRecord> {
        let stem = |cut: &str| noun.strip_suffix(cut).map(str::to_string);
        let forms = [
            Some(format!("{noun}skyi")),
            Some(format!("{noun}yi")).filter(|_| noun.ends_with("sk")),
            Some(format!("{noun}vskyi")).filter(|_| noun.ends_with('o')),
            stem("o").map(|s| format!("{s}ivskyi")),
            stem("a").map(|s| format!("{s}ianskyi")),
            stem("ia").map(|s| format!("{s}kyi")),
            stem("ka").map(|s| format!("{s}skyi")),
        ];
        forms.into_iter().flatten().find_map(|form| {
            let city = self.city_of_district(&form, admin1)?;
            let in_admin1 = admin1.is_some() && city.admin1.as_deref() == admin1;
            let raions = self.candidates(&form);
            let raion_in_admin1 = raions.iter().any(|c| {
                c.level == Level::Raion && admin1.is_some() && c.admin1.as_deref() == admin1
            });
            (in_admin1 && !raion_in_admin1 || !raions.iter().any(|c| c.level == Level::Raion))
                .then_some(city)
        })
    }

    /// The region named by `stem` ("Kherson", "Kharkov", "Khersonshchyna", "Belgorod").
    pub fn region(&self, stem: &str) -> Option<&'static Region> {
        // the folded stems of every region, built once
        static INDEX: std::sync::OnceLock<HashMap<String, usize>> = std::sync::OnceLock::new();
        let index = INDEX.get_or_init(|| {
            let mut m = HashMap::default();
            for (i, r) in REGIONS.iter().enumerate() {
                for s in r.stems.iter().chain(r.standalone.iter()) {
                    m.entry(fold(s)).or_insert(i);
                }
            }
            m
        });
        let mut stem = stem;
        while let Some(s) = stem.strip_suffix("'s").or_else(|| stem.strip_suffix("’s")) {
            stem = s;
        }
        // cheap rejection: no region stem is shorter than three letters
        if stem.len() < 3 {
            return None;
        }
        with_folded(stem, |k| index.get(k)).map(|&i| &REGIONS[i])
    }

    /// The region a region name of admin1 form belongs to.
    pub fn region_by_admin1(&self, admin1: &str) -> Option<&'static Region> {
        REGIONS.iter().find(|r| r.admin1 == admin1)
    }

    /// Resolves a mention among namesakes using `hint`; `None` when unknown or
    /// ambiguous without evidence.
    pub fn resolve(&self, mention: &str, hint: &Hint) -> Option<&PlaceRecord> {
        self.resolve_traced(mention, hint, &mut None)
    }

    /// Like [`Gazetteer::resolve`], and says why: every step that narrowed the
    /// namesakes, for `sitrep places` and for reviewers.
    pub fn explain(&self, mention: &str, hint: &Hint) -> (Option<&PlaceRecord>, Vec<String>) {
        let mut why = Some(Vec::new());
        let chosen = self.resolve_traced(mention, hint, &mut why);
        (chosen, why.unwrap_or_default())
    }

    fn resolve_traced(
        &self,
        mention: &str,
        hint: &Hint,
        why: &mut Option<Vec<String>>,
    ) -> Option<&PlaceRecord> {
        let mut say = |f: &dyn Fn() -> String| {
            if let Some(w) = why.as_mut() {
                w.push(f());
            }
        };
        // the namesakes are handled as ids; a place's oblast is compared as an index
        let (ids, is_loose) = self.candidate_ids(mention);
        // own name: by the tag of an exact-key id, else by comparing folded names
        let loose_key = is_loose.then(|| fold(mention));
        let named = |c: u32| match &loose_key {
            Some(key) => self.name_keys[(c & !OWN_NAME) as usize] == *key,
            None => c & OWN_NAME != 0,
        };
        let place = |id: u32| &self.places[(id & !OWN_NAME) as usize];
        let admin1_of = |id: u32| self.admin1_ids[(id & !OWN_NAME) as usize];
        let mut cands: Vec<u32> = ids.to_vec();
        let n0 = cands.len();
        say(&|| {
            format!(
                "{n0} place(s) named like `{mention}`{}",
                if is_loose { " (spelling variant)" } else { "" }
            )
        });
        let a1_id = hint.admin1.map(|a| self.admin1_id(a));
        // a spelling variant is only trusted inside the region the text names
        if is_loose && let (Some(a1), Some(id)) = (hint.admin1, a1_id) {
            cands.retain(|&c| admin1_of(c) == id);
            let n = cands.len();
            say(&|| format!("a spelling variant counts only in {a1}: {n} left"));
        }
        if let Some(level) = hint.level {
            if cands.iter().any(|&c| place(c).level == level) {
                cands.retain(|&c| place(c).level == level);
                let n = cands.len();
                say(&|| format!("the text names a {level:?}: {n} left"));
            }
        } else {
            // a bare name means a settlement before a raion or hromada of the same name
            if narrow(&mut cands, |c| {
                matches!(place(c).level, Level::Settlement | Level::District)
            }) {
                let n = cands.len();
                say(&|| format!("a bare name is a settlement: {n} left"));
            }
        }
        if let Some(country) = hint.country {
            // a place the text puts in another country is not this one
            cands.retain(|&c| place(c).country == country);
            let n = cands.len();
            say(&|| format!("the text puts it in {country}: {n} left"));
        }
        // a large city of that very name before a place of its country that once bore
        // it, in any oblast ("Sloviansk" was also an old name of Nikopol; a Russian city
        // does not hide the Ukrainian town once named like it)
        if let Some(city) = cands
            .iter()
            .map(|&c| (c, place(c)))
            .find(|&(c, p)| named(c) && p.population >= 100_000)
            .map(|(_, p)| p.country.as_str())
            && narrow(&mut cands, |c| {
                named(c) || place(c).country != city || !is_other_name(&place(c).name, mention)
            })
        {
            let n = cands.len();
            say(&|| format!("a large city of that name before a former bearer of it: {n} left"));
        }
        if let (Some(a1), Some(id)) = (hint.admin1, a1_id) {
            if cands.iter().any(|&c| admin1_of(c) == id) {
                cands.retain(|&c| admin1_of(c) == id);
                let n = cands.len();
                say(&|| format!("in {a1}, the oblast the text is about: {n} left"));
            } else {
                // not in the stated oblast: only a place of its own name in another
                // oblast the text names, an oblast centre or a large city
                let centre = |c: &PlaceRecord| {
                    REGIONS
                        .iter()
                        .any(|r| r.centre == c.name && c.admin1.as_deref() == Some(r.admin1))
                };
                cands.retain(|&c| {
                    let p = place(c);
                    named(c)
                        && (p.admin1.as_deref().is_some_and(|a| hint.also.contains(&a))
                            || centre(p)
                            || p.population >= 100_000)
                });
                let n = cands.len();
                say(&|| {
                    format!(
                        "none in {a1}; outside it only an oblast the text also names, an oblast centre or a large city: {n} left"
                    )
                });
            }
        }
        if let Some(area) = hint.area {
            let area_key = loose(area);
            // (a district named after its town takes the adjective's ending: "Synelnykove
            // district" is Synelnykivskyi, so the stem before the ending is compared)
            let stem = &area_key[..area_key.len().saturating_sub(3).max(5).min(area_key.len())];
            let fits = |x: &str| {
                let x = loose(x);
                x.starts_with(&area_key)
                    || area_key.starts_with(&x)
                    || area_key.len() >= 8 && x.starts_with(stem)
            };
            let in_area = |c: u32| {
                place(c).admin2.as_deref().is_some_and(fits)
                    || place(c).admin3.as_deref().is_some_and(fits)
            };
            if cands.iter().any(|&c| in_area(c)) {
                cands.retain(|&c| in_area(c));
                let n = cands.len();
                say(&|| format!("in the raion or hromada `{area}` the text names: {n} left"));
            }
        }
        // a place's own name before another place's variant ("Hrodivka" is also an old
        // name of Myrnohrad)
        if narrow(&mut cands, named) {
            let n = cands.len();
            say(&|| format!("a place of that very name before one with it as a variant: {n} left"));
        }
        // one place recorded twice: the record that stands for it, when both are here
        let twin_of = |c: u32| self.twin_of[(c & !OWN_NAME) as usize];
        if cands.len() > 1 && cands.iter().any(|&c| twin_of(c) != c & !OWN_NAME) {
            let all = cands.clone();
            cands.retain(|&c| {
                let rep = twin_of(c);
                rep == c & !OWN_NAME || !all.iter().any(|&o| o & !OWN_NAME == rep)
            });
        }
        match cands.len() {
            0 => {
                say(&|| "unresolved: no namesake fits what the text says".to_string());
                None
            }
            1 => {
                say(&|| "one namesake fits".to_string());
                Some(place(cands[0]))
            }
            n if let Some(best) = clearly_nearest(cands.iter().map(|&c| place(c)), hint.near) => {
                say(&|| {
                    format!(
                        "{n} namesakes; one lies clearly nearest the report's other places: chosen"
                    )
                });
                Some(best)
            }
            n => {
                // population prior, only when one namesake clearly dominates: the most
                // populous (the first of equals) against the next largest
                let (mut top, mut b) = (place(cands[0]), 0);
                for &c in &cands[1..] {
                    let p = place(c);
                    if p.population > top.population {
                        b = b.max(top.population);
                        top = p;
                    } else {
                        b = b.max(p.population);
                    }
                }
                let a = top.population;
                if a >= 20_000 && a >= b.saturating_mul(10) {
                    say(&|| {
                        format!(
                            "{n} namesakes; the largest ({a} people) is ten times the next: chosen"
                        )
                    });
                    Some(top)
                } else if a >= 50_000 && a >= b.saturating_mul(5) {
                    // a city of 50,000 against villages ("Kostiantynivka": 67,000 in Donetsk
                    // Oblast, 11,500 the next)
                    say(&|| {
                        format!(
                            "{n} namesakes; the largest ({a} people, a city) is five times the next: chosen"
                        )
                    });
                    Some(top)
                } else if hint.admin1.is_some() && a >= 1_000 && b == 0 && top.lat.is_some() {
                    // inside the oblast the text names: GeoNames lists the places of
                    // 500 people or more it knows; one namesake it counts as a town
                    // against others it does not list at all
                    say(&|| {
                        format!(
                            "{n} namesakes in the oblast; only one is a town GeoNames counts ({a} people): chosen"
                        )
                    });
                    Some(top)
                } else {
                    say(&|| {
                        format!(
                            "unresolved: {n} namesakes and nothing in the text to choose between them"
                        )
                    });
                    None
                }
            }
        }
    }
}

/// Among namesakes, the one clearly nearest `points` (the report's places already
/// located): within 60 km of one, and the next at least twice as far (and 10 km).
fn clearly_nearest<'g>(
    cands: impl Iterator<Item = &'g PlaceRecord>,
    points: &[(f64, f64)],
) -> Option<&'g PlaceRecord> {
    if points.is_empty() {
        return None;
    }
    let (mut best, mut d0, mut d1) = (None, f64::INFINITY, f64::INFINITY);
    for c in cands {
        let d = nearest_km(c, points);
        if d < d0 {
            (best, d0, d1) = (Some(c), d, d0);
        } else if d < d1 {
            d1 = d;
        }
    }
    (d0 <= 60.0 && d1 >= 2.0 * d0.max(5.0))
        .then_some(best)
        .flatten()
}

/// Kilometres from place `c` to the nearest of `points` (infinite without coordinates).
fn nearest_km(c: &PlaceRecord, points: &[(f64, f64)]) -> f64 {
    match (c.lat, c.lon) {
        (Some(la), Some(lo)) => points
            .iter()
            .map(|&p| km(p, (la, lo)))
            .fold(f64::INFINITY, f64::min),
        _ => f64::INFINITY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn former_names_are_told_from_transliterations() {
        for (name, former) in [
            ("Berestyn", "Krasnohrad"),
            ("Shakhtarske", "Pershotravensk"),
            ("Lymanivka", "Paniutyne"),
            ("Bakhmut", "Artemivsk"),
        ] {
            assert!(is_other_name(name, former), "{former}");
        }
        for (name, spelled) in [
            ("Kyiv", "Kiev"),
            ("Kharkiv", "Kharkov"),
            ("Zaporizhzhia", "Zaporozhye"),
            ("Mykolaiv", "Nikolayev"),
            ("Dnipro", "Dnepr"),
            ("Robotyne", "Rabotino"),
            ("Kostiantynivka", "Konstantinovka"),
            ("Vuhledar", "Ugledar"),
            ("Odesa", "Odesa"),
        ] {
            assert!(!is_other_name(name, spelled), "{spelled}");
        }
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Kharkiv'"), "harkiv".replace("h", "kh"));
        assert_eq!(fold("Pysarivka"), fold("Pisarivka"));
        assert_eq!(fold("Krasnopillya"), "krasnopilia");
        assert_eq!(loose("Zaporizhzhia"), loose("Zaporizhia"));
        // Polish letters are letters: "Waręż" is not "War"
        assert_eq!(fold("Waręż"), "warez");
        assert_eq!(fold("Łódź"), "lodz");
        // the allocation-free form agrees with `loose`, also past its 64-letter buffer
        let long = "Kh".repeat(40) + "ia";
        for name in [
            "Zaporizhzhia",
            "Kharkov",
            "Tsaredarivka",
            "Oleksiievo-Druzhkivka",
            "Ea",
            "",
            "Ёлкино",
            &long,
        ] {
            assert_eq!(with_loose(name, str::to_string), loose(name), "{name}");
        }
    }

    #[test]
    fn builtin_regions_and_centres() {
        let g = Gazetteer::builtin();
        assert_eq!(g.region("Kharkov").unwrap().admin1, "Kharkiv Oblast");
        assert_eq!(g.region("Khersonshchyna").unwrap().admin1, "Kherson Oblast");
        assert_eq!(g.region("Belgorod").unwrap().country, "RU");
        let minsk = g.resolve("Minsk", &Hint::default()).unwrap();
        assert_eq!(minsk.country, "BY");
        assert!(g.resolve("Atlantis", &Hint::default()).is_none());
    }

    #[test]
    fn embedded_gazetteer_loads_and_resolves() {
        const UA: &str = include_str!("../../../data/gazetteer/ua_places.tsv");
        const WORLD: &str = include_str!("../../../data/gazetteer/world_places.tsv");
        let g = Gazetteer::from_tsv(UA, WORLD).unwrap();
        assert!(g.len() > 30_000);
        let b = g.resolve("Artemivsk", &Hint::default()).unwrap();
        assert_eq!(
            (b.name.as_str(), b.admin1.as_deref()),
            ("Bakhmut", Some("Donetsk Oblast"))
        );
        let s = g.resolve("Shebekino", &Hint::default()).unwrap();
        assert_eq!(s.country, "RU");
        // a short name is no spelling variant of a longer one ("Bali" is not Balashikha)
        assert!(g.resolve("Bali", &Hint::default()).is_none());
        // while a district named after its town finds its raion ("Synelnykove district")
        let p = g
            .resolve(
                "Pokrovske",
                &Hint {
                    area: Some("Synelnykove"),
                    ..Hint::default()
                },
            )
            .unwrap();
        assert_eq!(p.admin2.as_deref(), Some("Synelnykivskyi"));
    }

    #[test]
    fn namesakes_need_evidence() {
        let tsv = "code\tlevel\tname\tkind\tadmin1\tadmin2\tadmin3\tlat\tlon\tcoord\tpopulation\tuk\tvariants\n\
            A1\tsettlement\tAntonivka\tC\tKherson Oblast\tKhersonskyi\tKhersonska\t46.68\t32.71\tsettlement\t0\t\tAntonovka\n\
            A2\tsettlement\tAntonivka\tC\tZaporizhzhia Oblast\tPolohivskyi\tX\t47.2\t36.0\tsettlement\t0\t\t\n";
        let g = Gazetteer::from_tsv(
            tsv,
            "geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\tvariants\n",
        )
        .unwrap();
        assert!(g.resolve("Antonivka", &Hint::default()).is_none());
        assert!(g.resolve("Atlantis", &Hint::default()).is_none());
        let k = g
            .resolve(
                "Antonovka",
                &Hint {
                    admin1: Some("Kherson Oblast"),
                    ..Hint::default()
                },
            )
            .unwrap();
        assert_eq!(k.code, "A1");
    }
}

#[cfg(test)]
mod resolution_tests {
    //! Resolution against the committed gazetteer: namesakes, spellings, renamings,
    //! hromadas and places abroad.
    use super::*;
    use std::sync::OnceLock;

    fn g() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::from_tsv(
                include_str!("../../../data/gazetteer/ua_places.tsv"),
                include_str!("../../../data/gazetteer/world_places.tsv"),
            )
            .expect("committed gazetteer loads")
        })
    }

    fn in_oblast(name: &str, admin1: &str) -> Option<&'static PlaceRecord> {
        g().resolve(
            name,
            &Hint {
                admin1: Some(admin1),
                ..Hint::default()
            },
        )
    }

    #[test]
    fn namesakes_are_chosen_by_the_oblast_and_nearby_places() {
        // dozens of Antonivkas: none without context
        assert!(g().resolve("Antonivka", &Hint::default()).is_none());
        // one of them in Zaporizhzhia's Zaporizkyi raion, another in Polohivskyi
        let z = g()
            .resolve(
                "Antonivka",
                &Hint {
                    admin1: Some("Zaporizhzhia Oblast"),
                    area: Some("Polohivskyi"),
                    ..Hint::default()
                },
            )
            .unwrap();
        assert_eq!(z.admin2.as_deref(), Some("Polohivskyi"));
        // three in Kherson Oblast: the one beside Kherson city when Kherson is named
        let kherson = (46.6354, 32.6169);
        let k = g()
            .resolve(
                "Antonivka",
                &Hint {
                    admin1: Some("Kherson Oblast"),
                    near: &[kherson],
                    ..Hint::default()
                },
            )
            .unwrap();
        assert_eq!(k.admin2.as_deref(), Some("Khersonskyi"));
        assert!(km(kherson, (k.lat.unwrap(), k.lon.unwrap())) < 15.0);
        // Kostiantynivka: the Donetsk city, not the Kherson village
        assert_eq!(
            in_oblast("Kostiantynivka", "Donetsk Oblast")
                .unwrap()
                .admin1
                .as_deref(),
            Some("Donetsk Oblast")
        );
        let n = in_oblast("Novoselivka", "Chernihiv Oblast");
        assert!(n.is_none_or(|r| r.admin1.as_deref() == Some("Chernihiv Oblast")));
    }

    #[test]
    fn transliteration_variants_fold_together() {
        for (spelling, name) in [
            ("Kharkov", "Kharkiv"),
            ("Zaporozhye", "Zaporizhzhia"),
            ("Nikolaev", "Mykolaiv"),
            ("Krasnopillya", "Krasnopillia"),
        ] {
            let hint = if name == "Krasnopillia" {
                Hint {
                    admin1: Some("Sumy Oblast"),
                    ..Hint::default()
                }
            } else {
                Hint::default()
            };
            assert_eq!(
                g().resolve(spelling, &hint).map(|r| r.name.clone()),
                Some(name.to_string()),
                "{spelling}"
            );
        }
    }

    #[test]
    fn renamed_cities_resolve_to_their_current_names() {
        for (old, new) in [
            ("Artemivsk", "Bakhmut"),
            ("Dnipropetrovsk", "Dnipro"),
            ("Kirovohrad", "Kropyvnytskyi"),
        ] {
            assert_eq!(
                g().resolve(old, &Hint::default()).map(|r| r.name.clone()),
                Some(new.to_string()),
                "{old}"
            );
        }
        // an old name shared with a town in Belarus needs the oblast, in Ukraine …
        assert!(
            g().resolve(
                "Dzerzhynsk",
                &Hint {
                    country: Some("UA"),
                    ..Hint::default()
                }
            )
            .is_none()
        );
        // … and with no country at all it is the Russian city of that very name, not
        // the Ukrainian town that once bore it
        let any = g()
            .resolve("Dzerzhynsk", &Hint::default())
            .map(|r| (r.name.as_str(), r.country.as_str()));
        assert_eq!(any, Some(("Dzerzhinsk", "RU")));
        assert_eq!(
            in_oblast("Dzerzhynsk", "Donetsk Oblast").map(|r| r.name.clone()),
            Some("Toretsk".to_string())
        );
    }

    #[test]
    fn a_town_goes_before_unlisted_villages_of_its_name_inside_the_stated_oblast() {
        // two Novodonetskes in Donetsk Oblast: the town GeoNames counts, not the hamlet
        let n = in_oblast("Novodonetske", "Donetsk Oblast").unwrap();
        assert_eq!(n.admin2.as_deref(), Some("Kramatorskyi"));
        let (_, why) = g().explain(
            "Novodonetske",
            &Hint {
                admin1: Some("Donetsk Oblast"),
                ..Hint::default()
            },
        );
        assert!(
            why.last().is_some_and(|w| w.contains("GeoNames counts")),
            "{why:?}"
        );
        // without an oblast from the text that is too weak: three Bilohorivkas stay open
        assert!(g().resolve("Bilohorivka", &Hint::default()).is_none());
        // and villages none of which GeoNames lists stay unresolved
        assert!(in_oblast("Nadiia", "Donetsk Oblast").is_none());
    }

    #[test]
    fn a_city_is_not_joined_to_namesakes_of_its_former_names() {
        // Donetsk was once "Aleksandrovka": the town of Oleksandrivka in Kramatorskyi
        // raion keeps its own point, some 110 km from the city
        let donetsk = (48.023, 37.802);
        let o = g()
            .candidates("Oleksandrivka")
            .into_iter()
            .find(|c| {
                c.admin3.as_deref() == Some("Oleksandrivska")
                    && c.admin2.as_deref() == Some("Kramatorskyi")
            })
            .unwrap();
        assert!(
            km(donetsk, (o.lat.unwrap(), o.lon.unwrap())) > 50.0,
            "{o:?}"
        );
        assert_eq!(o.population, 5_740);
        // and "Donetsk" beside a Kramatorskyi place is still the city
        let d = g()
            .resolve(
                "Donetsk",
                &Hint {
                    admin1: Some("Donetsk Oblast"),
                    area: Some("Kramatorskyi"),
                    ..Hint::default()
                },
            )
            .unwrap();
        assert_eq!(d.name, "Donetsk");
        assert!(km(donetsk, (d.lat.unwrap(), d.lon.unwrap())) < 5.0);
    }

    #[test]
    fn a_hromada_takes_its_city_as_centre_and_else_its_members_median() {
        // Druzhkivska hromada is centred on the city of Druzhkivka (not the village
        // Druzhkivske), and the city keeps its own point
        let d = in_oblast("Druzhkivka", "Donetsk Oblast").unwrap();
        assert_eq!(d.coord, Some(Precision::Settlement));
        assert!(
            km((48.62, 37.525), (d.lat.unwrap(), d.lon.unwrap())) < 3.0,
            "{d:?}"
        );
        let h = g()
            .resolve(
                "Vinnytska",
                &Hint {
                    admin1: Some("Vinnytsia Oblast"),
                    level: Some(Level::Hromada),
                    ..Hint::default()
                },
            )
            .unwrap();
        assert!(
            km((49.233, 28.468), (h.lat.unwrap(), h.lon.unwrap())) < 5.0,
            "{h:?}"
        );
        // a city's GeoNames point is not dropped for lying far from misjoined villages
        let m = in_oblast("Mala Vyska", "Kirovohrad Oblast").unwrap();
        assert_eq!(m.coord, Some(Precision::Settlement));
        // Yuriivska's centre has no point of its own: the hromada is located by the
        // median of its villages' points, marked as a hromada-level location
        let y = g()
            .resolve(
                "Yuriivska",
                &Hint {
                    admin1: Some("Dnipropetrovsk Oblast"),
                    level: Some(Level::Hromada),
                    ..Hint::default()
                },
            )
            .unwrap();
        assert_eq!(y.coord, Some(Precision::Hromada));
        assert!(
            km((48.75, 35.97), (y.lat.unwrap(), y.lon.unwrap())) < 25.0,
            "{y:?}"
        );
    }

    #[test]
    fn a_hromada_named_with_a_village_narrows_its_namesakes() {
        let hint = |a2| Hint {
            admin1: Some("Dnipropetrovsk Oblast"),
            area: a2,
            ..Hint::default()
        };
        assert!(g().resolve("Yuriivka", &hint(None)).is_none());
        let y = g().resolve("Yuriivka", &hint(Some("Yurivska"))).unwrap();
        assert_eq!(
            (y.admin2.as_deref(), y.admin3.as_deref()),
            (Some("Pavlohradskyi"), Some("Yuriivska"))
        );
    }

    #[test]
    fn a_hromada_is_found_by_its_centre_and_level() {
        let h = g()
            .resolve(
                "Krasnopilska",
                &Hint {
                    admin1: Some("Sumy Oblast"),
                    level: Some(Level::Hromada),
                    ..Hint::default()
                },
            )
            .unwrap();
        assert_eq!(h.level, Level::Hromada);
        assert!(h.lat.is_some());
    }

    #[test]
    fn places_outside_ukraine() {
        let b = g().resolve("Belgorod", &Hint::default()).unwrap();
        assert_eq!(
            (b.country.as_str(), b.admin1.as_deref()),
            ("RU", Some("Belgorod Oblast"))
        );
        let m = g().resolve("Minsk", &Hint::default()).unwrap();
        assert_eq!(m.country, "BY");
        // a place the text puts in Russia is never a Ukrainian namesake
        assert!(
            g().resolve(
                "Dolgoye",
                &Hint {
                    country: Some("RU"),
                    ..Hint::default()
                }
            )
            .is_none_or(|r| r.country == "RU")
        );
    }

    #[test]
    fn a_place_recorded_twice_counts_once_and_its_own_name_goes_first() {
        // a made-up oblast extract: Orativ twice (a town row and a village row of the
        // same hromada), a namesake in another hromada, and a village that has
        // "Orativ" only as a variant
        let head = "code\tlevel\tname\tkind\tadmin1\tadmin2\tadmin3\tlat\tlon\tcoord\tpopulation\tuk\tvariants\tparent\n";
        let row = |code: &str, name: &str, admin3: &str, pop: u32, variants: &str| {
            format!(
                "{code}\tsettlement\t{name}\tC\tVinnytsia Oblast\tVinnytskyi\t{admin3}\t49.18\t28.5\tsettlement\t{pop}\t\t{variants}\t\n"
            )
        };
        let one = [
            row("UA1", "Orativ", "Orativska", 0, ""),
            row("UA2", "Orativ", "Orativska", 800, ""),
            row("UA3", "Pylypy", "Orativska", 0, "Orativ"),
        ]
        .concat();
        let g = Gazetteer::from_tsv(
            &format!("{head}{one}"),
            "geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\tvariants\n",
        )
        .unwrap();
        let hint = Hint {
            admin1: Some("Vinnytsia Oblast"),
            ..Hint::default()
        };
        // the twins are one place, the more populous record; the variant yields to it
        assert_eq!(
            g.resolve("Orativ", &hint).map(|r| r.code.as_str()),
            Some("UA2")
        );
        // a namesake town in another hromada is a real second place: no choice
        // without evidence (a village there would lose to the town, the town prior)
        let two = [one, row("UA4", "Orativ", "Illinetska", 1_500, "")].concat();
        let g = Gazetteer::from_tsv(
            &format!("{head}{two}"),
            "geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\tvariants\n",
        )
        .unwrap();
        assert_eq!(g.resolve("Orativ", &hint).map(|r| r.code.as_str()), None);
        // but the variant-only village is still found by its own name
        assert_eq!(
            g.resolve("Pylypy", &hint).map(|r| r.code.as_str()),
            Some("UA3")
        );
    }

    #[test]
    fn explanations_say_why() {
        let (chosen, why) = g().explain(
            "Antonivka",
            &Hint {
                admin1: Some("Kherson Oblast"),
                ..Hint::default()
            },
        );
        assert!(chosen.is_none());
        assert!(why.iter().any(|w| w.contains("Kherson Oblast")), "{why:?}");
    }
}
