//! The vocabulary of synthetic briefs: names, places, policy words, the templates of entry
//! sentences, and the draws that pick from them with realistic frequencies.

use super::rng::{zipf_cdf, Rng};

#[rustfmt::skip]
pub(super) const GIVEN: &[&str] = &[
    "Irina", "Tomasz", "Amara", "Lukas", "Selin", "Dmitri", "Farah", "Jonas", "Leila", "Mateo",
    "Nadia", "Oskar", "Priya", "Rafael", "Sofia", "Tariq", "Ulla", "Viktor", "Yara", "Zoran",
    "Anika", "Bogdan", "Chiara", "Darius", "Elif", "Florin", "Greta", "Hamid", "Ines", "Jakub",
    "Kofi", "Lina", "Milos", "Nia", "Omar", "Pavel", "Rania", "Stefan", "Teodora", "Umar", "Vera",
    "Wen", "Ximena", "Yusuf", "Zeynep", "Arjun", "Birgit", "Cyrus", "Dalia", "Emre", "Fatima",
    "Goran", "Hana", "Ivo", "Jana", "Karim", "Lucia", "Marek", "Noor", "Olga", "Pedro", "Raisa",
    "Samir", "Tamar", "Anton", "Beatriz", "Constantin", "Dorota", "Esther", "Felix", "Gulnara",
    "Henrik", "Ilona", "Joaquin", "Katarina", "Lev", "Mariam", "Nikolai", "Oksana", "Philippe",
];

pub(super) const SUR_START: &[&str] = &[
    "Val", "Ok", "Kor", "Mar", "Dub", "Pet", "Sol", "Bran", "Hal", "Tem", "Ris", "Gal", "Lom",
    "Nov", "Ber", "Kaz", "Dra", "Fen", "Mor", "Tol", "Vask", "Zel", "Quin", "Phil", "Rud", "Sev",
    "Ost", "Lev", "Mik", "Tar", "Oum", "Kou", "Ab", "El", "Ib", "An", "Us", "Vol", "Hav", "Sar",
];

pub(super) const SUR_MID: &[&str] = &[
    "", "", "", "a", "e", "i", "o", "ou", "de", "ko", "ra", "li", "ph", "ss", "ll", "nn", "ka",
    "qu", "ri", "mo", "ta", "sh",
];

pub(super) const SUR_END: &[&str] = &[
    "mar", "wo", "ski", "enko", "ov", "ova", "ic", "escu", "ani", "ez", "ides", "ulu", "sson",
    "berg", "ard", "el", "in", "on", "ar", "ek", "ouk", "afi", "an", "yk", "is", "ou", "em", "ach",
    "kov", "ama",
];

