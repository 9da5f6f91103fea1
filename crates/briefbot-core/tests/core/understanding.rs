//! How people actually ask: question forms, statements that contradict the brief, names in
//! other scripts, numbers the brief does not give, and the engine with and without its
//! embedding table. Every case runs on the engine as the bot serves it (with the table).

use crate::common::{engine, repo, semantic_engine, Fixture};
use briefbot_core::answer::{Answer, Outcome, Reply};
use briefbot_core::commands::{Options, Request};
use briefbot_core::eval::{evaluate, read_cases};
use briefbot_core::kb::{EntryKind, Verdict};

fn ask(request: Request) -> Answer {
    semantic_engine()
        .answer(&request, &Options::default())
        .unwrap_or_else(|e| panic!("{request:?}: {e}"))
}

/// The top result's title and quotes, lower-cased, for "contains" checks.
fn top_text(a: &Answer) -> String {
    a.results
        .first()
        .map(|h| {
            let mut t = h.title.clone();
            for c in &h.citations {
                t.push(' ');
                t.push_str(&c.quote);
            }
            t.to_lowercase()
        })
        .unwrap_or_default()
}

#[test]
fn question_forms_find_the_sentence_that_answers() {
    use Request::*;
    // (request, a phrase the top result's title or quotes must hold; "a|b" for either)
    let cases: Vec<(Request, &str)> = vec![
        (Ask("who wrote this brief?".into()), "feldman|mil-man"),
        (Actor("who is khaled mashal?".into()), "mashal"),
        (Actor("who wrote the brief".into()), "feldman|mil-man"),
        (
            Claim("is it true that russia vetoed the US draft?".into()),
            "veto",
        ),
        (
            Claim("did hamas really tell moscow about the attack?".into()),
            "updated moscow",
        ),
        (
            Ask("why did russia tone down its criticism of israel in 2014?".into()),
            "crimea",
        ),
        (
            Ask("why is hamas so keen on ties with russia".into()),
            "russia",
        ),
        (Ask("how did putin link ukraine and gaza".into()), "ukraine"),
        // "Where does X fit into…" asks for X's part, which the other words name.
        (
            Ask("how does tehran fit into moscow's support for hamas".into()),
            "iran's allies",
        ),
        // "Or is it just a myth" asks whether it is true, which the other words say.
        (
            Ask("wagner n hamas, any connection or is it just a myth".into()),
            "wagner",
        ),
        // "What's the mood on…" asks what is said there, which the place names.
        (
            Ask("so what's the mood like on russian telegram about israelis".into()),
            "antisemitic",
        ),
        // Chat's "n" is "and", not the start of a name.
        (
            Timeline(Some(
                "when did putin hold that meeting linking the ukraine war n the gaza war".into(),
            )),
            "aftermath of the attempted pogrom",
        ),
        // Everyday words for the brief's: "hit" for the attack, "kalash" and "ammo".
        (
            Timeline(Some("when did hamas hit israel".into())),
            "massacre",
        ),
        // "Carry out" is the brief's "perpetrate".
        (
            Timeline(Some(
                "when did hamas carry out its massacre down south".into(),
            )),
            "massacre",
        ),
        // Official lists, and leaders' common nicknames.
        (
            Ask("which governments designate hamas a terrorist group".into()),
            "defined as a terrorist organization",
        ),
        (Actor("bibi".into()), "netanyahu"),
        // A capital for its state: "Jerusalem" is Israel as "Moscow" is Russia.
        (
            Ask("what should jerusalem change about how it deals with the kremlin".into()),
            "change its policy",
        ),
        (Actor("vvp".into()), "putin"),
        // "Prez" is a president; a name before a dash is who "his role" asks about.
        (
            Actor("russian prez — whats his role in all this".into()),
            "putin",
        ),
        (
            Ask("what does russia get out of america being tied up in the middle east".into()),
            "involvement",
        ),
        (
            Claim("moscow authorized hamas to build its own kalash variant plus ammo".into()),
            "license",
        ),
        (Ask("author names?".into()), "feldman|mil-man"),
        // A role description finds the person it describes, not the outlet or state it names.
        (
            Actor("the senior hamas official interviewed by russia today".into()),
            "baraka",
        ),
        (
            Actor("the syrian president moscow supported".into()),
            "assad",
        ),
        // Someone described by what they said is the speaker of the claim that says it, not
        // the outlet or place the description names.
        (
            Actor("the person that claimed hamas updated moscow".into()),
            "baraka",
        ),
        (
            Actor("the official who compared gaza to leningrad".into()),
            "putin",
        ),
        // A role word inside the name asked for ("ministry" shares its stem with "minister")
        // does not turn the question into one about a person.
        (
            Actor("russian foreign ministry".into()),
            "russian foreign ministry",
        ),
        // An outlet's other name ("RT") finds the claims whose source names it, and a talk
        // with an outlet is an interview.
        (
            Actor("the hamas official who talked to RT".into()),
            "baraka",
        ),
        // Someone described by the outlet they appeared on is the person the brief has appear
        // there, and "Russian TV" is not an Egyptian station, whatever "TV" matches.
        (
            Actor("which hamas dude went on russian tv".into()),
            "baraka",
        ),
        (
            Actor("the hamas figure who was on the egyptian channel".into()),
            "mashal",
        ),
        (Actor("russian tv".into()), "russia today"),
        // "Which <thing>" is answered by an entry that names one, in its words or its source.
        (
            Ask("which outlet did baraka give his interview to".into()),
            "russia today",
        ),
        (Ask("which country vetoed the US resolution".into()), "veto"),
        // Chat fillers ("y" for why, "or nah") are not topics, "oct" is October, "stayed
        // silent" is refraining, and "fm" is the foreign minister.
        (
            Ask("y did russia veto the us resolution on oct 25 or nah".into()),
            "veto",
        ),
        (
            Claim("israel stayed silent when russia annexed crimea".into()),
            "crimea",
        ),
        (Actor("the russian fm".into()), "foreign minister"),
        // "Went down" is happened; "together" and "take" frame the question, not its topic.
        (Ask("so what went down in dagestan".into()), "dagestan"),
        (
            Ask("how did putin tie the two wars together".into()),
            "ukraine",
        ),
        // Short years are the brief's years; a green light is a license; travellers are the
        // brief's passengers.
        (
            Ask("what did russia do during cast lead, 08-09".into()),
            "cast lead",
        ),
        (
            Ask("how did russians describe hamas in the 90s".into()),
            "1990s",
        ),
        (
            Ask("did hamas get the green light from moscow to make kalashnikovs".into()),
            "license",
        ),
        (
            Claim("the rioters in dagestan went after jewish travellers".into()),
            "passengers",
        ),
        // A decade in words is the decade.
        (
            Timeline(Some("russia and hamas in the nineties".into())),
            "1990s",
        ),
        // The words that ask for advice, and its "now", are answered by the sentence that
        // advises, not held against it.
        (
            Ask("ok so what is israel supposed to do about moscow now".into()),
            "change its policy",
        ),
        (
            Ask("what are the israelis supposed to do about the kremlin now".into()),
            "change its policy",
        ),
        // The authors' institute names who advises; the byline that also names it advises
        // nothing.
        (
            Ask("what does inss think israel should do about moscow".into()),
            "change its policy",
        ),
        // The publisher's acronym names who says the authors' claims, not what they say.
        (
            Ask("why should israel move fast here according to inss".into()),
            "strategic balance",
        ),
    ];
    for (request, want) in cases {
        let a = ask(request.clone());
        assert_eq!(a.outcome, Outcome::Answered, "{request:?}: {a:#?}");
        let text = top_text(&a);
        assert!(
            want.split('|').any(|w| text.contains(w)),
            "{request:?}: top was {text:?}"
        );
    }
}

#[test]
fn questions_about_the_brief_itself_quote_its_front_matter() {
    // `None`: no entry cites an answer from outside the body, so the brief's card answers.
    let cases: [(&str, Option<&str>); 6] = [
        (
            "when was this brief published?",
            Some("| no. 1784 | november 9, 2023"),
        ),
        (
            "who were the series editors",
            Some("editors of the series: anat kurtz"),
        ),
        ("what number is this insight?", Some("no. 1784")),
        (
            "author names?",
            Some("arkady mil-man and bat chen feldman |"),
        ),
        ("what is the title of this paper", None),
        ("/brief", None),
    ];
    for (q, want) in cases {
        let reply = semantic_engine()
            .run(&Request::Ask(q.into()), &Options::default())
            .unwrap();
        match (want, reply) {
            (Some(want), Reply::Answer(a)) => {
                assert!(top_text(&a).contains(want), "{q}: {}", top_text(&a));
                let c = &a.results[0].citations;
                assert!(c.iter().any(|c| c.paragraph == 0), "{q}: {c:?}");
            }
            (None, Reply::Briefs { .. }) => {}
            (want, reply) => panic!("{q}: wanted {want:?}, got {reply:?}"),
        }
    }
}

/// "tl;dr?" and its kin are answered by the brief's own argument: the entries citing its opening
/// paragraph, in the paragraph's order. A summary of a topic is searched as any question is.
#[test]
fn requests_for_the_gist_quote_the_opening_paragraph_in_order() {
    for q in [
        "tl;dr?",
        "summarize the brief",
        "what's the gist of this paper",
        "key takeaways pls",
        "give me a quick overview",
        "the gist in one sentence",
    ] {
        let a = ask(Request::Ask(q.into()));
        assert_eq!(a.outcome, Outcome::Answered, "{q}: {a:#?}");
        assert!(a.results.len() >= 2, "{q}: {a:#?}");
        let opening = &semantic_engine().library().briefs()[0].paragraphs()[0].text;
        let places: Vec<usize> = a
            .results
            .iter()
            .map(|h| {
                let c = h
                    .citations
                    .iter()
                    .find(|c| c.paragraph == 1)
                    .unwrap_or_else(|| panic!("{q}: {} cites no ¶1", h.id));
                opening.find(c.quote.as_str()).expect("quote in ¶1")
            })
            .collect();
        assert!(places.windows(2).all(|w| w[0] <= w[1]), "{q}: {places:?}");
    }
    let topic = ask(Request::Ask(
        "summary of the veto at the security council".into(),
    ));
    assert!(
        topic
            .results
            .iter()
            .all(|h| h.matched != "the brief's opening paragraph"),
        "{topic:#?}"
    );
}

