//! Synthetic libraries for scale benchmarks.
//!
//! [`generate`] writes a deterministic library of synthetic briefs in the knowledge-base format
//! (see `knowledge/README.md`): per brief a seed text made of the very sentences the entries cite,
//! and `brief.json`, `actors.json`, `events.json` and `claims.json`. The content of a brief is a
//! pure function of the spec's seed, the brief's index, `entries_per_brief` and the brief's entry
//! count, so [`queries`] can regenerate any brief to draw benchmark queries from it without
//! reading the files, and two runs (on any machine) write byte-identical files.
//!
//! The vocabulary mixes generated person names (syllable lists, so most are distinct) with about
//! a hundred real country, capital, city and region names, so the same states and prominent
//! people recur across briefs, as they do in a real library. Policy words follow a Zipf-like
//! frequency. Randomness comes from a hand-written SplitMix64, never from floating point, so the
//! output does not depend on the platform's maths library.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use crate::kb::date::{days_in_month, MONTH_NAMES};
// Synthetic actors have the knowledge base's own kinds, written as the loader reads them.
use crate::kb::ActorKind as Kind;

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SynthSpec {
    /// Total entries (actors + events + claims) across the library.
    pub entries: usize,
    pub seed: u64,
    /// At most this many entries per brief; entries are spread evenly over the briefs.
    pub entries_per_brief: usize,
}

impl SynthSpec {
    /// `entries` entries with seed 1784 and up to 500 entries per brief.
    pub fn new(entries: usize) -> SynthSpec {
        SynthSpec {
            entries,
            seed: 1784,
            entries_per_brief: 500,
        }
    }

    /// The number of briefs: `ceil(entries / entries_per_brief)`, at least 1.
    pub fn briefs(&self) -> usize {
        self.entries.div_ceil(self.entries_per_brief.max(1)).max(1)
    }

    /// Entries of brief `index`: the total spread evenly, the first briefs taking the remainder.
    fn brief_entries(&self, index: usize) -> usize {
        let briefs = self.briefs();
        self.entries / briefs + usize::from(index < self.entries % briefs)
    }
}

/// What [`generate`] wrote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SynthSummary {
    pub briefs: usize,
    pub actors: usize,
    pub events: usize,
    pub claims: usize,
}

/// Writes `dir/knowledge/<id>/{brief.json,actors.json,events.json,claims.json}` and
/// `dir/seeds/<id>.txt` for every brief (ids `synth-000001`, …), one brief at a time so memory
/// stays small. `dir` should be fresh: briefs left over from a larger earlier run are not removed.
pub fn generate(dir: &Path, spec: &SynthSpec) -> io::Result<SynthSummary> {
    let knowledge = dir.join("knowledge");
    let seeds = dir.join("seeds");
    fs::create_dir_all(&knowledge)?;
    fs::create_dir_all(&seeds)?;
    let mut summary = SynthSummary::default();
    let mut buf = String::with_capacity(1 << 20);
    for index in 0..spec.briefs() {
        let c = build(spec, index);
        let brief_dir = knowledge.join(&c.id);
        fs::create_dir_all(&brief_dir)?;
        buf.clear();
        c.render_seed(&mut buf);
        fs::write(seeds.join(format!("{}.txt", c.id)), &buf)?;
        buf.clear();
        c.render_brief(&mut buf);
        fs::write(brief_dir.join("brief.json"), &buf)?;
        buf.clear();
        c.render_actors(&mut buf);
        fs::write(brief_dir.join("actors.json"), &buf)?;
        buf.clear();
        c.render_events(&mut buf);
        fs::write(brief_dir.join("events.json"), &buf)?;
        buf.clear();
        c.render_claims(&mut buf);
        fs::write(brief_dir.join("claims.json"), &buf)?;
        summary.briefs += 1;
        summary.actors += c.actors.len();
        summary.events += c.events.len();
        summary.claims += c.claims.len();
    }
    Ok(summary)
}

/// What a benchmark query exercises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QueryKind {
    Timeline,
    Actor,
    Claim,
    Ask,
    Autocomplete,
}

const KINDS: [QueryKind; 5] = [
    QueryKind::Timeline,
    QueryKind::Actor,
    QueryKind::Claim,
    QueryKind::Ask,
    QueryKind::Autocomplete,
];

#[derive(Clone, Debug)]
pub struct BenchQuery {
    pub kind: QueryKind,
    pub text: String,
    /// "brief-id/entry-id" of the entry the query was made from (None for off-topic queries)
    pub expect: Option<String>,
}

