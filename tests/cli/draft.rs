//! `briefbot draft` and `draft-eval`, run as a curator runs them: a brief in each format
//! becomes a draft that `check` accepts, bad inputs are refused without writing anything, and
//! the scorer's figures on the bundled brief and the evaluation briefs stay above their floors.

use std::path::Path;

use super::{briefbot, stderr, stdout};

const BUNDLED: &str = "seeds/inss-insight-1784-russia-hamas-relations.txt";

fn run(args: &[&str]) -> std::process::Output {
    briefbot(args)
}

fn path(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

/// Drafts `input` into `root/id` and checks that `check` accepts the result with every
/// sentence covered.
fn draft_and_check(input: &Path, root: &Path, id: &str) -> String {
    let out = root.join(id);
    let o = run(&["draft", path(input), "--out", path(&out)]);
    assert!(
        o.status.success(),
        "draft {}: {}",
        input.display(),
        stderr(&o)
    );
    let c = run(&["check", "--no-embeddings", "--knowledge", path(root)]);
    let report = stdout(&c);
    assert!(c.status.success(), "check: {report}{}", stderr(&c));
    assert!(report.contains("every body sentence is cited"), "{report}");
    assert!(
        report.contains("drafts:"),
        "check counts the drafts: {report}"
    );
    report
}

#[test]
fn the_bundled_brief_drafts_quickly_into_a_knowledge_base_check_accepts() {
    let tmp = tempfile::tempdir().unwrap();
    // How long it takes is measured by `bench --draft-only`, beside loading the curated
    // knowledge base, not asserted here: a timed test fails on a busy machine.
    let o = run(&[
        "draft",
        BUNDLED,
        "--out",
        path(&tmp.path().join("inss-1784")),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = tmp.path().join("inss-1784");
    for f in [
        "brief.json",
        "actors.json",
        "events.json",
        "claims.json",
        "seed.txt",
    ] {
        assert!(dir.join(f).is_file(), "{f} written");
    }
    let c = run(&["check", "--no-embeddings", "--knowledge", path(tmp.path())]);
    let report = stdout(&c);
    assert!(c.status.success(), "{report}");
    assert!(report.contains("brief.json is marked draft"), "{report}");
    let b = run(&["brief", "--no-embeddings", "--knowledge", path(tmp.path())]);
    assert!(
        stdout(&b).contains("Unreviewed draft"),
        "/brief says the brief is a draft: {}",
        stdout(&b)
    );
    // The authors and the brief's publication cite the byline (paragraph 0), as the curated
    // knowledge base does, so questions about the brief itself quote it.
    let byline = "Arkady Mil-Man and Bat Chen Feldman | No. 1784 | November 9, 2023";
    let read = |f: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join(f)).unwrap()).unwrap()
    };
    let cites_byline = |v: &serde_json::Value| {
        v["citations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["paragraph"] == 0 && c["quote"] == byline)
    };
    let actors = read("actors.json");
    for author in ["Arkady Mil-Man", "Bat Chen Feldman"] {
        let a = actors
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["name"] == author)
            .unwrap_or_else(|| panic!("{author} drafted"));
        assert!(cites_byline(a), "{a}");
    }
    let events = read("events.json");
    let published = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "brief-published")
        .expect("the publication drafted as an event");
    assert_eq!(published["when"]["on"], "2023-11-09");
    assert!(cites_byline(published), "{published}");
    // The same text always gives the same draft.
    let again = tmp.path().join("again");
    assert!(run(&["draft", BUNDLED, "--out", path(&again)])
        .status
        .success());
    for f in ["actors.json", "events.json", "claims.json"] {
        assert_eq!(
            std::fs::read(dir.join(f)).unwrap(),
            std::fs::read(again.join(f)).unwrap(),
            "{f} is deterministic"
        );
    }
}

/// The evaluation briefs' references (tests/data/briefs) load and verify, every sentence
/// cited. Those held out until draft19 (natuna-standoff, lithium-triangle), until draft20
/// (grain-levy, satellite-jamming), until draft21 (naryn-dam, vaccine-tender), until draft22
/// (kiribati-accord, hospital-ransomware), until draft23 (ai-liability, liberia-runoff) and until
/// draft23b (kenya-debt, pathogen-annex), until draft24 (trawler-register, copper-strike,
/// warden-hearing, tagus-flows), until draft25 (chip-diversion, sekawan-port,
/// wye-administration, teesta-talks), until draft26 (storage-levy, boliviano-ruling), until
/// draft29 (snow-crab-shelf, chami-gold), until draft34 (torkham-closure, yellow-sea-discharge)
/// until draft35 (sahel-corridor, antitrust-remedy), until draft36 (andes-glacier-water,
/// baltic-rail-gauge), until draft37 (cook-islands-seabed, egypt-gas-gap), until draft38
/// (bosnia-gas-interconnector, sabah-hung-assembly), until draft39 (bassac-link-canal,
/// caribbean-passports), until draft40 (norway-krone-note, mauritania-atlantic-route), until
/// draft41 (lake-malawi-border, korea-doctor-quota), until draft42 (india-chemo-export-ban,
/// ulaanbaatar-council-recount), until draft43 (brazil-health-data-fine,
/// romania-pension-strike), until draft44 (jordan-aqaba-desalination, bc-wildfire-insurance),
/// until draft45 (nepal-air-safety-list, reef-danger-listing), until draft46
/// (ghana-cocoa-border, ireland-short-term-lets), until draft48 (esrange-debris-liability,
/// mexico-rider-log-off) and until draft49 (georgia-antidoping-cas, honduras-wolbachia-dengue)
/// are tuning briefs now; tests/data/briefs-heldout holds the twenty-ninth set.
#[test]
fn evaluation_references_load() {
    let c = run(&[
        "check",
        "--no-embeddings",
        "--knowledge",
        "tests/data/briefs/reference",
    ]);
    let report = stdout(&c);
    assert!(c.status.success(), "{report}{}", stderr(&c));
    let ids = [
        "gulf-energy",
        "wire-report",
        "markdown-brief",
        "natuna-standoff",
        "lithium-triangle",
        "grain-levy",
        "satellite-jamming",
        "naryn-dam",
        "vaccine-tender",
        "kiribati-accord",
        "hospital-ransomware",
        "ai-liability",
        "liberia-runoff",
        "kenya-debt",
        "pathogen-annex",
        "trawler-register",
        "copper-strike",
        "warden-hearing",
        "tagus-flows",
        "chip-diversion",
        "sekawan-port",
        "wye-administration",
        "teesta-talks",
        "storage-levy",
        "boliviano-ruling",
        "snow-crab-shelf",
        "chami-gold",
        "torkham-closure",
        "yellow-sea-discharge",
        "sahel-corridor",
        "antitrust-remedy",
        "andes-glacier-water",
        "baltic-rail-gauge",
        "cook-islands-seabed",
        "egypt-gas-gap",
        "bosnia-gas-interconnector",
        "sabah-hung-assembly",
        "bassac-link-canal",
        "caribbean-passports",
        "norway-krone-note",
        "mauritania-atlantic-route",
        "lake-malawi-border",
        "korea-doctor-quota",
        "india-chemo-export-ban",
        "ulaanbaatar-council-recount",
        "brazil-health-data-fine",
        "romania-pension-strike",
        "jordan-aqaba-desalination",
        "bc-wildfire-insurance",
        "nepal-air-safety-list",
        "reef-danger-listing",
        "ghana-cocoa-border",
        "ireland-short-term-lets",
        "esrange-debris-liability",
        "mexico-rider-log-off",
        "georgia-antidoping-cas",
        "honduras-wolbachia-dengue",
    ];
    for id in ids {
        assert!(report.contains(id), "{id} in {report}");
    }
    assert_eq!(
        report.matches("every body sentence is cited").count(),
        ids.len(),
        "{report}"
    );
}