#[test]
fn when_questions_about_undated_events_say_what_the_brief_gives() {
    // (question, the event asked about, the brief's own words that place it, if it has any).
    // An event the brief places only relative to another ("After the visit") is answered with
    // those words; one it never places is offered with a note that the brief does not say when.
    let cases = [
        (
            "when did russia invade crimea?",
            "russia-invades-crimea",
            None,
        ),
        (
            "when did mashal give the egyptian tv interview",
            "mashal-egyptian-tv-interview",
            None,
        ),
        // Chat puts the question word last.
        (
            "mashal's egyptian tv interview, date?",
            "mashal-egyptian-tv-interview",
            None,
        ),
        (
            "mashal's egyptian tv interview, when was that",
            "mashal-egyptian-tv-interview",
            None,
        ),
        (
            "when did hamas thank putin",
            "hamas-thanks-putin-and-foreign-ministry",
            Some("After the visit"),
        ),
    ];
    // A day the brief implies ("In the aftermath of the attempted pogrom" of October 29) answers
    // "when" with its month, but not "what date exactly", for which the brief names no day.
    let a = ask(Request::Timeline(Some(
        "when did putin link the war in ukraine to the israel-hamas war".into(),
    )));
    assert_eq!(a.outcome, Outcome::Answered, "{a:?}");
    assert_eq!(a.results[0].id, "putin-security-meeting-after-dagestan");
    assert_eq!(a.results[0].date.as_deref(), Some("2023-10"));
    let a = ask(Request::Timeline(Some(
        "exact day putin linked ukraine and gaza after dagestan?".into(),
    )));
    assert_eq!(a.outcome, Outcome::NoMatch, "{a:?}");
    assert!(
        (a.note.as_deref()).is_some_and(|n| n.contains("no exact date")
            && n.contains("In the aftermath of the attempted pogrom")),
        "{a:?}"
    );
    // Nor does it answer for a day days before it.
    let a = ask(Request::Timeline(Some(
        "what happened on october 27 2023".into(),
    )));
    assert_eq!(a.outcome, Outcome::NoMatch, "{a:?}");
    // A question that names the calendar unit it wants ("what date", "which year") is not
    // answered by words that only place the event in the story: the event is offered, with
    // those words, and the answer is that the brief gives no date.
    for (query, id, words) in [
        (
            "what date did abu marzook's delegation visit moscow",
            "hamas-delegation-visits-moscow",
            "During the war itself",
        ),
        (
            "which day did hamas thank putin",
            "hamas-thanks-putin-and-foreign-ministry",
            "After the visit",
        ),
        (
            "exact day hamas thanked putin?",
            "hamas-thanks-putin-and-foreign-ministry",
            "After the visit",
        ),
    ] {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(a.outcome, Outcome::NoMatch, "{query}: {a:?}");
        assert_eq!(
            a.suggestions.first().map(|h| h.id.as_str()),
            Some(id),
            "{query}"
        );
        assert!(
            a.note.as_deref().is_some_and(|n| n.contains(words)),
            "{query}: {a:?}"
        );
    }
    for (query, id, words) in cases {
        let a = ask(Request::Timeline(Some(query.into())));
        let note = a.note.as_deref().unwrap_or("");
        match words {
            None => {
                assert_eq!(a.outcome, Outcome::NoMatch, "{query}: {a:?}");
                assert!(note.contains("does not say when"), "{query}: {a:?}");
                assert!(a.suggestions.iter().any(|h| h.id == id), "{query}: {a:?}");
            }
            // The words place the event after one of October 7, 2023, in a brief of
            // November 2023: the year is the story's, and the answer says so.
            Some(words) => {
                assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:?}");
                assert_eq!(a.results[0].id, id, "{query}");
                assert_eq!(a.results[0].date.as_deref(), Some("2023"), "{query}");
                assert_eq!(
                    note,
                    format!(
                        "The brief gives no date for this, only \"{words}\"; by the story's \
                         order it was in 2023."
                    ),
                    "{query}"
                );
            }
        }
    }
}

/// The brief dates a report, not the act it reports: "when did Russia give Hamas the Kalashnikov
/// licence" is not answered by the date of the interview in which Baraka claimed it. A question
/// about the report itself (its speaker, its outlet, "interview") is answered with its date.
#[test]
fn when_questions_about_a_reported_act_do_not_take_the_report_date() {
    let cases = [
        ("when did russia give hamas the kalashnikov license", None),
        ("when was the baraka RT interview", Some("2023-10-08")),
        (
            "when did baraka say hamas had updated moscow",
            Some("2023-10-08"),
        ),
    ];
    // A dated act that scores nearly as well as the report answers in its place: the interview
    // on "Russia Today" is not when Russia began talking to Hamas.
    let a = ask(Request::Timeline(Some(
        "when did russia start talking to hamas officially".into(),
    )));
    assert_eq!(a.outcome, Outcome::Answered, "{a:?}");
    assert_eq!(a.results[0].id, "russian-foreign-ministry-meets-hamas-2006");
    for (query, date) in cases {
        let a = ask(Request::Timeline(Some(query.into())));
        match date {
            None => {
                assert_eq!(a.outcome, Outcome::NoMatch, "{query}: {a:?}");
                let note = a.note.as_deref().unwrap_or("");
                assert!(
                    note.contains("only when it was reported"),
                    "{query}: {note}"
                );
                assert_eq!(
                    a.suggestions[0].id, "baraka-russia-today-interview",
                    "{query}"
                );
            }
            Some(date) => {
                assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:?}");
                assert_eq!(a.results[0].id, "baraka-russia-today-interview", "{query}");
                let shown = format!("{:?}", a.results[0].date);
                assert!(shown.contains(date), "{query}: {shown}");
            }
        }
    }
}

/// A question that gives the time and asks what happened then is answered by the event,
/// even one whose title names a speech or an interview: the report rule is for "when".
#[test]
fn what_happened_at_a_time_is_answered_by_a_reported_event() {
    let cases = [
        (
            "what happened in kyrgyzstan a week after oct 7",
            "putin-kyrgyzstan-speech",
        ),
        (
            "what went on in kyrgyzstan around oct 14",
            "putin-kyrgyzstan-speech",
        ),
    ];
    for (query, id) in cases {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:?}");
        assert_eq!(a.results[0].id, id, "{query}");
    }
}

#[test]
fn statements_that_contradict_the_brief_are_called_so() {
    // (statement, contradicts the top claim, verdict on the statement asked)
    let cases = [
        ("Russia condemned Hamas", true, Verdict::Disputed),
        (
            "Russia refrained from condemning Hamas",
            false,
            Verdict::Supported,
        ),
        ("russia never condemned hamas", false, Verdict::Supported),
        // The "not" and the reversed roles of a claim's reason ("in response to Israel not
        // criticizing Russia") do not deny what the claim states.
        (
            "moscow eased off criticizing israel in 2014",
            false,
            Verdict::Supported,
        ),
        (
            "russia dialed down its criticism of israel back in 2014",
            false,
            Verdict::Supported,
        ),
        (
            "Russia voted for the US resolution",
            true,
            Verdict::Disputed,
        ),
        // The words a statement adds to the opposite of a claim ("immediately…, like
        // everybody") weaken the match, and the claim still answers it.
        (
            "russia condemned hamas immediately after the attack like everybody",
            true,
            Verdict::Disputed,
        ),
        ("Russia vetoed the US resolution", false, Verdict::Supported),
        // The veto given to the party it was used against: the same words, the roles swapped.
        ("the US vetoed Russia's draft", true, Verdict::Disputed),
        // "us" in lower case after "the" is the United States, not the pronoun.
        ("the us vetoed russia's resolution", true, Verdict::Disputed),
        // "Zero right" denies the right as "no right" does.
        (
            "putin said israel has zero right to self-defence",
            true,
            Verdict::Disputed,
        ),
        // "Tight" is "close"; a decade is a date, not a figure the claim must give.
        (
            "moscow and hamas have always been this tight, even in the 90s",
            true,
            Verdict::Disputed,
        ),
        // An owner's noun ("Russia's UN guy") names the UN only as part of the envoy.
        (
            "russia's UN guy went back to soviet era lingo",
            false,
            Verdict::Supported,
        ),
        (
            "the US resolution was vetoed by Russia",
            false,
            Verdict::Supported,
        ),
        // The 2011 decline matches "cut all ties" only through a neighbouring word; the next
        // sentence denies the very word ("ties were not severed") and answers instead.
        (
            "russia cut all ties with hamas in 2011",
            true,
            Verdict::Disputed,
        ),
        (
            "relations between russia and hamas declined in 2011",
            false,
            Verdict::Supported,
        ),
        // "No right to self-defense" denies the right, not the word "self": the veto answers.
        (
            "Russia blocked a US resolution backing Israel's right to self defense",
            false,
            Verdict::Supported,
        ),
        // The authors want Israel to stand firmly with the West: neutrality is the opposite.
        (
            "the authors think israel should stay neutral between russia and the west",
            true,
            Verdict::Disputed,
        ),
        (
            "the authors want israel to stand with the us",
            false,
            Verdict::Supported,
        ),
        // A draft that "failed to include any condemnation of Hamas" settles the statement
        // that it condemned Hamas; the sentence that it condemned violence in general, as
        // close a match, would read as support.
        (
            "the russian un draft explicitly condemned hamas",
            true,
            Verdict::Disputed,
        ),
        (
            "russia's security council draft named and condemned hamas",
            true,
            Verdict::Disputed,
        ),
    ];
    for (statement, contradicts, verdict) in cases {
        let a = ask(Request::Claim(statement.into()));
        let top = a
            .results
            .first()
            .unwrap_or_else(|| panic!("{statement}: no answer {a:#?}"));
        assert_eq!(top.contradicts, contradicts, "{statement}: {top:#?}");
        assert_eq!(top.verdict, Some(verdict), "{statement}: {top:#?}");
        if contradicts {
            let line = top.verdict_line().unwrap();
            // A claim the brief reports of someone is contradicted as their words.
            assert!(
                line.starts_with("The brief says otherwise")
                    || line.starts_with("Reported otherwise"),
                "{line}"
            );
        }
    }
}

/// A statement that says the opposite of what a claim states is answered by the claim whose
/// quoted sentence says it, not by one that only states it in the knowledge base's words and
/// quotes its reason.
#[test]
fn an_opposite_is_answered_by_the_sentence_that_says_it() {
    for statement in [
        "in 2014 moscow ramped up criticizing israel",
        "in 2014 russia was harsher on israel than ever before",
    ] {
        let a = ask(Request::Claim(statement.into()));
        let top = a
            .results
            .first()
            .unwrap_or_else(|| panic!("{statement}: {a:#?}"));
        assert_eq!(
            top.id, "russia-scaled-back-criticism-2014",
            "{statement}: {a:#?}"
        );
        assert!(top.contradicts, "{statement}: {top:#?}");
        assert_eq!(
            top.verdict,
            Some(Verdict::Disputed),
            "{statement}: {top:#?}"
        );
    }
}

/// A statement that gets one name, place or number of a claim wrong is answered by that claim,
/// which says otherwise; a name added beside the brief's, or a different story sharing a few
/// words, is not.
#[test]
fn statements_with_one_name_place_or_number_changed_are_called_wrong() {
    // (statement, the claim that says otherwise, or None when the brief does not cover it)
    let cases = [
        (
            "putin compared the gaza siege to stalingrad",
            Some("putin-gaza-blockade-leningrad"),
        ),
        (
            "russia used its veto on 16 october",
            Some("russia-vetoed-us-resolution"),
        ),
        // A one-digit day of the same month is a day changed too.
        (
            "putin sent netanyahu his condolences on october 9",
            Some("putin-condolences-netanyahu-october-16"),
        ),
        (
            "the russian weapons hamas has were smuggled in thru turkey",
            Some("russian-weapons-via-iran-blind-eye"),
        ),
        (
            "abu marzook said iran is hamas's closest friend",
            Some("abu-marzook-russia-closest-friend"),
        ),
        (
            "russian foreign ministry officials only started meeting hamas in 2015",
            Some("russian-foreign-ministry-met-hamas-2006"),
        ),
        // An armed group for a state, or the other way round: both are sides of the war.
        (
            "russia's security council draft blamed hamas for the al-ahli explosion",
            Some("israel-responsible-al-ahli"),
        ),
        (
            "russia gave israel anti-tank missiles",
            Some("russian-weapons-via-iran-blind-eye"),
        ),
        // A place for a state the claim puts the same thing in ("on the Ukrainian front").
        (
            "putin said the palestinians' future is being decided in gaza",
            Some("putin-fate-decided-ukrainian-front"),
        ),
        // The place where a claim was made is part of it: its source puts the speech in
        // Kyrgyzstan.
        (
            "putin compared gaza to leningrad in a speech in kazakhstan",
            Some("putin-gaza-blockade-leningrad"),
        ),
        // The same statements as the brief gives them are confirmed, not called wrong.
        ("russia vetoed the US resolution on october 25", None),
        // An addition, a place the claim does not give, two new names: not covered.
        ("china also vetoed the US resolution alongside russia", None),
        ("the wagner guys trained hamas in libya", None),
        ("wagner trained hamas fighters in syria", None),
        ("biden phoned putin after the oct 25 veto", None),
        // A verb matched only as a misspelling of another word is no match: a different act,
        // not one name changed.
        (
            "netanyahu chewed putin out over the hamas delegation in moscow",
            None,
        ),
    ];
    for (statement, otherwise) in cases {
        let a = ask(Request::Claim(statement.into()));
        let top = a.results.first();
        match otherwise {
            Some(id) => {
                let top = top.unwrap_or_else(|| panic!("{statement}: no answer {a:#?}"));
                assert_eq!(top.id, id, "{statement}");
                assert!(top.contradicts, "{statement}: {top:#?}");
                assert_eq!(top.verdict, Some(Verdict::Disputed), "{statement}");
                // The verdict names the word the brief gives otherwise, rather than saying the
                // speaker said the opposite.
                let line = top.verdict_line().unwrap();
                let word = top.replaced.clone().unwrap_or_default();
                assert!(
                    !word.is_empty() && statement.contains(&word) && line.contains(&word),
                    "{statement}: {line}"
                );
            }
            None => assert!(
                top.is_none_or(|t| !t.contradicts),
                "{statement}: called wrong {a:#?}"
            ),
        }
    }
}