/// `n` queries per kind (5 kinds, in the order of [`QueryKind`]), deterministic for a spec. Each
/// is drawn from a regenerated brief (the files are not read) with human noise: typos, dropped
/// words, synonyms, varied date formats. About 5% per kind are off-topic (`expect` is `None`).
pub fn queries(spec: &SynthSpec, n: usize) -> Vec<BenchQuery> {
    let briefs = spec.briefs();
    let mut out: Vec<Option<BenchQuery>> = vec![None; KINDS.len() * n];
    // (brief, slot, kind, rng seed), so each sampled brief is regenerated once.
    let mut plans: Vec<(usize, usize, QueryKind, u64)> = Vec::with_capacity(out.len());
    for (k, &kind) in KINDS.iter().enumerate() {
        for i in 0..n {
            let slot = k * n + i;
            let mut r = Rng(mix(mix(spec.seed ^ 0x5155_4552_5953, k as u64), i as u64));
            if r.chance(5) {
                out[slot] = Some(off_topic(kind, &mut r));
            } else {
                plans.push((r.below(briefs), slot, kind, r.next()));
            }
        }
    }
    plans.sort_unstable_by_key(|p| (p.0, p.1));
    let mut i = 0;
    while i < plans.len() {
        let brief = plans[i].0;
        let content = build(spec, brief);
        while i < plans.len() && plans[i].0 == brief {
            let (_, slot, kind, seed) = plans[i];
            out[slot] = Some(content.query(kind, &mut Rng(seed)));
            i += 1;
        }
    }
    out.into_iter()
        .map(|q| q.expect("every slot is planned"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Randomness

/// SplitMix64: tiny, fast and identical everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    /// An index drawn with Zipf-like weights from a cumulative table made by [`zipf_cdf`].
    fn zipf(&mut self, cdf: &[u32]) -> usize {
        let x = self.below(cdf[cdf.len() - 1] as usize) as u32;
        cdf.partition_point(|&c| c <= x)
    }
}

fn mix(a: u64, b: u64) -> u64 {
    Rng(a.wrapping_add(b.wrapping_mul(0xD1B5_4A32_D192_ED03))).next()
}

/// Cumulative weights `1/(i+1)` (Zipf with exponent 1), in integers.
const fn zipf_cdf<const N: usize>() -> [u32; N] {
    let mut out = [0u32; N];
    let mut acc = 0u32;
    let mut i = 0;
    while i < N {
        acc += 1_000_000 / (i as u32 + 1);
        out[i] = acc;
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

#[rustfmt::skip]
const GIVEN: &[&str] = &[
    "Irina", "Tomasz", "Amara", "Lukas", "Selin", "Dmitri", "Farah", "Jonas", "Leila", "Mateo",
    "Nadia", "Oskar", "Priya", "Rafael", "Sofia", "Tariq", "Ulla", "Viktor", "Yara", "Zoran",
    "Anika", "Bogdan", "Chiara", "Darius", "Elif", "Florin", "Greta", "Hamid", "Ines", "Jakub",
    "Kofi", "Lina", "Milos", "Nia", "Omar", "Pavel", "Rania", "Stefan", "Teodora", "Umar", "Vera",
    "Wen", "Ximena", "Yusuf", "Zeynep", "Arjun", "Birgit", "Cyrus", "Dalia", "Emre", "Fatima",
    "Goran", "Hana", "Ivo", "Jana", "Karim", "Lucia", "Marek", "Noor", "Olga", "Pedro", "Raisa",
    "Samir", "Tamar", "Anton", "Beatriz", "Constantin", "Dorota", "Esther", "Felix", "Gulnara",
    "Henrik", "Ilona", "Joaquin", "Katarina", "Lev", "Mariam", "Nikolai", "Oksana", "Philippe",
];

const SUR_START: &[&str] = &[
    "Val", "Ok", "Kor", "Mar", "Dub", "Pet", "Sol", "Bran", "Hal", "Tem", "Ris", "Gal", "Lom",
    "Nov", "Ber", "Kaz", "Dra", "Fen", "Mor", "Tol", "Vask", "Zel", "Quin", "Phil", "Rud", "Sev",
    "Ost", "Lev", "Mik", "Tar", "Oum", "Kou", "Ab", "El", "Ib", "An", "Us", "Vol", "Hav", "Sar",
];

const SUR_MID: &[&str] = &[
    "", "", "", "a", "e", "i", "o", "ou", "de", "ko", "ra", "li", "ph", "ss", "ll", "nn", "ka",
    "qu", "ri", "mo", "ta", "sh",
];

const SUR_END: &[&str] = &[
    "mar", "wo", "ski", "enko", "ov", "ova", "ic", "escu", "ani", "ez", "ides", "ulu", "sson",
    "berg", "ard", "el", "in", "on", "ar", "ek", "ouk", "afi", "an", "yk", "is", "ou", "em", "ach",
    "kov", "ama",
];

/// (name, capital, adjective)
const COUNTRIES: &[(&str, &str, &str)] = &[
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
const COUNTRY_CDF: [u32; COUNTRIES.len()] = zipf_cdf();

#[rustfmt::skip]
const CITIES: &[&str] = &[
    "Odesa", "Gdansk", "Aleppo", "Mosul", "Basra", "Alexandria", "Mombasa", "Lagos", "Karachi",
    "Mumbai", "Shanghai", "Busan", "Da Nang", "Rotterdam", "Hamburg", "Marseille", "Naples",
    "Thessaloniki", "Constanta", "Varna", "Batumi", "Aktau", "Samarkand", "Benghazi", "Port Sudan",
    "Djibouti", "Timbuktu", "Chittagong", "Surabaya", "Valparaiso", "Murmansk", "Kaliningrad",
];

#[rustfmt::skip]
const REGIONS: &[&str] = &[
    "Danube Basin", "Black Sea Coast", "Sahel", "Caspian Shelf", "Nile Delta", "Ferghana Valley",
    "Horn of Africa", "Baltic Coast", "Kura Valley", "Mekong Delta", "Gulf of Aden",
    "Strait of Hormuz", "Arctic Shelf", "Amazon Basin", "Andes Highlands", "Red Sea Coast",
];

/// Policy words, most frequent first (drawn with Zipf-like weights).
#[rustfmt::skip]
const WORDS: &[&str] = &[
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
const WORD_CDF: [u32; WORDS.len()] = zipf_cdf();

/// Head nouns for `{x}`: "the grain corridor" is "the {w} {x}".
#[rustfmt::skip]
const HEADS: &[&str] = &[
    "programme", "dispute", "initiative", "regime", "policy", "market", "project", "reform",
    "framework", "talks", "sector", "deal", "plan", "crisis", "negotiations", "file",
    "partnership", "strategy", "network", "consortium", "commission", "fund", "zone", "route",
    "facility", "scheme", "taskforce", "agency", "corridor", "agreement",
];

/// Goods a producers' association can represent.
#[rustfmt::skip]
const COMMODITIES: &[&str] = &[
    "Grain", "Wheat", "Gas", "Oil", "Coal", "Steel", "Cotton", "Coffee", "Sugar", "Timber",
    "Fertiliser", "Copper", "Lithium", "Dairy", "Poultry", "Olive", "Wine", "Tobacco", "Salmon",
];

#[rustfmt::skip]
const PORTFOLIOS: &[&str] = &[
    "Energy", "Defence", "Foreign Affairs", "Finance", "Agriculture", "Trade", "Interior",
    "Health", "Transport", "Justice", "Environment", "Economy",
];

#[rustfmt::skip]
const TOPICS: &[&str] = &[
    "Water Security", "Energy Security", "Food Security", "Trade Policy", "Migration Policy",
    "Arms Control", "Maritime Security", "Cyber Defence", "Climate Adaptation",
    "Nuclear Diplomacy", "Sanctions Policy", "Border Management", "Critical Minerals",
    "Grain Diplomacy",
];

#[rustfmt::skip]
const DISPUTES: &[&str] = &[
    "Dispute", "Crisis", "Conflict", "Standoff", "Talks", "Negotiations", "Question", "Impasse",
];

const ORG_DIR: &[&str] = &[
    "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater",
];
#[rustfmt::skip]
const ORG_GEO: &[&str] = &[
    "Coast", "Highlands", "Valley", "Delta", "Steppe", "Islands", "Plains", "Mountains", "Basin",
    "Frontier",
];
#[rustfmt::skip]
const ORG_PURPOSE: &[&str] = &[
    "Liberation", "Resistance", "Unity", "Renewal", "Reform", "Progress", "Solidarity", "Defence",
    "Freedom", "Justice",
];
#[rustfmt::skip]
const ORG_TYPE: &[&str] = &[
    "Front", "Movement", "Alliance", "League", "Party", "Union", "Congress", "Coalition",
];
const INTL_ORGS: &[(&str, &[&str])] = &[
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
const INTL_BODIES: &[(&str, &[&str])] = &[
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
const MEDIA_REGION: &[&str] = &[
    "Baltic", "Adriatic", "Caspian", "Danube", "Sahel", "Levant", "Nordic", "Andean", "Pacific",
    "Atlantic", "Balkan", "Gulf", "Continental", "Alpine", "Aegean", "Carpathian",
];
const MEDIA_FREQ: &[&str] = &["Daily", "Evening", "Morning", "Weekly", "Sunday"];
#[rustfmt::skip]
const MEDIA_PAPER: &[&str] = &[
    "Herald", "Courier", "Post", "Gazette", "Observer", "Telegraph", "Tribune", "Times",
    "Chronicle", "Monitor", "Dispatch", "Standard",
];

/// Words that occur nowhere in the generated text, for off-topic queries.
#[rustfmt::skip]
const OFF_TOPIC: &[&str] = &[
    "sourdough", "kazoo", "trampoline", "marmalade", "ukulele", "snorkel", "crossword", "lasagna",
    "hamster", "yodel", "waffle", "origami", "karaoke", "pumpkin", "badminton", "cupcake",
    "jellyfish", "bagpipe", "pancake", "flamingo", "toboggan", "meringue", "hopscotch", "giraffe",
    "popcorn", "skateboard", "croissant", "pinball", "dandelion",
];

/// Synonyms the claim paraphrases swap in.
const SYNONYMS: &[(&str, &str)] = &[
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
const EVENT_TEMPLATES: &[(&str, &str, &str)] = &[
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
const CLAIM_TEMPLATES: &[&str] = &[
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
const PERSON_VP: &[&str] = &[
    "has overseen the {w} file since {y}", "has been a vocal critic of the {w} {x}",
    "has led the negotiations on the {w} {x}", "has pushed for a new {w} policy",
    "has repeatedly warned about the {w} crisis", "has championed the {w} {x}",
];
#[rustfmt::skip]
const STATE_VP: &[&str] = &[
    "remains a key player in the {w} {x}", "depends heavily on {w} imports",
    "has long opposed the {w} {x}", "has invested heavily in the {w} sector",
    "borders the disputed {w} {x}",
];

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "on", "to", "with", "and", "from", "near", "over", "amid", "between",
    "in", "into", "through", "by", "for",
];

// ---------------------------------------------------------------------------------------------
// Content of one brief

type Cite = (usize, String);

struct SActor {
    id: String,
    name: String,
    kind: Kind,
    /// How titles name it (surname, or the name).
    short: String,
    /// How sentences name it in full ("the Baltic Daily Herald").
    full: String,
    aliases: Vec<String>,
    profile: String,
    text: Vec<String>,
    cites: Vec<Cite>,
}

impl SActor {
    /// A mention for a sentence: people by full name or surname, the rest by full name.
    fn mention(&self, r: &mut Rng) -> &str {
        if self.kind == Kind::Person && r.chance(50) {
            &self.short
        } else {
            &self.full
        }
    }
}

enum SWhen {
    On(String),
    Range(String, String),
    Approx(String, String),
    Undated(String, Option<usize>),
}

struct SEvent {
    id: String,
    when: SWhen,
    /// Set for `on` a day.
    day: Option<(i32, u8, u8)>,
    title: String,
    summary: String,
    /// The "when did …" form of the title.
    ask: String,
    actors: Vec<usize>,
    text: Vec<String>,
    cites: Vec<Cite>,
}

struct SClaim {
    id: String,
    statement: String,
    verdict: &'static str,
    by: Vec<usize>,
    source: Option<String>,
    hedge: Option<&'static str>,
    actors: Vec<usize>,
    text: Vec<String>,
    cites: Vec<Cite>,
}

struct Content {
    id: String,
    number: usize,
    title: String,
    authors: [String; 2],
    editors: Vec<String>,
    published: (i32, u8, u8),
    paragraphs: Vec<String>,
    actors: Vec<SActor>,
    events: Vec<SEvent>,
    claims: Vec<SClaim>,
}

/// Generates brief `index` of `spec`: a pure function of the seed, the index,
/// `entries_per_brief` and the brief's entry count.
fn build(spec: &SynthSpec, index: usize) -> Content {
    let count = spec.brief_entries(index);
    let mut r = Rng(mix(
        mix(mix(spec.seed, index as u64), spec.entries_per_brief as u64),
        count as u64,
    ));
    let third = (3 * count + 5) / 10;
    let na = if count == 0 { 0 } else { third.max(1) };
    let ne = third.min(count - na);
    let nc = count - na - ne;

    let py = 2000 + r.below(26) as i32;
    let pm = 1 + r.below(12) as u8;
    let pd = 1 + r.below(usize::from(days_in_month(py, pm))) as u8;
    let title = brief_title(&mut r);
    let first = random_name(&mut r);
    let mut second = random_name(&mut r);
    while second == first {
        second = random_name(&mut r);
    }
    let mut editors: Vec<String> = Vec::new();
    let n_editors = r.range(1, 3);
    while editors.len() < n_editors {
        let e = random_name(&mut r);
        if e != first && e != second && !editors.contains(&e) {
            editors.push(e);
        }
    }

    let mut used: HashSet<String> = HashSet::with_capacity(count * 2);
    let mut actors: Vec<SActor> = Vec::with_capacity(na);
    for _ in 0..na {
        actors.push(gen_actor(&mut r, spec.seed, &mut used));
    }
    let agentive: Vec<usize> = (0..actors.len())
        .filter(|&i| !matches!(actors[i].kind, Kind::Media | Kind::Place))
        .collect();
    let agentive = if agentive.is_empty() {
        (0..actors.len()).collect()
    } else {
        agentive
    };
    let speakers: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].kind != Kind::Place)
        .collect();
    let speakers = if speakers.is_empty() {
        (0..actors.len()).collect()
    } else {
        speakers
    };
    let media: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].kind == Kind::Media)
        .collect();
    let everyone: Vec<usize> = (0..actors.len()).collect();
    let cast = Cast {
        actors: &actors,
        agentive: &agentive,
        speakers: &speakers,
        media: &media,
        everyone: &everyone,
        published: (py, pm, pd),
    };

    // Event dates: sorted, so events.json reads in story order.
    let mut dates: Vec<(i32, u8, u8)> = (0..ne)
        .map(|_| {
            let mut y = py - r.below(16) as i32;
            let m = 1 + r.below(12) as u8;
            let d = 1 + r.below(usize::from(days_in_month(y, m))) as u8;
            if (y, m, d) > (py, pm, pd) {
                y -= 1;
            }
            (y, m, d.min(days_in_month(y, m)))
        })
        .collect();
    dates.sort_unstable();
    let mut events: Vec<SEvent> = Vec::with_capacity(ne);
    for (i, &date) in dates.iter().enumerate() {
        let e = gen_event(&mut r, &cast, date, i, &mut used);
        events.push(e);
    }
    let mut claims: Vec<SClaim> = Vec::with_capacity(nc);
    for _ in 0..nc {
        claims.push(gen_claim(&mut r, &cast, py, &mut used));
    }

    // Lay the sentences out in paragraphs of 4 to 8 sentences, interleaving the entries.
    let mut paragraphs: Vec<String> = Vec::with_capacity(count / 5 + 2);
    let mut in_paragraph = 0;
    let mut target = r.range(4, 8);
    let mut place = |r: &mut Rng, text: Vec<String>, cites: &mut Vec<Cite>| {
        for s in text {
            if paragraphs.is_empty() || in_paragraph >= target {
                paragraphs.push(String::with_capacity(1024));
                in_paragraph = 0;
                target = r.range(4, 8);
            }
            let p = paragraphs.last_mut().expect("just pushed");
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(&s);
            in_paragraph += 1;
            cites.push((paragraphs.len(), quote_of(&s)));
        }
    };
    let (mut ia, mut ie, mut ic) = (0, 0, 0);
    while ia + ie + ic < count {
        let x = r.below(count - ia - ie - ic);
        if x < na - ia {
            let a = &mut actors[ia];
            place(&mut r, std::mem::take(&mut a.text), &mut a.cites);
            ia += 1;
        } else if x < na - ia + ne - ie {
            let e = &mut events[ie];
            place(&mut r, std::mem::take(&mut e.text), &mut e.cites);
            ie += 1;
        } else {
            let c = &mut claims[ic];
            place(&mut r, std::mem::take(&mut c.text), &mut c.cites);
            ic += 1;
        }
    }
    if paragraphs.is_empty() {
        paragraphs.push("This brief has no entries yet.".to_string());
    }

    // Half of the actors also cite the first event sentence that names them.
    let mut first_event: Vec<Option<usize>> = vec![None; actors.len()];
    for (ei, e) in events.iter().enumerate() {
        for &a in &e.actors[..1] {
            first_event[a].get_or_insert(ei);
        }
    }
    for (a, fe) in actors.iter_mut().zip(&first_event) {
        if let Some(ei) = *fe {
            if r.chance(50) {
                a.cites.push(events[ei].cites[0].clone());
            }
        }
    }

    Content {
        id: format!("synth-{:06}", index + 1),
        number: index + 1,
        title,
        authors: [first, second],
        editors,
        published: (py, pm, pd),
        paragraphs,
        actors,
        events,
        claims,
    }
}

/// The brief's actors, grouped for drawing roles.
struct Cast<'a> {
    actors: &'a [SActor],
    /// Actors that act in events and claims (not media or places).
    agentive: &'a [usize],
    /// Actors that make claims (not places).
    speakers: &'a [usize],
    media: &'a [usize],
    /// Every actor index.
    everyone: &'a [usize],
    published: (i32, u8, u8),
}

impl Cast<'_> {
    /// Two actors from `from`, distinct when the brief has more than one.
    /// Two actors, the first from `from`, the second mostly from `from` too (otherwise any
    /// actor); distinct when the brief has more than one.
    fn pair(&self, r: &mut Rng, from: &[usize]) -> (usize, usize) {
        let a = r.pick(from);
        if self.actors.len() == 1 {
            return (a, a);
        }
        let pool = if from.len() > 1 && r.chance(80) {
            from
        } else {
            self.everyone
        };
        loop {
            let b = r.pick(pool);
            if b != a {
                return (a, b);
            }
        }
    }
}

fn word(r: &mut Rng) -> &'static str {
    WORDS[r.zipf(&WORD_CDF)]
}

/// A policy word and a head noun ("grain", "corridor").
fn two_words(r: &mut Rng) -> (&'static str, &'static str) {
    let w = word(r);
    let mut x = r.pick(HEADS);
    if x == w {
        x = HEADS[0];
    }
    (w, x)
}

fn country(r: &mut Rng) -> (&'static str, &'static str, &'static str) {
    COUNTRIES[r.zipf(&COUNTRY_CDF)]
}

fn brief_title(r: &mut Rng) -> String {
    let region = if r.chance(50) {
        r.pick(REGIONS)
    } else {
        r.pick(MEDIA_REGION)
    };
    match r.below(4) {
        0 => format!("{} and the {region} {}", r.pick(TOPICS), r.pick(DISPUTES)),
        1 => {
            let (a, ..) = country(r);
            let mut b = country(r).0;
            if a == b {
                b = COUNTRIES[r.below(COUNTRIES.len())].0;
            }
            format!("{a}-{b} Relations and the {} Agenda", r.pick(TOPICS))
        }
        2 => format!("{} After the {region} {}", country(r).0, r.pick(DISPUTES)),
        _ => format!(
            "The {region} {}: Implications for {}",
            r.pick(DISPUTES),
            r.pick(TOPICS)
        ),
    }
}

fn surname(r: &mut Rng) -> String {
    let mut s = String::with_capacity(16);
    s.push_str(r.pick(SUR_START));
    s.push_str(r.pick(SUR_MID));
    s.push_str(r.pick(SUR_END));
    // No letter three times in a row ("Usssan").
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(&format!("{c}{c}")) {
            out.push(c);
        }
    }
    out
}

fn random_name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(GIVEN), surname(r))
}