/// (name, capital, adjective)
pub(super) const COUNTRIES: &[(&str, &str, &str)] = &[
    ("Russia", "Moscow", "Russian"),
    ("Ukraine", "Kyiv", "Ukrainian"),
    ("United States", "Washington", "American"),
    ("China", "Beijing", "Chinese"),
    ("Turkey", "Ankara", "Turkish"),
    ("Poland", "Warsaw", "Polish"),
    ("Germany", "Berlin", "German"),
    ("France", "Paris", "French"),
    ("Iran", "Tehran", "Iranian"),
    ("Israel", "Jerusalem", "Israeli"),
    ("Egypt", "Cairo", "Egyptian"),
    ("India", "New Delhi", "Indian"),
    ("United Kingdom", "London", "British"),
    ("Romania", "Bucharest", "Romanian"),
    ("Hungary", "Budapest", "Hungarian"),
    ("Serbia", "Belgrade", "Serbian"),
    ("Bulgaria", "Sofia", "Bulgarian"),
    ("Greece", "Athens", "Greek"),
    ("Georgia", "Tbilisi", "Georgian"),
    ("Armenia", "Yerevan", "Armenian"),
    ("Azerbaijan", "Baku", "Azerbaijani"),
    ("Kazakhstan", "Astana", "Kazakh"),
    ("Uzbekistan", "Tashkent", "Uzbek"),
    ("Jordan", "Amman", "Jordanian"),
    ("Lebanon", "Beirut", "Lebanese"),
    ("Iraq", "Baghdad", "Iraqi"),
    ("Syria", "Damascus", "Syrian"),
    ("Saudi Arabia", "Riyadh", "Saudi"),
    ("Qatar", "Doha", "Qatari"),
    ("Morocco", "Rabat", "Moroccan"),
    ("Algeria", "Algiers", "Algerian"),
    ("Tunisia", "Tunis", "Tunisian"),
    ("Libya", "Tripoli", "Libyan"),
    ("Sudan", "Khartoum", "Sudanese"),
    ("Ethiopia", "Addis Ababa", "Ethiopian"),
    ("Kenya", "Nairobi", "Kenyan"),
    ("Nigeria", "Abuja", "Nigerian"),
    ("Ghana", "Accra", "Ghanaian"),
    ("Senegal", "Dakar", "Senegalese"),
    ("Mali", "Bamako", "Malian"),
    ("Niger", "Niamey", "Nigerien"),
    ("Pakistan", "Islamabad", "Pakistani"),
    ("Bangladesh", "Dhaka", "Bangladeshi"),
    ("Japan", "Tokyo", "Japanese"),
    ("South Korea", "Seoul", "South Korean"),
    ("Vietnam", "Hanoi", "Vietnamese"),
    ("Indonesia", "Jakarta", "Indonesian"),
    ("Philippines", "Manila", "Philippine"),
    ("Thailand", "Bangkok", "Thai"),
    ("Malaysia", "Kuala Lumpur", "Malaysian"),
    ("Australia", "Canberra", "Australian"),
    ("Brazil", "Brasilia", "Brazilian"),
    ("Argentina", "Buenos Aires", "Argentine"),
    ("Chile", "Santiago", "Chilean"),
    ("Peru", "Lima", "Peruvian"),
    ("Colombia", "Bogota", "Colombian"),
    ("Mexico", "Mexico City", "Mexican"),
    ("Canada", "Ottawa", "Canadian"),
    ("Italy", "Rome", "Italian"),
    ("Spain", "Madrid", "Spanish"),
    ("Norway", "Oslo", "Norwegian"),
    ("Sweden", "Stockholm", "Swedish"),
    ("Finland", "Helsinki", "Finnish"),
    ("Estonia", "Tallinn", "Estonian"),
    ("Latvia", "Riga", "Latvian"),
    ("Lithuania", "Vilnius", "Lithuanian"),
    ("Moldova", "Chisinau", "Moldovan"),
    ("Belarus", "Minsk", "Belarusian"),
];
pub(super) const COUNTRY_CDF: [u32; COUNTRIES.len()] = zipf_cdf();

#[rustfmt::skip]
pub(super) const CITIES: &[&str] = &[
    "Odesa", "Gdansk", "Aleppo", "Mosul", "Basra", "Alexandria", "Mombasa", "Lagos", "Karachi",
    "Mumbai", "Shanghai", "Busan", "Da Nang", "Rotterdam", "Hamburg", "Marseille", "Naples",
    "Thessaloniki", "Constanta", "Varna", "Batumi", "Aktau", "Samarkand", "Benghazi", "Port Sudan",
    "Djibouti", "Timbuktu", "Chittagong", "Surabaya", "Valparaiso", "Murmansk", "Kaliningrad",
];

#[rustfmt::skip]
pub(super) const REGIONS: &[&str] = &[
    "Danube Basin", "Black Sea Coast", "Sahel", "Caspian Shelf", "Nile Delta", "Ferghana Valley",
    "Horn of Africa", "Baltic Coast", "Kura Valley", "Mekong Delta", "Gulf of Aden",
    "Strait of Hormuz", "Arctic Shelf", "Amazon Basin", "Andes Highlands", "Red Sea Coast",
];