/// "After the Dagestan riot, what did Putin do" names the riot to ask what followed it: the
/// riot's own entry matches best and is the one answer ruled out.
#[test]
fn what_followed_an_event_is_answered_by_what_followed() {
    // (request, the entry that must come first)
    let cases = [
        (
            Request::Timeline(Some(
                "after the dagestan mob thing what did putin do".into(),
            )),
            "putin-security-meeting-after-dagestan",
        ),
        (
            Request::Ask("after the dagestan mob thing what did putin do".into()),
            "putin-security-meeting-after-dagestan",
        ),
        // Without the cue, the riot itself is asked about.
        (
            Request::Timeline(Some("the dagestan mob thing".into())),
            "dagestan-pogrom",
        ),
    ];
    for (request, id) in cases {
        let a = ask(request.clone());
        let top = a
            .results
            .first()
            .unwrap_or_else(|| panic!("{request:?}: {a:#?}"));
        assert_eq!(top.id, id, "{request:?}");
    }
}

#[test]
fn a_reaction_is_not_answered_by_what_was_reacted_to() {
    // (question, the entry that must come first, or None for "not covered")
    let cases = [
        // The brief reports no Israeli reaction to Putin's comparison or to the veto: the
        // comparison and the veto themselves do not say how Israel responded.
        (
            "how did israel respond to putin's leningrad comparison",
            None,
        ),
        ("israel's official response to the russian veto was?", None),
        (
            "what was israel's official reply to putin's leningrad remark?",
            None,
        ),
        // Israel's foreign ministry is not the Russian one the words "foreign ministry" find.
        (
            "how did israel's foreign ministry respond to putin's leningrad comparison?",
            None,
        ),
        // A reaction the brief does report is found, whoever it answers.
        (
            "how did putin respond to the dagestan riot",
            Some("putin-security-meeting-after-dagestan"),
        ),
        (
            "how did putin respond to the dagestan airport mob",
            Some("putin-security-meeting-after-dagestan"),
        ),
        // Another reaction, to something else, is not this one.
        ("how did israel respond to the russian veto", None),
        // Without a reaction asked for, the comparison itself answers.
        (
            "what did putin compare the gaza blockade to",
            Some("putin-kyrgyzstan-speech"),
        ),
    ];
    for (q, want) in cases {
        let a = ask(Request::Ask(q.into()));
        match want {
            Some(id) => assert_eq!(
                a.results.first().map(|h| h.id.as_str()),
                Some(id),
                "{q}: {a:#?}"
            ),
            None => assert_eq!(a.outcome, Outcome::NoMatch, "{q}: {a:#?}"),
        }
    }
}

#[test]
fn chat_forms_of_goals_counts_and_days() {
    use Request::*;
    // (request, a phrase the top result's title or quotes must hold, or "" for "not covered")
    let cases: Vec<(Request, &str)> = vec![
        // "#1" is "main"; "win back" is "restore"; "bounced back" is warming.
        (Ask("whats moscow's #1 goal rn".into()), "main goal"),
        (
            Ask("what standing is russia trying to win back".into()),
            "restore its standing",
        ),
        (
            Ask("did ties bounce back after the syria split".into()),
            "began to warm",
        ),
        // "Nastier" is "harsher"; a "wrong assumption" is a misconception.
        (
            Timeline(Some(
                "when did the russian anti-israel rhetoric get even nastier".into(),
            )),
            "even harsher",
        ),
        (
            Ask("what wrong assumption did oct 7 expose according to the authors".into()),
            "misconception",
        ),
        // What one gains is what one aims at, or how one is better off.
        (
            Ask("what does israel gain if it changes course on russia fast".into()),
            "strategic balance",
        ),
        (
            Ask("whats the payoff for russia in pushing a ceasefire".into()),
            "restore its standing",
        ),
        // "On purpose" is "deliberately".
        (
            Claim("in 2014 moscow dialed back its criticism of israel on purpose".into()),
            "deliberately",
        ),
        // "$$" is money, "frosty" a rift, "soft on" a softened line, "want X to do" advice.
        (
            Ask("how does hamas move its $$ thru russia".into()),
            "crypto",
        ),
        (
            Ask("why did things get frosty btwn moscow n hamas around 2011".into()),
            "syrian",
        ),
        (
            Ask("why was russia kinda soft on israel in 2014".into()),
            "softened its criticism",
        ),
        // A figure asked for exactly, a tally or a seat count the brief does not give.
        (
            Ask("vote tally on russia's oct 16 ceasefire draft".into()),
            "",
        ),
        (
            Ask("seat count hamas won in the 2006 plc elections".into()),
            "",
        ),
        (Ask("al-ahli death toll, exact number pls".into()), ""),
        (
            Ask("what was the vote breakdown on the us resolution russia vetoed".into()),
            "",
        ),
        // A state body the brief never names did nothing the brief reports.
        (
            Claim("russia's central bank froze hamas crypto wallets".into()),
            "",
        ),
        (Claim("the knesset condemned russia's veto".into()), ""),
        (
            Ask("what death toll did the gaza health ministry report for al-ahli".into()),
            "",
        ),
        // A payment is a fact of its own, which only an entry about money confirms.
        (
            Claim("iran paid russia for the missiles that reached hamas".into()),
            "",
        ),
        (Claim("hamas paid wagner for the training".into()), ""),
        (
            Ask("how does hamas fund itself through russia".into()),
            "crypto",
        ),
        // "Really" asks for the true figure, which "thousands" in a report is not; the report
        // itself is still found when asked for.
        (
            Ask("so how many ppl really died in the al-ahli hospital blast".into()),
            "",
        ),
        (
            Ask("how many people were killed at al-ahli according to russian media".into()),
            "thousands",
        ),
        // A day alone is a day of the story's month.
        (
            Timeline(Some("the 16th, what happened".into())),
            "october 16",
        ),
        (
            Timeline(Some("what happened on the 25th".into())),
            "october 25",
        ),
        // "What yr", "date" and "дата" ask for the date the event gives; a Russian
        // preposition is no word of the event's.
        (Timeline(Some("what yr was protective edge".into())), "2014"),
        (
            Timeline(Some("дата погрома в дагестане?".into())),
            "dagestan",
        ),
    ];
    for (request, want) in cases {
        let a = ask(request.clone());
        if want.is_empty() {
            assert_eq!(a.outcome, Outcome::NoMatch, "{request:?}: {a:#?}");
        } else {
            let text = top_text(&a);
            assert!(text.contains(want), "{request:?}: {want:?} not in {text:?}");
        }
    }
}

/// "How long after X did Y" is answered by Y, with the gap the brief's two dates give; when
/// the brief does not date both to the day, it says so and shows them.
#[test]
fn the_time_between_two_dated_events_is_counted() {
    use Request::*;
    // (request, a phrase the top result's title must hold, a phrase the note must hold), or
    // "" for "not covered"
    let cases: Vec<(Request, &str, &str)> = vec![
        (
            Ask("how long after the attack did putin call netanyahu".into()),
            "netanyahu",
            "9 days after",
        ),
        (
            Ask("how soon after oct 7 did putin address ex soviet leaders".into()),
            "kyrgyzstan",
            "about 7 days after october 7, 2023",
        ),
        (
            Timeline(Some(
                "how many days after the veto did russia submit its ceasefire draft".into(),
            )),
            "ceasefire",
            "9 days before",
        ),
        (
            Ask("how long after the veto did the hamas delegation come to moscow".into()),
            "",
            "does not date both events",
        ),
        // Two events side by side ("between X and Y") are counted from the first named.
        (
            Timeline(Some(
                "how many days between russia's truce draft and the veto".into(),
            )),
            "veto",
            "9 days after",
        ),
        // A wait for the first act counts to the earliest of the named actor's acts after
        // what the act was about: Putin's speech, not his later call or another's interview.
        (
            Timeline(Some(
                "how long did putin wait before he said anything at all on the massacre".into(),
            )),
            "kyrgyzstan",
            "about 7 days after",
        ),
    ];
    for (request, title, note) in cases {
        let a = ask(request.clone());
        let got = a.note.clone().unwrap_or_default().to_lowercase();
        assert!(got.contains(note), "{request:?}: {got}");
        if title.is_empty() {
            assert_eq!(a.outcome, Outcome::NoMatch, "{request:?}: {a:#?}");
        } else {
            assert!(top_text(&a).contains(title), "{request:?}: {a:#?}");
        }
    }
}

/// A question that has someone go somewhere is answered only by an entry that puts someone
/// there: Putin's meeting in Moscow names Israel as a side, not as where he went.
#[test]
fn visits_are_answered_only_where_the_brief_puts_someone() {
    let cases = [
        ("has putin ever travelled to israel", Outcome::NoMatch),
        ("when did netanyahu visit moscow", Outcome::NoMatch),
        ("did hamas leaders ever visit moscow", Outcome::Answered),
    ];
    for (q, want) in cases {
        let a = ask(Request::Ask(q.into()));
        assert_eq!(a.outcome, want, "{q}: {a:#?}");
    }
}

/// A question for the time that no event answers is answered by a claim that places it in time
/// ("as a result of the war in Ukraine"), with a note saying so; one for the date itself is
/// not answered by a claim that gives none ("during the war itself").
#[test]
fn claims_that_place_something_in_time_answer_when_no_event_does() {
    let a = ask(Request::Timeline(Some(
        "since when have moscow and tehran been strategic allies".into(),
    )));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
    assert!(top_text(&a).contains("war in ukraine"), "{a:#?}");
    let note = a.note.clone().unwrap_or_default();
    assert!(note.contains("No dated event"), "{note}");
    let a = ask(Request::Timeline(Some(
        "what date exactly did the hamas delegation reach moscow".into(),
    )));
    assert_eq!(a.outcome, Outcome::NoMatch, "{a:#?}");
}

/// A question worded far from an event's title that finds the claim made of the event's own
/// sentence is answered by the dated event, with its date and no note; a claim whose sentence
/// is dated only by the speech it was said in does not date what it talks about.
#[test]
fn a_claim_found_for_a_when_question_gives_way_to_its_dated_event() {
    for (query, date) in [
        (
            "when did putin offer condolences to the victims' families",
            "2023-10-16",
        ),
        ("the dagestan airport mob happened when", "2023-10-29"),
    ] {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:#?}");
        let top = &a.results[0];
        assert_eq!(top.kind, EntryKind::Event, "{query}: {a:#?}");
        assert_eq!(top.date.as_deref(), Some(date), "{query}: {a:#?}");
        assert!(a.note.is_none(), "{query}: {a:#?}");
    }
    let a = ask(Request::Timeline(Some(
        "in what year did the nazi siege of leningrad start".into(),
    )));
    assert_eq!(a.outcome, Outcome::NoMatch, "{a:#?}");
}

/// "Which came first, X or Y?" is answered by both events, the earlier first, with a note that
/// orders them by the brief's dates; events the brief does not date are offered, not ordered.
#[test]
fn order_questions_are_answered_by_the_brief_dates() {
    use Request::*;
    // (request, a phrase the first result's title or quotes must hold, a phrase of the note);
    // an empty title means no answer, with the events offered.
    let cases: Vec<(Request, &str, &str)> = vec![
        (
            Ask("which came first, the un veto or the dagestan riot".into()),
            "veto",
            "came first, 4 days before",
        ),
        (
            Timeline(Some(
                "did putin's call with netanyahu come before or after his kyrgyzstan speech".into(),
            )),
            "kyrgyzstan",
            "about 2 days before",
        ),
        (
            Ask("was the syria split before the 2006 election".into()),
            "2006",
            "came first, before",
        ),
        (
            Timeline(Some(
                "which happened first, the veto or hamas thanking putin".into(),
            )),
            "",
            "does not date both events",
        ),
    ];
    for (request, title, note) in cases {
        let a = ask(request.clone());
        let got = a.note.clone().unwrap_or_default();
        assert!(got.contains(note), "{request:?}: {got}");
        if title.is_empty() {
            assert_eq!(a.outcome, Outcome::NoMatch, "{request:?}: {a:#?}");
            assert_eq!(a.suggestions.len(), 2, "{request:?}: {a:#?}");
        } else {
            assert_eq!(a.results.len(), 2, "{request:?}: {a:#?}");
            assert!(top_text(&a).contains(title), "{request:?}: {a:#?}");
        }
    }
}

