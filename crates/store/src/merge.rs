//! De-duplication across reports: when two extracted events are one real event.
//!
//! The same strike is reported by the regional governor, two national outlets and a
//! digest. The store keeps one *canonical* event for it, with one *source* row per
//! report. An incoming event joins an existing canonical event when **all** of these
//! hold (otherwise it becomes a new canonical event):
//!
//! 1. **Kind** is `attack` or `clash`, and both have the same kind and scope.
//!    Meetings, agreements and statements are never merged.
//! 2. **Same place.** Incidents: the same folded place name ([`sitrep_geo::fold`]:
//!    case, diacritics, y/i and doubled letters do not matter) in the same folded
//!    oblast (or country when there is no oblast). Area events: the same folded oblast — or, for raion/hromada-level area
//!    events, the same oblast and the same folded raion/hromada name; nationwide
//!    tallies use the country. An event without a place is never merged.
//! 3. **Overlapping dates.** Both have a start and an end date and the inclusive
//!    ranges `[start, end]` overlap. An undated event is never merged.
//! 4. **Compatible numbers.** For each of `count`, `munitions`, `intercepted`,
//!    `killed`, `injured`, `children_killed`, `children_injured` stated by both, the
//!    smallest and largest values seen, the new one included, satisfy
//!    `max − min ≤ max(2, min / 2)` ([`compatible`]): 2 and 4 killed are one event
//!    (a later count), 1 and 12 are two. A number stated by only one side never
//!    blocks a merge.
//! 5. **Different reports.** Two events of the same article are never merged (the
//!    extractor already separated them).
//!
//! The first canonical event (earliest start, then lowest id) that passes wins, so the result depends only
//! on the order articles are ingested in, which the CLI fixes (sorted paths).
//!
//! Nothing is dropped: every source keeps its own extracted event (values, source,
//! evidence) in `event_sources`, and the canonical event carries the range of each
//! number as `*_min`/`*_max`. The canonical value shown as `killed` (and in the ACLED
//! `fatalities` column) is the minimum, as ACLED records the lowest reported figure.
//! Weapons and targets are the union over sources; place details (coordinates,
//! raion, hromada) missing from the first source are filled from later ones; the
//! dates stay those of the first source. An incident that any source nests under an
//! area event (`part_of`) stays nested under that area's canonical event, so totals
//! never count it twice.

use sitrep_model::{Event, Kind, Precision, Scope};

use sitrep_geo::fold;

/// The de-duplication key of an event: its folded place, or `None` when the event
/// is never merged (rule 1, 2 and 3 of the module docs).
pub fn merge_key(ev: &Event) -> Option<String> {
    if !matches!(ev.kind, Kind::Attack | Kind::Clash) {
        return None;
    }
    ev.when.start.as_ref()?;
    ev.when.end.as_ref()?;
    let p = ev.place.as_ref()?;
    let region = p
        .admin1
        .as_deref()
        .or(p.country.as_deref())
        .map(fold)
        .unwrap_or_default();
    let key = match ev.scope {
        Scope::Area => match p.precision {
            Some(Precision::Raion | Precision::Hromada) => format!("{region}/{}", fold(&p.name)),
            _ if region.is_empty() => format!("/{}", fold(&p.name)),
            _ => region,
        },
        Scope::Incident => format!("{region}/{}", fold(&p.name)),
    };
    if key.is_empty() || key.ends_with('/') {
        None
    } else {
        Some(key)
    }
}

/// Whether two stated numbers can describe the same event:
/// `max − min ≤ max(2, min / 2)`.
///
/// ```
/// use sitrep_store::merge::compatible;
/// assert!(compatible(2, 4));      // a later, higher count
/// assert!(compatible(42, 45));
/// assert!(!compatible(1, 12));
/// assert!(!compatible(0, 3));
/// ```
pub fn compatible(a: u32, b: u32) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    hi - lo <= (lo / 2).max(2)
}

/// A number's range over the sources of a canonical event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Range {
    /// Smallest value stated.
    pub min: Option<u32>,
    /// Largest value stated.
    pub max: Option<u32>,
}

impl Range {
    /// The range of one stated value.
    pub fn of(v: Option<u32>) -> Self {
        Range { min: v, max: v }
    }
    /// Whether adding `v` keeps the range [`compatible`].
    pub fn accepts(&self, v: Option<u32>) -> bool {
        match (v, self.min, self.max) {
            (Some(v), Some(lo), Some(hi)) => compatible(lo.min(v), hi.max(v)),
            _ => true,
        }
    }
    /// The range with `v` added.
    pub fn with(self, v: Option<u32>) -> Self {
        match v {
            None => self,
            Some(v) => Range {
                min: Some(self.min.map_or(v, |m| m.min(v))),
                max: Some(self.max.map_or(v, |m| m.max(v))),
            },
        }
    }
}

/// The numbers of an event, in the order of [`NUMBER_FIELDS`].
pub fn numbers(ev: &Event) -> [Option<u32>; 7] {
    [
        ev.count,
        ev.munitions,
        ev.intercepted,
        ev.killed,
        ev.injured,
        ev.children_killed,
        ev.children_injured,
    ]
}

/// Names of the numeric fields; each is stored as `NAME_min` and `NAME_max`.
pub const NUMBER_FIELDS: [&str; 7] = [
    "count",
    "munitions",
    "intercepted",
    "killed",
    "injured",
    "children_killed",
    "children_injured",
];

/// A canonical event is looked for only among those starting at most this many
/// days before the incoming event starts; an existing event longer than that is not
/// merged into.
pub const MAX_SPAN_DAYS: i64 = 31;
