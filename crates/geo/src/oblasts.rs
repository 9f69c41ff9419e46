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
    region!("Cherkasy Oblast", "UA", "Cherkasy", 49.4444, 32.0598, ["Cherkasy", "Cherkassy", "Cherkaska"], ["Cherkashchyna"]),
    region!("Chernihiv Oblast", "UA", "Chernihiv", 51.4982, 31.2893, ["Chernihiv", "Chernigov", "Chernihivska"], ["Chernihivshchyna"]),
    region!("Chernivtsi Oblast", "UA", "Chernivtsi", 48.2915, 25.9403, ["Chernivtsi", "Chernovtsy", "Chernivetska"], ["Bukovyna"]),
    region!("Dnipropetrovsk Oblast", "UA", "Dnipro", 48.4647, 35.0462, ["Dnipropetrovsk", "Dnepropetrovsk", "Dnipropetrovska", "Dnipro"], ["Dnipropetrovshchyna", "Dnipropetrovschyna"]),
    region!("Donetsk Oblast", "UA", "Donetsk", 48.0159, 37.8029, ["Donetsk", "Donetska", "Donetsk People's Republic"], ["Donechchyna", "DPR"]),
    region!("Ivano-Frankivsk Oblast", "UA", "Ivano-Frankivsk", 48.9226, 24.7111, ["Ivano-Frankivsk", "Ivano-Frankivska"], ["Prykarpattia"]),
    region!("Kharkiv Oblast", "UA", "Kharkiv", 49.9935, 36.2304, ["Kharkiv", "Kharkov", "Kharkivska"], ["Kharkivshchyna"]),
    region!("Kherson Oblast", "UA", "Kherson", 46.6354, 32.6169, ["Kherson", "Khersonska"], ["Khersonshchyna"]),
    region!("Khmelnytskyi Oblast", "UA", "Khmelnytskyi", 49.4230, 26.9871, ["Khmelnytskyi", "Khmelnytsky", "Khmelnitsky", "Khmelnytskyy", "Khmelnytska"], ["Khmelnychchyna"]),
    region!("Kirovohrad Oblast", "UA", "Kropyvnytskyi", 48.5079, 32.2623, ["Kirovohrad", "Kirovograd", "Kirovohradska", "Kropyvnytskyi"], ["Kirovohradshchyna"]),
    region!("Kyiv Oblast", "UA", "Kyiv", 50.4501, 30.5234, ["Kyiv", "Kiev", "Kyivska"], ["Kyivshchyna"]),
    region!("Luhansk Oblast", "UA", "Luhansk", 48.5740, 39.3078, ["Luhansk", "Lugansk", "Luhanska", "Luhansk People's Republic"], ["Luhanshchyna", "LPR"]),
    region!("Lviv Oblast", "UA", "Lviv", 49.8397, 24.0297, ["Lviv", "Lvov", "Lvivska"], ["Lvivshchyna"]),
    region!("Mykolaiv Oblast", "UA", "Mykolaiv", 46.9750, 31.9946, ["Mykolaiv", "Nikolaev", "Nikolayev", "Mykolayiv", "Mykolaivska"], ["Mykolaivshchyna"]),
    region!("Odesa Oblast", "UA", "Odesa", 46.4825, 30.7233, ["Odesa", "Odessa", "Odeska"], ["Odeshchyna"]),
    region!("Poltava Oblast", "UA", "Poltava", 49.5883, 34.5514, ["Poltava", "Poltavska"], ["Poltavshchyna"]),
    region!("Rivne Oblast", "UA", "Rivne", 50.6199, 26.2516, ["Rivne", "Rovno", "Rivnenska"], ["Rivnenshchyna"]),
    region!("Sumy Oblast", "UA", "Sumy", 50.9077, 34.7981, ["Sumy", "Sumska"], ["Sumshchyna"]),
    region!("Ternopil Oblast", "UA", "Ternopil", 49.5535, 25.5948, ["Ternopil", "Ternopol", "Ternopilska"], ["Ternopilshchyna"]),
    region!("Vinnytsia Oblast", "UA", "Vinnytsia", 49.2331, 28.4682, ["Vinnytsia", "Vinnitsa", "Vinnytsya", "Vinnytska"], ["Vinnychchyna"]),
    region!("Volyn Oblast", "UA", "Lutsk", 50.7472, 25.3254, ["Volyn", "Volhynia", "Volynska"], ["Volyn"]),
    region!("Zakarpattia Oblast", "UA", "Uzhhorod", 48.6208, 22.2879, ["Zakarpattia", "Transcarpathia", "Zakarpatska", "Zakarpattya"], ["Zakarpattia", "Transcarpathia"]),
    region!("Zaporizhzhia Oblast", "UA", "Zaporizhzhia", 47.8388, 35.1396, ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizka", "Zaporizhzhya"], ["Zaporizhzhia region"]),
    region!("Zhytomyr Oblast", "UA", "Zhytomyr", 50.2547, 28.6587, ["Zhytomyr", "Zhitomir", "Zhytomyrska"], ["Zhytomyrshchyna"]),
    region!("Autonomous Republic of Crimea", "UA", "Simferopol", 44.9521, 34.1024, ["Crimea", "Crimean"], ["Crimea"]),
    region!("Sevastopol", "UA", "Sevastopol", 44.6166, 33.5254, [], []),
    region!("Kyiv", "UA", "Kyiv", 50.4501, 30.5234, [], []),
    region!("Belgorod Oblast", "RU", "Belgorod", 50.5997, 36.5983, ["Belgorod", "Bilhorod"], []),
    region!("Kursk Oblast", "RU", "Kursk", 51.7373, 36.1873, ["Kursk"], []),
    region!("Bryansk Oblast", "RU", "Bryansk", 53.2521, 34.3717, ["Bryansk"], []),
    region!("Voronezh Oblast", "RU", "Voronezh", 51.6720, 39.1843, ["Voronezh"], []),
    region!("Rostov Oblast", "RU", "Rostov-on-Don", 47.2357, 39.7015, ["Rostov"], []),
    region!("Krasnodar Krai", "RU", "Krasnodar", 45.0355, 38.9753, ["Krasnodar"], []),
    region!("Moscow", "RU", "Moscow", 55.7558, 37.6173, [], []),
    region!("Minsk", "BY", "Minsk", 53.9045, 27.5615, [], []),
    region!("Gomel Oblast", "BY", "Gomel", 52.4412, 30.9878, ["Gomel", "Homel"], []),
];

impl PartialEq for Region {
    fn eq(&self, other: &Self) -> bool {
        self.admin1 == other.admin1
    }
}