/// "The day after the attack", "the same day Putin called Bibi", "two days before the veto":
/// a day named by its distance from a dated event is searched as that day.
#[test]
fn days_named_by_an_event_are_searched_as_that_day() {
    // (timeline query, a phrase the top result's title or quotes must hold, or "" for "the
    // brief records no event on that day")
    let cases = [
        (
            "day after the attack, which hamas guy went on russian state tv",
            "october 8",
        ),
        (
            "what did moscow put forward at the UN the same day putin called bibi",
            "ceasefire",
        ),
        ("two days before the veto what happened", ""),
        // Counted from a date, not an event: the date alone would be the wrong day, and the
        // words after the date still name what is asked for.
        ("what happened at the un nine days after oct 7", "ceasefire"),
        ("what happened the day after oct 7 on RT", "october 8"),
    ];
    for (q, want) in cases {
        let a = ask(Request::Timeline(Some(q.into())));
        if want.is_empty() {
            assert_eq!(a.outcome, Outcome::NoMatch, "{q}: {a:#?}");
            let note = a.note.clone().unwrap_or_default();
            assert!(note.contains("October 23, 2023"), "{q}: {note}");
        } else {
            assert!(top_text(&a).contains(want), "{q}: {a:#?}");
        }
    }
}

#[test]
fn statements_about_what_a_speaker_did_say_are_confirmed_as_reports() {
    // (statement, reports the speaker, verdict on the statement, its claim's own verdict)
    let cases = [
        // What Putin did is confirmed by the brief's report of it; what he said is not.
        (
            "Putin likened the siege of Gaza to the siege of Leningrad",
            true,
            Verdict::Supported,
            Some(Verdict::Attributed),
        ),
        // A reader passing an attribution on gets the claim's own verdict.
        (
            "according to ukrainian reports wagner trained hamas fighters",
            false,
            Verdict::Attributed,
            None,
        ),
        // The speaker named as the subject of the opposite of what they said.
        (
            "the russian ambassador to the UN affirmed israel's right to self-defense",
            false,
            Verdict::Disputed,
            Some(Verdict::Attributed),
        ),
    ];
    for (statement, reports, verdict, claim_verdict) in cases {
        let a = ask(Request::Claim(statement.into()));
        let top = a
            .results
            .first()
            .unwrap_or_else(|| panic!("{statement}: no answer {a:#?}"));
        assert_eq!(top.reports_speaker, reports, "{statement}: {top:#?}");
        assert_eq!(top.verdict, Some(verdict), "{statement}: {top:#?}");
        assert_eq!(top.claim_verdict, claim_verdict, "{statement}: {top:#?}");
        let line = top.verdict_line().unwrap();
        if reports {
            assert!(line.starts_with("Supported as a report"), "{line}");
            assert!(line.contains("not verified"), "{line}");
        }
    }
}

#[test]
fn states_the_brief_never_names_are_not_answered_for() {
    // Each shares words with an entry, but names a state the brief never mentions.
    let cases = [
        Request::Claim("China mediated between Israel and Hamas".into()),
        Request::Ask("what is India's position on the war?".into()),
        Request::Claim("the French condemned the Russian veto".into()),
        // An intelligence service by description, of a brief that never speaks of one.
        Request::Claim("russian intelligence helped hamas plan the oct 7 attack".into()),
        Request::Ask("what did the state dept say about the russian veto".into()),
        // A company the brief never names, as the means of something it does say.
        Request::Claim("hamas moved the crypto money through binance".into()),
    ];
    for r in cases {
        let a = ask(r.clone());
        assert_eq!(a.outcome, Outcome::NoMatch, "{r:?}: {a:#?}");
    }
    // A state the brief does name still finds its entries.
    let a = ask(Request::Claim(
        "Germany defines Hamas as a terrorist organization".into(),
    ));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
}

/// A kind of weapon the brief never names is something it cannot speak to, as a state it never
/// names is; kinds it does name still find their entries.
#[test]
fn weapons_the_brief_never_names_are_not_answered_for() {
    for r in [
        Request::Claim("russia shipped hamas some armed drones".into()),
        Request::Claim("moscow gave hamas drones via iran".into()),
        Request::Ask("did russia give hamas tanks or artillery".into()),
        // A system known by its model is named only by that model.
        Request::Claim("moscow delivered s-400s to hamas".into()),
        Request::Ask("did hamas get iskanders from russia".into()),
        Request::Claim("hamas got kornets from russia".into()),
        // Nor hostages or anything nuclear, which the brief never mentions.
        Request::Ask("did hamas free any russian hostages after the moscow visit".into()),
        Request::Claim("russia helped hamas with nuclear know-how".into()),
        // Nor a diplomatic protest it never reports.
        Request::Claim("moscow expelled the israeli envoy over gaza".into()),
        // Nor a deployment of forces, however it is said.
        Request::Claim("russia sent troops to help hamas in gaza".into()),
        Request::Claim("moscow deployed soldiers to gaza".into()),
        // Nor premises it never mentions.
        Request::Timeline(Some("when did hamas open an office in moscow".into())),
        Request::Claim("hamas has a permanent office in moscow".into()),
    ] {
        let a = ask(r.clone());
        assert_eq!(a.outcome, Outcome::NoMatch, "{r:?}: {a:#?}");
    }
    for r in [
        Request::Claim("russian anti-tank missiles turned up with hamas".into()),
        Request::Claim("russia let hamas make its own version of the ak-47 rifle".into()),
    ] {
        let a = ask(r.clone());
        assert_eq!(a.outcome, Outcome::Answered, "{r:?}: {a:#?}");
    }
}

#[test]
fn details_the_brief_does_not_name_are_not_given() {
    // Each asks which place, outlet or organisation, and the entries it shares words with
    // name none.
    for q in [
        "what tv station interviewed mashal",
        "what airport was stormed by the mob in dagestan",
        "tell me the name of the armed wing of hamas",
        // The crypto entry names Hamas and Islamic Jihad, organisations but no exchange.
        "which crypto exchange did hamas use to get around sanctions",
        // Nor a coin: "tens of millions of dollars" is an amount.
        "what tokens did hamas move through russian crypto wallets",
        // The brief says "anti-tank missiles" and names no model.
        "what model of anti tank missile did hamas get from russia",
        // The delegation's sentence names only Abu Marzook; the interview's only a station.
        "who else was in the hamas delegation besides abu marzook",
        "who was the egyptian tv host that interviewed mashal",
        "who was the RT journalist interviewing baraka",
        // An outlet the brief leaves unnamed is not the name asked for, though its description
        // is the question's.
        "which egyptian tv channel was mashal on",
        // The authors wrote the sentence on Russian social media; they are no TV hosts.
        "which russian tv hosts pushed the most anti-israel content",
    ] {
        let a = ask(Request::Ask(q.into()));
        assert_eq!(a.outcome, Outcome::NoMatch, "{q}: {a:#?}");
    }
}

/// A detail the brief gives through a name's own words is given: "which country's TV…" is
/// answered by "an Egyptian television station", whose name says whose station it is.
#[test]
fn a_country_named_by_its_demonym_answers_which_country() {
    let a = ask(Request::Ask(
        "which country's television aired mashal's interview".into(),
    ));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
    assert!(top_text(&a).contains("egyptian"), "{a:#?}");
}

/// A question about how someone reacted is answered only by an entry where they act: speak in
/// it, lead its actors, or stand where a subject stands. The entries these share most words with
/// have them only spoken to ("in a phone call with Prime Minister Netanyahu") or not at all.
#[test]
fn reactions_the_brief_does_not_report_are_not_given() {
    // (request, outcome, for an answer a phrase its first result must hold)
    let cases: [(Request, Outcome, &str); 17] = [
        // An answer is the one who answers: Netanyahu does not speak in Putin's call to him.
        (
            Request::Ask("what did bibi answer putin on that call".into()),
            Outcome::NoMatch,
            "",
        ),
        // What a party said after something happened is its reaction: the US says nothing in
        // the sentence on Russia's veto of its draft.
        (
            Request::Ask("what did the us say after moscow vetoed its resolution".into()),
            Outcome::NoMatch,
            "",
        ),
        (
            Request::Ask("what did putin say after the dagestan riot".into()),
            Outcome::Answered,
            "putin convened",
        ),
        // How a party voted is its own act: the US does not vote in Russia's veto of its draft,
        // while Russia does.
        (
            Request::Ask("how did washington vote on moscow's ceasefire text".into()),
            Outcome::NoMatch,
            "",
        ),
        (
            Request::Ask("how did russia vote on the american resolution".into()),
            Outcome::Answered,
            "veto",
        ),
        // A state the brief names only in an outlet's name ("an Egyptian television station")
        // did nothing in it, so it reports no reaction of that state.
        (
            Request::Ask("how did cairo respond to what mashal said on egyptian tv".into()),
            Outcome::NoMatch,
            "",
        ),
        // "What did X say" asks for X's words: a sentence that only names X, by the authors,
        // does not give them.
        (
            Request::Ask("what did islamic jihad leaders say about moscow".into()),
            Outcome::NoMatch,
            "",
        ),
        // Sanctions are the act of the one who imposes them: Hamas bypassing US sanctions says
        // nothing of what the US imposed.
        (
            Request::Ask("which sanctions has the US imposed on russia's crypto market".into()),
            Outcome::NoMatch,
            "",
        ),
        (
            Request::Claim("washington sanctioned the russian crypto wallets hamas uses".into()),
            Outcome::NoMatch,
            "",
        ),
        // Nor does a sentence that names them beside another after a preposition ("the war
        // between Israel and Hamas"), however chat spells "about".
        (
            Request::Ask("so what does hamas think abt russia's war in ukraine".into()),
            Outcome::NoMatch,
            "",
        ),
        // The same for a stress on someone's own part: the brief has Hamas thank Putin, not
        // Putin meet the delegation.
        (
            Request::Ask("did putin personally sit down with the hamas delegation".into()),
            Outcome::NoMatch,
            "",
        ),
        (
            Request::Claim("the hamas delegation met putin in person at the kremlin".into()),
            Outcome::NoMatch,
            "",
        ),
        (
            Request::Ask("what did netanyahu say back to putin on the oct 16 call".into()),
            Outcome::NoMatch,
            "",
        ),
        (
            Request::Ask("how did israel's gov react to russia's oct 25 veto".into()),
            Outcome::NoMatch,
            "",
        ),
        (
            Request::Ask(
                "how did kyiv react to putin saying the palestinians' fate is decided in ukraine"
                    .into(),
            ),
            Outcome::NoMatch,
            "",
        ),
        // The entry on the pogrom does not have Putin acting in the brief's words; the one
        // where he convened his security chiefs does, and answers.
        (
            Request::Ask("how did putin react to the dagestan pogrom".into()),
            Outcome::Answered,
            "convened",
        ),
        // "The parliament vote" names the election: no one's vote is asked for.
        (
            Request::Timeline(Some(
                "when did hamas win the palestinian parliament vote".into(),
            )),
            Outcome::Answered,
            "2006 elections",
        ),
    ];
    for (request, want, phrase) in cases {
        let a = ask(request.clone());
        assert_eq!(a.outcome, want, "{request:?}: {a:#?}");
        if want == Outcome::Answered {
            assert!(top_text(&a).contains(phrase), "{}", top_text(&a));
        }
    }
}