/// Policy words, most frequent first (drawn with Zipf-like weights).
#[rustfmt::skip]
pub(super) const WORDS: &[&str] = &[
    "sanctions", "ceasefire", "pipeline", "tariff", "referendum", "drone", "corridor", "grain",
    "gas", "border", "energy", "water", "oil", "nuclear", "election", "migration", "refugee",
    "shipping", "port", "wheat", "fertiliser", "electricity", "grid", "coal", "hydrogen",
    "uranium", "lithium", "cobalt", "copper", "steel", "aluminium", "fisheries", "rail", "highway",
    "asylum", "visa", "customs", "currency", "debt", "bond", "banking", "pension", "subsidy",
    "maize", "rice", "sugar", "coffee", "cotton", "timber", "solar", "wind", "hydropower", "cable",
    "satellite", "cyber", "telecom", "semiconductor", "data", "surveillance", "broadcasting",
    "press", "censorship", "militia", "navy", "missile", "artillery", "airspace", "maritime",
    "arctic", "river", "dam", "irrigation", "drought", "flood", "climate", "emissions", "carbon",
    "forestry", "mining", "diamond", "gold", "phosphate", "potash", "tourism", "aviation",
    "airport", "logistics", "container", "tanker", "housing", "land", "property", "tax", "budget",
    "austerity", "inflation", "wage", "labour", "healthcare", "vaccine", "hospital",
    "pharmaceutical", "education", "university", "language", "minority", "autonomy", "federalism",
    "secession", "constitution", "judiciary", "court", "amnesty", "prisoner", "hostage",
    "humanitarian", "aid", "reconstruction", "demining", "peacekeeping", "monitoring",
    "inspection", "verification", "disarmament", "arms", "ammunition", "tank", "helicopter",
    "radar", "fortification", "checkpoint", "enclave", "buffer", "frontier", "strait", "canal",
    "bridge", "tunnel", "railway", "ferry", "harbour", "shipyard", "refinery", "terminal",
    "storage", "reserve", "stockpile", "quota", "licence", "permit", "patent", "investment",
    "loan", "grant", "bailout", "privatisation", "procurement", "contract", "tender", "concession",
    "royalty", "export", "import", "transit", "smuggling", "trafficking", "corruption", "bribery",
    "laundering", "fraud", "espionage", "disinformation", "propaganda", "hacking", "ransomware",
    "blackout", "shortage", "famine", "epidemic", "quarantine", "cholera", "locust", "wildfire",
    "earthquake", "evacuation", "resettlement", "deportation", "repatriation", "citizenship",
    "passport", "census", "ballot", "parliamentary", "presidential", "municipal", "regional",
    "federal", "provincial", "tribal", "religious", "heritage", "monument", "treaty", "accord",
    "protocol", "charter", "framework", "roadmap", "doctrine", "strategy", "mandate", "resolution",
    "veto", "embargo", "blockade", "moratorium", "boycott", "summit", "dialogue", "mediation",
    "arbitration", "tribunal", "inquiry", "audit", "oversight", "transparency", "accountability",
    "governance", "reform", "modernisation", "digitalisation", "automation", "robotics", "biotech",
    "fertility", "demography", "youth", "veteran", "welfare", "unemployment", "poverty",
    "inequality", "remittance", "diaspora", "cattle", "dairy", "poultry", "livestock", "fishing",
    "salmon", "tuna", "olive", "wine", "tobacco", "narcotics", "cartel", "piracy", "kidnapping",
    "terrorism", "insurgency", "extremism", "separatist", "nationalist", "populist", "opposition",
    "coalition", "cabinet", "senate", "assembly", "desalination", "groundwater", "glacier",
    "permafrost", "wetland", "biodiversity", "nickel", "graphite", "helium", "ammonia", "methane",
    "biofuel", "geothermal", "offshore", "seabed", "undersea", "spectrum", "broadband",
    "encryption", "biometric", "identity",
];
pub(super) const WORD_CDF: [u32; WORDS.len()] = zipf_cdf();

/// Head nouns for `{x}`: "the grain corridor" is "the {w} {x}".
#[rustfmt::skip]
pub(super) const HEADS: &[&str] = &[
    "programme", "dispute", "initiative", "regime", "policy", "market", "project", "reform",
    "framework", "talks", "sector", "deal", "plan", "crisis", "negotiations", "file",
    "partnership", "strategy", "network", "consortium", "commission", "fund", "zone", "route",
    "facility", "scheme", "taskforce", "agency", "corridor", "agreement",
];

