//! The command-line front end. It answers exactly what the Discord bot answers: both call
//! [`Engine::run`](crate::engine::Engine::run).
//!
//! An invocation goes through three stages, as in ripgrep: clap parses it into [`Cli`]
//! ([`args`]), [`Config::from_cli`] checks it and decides what to do ([`config`]), and [`run`]
//! does it in one `match` whose arms return a result. Errors are [`CliError`]s, printed once,
//! with the exit code the README documents.

pub mod args;
mod check;
pub mod config;
mod draft;
mod error;
mod loadgen;
mod output;
mod serve;

use std::path::Path;
use std::process::ExitCode;

use crate::discord::commands;
use crate::engine::Engine;
use crate::render::terminal;

pub use args::Cli;
pub use config::{default_knowledge_dir, Action, Config, Knowledge};
pub use error::CliError;
pub use serve::{init_logging, listening_address, shutdown_signal, LISTENING_ON};

use output::{emit, print_report};

/// Runs one invocation and returns the process's exit code.
pub fn run(cli: Cli) -> ExitCode {
    match Config::from_cli(cli).and_then(execute) {
        Ok(code) => code,
        Err(e) => e.report(),
    }
}

fn execute(config: Config) -> Result<ExitCode, CliError> {
    let Config { knowledge, action } = config;
    match action {
        Action::Answer {
            request,
            options,
            json,
            picture,
        } => {
            let engine = knowledge.load()?;
            let reply = engine.run(&request, &options)?;
            if picture.any() {
                write_picture(&engine, &reply, &picture)?;
            }
            Ok(emit(&if json {
                json_line(&reply)
            } else {
                terminal::render(&reply)
            }))
        }
        Action::Check => Ok(check::check(knowledge.load()?.library())),
        Action::Preview { command, args } => {
            let engine = knowledge.load()?;
            Ok(emit(
                &commands::respond(&engine, &command, &args).reply.preview(),
            ))
        }
        Action::Eval {
            file,
            options,
            json,
            samples,
        } => eval(
            &knowledge.load()?,
            &file,
            &options,
            json,
            samples.as_deref(),
        ),
        Action::Calibrate { files } => {
            let mut cases = Vec::new();
            for file in &files {
                cases.extend(crate::eval::read_cases(file)?);
            }
            let mut engine = knowledge.load()?;
            if engine.semantic().is_none() {
                return Err(CliError::Embeddings(
                    crate::semantic::EmbedderError::Invalid {
                        dir: crate::embeddings::BUNDLED.into(),
                        reason: "calibration needs the embedding table, and none was loaded".into(),
                    },
                ));
            }
            let options = crate::commands::Options::default();
            let (fitted, report) = crate::eval::calibrate(&mut engine, &cases, &options);
            Ok(emit(&format!("{report}\n{fitted:#?}\n")))
        }
        Action::Serve(gateway) => serve::gateway(knowledge, gateway).map(|()| ExitCode::SUCCESS),
        Action::ServeHttp(http) => serve::http(knowledge, http).map(|()| ExitCode::SUCCESS),
        Action::PrintPublicKey => Ok(emit(&format!(
            "{}\n",
            crate::loadgen::public_key_hex(&crate::loadgen::test_signing_key())
        ))),
        Action::Loadgen(args) => loadgen::loadgen(args),
        Action::Bench { config, json } => {
            let mut progress = |line: &str| eprintln!("bench: {line}");
            if config.draft_only {
                progress("drafting the bundled and evaluation briefs");
                let figures =
                    crate::bench::draft::measure(Path::new("."), crate::bench::DRAFT_ROUNDS)
                        .map_err(CliError::Bench)?;
                return Ok(print_report(&figures, json, false));
            }
            if config.picture_only {
                let figures =
                    crate::bench::run_picture(&config, &mut progress).map_err(CliError::Bench)?;
                return Ok(print_report(&figures, json, false));
            }
            let report = crate::bench::run(&config, &mut progress).map_err(CliError::Bench)?;
            Ok(print_report(&report, json, false))
        }
        Action::BenchLoad { library, snapshot } => {
            let figures = crate::bench::full_load(&library, &snapshot, knowledge.embedder()?)
                .map_err(CliError::Bench)?;
            Ok(emit(&json_line(&figures)))
        }
        Action::BenchStart { library, snapshot } => {
            let figures = crate::bench::restart(&library, &snapshot, knowledge.embedder()?)
                .map_err(CliError::Bench)?;
            Ok(emit(&json_line(&figures)))
        }
        Action::BenchEval { files, json } => {
            // Every file is read before the knowledge base loads, so a bad one is reported at once.
            let sets = files
                .iter()
                .map(|f| Ok((f.as_path(), crate::eval::read_cases(f)?)))
                .collect::<Result<Vec<_>, CliError>>()?;
            let engine = knowledge.load()?;
            let report = crate::bench::compare::run(&engine, &sets)
                .map_err(|e| CliError::Bench(std::io::Error::other(e)))?;
            Ok(print_report(&report, json, true))
        }
        Action::Gaps {
            database,
            since,
            brief,
            limit,
            json,
        } => {
            let mut store = open_existing(&database)?;
            let report =
                crate::qlog::report::gaps_report(store.as_mut(), since, brief.as_deref(), limit)
                    .map_err(CliError::Database)?;
            Ok(print_report(&report, json, false))
        }
        Action::Stats {
            database,
            since,
            brief,
            json,
        } => {
            let mut store = open_existing(&database)?;
            let report = crate::qlog::report::stats_report(store.as_mut(), since, brief.as_deref())
                .map_err(CliError::Database)?;
            Ok(print_report(&report, json, false))
        }
        Action::Register { print: true } => Ok(emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&commands::definitions()).expect("definitions serialise")
        ))),
        Action::Draft {
            input,
            out,
            id,
            options,
        } => draft::draft(&input, &out, id.as_deref(), &options),
        Action::DraftEval {
            draft,
            reference,
            json,
        } => draft::draft_eval(&draft, &reference, json),
        Action::Register { print: false } => Ok(emit(
            "Commands are registered when `briefbot serve` connects (in DISCORD_GUILD_ID if set, \
             otherwise globally). Use `briefbot register --print` to see their definitions.\n",
        )),
    }
}

