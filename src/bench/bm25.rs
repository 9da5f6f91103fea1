//! The BM25 baseline: what a user would pick instead of writing a retrieval engine, a real
//! search library (tantivy) over the same entries.
//!
//! Each entry is one document with three fields: `id` ("brief/entryid", stored, to name the
//! result), `kind` (actor, event or claim, to filter as the command does) and `text`, everything
//! a user would search. That is an actor's name, aliases, profile and cited quotes; an event's
//! title, date (ISO and as a reader writes it, with the brief's own words for it), summary and
//! quotes; a claim's statement and quotes. The text goes through tantivy's `en_stem` analyzer
//! (words, lowercased, English stemming, words over 40 bytes dropped), and the index lives in
//! memory, as the engine's does.
//!
//! A query is the same analyzer's tokens as a disjunction of term queries, scored by BM25, and
//! filtered to the command's kind. Building the query from tokens instead of through tantivy's
//! query parser means user text is never read as query syntax: quotes, colons, brackets, `-` or
//! `AND` are words or nothing, and no query can fail to parse.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    doc, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};

use crate::kb::{Citation, EntryKind, Library};

/// The indexing memory budget. Past it the writer starts a new segment: at this size a library
/// of a million entries makes a handful, as a user's default setup would.
const WRITER_BUDGET: usize = 512 * 1024 * 1024;

/// An in-memory tantivy index of every entry of a library.
pub struct Bm25 {
    // The reader keeps the searcher's segments open for as long as the baseline lives.
    _reader: IndexReader,
    searcher: Searcher,
    analyzer: TextAnalyzer,
    id: Field,
    kind: Field,
    text: Field,
}

fn kind_term(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Actor => "actor",
        EntryKind::Event => "event",
        EntryKind::Claim => "claim",
    }
}

fn push_quotes(text: &mut String, citations: &[Citation]) {
    for c in citations {
        text.push('\n');
        text.push_str(&c.quote);
    }
}