/// The held-out briefs (never tuned on, no floors): whatever `<id>.txt` files
/// tests/data/briefs-heldout holds, so a new one is measured as soon as it is dropped in. Their
/// references load with every sentence cited, and each one's draft loads too, whatever it
/// scores, because a draft that `check` refuses is of no use to a curator. With no held-out
/// briefs (between sets) there is nothing to check, and the test passes.
#[test]
fn held_out_references_and_their_drafts_load() {
    let dir = Path::new("tests/data/briefs-heldout");
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/data/briefs-heldout exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    // The references are checked only when their folder holds a brief: between held-out sets
    // it may have been moved away with the briefs it held, or be left empty by the move, and
    // `check` refuses a folder with no knowledge base in it.
    let references = dir.join("reference");
    let holds_a_brief = std::fs::read_dir(&references)
        .map(|mut entries| entries.any(|e| e.is_ok_and(|e| e.path().is_dir())))
        .unwrap_or(false);
    if holds_a_brief {
        let c = run(&["check", "--no-embeddings", "--knowledge", path(&references)]);
        let report = stdout(&c);
        assert!(c.status.success(), "{report}{}", stderr(&c));
        for id in &ids {
            assert!(report.contains(id.as_str()), "{id} in {report}");
        }
        assert_eq!(
            report.matches("every body sentence is cited").count(),
            ids.len(),
            "{report}"
        );
    }
    for id in &ids {
        let tmp = tempfile::tempdir().unwrap();
        draft_and_check(&dir.join(format!("{id}.txt")), tmp.path(), id);
    }
}