/// A person of the global pool: the same `p` is the same person (name and role) in every brief.
struct Person {
    given: &'static str,
    surname: String,
    role: String,
    role_alias: Option<String>,
}

fn person(seed: u64, p: u64) -> Person {
    let mut r = Rng(mix(seed ^ 0x7065_7273_6f6e, p));
    let given = r.pick(GIVEN);
    let surname = surname(&mut r);
    let (name, _, adj) = country(&mut r);
    let portfolio = r.pick(PORTFOLIOS);
    let (role, role_alias) = match r.below(100) {
        0..=39 => (
            format!("{portfolio} Minister of {name}"),
            Some(format!("Minister {surname}")),
        ),
        40..=47 => (
            format!("President of {name}"),
            Some(format!("President {surname}")),
        ),
        48..=55 => (
            format!("Prime Minister of {name}"),
            Some(format!("Prime Minister {surname}")),
        ),
        56..=65 => (
            format!("ambassador of {name} to {}", country(&mut r).0),
            Some(format!("Ambassador {surname}")),
        ),
        66..=75 => (
            format!("spokesperson for the {adj} Ministry of {portfolio}"),
            None,
        ),
        76..=83 => (format!("governor of {}", r.pick(CITIES)), None),
        84..=91 => (
            format!("commander of the {adj} Armed Forces"),
            Some(format!("General {surname}")),
        ),
        _ => (format!("senior adviser to the {adj} government"), None),
    };
    Person {
        given,
        surname,
        role,
        role_alias,
    }
}