/// A question about the brief's own front matter typed into /actor or /timeline is answered from
/// the entries that cite the front matter, as /ask answers it.
#[test]
fn front_matter_questions_in_actor_and_timeline_quote_the_byline() {
    let cases = [
        (
            Request::Timeline(Some("when did this insight come out".into())),
            "november 9, 2023",
        ),
        (
            Request::Actor("who edits this insight series".into()),
            "editors of the series",
        ),
        // The series' and publisher's names are in the publication line too; the fact asked
        // for (editing) decides.
        (
            Request::Actor("who are the editors of the inss insight series".into()),
            "editors of the series",
        ),
    ];
    for (request, want) in cases {
        let a = ask(request.clone());
        assert_eq!(a.outcome, Outcome::Answered, "{request:?}: {a:#?}");
        assert!(top_text(&a).contains(want), "{request:?}: {}", top_text(&a));
        assert!(a.results[0].citations.iter().any(|c| c.paragraph == 0));
    }
}

#[test]
fn numbers_the_brief_does_not_give_are_not_confirmed() {
    for q in [
        "the al-Ahli hospital blast killed around 500 people",
        "how many hamas delegations visited moscow in 2023",
        // A length of time, an amount in words, a small number before a unit.
        "the putin netanyahu call lasted 45 minutes",
        "russia's ceasefire draft won seven votes",
        "how long did the putin netanyahu call go on",
    ] {
        let a = ask(Request::Claim(q.into()));
        assert_eq!(a.outcome, Outcome::NoMatch, "{q}: {a:#?}");
    }
    // How long after something is answered by a date.
    let a = ask(Request::Ask(
        "how long after the attack did putin call netanyahu".into(),
    ));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
}

/// A question about the time before a year is not answered first by an entry dated on the other
/// side of it, although the year is one of the words they share.
#[test]
fn questions_about_a_period_put_that_period_first() {
    use Request::*;
    // (request, the ids the first entry, answer or suggestion, may have)
    let cases: Vec<(Request, &[&str])> = vec![
        (
            Ask("what did russian diplomats call hamas before 2006".into()),
            &[
                "russia-condemned-hamas-1990s",
                "russia-condemns-hamas-1990s-2006",
            ],
        ),
        // A year named on its own asks about what happened in it: the event the brief dates
        // in 2014, not the 2008 war whose summary mentions 2014 in passing.
        (
            Ask("tell me the name of the israeli operation in 2014".into()),
            &["operation-protective-edge-2014"],
        ),
        // A year written short with its apostrophe is that year.
        (
            Ask("what flipped between russia and hamas in '06".into()),
            &["hamas-wins-2006-plc-elections"],
        ),
        // A statement that names a year is about that year: the claims of 2014, not the later
        // rhetoric that shares "harsher" with it.
        (
            Claim("russian rhetoric about israel turned harsher in 2014".into()),
            &["russia-scaled-back-criticism-2014"],
        ),
        // A statement that names a decade is about what the brief places in it.
        (
            Claim("back in the 90s the kremlin saw hamas as a normal political party".into()),
            &["russia-condemned-hamas-1990s"],
        ),
        // What someone is after is a sentence that names an aim, not one that weighs
        // interests.
        (
            Ask("what are the kremlin's aims in this war".into()),
            &[
                "russia-goal-divert-west-from-ukraine",
                "us-middle-east-involvement-serves-russia",
                "russia-promoting-gaza-ceasefire",
            ],
        ),
    ];
    for (request, ids) in cases {
        let a = ask(request.clone());
        let first = a.results.first().or(a.suggestions.first());
        assert!(
            first.is_some_and(|h| ids.contains(&h.id.as_str())),
            "{request:?}: {a:#?}"
        );
    }
    // A month of the story is no answer to a question about what its brief never mentions
    // (nothing about hostages or a deal), while chat for "what happened" on a day still is.
    let a = ask(Timeline(Some(
        "what happened to the hostage exchange deal in november 2023".into(),
    )));
    assert_eq!(a.outcome, Outcome::NoMatch, "{a:#?}");
    let a = ask(Timeline(Some("what went down on oct 29".into())));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
    assert_eq!(a.results[0].id, "dagestan-pogrom", "{a:#?}");
}

/// A question that asks why, or what someone gets out of something, is answered by a sentence
/// that gives a reason (a strategy, an interest, "because", "in order to"), not by one that only
/// restates the fact asked about; the reason's own words ("playbook", "two sides") count too.
#[test]
fn reasons_answer_why_questions() {
    use Request::*;
    // (request, the id the first entry, answer or suggestion, must have)
    let cases: Vec<(Request, &str)> = vec![
        (
            Ask("why would the kremlin bother keeping hamas so close".into()),
            "russia-both-sides-strategy",
        ),
        (
            Ask("what is the kremlin's game plan when two sides are at war".into()),
            "russia-both-sides-strategy",
        ),
        (
            Ask("whats the point of tehran for moscow, why go soft on hamas".into()),
            "russia-sympathetic-to-iran-allies",
        ),
        // The claim command, reached from a question that asks why, still knows it asks why.
        (
            Ask("why is russia even bothering to push a ceasefire".into()),
            "russia-promoting-gaza-ceasefire",
        ),
        // Why something matters is answered by the sentence that says what it marks.
        (
            Ask("why is moscow's backing of hamas such a big deal for israel".into()),
            "russia-hamas-support-turning-point",
        ),
        // A question that asks no reason keeps the entry that matches it best.
        (
            Ask("how close are hamas officials to russia".into()),
            "hamas-officials-show-russia-closeness",
        ),
        // Whose reason is asked decides between two sentences that both give one and both
        // name both parties: Hamas's interest, not Moscow's.
        (
            Ask("whats in it for hamas, being pals with moscow".into()),
            "russia-ties-important-for-hamas",
        ),
        (
            Ask("what's in it for hamas to stay friends with russia".into()),
            "russia-ties-important-for-hamas",
        ),
        // A reason may rank below several sentences that only restate the support.
        (
            Ask("why does russia support hamas".into()),
            "russia-both-sides-strategy",
        ),
        // Caring about something is finding it important.
        (
            Ask("why does hamas care about being friends with moscow".into()),
            "russia-ties-important-for-hamas",
        ),
        // "Staying tight with" is staying close, not fighting (a known word is no typo).
        (
            Ask("what's in it for hamas, staying tight with the russians".into()),
            "russia-ties-important-for-hamas",
        ),
        // A reason is not taken from an event of another period than the year asked about:
        // the 2008 war's summary holds "interests", yet says nothing of 2014. The 2014 claim
        // that gives the reason (Israel's silence over Crimea) answers; "Gaza" only labels
        // the war, so the event is not preferred for naming it.
        (
            Ask("why did the kremlin go soft on israel during the 2014 gaza war".into()),
            "russia-2014-softening-crimea-reciprocity",
        ),
        (
            Ask("how come russia went soft on israel during the 2014 gaza fighting".into()),
            "operation-protective-edge-2014",
        ),
        // "How does X help Y" asks what Y gains: the sentence of purpose ("serves this
        // goal"), not the one that shares the most words.
        (
            Ask("how does washington getting dragged into the middle east help moscow".into()),
            "us-middle-east-involvement-serves-russia",
        ),
        // Wording open to two readings is "vague" or "ambiguous" to a reader.
        (
            Ask("was moscow's un draft ambiguous about who it condemned".into()),
            "russian-resolution-ambiguous-condemnation",
        ),
        // "And why" after another question word asks the reason for that, not for the
        // subject's own interest.
        (
            Ask("how do russian outlets portray israeli soldiers and why".into()),
            "israeli-soldiers-immoral",
        ),
    ];
    for (request, id) in cases {
        let a = ask(request.clone());
        let first = a.results.first().or(a.suggestions.first());
        assert_eq!(
            first.map(|h| h.id.as_str()),
            Some(id),
            "{request:?}: {a:#?}"
        );
    }
}

/// Everyday words for the brief's own: letting someone do something is allowing it (a
/// licence), and a statement in them is answered by the claim it restates.
#[test]
fn everyday_words_find_the_claim_they_restate() {
    // (statement, the id of the claim that answers it)
    let cases = [
        ("russia lets hamas build AKs at home", "baraka-ak47-license"),
        (
            "the kremlin let hamas manufacture rifles",
            "baraka-ak47-license",
        ),
    ];
    for (statement, id) in cases {
        let a = ask(Request::Claim(statement.into()));
        assert_eq!(a.outcome, Outcome::Answered, "{statement}: {a:#?}");
        assert_eq!(a.results[0].id, id, "{statement}: {a:#?}");
    }
}

/// A question that asks what someone should do is answered by the sentence that prescribes it
/// ("Israel must…", "should underscore to Israel the need to…"), not by one that only names the
/// parties; "the authors" finds the claims the authors make.
#[test]
fn advice_answers_questions_for_what_to_do() {
    for q in [
        "what do the authors think israel should do about russia now?",
        "so what do the authors want israel to actually do re russia",
        "what's the authors' recommendation for israel",
        // Chat's "shld" is "should", not a typo of the brief's "shed".
        "what do the writers think israel shld do about russia",
    ] {
        let a = ask(Request::Ask(q.into()));
        let first = a.results.first().or(a.suggestions.first());
        let by_authors_advising = first.is_some_and(|h| {
            [
                "israel-should-change-russia-policy",
                "israel-must-stand-with-us",
            ]
            .contains(&h.id.as_str())
        });
        assert!(by_authors_advising, "{q}: {a:#?}");
    }
}

/// Whether someone should do an act the brief's advice never names ("should Israel cancel
/// flights to Moscow") is not answered by a sentence that advises nothing; the brief's own
/// advice still answers what it covers.
#[test]
fn advice_on_an_act_the_brief_never_advises_is_not_covered() {
    let cases = [
        (
            Request::Ask("do the authors think israel should cancel flights to moscow".into()),
            Outcome::NoMatch,
        ),
        (
            Request::Claim("the authors say israel should support ukraine".into()),
            Outcome::Answered,
        ),
        (
            Request::Ask("what do the authors think israel should do about russia now?".into()),
            Outcome::Answered,
        ),
    ];
    for (request, want) in cases {
        let a = ask(request.clone());
        assert_eq!(a.outcome, want, "{request:?}: {a:#?}");
    }
}

/// A day counted from an event ("4 days after the Dagestan riot") names a date, not an amount
/// the brief must give: the event of that day answers.
#[test]
fn a_day_counted_from_an_event_is_no_amount() {
    let a = ask(Request::Timeline(Some(
        "what went down at the un 4 days after the dagestan riot".into(),
    )));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
    assert_eq!(
        a.results.first().and_then(|h| h.date.as_deref()),
        Some("2023-11-02"),
        "{a:#?}"
    );
}

/// The result of a vote on someone's text ("Russia's draft was voted down") is given only by
/// an entry that gives an outcome for a text of theirs: the brief says Russia vetoed a US
/// resolution and that Russia submitted its own, never how the vote on Russia's went. Who
/// vetoed whose text swapped is answered, and disputed.
#[test]
fn a_vote_result_the_brief_never_gives_is_not_covered() {
    for r in [
        Request::Claim("russia's oct 16 ceasefire draft got voted down".into()),
        Request::Timeline(Some("when was the vote on russia's oct 16 draft".into())),
        Request::Ask("did the security council pass the russian resolution".into()),
    ] {
        let a = ask(r.clone());
        assert_eq!(a.outcome, Outcome::NoMatch, "{r:?}: {a:#?}");
    }
    for r in [
        Request::Claim("the us vetoed russia's resolution on oct 25".into()),
        Request::Timeline(Some("when did russia veto the american draft".into())),
        Request::Claim("the us resolution was voted down because of russia".into()),
    ] {
        let a = ask(r.clone());
        assert_eq!(a.outcome, Outcome::Answered, "{r:?}: {a:#?}");
    }
}

/// Relations asked to have moved one way are answered by the entry that says they did, not by
/// the one that says they moved back the other way (whose text tells the move it recovered
/// from); what followed a move is asked with "after" and keeps its answer.
#[test]
fn relations_moving_one_way_are_not_answered_by_the_other_way() {
    let cases = [
        (
            Request::Timeline(Some(
                "when did ties between moscow and hamas cool off".into(),
            )),
            "russia-hamas-decline-2011-syria",
        ),
        (
            Request::Timeline(Some("when did russia hamas ties take a dip".into())),
            "russia-hamas-decline-2011-syria",
        ),
        (
            Request::Timeline(Some("when did russia-hamas ties warm up again".into())),
            "russia-hamas-ties-warm-delegations",
        ),
    ];
    for (request, id) in cases {
        let a = ask(request.clone());
        assert_eq!(
            a.results.first().map(|h| h.id.as_str()),
            Some(id),
            "{request:?}: {a:#?}"
        );
    }
}