/// The scorer's floors per brief: the curated references were written by hand without seeing
/// the drafter, so these are honest figures (see README, "Adding a new brief"). Every brief
/// shares one table of floors; a brief that scores lower on a figure says so in its own
/// exceptions, at or just below what it scores, so a drop on any brief fails.
#[test]
fn draft_eval_figures_stay_above_their_floors() {
    type Floors = &'static [(&'static str, f64)];
    let briefs: &[(&str, &str, Floors)] = &[
        (BUNDLED, "knowledge/inss-1784", &[]),
        (
            "tests/data/briefs/gulf-energy.txt",
            "tests/data/briefs/reference/gulf-energy",
            &[],
        ),
        (
            "tests/data/briefs/wire-report.txt",
            "tests/data/briefs/reference/wire-report",
            &[],
        ),
        (
            "tests/data/briefs/markdown-brief.txt",
            "tests/data/briefs/reference/markdown-brief",
            &[],
        ),
        (
            "tests/data/briefs/natuna-standoff.txt",
            "tests/data/briefs/reference/natuna-standoff",
            &[],
        ),
        (
            "tests/data/briefs/lithium-triangle.txt",
            "tests/data/briefs/reference/lithium-triangle",
            &[],
        ),
        (
            "tests/data/briefs/grain-levy.txt",
            "tests/data/briefs/reference/grain-levy",
            &[],
        ),
        (
            "tests/data/briefs/satellite-jamming.txt",
            "tests/data/briefs/reference/satellite-jamming",
            &[],
        ),
        (
            "tests/data/briefs/naryn-dam.txt",
            "tests/data/briefs/reference/naryn-dam",
            &[],
        ),
        (
            "tests/data/briefs/vaccine-tender.txt",
            "tests/data/briefs/reference/vaccine-tender",
            &[],
        ),
        (
            "tests/data/briefs/kiribati-accord.txt",
            "tests/data/briefs/reference/kiribati-accord",
            &[],
        ),
        (
            "tests/data/briefs/hospital-ransomware.txt",
            "tests/data/briefs/reference/hospital-ransomware",
            &[],
        ),
        // Tuning briefs from draft23: the memo's EDPS worry and the Berlin-Paris letter
        // ("asking it to") are still drafted as the authors'.
        (
            "tests/data/briefs/ai-liability.txt",
            "tests/data/briefs/reference/ai-liability",
            &[("attribution_recall", 0.92)],
        ),
        (
            "tests/data/briefs/liberia-runoff.txt",
            "tests/data/briefs/reference/liberia-runoff",
            &[],
        ),
        // Tuning briefs from draft23b: kenya-debt's undated events inside long sentences (the
        // railway loans, Ghana's design, the Chinese request, the Paris quote) and the authors'
        // facts in sentences that also report a view; pathogen-annex's PABS expansion split into
        // pieces, its undated reactions and Geneva drafted as an organisation.
        (
            "tests/data/briefs/kenya-debt.txt",
            "tests/data/briefs/reference/kenya-debt",
            &[
                ("event_recall", 0.88),
                ("attribution_recall", 0.86),
                ("attribution_precision", 0.94),
                ("author_claim_recall", 0.86),
            ],
        ),
        (
            "tests/data/briefs/pathogen-annex.txt",
            "tests/data/briefs/reference/pathogen-annex",
            &[
                ("actor_precision", 0.82),
                ("actor_kind_accuracy", 0.89),
                ("event_recall", 0.8),
                ("attribution_recall", 0.88),
                ("attribution_precision", 0.93),
            ],
        ),
        // Tuning briefs from draft24, each with the figures it does not yet reach: trawler's
        // surface forms ("the company", "the committee", roles owned by a firm), its unnamed
        // navy and Global Times claims and its undated interviews; copper-strike's Spanish
        // names and regional government, its undated reactions and the authors' facts in
        // sentences that report a view; warden-hearing's committee and House names, its undated
        // evidence and the NAO's "which found"; tagus-flows' river under three names, its
        // Murcia and proTEJO, its undated reports and Madrid's point the authors endorse.
        (
            "tests/data/briefs/trawler-register.txt",
            "tests/data/briefs/reference/trawler-register",
            &[
                ("actor_precision", 0.84),
                ("surface_form_recall", 0.78),
                ("event_exact_date", 0.85),
                ("attribution_recall", 0.89),
                ("attribution_precision", 0.87),
            ],
        ),
        (
            "tests/data/briefs/copper-strike.txt",
            "tests/data/briefs/reference/copper-strike",
            &[
                // The wire slug fused to the title ("ANALYSIS-Strike at …") stays in the title.
                ("metadata", 0.8),
                ("actor_precision", 0.86),
                ("surface_form_recall", 0.7),
                ("event_exact_date", 0.86),
                ("attribution_precision", 0.93),
                ("speaker_accuracy", 0.86),
                ("author_claim_recall", 0.79),
            ],
        ),
        (
            "tests/data/briefs/warden-hearing.txt",
            "tests/data/briefs/reference/warden-hearing",
            &[
                ("surface_form_recall", 0.7),
                ("actor_kind_accuracy", 0.86),
                ("event_exact_date", 0.74),
                ("attribution_recall", 0.86),
                ("attribution_precision", 0.94),
                ("author_claim_recall", 0.89),
            ],
        ),
        (
            "tests/data/briefs/tagus-flows.txt",
            "tests/data/briefs/reference/tagus-flows",
            &[
                ("actor_recall", 0.87),
                ("actor_precision", 0.85),
                ("surface_form_recall", 0.73),
                ("actor_kind_accuracy", 0.77),
                ("event_exact_date", 0.77),
                ("attribution_recall", 0.82),
                ("attribution_precision", 0.92),
                ("author_claim_recall", 0.87),
            ],
        ),
        // Tuning briefs from draft25, each with the figures it does not yet reach:
        // chip-diversion's documents as speakers ("According to the indictment", "Prosecutors
        // allege", "its lawyers argued"), its "Pte. Ltd." subsidiary and its undated reactions;
        // sekawan-port's Menteri Besar under two spellings, its Johor executive council and
        // outlets, and the authors' facts beside reported views; wye-administration's
        // descriptions as speakers ("the company told", "The company's filing argues",
        // "Ministers have insisted") and Plaid Cymru's call; teesta-talks' descriptive names
        // ("the foreign ministry", "the Prime Minister's office") and the river's other name.
        (
            "tests/data/briefs/chip-diversion.txt",
            "tests/data/briefs/reference/chip-diversion",
            &[
                ("actor_precision", 0.84),
                ("surface_form_recall", 0.77),
                ("event_exact_date", 0.78),
                ("attribution_recall", 0.68),
                ("attribution_precision", 0.91),
            ],
        ),
        (
            "tests/data/briefs/sekawan-port.txt",
            "tests/data/briefs/reference/sekawan-port",
            &[
                ("actor_recall", 0.85),
                ("actor_precision", 0.87),
                ("surface_form_recall", 0.68),
                ("actor_kind_accuracy", 0.85),
                ("attribution_recall", 0.86),
                ("attribution_precision", 0.75),
                ("speaker_accuracy", 0.84),
                ("author_claim_recall", 0.76),
            ],
        ),
        (
            "tests/data/briefs/wye-administration.txt",
            "tests/data/briefs/reference/wye-administration",
            &[
                ("surface_form_recall", 0.73),
                ("actor_kind_accuracy", 0.77),
                ("event_recall", 0.88),
                ("attribution_recall", 0.7),
                ("speaker_accuracy", 0.76),
            ],
        ),
        (
            "tests/data/briefs/teesta-talks.txt",
            "tests/data/briefs/reference/teesta-talks",
            &[
                ("surface_form_recall", 0.76),
                ("actor_kind_accuracy", 0.87),
                ("attribution_recall", 0.87),
            ],
        ),
        // Tuning briefs from draft26, each with the figures it does not yet reach:
        // storage-levy's possessive and descriptive names ("Berlin's", "the market area
        // manager"), its cavern site and interconnection point drafted as organisations, and
        // the reports it misses ("According to the draft", "asked the ministry to publish",
        // "found in a 2023 report that", "announced last autumn that"); boliviano-ruling's
        // documents and members as speakers ("It states that" for the ruling, "Three of the
        // nine magistrates dissented"), its places drafted as people and its dates inside
        // reports ("by August", "whose staff visited La Paz in June").
        (
            "tests/data/briefs/storage-levy.txt",
            "tests/data/briefs/reference/storage-levy",
            &[
                ("actor_precision", 0.86),
                ("surface_form_recall", 0.82),
                ("actor_kind_accuracy", 0.87),
                ("attribution_recall", 0.8),
            ],
        ),
        (
            "tests/data/briefs/boliviano-ruling.txt",
            "tests/data/briefs/reference/boliviano-ruling",
            &[
                ("actor_kind_accuracy", 0.88),
                ("event_exact_date", 0.86),
                ("attribution_recall", 0.91),
                ("attribution_precision", 0.94),
            ],
        ),
        // Tuning briefs from draft29, each with the figures it does not yet reach:
        // snow-crab-shelf's generic names ("the Government", "Sea Sami") and terms ("the Fisheries
        // Protection Zone", "UNCLOS") drafted as actors, and its reports ending a sentence ("as
        // the Sámediggi has requested"); chami-gold's dates counted from a future one ("from 1
        // January" before "the previous week") and its unnamed speakers ("The government
        // says", "The panners' union says").
        (
            "tests/data/briefs/snow-crab-shelf.txt",
            "tests/data/briefs/reference/snow-crab-shelf",
            &[("actor_precision", 0.84), ("attribution_recall", 0.9)],
        ),
        (
            "tests/data/briefs/chami-gold.txt",
            "tests/data/briefs/reference/chami-gold",
            &[
                ("event_exact_date", 0.83),
                ("attribution_recall", 0.89),
                ("author_claim_recall", 0.86),
            ],
        ),
        // Tuning briefs from draft34, each with the figures it does not yet reach (raised to
        // the draft34 scores): torkham-closure's descriptions ("the chamber", "the channel")
        // and its bodies drafted as organisations (the ISPR, the FBR, the KP government);
        // yellow-sea-discharge's "Greenpeace East Asia" cut at the region, the convention read
        // as two people, and the requests and demands it misses ("has asked the NNSA for",
        // "demanded a ban", "asks for").
        (
            "tests/data/briefs/torkham-closure.txt",
            "tests/data/briefs/reference/torkham-closure",
            &[("actor_precision", 0.86)],
        ),
        (
            "tests/data/briefs/yellow-sea-discharge.txt",
            "tests/data/briefs/reference/yellow-sea-discharge",
            &[("actor_precision", 0.89), ("attribution_recall", 0.8)],
        ),
        // Tuning briefs from draft35, each with the figures it does not yet reach (raised to
        // the draft35 scores, sahel-corridor's attribution recall to draft36's): sahel-corridor's
        // reports it misses ("presents the fee as", "called only for") and its French names in brackets
        // ("CEDEAO in French, ECOWAS in English"); antitrust-remedy's products drafted as actors
        // ("Halcyon Marketplace", "Halcyon Drive"), "the court" given to the wrong court, and
        // the court's findings given to the wrong speaker ("had held in August 2027 that",
        // "It held, however, that").
        (
            "tests/data/briefs/sahel-corridor.txt",
            "tests/data/briefs/reference/sahel-corridor",
            &[
                ("actor_precision", 0.86),
                ("surface_form_recall", 0.81),
                ("attribution_recall", 0.76),
            ],
        ),
        (
            "tests/data/briefs/antitrust-remedy.txt",
            "tests/data/briefs/reference/antitrust-remedy",
            &[
                ("actor_precision", 0.8),
                ("surface_form_recall", 0.78),
                ("event_exact_date", 0.81),
                ("attribution_recall", 0.82),
                ("speaker_accuracy", 0.66),
                ("author_claim_recall", 0.86),
            ],
        ),
        // Tuning briefs from draft36, each with the figures it does not yet reach (raised to
        // the draft36 scores): andes-glacier-water's kinds and surface forms ("Huaraz" and
        // "Áncash" drafted as organisations, "El Comercio" as a person) and the reports it
        // misses ("says that it was never consulted" after a relative clause, "according to its
        // own staffing plan"); baltic-rail-gauge's reports
        // it misses ("defended the decision", "blamed the state's slow purchase of land").
        (
            "tests/data/briefs/andes-glacier-water.txt",
            "tests/data/briefs/reference/andes-glacier-water",
            &[
                ("surface_form_recall", 0.84),
                ("actor_kind_accuracy", 0.82),
                ("attribution_recall", 0.87),
            ],
        ),
        (
            "tests/data/briefs/baltic-rail-gauge.txt",
            "tests/data/briefs/reference/baltic-rail-gauge",
            &[
                ("attribution_recall", 0.88),
                ("attribution_precision", 0.94),
            ],
        ),
        // Tuning briefs from draft37, each with the figures it does not yet reach, just below
        // the draft37 scores: cook-islands-seabed's kinds (Kingston drafted as Jamaica's
        // capital, the ISA as a body, NIWA as an organisation, the ABC as an organisation) and
        // the reports it misses ("Her trust says", "as the Te Vai Moana Trust has proposed",
        // "which both sides describe as"); egypt-gas-gap's reports it misses ("Tirreno Energia
        // blames water", "for what the Israeli Ministry of Energy called maintenance", "a
        // practice the IMF has asked Cairo to end", "Tirreno's own filings put").
        (
            "tests/data/briefs/cook-islands-seabed.txt",
            "tests/data/briefs/reference/cook-islands-seabed",
            &[("actor_kind_accuracy", 0.87), ("attribution_recall", 0.85)],
        ),
        (
            "tests/data/briefs/egypt-gas-gap.txt",
            "tests/data/briefs/reference/egypt-gas-gap",
            &[("attribution_recall", 0.82)],
        ),
        // Tuning briefs from draft38, each with the figures it does not yet reach, just below
        // the draft38 scores: bosnia-gas-interconnector's kinds (Republika Srpska and the
        // Federation drafted as organisations, rivers as organisations, "Banja Luka" as a
        // person) and the reports it misses ("a formula that the Civic Alliance … read as",
        // "According to the Klix.ba news portal", "The WBIF's published records show", "what
        // its officials say in private") with their speakers ("the ambassador" drafted as RTRS);
        // sabah-hung-assembly's surface forms and kinds (Istana Seri Kinabalu, Tanjung Batu
        // Laut, the Dewan Rakyat and Astro Awani drafted as people), the reports it misses ("his
        // rival says", "disputes that.", "The governor's office said", "Both men say") and the
        // authors' claims it gives away ("The belief, common in Kota Kinabalu, …", "the EC
        // declared the results").
        (
            "tests/data/briefs/bosnia-gas-interconnector.txt",
            "tests/data/briefs/reference/bosnia-gas-interconnector",
            &[
                ("actor_kind_accuracy", 0.85),
                ("attribution_recall", 0.81),
                ("speaker_accuracy", 0.81),
            ],
        ),
        (
            "tests/data/briefs/sabah-hung-assembly.txt",
            "tests/data/briefs/reference/sabah-hung-assembly",
            &[
                ("surface_form_recall", 0.81),
                ("actor_kind_accuracy", 0.8),
                ("attribution_recall", 0.79),
                ("attribution_precision", 0.93),
                ("author_claim_recall", 0.81),
            ],
        ),
        // Tuning briefs from draft39, each with the figures it does not yet reach, just below
        // the draft39 scores: bassac-link-canal's extra actors (the PNPCA's procedures read as
        // two people, "Neak Loeung" as a person, "Vientiane" as a place apart from Laos);
        // caribbean-passports' kinds (the OCCRP, Dominica News Online and the Antigua Observer
        // drafted as organisations or a person where the reference has outlets, the CBIU and
        // FinCEN as organisations where it has bodies, the EU as an organisation where it has
        // a state), its undated reports placed after the wrong event, the reports it misses
        // ("according to its website", "the unit said", "According to the government", "repeated
        // by the prime minister") and the authors' clauses it gives away ("the European
        // Commission told the island that", "and gave Roseau until the end of January").
        (
            "tests/data/briefs/bassac-link-canal.txt",
            "tests/data/briefs/reference/bassac-link-canal",
            &[("actor_precision", 0.86)],
        ),
        (
            "tests/data/briefs/caribbean-passports.txt",
            "tests/data/briefs/reference/caribbean-passports",
            &[
                ("actor_kind_accuracy", 0.88),
                ("event_exact_date", 0.85),
                ("attribution_recall", 0.87),
                ("author_claim_recall", 0.86),
            ],
        ),
        // Tuning briefs from draft40, each with the figures it does not yet reach, just below
        // the draft40 scores: norway-krone-note's reports it misses ("which Lien has also
        // drawn", "The OECD made a similar point in its Economic Outlook");
        // mauritania-atlantic-route's undated reports dated by the dates inside them ("the
        // Spanish daily El País reported that … in mid-2021", "argued in an opinion piece" after
        // "the 2024 agreement") and "a day before it capsized".
        (
            "tests/data/briefs/norway-krone-note.txt",
            "tests/data/briefs/reference/norway-krone-note",
            &[("attribution_recall", 0.92)],
        ),
        (
            "tests/data/briefs/mauritania-atlantic-route.txt",
            "tests/data/briefs/reference/mauritania-atlantic-route",
            &[("event_exact_date", 0.84)],
        ),
        // Tuning briefs from draft41, each with the figures it does not yet reach, just below
        // the draft41 scores: lake-malawi-border reaches every shared floor (its actor
        // precision, .90, is at the floor: "Organ on Politics, Defence and Security
        // Cooperation" is cut into three actors); korea-doctor-quota's dates that hang on the
        // hearing ("At the hearing", "Outside the court that day", "Two days later" counted
        // from the wrong day) and "for 2026" dating the restored quota.
        (
            "tests/data/briefs/lake-malawi-border.txt",
            "tests/data/briefs/reference/lake-malawi-border",
            &[],
        ),
        (
            "tests/data/briefs/korea-doctor-quota.txt",
            "tests/data/briefs/reference/korea-doctor-quota",
            &[("event_exact_date", 0.74)],
        ),
        // Tuning briefs from draft42: both reach every shared floor (ulaanbaatar-council-recount's
        // surface forms, .86, its exact dates, .90, and its attribution precision, .96, are
        // closest to theirs: the council, parliament and the Tsets are missed as names, and
        // dates inside reports still date the report).
        (
            "tests/data/briefs/india-chemo-export-ban.txt",
            "tests/data/briefs/reference/india-chemo-export-ban",
            &[],
        ),
        (
            "tests/data/briefs/ulaanbaatar-council-recount.txt",
            "tests/data/briefs/reference/ulaanbaatar-council-recount",
            &[],
        ),
        // Tuning briefs from draft43: both reach the shared metadata, actor recall and
        // precision, kind, event and speaker floors; below the others, brazil-health-data-fine's
        // surface forms (the court's and the regulator's descriptions, possessives), its
        // attributions (the court's findings and "according to the ruling") and its authors'
        // claims, and romania-pension-strike's exact dates (dates inside reports), attributions
        // and authors' claims (an estimate and a hint not read as reports, relative clauses
        // inside a report).
        (
            "tests/data/briefs/brazil-health-data-fine.txt",
            "tests/data/briefs/reference/brazil-health-data-fine",
            &[
                ("surface_form_recall", 0.76),
                ("attribution_recall", 0.87),
                ("attribution_precision", 0.94),
                ("author_claim_recall", 0.86),
            ],
        ),
        (
            "tests/data/briefs/romania-pension-strike.txt",
            "tests/data/briefs/reference/romania-pension-strike",
            &[
                ("event_exact_date", 0.83),
                ("attribution_recall", 0.86),
                ("attribution_precision", 0.88),
                ("author_claim_recall", 0.82),
            ],
        ),
        // Tuning briefs from draft44: jordan-aqaba-desalination reaches every shared floor but
        // surface forms (a spelling variant, "Abu Roman", kept apart from "Abu Rumman", and
        // possessives); bc-wildfire-insurance, drafted with --published since its dateline has
        // no year, falls short on surface forms and kinds (British Columbia drafted as an
        // organisation where the reference makes the province's government a body, "Victoria"
        // not joined to it, Alberta and the Kootenays) and on attribution recall (the IBC's
        // "asking it to", the residents' words to CBC News, the BCFSA's report after ", and").
        (
            "tests/data/briefs/jordan-aqaba-desalination.txt",
            "tests/data/briefs/reference/jordan-aqaba-desalination",
            &[("surface_form_recall", 0.83)],
        ),
        (
            "tests/data/briefs/bc-wildfire-insurance.txt",
            "tests/data/briefs/reference/bc-wildfire-insurance",
            &[
                ("surface_form_recall", 0.82),
                ("actor_kind_accuracy", 0.86),
                ("attribution_recall", 0.87),
            ],
        ),
        // Tuning briefs from draft45: nepal-air-safety-list falls short on actor precision (the
        // EU Air Safety List, the Twin Otters and the planned regulator drafted as actors) and
        // on attribution (the Commission's "citing", the accident investigation commission's
        // findings, unnamed and lower-case); reef-danger-listing on kinds (the World Heritage
        // Centre, AIMS and Queensland drafted as organisations where the reference makes them
        // bodies, Paris as France) and on attribution recall (the draft decision "published …
        // by" its two makers, the GBRMPA's report that "rated", the department's officials).
        (
            "tests/data/briefs/nepal-air-safety-list.txt",
            "tests/data/briefs/reference/nepal-air-safety-list",
            &[
                ("actor_precision", 0.88),
                ("attribution_recall", 0.85),
                ("attribution_precision", 0.94),
            ],
        ),
        (
            "tests/data/briefs/reef-danger-listing.txt",
            "tests/data/briefs/reference/reef-danger-listing",
            &[("actor_kind_accuracy", 0.88), ("attribution_recall", 0.84)],
        ),
        // Tuning briefs from draft46: ghana-cocoa-border falls short on actor precision (the
        // Living Income Differential, CFA, West, North and Europe drafted as actors) and on
        // attribution (two reports not read, one drafted where the reference has none);
        // ireland-short-term-lets on actor precision ("Committee Stage", "Spotlight", "Members",
        // "the State" drafted as actors), surface forms (descriptions such as "the authority"),
        // kinds ("Dáil Éireann", County Kerry and the Wild Atlantic Way drafted as persons) and
        // authors' claims.
        (
            "tests/data/briefs/ghana-cocoa-border.txt",
            "tests/data/briefs/reference/ghana-cocoa-border",
            &[
                ("actor_precision", 0.89),
                ("attribution_recall", 0.9),
                ("attribution_precision", 0.94),
            ],
        ),
        (
            "tests/data/briefs/ireland-short-term-lets.txt",
            "tests/data/briefs/reference/ireland-short-term-lets",
            &[
                ("actor_precision", 0.81),
                ("surface_form_recall", 0.78),
                ("actor_kind_accuracy", 0.83),
                ("author_claim_recall", 0.87),
            ],
        ),
        // Tuning briefs from draft48, with the shared floors where they reach them and
        // otherwise just below the draft48 figures: esrange-debris-liability falls short on
        // metadata (the series editor, named mid-sentence in the back matter), surface forms
        // ("the range", "the regulator", "Andøya" alone) and kinds (Esrange, the Azores, Lapland
        // and Troms drafted as organisations); mexico-rider-log-off on surface forms ("the app",
        // "the Supreme Court" in a subhead before its full name), exact dates (a month and day
        // after an earlier year resolved in that year) and attribution recall (the presidential
        // spokesperson, "as the APD has often said").
        (
            "tests/data/briefs/esrange-debris-liability.txt",
            "tests/data/briefs/reference/esrange-debris-liability",
            &[
                ("metadata", 0.8),
                ("surface_form_recall", 0.84),
                ("actor_kind_accuracy", 0.84),
            ],
        ),
        (
            "tests/data/briefs/mexico-rider-log-off.txt",
            "tests/data/briefs/reference/mexico-rider-log-off",
            &[
                ("surface_form_recall", 0.81),
                ("event_exact_date", 0.78),
                ("attribution_recall", 0.92),
            ],
        ),
        // Tuning briefs from draft49, with the shared floors where they reach them and
        // otherwise just below the draft49 figures: georgia-antidoping-cas falls short on actor
        // precision (a panel, signatories and an instrument's acronym drafted as actors), kinds,
        // attribution recall and speakers; honduras-wolbachia-dengue on surface forms
        // (descriptions such as "the city" and "the ministry"), kinds, exact dates and
        // attribution recall.
        (
            "tests/data/briefs/georgia-antidoping-cas.txt",
            "tests/data/briefs/reference/georgia-antidoping-cas",
            &[
                ("actor_precision", 0.88),
                ("actor_kind_accuracy", 0.86),
                ("attribution_recall", 0.79),
                ("speaker_accuracy", 0.89),
            ],
        ),
        (
            "tests/data/briefs/honduras-wolbachia-dengue.txt",
            "tests/data/briefs/reference/honduras-wolbachia-dengue",
            &[
                ("surface_form_recall", 0.77),
                ("actor_kind_accuracy", 0.83),
                ("event_exact_date", 0.86),
                ("attribution_recall", 0.84),
            ],
        ),
    ];
    // What a brief's text cannot give, passed as a curator would: bc-wildfire-insurance's
    // dateline ("KELOWNA, British Columbia, Aug. 19 (Northstar Wire) –") has no year.
    let options: &[(&str, &[&str])] = &[(
        "tests/data/briefs/bc-wildfire-insurance.txt",
        &["--published", "2032-08-19"],
    )];
    let floors: &[(&str, f64)] = &[
        ("metadata", 1.0),
        ("actor_recall", 0.88),
        ("actor_precision", 0.9),
        ("surface_form_recall", 0.85),
        ("actor_kind_accuracy", 0.9),
        ("event_recall", 0.9),
        ("event_exact_date", 0.87),
        ("attribution_recall", 0.95),
        ("attribution_precision", 0.95),
        ("speaker_accuracy", 0.9),
        ("author_claim_recall", 0.9),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (i, (input, reference, exceptions)) in briefs.iter().enumerate() {
        let out = tmp.path().join(format!("b{i}"));
        let mut args = vec!["draft", input, "--out", path(&out)];
        if let Some((_, extra)) = options.iter().find(|(i, _)| i == input) {
            args.extend_from_slice(extra);
        }
        let o = run(&args);
        assert!(o.status.success(), "{input}: {}", stderr(&o));
        let e = run(&["draft-eval", path(&out), reference, "--json"]);
        assert!(e.status.success(), "{input}: {}", stderr(&e));
        let scores: serde_json::Value = serde_json::from_str(&stdout(&e)).unwrap();
        for (name, floor) in floors {
            let floor = exceptions
                .iter()
                .find(|(n, _)| n == name)
                .map_or(floor, |(_, f)| f);
            let r = &scores[name];
            let value = r["hit"].as_f64().unwrap() / r["of"].as_f64().unwrap().max(1.0);
            assert!(value >= *floor, "{input}: {name} {value:.2} < {floor}: {r}");
        }
    }
    let text = run(&[
        "draft-eval",
        path(&tmp.path().join("b0")),
        "knowledge/inss-1784",
    ]);
    assert!(
        stdout(&text).contains("attribution recall"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn an_html_page_drafts_like_its_text() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("page.html");
    std::fs::write(
        &page,
        r#"<!doctype html><html><head><title>Site | Ports</title><script>var x = "Putin said";</script></head>
<body><nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<article>
<h1>Ports and Power in the Gulf</h1>
<p class="byline">Jane Roe and John Doe | No. 42 | March 3, 2024</p>
<p>On January 5, 2024, the Saudi Ministry of Energy <a href="https://example.org">announced</a> a new port deal with China.<sup>1</sup> According to <em>Reuters</em>, the deal was worth two billion dollars.</p>
<p>Russian President Vladimir Putin said that the agreement was "a sign of the times." Two days later, Putin met Crown Prince Mohammed bin Salman in Riyadh.</p>
<p>Editors: Ann Lee</p>
</article>
<footer>Copyright the site</footer></body></html>"#,
    )
    .unwrap();
    draft_and_check(&page, tmp.path(), "ports");
    let dir = tmp.path().join("ports");
    let actors = std::fs::read_to_string(dir.join("actors.json")).unwrap();
    for name in [
        "Vladimir Putin",
        "Saudi Ministry of Energy",
        "Reuters",
        "China",
    ] {
        assert!(actors.contains(name), "{name} in {actors}");
    }
    let seed = std::fs::read_to_string(dir.join("seed.txt")).unwrap();
    assert!(!seed.contains("Home") && !seed.contains("var x"), "{seed}");
    assert!(
        seed.contains("[announced](#)"),
        "links become empty links: {seed}"
    );
    let events = std::fs::read_to_string(dir.join("events.json")).unwrap();
    assert!(events.contains("\"on\": \"2024-01-05\""), "{events}");
    assert!(
        events.contains("\"on\": \"2024-01-07\""),
        "two days later: {events}"
    );
}

/// A small PDF with one text line per block, written with lopdf (the library pdf-extract reads
/// with), so the test needs no committed binary.
fn write_pdf(path: &Path, lines: &[&str]) {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 9.into()]),
        Operation::new("Td", vec![20.into(), 800.into()]),
    ];
    for line in lines {
        if line.is_empty() {
            // A blank line: a larger step down, which the extractor reads as a paragraph break.
            ops.push(Operation::new("Td", vec![0.into(), Object::Real(-24.0)]));
            continue;
        }
        ops.push(Operation::new("Tj", vec![Object::string_literal(*line)]));
        ops.push(Operation::new("Td", vec![0.into(), Object::Real(-12.0)]));
    }
    ops.push(Operation::new("ET", vec![]));
    let content = Content { operations: ops };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    doc.save(path).unwrap();
}