/// Opens the log for a report. A SQLite file that does not exist is an error, rather than an
/// empty report from a database created on the spot (most likely the wrong --data-dir).
fn open_existing(
    database: &crate::qlog::Database,
) -> Result<Box<dyn crate::qlog::LogStore>, CliError> {
    if let crate::qlog::Database::Sqlite(path) = database {
        if !path.exists() {
            return Err(CliError::NoLog(path.display().to_string()));
        }
    }
    database.open().map_err(CliError::Database)
}

/// Writes the picture the bot would attach to this timeline answer.
fn write_picture(
    engine: &Engine,
    reply: &crate::answer::Reply,
    files: &config::PictureFiles,
) -> Result<(), CliError> {
    use crate::render::picture::{self, Timeline};
    let crate::answer::Reply::Answer(a) = reply else {
        return Err(CliError::NoPicture);
    };
    let t = Timeline::of_answer(engine, a).ok_or(CliError::NoPicture)?;
    let p = picture::render(&t)?;
    let write = |path: &std::path::Path, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|source| CliError::WritePicture {
            path: path.display().to_string(),
            source,
        })
    };
    if let Some(path) = &files.png {
        write(path, &p.png)?;
        eprintln!(
            "wrote the timeline picture to {} ({}×{}, {} bytes)",
            path.display(),
            p.width,
            p.height,
            p.png.len()
        );
    }
    if let Some(path) = &files.svg {
        write(path, p.svg.as_bytes())?;
        eprintln!("wrote the timeline picture to {}", path.display());
    }
    Ok(())
}

/// Measures answers against a file of cases; exits 1 if any case could not be run.
fn eval(
    engine: &Engine,
    file: &std::path::Path,
    options: &crate::commands::Options,
    json: bool,
    samples: Option<&std::path::Path>,
) -> Result<ExitCode, CliError> {
    let cases = crate::eval::read_cases(file)?;
    if let Some(path) = samples {
        let rows: String = crate::eval::sample_rows(engine, &cases, options)
            .iter()
            .map(json_line)
            .collect();
        std::fs::write(path, rows).map_err(|source| CliError::WriteSamples {
            path: path.display().to_string(),
            source,
        })?;
    }
    let report = crate::eval::evaluate(engine, &cases, options);
    let printed = print_report(&report, json, true);
    Ok(if report.overall.errors == 0 {
        printed
    } else {
        ExitCode::from(1)
    })
}

/// One JSON object on one line.
fn json_line(value: &impl serde::Serialize) -> String {
    format!(
        "{}\n",
        serde_json::to_string(value).expect("replies and figures serialise")
    )
}