/// Goods a producers' association can represent.
#[rustfmt::skip]
pub(super) const COMMODITIES: &[&str] = &[
    "Grain", "Wheat", "Gas", "Oil", "Coal", "Steel", "Cotton", "Coffee", "Sugar", "Timber",
    "Fertiliser", "Copper", "Lithium", "Dairy", "Poultry", "Olive", "Wine", "Tobacco", "Salmon",
];

#[rustfmt::skip]
pub(super) const PORTFOLIOS: &[&str] = &[
    "Energy", "Defence", "Foreign Affairs", "Finance", "Agriculture", "Trade", "Interior",
    "Health", "Transport", "Justice", "Environment", "Economy",
];

#[rustfmt::skip]
pub(super) const TOPICS: &[&str] = &[
    "Water Security", "Energy Security", "Food Security", "Trade Policy", "Migration Policy",
    "Arms Control", "Maritime Security", "Cyber Defence", "Climate Adaptation",
    "Nuclear Diplomacy", "Sanctions Policy", "Border Management", "Critical Minerals",
    "Grain Diplomacy",
];

#[rustfmt::skip]
pub(super) const DISPUTES: &[&str] = &[
    "Dispute", "Crisis", "Conflict", "Standoff", "Talks", "Negotiations", "Question", "Impasse",
];

pub(super) const ORG_DIR: &[&str] = &[
    "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater",
];
#[rustfmt::skip]
pub(super) const ORG_GEO: &[&str] = &[
    "Coast", "Highlands", "Valley", "Delta", "Steppe", "Islands", "Plains", "Mountains", "Basin",
    "Frontier",
];
#[rustfmt::skip]
pub(super) const ORG_PURPOSE: &[&str] = &[
    "Liberation", "Resistance", "Unity", "Renewal", "Reform", "Progress", "Solidarity", "Defence",
    "Freedom", "Justice",
];
#[rustfmt::skip]
pub(super) const ORG_TYPE: &[&str] = &[
    "Front", "Movement", "Alliance", "League", "Party", "Union", "Congress", "Coalition",
];
pub(super) const INTL_ORGS: &[(&str, &[&str])] = &[
    ("World Trade Organization", &["WTO"]),
    ("International Monetary Fund", &["IMF", "the Fund"]),
    ("World Bank", &["the Bank"]),
    (
        "International Committee of the Red Cross",
        &["ICRC", "Red Cross"],
    ),
    (
        "Organization of the Petroleum Exporting Countries",
        &["OPEC"],
    ),
    ("Shanghai Cooperation Organisation", &["SCO"]),
];
pub(super) const INTL_BODIES: &[(&str, &[&str])] = &[
    ("UN Security Council", &["Security Council", "UNSC"]),
    ("UN General Assembly", &["General Assembly", "UNGA"]),
    (
        "UN Human Rights Council",
        &["Human Rights Council", "UNHRC"],
    ),
    ("European Commission", &["the Commission", "Brussels"]),
    (
        "International Atomic Energy Agency",
        &["IAEA", "Atomic Energy Agency"],
    ),
    ("African Union Commission", &["AU Commission", "AUC"]),
    ("World Food Programme", &["WFP"]),
];

#[rustfmt::skip]
pub(super) const MEDIA_REGION: &[&str] = &[
    "Baltic", "Adriatic", "Caspian", "Danube", "Sahel", "Levant", "Nordic", "Andean", "Pacific",
    "Atlantic", "Balkan", "Gulf", "Continental", "Alpine", "Aegean", "Carpathian",
];
pub(super) const MEDIA_FREQ: &[&str] = &["Daily", "Evening", "Morning", "Weekly", "Sunday"];
#[rustfmt::skip]
pub(super) const MEDIA_PAPER: &[&str] = &[
    "Herald", "Courier", "Post", "Gazette", "Observer", "Telegraph", "Tribune", "Times",
    "Chronicle", "Monitor", "Dispatch", "Standard",
];