/// "Who did X do something to" names X and asks for someone else: the actor the brief's
/// sentences for the question involve, not X, whose name matches best. "Who was X" keeps X.
#[test]
fn who_did_questions_ask_for_the_one_acted_on() {
    let cases = [
        ("who did russia use to call islamic militants", "hamas"),
        ("who did putin phone on oct 16", "benjamin-netanyahu"),
        ("who was putin", "vladimir-putin"),
        // A progressive after the subject asks for the object as "who did" does.
        (
            "who was moscow backing in syria while hamas sided with the rebels",
            "bashar-assad",
        ),
        // A question that sets what it names aside asks for another.
        (
            "besides hamas which other group gets those crypto wallets",
            "islamic-jihad",
        ),
        ("who is mashal", "khaled-mashal"),
    ];
    for (query, id) in cases {
        let a = ask(Request::Actor(query.into()));
        let first = a.results.first().or(a.suggestions.first());
        assert_eq!(first.map(|h| h.id.as_str()), Some(id), "{query}: {a:#?}");
    }
}

/// "Who runs X" asks for X's leader: a person whose title and X the brief gives together, or,
/// with none, no answer, never X itself.
#[test]
fn questions_for_a_leader_are_answered_by_a_person() {
    let cases = [
        ("who runs hamas", Some("khaled-mashal")),
        ("who is the head of hamas", Some("khaled-mashal")),
        ("who leads russia", Some("vladimir-putin")),
        ("who runs the kremlin", Some("vladimir-putin")),
        ("who's in charge of israel", Some("benjamin-netanyahu")),
        ("who runs RT", None),
        // The owner before "'s" is not what is led, nor is a name in a later clause.
        (
            "who runs hamas's armed wing, the one on russian servers",
            None,
        ),
    ];
    for (query, want) in cases {
        let a = ask(Request::Actor(query.into()));
        match want {
            Some(id) => assert_eq!(
                a.results.first().map(|h| h.id.as_str()),
                Some(id),
                "{query}: {a:#?}"
            ),
            None => assert_eq!(a.outcome, Outcome::NoMatch, "{query}: {a:#?}"),
        }
    }
}

/// "Who…" questions that describe the one they ask for by what they said are answered by that
/// speaker: a relative clause ("the leader that told…") is their description, not a reactor
/// who must act in the entry, a claim saying the opposite of the description ("has the right"
/// for "has no right") is not whose words are asked for, and an emphasis ("actually") leaves
/// an authorship question what it is.
#[test]
fn who_questions_find_the_one_described_by_their_words() {
    // The id expected first; an authorship question lists both authors, in either order.
    let cases = [
        (
            "who's the hamas leader that told egyptian tv the russians were impressed",
            &["khaled-mashal"][..],
        ),
        (
            "which russian diplomat said israel has no right to defend itself",
            &["russian-un-ambassador"],
        ),
        (
            "who actually wrote this piece",
            &["arkady-mil-man", "bat-chen-feldman"],
        ),
        (
            "which hamas official told RT they'd given moscow a heads up",
            &["ali-baraka"],
        ),
        // A question for an actor of a kind is answered by one of that kind, not by a person.
        ("what outlet interviewed ali baraka", &["russia-today"]),
        // A question for an actor of a kind is answered by one of that kind it does not name.
        (
            "which country did russian weapons go through to reach hamas",
            &["iran"],
        ),
        (
            "which country did the russian missiles allegedly pass through",
            &["iran"],
        ),
        // A role a person's alias gives in full is the person asked for, not a name the
        // question already gives.
        (
            "which israeli prime minister did putin talk to on the phone",
            &["benjamin-netanyahu"],
        ),
    ];
    for (query, ids) in cases {
        let a = ask(Request::Actor(query.into()));
        assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:#?}");
        let first = a.results.first().map(|h| h.id.as_str());
        assert!(
            first.is_some_and(|f| ids.contains(&f)),
            "{query}: {first:?}"
        );
    }
}

/// "How did X describe Y" asks for X's words, which the brief reports, not for the authors'
/// account of the scene the rest of the question names.
#[test]
fn how_someone_described_something_is_answered_by_their_words() {
    let cases = [
        (
            "how did hamas describe russia when its delegation was in moscow mid-war",
            "hamas-delegation-visits-moscow",
        ),
        (
            "how did putin describe the hamas massacre",
            "putin-hamas-massacre-unprecedented",
        ),
        // A state's channels are its state media, and what they say comes before words in
        // which Russians only figure (Mashal's on the military academies).
        (
            "how do russian state channels portray israeli troops",
            "israeli-soldiers-immoral",
        ),
        // A state speaks through its bodies: Russian outlets are the Russian state media.
        (
            "how do russian outlets paint idf soldiers vs their own troops",
            "russian-soldiers-never-attack-civilians",
        ),
    ];
    for (query, id) in cases {
        let a = ask(Request::Ask(query.into()));
        assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:#?}");
        assert_eq!(
            a.results.first().map(|h| h.id.as_str()),
            Some(id),
            "{query}"
        );
    }
}

/// Everyday words for the brief's own answer the question, not only suggest it: a state's
/// "proxies" are the "allies" the brief names.
#[test]
fn everyday_words_for_the_brief_words_answer() {
    use Request::*;
    let cases = [
        (
            Ask("why does the kremlin tolerate iran's proxies such as hamas".into()),
            "russia-sympathetic-to-iran-allies",
        ),
        // Dazzled is impressed, a war college a military academy, to study to be taught.
        (
            Claim(
                "the russians were dazzled by the oct 7 attack and will study it at their war colleges"
                    .into(),
            ),
            "mashal-russian-military-academies",
        ),
        // A spat is a rift, and parties that stop talking sever their ties.
        (
            Ask("after the feud over syria did russia and hamas stop talking".into()),
            "russia-hamas-ties-warmed",
        ),
        // Sympathy offered to the victims' families is the condolences expressed to the
        // murdered Israelis' families.
        (
            Timeline(Some(
                "what day did putin offer sympathy to the victims' families".into(),
            )),
            "putin-netanyahu-phone-call",
        ),
        // Shifting fast is adapting quickly.
        (
            Ask("whats the payoff for israel if it shifts fast".into()),
            "israel-quick-adaptation-strategic-balance",
        ),
        // Staying friendly with everyone is keeping good relations with both sides.
        (
            Ask("why does russia stay friendly w everyone in a conflict, even hamas".into()),
            "russia-both-sides-strategy",
        ),
        // Cutting someone off is severing ties, with the object between verb and particle and
        // after chat's opening "so"; contact cut is ties severed.
        (
            Ask("so did russia cut hamas off over syria".into()),
            "russia-hamas-ties-warmed",
        ),
        (
            Ask("after the syria falling out did they cut contact?".into()),
            "russia-hamas-ties-warmed",
        ),
        // Something without precedent is unprecedented.
        (
            Claim("the hamas massacre was something without precedent".into()),
            "putin-hamas-massacre-unprecedented",
        ),
        // A raid is an attack.
        (
            Claim("did the russians admire the hamas raid".into()),
            "mashal-russians-impressed",
        ),
        // A Hebrew name with the prefix "in" (ב), and "the document" for the brief.
        (
            Ask("מה קרה בדגסטן לפי המסמך?".into()),
            "dagestan-pogrom",
        ),
    ];
    for (query, id) in cases {
        let a = ask(query.clone());
        assert_eq!(a.outcome, Outcome::Answered, "{query:?}: {a:#?}");
        assert_eq!(a.results[0].id, id, "{query:?}");
    }
}

/// A statement that says what happened to its subject ("the draft was adopted", "Hamas was
/// invited") is not confirmed by a sentence that states the subject and not that: the
/// participle must be matched. A participle the sentence matches keeps the answer.
#[test]
fn what_a_statement_says_happened_must_be_in_the_sentence() {
    // (statement, answered)
    let cases = [
        (
            "russia's ceasefire resolution was adopted by the security council",
            false,
        ),
        ("hamas was invited to moscow by putin", false),
        ("the us resolution was vetoed by russia", true),
        // Not a passive of the statement's subject: chat's "gets dragged into" paraphrases.
        (
            "russia benefits when the us gets pulled into the middle east",
            true,
        ),
    ];
    for (statement, answered) in cases {
        let a = ask(Request::Claim(statement.into()));
        assert_eq!(
            a.outcome == Outcome::Answered,
            answered,
            "{statement}: {a:#?}"
        );
    }
}

/// "Where else", "only … or more", "outside Moscow" ask whether something went further: the
/// sentence that says it did ("in other countries", "not limited to") comes first, not one that
/// restates the place the question names. "Just fine" asks no such thing.
#[test]
fn questions_of_reach_find_what_went_further() {
    let cases = [
        (
            "apart from moscow where else did hamas people see russian officials",
            "russia-hamas-ties-warm-delegations",
        ),
        (
            "what situation in the region suits moscow just fine per the authors",
            "us-middle-east-involvement-serves-russia",
        ),
        // A question read as a statement ("did…") still asks how far it went.
        (
            "did hamas officials only ever meet the russians in moscow",
            "hamas-delegations-visited-moscow",
        ),
    ];
    for (query, id) in cases {
        let a = ask(Request::Ask(query.into()));
        let first = a.results.first().or(a.suggestions.first());
        assert_eq!(first.map(|h| h.id.as_str()), Some(id), "{query}: {a:#?}");
    }
}

/// A question that asks how two things differ is answered by the sentence that sets them against
/// each other ("…unlike the Russian soldiers"), not by one that only names both.
#[test]
fn contrasts_answer_questions_for_a_difference() {
    for q in [
        "what's the difference between how russian media shows idf soldiers and russian soldiers",
        "israeli soldiers versus russian soldiers in kremlin media",
    ] {
        let a = ask(Request::Ask(q.into()));
        assert!(
            top_text(&a).contains("unlike the russian soldiers"),
            "{q}: {a:#?}"
        );
    }
}

/// A yes-or-no question read as a statement keeps the statement's test when the wider search
/// finds the same claim again: a claim that leaves out a state, group or person the question
/// names does not answer it. A place named only as the topic does not count.
#[test]
fn questions_read_as_statements_keep_their_parties_in_the_wider_search() {
    let cases = [
        (
            "did iran send its fighters to help russia in ukraine",
            Outcome::NoMatch,
        ),
        (
            "has russia taken the same stance in every gaza round",
            Outcome::Answered,
        ),
    ];
    for (q, want) in cases {
        let a = ask(Request::Ask(q.into()));
        assert_eq!(a.outcome, want, "{q}: {a:#?}");
    }
}

