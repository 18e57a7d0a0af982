//! What wire English calls countries and bodies that the generated country table
//! lacks: international bodies, blocs, metonyms ("the Kremlin"), short demonyms
//! ("Kazakh"), and forms too ambiguous to match. Written by hand.

use super::gazetteer::FormKind::{self, *};

/// Names wire copy uses instead of the data's common name.
pub const DISPLAY_NAMES: &[(&str, &str)] = &[("TUR", "Turkey")];

/// Forms added to a country of the generated table, by its ISO 3166 alpha-3 code.
pub const EXTRA_FORMS: &[(&str, FormKind, &str)] = &[
    ("TUR", Name, "Turkey"),
    ("USA", Name, "US"),
    ("USA", Name, "U.S."),
    ("USA", Name, "America"),
    ("GBR", Name, "Britain"),
    // Wire English's demonyms where the data has the official one ("Kazakhstani").
    ("KAZ", Demonym, "Kazakh"),
    ("UZB", Demonym, "Uzbek"),
    ("KGZ", Demonym, "Kyrgyz"),
    ("TJK", Demonym, "Tajik"),
    ("AZE", Demonym, "Azeri"),
    ("PHL", Demonym, "Philippine"),
    ("UKR", Capital, "Kiev"),
    // A seat of government that stands for its country.
    ("USA", Metonym, "Washington"),
    ("RUS", Institution, "Kremlin"),
    ("USA", Institution, "White House"),
    ("USA", Institution, "Pentagon"),
    ("USA", Institution, "State Department"),
    ("GBR", Institution, "Downing Street"),
    ("FRA", Institution, "Elysee"),
    ("FRA", Institution, "Élysée"),
];

/// An international body, bloc or armed group that wire stories name as a party.
pub struct Body {
    pub id: &'static str,
    pub name: &'static str,
    pub forms: &'static [&'static str],
}

pub const BODIES: &[Body] = &[
    Body {
        id: "nato",
        name: "NATO",
        forms: &[
            "NATO",
            "Nato",
            "North Atlantic Treaty Organization",
            "North Atlantic Treaty Organisation",
        ],
    },
    // "Brussels" is Belgium's capital, but as the subject of a wire sentence
    // ("Brussels wants…") it almost always means the EU's institutions; stories
    // about Belgium's government name Belgium or its ministers.
    Body {
        id: "eu",
        name: "European Union",
        forms: &["European Union", "EU", "E.U.", "Brussels"],
    },
    Body {
        id: "european-commission",
        name: "European Commission",
        forms: &["European Commission"],
    },
    Body {
        id: "un",
        name: "United Nations",
        forms: &["United Nations", "UN", "U.N."],
    },
    Body {
        id: "un-security-council",
        name: "UN Security Council",
        forms: &[
            "UN Security Council",
            "United Nations Security Council",
            "Security Council",
        ],
    },
    Body {
        id: "g7",
        name: "G7",
        forms: &["G7", "Group of Seven"],
    },
    Body {
        id: "g20",
        name: "G20",
        forms: &["G20", "Group of 20", "Group of Twenty"],
    },
    Body {
        id: "opec",
        name: "OPEC",
        forms: &[
            "OPEC",
            "Opec",
            "OPEC+",
            "Organization of the Petroleum Exporting Countries",
        ],
    },
    Body {
        id: "imf",
        name: "IMF",
        forms: &["IMF", "International Monetary Fund"],
    },
    Body {
        id: "world-bank",
        name: "World Bank",
        forms: &["World Bank"],
    },
    Body {
        id: "who",
        name: "WHO",
        forms: &["WHO", "World Health Organization"],
    },
    Body {
        id: "wto",
        name: "WTO",
        forms: &["WTO", "World Trade Organization"],
    },
    Body {
        id: "african-union",
        name: "African Union",
        forms: &["African Union", "AU"],
    },
    Body {
        id: "asean",
        name: "ASEAN",
        forms: &["ASEAN", "Association of Southeast Asian Nations"],
    },
    Body {
        id: "arab-league",
        name: "Arab League",
        forms: &["Arab League"],
    },
    Body {
        id: "gcc",
        name: "Gulf Cooperation Council",
        forms: &["Gulf Cooperation Council", "GCC"],
    },
    Body {
        id: "osce",
        name: "OSCE",
        forms: &[
            "OSCE",
            "Organization for Security and Co-operation in Europe",
        ],
    },
    Body {
        id: "council-of-europe",
        name: "Council of Europe",
        forms: &["Council of Europe"],
    },
    Body {
        id: "icc",
        name: "International Criminal Court",
        forms: &["International Criminal Court", "ICC"],
    },
    Body {
        id: "iaea",
        name: "IAEA",
        forms: &["IAEA", "International Atomic Energy Agency"],
    },
    Body {
        id: "ecb",
        name: "European Central Bank",
        forms: &["European Central Bank", "ECB"],
    },
    Body {
        id: "brics",
        name: "BRICS",
        forms: &["BRICS"],
    },
    Body {
        id: "sco",
        name: "Shanghai Cooperation Organisation",
        forms: &[
            "Shanghai Cooperation Organisation",
            "Shanghai Cooperation Organization",
        ],
    },
    Body {
        id: "oecd",
        name: "OECD",
        forms: &["OECD"],
    },
    Body {
        id: "ecowas",
        name: "ECOWAS",
        forms: &["ECOWAS"],
    },
    Body {
        id: "red-cross",
        name: "Red Cross",
        forms: &[
            "International Committee of the Red Cross",
            "ICRC",
            "Red Cross",
        ],
    },
    Body {
        id: "hamas",
        name: "Hamas",
        forms: &["Hamas"],
    },
    Body {
        id: "hezbollah",
        name: "Hezbollah",
        forms: &["Hezbollah"],
    },
    Body {
        id: "taliban",
        name: "Taliban",
        forms: &["Taliban"],
    },
    Body {
        id: "islamic-state",
        name: "Islamic State",
        forms: &["Islamic State", "ISIS"],
    },
    // A bloc: "Western sanctions" are the sanctions of the West, not of a country.
    Body {
        id: "west",
        name: "The West",
        forms: &["Western", "the West", "The West"],
    },
];

/// Forms that are never a country here: common first names and words that happen
/// to be capitals ("Victoria", "Stanley"), and longer names that contain a country's
/// ("New Mexico", "Latin America") and must not be read as it.
pub const NOT_PLACES: &[&str] = &[
    "Victoria",
    "City of Victoria",
    "Hamilton",
    "Douglas",
    "Stanley",
    "Kingston",
    "Jamestown",
    "Plymouth",
    "The Valley",
    "The Bottom",
    "West Island",
    "Road Town",
    "George Town",
    "Georgetown",
    "Island",
    "Mann",
    "Nippon",
    "Prathet",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "New Mexico",
    "New Jersey",
    "New South Wales",
    "Washington Post",
    "Western Europe",
];
