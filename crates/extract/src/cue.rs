//! The grammar cues the extractor understands, resolved once to lexicon label ids.

use sitrep_lexicon::{Class, Lexicons, Match};

macro_rules! cues {
    ($($field:ident => $label:literal),+ $(,)?) => {
        /// Label ids of the cues in `cues.tsv`; a cue absent from the file never matches.
        #[derive(Clone, Debug)]
        pub struct Cues { $(#[doc = concat!("Label id of `", $label, "`.")] pub $field: Option<u16>),+ }

        impl Cues {
            /// Resolves every cue label in `lex`.
            pub fn new(lex: &Lexicons) -> Self {
                Cues { $($field: lex.label_id(Class::Cue, $label)),+ }
            }
        }
    };
}

cues! {
    attack => "attack",
    clash => "clash",
    killed => "killed",
    injured => "injured",
    damage => "damage",
    intercept => "intercept",
    backref => "backref",
    backref_verb => "backref_verb",
    background => "background",
    background_link => "background_link",
    superlative => "superlative",
    future => "future",
    heard => "heard",
    no_casualties => "no_casualties",
    no_injured => "no_injured",
    no_killed => "no_killed",
    casualties_unknown => "casualties_unknown",
    person => "person",
    child => "child",
    report => "report",
    origin => "origin",
    axis => "axis",
    oblast_word => "oblast_word",
    raion_word => "raion_word",
    hromada_word => "hromada_word",
    settlement_word => "settlement_word",
    unit_count => "unit_count",
    unit_munition => "unit_munition",
    unit_explosion => "unit_explosion",
    military_loss => "military_loss",
    negated_event => "negated_event",
    direction_of => "direction_of",
    general => "general",
    meeting => "meeting",
    hosting => "hosting",
    agreement => "agreement",
    claim => "claim",
    evaluative => "evaluative",
    appeal => "appeal",
    supply => "supply",
    habitual => "habitual",
}

/// Whether `m` is the cue `id`.
pub fn is(m: &Match, id: Option<u16>) -> bool {
    m.class == Class::Cue && Some(m.label) == id
}