/// Words that occur nowhere in the generated text, for off-topic queries.
#[rustfmt::skip]
pub(super) const OFF_TOPIC: &[&str] = &[
    "sourdough", "kazoo", "trampoline", "marmalade", "ukulele", "snorkel", "crossword", "lasagna",
    "hamster", "yodel", "waffle", "origami", "karaoke", "pumpkin", "badminton", "cupcake",
    "jellyfish", "bagpipe", "pancake", "flamingo", "toboggan", "meringue", "hopscotch", "giraffe",
    "popcorn", "skateboard", "croissant", "pinball", "dandelion",
];

/// Synonyms the claim paraphrases swap in.
pub(super) const SYNONYMS: &[(&str, &str)] = &[
    ("financing", "funding"),
    ("violated", "breached"),
    ("failed", "collapsed"),
    ("preparing", "planning"),
    ("offensive", "assault"),
    ("supplied", "provided"),
    ("equipment", "hardware"),
    ("intention", "plan"),
    ("joining", "entering"),
    ("secretly", "covertly"),
    ("negotiated", "brokered"),
    ("deal", "bargain"),
    ("crisis", "emergency"),
    ("strengthened", "bolstered"),
    ("position", "standing"),
    ("diverted", "redirected"),
    ("funds", "money"),
    ("controls", "dominates"),
    ("trade", "commerce"),
    ("blocked", "obstructed"),
    ("inquiry", "investigation"),
    ("increased", "raised"),
    ("exports", "shipments"),
    ("losing", "forfeiting"),
    ("influence", "sway"),
    ("collapse", "fail"),
    ("support", "backing"),
    ("coordinated", "aligned"),
    ("positions", "stances"),
    ("agreement", "pact"),
    ("sanctions", "penalties"),
    ("referendum", "plebiscite"),
    ("hold", "stage"),
];

/// (title, clause of the seed sentence, "when did …" form). `{a}`/`{b}` are short names,
/// `{A}`/`{B}` the names as the sentence mentions them, `{w}`/`{x}` policy words.
pub(super) const EVENT_TEMPLATES: &[(&str, &str, &str)] = &[
    (
        "{a} signs {w} {x} agreement with {b}",
        "{A} signed an agreement on the {w} {x} with {B}",
        "{a} sign the {w} {x} agreement with {b}",
    ),
    (
        "{a} rejects {w} referendum",
        "{A} rejected the proposed referendum on {w}",
        "{a} reject the {w} referendum",
    ),
    (
        "{a} imposes {w} sanctions on {b}",
        "{A} imposed sanctions on the {w} sector of {B}",
        "{a} impose {w} sanctions on {b}",
    ),
    (
        "Talks between {a} and {b} on {w} collapse",
        "talks between {A} and {B} on the {w} {x} collapsed",
        "the talks between {a} and {b} on {w} collapse",
    ),
    (
        "{a} suspends {w} deliveries to {b}",
        "{A} suspended {w} deliveries to {B}",
        "{a} suspend {w} deliveries to {b}",
    ),
    (
        "{a} opens {w} corridor with {b}",
        "{A} opened a {w} corridor with {B}",
        "{a} open the {w} corridor with {b}",
    ),
    (
        "{a} hosts summit on {w} {x}",
        "{A} hosted a summit on the {w} {x}",
        "{a} host the summit on {w} {x}",
    ),
    (
        "{a} raises tariff on {w} imports from {b}",
        "{A} raised the tariff on {w} imports from {B}",
        "{a} raise the tariff on {w} imports from {b}",
    ),
    (
        "{a} launches drone strikes near {b}",
        "{A} launched drone strikes on {w} facilities near {B}",
        "{a} launch drone strikes near {b}",
    ),
    (
        "{a} and {b} agree {w} ceasefire",
        "{A} and {B} agreed to a ceasefire along the {w} {x}",
        "{a} and {b} agree to the {w} ceasefire",
    ),
    (
        "{a} expels diplomats of {b} over {w} dispute",
        "{A} expelled diplomats of {B} in a dispute over the {w} {x}",
        "{a} expel the diplomats of {b}",
    ),
    (
        "Protests erupt in {b} over {w} {x}",
        "protests erupted in {B} over the {w} {x} backed by {A}",
        "the protests in {b} over {w} {x} erupt",
    ),
    (
        "{a} accuses {b} of violating {w} accord",
        "{A} accused {B} of violating the {w} accord",
        "{a} accuse {b} of violating the {w} accord",
    ),
    (
        "{a} freezes {w} assets of {b}",
        "{A} froze the {w} assets of {B}",
        "{a} freeze the {w} assets of {b}",
    ),
    (
        "{a} ratifies {w} {x} treaty",
        "{A} ratified the {w} {x} treaty",
        "{a} ratify the {w} {x} treaty",
    ),
    (
        "{a} announces {w} {x} plan",
        "{A} announced a new plan for the {w} {x}",
        "{a} announce the {w} {x} plan",
    ),
    (
        "{a} withdraws from {w} pact with {b}",
        "{A} withdrew from the {w} pact with {B}",
        "{a} withdraw from the {w} pact with {b}",
    ),
    (
        "{a} blocks {w} pipeline through {b}",
        "{A} blocked construction of the {w} pipeline through {B}",
        "{a} block the {w} pipeline through {b}",
    ),
    (
        "{a} nationalises {w} sector",
        "{A} nationalised the {w} sector",
        "{a} nationalise the {w} sector",
    ),
    (
        "{a} wins vote amid {w} {x} row",
        "{A} won a vote dominated by the row over the {w} {x}",
        "{a} win the vote amid the {w} {x} row",
    ),
];