#[test]
fn a_pdf_drafts_like_its_text() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("brief.pdf");
    write_pdf(
        &pdf,
        &[
            "Gas and Leverage in the Baltic",
            "",
            "Anna Virtanen and Marko Lepp | No. 7 | March 13, 2025",
            "",
            "On March 2, 2025, the Finnish Border Guard boarded the tanker",
            "Vega Horizon near Porvoo. Estonian Defence Minister Tarmo Kask told",
            "Reuters that the incident was part of a pattern.",
            "",
            "According to the public broadcaster Yle, the crew denied any wrongdoing.",
            "The Kremlin rejected any suggestion of involvement.",
            "",
            "Editors: Sarah Collins",
        ],
    );
    let report = draft_and_check(&pdf, tmp.path(), "baltic");
    assert!(report.contains("2 paragraphs"), "{report}");
    let dir = tmp.path().join("baltic");
    let actors = std::fs::read_to_string(dir.join("actors.json")).unwrap();
    for name in ["Tarmo Kask", "Reuters", "Russia", "Estonia"] {
        assert!(actors.contains(name), "{name} in {actors}");
    }
    let claims = std::fs::read_to_string(dir.join("claims.json")).unwrap();
    assert!(claims.contains("\"attributed\""), "{claims}");
}

#[test]
fn bad_inputs_are_refused_with_a_fix_and_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let cases: Vec<(std::path::PathBuf, &str)> = vec![
        (write("empty.txt", b""), "the brief is empty"),
        (write("blank.md", b"  \n\n \n"), "the brief is empty"),
        (
            write("junk.txt", &[0, 159, 146, 150, 0, 1, 2, 255]),
            "UTF-8",
        ),
        (
            write("controls.txt", b"\x00\x01\x02\x03abc\x04\x05"),
            "not text",
        ),
        (
            write(
                "nobyline.txt",
                b"A Title\n\nJust a body. With sentences.\n\nMore body text here.\n",
            ),
            "no byline",
        ),
        (
            write("nobody.txt", b"A Title\n\nJane Roe | No. 3 | May 1, 2024\n"),
            "no body",
        ),
        // draft44: a wire's byline and a dateline without its year, with no option to give
        // it: refused, naming the option.
        (
            write(
                "wire.txt",
                "ANALYSIS No. 12\n\nA Title of Four Words\n\nBy Jane Roe and John Doe\n\n\
                 KELOWNA, British Columbia, Aug. 19 (Northstar Wire) \u{2013} The body. More.\n"
                    .as_bytes(),
            ),
            "--published YYYY-MM-DD",
        ),
        (write("brief.docx", b"PK\x03\x04"), "unknown format"),
        (
            write("broken.pdf", b"%PDF-1.4\nthis is not really a pdf"),
            "PDF",
        ),
        (
            write(
                "page.html",
                b"<html><body><p>No title or byline here.</p></body></html>",
            ),
            "byline",
        ),
    ];
    for (input, message) in &cases {
        let out = tmp.path().join("out");
        let o = run(&["draft", path(input), "--out", path(&out)]);
        assert_eq!(
            o.status.code(),
            Some(2),
            "{}: {}",
            input.display(),
            stderr(&o)
        );
        assert!(
            stderr(&o).to_lowercase().contains(&message.to_lowercase()),
            "{}: {}",
            input.display(),
            stderr(&o)
        );
        assert!(!out.exists(), "{}: nothing is written", input.display());
    }
}

