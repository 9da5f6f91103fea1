//! Everything the CLI writes to standard output goes through here, so that a closed or failing
//! stdout is handled in one place and never panics.

use std::io::Write as _;
use std::process::ExitCode;

/// Appends one formatted line to a `String` of output (writing to a `String` cannot fail).
macro_rules! outln {
    ($buf:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        writeln!($buf, $($arg)*).expect("writing to a String cannot fail");
    }};
}
pub(super) use outln;

/// Writes `text` to standard output and returns `code`. Output is written in one place so that
/// a closed or failing stdout is handled once: a reader that went away (`briefbot check | head
/// -1`) ends the program quietly with `code`, as ripgrep does, and any other failure (a full
/// disk) is one line on standard error and exit 1. `println!` would panic in both cases.
pub(super) fn emit_then(text: &str, code: ExitCode) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::from(1)
        }
    }
}

/// [`emit_then`] for output that ends successfully.
pub(super) fn emit(text: &str) -> ExitCode {
    emit_then(text, ExitCode::SUCCESS)
}

/// Prints a measurement report: one JSON object with `--json` (indented if `pretty`), its text
/// otherwise. Returns the exit code ([`emit`]).
pub(super) fn print_report(
    report: &(impl serde::Serialize + std::fmt::Display),
    json: bool,
    pretty: bool,
) -> ExitCode {
    if json {
        let text = if pretty {
            serde_json::to_string_pretty(report)
        } else {
            serde_json::to_string(report)
        };
        emit(&format!("{}\n", text.expect("reports serialise")))
    } else {
        emit(&report.to_string())
    }
}

/// Writes one line a long-running command prints for other programs (such as the address a
/// server listens on) and flushes it at once, since the program goes on running. Unlike
/// [`emit`] it ignores write errors: a parent that stopped reading is no reason to stop serving.
pub(super) fn announce(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(line.as_bytes()).and_then(|()| out.flush());
}
