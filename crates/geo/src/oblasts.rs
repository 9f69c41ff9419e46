//! The built-in table of regions: Ukraine's oblasts with their centres and the name
//! forms news use for them, and the neighbouring regions reports name.

/// One first-level region.
#[derive(Clone, Copy, Debug)]
pub struct Region {
    /// admin1 as events carry it ("Sumy Oblast", "Kyiv", "Belgorod Oblast").
    pub admin1: &'static str,
    /// ISO alpha-2 country.
    pub country: &'static str,
    /// The administrative centre.
    pub centre: &'static str,
    /// Centre latitude.
    pub lat: f64,
    /// Centre longitude.
    pub lon: f64,
    /// Stems used before "region"/"oblast" and stand-alone forms ("Khersonshchyna").
    pub stems: &'static [&'static str],
    /// Forms that name the region on their own, without "region" ("Khersonshchyna").
    pub standalone: &'static [&'static str],
}

macro_rules! region {
    ($a:literal, $c:literal, $centre:literal, $lat:literal, $lon:literal, [$($s:literal),*], [$($t:literal),*]) => {
        Region { admin1: $a, country: $c, centre: $centre, lat: $lat, lon: $lon, stems: &[$($s),*], standalone: &[$($t),*] }
    };
}

/// Every region of the built-in table.
pub const REGIONS: &[Region] = &[
    region!(
        "Cherkasy Oblast",
        "UA",
        "Cherkasy",
        49.4444,
        32.0598,
        ["Cherkasy", "Cherkassy", "Cherkaska"],
        ["Cherkashchyna"]
    ),
    region!(
        "Chernihiv Oblast",
        "UA",
        "Chernihiv",
        51.4982,
        31.2893,
        ["Chernihiv", "Chernigov", "Chernihivska"],
        ["Chernihivshchyna"]
    ),
    region!(
        "Chernivtsi Oblast",
        "UA",
        "Chernivtsi",
        48.2915,
        25.9403,
        ["Chernivtsi", "Chernovtsy", "Chernivetska"],
        ["Bukovyna"]
    ),
    region!(
        "Dnipropetrovsk Oblast",
        "UA",
        "Dnipro",
        48.4647,
        35.0462,
        [
            "Dnipropetrovsk",
            "Dnepropetrovsk",
            "Dnipropetrovska",
            "Dnipro"
        ],
        ["Dnipropetrovshchyna", "Dnipropetrovschyna"]
    ),
    region!(
        "Donetsk Oblast",
        "UA",
        "Donetsk",
        48.0159,
        37.8029,
        ["Donetsk", "Donetska", "Donetsk People's Republic"],
        ["Donechchyna", "DPR"]
    ),
    region!(
        "Ivano-Frankivsk Oblast",
        "UA",
        "Ivano-Frankivsk",
        48.9226,
        24.7111,
        ["Ivano-Frankivsk", "Ivano-Frankivska"],
        ["Prykarpattia"]
    ),
    region!(
        "Kharkiv Oblast",
        "UA",
        "Kharkiv",
        49.9935,
        36.2304,
        ["Kharkiv", "Kharkov", "Kharkivska"],
        ["Kharkivshchyna"]
    ),
    region!(
        "Kherson Oblast",
        "UA",
        "Kherson",
        46.6354,
        32.6169,
        ["Kherson", "Khersonska"],
        ["Khersonshchyna"]
    ),
    region!(
        "Khmelnytskyi Oblast",
        "UA",
        "Khmelnytskyi",
        49.4230,
        26.9871,
        [
            "Khmelnytskyi",
            "Khmelnytsky",
            "Khmelnitsky",
            "Khmelnytskyy",
            "Khmelnytska"
        ],
        ["Khmelnychchyna"]
    ),
    region!(
        "Kirovohrad Oblast",
        "UA",
        "Kropyvnytskyi",
        48.5079,
        32.2623,
        ["Kirovohrad", "Kirovograd", "Kirovohradska", "Kropyvnytskyi"],
        ["Kirovohradshchyna"]
    ),
    region!(
        "Kyiv Oblast",
        "UA",
        "Kyiv",
        50.4501,
        30.5234,
        ["Kyiv", "Kiev", "Kyivska"],
        ["Kyivshchyna"]
    ),
    region!(
        "Luhansk Oblast",
        "UA",
        "Luhansk",
        48.5740,
        39.3078,
        [
            "Luhansk",
            "Lugansk",
            "Luhanska",
            "Luhansk People's Republic"
        ],
        ["Luhanshchyna", "LPR"]
    ),
    region!(
        "Lviv Oblast",
        "UA",
        "Lviv",
        49.8397,
        24.0297,
        ["Lviv", "Lvov", "Lvivska"],
        ["Lvivshchyna"]
    ),
    region!(
        "Mykolaiv Oblast",
        "UA",
        "Mykolaiv",
        46.9750,
        31.9946,
        [
            "Mykolaiv",
            "Nikolaev",
            "Nikolayev",
            "Mykolayiv",
            "Mykolaivska"
        ],
        ["Mykolaivshchyna"]
    ),
    region!(
        "Odesa Oblast",
        "UA",
        "Odesa",
        46.4825,
        30.7233,
        ["Odesa", "Odessa", "Odeska"],
        ["Odeshchyna"]
    ),
    region!(
        "Poltava Oblast",
        "UA",
        "Poltava",
        49.5883,
        34.5514,
        ["Poltava", "Poltavska"],
        ["Poltavshchyna"]
    ),
    region!(
        "Rivne Oblast",
        "UA",
        "Rivne",
        50.6199,
        26.2516,
        ["Rivne", "Rovno", "Rivnenska"],
        ["Rivnenshchyna"]
    ),
    region!(
        "Sumy Oblast",
        "UA",
        "Sumy",
        50.9077,
        34.7981,
        ["Sumy", "Sumska"],
        ["Sumshchyna"]
    ),
    region!(
        "Ternopil Oblast",
        "UA",
        "Ternopil",
        49.5535,
        25.5948,
        ["Ternopil", "Ternopol", "Ternopilska"],
        ["Ternopilshchyna"]
    ),
    region!(
        "Vinnytsia Oblast",
        "UA",
        "Vinnytsia",
        49.2331,
        28.4682,
        ["Vinnytsia", "Vinnitsa", "Vinnytsya", "Vinnytska"],
        ["Vinnychchyna"]
    ),
    region!(
        "Volyn Oblast",
        "UA",
        "Lutsk",
        50.7472,
        25.3254,
        ["Volyn", "Volhynia", "Volynska"],
        ["Volyn"]
    ),
    region!(
        "Zakarpattia Oblast",
        "UA",
        "Uzhhorod",
        48.6208,
        22.2879,
        [
            "Zakarpattia",
            "Transcarpathia",
            "Zakarpatska",
            "Zakarpattya"
        ],
        ["Zakarpattia", "Transcarpathia"]
    ),
    region!(
        "Zaporizhzhia Oblast",
        "UA",
        "Zaporizhzhia",
        47.8388,
        35.1396,
        [
            "Zaporizhzhia",
            "Zaporizhia",
            "Zaporozhye",
            "Zaporizka",
            "Zaporizhzhya"
        ],
        ["Zaporizhzhia region"]
    ),
    region!(
        "Zhytomyr Oblast",
        "UA",
        "Zhytomyr",
        50.2547,
        28.6587,
        ["Zhytomyr", "Zhitomir", "Zhytomyrska"],
        ["Zhytomyrshchyna"]
    ),
    region!(
        "Autonomous Republic of Crimea",
        "UA",
        "Simferopol",
        44.9521,
        34.1024,
        ["Crimea", "Crimean"],
        ["Crimea"]
    ),
    region!("Sevastopol", "UA", "Sevastopol", 44.6166, 33.5254, [], []),
    region!("Kyiv", "UA", "Kyiv", 50.4501, 30.5234, [], []),
    region!(
        "Belgorod Oblast",
        "RU",
        "Belgorod",
        50.5997,
        36.5983,
        ["Belgorod", "Bilhorod"],
        []
    ),
    region!(
        "Kursk Oblast",
        "RU",
        "Kursk",
        51.7373,
        36.1873,
        ["Kursk"],
        []
    ),
    region!(
        "Bryansk Oblast",
        "RU",
        "Bryansk",
        53.2521,
        34.3717,
        ["Bryansk"],
        []
    ),
    region!(
        "Voronezh Oblast",
        "RU",
        "Voronezh",
        51.6720,
        39.1843,
        ["Voronezh"],
        []
    ),
    region!(
        "Rostov Oblast",
        "RU",
        "Rostov-on-Don",
        47.2357,
        39.7015,
        ["Rostov"],
        []
    ),
    region!(
        "Krasnodar Krai",
        "RU",
        "Krasnodar",
        45.0355,
        38.9753,
        ["Krasnodar"],
        []
    ),
    region!("Moscow", "RU", "Moscow", 55.7558, 37.6173, [], []),
    // further inside Russia: regions long-range strike reports name (centres as GeoNames gives them)
    region!(
        "Moscow Oblast",
        "RU",
        "Moscow",
        55.7558,
        37.6173,
        ["Moscow"],
        []
    ),
    region!(
        "Saint Petersburg",
        "RU",
        "Saint Petersburg",
        59.93863,
        30.31413,
        [],
        []
    ),
    region!(
        "Leningrad Oblast",
        "RU",
        "Saint Petersburg",
        59.93863,
        30.31413,
        ["Leningrad"],
        []
    ),
    region!(
        "Saratov Oblast",
        "RU",
        "Saratov",
        51.54048,
        45.9901,
        ["Saratov"],
        []
    ),
    region!(
        "Ryazan Oblast",
        "RU",
        "Ryazan’",
        54.62696,
        39.70415,
        ["Ryazan"],
        []
    ),
    region!(
        "Tambov Oblast",
        "RU",
        "Tambov",
        52.73632,
        41.44102,
        ["Tambov"],
        []
    ),
    region!(
        "Lipetsk Oblast",
        "RU",
        "Lipetsk",
        52.5876,
        39.55151,
        ["Lipetsk"],
        []
    ),
    region!(
        "Oryol Oblast",
        "RU",
        "Orël",
        52.96879,
        36.0791,
        ["Oryol", "Orel", "Orël"],
        []
    ),
    region!(
        "Kaluga Oblast",
        "RU",
        "Kaluga",
        54.53063,
        36.27,
        ["Kaluga"],
        []
    ),
    region!(
        "Tula Oblast",
        "RU",
        "Tula",
        54.19609,
        37.61822,
        ["Tula"],
        []
    ),
    region!(
        "Smolensk Oblast",
        "RU",
        "Smolensk",
        54.77826,
        32.05088,
        ["Smolensk"],
        []
    ),
    region!(
        "Tver Oblast",
        "RU",
        "Tver",
        56.85836,
        35.90057,
        ["Tver"],
        []
    ),
    region!(
        "Yaroslavl Oblast",
        "RU",
        "Yaroslavl",
        57.62987,
        39.87368,
        ["Yaroslavl"],
        []
    ),
    region!(
        "Volgograd Oblast",
        "RU",
        "Volgograd",
        48.71378,
        44.4976,
        ["Volgograd"],
        []
    ),
    region!(
        "Samara Oblast",
        "RU",
        "Samara",
        53.20767,
        50.13553,
        ["Samara"],
        []
    ),
    region!(
        "Astrakhan Oblast",
        "RU",
        "Astrakhan",
        46.34968,
        48.04076,
        ["Astrakhan"],
        []
    ),
    region!(
        "Penza Oblast",
        "RU",
        "Penza",
        53.19568,
        45.01075,
        ["Penza"],
        []
    ),
    region!(
        "Nizhny Novgorod Oblast",
        "RU",
        "Nizhniy Novgorod",
        56.32867,
        44.00205,
        ["Nizhny Novgorod", "Nizhniy Novgorod"],
        []
    ),
    region!(
        "Republic of Tatarstan",
        "RU",
        "Kazan",
        55.78874,
        49.12214,
        ["Tatarstan"],
        ["Tatarstan"]
    ),
    region!(
        "Republic of Bashkortostan",
        "RU",
        "Ufa",
        54.74306,
        55.96779,
        ["Bashkortostan", "Bashkiria"],
        ["Bashkortostan", "Bashkiria"]
    ),
    region!(
        "Pskov Oblast",
        "RU",
        "Pskov",
        57.81922,
        28.33181,
        ["Pskov"],
        []
    ),
    region!(
        "Stavropol Krai",
        "RU",
        "Stavropol",
        45.03442,
        41.9642,
        ["Stavropol"],
        []
    ),
    region!("Minsk", "BY", "Minsk", 53.9045, 27.5615, [], []),
    region!(
        "Gomel Oblast",
        "BY",
        "Gomel",
        52.4412,
        30.9878,
        ["Gomel", "Homel"],
        []
    ),
];

impl PartialEq for Region {
    fn eq(&self, other: &Self) -> bool {
        self.admin1 == other.admin1
    }
}
