//! `briefbot draft` and `briefbot draft-eval`: drafting a knowledge base from a brief (or a
//! folder of briefs, with a progress bar), and scoring a draft against a curated one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::draft::{draft_text, slug, DraftError, DraftOptions};
use crate::draft_input::{read_brief, Format, InputError};
use crate::kb::Library;

use super::error::CliError;
use super::output::emit;

/// Why `draft` or `draft-eval` failed.
#[derive(Debug, thiserror::Error)]
pub enum DraftCliError {
    #[error("{0}")]
    Input(#[from] InputError),
    #[error("{path}: {source}")]
    Draft { path: PathBuf, source: DraftError },
    #[error(
        "{path} holds no brief to draft (.txt, .md, .html, .htm or .pdf files); give a file or \
         a folder of briefs"
    )]
    NoBriefs { path: PathBuf },
    #[error("cannot read the folder {path}: {source}")]
    ReadDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is not a brief folder (no brief.json in it): give the folder `draft` wrote, or a \
         folder of the curated knowledge base"
    )]
    NotABrief { path: PathBuf },
    #[error(
        "{failed} of {total} briefs could not be drafted (see above); the others were written"
    )]
    SomeFailed { failed: usize, total: usize },
}

impl DraftCliError {
    /// 2 when the input is wrong, 1 when writing failed or some briefs of many failed.
    pub fn exit_code(&self) -> u8 {
        match self {
            DraftCliError::Draft {
                source: DraftError::Write { .. },
                ..
            }
            | DraftCliError::SomeFailed { .. } => 1,
            _ => 2,
        }
    }
}

/// Drafts one file into `out` (or `out/ID` with `--id`), or every brief of a folder into
/// `out/<name>`.
pub fn draft(
    input: &Path,
    out: &Path,
    id: Option<&str>,
    options: &DraftOptions,
) -> Result<ExitCode, CliError> {
    if input.is_dir() {
        return draft_folder(input, out, options).map_err(CliError::Draft);
    }
    let dir = match id {
        Some(id) => out.join(slug(id)),
        None => out.to_path_buf(),
    };
    let summary = draft_file(input, &dir, options).map_err(CliError::Draft)?;
    Ok(emit(&format!(
        "drafted {} into {}: {summary}\nEvery entry is marked \"draft\": true for review; run \
         `briefbot check --knowledge {}` to validate it.\n",
        input.display(),
        dir.display(),
        dir.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .display()
    )))
}

fn draft_file(input: &Path, dir: &Path, options: &DraftOptions) -> Result<String, DraftCliError> {
    let text = read_brief(input)?;
    let draft = draft_text(&text, options).map_err(|source| DraftCliError::Draft {
        path: input.to_path_buf(),
        source,
    })?;
    draft.write(dir).map_err(|source| DraftCliError::Draft {
        path: input.to_path_buf(),
        source,
    })?;
    Ok(draft.summary())
}

/// Drafts every brief of a folder, each into its own folder under `root`, showing a progress
/// bar on standard error. A brief that fails is reported and the others go on.
fn draft_folder(
    input: &Path,
    root: &Path,
    options: &DraftOptions,
) -> Result<ExitCode, DraftCliError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(input)
        .map_err(|source| DraftCliError::ReadDir {
            path: input.to_path_buf(),
            source,
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && Format::of(p).is_some())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(DraftCliError::NoBriefs {
            path: input.to_path_buf(),
        });
    }
    let bar = indicatif::ProgressBar::new(files.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} briefs {elapsed} {msg}")
            .expect("valid template"),
    );
    let mut failed = Vec::new();
    let mut report = String::new();
    for file in &files {
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        bar.set_message(stem.clone());
        let dir = root.join(slug(&stem));
        match draft_file(file, &dir, options) {
            Ok(summary) => report.push_str(&format!("{}: {summary}\n", dir.display())),
            Err(e) => failed.push(e.to_string()),
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    for f in &failed {
        eprintln!("error: {f}");
    }
    report.push_str(&format!(
        "drafted {} of {} briefs into {}; run `briefbot check --knowledge {}`\n",
        files.len() - failed.len(),
        files.len(),
        root.display(),
        root.display()
    ));
    let code = emit(&report);
    if failed.is_empty() {
        Ok(code)
    } else {
        Err(DraftCliError::SomeFailed {
            failed: failed.len(),
            total: files.len(),
        })
    }
}

/// Loads the brief in folder `dir` (its parent is loaded as a knowledge base, and the brief
/// picked by the folder's name).
fn load_one(dir: &Path) -> Result<(Library, String), CliError> {
    if !dir.join("brief.json").is_file() {
        return Err(CliError::Draft(DraftCliError::NotABrief {
            path: dir.to_path_buf(),
        }));
    }
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let id = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = dir.parent().unwrap_or(Path::new("."));
    let library = Library::load(parent).map_err(CliError::Knowledge)?;
    Ok((library, id))
}

/// Scores the draft in `draft_dir` against the curated brief in `reference_dir`.
pub fn draft_eval(
    draft_dir: &Path,
    reference_dir: &Path,
    json: bool,
) -> Result<ExitCode, CliError> {
    let (d_lib, d_id) = load_one(draft_dir)?;
    let (r_lib, r_id) = load_one(reference_dir)?;
    let (Some(d), Some(r)) = (d_lib.brief(&d_id), r_lib.brief(&r_id)) else {
        return Err(CliError::Draft(DraftCliError::NotABrief {
            path: draft_dir.to_path_buf(),
        }));
    };
    let scores = crate::draft::score::score(d, r);
    if json {
        return Ok(emit(&format!(
            "{}\n",
            serde_json::to_string(&scores).expect("scores serialise")
        )));
    }
    Ok(emit(&format!(
        "draft {} against {}:\n{scores}",
        draft_dir.display(),
        reference_dir.display()
    )))
}