#[test]
fn a_folder_of_briefs_drafts_each_into_its_own_brief() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for name in ["gulf-energy.txt", "wire-report.txt"] {
        std::fs::copy(
            super::repo().join("tests/data/briefs").join(name),
            input.join(name),
        )
        .unwrap();
    }
    std::fs::write(input.join("notes.csv"), "not a brief").unwrap();
    let root = tmp.path().join("kb");
    let o = run(&["draft", path(&input), "--out", path(&root)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("drafted 2 of 2 briefs"),
        "{}",
        stdout(&o)
    );
    let c = run(&["check", "--no-embeddings", "--knowledge", path(&root)]);
    assert!(c.status.success(), "{}", stdout(&c));
    assert!(stdout(&c).contains("gulf-energy") && stdout(&c).contains("wire-report"));
}

/// Held-out briefs the drafter cannot read yet wait in tests/data/briefs-heldout/refused/,
/// with their references: each is refused with an error that says what its byline needs, and
/// nothing is written, as the issue asks of any input the drafter cannot read. The references
/// load with every body sentence cited, so the brief is measured as soon as the drafter reads
/// it; when it does, this test fails, and the brief moves up into the held-out folder. Between
/// such briefs the folder is missing (draft44 and draft46 moved the last ones,
/// bc-wildfire-insurance and ireland-short-term-lets, into the tuning briefs and removed it) or
/// empty, and the test has nothing to check and passes.
#[test]
fn held_out_briefs_the_drafter_refuses_are_refused_cleanly() {
    let dir = Path::new("tests/data/briefs-heldout/refused");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let briefs: Vec<std::path::PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    for brief in &briefs {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("draft");
        let o = run(&["draft", path(brief), "--out", path(&out)]);
        let err = stderr(&o);
        assert!(!o.status.success(), "{} was drafted", brief.display());
        assert!(err.contains("byline"), "{}: {err}", brief.display());
        assert!(
            !out.exists(),
            "{}: a half-draft was written",
            brief.display()
        );
    }
    let references = dir.join("reference");
    if !briefs.is_empty() && references.is_dir() {
        let c = run(&["check", "--no-embeddings", "--knowledge", path(&references)]);
        let report = stdout(&c);
        assert!(c.status.success(), "{report}{}", stderr(&c));
        assert_eq!(
            report.matches("every body sentence is cited").count(),
            briefs.len(),
            "{report}"
        );
    }
}

