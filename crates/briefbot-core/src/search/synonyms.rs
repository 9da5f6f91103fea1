//! Synonyms the brief's vocabulary needs. Each group lists words a reader may use for the same
//! idea; a query word matches the others in its group at a slightly lower weight than itself.
//! Groups are stemmed when the index is built, so inflections come for free.

pub const GROUPS: &[&[&str]] = &[
    &["veto", "block", "blocked", "stop", "thwart"],
    &["resolution", "draft", "motion", "proposal"],
    &["russia", "moscow", "kremlin", "russian", "russians"],
    &[
        "us",
        "usa",
        "america",
        "american",
        "washington",
        "united",
        "states",
    ],
    &["israel", "israeli", "israelis", "jerusalem"],
    &["distract", "divert", "diversion", "attention", "focus"],
    &[
        "kalashnikov",
        "kalash",
        "ak",
        "ak47",
        "rifle",
        "rifles",
        "gun",
        "guns",
    ],
    &["crypto", "cryptocurrency", "digital", "bitcoin", "wallets"],
    &["weapon", "weapons", "weaponry", "arms", "missiles", "armed"],
    &[
        "kill",
        "die",
        "died",
        "dying",
        "killed",
        "death",
        "deaths",
        "casualties",
        "dead",
        "toll",
        // "The victims' families" are those of "the murdered Israelis".
        "murder",
        "murdered",
        "victim",
        "victims",
    ],
    &["attack", "massacre", "assault", "hit", "raid", "onslaught"],
    &["ceasefire", "truce", "halt"],
    // Pressing for something: "Russia is pushing a ceasefire" of "attempting to promote a
    // ceasefire".
    &["promote", "push", "advocate", "champion", "lobby"],
    &[
        "condemn",
        "bash",
        "bashing",
        "denounce",
        "criticize",
        "criticise",
        "criticism",
        "condemnation",
        "slam",
        "slammed",
        "decry",
        "decried",
    ],
    &[
        "friend", "ally", "allies", "alliance", "partner", "bestie", "buddy", "pal", "bff",
    ],
    &["explosion", "blast", "bombing", "strike", "hit"],
    &["idf", "army", "soldiers", "military", "troops"],
    &["un", "nations"],
    &[
        "propaganda",
        "media",
        "outlets",
        "coverage",
        "covering",
        "spin",
        "spinning",
    ],
    &["help", "support", "assist", "aid", "backed", "sided"],
    &["elect", "election", "elections", "vote", "won", "victory"],
    &["terrorist", "terror", "terrorism", "militants"],
    &[
        "meet",
        "meeting",
        "met",
        "visit",
        "visited",
        "delegation",
        "trip",
    ],
    &["call", "phone", "spoke", "conversation"],
    &["produce", "manufacture", "make", "build"],
    &[
        "license",
        "licence",
        "permit",
        "allowed",
        "allow",
        "permission",
        // "Russia let Hamas make its own rifles."
        "let",
        "lets",
    ],
    &["consider", "regard", "look", "see", "view"],
    &["blame", "responsible", "accuse", "accused", "fault"],
    &["pogrom", "riot", "mob", "antisemitic"],
    &["compare", "comparison", "likened", "liken"],
    &[
        "want", "aspire", "aim", "goal", "seek", "interest", "agenda",
    ],
    &[
        "train", "trained", "training", "instruct", "teach", "study", "studied",
    ],
    &[
        "servers",
        "server",
        "cyber",
        "internet",
        "tech",
        "technology",
        "infrastructure",
    ],
    &["ukraine", "ukrainian", "kyiv", "kiev"],
    &["iran", "iranian", "tehran"],
    // A state's proxies are the allies it backs: "Iran's proxies" are "Iran's allies".
    &["proxy", "proxies", "ally", "allies"],
    &["syria", "syrian", "damascus"],
    &["soviet", "soviets", "ussr"],
    &["self", "defense", "defence", "defend"],
    &["occupy", "occupying", "occupation", "occupier"],
    &[
        "impress",
        "impressed",
        "admire",
        "admired",
        "wowed",
        "awed",
        "dazzled",
    ],
    &["legitimate", "legit", "lawful", "legal"],
    &["sanctions", "sanction", "bypass", "evade", "evading"],
    &["palestinian", "palestinians", "gazans"],
    &["gaza", "strip"],
    &["hospital", "ahli"],
    // Everyday paraphrases of the brief's verbs and nouns.
    &["tv", "television", "channel", "broadcaster", "station"],
    &[
        "group",
        "outfit",
        "organization",
        "organisation",
        "movement",
        "faction",
    ],
    &[
        "give",
        "gave",
        "given",
        "supply",
        "supplied",
        "provide",
        "provided",
        "transfer",
        "transported",
        "send",
        "sent",
        "deliver",
        "ship",
        "shipped",
    ],
    &[
        "tone",
        "toned",
        "soften",
        "softened",
        "scale",
        "scaled",
        "reduce",
        "reduced",
        "moderate",
        "moderated",
    ],
    &["launch", "launched", "fire", "fired", "shot"],
    &["inside", "within"],
    &[
        "implied",
        "imply",
        "suggest",
        "suggested",
        "hint",
        "insinuate",
    ],
    &["cause", "caused", "responsible", "behind", "fault"],
    &[
        "confirm",
        "confirmed",
        "validate",
        "validated",
        "prove",
        "proved",
        "vindicate",
    ],
    &[
        "fight",
        "fighting",
        "wage",
        "waging",
        "war",
        "combat",
        "conflict",
        "conflicts",
    ],
    &[
        "treat",
        "treats",
        "regard",
        "regards",
        "consider",
        "considers",
        "deem",
        "classify",
        "classifies",
        "label",
        "labels",
        "view",
        "views",
        "see",
        "sees",
    ],
    &[
        "refuse", "refused", "decline", "declined", "reject", "rejected", "deny", "denied",
    ],
    &[
        "declare", "declared", "claim", "claimed", "assert", "asserted", "allege", "alleged",
    ],
    &["relationship", "relations", "ties", "bond", "links"],
    &[
        "close", "closer", "closest", "near", "intimate", "tight", "tighter", "cozy", "cosy",
        "chummy",
    ],
    &["warn", "warned", "threat", "threaten"],
    &[
        "policy", "stance", "position", "line", "approach", "attitude", "playbook", "strategy",
        "tactic", "tactics", "gameplan",
    ],
    &[
        "change", "changed", "shift", "shifted", "turn", "turning", "flip", "flipped",
        // Adapting a policy is changing it: "how fast Israel changes course" of "the quicker
        // Israel adapts its policy".
        "adapt", "adapts", "adjust", "adjusts",
    ],
    &[
        "recommend",
        "recommendation",
        "urge",
        "advise",
        "should",
        "must",
        "need",
        "want",
    ],
    &[
        "praise",
        "praised",
        "thank",
        "thanked",
        "grateful",
        "gratitude",
    ],
    &["rocket", "missile", "projectile"],
    &[
        "money",
        "funds",
        "funding",
        "finance",
        "financing",
        "dollars",
    ],
    &["school", "academy", "academies", "college", "colleges"],
    &["country", "state", "nation"],
    &["leader", "head", "chief", "president", "prez"],
    &["ambassador", "envoy", "diplomat", "representative"],
    &["blockade", "siege", "encirclement"],
    &[
        "exaggerate",
        "hype",
        "hyped",
        "exaggerated",
        "inflate",
        "inflated",
        "overstate",
        "overstated",
    ],
    &["jewish", "jews", "antisemitic", "antisemitism"],
    &[
        "talk",
        "talked",
        "conversation",
        "spoke",
        "speak",
        "discuss",
        "interview",
        "interviewed",
    ],
    &[
        "inform", "informed", "update", "updated", "tell", "notify", "notified", "warn",
    ],
    &[
        "license",
        "licensed",
        "licence",
        "permit",
        "permitted",
        "authorize",
        "authorise",
        "authorized",
        "authorised",
    ],
    &["ammunition", "ammo", "rounds", "bullets"],
    &["unprecedented", "unparalleled", "unique"],
    // Speaking in public: "when did Putin first speak publicly" for his speech.
    &[
        "speech",
        "speak",
        "spoke",
        "remarks",
        "address",
        "addressed",
    ],
    // Who the rioters went after, and what a war is used for.
    &["passengers", "travellers", "travelers", "flyers"],
    // Official lists of terrorist organisations: "which countries list Hamas as terrorists" for
    // "defined as a terrorist organization by the United States…".
    &[
        "define",
        "defined",
        "designate",
        "designated",
        "designation",
        "list",
        "listed",
        "lists",
        "label",
        "labelled",
        "labeled",
        "classify",
        "classified",
        "brand",
        "branded",
    ],
    &["justify", "justification", "excuse", "pretext"],
    // Wording open to more than one reading: "was the Russian text vague about who it
    // condemned" of "which could be interpreted as a condemnation of…".
    &[
        "vague",
        "vaguely",
        "ambiguous",
        "ambiguity",
        "unclear",
        "interpreted",
        "interpret",
        "interpretation",
    ],
    // The plain words of the idioms below, beside the brief's ways of saying them.
    &[
        "rift",
        "decline",
        "split",
        "breach",
        "tension",
        "severed",
        "strained",
        "dip",
        "downturn",
        "sour",
        "soured",
        "souring",
        "cooled",
        "break",
        "broke",
        "broken",
        "frosty",
        "chilly",
        "icy",
        "spat",
        "feud",
        "quarrel",
        "drop",
        "dropped",
        "worsened",
        "deteriorated",
        "plunged",
        "slumped",
    ],
    &["began", "begin", "start", "started", "outbreak", "erupted"],
    &["found", "discovered", "uncovered", "seized"],
    &[
        "reached",
        "reach",
        "arrived",
        "transported",
        "delivered",
        "smuggled",
    ],
    &[
        "phoned",
        "phone",
        "called",
        "call",
        "conversation",
        "ring",
        "rang",
    ],
    &["condolences", "condolence", "sympathies", "sympathy"],
    &["influential", "influence", "standing", "status"],
    &[
        "downplayed",
        "downplay",
        "minimised",
        "minimized",
        "understated",
    ],
    &["immediately", "promptly", "quickly", "instantly"],
    // Speed compared: "why should Israel move fast" of "the quicker Israel adapts".
    &[
        "fast", "faster", "quicker", "sooner", "swift", "swifter", "rapid", "rapidly", "rush",
        "hurry",
    ],
    // Keeping quiet is refraining ("israel stayed quiet when russia grabbed crimea").
    &["refrain", "refrained", "quiet", "silent", "silence"],
    // Months as chat writes them ("oct 7"): dates are read from the full names too, but a
    // question's words must also meet "October 7" in the entries' text.
    &["january", "jan"],
    &["february", "feb"],
    &["april", "apr"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
    &["different", "diff", "various"],
    &[
        "rhetoric",
        "tone",
        "language",
        "terminology",
        "wording",
        "lingo",
        "messaging",
        "discourse",
    ],
    // Getting harsher, as chat says it: "the talk got nastier".
    &[
        "harsh", "harsher", "harshest", "nasty", "nastier", "tougher", "sharper", "meaner",
        "uglier",
    ],
    &[
        "depict",
        "depicted",
        "portray",
        "portrayed",
        "portrays",
        "present",
        "presented",
        "paint",
        "painted",
    ],
    // Chat spellings of content words.
    &["people", "ppl", "folks"],
    &["government", "govt", "gov"],
    &["international", "intl"],
    &["civilian", "civilians", "noncombatant", "innocent"],
    &["democracy", "democratic", "democratically"],
    &["election", "elected", "poll", "ballot"],
    &[
        "invade",
        "invasion",
        "annex",
        "annexation",
        "seize",
        "grab",
        "grabbed",
        "takeover",
    ],
    &[
        "benefit",
        "advantage",
        "interest",
        "gain",
        "important",
        // "Why does Hamas care about…" asks what makes it important to them.
        "care",
        "cares",
        "payoff",
        "upside",
        "serve",
        "serves",
        "convenient",
        "suit",
        "suits",
        "suited",
        // What one gains is what one aims at: "what does Moscow get out of it" is answered by
        // its main goal.
        "goal",
        "aim",
        "aspire",
        "better",
    ],
    // Being drawn into a region's events: "Washington bogged down / busy / tied up in the
    // Mideast" for "US involvement in events in the Middle East".
    &[
        "involvement",
        "involved",
        "busy",
        "preoccupied",
        "entangled",
        "embroiled",
        "mired",
    ],
    &["divert", "deflect", "shift", "draw"],
    // A first aim or concern: "Moscow's #1 goal", "top priority", "main goal".
    &[
        "main",
        "primary",
        "principal",
        "top",
        "foremost",
        "biggest",
        "overriding",
    ],
    // Getting back what was lost: "win back its standing" for "restore its standing".
    &[
        "restore", "regain", "reclaim", "rebuild", "revive", "recover", "recoup",
    ],
    // Relations getting better again: "ties bounced back" for "ties began to warm".
    &[
        "warm",
        "warmed",
        "warming",
        "thaw",
        "thawed",
        "improve",
        "improved",
        "rebound",
        "rebounded",
        "recovered",
        "mend",
        "mended",
    ],
    &[
        "weaken",
        "wreck",
        "wrecking",
        "wrecked",
        "undermine",
        "undermining",
        "destabilize",
        "destabilise",
        "stability",
    ],
];

/// Everyday idioms, each with a plain word the synonym groups know. Chat users say "gave Moscow
/// a heads-up" where a brief writes "updated Moscow", and single-word synonyms cannot see a
/// phrase: the idiom is read as the plain word before the question is searched. Phrases are
/// written lower-case with single spaces (hyphens in the question count as spaces); the longest
/// phrase that fits wins.
pub const IDIOMS: &[(&str, &str)] = &[
    // Asking whether something is true: "any link between Wagner and Hamas or is that a myth".
    ("or is that a myth", "really"),
    ("or is it a myth", "really"),
    ("or just a myth", "really"),
    ("or is that just a myth", "really"),
    ("or is it just a myth", "really"),
    ("or is that a rumor", "really"),
    ("or is that a rumour", "really"),
    ("or is that fake", "really"),
    // Passing through a place on the way: "which country did the missiles pass through".
    ("pass through", "transported via"),
    ("passed through", "transported via"),
    ("passing through", "transported via"),
    ("routed through", "transported via"),
    ("routed via", "transported via"),
    ("funneled through", "transported via"),
    ("funnelled through", "transported via"),
    // Putting a publication out: "when did INSS put this out". Only of "this" or "it": what
    // a party "put out" after a visit is a statement, which the briefs do not call published.
    // The document, article or paper a reader asks about is the brief: "what happened in
    // Dagestan according to the document". Only where the words point at the text itself.
    ("according to the document", "according to the brief"),
    ("according to the article", "according to the brief"),
    ("according to the paper", "according to the brief"),
    ("according to the piece", "according to the brief"),
    ("according to the text", "according to the brief"),
    ("does the document say", "does the brief say"),
    ("does the article say", "does the brief say"),
    ("does the paper say", "does the brief say"),
    ("does the piece say", "does the brief say"),
    ("does the text say", "does the brief say"),
    ("put this out", "published this"),
    ("put it out", "published it"),
    ("put out this", "published this"),
    // Committing an attack: "when did Hamas carry out the massacre".
    ("carry out", "perpetrate"),
    ("carried out", "perpetrated"),
    ("carrying out", "perpetrating"),
    ("carries out", "perpetrates"),
    // Doing something on purpose: "dialed back its criticism on purpose".
    ("on purpose", "deliberately"),
    ("intentionally", "deliberately"),
    ("purposely", "deliberately"),
    // A belief the authors call wrong: "what wrong assumption did Oct 7 expose".
    ("wrong assumption", "misconception"),
    ("false assumption", "misconception"),
    ("mistaken assumption", "misconception"),
    ("mistaken belief", "misconception"),
    ("false belief", "misconception"),
    ("wrong belief", "misconception"),
    // Telling someone in advance.
    ("a heads up", "informed"),
    ("heads up", "informed"),
    ("tipped off", "informed"),
    ("tip off", "informed"),
    ("tipping off", "informed"),
    ("filled in", "informed"),
    ("kept in the loop", "informed"),
    ("in the loop", "informed"),
    // Blame and fault.
    ("pointed the finger at", "blamed"),
    ("point the finger at", "blamed"),
    ("points the finger at", "blamed"),
    ("pointing the finger at", "blamed"),
    ("point fingers at", "blamed"),
    // Going back to an old way: "the rhetoric went back to Soviet style" for "returning to the
    // terminology used by the Soviets".
    ("went back to", "returning to"),
    ("go back to", "return to"),
    ("goes back to", "returns to"),
    ("going back to", "returning to"),
    ("reverted to", "returning to"),
    ("revert to", "return to"),
    ("reverting to", "returning to"),
    // Stopping a resolution or a plan.
    ("shot down", "blocked"),
    ("shoot down", "blocked"),
    ("voted down", "blocked"),
    ("vote down", "blocked"),
    ("killed off", "blocked"),
    // Starting.
    ("went down", "happened"),
    ("go down", "happened"),
    ("goes down", "happened"),
    // Changing course is a shift.
    ("change course", "shift"),
    ("changes course", "shift"),
    ("changed course", "shift"),
    ("changing course", "shift"),
    ("kicked off", "began"),
    ("kick off", "began"),
    ("kicking off", "began"),
    ("broke out", "began"),
    ("break out", "began"),
    // Softening and hardening a line.
    ("dial down", "softened"),
    ("dialed down", "softened"),
    ("dialled down", "softened"),
    ("dialing down", "softened"),
    ("dialed back", "softened"),
    ("dialled back", "softened"),
    ("dial back", "softened"),
    ("walked back", "softened"),
    ("eased off", "softened"),
    // Keeping on good terms is the brief's "good relations": "why does Russia stay friendly
    // with everyone" asks for "maintaining good relations with both sides". ("Friendly" alone
    // stems to "friend", which is an ally.)
    ("friendly with", "good relations with"),
    ("friendly w", "good relations with"),
    ("on good terms with", "good relations with"),
    ("on good terms", "good relations"),
    ("stay friendly", "maintain good relations"),
    ("stays friendly", "maintains good relations"),
    ("staying friendly", "maintaining good relations"),
    ("play both sides", "good relations with both sides"),
    ("plays both sides", "good relations with both sides"),
    ("playing both sides", "good relations with both sides"),
    ("go easy on", "softened"),
    ("go easier on", "softened"),
    ("went easier on", "softened"),
    ("going easier on", "softened"),
    ("was easier on", "softened"),
    ("softer on", "softened"),
    ("went easy on", "softened"),
    ("going easy on", "softened"),
    ("goes easy on", "softened"),
    ("ease off", "softened"),
    ("ramped up", "intensified"),
    ("ramp up", "intensified"),
    ("stepped up", "intensified"),
    ("step up", "intensified"),
    // Exaggerating.
    ("pumped up", "exaggerated"),
    ("pump up", "exaggerated"),
    ("blew up", "exaggerated"),
    ("hyped up", "exaggerated"),
    ("played up", "exaggerated"),
    ("play up", "exaggerated"),
    ("played down", "downplayed"),
    ("play down", "downplayed"),
    // Closeness and quarrels.
    ("cozying up to", "closer"),
    ("cozy up to", "closer"),
    ("cosying up to", "closer"),
    ("cosy up to", "closer"),
    ("buddy up", "closer"),
    ("buddies with", "friends"),
    ("buddies", "friends"),
    ("on good terms", "friends"),
    ("falling out", "rift"),
    ("fell out", "rift"),
    ("fall out", "rift"),
    // Sending forces somewhere is deploying them.
    ("sent troops", "deployed troops"),
    ("send troops", "deploy troops"),
    ("sends troops", "deploys troops"),
    ("sending troops", "deploying troops"),
    ("sent soldiers", "deployed soldiers"),
    ("send soldiers", "deploy soldiers"),
    ("sending soldiers", "deploying soldiers"),
    ("sent forces", "deployed forces"),
    ("send forces", "deploy forces"),
    ("boots on the ground", "deployed troops"),
    // Relations cooling: "when did ties between Moscow and Hamas cool off" for "a temporary
    // decline in relations". "Cool" alone is also chat's "fine".
    ("cool off", "decline"),
    ("cools off", "declines"),
    ("cooled off", "declined"),
    ("cooling off", "decline"),
    ("cool down", "decline"),
    ("cooled down", "declined"),
    ("went cold", "declined"),
    ("grew cold", "declined"),
    ("turned cold", "declined"),
    // Interests that coincide: "Russia's interests line up with Israel's" is whether they are
    // to Israel's benefit.
    ("line up with", "benefit"),
    ("lines up with", "benefit"),
    ("lined up with", "benefit"),
    ("lining up with", "benefit"),
    ("line up w", "benefit"),
    ("lines up w", "benefit"),
    // Being full of something: "Russian Telegram is full of antisemitic posts" for "awash with
    // antisemitic comments".
    ("full of", "awash with"),
    ("flooded with", "awash with"),
    ("flooded w", "awash with"),
    ("swamped with", "awash with"),
    ("overrun with", "awash with"),
    ("teeming with", "awash with"),
    ("rife with", "awash with"),
    ("bad blood", "rift"),
    // "Hit" is also an attack: the whole phrase is read, not its words.
    ("hit a rough patch", "rift"),
    ("hit a rocky patch", "rift"),
    ("rough patch", "rift"),
    ("rocky patch", "rift"),
    ("hit the rocks", "rift"),
    ("on the rocks", "rift"),
    ("went south", "rift"),
    ("go south", "rift"),
    ("went sour", "rift"),
    // Two parties that "stop talking" cut their ties.
    ("stop talking", "severed ties"),
    ("stopped talking", "severed ties"),
    ("quit talking", "severed ties"),
    ("cut ties", "severed ties"),
    ("kill the relationship", "severed ties"),
    ("killed the relationship", "severed ties"),
    ("end the relationship", "severed ties"),
    ("ended the relationship", "severed ties"),
    ("cut off ties", "severed ties"),
    ("two sides", "both sides"),
    ("either side", "both sides"),
    ("play both sides", "good relations with both sides"),
    ("playing both sides", "good relations with both sides"),
    // Finding and arriving.
    ("turned up", "found"),
    ("turn up", "found"),
    ("showed up", "found"),
    ("popped up", "found"),
    ("ended up", "reached"),
    ("end up", "reached"),
    ("wound up", "reached"),
    ("made its way", "reached"),
    ("made their way", "reached"),
    ("make it to", "reach"),
    ("made it to", "reached"),
    ("found their way", "reached"),
    ("found its way", "reached"),
    ("find their way", "reach"),
    // Telephone calls and sympathy.
    ("rang up", "phoned"),
    ("rang", "phoned"),
    ("got on the phone with", "phoned"),
    ("gave a call", "phoned"),
    ("called up", "phoned"),
    ("sympathies", "condolences"),
    ("sympathy", "condolences"),
    // Condolences (or sympathy) are offered, sent, extended or conveyed where the brief
    // "expressed" them; a possessive between ("offered his condolences") is skipped when idioms
    // are matched, and "offer" alone ("offer to help") keeps its own sense.
    ("offer condolences", "expressed condolences"),
    ("offer sympathy", "expressed condolences"),
    ("offer sympathies", "expressed condolences"),
    ("offered condolences", "expressed condolences"),
    ("offered sympathy", "expressed condolences"),
    ("offered sympathies", "expressed condolences"),
    ("offering condolences", "expressed condolences"),
    ("offering sympathy", "expressed condolences"),
    ("offering sympathies", "expressed condolences"),
    ("send condolences", "expressed condolences"),
    ("send sympathy", "expressed condolences"),
    ("send sympathies", "expressed condolences"),
    ("sent condolences", "expressed condolences"),
    ("sent sympathy", "expressed condolences"),
    ("sent sympathies", "expressed condolences"),
    ("extend condolences", "expressed condolences"),
    ("extend sympathy", "expressed condolences"),
    ("extend sympathies", "expressed condolences"),
    ("extended condolences", "expressed condolences"),
    ("extended sympathy", "expressed condolences"),
    ("extended sympathies", "expressed condolences"),
    ("conveyed condolences", "expressed condolences"),
    ("conveyed sympathy", "expressed condolences"),
    ("conveyed sympathies", "expressed condolences"),
    ("convey condolences", "expressed condolences"),
    ("convey sympathy", "expressed condolences"),
    ("convey sympathies", "expressed condolences"),
    // Other everyday words for the brief's nouns.
    ("hardware", "weapons"),
    ("cash", "money"),
    ("bankrolled", "funded"),
    ("bankroll", "funded"),
    ("big player", "influential"),
    ("major player", "influential"),
    ("top diplomat", "foreign minister"),
    ("mideast", "middle east"),
    ("right away", "immediately"),
    ("marriage of convenience", "alliance"),
    ("fm", "foreign minister"),
    ("green light", "permission"),
    ("greenlit", "permitted"),
    ("green lit", "permitted"),
    // Neutrality is a stance toward the sides: the search finds where the brief says whom to
    // stand with, and the stance check calls the two opposite.
    ("stay neutral", "stand"),
    ("stays neutral", "stand"),
    ("remain neutral", "stand"),
    ("remains neutral", "stand"),
    ("be neutral", "stand"),
    ("sit on the fence", "stand"),
    ("on the fence", "stand"),
    ("sit down with", "met"),
    ("sat down with", "met"),
    ("sit with", "met"),
    ("sat with", "met"),
    ("sitting with", "met"),
    ("game plan", "strategy"),
    ("pumped up", "exaggerated"),
    ("pump up", "exaggerated"),
    ("never seen before", "unprecedented"),
    ("without precedent", "unprecedented"),
    // Wanting to seem fair: "when did Russia try to look objective on Gaza" for "an image of
    // objectivity". Only with a verb of seeming, since a state's "objective" is its goal.
    ("look objective", "image of objectivity"),
    ("looking objective", "image of objectivity"),
    ("seem objective", "image of objectivity"),
    ("appear objective", "image of objectivity"),
    ("look impartial", "image of objectivity"),
    ("seem impartial", "image of objectivity"),
    ("appear impartial", "image of objectivity"),
    ("look unbiased", "image of objectivity"),
    ("look even handed", "image of objectivity"),
    ("seem even handed", "image of objectivity"),
    ("look balanced", "image of objectivity"),
    ("with no precedent", "unprecedented"),
    // "Where did the attack take place": the place, not the words "take" and "place".
    ("take place", "happened"),
    ("took place", "happened"),
    ("takes place", "happened"),
    ("straight away", "immediately"),
    ("went after", "attacked"),
    ("go after", "attacked"),
    ("in it for", "benefit"),
    ("get out of", "benefit"),
    ("gets out of", "benefit"),
    ("bogged down", "involvement"),
    ("tied up", "involvement"),
    // Common nicknames of leaders the briefs name.
    ("bibi", "netanyahu"),
    ("vvp", "putin"),
    ("vlad", "vladimir"),
    ("sleepy joe", "biden"),
    ("handed over", "gave"),
    ("state tv", "state media"),
    // Having been to a place is having visited it: "have Hamas leaders been to Moscow".
    ("been to", "visited"),
    // What a text leaves out is what it did not include: "what was missing from the Russian
    // draft" of "it failed to include any condemnation of Hamas".
    ("missing from", "did not include"),
    ("missing in", "did not include"),
    ("left out of", "did not include"),
    ("omitted from", "did not include"),
    // A state's channels and the Kremlin's television are its state media.
    ("state channels", "state media"),
    ("state tv channels", "state media"),
    ("state run channels", "state run media"),
    ("kremlin tv", "kremlin media"),
    ("kremlin television", "kremlin media"),
    ("state television", "state media"),
    // Breaking off relations, with or without "all": the brief's word is "severed". What was
    // broken off stays a word of its own, so the question still finds the sentence on ties.
    ("cut off all ties", "severed ties"),
    ("cut all ties", "severed ties"),
    ("cut all contact", "severed contact"),
    ("cut ties", "severed ties"),
    ("cut relations", "severed relations"),
    ("cut all relations", "severed relations"),
    ("broke off ties", "severed ties"),
    ("broke off relations", "severed relations"),
    ("broke off all ties", "severed ties"),
    ("break off ties", "severed ties"),
    ("break off relations", "severed relations"),
    ("cut off", "severed"),
    ("cut contact", "severed contact"),
    ("cut off contact", "severed contact"),
    ("cut off all contact", "severed contact"),
    // The object may stand between the verb and its particle: "did Russia cut Hamas off". The
    // slot takes one word and keeps it, so what was cut off is still searched.
    ("cut * off", "severed *"),
    ("cuts * off", "severs *"),
    ("cutting * off", "severing *"),
    // Telling someone beforehand: "when did Hamas let Moscow know about the assault" for
    // "updated Moscow about the attack".
    ("let * know", "informed *"),
    ("lets * know", "informs *"),
    ("letting * know", "informing *"),
    ("kept * posted", "informed *"),
    ("keep * posted", "inform *"),
    ("kept * in the loop", "informed *"),
    ("keep * in the loop", "inform *"),
    ("hand over", "gave"),
    ("soft on", "softened"),
    ("softer on", "softened"),
    ("win back", "regain"),
    ("won back", "regained"),
    ("winning back", "regaining"),
    ("bounce back", "recovered"),
    ("bounced back", "recovered"),
    ("bounces back", "recovered"),
    ("number one", "main"),
    // A war college is a military academy.
    ("war college", "military academy"),
    ("war colleges", "military academies"),
];

/// Symbols that chat writes for a word: "Moscow's #1 goal" is its main goal. A symbol counts
/// only as a whole word of the question.
const SYMBOL_WORDS: &[(&str, &str)] = &[
    ("#1", "main"),
    ("$", "money"),
    ("$$", "money"),
    ("$$$", "money"),
];

/// `text` with years written short, as chat writes them, in full: "the 90s" is the 1990s and
/// "cast lead 08-09" is 2008-2009, the brief's own spelling. A pair of two-digit numbers is
/// read as years only when it cannot be days ("oct 10-11" stays): with a leading zero or an
/// apostrophe, or above 31, and the second the year after the first. `None` when nothing
/// changes.
pub fn full_years(text: &str) -> Option<String> {
    use std::sync::LazyLock;
    static DECADE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(?:\b|')([0-9])0s\b").expect("valid"));
    static PAIR: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(')?([0-9]{2})\s*[-–/]\s*'?([0-9]{2})\b").expect("valid")
    });
    // The same reading of two digits as a date in a question gets.
    let century = super::dates::full_year;
    let decades = DECADE.replace_all(text, |c: &regex::Captures| {
        let d: u32 = c[1].parse().expect("a digit");
        format!("{}s", century(d * 10))
    });
    // "The nineties" as the brief writes it, "the 1990s". Only the decades of the last
    // century: "the twenties" could be either century's, and "the teens" is an age.
    static SPELLED: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(fifties|sixties|seventies|eighties|nine?t(?:ie|ee)s)\b")
            .expect("valid")
    });
    let decades = match SPELLED.replace_all(&decades, |c: &regex::Captures| {
        let decade = match c[1].to_lowercase().as_str() {
            "fifties" => 1950,
            "sixties" => 1960,
            "seventies" => 1970,
            "eighties" => 1980,
            _ => 1990,
        };
        format!("{decade}s")
    }) {
        std::borrow::Cow::Owned(changed) => std::borrow::Cow::Owned(changed),
        std::borrow::Cow::Borrowed(_) => decades,
    };
    let years = PAIR.replace_all(&decades, |c: &regex::Captures| {
        let (a, b) = (&c[2], &c[3]);
        let (x, y): (u32, u32) = (a.parse().expect("digits"), b.parse().expect("digits"));
        let dated = c.get(1).is_some() || a.starts_with('0') || x > 31;
        // A digit or letter just before the pair makes it part of a longer word ("2008-09").
        let start = c.get(0).expect("whole match").start();
        let glued = follows_a_word_character(&decades, start);
        if dated && !glued && (x + 1) % 100 == y {
            format!("{}-{}", century(x), century(y))
        } else {
            c[0].to_string()
        }
    });
    // "In '06": an apostrophe before two digits marks a year, as in "the '08-'09 war".
    static SHORT: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(^|[\s(])['\u{2019}]([0-9]{2})\b").expect("valid"));
    let years = match SHORT.replace_all(&years, |c: &regex::Captures| {
        let y: u32 = c[2].parse().expect("digits");
        format!("{}{}", &c[1], century(y))
    }) {
        std::borrow::Cow::Owned(changed) => std::borrow::Cow::Owned(changed),
        std::borrow::Cow::Borrowed(_) => years,
    };
    (years != text).then(|| years.into_owned())
}

fn follows_a_word_character(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Possessives a reader may put inside an idiom ("offered *his* condolences").
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our"];

/// How many of `words` the idiom `phrase` spans when they open with it, skipping a possessive
/// between two of its words that the phrase does not have, and the word its slot (`*`) took;
/// `None` when they do not. A slot takes one word of letters or digits, never a possessive, so
/// "cut them off" and "cut Hamas off" fit "cut * off" and "cut their ties" does not; nor "me",
/// since "let me know what the brief says" asks the bot, it names no one informed.
fn matched_len<'w>(
    phrase: &[&str],
    words: &[&'w str],
    bare: &dyn Fn(&str) -> String,
) -> Option<(usize, Option<&'w str>)> {
    let mut at = 0;
    let mut slot = None;
    for (k, p) in phrase.iter().enumerate() {
        if *p == "*" {
            let w = words.get(at)?;
            let b = bare(w);
            if b.is_empty() || b != *w || b == "me" || POSSESSIVES.contains(&b.as_str()) {
                return None;
            }
            slot = Some(*w);
            at += 1;
            continue;
        }
        let mut w = bare(words.get(at)?);
        if k > 0 && *p != w && POSSESSIVES.contains(&w.as_str()) {
            at += 1;
            w = bare(words.get(at)?);
        }
        if *p != w {
            return None;
        }
        at += 1;
    }
    Some((at, slot))
}

/// `text` with every idiom of [`IDIOMS`] replaced by its plain word; `None` when it has none
/// (most questions), so the caller keeps its text as it is.
pub fn plain_idioms(text: &str) -> Option<String> {
    type ByFirst = std::collections::HashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>>;
    // Idioms by their first word, so a question's words are looked up, not compared with every
    // idiom.
    static BY_FIRST: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut m: ByFirst = std::collections::HashMap::new();
        for (phrase, plain) in IDIOMS {
            let words: Vec<&str> = phrase.split(' ').collect();
            m.entry(words[0]).or_default().push((words, *plain));
        }
        m
    });
    // "Won't" is "will not": with its apostrophe a space, it would read as "won".
    let folded = crate::text::fold_for_search(text)
        .replace("won't", "will not")
        .replace("Won't", "Will not")
        .replace(['-', '’', '\''], " ");
    let words: Vec<&str> = folded.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    let mut changed = false;
    while i < words.len() {
        let raw = words[i].trim_matches(|c: char| matches!(c, '.' | ',' | '?' | '!' | ';' | ':'));
        if let Some((_, plain)) = SYMBOL_WORDS.iter().find(|(symbol, _)| *symbol == raw) {
            out.push(plain);
            i += 1;
            changed = true;
            continue;
        }
        let found = by_first
            .get(bare(words[i]).as_str())
            .and_then(|candidates| {
                candidates
                    .iter()
                    .filter_map(|(phrase, plain)| {
                        matched_len(phrase, &words[i..], &bare)
                            .map(|(n, slot)| (phrase.len(), n, *plain, slot))
                    })
                    .max_by_key(|(len, _, _, _)| *len)
                    .map(|(_, n, plain, slot)| (n, plain, slot))
            });
        match found {
            Some((n, plain, slot)) => {
                match slot {
                    Some(word) => {
                        out.extend(plain.split(' ').map(|p| if p == "*" { word } else { p }))
                    }
                    None => out.push(plain),
                }
                i += n;
                changed = true;
            }
            None => {
                out.push(words[i]);
                i += 1;
            }
        }
    }
    changed.then(|| out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::{full_years, plain_idioms};

    #[test]
    fn short_years_read_in_full() {
        let cases = [
            (
                "russia and hamas in the 90s",
                Some("russia and hamas in the 1990s"),
            ),
            ("what about the '90s", Some("what about the 1990s")),
            (
                "russia during cast lead 08-09",
                Some("russia during cast lead 2008-2009"),
            ),
            ("the '08-'09 war", Some("the 2008-2009 war")),
            ("the 98-99 talks", Some("the 1998-1999 talks")),
            // One year with its apostrophe; two digits without one are no year.
            (
                "what flipped things between them in '06?",
                Some("what flipped things between them in 2006?"),
            ),
            ("back in \u{2019}14", Some("back in 2014")),
            ("the 06 vote", None),
            ("rock 'n' roll", None),
            // Days, not years; a longer number; years that do not follow each other.
            ("what happened oct 10-11", None),
            ("cast lead 2008-09", None),
            ("scores of 08-12", None),
            ("the 2014 war", None),
            // Decades spelled out, of the last century only.
            (
                "what did moscow call hamas back in the nineties",
                Some("what did moscow call hamas back in the 1990s"),
            ),
            ("The Eighties", Some("The 1980s")),
            ("in the twenties", None),
            ("ninetieth", None),
            // Two common misspellings of the nineties.
            ("back in the ninties", Some("back in the 1990s")),
            ("the nintees", Some("the 1990s")),
        ];
        for (text, want) in cases {
            assert_eq!(full_years(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn idioms_read_as_plain_words() {
        let cases = [
            // A slot between a verb and its particle keeps the word it took.
            (
                "so did russia cut hamas off over syria",
                Some("so did russia severed hamas over syria"),
            ),
            (
                "when did hamas let moscow know about the assault",
                Some("when did hamas informed moscow about the assault"),
            ),
            (
                "did they cut contact after syria",
                Some("did they severed contact after syria"),
            ),
            // A possessive is no object, and a slot takes no punctuated word.
            ("did they cut their ties", Some("did they severed ties")),
            ("let me know what the brief says", None),
            (
                "what happened in dagestan according to the document?",
                Some("what happened in dagestan according to the brief"),
            ),
            ("cut hamas, off", None),
            (
                "the hamas massacre was without precedent",
                Some("the hamas massacre was unprecedented"),
            ),
            (
                "when did russia try to look objective on gaza",
                Some("when did russia try to image of objectivity on gaza"),
            ),
            ("what is russia's main objective", None),
            (
                "did hamas give moscow a heads-up about the attack",
                Some("did hamas give moscow informed about the attack"),
            ),
            (
                "who does moscow point the finger at?",
                Some("who does moscow blamed"),
            ),
            ("Putin rang Netanyahu", Some("putin phoned netanyahu")),
            (
                "moscow's tone reverted to soviet talk",
                Some("moscow s tone returning to soviet talk"),
            ),
            (
                "did syria kill the relationship",
                Some("did syria severed ties"),
            ),
            (
                "when did putin send his condolences",
                Some("when did putin expressed condolences"),
            ),
            // A possessive inside the idiom is skipped; sympathy is offered as condolences are.
            (
                "what day did putin offer sympathy to the victims' families",
                Some("what day did putin expressed condolences to the victims families"),
            ),
            (
                "the kremlin offered their sympathies",
                Some("the kremlin expressed condolences"),
            ),
            // "Offer" alone keeps its sense, and a possessive opens no idiom.
            ("did russia offer to help get the hostages out", None),
            ("his condolences", None),
            // A comparative of an idiom is the idiom.
            (
                "why did the kremlin go easier on israel in 2014",
                Some("why did the kremlin softened israel in 2014"),
            ),
            // Being on good terms is having good relations; the longest phrase wins.
            (
                "why does russia stay friendly w everyone in a conflict",
                Some("why does russia maintain good relations w everyone in a conflict"),
            ),
            (
                "whats the kremlins deal w playing both sides",
                Some("whats the kremlins deal w good relations with both sides"),
            ),
            (
                "moscow is on good terms with hamas",
                Some("moscow is good relations with hamas"),
            ),
            // Sending troops is deploying them.
            (
                "russia sent troops to gaza",
                Some("russia deployed troops to gaza"),
            ),
            // Cooling relations, coinciding interests, a place full of something.
            (
                "when did ties between moscow and hamas cool off",
                Some("when did ties between moscow and hamas decline"),
            ),
            (
                "russia's interests in this war line up with israel's",
                Some("russia s interests in this war benefit israel s"),
            ),
            (
                "russian telegram channels are flooded with antisemitic junk",
                Some("russian telegram channels are awash with antisemitic junk"),
            ),
            // "Hit" inside the idiom is no attack.
            (
                "when did the ties hit a rough patch",
                Some("when did the ties rift"),
            ),
            (
                "the kremlin's top diplomat",
                Some("the kremlin s foreign minister"),
            ),
            ("the russian fm", Some("the russian foreign minister")),
            (
                "where did the oct 7 attack take place",
                Some("where did the oct 7 attack happened"),
            ),
            // "Won't" stays a negation, not the "won" of an election.
            (
                "the kremlin won't condemn where the raid took place",
                Some("the kremlin will not condemn where the raid happened"),
            ),
            // The longest phrase wins.
            ("they kept in the loop", Some("they informed")),
            // Breaking off keeps what was broken off as a word of its own.
            (
                "moscow cut all ties w hamas",
                Some("moscow severed ties w hamas"),
            ),
            ("russia cut off hamas", Some("russia severed hamas")),
            ("russia vetoed the resolution", None),
            (
                "what was missing from the russian draft",
                Some("what was did not include the russian draft"),
            ),
            (
                "have hamas leaders been to moscow before",
                Some("have hamas leaders visited moscow before"),
            ),
            // A state's channels and the Kremlin's television are its state media.
            (
                "how does kremlin tv paint israeli troops",
                Some("how does kremlin media paint israeli troops"),
            ),
            ("russian state channels", Some("russian state media")),
            // A symbol chat writes for a word, only as a whole word.
            ("whats moscow's #1 goal", Some("whats moscow s main goal")),
            ("item #12 on the list", None),
            (
                "how does hamas move its $$ thru russia",
                Some("how does hamas move its money thru russia"),
            ),
            ("a $5 fee", None),
            // Only whole words: "ranger" is not "rang".
            ("the ranger", None),
        ];
        for (text, want) in cases {
            assert_eq!(plain_idioms(text).as_deref(), want, "{text}");
        }
    }
}