fn push_alias(aliases: &mut Vec<String>, name: &str, alias: String) {
    if aliases.len() < 4
        && !alias.is_empty()
        && !alias.eq_ignore_ascii_case(name)
        && !aliases.iter().any(|a| a.eq_ignore_ascii_case(&alias))
    {
        aliases.push(alias);
    }
}

/// Initials of the capitalised words: "Northern Coast Liberation Front" is "NCLF".
fn acronym(name: &str) -> String {
    name.split(' ')
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

/// A transliteration variant (ou/u, ph/f, k/q, double letters, y/i, ch/kh, v/w), if any applies.
fn variant(r: &mut Rng, s: &str) -> Option<String> {
    const RULES: &[(&str, &str)] = &[
        ("ou", "u"),
        ("ph", "f"),
        ("qu", "k"),
        ("ka", "qa"),
        ("ko", "qo"),
        ("ss", "s"),
        ("ll", "l"),
        ("nn", "n"),
        ("tt", "t"),
        ("y", "i"),
        ("ch", "kh"),
        ("v", "w"),
        ("ck", "k"),
    ];
    let lower = s.to_ascii_lowercase();
    let mut options: Vec<(usize, usize, String)> = RULES
        .iter()
        .filter_map(|&(from, to)| lower.find(from).map(|i| (i, from.len(), to.to_string())))
        .collect();
    // A single consonant between vowels may be doubled (Odesa, Odessa).
    let b = lower.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if let Some(i) = (1..b.len().saturating_sub(1)).find(|&i| {
        matches!(b[i], b'l' | b's' | b'n' | b'r' | b't') && vowel(b[i - 1]) && vowel(b[i + 1])
    }) {
        let c = b[i] as char;
        options.push((i, 1, format!("{c}{c}")));
    }
    if options.is_empty() {
        return None;
    }
    let (i, len, to) = options.swap_remove(r.below(options.len()));
    let mut to = to;
    if s.as_bytes()[i].is_ascii_uppercase() {
        to = cap(&to);
    }
    Some(format!("{}{to}{}", &s[..i], &s[i + len..]))
}

fn gen_actor(r: &mut Rng, seed: u64, used: &mut HashSet<String>) -> SActor {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let kind = if attempt > 8 {
            Kind::Person
        } else {
            match r.below(100) {
                0..=44 => Kind::Person,
                45..=64 => Kind::State,
                65..=76 => Kind::Organisation,
                77..=86 => Kind::Body,
                87..=94 => Kind::Media,
                _ => Kind::Place,
            }
        };
        let (w, x) = two_words(r);
        let year = (1950 + r.below(60)).to_string();
        let slots = [('w', w), ('x', x), ('y', year.as_str())];
        let mut aliases = Vec::new();
        let (name, short, full, intro, profile);
        match kind {
            Kind::Person => {
                // A quarter are prominent figures who recur across briefs.
                let p = if r.chance(25) {
                    r.below(3000) as u64
                } else {
                    3000 + r.next() % (1 << 40)
                };
                let pe = person(seed, p);
                name = format!("{} {}", pe.given, pe.surname);
                if used.contains(&kebab(&name)) {
                    continue;
                }
                push_alias(&mut aliases, &name, pe.surname.clone());
                if let Some(a) = pe.role_alias {
                    push_alias(&mut aliases, &name, a);
                }
                if let Some(v) = variant(r, &pe.surname) {
                    push_alias(&mut aliases, &name, v.clone());
                    if r.chance(50) {
                        push_alias(&mut aliases, &name, format!("{} {v}", pe.given));
                    }
                }
                let vp = fill(r.pick(PERSON_VP), &slots);
                intro = format!("{name}, the {}, {vp}.", pe.role);
                profile = format!("The {}, who {vp}.", pe.role);
                short = pe.surname;
                full = name.clone();
            }
            Kind::State => {
                let (n, capital, adj) = country(r);
                name = n.to_string();
                if used.contains(&kebab(&name)) {
                    continue;
                }
                push_alias(&mut aliases, &name, capital.to_string());
                push_alias(&mut aliases, &name, format!("{adj} government"));
                if name.starts_with("United ") {
                    push_alias(&mut aliases, &name, acronym(&name));
                }
                if let Some(v) = variant(r, &name) {
                    push_alias(&mut aliases, &name, v);
                }
                let vp = fill(r.pick(STATE_VP), &slots);
                full = if matches!(n, "United States" | "United Kingdom" | "Philippines") {
                    format!("the {name}")
                } else {
                    name.clone()
                };
                intro = format!("{full} {vp}.");
                profile = format!("A state that {vp}.");
                short = name.clone();
            }
            Kind::Organisation => {
                match r.below(6) {
                    0..=3 => {
                        let purpose = r.pick(ORG_PURPOSE);
                        let ty = r.pick(ORG_TYPE);
                        name = format!("{} {} {purpose} {ty}", r.pick(ORG_DIR), r.pick(ORG_GEO));
                        push_alias(&mut aliases, &name, acronym(&name));
                        push_alias(&mut aliases, &name, format!("{purpose} {ty}"));
                    }
                    4 => {
                        let w = r.pick(COMMODITIES);
                        name = format!("{} {w} Producers Association", country(r).2);
                        push_alias(&mut aliases, &name, acronym(&name));
                        push_alias(&mut aliases, &name, format!("{w} Producers Association"));
                    }
                    _ => {
                        let (n, a) = r.pick(INTL_ORGS);
                        name = n.to_string();
                        for &alias in a {
                            push_alias(&mut aliases, &name, alias.to_string());
                        }
                    }
                }
                if used.contains(&kebab(&name)) {
                    continue;
                }
                let what = fill("was founded in {y} to campaign on the {w} {x}", &slots);
                let acr = acronym(&name);
                intro = if aliases.contains(&acr) {
                    format!("The {name} ({acr}) {what}.")
                } else {
                    format!("The {name} {what}.")
                };
                profile = format!("An organisation that {what}.");
                short = name.clone();
                full = format!("the {name}");
            }
            Kind::Body => {
                let (cname, capital, adj) = country(r);
                match r.below(6) {
                    0 => {
                        let p = r.pick(PORTFOLIOS);
                        name = format!("{adj} Ministry of {p}");
                        push_alias(&mut aliases, &name, format!("Ministry of {p}"));
                        push_alias(&mut aliases, &name, format!("{adj} {p} Ministry"));
                    }
                    1 => {
                        name = format!("Parliament of {cname}");
                        push_alias(&mut aliases, &name, format!("{adj} parliament"));
                        push_alias(&mut aliases, &name, format!("{capital} parliament"));
                    }
                    2 => {
                        name = format!("{adj} Armed Forces");
                        push_alias(&mut aliases, &name, format!("{adj} army"));
                        push_alias(&mut aliases, &name, format!("{adj} military"));
                    }
                    3 => {
                        name = format!("Central Bank of {cname}");
                        push_alias(&mut aliases, &name, format!("{adj} central bank"));
                    }
                    4 => {
                        name = format!("National Security Council of {cname}");
                        push_alias(&mut aliases, &name, format!("{adj} Security Council"));
                    }
                    _ => {
                        let (n, a) = r.pick(INTL_BODIES);
                        name = n.to_string();
                        for &alias in a {
                            push_alias(&mut aliases, &name, alias.to_string());
                        }
                    }
                }
                if used.contains(&kebab(&name)) {
                    continue;
                }
                let what = fill("is responsible for the {w} {x}", &slots);
                intro = format!("The {name} {what}.");
                profile = format!("The body that {what}.");
                short = name.clone();
                full = format!("the {name}");
            }
            Kind::Media => {
                let region = r.pick(MEDIA_REGION);
                let paper = r.pick(MEDIA_PAPER);
                name = format!("{region} {} {paper}", r.pick(MEDIA_FREQ));
                if used.contains(&kebab(&name)) {
                    continue;
                }
                push_alias(&mut aliases, &name, acronym(&name));
                push_alias(&mut aliases, &name, format!("{region} {paper}"));
                let what = fill("has covered the {w} {x} closely", &slots);
                intro = format!("The {name} {what}.");
                profile = format!("An outlet that {what}.");
                short = name.clone();
                full = format!("the {name}");
            }
            Kind::Place => {
                let is_city = r.chance(60);
                name = if is_city {
                    r.pick(CITIES)
                } else {
                    r.pick(REGIONS)
                }
                .to_string();
                if used.contains(&kebab(&name)) {
                    continue;
                }
                if let Some(v) = variant(r, &name) {
                    push_alias(&mut aliases, &name, v);
                }
                if is_city {
                    push_alias(&mut aliases, &name, format!("city of {name}"));
                } else if let Some((_, last)) = name.split_once(" of ") {
                    push_alias(&mut aliases, &name, last.to_string());
                } else if let Some((head, _)) = name.rsplit_once(' ') {
                    push_alias(&mut aliases, &name, head.to_string());
                } else {
                    push_alias(&mut aliases, &name, format!("{name} region"));
                }
                // Regions take the article: "the Sahel", "the Danube Basin".
                full = if is_city {
                    name.clone()
                } else {
                    format!("the {name}")
                };
                let what = fill("lies at the centre of the {w} {x}", &slots);
                intro = format!("{full} {what}.");
                profile = format!("A place that {what}.");
                short = name.clone();
            }
        }
        let id = kebab(&name);
        used.insert(id.clone());
        return SActor {
            id,
            name,
            kind,
            short,
            full,
            aliases,
            profile,
            text: vec![cap(&intro)],
            cites: Vec::with_capacity(2),
        };
    }
}