/// Claim clauses. `{A}`/`{B}` actors, `{w}`/`{x}` policy words, `{y}` a year, `{p}` a number.
#[rustfmt::skip]
pub(super) const CLAIM_TEMPLATES: &[&str] = &[
    "{A} is financing the {w} {x} of {B}", "{A} violated the {w} agreement with {B}",
    "the {w} sanctions against {A} have failed", "{A} is preparing a {w} offensive near {B}",
    "{A} supplied {w} equipment to {B}", "{A} has no intention of joining the {w} {x}",
    "{A} secretly negotiated a {w} deal with {B}",
    "the {w} crisis strengthened the position of {A}", "{A} diverted {w} funds to {B}",
    "{A} will hold a referendum on {w} before {y}", "{A} controls most of the {w} trade in {B}",
    "{A} blocked the {w} inquiry into {B}", "{A} increased {w} exports to {B} by {p} percent",
    "{A} is losing influence over the {w} {x}",
    "the {w} {x} will collapse without support from {A}",
    "{A} and {B} coordinated their positions on the {w} {x}",
];

#[rustfmt::skip]
pub(super) const PERSON_VP: &[&str] = &[
    "has overseen the {w} file since {y}", "has been a vocal critic of the {w} {x}",
    "has led the negotiations on the {w} {x}", "has pushed for a new {w} policy",
    "has repeatedly warned about the {w} crisis", "has championed the {w} {x}",
];
#[rustfmt::skip]
pub(super) const STATE_VP: &[&str] = &[
    "remains a key player in the {w} {x}", "depends heavily on {w} imports",
    "has long opposed the {w} {x}", "has invested heavily in the {w} sector",
    "borders the disputed {w} {x}",
];

pub(super) const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "on", "to", "with", "and", "from", "near", "over", "amid", "between",
    "in", "into", "through", "by", "for",
];

// Draws. Frequent words and countries come up far more often than rare ones, as in real text.

/// A policy word, drawn with Zipf-like weights.
pub(super) fn word(r: &mut Rng) -> &'static str {
    WORDS[r.zipf(&WORD_CDF)]
}

/// A policy word and a head noun ("grain", "corridor").
pub(super) fn two_words(r: &mut Rng) -> (&'static str, &'static str) {
    let w = word(r);
    let mut x = r.pick(HEADS);
    if x == w {
        x = HEADS[0];
    }
    (w, x)
}

/// A country (name, capital, adjective), drawn with Zipf-like weights.
pub(super) fn country(r: &mut Rng) -> (&'static str, &'static str, &'static str) {
    COUNTRIES[r.zipf(&COUNTRY_CDF)]
}
