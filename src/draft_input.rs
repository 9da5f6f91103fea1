//! Reading a brief for `briefbot draft`: plain text or markdown as it is, a saved HTML article
//! page through `scraper`, a PDF through `pdf-extract`. Each becomes the text format of the
//! seeds (title, byline, body paragraphs separated by blank lines, back matter), with links
//! written as empty markdown links and italics as `*…*`, so the drafting rules in the core see
//! one format.

use std::path::{Path, PathBuf};

use scraper::{ElementRef, Html, Node, Selector};

/// A brief that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}: unknown format `.{ext}`; give the brief as .txt or .md (text), .html or .htm \
         (a saved article page) or .pdf"
    )]
    Format { path: PathBuf, ext: String },
    #[error(
        "{path} is not valid UTF-8 text (it may be binary, or in another encoding): save it as \
         UTF-8, or give the PDF or HTML it came from"
    )]
    NotUtf8 { path: PathBuf },
    #[error("{path} is not a PDF this reader can open ({reason}); save it again as PDF, or give its text")]
    Pdf { path: PathBuf, reason: String },
    #[error(
        "{path} has no text to extract (a scanned PDF without a text layer?): run OCR on it, or \
         give the brief's text"
    )]
    NoText { path: PathBuf },
}

/// The formats `draft` reads, by file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Pdf,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "md" | "markdown" | "text" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }
}

/// Reads a brief in any supported format and returns its text in the seed format.
pub fn read_brief(path: &Path) -> Result<String, InputError> {
    let format = Format::of(path).ok_or_else(|| InputError::Format {
        path: path.to_path_buf(),
        ext: path
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default(),
    })?;
    let bytes = std::fs::read(path).map_err(|source| InputError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let utf8 = || {
        String::from_utf8(bytes.clone()).map_err(|_| InputError::NotUtf8 {
            path: path.to_path_buf(),
        })
    };
    match format {
        Format::Text => utf8(),
        Format::Html => Ok(html_to_text(&utf8()?)),
        Format::Pdf => pdf_to_text(path, &bytes),
    }
}

/// Tags whose text is no part of the article.
const SKIPPED: &[&str] = &[
    "nav", "footer", "aside", "script", "style", "form", "noscript", "svg", "button", "template",
];
/// Tags that make a block of their own.
const BLOCKS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
];

/// An HTML page as seed text: each block element (heading, paragraph, list item) is a block,
/// in document order, without navigation, scripts or footers. The article (`<article>` or
/// `<main>`) is read when the page has one, and the page's first `<h1>` is the title.
pub fn html_to_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let pick = |s: &str| Selector::parse(s).expect("valid selector");
    let root = doc
        .select(&pick("article"))
        .next()
        .or_else(|| doc.select(&pick("main")).next())
        .or_else(|| doc.select(&pick("body")).next())
        .unwrap_or_else(|| doc.root_element());
    let mut blocks: Vec<String> = Vec::new();
    // The title is the first h1, wherever the page puts it.
    let title = doc
        .select(&pick("h1"))
        .next()
        .map(|h| inline_text(h))
        .or_else(|| doc.select(&pick("title")).next().map(|t| inline_text(t)));
    if let Some(t) = &title {
        if !root.select(&pick("h1")).any(|h| inline_text(h) == *t) {
            blocks.push(t.clone());
        }
    }
    collect_blocks(root, &mut blocks);
    blocks.retain(|b| !b.trim().is_empty());
    blocks.join("\n\n") + "\n"
}

fn collect_blocks(el: ElementRef, out: &mut Vec<String>) {
    let name = el.value().name();
    if SKIPPED.contains(&name) {
        return;
    }
    if BLOCKS.contains(&name)
        && !el
            .children()
            .filter_map(ElementRef::wrap)
            .any(|c| has_block(c))
    {
        out.push(inline_text(el));
        return;
    }
    for child in el.children().filter_map(ElementRef::wrap) {
        collect_blocks(child, out);
    }
}

fn has_block(el: ElementRef) -> bool {
    BLOCKS.contains(&el.value().name()) || el.children().filter_map(ElementRef::wrap).any(has_block)
}

/// The text of an element on one line: italics as `*…*`, links as `[…](#)`.
fn inline_text(el: ElementRef) -> String {
    let mut out = String::new();
    push_inline(el, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn push_inline(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                match e.name() {
                    n if SKIPPED.contains(&n) => {}
                    "br" => out.push(' '),
                    "em" | "i" | "cite" => {
                        let inner = inline_text(child_el);
                        if !inner.is_empty() {
                            out.push_str(&format!("*{inner}*"));
                        }
                    }
                    // A link in a brief cites an outside source; the seed format marks it with
                    // an empty markdown link.
                    "a" => {
                        let inner = inline_text(child_el);
                        if !inner.is_empty() {
                            out.push_str(&format!("[{inner}](#)"));
                        }
                    }
                    // Footnote markers (<sup>3</sup>) are no part of the sentence.
                    "sup" => {}
                    _ => push_inline(child_el, out),
                }
            }
            _ => {}
        }
    }
}

/// A PDF's text as seed text: lines joined into paragraphs, pages and blank lines separating
/// blocks (a sentence split by a page break is joined again by the loader), bare page numbers
/// dropped.
fn pdf_to_text(path: &Path, bytes: &[u8]) -> Result<String, InputError> {
    // pdf-extract panics on some malformed files instead of returning an error; a panic here
    // is a file it cannot read, reported as such.
    let bytes = bytes.to_vec();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&bytes));
    std::panic::set_hook(previous);
    let text = match result {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            return Err(InputError::Pdf {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })
        }
        Err(_) => {
            return Err(InputError::Pdf {
                path: path.to_path_buf(),
                reason: "the file is damaged or uses a feature the reader lacks".into(),
            })
        }
    };
    let reflowed = reflow(&text);
    if reflowed.trim().is_empty() {
        return Err(InputError::NoText {
            path: path.to_path_buf(),
        });
    }
    Ok(reflowed)
}

/// Joins lines into blocks: a blank line or a page break ends a block.
pub fn reflow(text: &str) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        if !current.trim().is_empty() {
            blocks.push(current.trim().to_string());
        }
        current.clear();
    };
    for line in text.split('\n') {
        let page_break = line.contains('\u{c}');
        let line = line.replace('\u{c}', "");
        let line = line.trim();
        if page_break || line.is_empty() {
            flush(&mut current, &mut blocks);
            if line.is_empty() {
                continue;
            }
        }
        if line.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if !current.is_empty() && !current.ends_with('-') {
            current.push(' ');
        }
        current.push_str(line);
    }
    flush(&mut current, &mut blocks);
    blocks.join("\n\n") + "\n"
}