/// A statement vouches for every party it names: an entry that leaves one out does not confirm
/// it, and one whose sentence gives the act to another party of that sentence contradicts it.
/// Who is told, thanked or blamed is answered only by an entry where the teller acts.
#[test]
fn statements_vouch_for_every_party_they_name() {
    let cases: [(Request, Outcome, Option<Verdict>); 13] = [
        (
            Request::Claim("the wagner group trained hamas militants in crimea".into()),
            Outcome::NoMatch,
            None,
        ),
        (
            Request::Claim("hamas supported assad during the syrian war".into()),
            Outcome::Answered,
            Some(Verdict::Disputed),
        ),
        // A name in a phrase that sets the time is the scene, not a party.
        (
            Request::Claim(
                "after the dagestan riot putin accused the west of destabilising russia".into(),
            ),
            Outcome::Answered,
            Some(Verdict::Supported),
        ),
        // So is a place phrase that opens the statement, and the side a stance favours.
        (
            Request::Claim("in kyrgyzstan putin said israel has no right to defend itself".into()),
            Outcome::Answered,
            Some(Verdict::Disputed),
        ),
        (
            Request::Claim("russian state tv is pro-israel in this war".into()),
            Outcome::Answered,
            Some(Verdict::Disputed),
        ),
        (
            Request::Claim("netanyahu thanked putin for his condolences".into()),
            Outcome::NoMatch,
            None,
        ),
        (
            Request::Ask("what did netanyahu tell the russian president when they spoke".into()),
            Outcome::NoMatch,
            None,
        ),
        // A question naming two people asks what passed between them: what one of them did
        // alone does not answer it, while the sentence with both does.
        (
            Request::Timeline(Some(
                "when did putin and bibi last meet face to face".into(),
            )),
            Outcome::NoMatch,
            None,
        ),
        (
            Request::Timeline(Some("when did putin and netanyahu talk".into())),
            Outcome::Answered,
            None,
        ),
        (
            Request::Ask("what did abu marzook and baraka say about russia".into()),
            Outcome::Answered,
            None,
        ),
        // A name that labels a war ("the Gaza wars") says which war, not who took part.
        (
            Request::Claim("russia had one consistent line in all earlier gaza wars".into()),
            Outcome::Answered,
            Some(Verdict::Disputed),
        ),
        // "Both sides" stands for the parties of a conflict.
        (
            Request::Ask(
                "why would moscow even bother being friendly w hamas when it also talks to israel"
                    .into(),
            ),
            Outcome::Answered,
            None,
        ),
        // A claim that names every party but shares less of the act is not put first: the
        // delegation is what the statement is about.
        (
            Request::Claim("the moscow hamas delegation included iranian officials".into()),
            Outcome::NoMatch,
            None,
        ),
    ];
    for (request, want, verdict) in cases {
        let a = ask(request.clone());
        assert_eq!(a.outcome, want, "{request:?}: {a:#?}");
        if let Some(v) = verdict {
            assert_eq!(a.results[0].verdict, Some(v), "{request:?}: {a:#?}");
        }
    }
}

#[test]
fn names_in_other_scripts_find_their_actor() {
    // (query, actor id or None where the brief names nobody by that name)
    let cases = [
        ("Путин", Some("vladimir-putin")),
        ("Владимир Путин", Some("vladimir-putin")),
        ("פוטין", Some("vladimir-putin")),
        ("بوتين", Some("vladimir-putin")),
        ("ХАМАС", Some("hamas")),
        ("חמאס", Some("hamas")),
        ("حماس", Some("hamas")),
        ("кто такой Путин?", Some("vladimir-putin")),
        ("علي بركة", Some("ali-baraka")),
        ("בנימין נתניהו", Some("benjamin-netanyahu")),
        ("Лавров", None),
        // A question around the name in the same script: its pronouns, particles and the words
        // for a role or a stance frame the question, as "what's his role" does in English.
        ("נתניהו - מה התפקיד שלו כאן?", Some("benjamin-netanyahu")),
        ("какая роль у Путина сейчас", Some("vladimir-putin")),
        ("ما هو دور حماس", Some("hamas")),
        (
            "Путин — какая у него роль в этой истории?",
            Some("vladimir-putin"),
        ),
        ("חמאס - מה העמדה שלה", Some("hamas")),
        // Russian names come inflected: the genitive and the prepositional find the actor.
        ("группа Вагнера", Some("wagner-group")),
        ("МИД России", Some("russian-foreign-ministry")),
        // A Latin name is not read as a typo of a native-script alias folded to Latin letters
        // ("raisi" is one edit from the Hebrew "ראשי", "heads", folded to "rashi").
        ("ebrahim raisi", None),
    ];
    for (q, want) in cases {
        let a = ask(Request::Actor(q.into()));
        match want {
            Some(id) => assert_eq!(
                a.results.first().map(|h| h.id.as_str()),
                Some(id),
                "{q}: {a:#?}"
            ),
            None => assert_eq!(a.outcome, Outcome::NoMatch, "{q}: {a:#?}"),
        }
    }
}

/// Questions typed wholly in Russian, Hebrew or Arabic: their common words are read in English
/// and their names through the native aliases, so each command answers as it would in English,
/// and a name the brief never gives is still not answered for.
#[test]
fn questions_in_other_scripts_are_answered_as_in_english() {
    // (request, the id of the first result, or None for no match)
    let cases: [(Request, Option<&str>); 13] = [
        (
            Request::Timeline(Some("когда Россия наложила вето".into())),
            Some("russia-vetoes-us-resolution"),
        ),
        (
            Request::Timeline(Some("متى استخدمت روسيا الفيتو".into())),
            Some("russia-vetoes-us-resolution"),
        ),
        (
            Request::Timeline(Some("מתי רוסיה הטילה וטו".into())),
            Some("russia-vetoes-us-resolution"),
        ),
        (
            Request::Claim("Россия заблокировала резолюцию США".into()),
            Some("russia-vetoed-us-resolution"),
        ),
        (
            Request::Ask("لماذا تدعم روسيا حماس".into()),
            Some("russia-both-sides-strategy"),
        ),
        (
            Request::Claim("Россия осудила ХАМАС".into()),
            Some("russia-refuses-condemn-october-7"),
        ),
        (Request::Ask("когда Лавров встретился с ХАМАС".into()), None),
        // Everyday words of arms, time and office, and a title written in two words.
        (
            Request::Claim("россия дала хамасу лицензию на производство своих калашниковых".into()),
            Some("baraka-ak47-license"),
        ),
        (
            Request::Claim("روسيا أدانت هجوم حماس في 7 أكتوبر مثل باقي زعماء العالم".into()),
            Some("russia-anti-israel-line"),
        ),
        (
            Request::Actor("עם איזה ראש ממשלה ישראלי פוטין דיבר בטלפון?".into()),
            Some("benjamin-netanyahu"),
        ),
        // Blame, an outbreak and the current war; a veto cast in two words and a draft
        // resolution.
        (
            Request::Ask("במי רוסיה מאשימה את פרוץ המלחמה".into()),
            Some("us-to-blame-for-conflict"),
        ),
        (
            Request::Ask("Кого Россия винит в нынешней войне".into()),
            Some("us-to-blame-for-conflict"),
        ),
        (
            Request::Claim("רוסיה הטילה וטו על הצעת החלטה אמריקאית".into()),
            Some("russia-vetoed-us-resolution"),
        ),
    ];
    for (request, want) in cases {
        let a = ask(request.clone());
        match want {
            Some(id) => assert_eq!(
                a.results.first().map(|h| h.id.as_str()),
                Some(id),
                "{request:?}: {a:#?}"
            ),
            None => assert_eq!(a.outcome, Outcome::NoMatch, "{request:?}: {a:#?}"),
        }
    }
    // The answer echoes the question as typed, not as it was read.
    let a = ask(Request::Claim("Россия осудила ХАМАС".into()));
    assert_eq!(a.query, "Россия осудила ХАМАС");
    assert_eq!(a.results[0].verdict, Some(Verdict::Disputed));
}

#[test]
fn the_engine_answers_without_the_embedding_table() {
    let lexical = engine();
    assert!(lexical.semantic().is_none());
    let a = lexical
        .answer(
            &Request::Ask("who is ali baraka?".into()),
            &Options::default(),
        )
        .unwrap();
    assert_eq!(a.results.first().map(|h| h.id.as_str()), Some("ali-baraka"));
    assert_eq!(a.evidence.and_then(|e| e.cosine), None);
    let cases = read_cases(&repo().join("tests/data/dev.jsonl")).unwrap();
    let o = evaluate(lexical, &cases, &Options::default()).overall;
    assert!(
        o.top1_rate() >= 0.95 && o.abstention_rate() >= 0.95,
        "{o:?}"
    );
}