fn unique_id(used: &mut HashSet<String>, text: &str) -> String {
    let base = slug(text, 6);
    let base = if base.is_empty() {
        "entry".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 1;
    while used.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    used.insert(id.clone());
    id
}

fn gen_event(
    r: &mut Rng,
    cast: &Cast,
    (y, m, d): (i32, u8, u8),
    index: usize,
    used: &mut HashSet<String>,
) -> SEvent {
    let month = MONTH_NAMES[usize::from(m) - 1];
    let mut day = None;
    let (when, phrase) = match r.below(1000) {
        0..=499 => {
            day = Some((y, m, d));
            (
                SWhen::On(format!("{y:04}-{m:02}-{d:02}")),
                format!("On {month} {d}, {y}"),
            )
        }
        500..=619 => (
            SWhen::On(format!("{y:04}-{m:02}")),
            format!("In {month} {y}"),
        ),
        620..=709 => (SWhen::On(format!("{y:04}")), format!("In {y}")),
        710..=729 => {
            let decade = y / 10 * 10;
            (SWhen::On(format!("{decade}s")), format!("In the {decade}s"))
        }
        730..=819 => {
            if r.chance(50) {
                let to = y + r.range(1, 3) as i32;
                (
                    SWhen::Range(format!("{y:04}"), format!("{to:04}")),
                    format!("Between {y} and {to}"),
                )
            } else {
                let months = i32::from(m) - 1 + r.range(1, 18) as i32;
                let (y2, m2) = (y + months / 12, (months % 12 + 1) as u8);
                (
                    SWhen::Range(format!("{y:04}-{m:02}"), format!("{y2:04}-{m2:02}")),
                    format!(
                        "From {month} {y} to {} {y2}",
                        MONTH_NAMES[usize::from(m2) - 1]
                    ),
                )
            }
        }
        820..=899 => {
            // Never later than the brief: step back a year if the implied date would be.
            let shape = r.below(4);
            let week = add_days((y, m, d), 7);
            let (text, approx) = if shape == 0 && week <= cast.published {
                (
                    format!("about a week after {month} {d}, {y}"),
                    format!("{:04}-{:02}-{:02}", week.0, week.1, week.2),
                )
            } else {
                let am = [2, 2, 6, 11][shape];
                let ay = if (y, am, 1) > cast.published {
                    y - 1
                } else {
                    y
                };
                let text = match am {
                    2 => format!("in early {ay}"),
                    6 => format!("around mid-{ay}"),
                    _ => format!("in late {ay}"),
                };
                (text, format!("{ay:04}-{am:02}"))
            };
            let phrase = cap(&text);
            (SWhen::Approx(approx, text), phrase)
        }
        _ => {
            let after = (index > 0 && r.chance(70)).then(|| r.below(index));
            let text = if after.is_some() {
                r.pick(&[
                    "shortly afterwards",
                    "in the weeks that followed",
                    "at a later stage",
                    "some time later",
                ])
                .to_string()
            } else {
                match r.below(4) {
                    0 => "at an unspecified date".to_string(),
                    1 => format!("during the {} talks", word(r)),
                    2 => "behind closed doors".to_string(),
                    _ => format!("during the {} crisis", word(r)),
                }
            };
            let phrase = cap(&text);
            (SWhen::Undated(text, after), phrase)
        }
    };
    let (title_t, clause_t, ask_t) = r.pick(EVENT_TEMPLATES);
    let (a, b) = cast.pair(r, cast.agentive);
    let (w, x) = two_words(r);
    let (aa, bb) = (&cast.actors[a], &cast.actors[b]);
    let short = [
        ('a', aa.short.as_str()),
        ('b', bb.short.as_str()),
        ('w', w),
        ('x', x),
    ];
    let title = cap(&fill(title_t, &short));
    let ask = fill(ask_t, &short);
    let summary = format!(
        "{}.",
        cap(&fill(
            clause_t,
            &[('A', &aa.full), ('B', &bb.full), ('w', w), ('x', x)]
        ))
    );
    let (ma, mb) = (aa.mention(r).to_string(), bb.mention(r).to_string());
    let clause = fill(clause_t, &[('A', &ma), ('B', &mb), ('w', w), ('x', x)]);
    let mut text = vec![format!("{phrase}, {clause}.")];
    let mut actors = vec![a];
    if clause_t.contains("{B}") && b != a {
        actors.push(b);
    }
    if r.chance(15) {
        let c = r.below(cast.actors.len());
        let verb = r.pick(&["welcomed", "criticised", "condemned", "questioned"]);
        text.push(format!(
            "The move was {verb} by {}.",
            cast.actors[c].mention(r)
        ));
        if !actors.contains(&c) {
            actors.push(c);
        }
    }
    SEvent {
        id: unique_id(used, &title),
        when,
        day,
        title,
        summary,
        ask,
        actors,
        text,
        cites: Vec::with_capacity(2),
    }
}

fn gen_claim(r: &mut Rng, cast: &Cast, py: i32, used: &mut HashSet<String>) -> SClaim {
    let template = r.pick(CLAIM_TEMPLATES);
    let (a, b) = cast.pair(r, cast.agentive);
    let mut by = r.pick(cast.speakers);
    if by == a {
        by = r.pick(cast.speakers);
    }
    let (w, x) = two_words(r);
    let year = (py + r.range(1, 4) as i32).to_string();
    let pct = r.range(5, 60).to_string();
    let (aa, bb) = (&cast.actors[a], &cast.actors[b]);
    let full = [
        ('A', aa.full.as_str()),
        ('B', bb.full.as_str()),
        ('w', w),
        ('x', x),
        ('y', year.as_str()),
        ('p', pct.as_str()),
    ];
    let statement = format!("{}.", cap(&fill(template, &full)));
    let (ma, mb) = (aa.mention(r).to_string(), bb.mention(r).to_string());
    let clause = fill(
        template,
        &[
            ('A', &ma),
            ('B', &mb),
            ('w', w),
            ('x', x),
            ('y', &year),
            ('p', &pct),
        ],
    );
    let speaker = cast.actors[by].mention(r).to_string();
    let mut source = None;
    let mut src = String::new();
    if r.chance(40) {
        let s = match r.below(4) {
            0 if !cast.media.is_empty() => {
                let m = r.pick(cast.media);
                format!("an interview with {}", cast.actors[m].full)
            }
            0 | 1 => format!("a speech in {}", r.pick(CITIES)),
            2 => format!("a press conference in {}", country(r).1),
            _ => "a statement to parliament".to_string(),
        };
        let prep = if s.starts_with("a press") { "at" } else { "in" };
        src = format!(" {prep} {s}");
        source = Some(s);
    }
    let (verdict, hedge, sentence) = match r.below(100) {
        0..=59 => {
            source = None;
            let s = match r.below(4) {
                0 => format!("{speaker} has documented that {clause}."),
                1 => format!("As {speaker} has shown, {clause}."),
                2 => format!("Figures released by {speaker} confirm that {clause}."),
                _ => format!("{speaker} established that {clause}."),
            };
            ("supported", None, s)
        }
        60..=69 => match r.below(3) {
            0 => (
                "disputed",
                Some("alleged"),
                format!(
                    "{speaker} alleged{src} that {clause}, but the available evidence does not support this."
                ),
            ),
            1 => (
                "disputed",
                Some("claimed"),
                format!("{speaker} claimed{src} that {clause}, a claim the record does not bear out."),
            ),
            _ => {
                source = None;
                (
                    "disputed",
                    None,
                    format!("Contrary to what {speaker} asserted, it is not the case that {clause}."),
                )
            }
        },
        _ => match r.below(5) {
            0 => {
                source = None;
                ("attributed", None, format!("According to {speaker}, {clause}."))
            }
            1 => (
                "attributed",
                Some("claimed"),
                format!("{speaker} claimed{src} that {clause}."),
            ),
            2 => (
                "attributed",
                Some("reportedly"),
                format!("{speaker} reportedly said{src} that {clause}."),
            ),
            3 => {
                source = None;
                (
                    "attributed",
                    Some("apparently"),
                    format!("{speaker} apparently believes that {clause}."),
                )
            }
            _ => (
                "attributed",
                None,
                format!("{speaker} stated{src} that {clause}."),
            ),
        },
    };
    let mut text = vec![cap(&sentence)];
    if r.chance(10) {
        let noun = r.pick(&["claim", "accusation", "assertion"]);
        text.push(format!(
            "{} repeated the {noun} in {}.",
            cap(cast.actors[by].mention(r)),
            py - r.below(3) as i32
        ));
    }
    let mut actors = vec![a];
    if template.contains("{B}") && b != a {
        actors.push(b);
    }
    SClaim {
        id: unique_id(used, &statement),
        statement,
        verdict,
        by: vec![by],
        source,
        hedge,
        actors,
        text,
        cites: Vec::with_capacity(2),
    }
}

fn add_days((mut y, mut m, mut d): (i32, u8, u8), n: u8) -> (i32, u8, u8) {
    d += n;
    while d > days_in_month(y, m) {
        d -= days_in_month(y, m);
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    (y, m, d)
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/// Replaces `{c}` placeholders by their values.
fn fill(template: &str, slots: &[(char, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 48);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let b = rest.as_bytes();
        if b.len() > i + 2 && b[i + 2] == b'}' {
            let c = b[i + 1] as char;
            if let Some((_, v)) = slots.iter().find(|(k, _)| *k == c) {
                out.push_str(v);
                rest = &rest[i + 3..];
                continue;
            }
        }
        out.push('{');
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    fix_articles(&out)
}

/// "a energy offensive" becomes "an energy offensive".
fn fix_articles(s: &str) -> String {
    if !s.contains("a ") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 4);
    let mut words = s.split(' ').peekable();
    let mut first = true;
    while let Some(w) = words.next() {
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(w);
        if w == "a" || w == "A" {
            if let Some(next) = words.peek() {
                let lower = next.to_ascii_lowercase();
                let vowel = lower.starts_with(['a', 'e', 'i', 'o'])
                    || (lower.starts_with('u')
                        && !lower.starts_with("uni")
                        && !lower.starts_with("ura")
                        && !lower.starts_with("use"));
                if vowel {
                    out.push('n');
                }
            }
        }
    }
    out
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn kebab(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Kebab-case of the first `words` words.
fn slug(s: &str, words: usize) -> String {
    let head: Vec<&str> = s.split_whitespace().take(words).collect();
    kebab(&head.join(" "))
}

/// The sentence as a quote, cut at a word boundary if it is too long for a chat message.
fn quote_of(s: &str) -> String {
    const MAX: usize = 290;
    if s.len() <= MAX {
        return s.to_string();
    }
    let cut = s[..MAX].rfind(' ').unwrap_or(MAX);
    s[..cut].to_string()
}

fn human_day((y, m, d): (i32, u8, u8)) -> String {
    format!("{} {d}, {y}", MONTH_NAMES[usize::from(m) - 1])
}

fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Appends `s` as a JSON string.
fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_list<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    out.push('[');
    for (i, s) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        json_str(out, s);
    }
    out.push(']');
}

fn json_field(out: &mut String, key: &str, value: &str) {
    out.push_str("    \"");
    out.push_str(key);
    out.push_str("\": ");
    json_str(out, value);
    out.push_str(",\n");
}

fn json_citations(out: &mut String, cites: &[Cite]) {
    out.push_str("    \"citations\": [");
    for (i, (p, q)) in cites.iter().enumerate() {
        out.push_str(if i > 0 { ",\n      " } else { "\n      " });
        let _ = write!(out, "{{ \"paragraph\": {p}, \"quote\": ");
        json_str(out, q);
        out.push_str(" }");
    }
    out.push_str("\n    ]\n  }");
}

// ---------------------------------------------------------------------------------------------
// Rendering

impl Content {
    fn render_seed(&self, out: &mut String) {
        let _ = write!(
            out,
            "{}\n\n{} | No. {} | {}\n\n",
            self.title,
            and_list(&self.authors),
            self.number,
            human_day(self.published)
        );
        for p in &self.paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
        let label = if self.editors.len() == 1 {
            "Editor"
        } else {
            "Editors"
        };
        let _ = writeln!(out, "{label} of the series: {}", and_list(&self.editors));
    }

    fn render_brief(&self, out: &mut String) {
        let (y, m, d) = self.published;
        out.push_str("{\n  \"title\": ");
        json_str(out, &self.title);
        out.push_str(",\n  \"authors\": ");
        json_list(out, self.authors.iter().map(String::as_str));
        out.push_str(",\n  \"publisher\": \"Synthetic Policy Institute\",\n");
        out.push_str("  \"series\": \"Synthetic Brief\",\n");
        let _ = writeln!(out, "  \"number\": {},", self.number);
        let _ = writeln!(out, "  \"published\": \"{y:04}-{m:02}-{d:02}\",");
        out.push_str("  \"editors\": ");
        json_list(out, self.editors.iter().map(String::as_str));
        let _ = write!(
            out,
            ",\n  \"seed\": \"../../seeds/{}.txt\",\n  \"front_matter\": 2,\n  \"back_matter\": 1\n}}\n",
            self.id
        );
    }

    fn render_actors(&self, out: &mut String) {
        out.push('[');
        for (i, a) in self.actors.iter().enumerate() {
            out.push_str(if i > 0 { ",\n  {\n" } else { "\n  {\n" });
            json_field(out, "id", &a.id);
            json_field(out, "name", &a.name);
            json_field(out, "kind", a.kind.as_str());
            out.push_str("    \"aliases\": ");
            json_list(out, a.aliases.iter().map(String::as_str));
            out.push_str(",\n");
            json_field(out, "profile", &a.profile);
            json_citations(out, &a.cites);
        }
        out.push_str(if self.actors.is_empty() {
            "]\n"
        } else {
            "\n]\n"
        });
    }

    fn render_events(&self, out: &mut String) {
        out.push('[');
        for (i, e) in self.events.iter().enumerate() {
            out.push_str(if i > 0 { ",\n  {\n" } else { "\n  {\n" });
            json_field(out, "id", &e.id);
            out.push_str("    \"when\": { ");
            match &e.when {
                SWhen::On(on) => {
                    out.push_str("\"on\": ");
                    json_str(out, on);
                }
                SWhen::Range(from, to) => {
                    out.push_str("\"from\": ");
                    json_str(out, from);
                    out.push_str(", \"to\": ");
                    json_str(out, to);
                }
                SWhen::Approx(approx, text) => {
                    out.push_str("\"approx\": ");
                    json_str(out, approx);
                    out.push_str(", \"text\": ");
                    json_str(out, text);
                }
                SWhen::Undated(text, after) => {
                    out.push_str("\"undated\": ");
                    json_str(out, text);
                    if let Some(j) = after {
                        out.push_str(", \"after\": ");
                        json_str(out, &self.events[*j].id);
                    }
                }
            }
            out.push_str(" },\n");
            json_field(out, "title", &e.title);
            json_field(out, "summary", &e.summary);
            out.push_str("    \"actors\": ");
            json_list(out, e.actors.iter().map(|&a| self.actors[a].id.as_str()));
            out.push_str(",\n");
            json_citations(out, &e.cites);
        }
        out.push_str(if self.events.is_empty() {
            "]\n"
        } else {
            "\n]\n"
        });
    }

    fn render_claims(&self, out: &mut String) {
        out.push('[');
        for (i, c) in self.claims.iter().enumerate() {
            out.push_str(if i > 0 { ",\n  {\n" } else { "\n  {\n" });
            json_field(out, "id", &c.id);
            json_field(out, "statement", &c.statement);
            json_field(out, "verdict", c.verdict);
            out.push_str("    \"by\": ");
            json_list(out, c.by.iter().map(|&a| self.actors[a].id.as_str()));
            out.push_str(",\n");
            if let Some(s) = &c.source {
                json_field(out, "source", s);
            }
            if let Some(h) = c.hedge {
                json_field(out, "hedge", h);
            }
            out.push_str("    \"actors\": ");
            json_list(out, c.actors.iter().map(|&a| self.actors[a].id.as_str()));
            out.push_str(",\n");
            json_citations(out, &c.cites);
        }
        out.push_str(if self.claims.is_empty() {
            "]\n"
        } else {
            "\n]\n"
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Queries

impl Content {
    fn expect(&self, entry: &str) -> Option<String> {
        Some(format!("{}/{entry}", self.id))
    }

    fn query(&self, kind: QueryKind, r: &mut Rng) -> BenchQuery {
        let (text, expect) = match kind {
            QueryKind::Actor => self.actor_query(r),
            QueryKind::Timeline => self.timeline_query(r),
            QueryKind::Claim => self.claim_query(r),
            QueryKind::Ask => self.ask_query(r),
            QueryKind::Autocomplete => self.autocomplete_query(r),
        };
        BenchQuery { kind, text, expect }
    }

    fn actor_query(&self, r: &mut Rng) -> (String, Option<String>) {
        let a = &self.actors[r.below(self.actors.len())];
        let mut text = if a.aliases.is_empty() || r.chance(60) {
            a.name.clone()
        } else {
            a.aliases[r.below(a.aliases.len())].clone()
        };
        if r.chance(40) {
            text = typo_in(r, &text);
        }
        (text, self.expect(&a.id))
    }

    fn timeline_query(&self, r: &mut Rng) -> (String, Option<String>) {
        if self.events.is_empty() {
            let (name, expect) = self.actor_query(r);
            return (format!("{name} timeline"), expect);
        }
        if r.chance(50) {
            let days: Vec<&SEvent> = self.events.iter().filter(|e| e.day.is_some()).collect();
            if !days.is_empty() {
                let e = r.pick(&days);
                let (y, m, d) = e.day.expect("filtered");
                let month = MONTH_NAMES[usize::from(m) - 1];
                let text = match r.below(4) {
                    0 => format!("{month} {d}, {y}"),
                    1 => format!("{d} {} {y}", &month[..3]),
                    2 => format!("{y:04}-{m:02}-{d:02}"),
                    _ => format!("{d}/{m}/{y}"),
                };
                return (text, self.expect(&e.id));
            }
        }
        let e = &self.events[r.below(self.events.len())];
        let words: Vec<&str> = e
            .title
            .split(' ')
            .filter(|w| !STOPWORDS.contains(&w.to_ascii_lowercase().as_str()))
            .collect();
        let k = r.range(2, 3).min(words.len());
        let mut keep: Vec<usize> = Vec::with_capacity(k);
        while keep.len() < k {
            let i = r.below(words.len());
            if !keep.contains(&i) {
                keep.push(i);
            }
        }
        keep.sort_unstable();
        let mut text = keep.iter().map(|&i| words[i]).collect::<Vec<_>>().join(" ");
        if r.chance(70) {
            text = text.to_lowercase();
        }
        if r.chance(80) {
            text = typo_in(r, &text);
        }
        (text, self.expect(&e.id))
    }

    fn claim_query(&self, r: &mut Rng) -> (String, Option<String>) {
        if self.claims.is_empty() {
            if self.events.is_empty() {
                return self.actor_query(r);
            }
            let e = &self.events[r.below(self.events.len())];
            return (paraphrase(r, &e.title), self.expect(&e.id));
        }
        let c = &self.claims[r.below(self.claims.len())];
        (paraphrase(r, &c.statement), self.expect(&c.id))
    }

    fn ask_query(&self, r: &mut Rng) -> (String, Option<String>) {
        let form = r.below(3);
        if form == 1 && !self.events.is_empty() {
            let e = &self.events[r.below(self.events.len())];
            let mut text = format!("when did {}?", e.ask);
            if r.chance(20) {
                text = typo_in(r, &text);
            }
            return (text, self.expect(&e.id));
        }
        if form == 2 && !self.claims.is_empty() {
            let c = &self.claims[r.below(self.claims.len())];
            let mut p = paraphrase(r, &c.statement);
            if let Some(rest) = p.strip_prefix("The ") {
                p = format!("the {rest}");
            }
            return (format!("is it true that {p}?"), self.expect(&c.id));
        }
        let a = &self.actors[r.below(self.actors.len())];
        let name = if a.aliases.is_empty() || r.chance(60) {
            &a.name
        } else {
            &a.aliases[r.below(a.aliases.len())]
        };
        let text = if r.chance(30) {
            format!("who is {}?", name.to_lowercase())
        } else {
            format!("who is {name}?")
        };
        (text, self.expect(&a.id))
    }

    fn autocomplete_query(&self, r: &mut Rng) -> (String, Option<String>) {
        let a = &self.actors[r.below(self.actors.len())];
        let len = r.range(3, 8).min(a.name.len());
        let mut text = a.name[..len].trim_end().to_string();
        if r.chance(50) {
            text = text.to_lowercase();
        }
        (text, self.expect(&a.id))
    }
}

fn off_topic(kind: QueryKind, r: &mut Rng) -> BenchQuery {
    let a = r.pick(OFF_TOPIC);
    let mut b = r.pick(OFF_TOPIC);
    if a == b {
        b = OFF_TOPIC[(OFF_TOPIC.iter().position(|&w| w == a).unwrap_or(0) + 1) % OFF_TOPIC.len()];
    }
    let text = match kind {
        QueryKind::Actor => format!("{} {}", cap(a), cap(b)),
        QueryKind::Timeline => format!("{a} {b}"),
        QueryKind::Claim => format!("{a} tastes better than {b}"),
        QueryKind::Ask => format!("how do I make {a} with {b}?"),
        QueryKind::Autocomplete => a[..r.range(5, 8).min(a.len())].to_string(),
    };
    BenchQuery {
        kind,
        text,
        expect: None,
    }
}

/// A reader's version of a statement: 1 to 3 words dropped, maybe a synonym, maybe a typo,
/// maybe lower-case.
fn paraphrase(r: &mut Rng, statement: &str) -> String {
    let mut words: Vec<String> = statement
        .trim_end_matches('.')
        .split(' ')
        .map(str::to_string)
        .collect();
    if r.chance(70) {
        let swappable: Vec<(usize, &str)> = words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                SYNONYMS
                    .iter()
                    .find(|(from, _)| w.eq_ignore_ascii_case(from))
                    .map(|&(_, to)| (i, to))
            })
            .collect();
        if !swappable.is_empty() {
            let (i, to) = r.pick(&swappable);
            words[i] = to.to_string();
        }
    }
    let drops = r.range(1, 3);
    for _ in 0..drops {
        if words.len() <= 4 {
            break;
        }
        let i = r.below(words.len());
        words.remove(i);
    }
    let mut text = words.join(" ");
    if r.chance(30) {
        text = typo_in(r, &text);
    }
    if r.chance(50) {
        text = text.to_lowercase();
    }
    text
}

/// One typo (a deleted, swapped or doubled letter, never the first) in a random word of at
/// least four letters; the text unchanged if it has none.
fn typo_in(r: &mut Rng, text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let candidates: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].len() >= 4 && words[i].bytes().all(|b| b.is_ascii_alphabetic()))
        .collect();
    if candidates.is_empty() {
        return text.to_string();
    }
    let target = r.pick(&candidates);
    let mut w: Vec<u8> = words[target].bytes().collect();
    let pos = r.range(1, w.len() - 2);
    match r.below(3) {
        0 => {
            w.remove(pos);
        }
        1 if w[pos] != w[pos + 1] => w.swap(pos, pos + 1),
        1 => {
            w.remove(pos);
        }
        _ => w.insert(pos, w[pos]),
    }
    let w = String::from_utf8(w).expect("ASCII letters");
    let mut out = String::with_capacity(text.len() + 1);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(if i == target { &w } else { word });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Library, Point, When};
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn spec(entries: usize, per_brief: usize) -> SynthSpec {
        SynthSpec {
            entries_per_brief: per_brief,
            ..SynthSpec::new(entries)
        }
    }

    fn load(dir: &Path) -> Library {
        Library::load(&dir.join("knowledge")).unwrap_or_else(|e| panic!("{e}"))
    }

    fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for entry in fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(root, &path, out);
                } else {
                    let rel = path.strip_prefix(root).unwrap().to_path_buf();
                    out.insert(rel, fs::read(&path).unwrap());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(root, root, &mut out);
        out
    }

    #[test]
    fn spec_counts() {
        assert_eq!(SynthSpec::new(0).briefs(), 1);
        assert_eq!(SynthSpec::new(1).briefs(), 1);
        assert_eq!(SynthSpec::new(500).briefs(), 1);
        assert_eq!(SynthSpec::new(501).briefs(), 2);
        assert_eq!(SynthSpec::new(1_000_000).briefs(), 2000);
        for s in [spec(1001, 500), spec(7, 3), spec(2000, 250), spec(5, 500)] {
            let total: usize = (0..s.briefs()).map(|i| s.brief_entries(i)).sum();
            assert_eq!(total, s.entries);
            assert!((0..s.briefs()).all(|i| s.brief_entries(i) <= s.entries_per_brief));
        }
    }

    #[test]
    fn generated_library_loads_with_matching_counts() {
        let dir = tempfile::tempdir().unwrap();
        let s = spec(2000, 250);
        let summary = generate(dir.path(), &s).unwrap();
        assert_eq!(summary.briefs, 8);
        assert_eq!(summary.actors + summary.events + summary.claims, 2000);
        let library = load(dir.path());
        assert_eq!(library.briefs().len(), summary.briefs);
        assert_eq!(library.entry_count(), 2000);
        let sum = |f: fn(&crate::kb::Brief) -> usize| library.briefs().iter().map(f).sum::<usize>();
        assert_eq!(sum(|b| b.actors().len()), summary.actors);
        assert_eq!(sum(|b| b.events().len()), summary.events);
        assert_eq!(sum(|b| b.claims().len()), summary.claims);
        // Roughly 30/30/40.
        assert!((550..=650).contains(&summary.actors), "{summary:?}");
        assert!((550..=650).contains(&summary.events), "{summary:?}");
        assert!((750..=850).contains(&summary.claims), "{summary:?}");

        let mut precision: BTreeMap<&str, usize> = BTreeMap::new();
        let mut verdicts: BTreeMap<&str, usize> = BTreeMap::new();
        let mut hedged = 0;
        for b in library.briefs() {
            assert_eq!(b.meta().publisher, "Synthetic Policy Institute");
            assert!(matches!(b.meta().published, Point::Day(2000..=2025, ..)));
            for e in b.events() {
                *precision.entry(e.when.precision()).or_default() += 1;
                if e.when != When::Undated {
                    let (start, _) = e.when.span().unwrap();
                    assert!(start <= b.meta().published.last_day(), "{}", e.id);
                }
            }
            for c in b.claims() {
                *verdicts.entry(c.verdict.as_str()).or_default() += 1;
                if let Some(h) = &c.hedge {
                    hedged += 1;
                    assert!(c.citations.iter().any(|q| q.quote.contains(h.as_str())));
                }
            }
            for a in b.actors() {
                assert!(
                    (1..=4).contains(&a.aliases.len()),
                    "{} {:?}",
                    a.name,
                    a.aliases
                );
            }
            let citations = b
                .actors()
                .iter()
                .flat_map(|a| &a.citations)
                .chain(b.events().iter().flat_map(|e| &e.citations))
                .chain(b.claims().iter().flat_map(|c| &c.citations));
            for c in citations {
                assert!(c.quote.len() < 300, "{}", c.quote);
                assert!(c.quote.ends_with('.') || c.quote.len() > 250);
            }
        }
        let events = summary.events as f64;
        let share = |k: &str| *precision.get(k).unwrap_or(&0) as f64 / events;
        assert!((0.4..0.6).contains(&share("day")), "{precision:?}");
        assert!((0.05..0.15).contains(&share("undated")), "{precision:?}");
        for k in ["month", "year", "range", "approximate"] {
            assert!(share(k) > 0.03, "{precision:?}");
        }
        let claims = summary.claims as f64;
        let vshare = |k: &str| *verdicts.get(k).unwrap_or(&0) as f64 / claims;
        assert!((0.5..0.7).contains(&vshare("supported")), "{verdicts:?}");
        assert!((0.05..0.15).contains(&vshare("disputed")), "{verdicts:?}");
        assert!((0.2..0.4).contains(&vshare("attributed")), "{verdicts:?}");
        assert!(hedged > 0);
    }

    #[test]
    fn generation_is_deterministic() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let s = spec(1200, 250);
        assert_eq!(
            generate(a.path(), &s).unwrap(),
            generate(b.path(), &s).unwrap()
        );
        let (fa, fb) = (files(a.path()), files(b.path()));
        assert_eq!(fa.len(), 5 * s.briefs());
        assert!(fa == fb, "the two runs wrote different files");
        // Another seed gives another library.
        let c = tempfile::tempdir().unwrap();
        generate(c.path(), &SynthSpec { seed: 7, ..s }).unwrap();
        assert!(files(c.path()) != fa);
    }

    #[test]
    fn tiny_libraries_load() {
        for s in [
            spec(1, 500),
            spec(2, 500),
            spec(3, 2),
            spec(10, 4),
            spec(37, 9),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let summary = generate(dir.path(), &s).unwrap();
            let library = load(dir.path());
            assert_eq!(library.entry_count(), s.entries, "{s:?}");
            assert_eq!(summary.briefs, s.briefs());
            for q in queries(&s, 20) {
                assert!(!q.text.trim().is_empty());
                if let Some(e) = &q.expect {
                    let (brief, id) = e.split_once('/').unwrap();
                    assert!(
                        library.brief(brief).and_then(|b| b.lookup(id)).is_some(),
                        "{e}"
                    );
                }
            }
        }
    }

    #[test]
    fn queries_are_deterministic_and_name_real_entries() {
        let dir = tempfile::tempdir().unwrap();
        let s = spec(2000, 250);
        generate(dir.path(), &s).unwrap();
        let library = load(dir.path());
        let qs = queries(&s, 200);
        assert_eq!(qs.len(), 1000);
        let key = |q: &BenchQuery| (q.kind, q.text.clone(), q.expect.clone());
        let again: Vec<_> = queries(&s, 200).iter().map(key).collect();
        assert_eq!(qs.iter().map(key).collect::<Vec<_>>(), again);
        let mut off_topic = 0;
        for (k, kind) in KINDS.iter().enumerate() {
            assert!(qs[k * 200..(k + 1) * 200].iter().all(|q| q.kind == *kind));
        }
        let vocabulary: Vec<String> = library
            .briefs()
            .iter()
            .flat_map(|b| {
                b.actors()
                    .iter()
                    .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
            })
            .map(|n| n.to_lowercase())
            .collect();
        for q in &qs {
            assert!(!q.text.trim().is_empty(), "{q:?}");
            match &q.expect {
                Some(e) => {
                    let (brief, id) = e.split_once('/').unwrap();
                    let found = library.brief(brief).and_then(|b| b.lookup(id));
                    assert!(found.is_some(), "{q:?}");
                }
                None => {
                    off_topic += 1;
                    if q.kind == QueryKind::Autocomplete {
                        let p = q.text.to_lowercase();
                        assert!(!vocabulary.iter().any(|n| n.starts_with(&p)), "{q:?}");
                    }
                }
            }
        }
        assert!((10..=100).contains(&off_topic), "{off_topic}");
        // Actor and autocomplete queries expect actors, timeline ones events (or actors).
        for q in &qs {
            let Some(e) = &q.expect else { continue };
            let (brief, id) = e.split_once('/').unwrap();
            let (kind, _) = library.brief(brief).unwrap().lookup(id).unwrap();
            let ok = match q.kind {
                QueryKind::Actor | QueryKind::Autocomplete => kind.as_str() == "actor",
                QueryKind::Timeline => kind.as_str() == "event",
                QueryKind::Claim => kind.as_str() == "claim",
                QueryKind::Ask => true,
            };
            assert!(ok, "{q:?} -> {}", kind.as_str());
        }
    }

    #[test]
    fn off_topic_words_are_not_in_the_vocabulary() {
        let dir = tempfile::tempdir().unwrap();
        generate(dir.path(), &spec(1500, 500)).unwrap();
        let mut text = String::new();
        for (path, bytes) in files(dir.path()) {
            if path.extension().is_some_and(|e| e == "txt") {
                text.push_str(&String::from_utf8(bytes).unwrap().to_lowercase());
            }
        }
        for w in OFF_TOPIC {
            assert!(!text.contains(w), "{w}");
        }
        let mut seen = HashSet::new();
        for w in WORDS {
            assert!(seen.insert(*w), "{w} is listed twice");
            assert!(
                !OFF_TOPIC.iter().any(|o| o.contains(w) || w.contains(o)),
                "{w}"
            );
        }
    }

    #[test]
    fn noise_helpers() {
        let mut r = Rng(1);
        for _ in 0..200 {
            let t = typo_in(&mut r, "Valdemar signs grain");
            assert_ne!(t, "Valdemar signs grain");
            assert!(t.starts_with('V') || t.starts_with("Valdemar"));
        }
        assert_eq!(typo_in(&mut r, "a b c"), "a b c");
        assert_eq!(
            fill("{a} x {b} {z}", &[('a', "1"), ('b', "2")]),
            "1 x 2 {z}"
        );
        assert_eq!(
            fill(
                "a {w} offensive, a {x} plan",
                &[('w', "energy"), ('x', "uranium")]
            ),
            "an energy offensive, a uranium plan"
        );
        let mut r = Rng(9);
        assert!((0..500).all(|_| !surname(&mut r).contains("sss")));
        assert_eq!(kebab("Northern Coast - Front "), "northern-coast-front");
        assert_eq!(acronym("Northern Coast Liberation Front"), "NCLF");
        assert_eq!(add_days((2011, 12, 28), 7), (2012, 1, 4));
        assert_eq!(
            and_list(&["A".into(), "B".into(), "C".into()]),
            "A, B and C"
        );
        let v = variant(&mut Rng(3), "Koussoulou").unwrap();
        assert_ne!(v, "Koussoulou");
    }
}
