//! A reproducible generator of small report files for the store tests and the
//! ingest benchmark (same approach as `sitrep bench`: SplitMix64, templates, real
//! place names). Each article is unique text; reports of the same place and day by
//! different "outlets" share numbers, so the store has duplicates to merge.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

/// SplitMix64.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const PLACES: &[(&str, &str)] = &[
    ("Kherson", "Kherson"),
    ("Nikopol", "Dnipropetrovsk"),
    ("Marhanets", "Dnipropetrovsk"),
    ("Kupiansk", "Kharkiv"),
    ("Vovchansk", "Kharkiv"),
    ("Zaporizhzhia", "Zaporizhzhia"),
    ("Orikhiv", "Zaporizhzhia"),
    ("Sumy", "Sumy"),
    ("Shostka", "Sumy"),
    ("Odesa", "Odesa"),
    ("Beryslav", "Kherson"),
    ("Kramatorsk", "Donetsk"),
];
const WEAPONS: &[&str] = &[
    "artillery",
    "mortars",
    "drones",
    "multiple rocket launchers",
    "guided bombs",
];
const MONTHS: &[&str] = &[
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

/// One article: headline and body. `serial` makes the text unique.
fn article(rng: &mut Rng, serial: u64, out: &mut String) {
    let (place, oblast) = PLACES[rng.below(PLACES.len() as u64) as usize];
    let month = rng.below(12) as usize;
    let day = 1 + rng.below(28);
    let killed = rng.below(4);
    let injured = rng.below(6);
    let weapon = WEAPONS[rng.below(WEAPONS.len() as u64) as usize];
    let times = 2 + rng.below(40);
    let when = format!("on {} {day}, 2023", MONTHS[month]);
    match rng.below(3) {
        0 => {
            let _ = write!(
                out,
                "Russian attack on {place} ({serial})\n\nRussian forces shelled {place} with {weapon} {when}, killing {killed} people and injuring {injured}, the {oblast} Regional Military Administration said in update {serial}.\n\n"
            );
        }
        1 => {
            let _ = write!(
                out,
                "{oblast} region shelled {times} times ({serial})\n\nThe occupiers shelled {oblast} Oblast {times} times {when}, using {weapon}. In {place}, {injured} people were wounded, the governor said in bulletin {serial}.\n\n"
            );
        }
        _ => {
            let _ = write!(
                out,
                "Strike hits {place} ({serial})\n\n{when_cap}, the Russian army struck {place} with {weapon}. {killed} people were killed and {injured} injured, according to report {serial} of the regional administration.\n\n",
                when_cap = format!("On {} {day}, 2023", MONTHS[month])
            );
        }
    }
}

/// Writes `articles` articles into `dir`, `per_file` to a file, with a
/// `NAME.published` sidecar beside each file. Returns the number of files.
pub fn generate(dir: &Path, articles: u64, per_file: u64, seed: u64) -> u64 {
    std::fs::create_dir_all(dir).unwrap();
    let mut rng = Rng::new(seed);
    let mut serial = 0;
    let mut files = 0;
    while serial < articles {
        let sub = dir.join(format!("d{:03}", files / 1000));
        std::fs::create_dir_all(&sub).unwrap();
        let mut text = String::new();
        for _ in 0..per_file.min(articles - serial) {
            article(&mut rng, serial, &mut text);
            serial += 1;
        }
        let name = format!("r{files:06}.txt");
        std::fs::write(sub.join(&name), text).unwrap();
        std::fs::write(sub.join(format!("{name}.published")), "2024-01-01\n").unwrap();
        files += 1;
    }
    files
}