/// draft47: briefs in front-matter layouts none of the known bylines has (kicker lines with
/// middle dots or bars, a working note's number, a standfirst, names with affiliations, a
/// European date, "By … in City", a weekday and a time after the date, an update after the
/// first publication) draft into knowledge bases that `check` accepts, with the metadata a
/// reader sees in the front matter.
#[test]
fn briefs_in_new_front_matter_layouts_draft_with_their_metadata() {
    // (file, brief, title, authors, number, series, publisher, published)
    type Row<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a [&'a str],
        u64,
        &'a str,
        &'a str,
        &'a str,
    );
    let rows: &[Row] = &[
        (
            "lunar-crater.txt",
            "UMEÅ UNIVERSITY · ARCTIC SPACE GOVERNANCE LAB\n\
             Working Note 4/2036 · Space Law and Policy\n\n\
             Who Owns a Lunar Crater?\n\n\
             The treaty bars claims of sovereignty. It says little about mining.\n\n\
             Signe Lindqvist (Umeå University) & Tomas Eriksen (University of Tromsø)\n\
             21.10.2036\n\n\
             On 3 October 2036, the Lunar Resources Office in Luxembourg granted the first licence to \
             mine water ice near the Shackleton crater. The licence runs for ten years and covers an \
             area of forty square kilometres.\n\n\
             Norway's foreign ministry said the licence was \"a claim of sovereignty in all but \
             name\". Two days later, the United Nations Office for Outer Space Affairs called a \
             meeting of its legal subcommittee.\n\n\
             We argue that the treaty allows extraction but not exclusive zones, and that the \
             subcommittee should say so before the next licence is granted.\n",
            "Who Owns a Lunar Crater?",
            &["Signe Lindqvist", "Tomas Eriksen"],
            4,
            "Working Note",
            "Umeå University",
            "2036-10-21",
        ),
        (
            "peso-explainer.txt",
            "THE MERIDIAN POST | MEXICO & CENTRAL AMERICA | EXPLAINER\n\
             Issue 31\n\n\
             Why the Peso Fell in October\n\n\
             By Lucía Herrera in Mexico City and Daniel Okafor in Guatemala City\n\
             Sunday, March 15, 2037 · 6:00 a.m. CST\n\
             Updated March 16, 2037\n\n\
             The Bank of Mexico raised its main interest rate by half a point on March 12, 2037, \
             the third rise this year. The peso still lost four percent against the dollar in a week.\n\n\
             Finance Minister Rocío Aguilar said the fall was \"a passing storm\". Traders in \
             Guatemala City said remittances from the United States had slowed since January.\n\n\
             The central bank will meet again in May, and analysts expect another rise.\n",
            "Why the Peso Fell in October",
            &["Lucía Herrera", "Daniel Okafor"],
            31,
            "Policy Brief",
            "The Meridian Post",
            "2037-03-15",
        ),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (file, text, title, authors, number, series, publisher, published) in rows {
        let input = tmp.path().join(file);
        std::fs::write(&input, text).unwrap();
        let root = tmp.path().join(file.trim_end_matches(".txt"));
        draft_and_check(&input, &root, "brief");
        let brief: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("brief").join("brief.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(brief["title"], *title, "{file}");
        let got: Vec<&str> = brief["authors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(got, *authors, "{file}");
        assert_eq!(brief["number"], *number, "{file}");
        assert_eq!(brief["series"], *series, "{file}");
        assert_eq!(brief["publisher"], *publisher, "{file}");
        assert_eq!(brief["published"], *published, "{file}");
    }
    // The same front matter without any number is refused, naming the number as what is
    // missing, and nothing is written: the format requires a brief's number (knowledge/README.md,
    // and the loader refuses a brief without one).
    let text = rows[1].1.replace("Issue 31\n", "");
    let input = tmp.path().join("no-number.txt");
    std::fs::write(&input, text).unwrap();
    let out = tmp.path().join("no-number");
    let o = run(&["draft", path(&input), "--out", path(&out)]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("names no number"), "{}", stderr(&o));
    assert!(!out.exists());
}
