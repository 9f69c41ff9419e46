//! The event model of sitrep: plain typed data shared by every stage.
//!
//! An [`Event`] is what `sitrep extract` prints, one JSON object per line, with the
//! field names and vocabularies of `EVENTS.md`: who did what ([`Kind`], [`Actor`]),
//! where ([`Place`]), when ([`When`]), with what ([`Weapon`]) against what
//! ([`Target`]), how many were harmed, who reported it ([`Source`]) and, for every
//! filled field, the byte span of the words it came from ([`Evidence`]).
//!
//! ```
//! use sitrep_model::{Event, Kind, Scope};
//! let ev = Event::new(Kind::Attack, Scope::Incident, "digest.txt#1");
//! let json = serde_json::to_string(&ev).unwrap();
//! assert!(json.contains("\"kind\":\"attack\""));
//! ```
#![deny(missing_docs)]

use serde::{Deserialize, Serialize};
use std::fmt;

/// What happened: the five event kinds of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Remote violence: shelling, artillery, rocket, missile, air, drone and bomb strikes.
    Attack,
    /// Ground fighting: assaults, attacks repelled, battles.
    Clash,
    /// Officials or leaders meet, hold talks, discuss.
    Meeting,
    /// Parties agree, sign, decide jointly.
    Agreement,
    /// A named official announces or claims something newsworthy.
    Statement,
}

impl Kind {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Attack => "attack",
            Kind::Clash => "clash",
            Kind::Meeting => "meeting",
            Kind::Agreement => "agreement",
            Kind::Statement => "statement",
        }
    }
}

/// Whether an event aggregates over an area and period or sits at one named place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// An aggregate over an area and period ("shelled the oblast 42 times").
    Area,
    /// One named place.
    Incident,
}

/// How precisely a place is located.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A city, town or village.
    Settlement,
    /// A hromada (territorial community), or a settlement placed at its hromada's centre.
    Hromada,
    /// A raion (district).
    Raion,
    /// An oblast (region).
    Oblast,
    /// A whole country.
    Country,
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The contract's name of this value.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The value with this contract name, if any.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

vocabulary! {
    /// The controlled vocabulary of weapons.
    Weapon {
        /// Guns, howitzers, shells, cannon artillery.
        Artillery => "artillery",
        /// Multiple launch rocket systems (Grad, Uragan, Smerch).
        Mlrs => "mlrs",
        /// Mortars.
        Mortar => "mortar",
        /// Tanks.
        Tank => "tank",
        /// Any missile or "rocket attack".
        Missile => "missile",
        /// Air strikes by planes or helicopters.
        Aircraft => "aircraft",
        /// Guided, glide and aerial bombs.
        GuidedBomb => "guided_bomb",
        /// UAVs of every kind.
        Drone => "drone",
        /// Small arms.
        SmallArms => "small_arms",
        /// Mines, IEDs, grenades.
        Explosive => "explosive",
    }
}

vocabulary! {
    /// The controlled vocabulary of targets (also used for damage).
    Target {
        /// Residential areas, blocks, neighbourhoods.
        Residential => "residential",
        /// Private houses.
        House => "house",
        /// Apartment buildings.
        ApartmentBuilding => "apartment_building",
        /// Critical infrastructure.
        CriticalInfrastructure => "critical_infrastructure",
        /// Power lines, substations, plants, gas pipelines.
        Energy => "energy",
        /// Schools, kindergartens, universities.
        Education => "education",
        /// Hospitals and clinics.
        Healthcare => "healthcare",
        /// Administration buildings.
        Government => "government",
        /// Churches and other religious buildings.
        Religious => "religious",
        /// Rail, bridges, roads, stations, ports.
        Transport => "transport",
        /// Factories and enterprises.
        Industrial => "industrial",
        /// Shops, markets, kiosks, restaurants.
        Commercial => "commercial",
        /// Farms, elevators, grain stores.
        Agricultural => "agricultural",
        /// Cell towers and telecom lines.
        Communications => "communications",
        /// Water supply.
        Water => "water",
        /// Cars, buses, lorries.
        Vehicle => "vehicle",
        /// Theatres, museums, community centres.
        Cultural => "cultural",
        /// Anything else hit: garages, outbuildings, warehouses.
        Other => "other",
    }
}