impl Bm25 {
    /// Indexes every entry of the library, on one indexing thread (the queries run on one core
    /// too, as the engine's do).
    pub fn build(library: &Library) -> tantivy::Result<Bm25> {
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING | STORED);
        let kind = schema.add_text_field("kind", STRING);
        // Term frequencies are what BM25 needs; positions would only serve phrase queries,
        // which the baseline does not make.
        let text_options = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("en_stem")
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let text = schema.add_text_field("text", text_options);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, WRITER_BUDGET)?;
        for b in library.briefs() {
            let name = |entry: &str| format!("{}/{entry}", b.id());
            for a in b.actors() {
                let mut t = a.name.clone();
                for alias in &a.aliases {
                    t.push('\n');
                    t.push_str(alias);
                }
                t.push('\n');
                t.push_str(&a.profile);
                push_quotes(&mut t, &a.citations);
                writer.add_document(doc!(id => name(&a.id), kind => "actor", text => t))?;
            }
            for e in b.events() {
                let mut t = e.title.clone();
                if let Some(iso) = e.when.iso() {
                    t.push('\n');
                    t.push_str(&iso);
                    t.push('\n');
                    t.push_str(&e.when.to_string());
                }
                if let Some(w) = &e.when_text {
                    t.push('\n');
                    t.push_str(w);
                }
                t.push('\n');
                t.push_str(&e.summary);
                push_quotes(&mut t, &e.citations);
                writer.add_document(doc!(id => name(&e.id), kind => "event", text => t))?;
            }
            for c in b.claims() {
                let mut t = c.statement.clone();
                push_quotes(&mut t, &c.citations);
                writer.add_document(doc!(id => name(&c.id), kind => "claim", text => t))?;
            }
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let analyzer = index
            .tokenizers()
            .get("en_stem")
            .expect("tantivy registers en_stem by default");
        Ok(Bm25 {
            _reader: reader,
            searcher,
            analyzer,
            id,
            kind,
            text,
        })
    }

    /// Documents indexed.
    pub fn docs(&self) -> u64 {
        self.searcher.num_docs()
    }

    /// Bytes the index takes (its files, which for an in-memory index are its memory).
    pub fn size_bytes(&self) -> Option<u64> {
        self.searcher
            .space_usage()
            .ok()
            .map(|u| u.total().get_bytes())
    }

    /// The ids ("brief/entryid") of the best `limit` entries of `kind` (any kind when `None`)
    /// for `query`, best first. A query with no searchable word (empty, punctuation only, one
    /// over-long word) finds nothing.
    pub fn search(
        &self,
        query: &str,
        kind: Option<EntryKind>,
        limit: usize,
    ) -> tantivy::Result<Vec<String>> {
        // The analyzer keeps per-stream state, so each query takes its own copy, as tantivy's
        // query parser does.
        let mut analyzer = self.analyzer.clone();
        let mut words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        analyzer.token_stream(query).process(&mut |token| {
            let term = Term::from_field_text(self.text, &token.text);
            words.push((
                Occur::Should,
                Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
            ));
        });
        if words.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let words: Box<dyn Query> = Box::new(BooleanQuery::new(words));
        let query: Box<dyn Query> = match kind {
            None => words,
            Some(k) => {
                // The filter scores 0, so ranking is BM25 on the text alone.
                let term = Term::from_field_text(self.kind, kind_term(k));
                let filter = TermQuery::new(term, IndexRecordOption::Basic);
                Box::new(BooleanQuery::new(vec![
                    (Occur::Must, words),
                    (
                        Occur::Must,
                        Box::new(ConstScoreQuery::new(Box::new(filter), 0.0)),
                    ),
                ]))
            }
        };
        let top = self
            .searcher
            .search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let mut ids = Vec::with_capacity(top.len());
        for (_, address) in top {
            let doc: TantivyDocument = self.searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.id).and_then(|v| v.as_str()) {
                ids.push(id.to_string());
            }
        }
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;
    use std::path::Path;

    fn bundled() -> Engine {
        let knowledge = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
        Engine::load(&knowledge).unwrap_or_else(|e| panic!("bundled knowledge base: {e}"))
    }

    /// Every entry of the bundled knowledge base is indexed, and a claim's own words, as a
    /// claim query, find that claim among the first three; an actor's name finds the actor.
    #[test]
    fn bench_bm25_finds_an_entry_by_its_own_words() {
        let engine = bundled();
        let library = engine.library();
        let bm25 = Bm25::build(library).unwrap();
        assert_eq!(bm25.docs(), library.entry_count() as u64);
        assert!(bm25.size_bytes().is_some_and(|b| b > 0));
        let brief = &library.briefs()[0];
        for claim in brief.claims() {
            let want = format!("{}/{}", brief.id(), claim.id);
            let got = bm25
                .search(&claim.statement, Some(EntryKind::Claim), 3)
                .unwrap();
            assert!(got.contains(&want), "{:?}: {got:?}", claim.statement);
        }
        let putin = brief
            .actors()
            .iter()
            .find(|a| a.name == "Vladimir Putin")
            .expect("the bundled brief names Putin");
        let got = bm25.search("Putin", Some(EntryKind::Actor), 3).unwrap();
        assert_eq!(got.first(), Some(&format!("{}/{}", brief.id(), putin.id)));
        // The kind filter holds: an actor query returns actors only.
        for id in &got {
            let (_, entry) = id.split_once('/').unwrap();
            assert_eq!(brief.lookup(entry).map(|(k, _)| k), Some(EntryKind::Actor));
        }
        // Without a kind, every kind can answer.
        assert!(!bm25.search("veto", None, 3).unwrap().is_empty());
    }

    /// User text is never query syntax: nothing a user can type makes a search fail.
    #[test]
    fn bench_bm25_survives_hostile_query_text() {
        let engine = bundled();
        let bm25 = Bm25::build(engine.library()).unwrap();
        let long = "a".repeat(2000);
        let long_then_word = format!("{long} Putin");
        let hostile = [
            "",
            "   ",
            "\"",
            "\"Russia vetoed",
            "kind:actor",
            "text:Putin id:*",
            "[2023 TO 2024]",
            "{a TO b}",
            "(((",
            ")",
            "Putin AND NOT Hamas",
            "-Putin +Hamas",
            "Pu?in~2 Ham*s^3",
            "\\",
            "a:b:c\"d'e(f)g[h]i{j}k",
            long.as_str(),
            long_then_word.as_str(),
            "הטרור 恐怖 🚀 \u{0}",
        ];
        for text in hostile {
            for kind in [
                None,
                Some(EntryKind::Actor),
                Some(EntryKind::Event),
                Some(EntryKind::Claim),
            ] {
                let got = bm25.search(text, kind, 3);
                assert!(got.is_ok(), "{text:?} ({kind:?}): {got:?}");
                assert!(got.unwrap().len() <= 3);
            }
        }
        assert!(bm25.search("", None, 3).unwrap().is_empty());
        assert!(bm25.search(&long, None, 3).unwrap().is_empty());
        // The over-long word is dropped, and the word beside it still searches.
        assert!(!bm25
            .search(&long_then_word, Some(EntryKind::Actor), 3)
            .unwrap()
            .is_empty());
    }
}