#[test]
fn a_missing_table_names_the_fix() {
    let err = briefbot_core::semantic::Embedder::from_dir(std::path::Path::new("/nonexistent"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("--no-embeddings") && err.contains("/nonexistent"),
        "{err}"
    );
}

#[test]
fn entry_vectors_live_in_the_snapshot_and_belong_to_their_table() {
    use briefbot_core::snapshot::{self, Miss, Source};
    let f = Fixture::new();
    let cache = f.dir.path().join("index.snapshot");
    let table = crate::common::embedder();
    let (full, source) = snapshot::load_with(&f.knowledge(), &cache, Some(table.clone())).unwrap();
    assert!(
        matches!(source, Source::Full { written: true, .. }),
        "{source:?}"
    );
    let (fast, source) = snapshot::load_with(&f.knowledge(), &cache, Some(table.clone())).unwrap();
    assert!(matches!(source, Source::Snapshot), "{source:?}");
    // The vectors are used where they lie in the snapshot file, not copied out of it.
    assert!(fast.semantic().is_some_and(|s| s.vectors.is_mapped()));
    assert!(full.semantic().is_some_and(|s| !s.vectors.is_mapped()));
    let q = Request::Claim("hamas gave moscow a heads-up about the attack".into());
    let (a, b) = (
        full.answer(&q, &Options::default()).unwrap(),
        fast.answer(&q, &Options::default()).unwrap(),
    );
    assert_eq!(
        a.results
            .iter()
            .map(|h| (&h.id, h.score))
            .collect::<Vec<_>>(),
        b.results
            .iter()
            .map(|h| (&h.id, h.score))
            .collect::<Vec<_>>()
    );
    // A snapshot with vectors is not used by an engine without the table, and is rebuilt.
    assert!(matches!(
        snapshot::read(&f.knowledge(), &cache),
        Err(Miss::Stale(_))
    ));
    // Damage anywhere, the mapped vectors included (they are most of the file), is caught by
    // the checksums: a damaged snapshot is never used. The file is replaced, not edited in
    // place, as briefbot itself does, since the engines above still map the old one.
    let mut bytes = std::fs::read(&cache).unwrap();
    let n = bytes.len();
    // The file ends with the header and its length; the vectors' bytes come just before it.
    let header = u64::from_le_bytes(bytes[n - 8..].try_into().unwrap()) as usize;
    bytes[n - 8 - header - 10] ^= 0x5a;
    let damaged = f.dir.path().join("damaged.snapshot");
    std::fs::write(&damaged, &bytes).unwrap();
    std::fs::rename(&damaged, &cache).unwrap();
    assert!(matches!(
        snapshot::read_with(&f.knowledge(), &cache, Some(table)),
        Err(Miss::Corrupt { .. })
    ));
}

/// The figures this work reached, enforced so they do not slip back. They are below the
/// issue's targets (0.90 on the chat-style sets); see the README.
#[test]
fn evaluation_sets_stay_above_their_floors() {
    // (file, top-1 floor, abstention floor)
    let floors = [
        ("tests/data/dev.jsonl", 0.95, 0.95),
        ("tests/data/dev2.jsonl", 0.90, 0.90),
        ("tests/data/heldout_style.jsonl", 0.95, 0.80),
        ("tests/data/calib_holdout.jsonl", 0.72, 0.82),
        // Written blind in stop 20 and never read case by case: 57/83 and 24/30 then, 61/83
        // and 25/30 in stop 23, 65/83 and 27/30 in stop 24, 65/83 and 28/30 in stop 25,
        // 69/83 and 29/30 in stop 28.
        ("tests/data/chat_blind.jsonl", 0.80, 0.80),
        // Written blind in stop 21 for tuning (its misses were read): 80/100 and 31/40 then.
        ("tests/data/chat_tune.jsonl", 0.78, 0.80),
        ("tests/data/chat_tune2.jsonl", 0.78, 0.82),
        // Written blind in stop 23, measured once fresh (74/115, 39/45), then tuned on.
        ("tests/data/chat_tune3.jsonl", 0.72, 0.80),
        // Written blind in stop 24, measured once fresh (95/115, 27/45), then tuned on.
        ("tests/data/chat_tune4.jsonl", 0.80, 0.78),
        // Written blind in stop 25, measured once fresh (87/115, 32/45), then tuned on.
        ("tests/data/chat_tune5.jsonl", 0.74, 0.86),
        // Written blind in stop 26, measured once fresh (81/115, 36/45), then tuned on.
        // The decision fitted on more questions in stop 28 answers more and abstains a little
        // less: 96/115 and 35/45 then.
        ("tests/data/chat_tune6.jsonl", 0.75, 0.77),
        // Written blind in stop 27, measured once fresh (77/115, 35/45); few of its misses read.
        // A training set of the decision since stop 28 (82/115, 37/45).
        ("tests/data/chat_tune7.jsonl", 0.70, 0.78),
        // Written blind in stop 28, measured once fresh (80/115, 37/45) before the decision was
        // refitted without it (86/115, 35/45); only measured.
        ("tests/data/chat_tune8.jsonl", 0.74, 0.77),
        // Written blind in stop 31, measured once fresh (81/115, 35/45); half of it read.
        ("tests/data/chat_tune9.jsonl", 0.74, 0.78),
        // Written blind in stop 32, measured once fresh (96/115, 40/45); half of it read.
        ("tests/data/chat_tune10.jsonl", 0.82, 0.84),
        // Written blind in stop 33, measured once fresh (91/115, 39/45); half of it read.
        ("tests/data/chat_tune11.jsonl", 0.82, 0.86),
        // Written blind in stop 34, measured once fresh (92/115, 36/45 as then scored; 94/115
        // once phrases copied with the brief's markdown are read as the brief is); half read.
        ("tests/data/chat_tune12.jsonl", 0.84, 0.80),
        // Written blind in stop 35, measured once fresh (101/115, 38/45); half of it read.
        ("tests/data/chat_tune13.jsonl", 0.88, 0.84),
        // Written blind in stop 36, told to avoid the brief's wording: measured once fresh
        // (84/115, 36/45); half of it read.
        ("tests/data/chat_tune14.jsonl", 0.72, 0.76),
        // Written blind in stop 37 the same way: measured once fresh (86/115, 33/45); half of
        // it read.
        ("tests/data/chat_tune15.jsonl", 0.78, 0.76),
        // Written blind in stop 38 the same way: measured once fresh (90/115, 38/45); half of
        // it read.
        ("tests/data/chat_tune16.jsonl", 0.80, 0.82),
        // Written blind in stop 39 the same way: measured once fresh (95/115, 42/45); half of
        // it read.
        ("tests/data/chat_tune17.jsonl", 0.84, 0.90),
        // Written blind in stop 40 the same way: measured once fresh (95/115, 41/45); half of
        // it read.
        ("tests/data/chat_tune18.jsonl", 0.84, 0.88),
        // Written blind at the end of stop 40 the same way: measured once fresh with the
        // stop's final engine (103/115, 37/45); half of it read in stop 41.
        ("tests/data/chat_tune19.jsonl", 0.86, 0.80),
        // Written blind in stop 41 the same way: measured once fresh (85/115, 35/45); half of
        // it read.
        ("tests/data/chat_tune20.jsonl", 0.78, 0.80),
        // Written blind at the end of stop 41 the same way: measured once fresh with the
        // stop's final engine (92/115, 41/45); half of it read in stop 42.
        ("tests/data/chat_tune21.jsonl", 0.82, 0.88),
        // Written blind in stop 42 the same way: measured once fresh (103/115, 40/45); half of
        // it read.
        ("tests/data/chat_tune22.jsonl", 0.90, 0.90),
        // Written blind at the end of stop 42 the same way: measured once fresh with the
        // stop's final engine (100/115, 41/45); half of it read in stop 43.
        ("tests/data/chat_tune23.jsonl", 0.90, 0.93),
        // Written blind in stop 43 the same way: measured once fresh (100/115, 37/45); half of
        // it read in stop 44.
        ("tests/data/chat_tune24.jsonl", 0.90, 0.88),
        // Written blind at the end of stop 43 the same way: measured once fresh with the
        // stop's final engine (107/115, 45/45); half of it read in stop 45.
        ("tests/data/chat_tune25.jsonl", 0.94, 0.95),
        // Written blind in stop 44 the same way: measured once fresh (103/115, 44/45); half of
        // it read in stop 45.
        ("tests/data/chat_tune26.jsonl", 0.92, 0.95),
        // Written blind in stop 44 the same way: measured once fresh (105/115, 41/45, with the
        // stop's first and last engines alike); half of it read in stop 45.
        ("tests/data/chat_tune27.jsonl", 0.93, 0.93),
        // Written blind at the start of stop 45 the same way: measured once fresh (94/115,
        // 42/45); none of it read.
        ("tests/data/chat_tune28.jsonl", 0.81, 0.93),
        // Written blind later in stop 45 the same way: measured once fresh (104/115, 42/45,
        // with the stop's first and last engines alike); none of it read.
        ("tests/data/chat_tune29.jsonl", 0.90, 0.93),
    ];
    for (file, top1, abstention) in floors {
        crate::eval::assert_floors(semantic_engine(), file, top1, abstention, None);
    }
}

/// The bundled brief beside a synthetic library: scoped to it, every evaluation figure is what
/// the brief alone gives; unscoped, top-1 stays within three points.
#[test]
fn a_scoped_question_answers_as_the_brief_alone_does() {
    use briefbot_core::engine::Engine;
    use briefbot_core::synth::{self, SynthSpec};
    let dir = tempfile::tempdir().unwrap();
    synth::generate(dir.path(), &SynthSpec::new(3_000)).unwrap();
    let brief = dir.path().join("knowledge/inss-1784");
    std::fs::create_dir_all(&brief).unwrap();
    for file in ["brief.json", "actors.json", "events.json", "claims.json"] {
        std::fs::copy(
            repo().join("knowledge/inss-1784").join(file),
            brief.join(file),
        )
        .unwrap();
    }
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    for seed in std::fs::read_dir(repo().join("seeds")).unwrap() {
        let seed = seed.unwrap().path();
        std::fs::copy(
            &seed,
            dir.path().join("seeds").join(seed.file_name().unwrap()),
        )
        .unwrap();
    }
    let library = Engine::load_with(
        &dir.path().join("knowledge"),
        Some(crate::common::embedder()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let scoped = Options {
        brief: Some("inss-1784".into()),
        ..Options::default()
    };
    // A bare name that actors of many briefs bear is answered by the one whose brief says most
    // about it: the synthetic briefs name the Security Council and the Russian army in passing,
    // the bundled brief cites them many times.
    for name in ["security council", "the russian army"] {
        let a = library
            .answer(&Request::Actor(name.into()), &Options::default())
            .unwrap();
        let briefs: std::collections::BTreeSet<&str> =
            a.results.iter().map(|h| h.brief.as_str()).collect();
        assert!(
            briefs.len() >= 2,
            "{name}: no namesake in the library: {a:#?}"
        );
        assert_eq!(a.results[0].brief, "inss-1784", "{name}: {a:#?}");
    }
    for file in ["tests/data/dev2.jsonl", "tests/data/calib_holdout.jsonl"] {
        let cases = read_cases(&repo().join(file)).unwrap();
        let alone = evaluate(semantic_engine(), &cases, &Options::default()).overall;
        let within = evaluate(&library, &cases, &scoped).overall;
        let unscoped = evaluate(&library, &cases, &Options::default()).overall;
        let figures =
            |o: &briefbot_core::eval::Figures| (o.top1, o.abstained_correctly, o.verdict_correct);
        assert_eq!(figures(&within), figures(&alone), "{file}");
        assert!(
            unscoped.top1_rate() >= alone.top1_rate() - 0.03,
            "{file}: unscoped top-1 {:.3}, alone {:.3}",
            unscoped.top1_rate(),
            alone.top1_rate()
        );
    }
}

#[test]
fn answers_show_latin_aliases_and_keep_the_others_for_matching() {
    let a = ask(Request::Actor("Путин".into()));
    let top = a.results.first().expect("Putin");
    assert!(
        top.aliases.iter().any(|a| a == "Путин"),
        "{:?}",
        top.aliases
    );
    let shown = top.display_aliases();
    assert!(shown.contains(&"Putin"), "{shown:?}");
    assert!(
        shown.iter().all(|a| a.is_ascii()),
        "only Latin spellings are shown: {shown:?}"
    );
}

/// A head of state acts for the state in what the state does: "Putin refrained from
/// condemning" is the brief's "Russia refrained from condemning", Putin being the Russian
/// President. What passes between two people (a call, a meeting) is no act of their states.
#[test]
fn a_head_of_state_acts_for_the_state_but_not_between_people() {
    let a = ask(Request::Claim(
        "vladimir putin refrained from condemning the oct 7 massacre".into(),
    ));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
    assert_eq!(a.results[0].id, "russia-refuses-condemn-october-7");
    for r in [
        Request::Claim("biden phoned putin after the veto".into()),
        Request::Timeline(Some(
            "when did putin and netanyahu last meet in person".into(),
        )),
    ] {
        let a = ask(r.clone());
        assert_eq!(a.outcome, Outcome::NoMatch, "{r:?}: {a:#?}");
    }
}

/// A question whether people met ("when did Putin meet the Hamas delegation") is answered only
/// by a sentence that says of a meeting; one where Hamas thanks Putin after the visit does not.
/// A meeting the brief gives is still found.
#[test]
fn a_meeting_is_answered_only_by_a_sentence_that_gives_one() {
    for r in [
        Request::Ask("when did putin meet the hamas delegation".into()),
        Request::Claim("putin met hamas leaders in moscow".into()),
        // Hosting is meeting.
        Request::Claim("putin was the one hosting hamas's delegation".into()),
        Request::Claim("did putin host hamas leaders at the kremlin".into()),
    ] {
        let a = ask(r.clone());
        assert_eq!(a.outcome, Outcome::NoMatch, "{r:?}: {a:#?}");
    }
    let a = ask(Request::Ask(
        "when did the russian foreign ministry meet hamas".into(),
    ));
    assert_eq!(a.outcome, Outcome::Answered, "{a:#?}");
}

/// An event the brief leaves undated but places in its own words after a dated one ("During the
/// war itself", after October 7, 2023, in a brief of November 9, 2023) is dated at the year the
/// story's order gives, said to come from that order; "what date exactly" is still not covered.
/// An event a curator only ordered ("not dated in the brief") and one placed "over the years"
/// after 2011 get no year.
#[test]
fn an_undated_event_the_story_places_in_one_year_is_dated_at_that_year() {
    let cases: &[(&str, Outcome, Option<&str>, &str)] = &[
        (
            "when did abu marzook call russia hamas's closest friend",
            Outcome::Answered,
            Some("2023"),
            "by the story's order it was in 2023",
        ),
        (
            "when did hamas thank putin and the foreign ministry",
            Outcome::Answered,
            Some("2023"),
            "by the story's order it was in 2023",
        ),
        (
            "what exact day did the hamas delegation visit moscow during the war",
            Outcome::NoMatch,
            None,
            "only \"During the war itself\" (by the story's order, 2023)",
        ),
        (
            "when did mashal give the egyptian tv interview",
            Outcome::NoMatch,
            None,
            "does not say when",
        ),
        (
            "when did russia-hamas ties warm up again",
            Outcome::Answered,
            None,
            "over the years",
        ),
    ];
    for &(query, outcome, date, note) in cases {
        let a = ask(Request::Timeline(Some(query.into())));
        assert_eq!(a.outcome, outcome, "{query}: {a:#?}");
        assert_eq!(
            a.results.first().and_then(|h| h.date.as_deref()),
            date,
            "{query}: {a:#?}"
        );
        assert!(
            a.note.as_deref().is_some_and(|n| n.contains(note)),
            "{query}: {:?}",
            a.note
        );
    }
}

/// A question that names people is answered by an entry whose title or quotes name them, not by
/// one that names a person only in its curator's summary: the answer must cite what the brief
/// says about everyone the reader asked about.
#[test]
fn the_people_a_question_names_are_in_what_the_answer_cites() {
    let cases = [
        (
            "what biden line did putin basically prove right according to the authors",
            "biden",
        ),
        (
            "what line of biden's does putin prove right, per the brief",
            "biden",
        ),
        ("which biden remark did putin end up proving right", "biden"),
    ];
    for (query, person) in cases {
        let a = ask(Request::Ask(query.into()));
        assert_eq!(a.outcome, Outcome::Answered, "{query}: {a:#?}");
        assert!(top_text(&a).contains(person), "{query}: {a:#?}");
        assert!(
            top_text(&a).contains("waging a war against democracy"),
            "{query}: {a:#?}"
        );
    }
}