/// A byte range `[start, end)` into the report file.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The covered text of `text`.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// Whether `other` lies inside this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The attacker or party: canonical name and the words used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name ("Russian forces").
    pub name: String,
    /// The words of the text ("occupiers").
    pub mention: String,
}

/// Where an event happened, resolved as far as the text and gazetteer allow.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Place name ("Kherson", "Sumy Oblast", "Ukraine").
    pub name: String,
    /// Oblast ("Sumy Oblast"), or the region of a foreign place.
    pub admin1: Option<String>,
    /// Raion.
    pub admin2: Option<String>,
    /// Hromada.
    pub admin3: Option<String>,
    /// ISO 3166 alpha-2 country code.
    pub country: Option<String>,
    /// Latitude, WGS84.
    pub lat: Option<f64>,
    /// Longitude, WGS84.
    pub lon: Option<f64>,
    /// How precisely the coordinates locate the place; `None` when unresolved.
    pub precision: Option<Precision>,
    /// The words of the text.
    pub mention: Option<String>,
    /// Gazetteer code (KATOTTG for Ukraine), when resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// When an event happened: inclusive ISO dates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    /// First day, `YYYY-MM-DD`.
    pub start: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub end: Option<String>,
    /// `day`, `night` (two days) or `period`.
    pub precision: Option<String>,
    /// The words of the text.
    pub mention: Option<String>,
}

/// An object stated as damaged or destroyed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Damage {
    /// What kind of object.
    pub target: Target,
    /// How many, when stated.
    pub count: Option<u32>,
}

/// Who the text says reported an event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// A person's name, when given.
    pub name: Option<String>,
    /// Their role or organisation.
    pub role: Option<String>,
}

/// A party of a meeting or agreement.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// The person's name.
    pub name: String,
    /// Their role.
    pub role: Option<String>,
    /// ISO alpha-2 country they represent.
    pub country: Option<String>,
}

/// The ACLED classification of an event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acled {
    /// ACLED event type ("Explosions/Remote violence").
    pub event_type: String,
    /// ACLED sub-event type ("Shelling/artillery/missile attack").
    pub sub_event_type: String,
}

/// The words behind one field: byte offsets into the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The field name ("killed", "place", "weapons", …).
    pub field: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One extracted event, as `EVENTS.md` specifies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id: the same input gives the same id.
    pub id: String,
    /// Which article of the file.
    pub report: String,
    /// The event kind.
    pub kind: Kind,
    /// Area aggregate or incident.
    pub scope: Scope,
    /// The area event of the same report that already counts this incident.
    pub part_of: Option<String>,
    /// Attacker or party.
    pub actor: Option<Actor>,
    /// Where.
    pub place: Option<Place>,
    /// When.
    pub when: When,
    /// Number of attacks/strikes/shellings stated.
    pub count: Option<u32>,
    /// Rounds, shells, missiles or drones fired or launched.
    pub munitions: Option<u32>,
    /// Of those, how many were shot down or suppressed.
    pub intercepted: Option<u32>,
    /// Weapons named.
    pub weapons: Vec<Weapon>,
    /// What was hit.
    pub targets: Vec<Target>,
    /// What was damaged or destroyed.
    pub damage: Vec<Damage>,
    /// People killed.
    pub killed: Option<u32>,
    /// People injured.
    pub injured: Option<u32>,
    /// Children among the killed.
    pub children_killed: Option<u32>,
    /// Children among the injured.
    pub children_injured: Option<u32>,
    /// Who reported it.
    pub source: Option<Source>,
    /// Parties of a meeting or agreement.
    pub participants: Vec<Participant>,
    /// ACLED classification.
    pub acled: Option<Acled>,
    /// The words behind each filled field.
    pub evidence: Vec<Evidence>,
}

impl Event {
    /// An empty event of this kind and scope in `report`; the id is set by the caller.
    pub fn new(kind: Kind, scope: Scope, report: &str) -> Self {
        Event {
            id: String::new(),
            report: report.to_string(),
            kind,
            scope,
            part_of: None,
            actor: None,
            place: None,
            when: When::default(),
            count: None,
            munitions: None,
            intercepted: None,
            weapons: Vec::new(),
            targets: Vec::new(),
            damage: Vec::new(),
            killed: None,
            injured: None,
            children_killed: None,
            children_injured: None,
            source: None,
            participants: Vec::new(),
            acled: None,
            evidence: Vec::new(),
        }
    }
}
