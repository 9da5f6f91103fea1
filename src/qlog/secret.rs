//! The secret that keys user hashes. It comes from `BRIEFBOT_LOG_SECRET`, from a file named by
//! `--log-secret-file`, or from `log-secret` in the data directory, which is generated on first
//! start. It is never stored in the database: whoever holds only the database cannot turn a
//! hash back into a Discord id.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Shortest secret accepted: anything shorter could be guessed.
pub const MIN_LEN: usize = 16;

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error(
        "the log secret {from} is {len} characters; use at least {MIN_LEN} random characters \
         (for example `head -c 32 /dev/urandom | base64`)"
    )]
    TooShort { from: String, len: usize },
    #[error("cannot read the log secret file `{path}`: {source}; check --log-secret-file")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "cannot create the log secret `{path}`: {source}; make the data directory writable, or \
         set BRIEFBOT_LOG_SECRET"
    )]
    Create {
        path: String,
        source: std::io::Error,
    },
}

/// Where the secret comes from.
#[derive(Clone, Debug)]
pub enum SecretSource {
    /// The value itself (`BRIEFBOT_LOG_SECRET`).
    Value(String),
    /// A file that must exist (`--log-secret-file`).
    File(PathBuf),
    /// A file generated if absent (`log-secret` in the data directory).
    Generated(PathBuf),
}

impl SecretSource {
    pub fn load(&self) -> Result<Vec<u8>, SecretError> {
        let (text, from) = match self {
            SecretSource::Value(v) => (v.clone(), "in BRIEFBOT_LOG_SECRET".to_string()),
            SecretSource::File(p) => (read(p)?, format!("in `{}`", p.display())),
            SecretSource::Generated(p) => {
                if !p.exists() {
                    generate(p)?;
                }
                (read(p)?, format!("in `{}`", p.display()))
            }
        };
        let text = text.trim();
        if text.chars().count() < MIN_LEN {
            return Err(SecretError::TooShort {
                from,
                len: text.chars().count(),
            });
        }
        Ok(text.as_bytes().to_vec())
    }
}

fn read(path: &Path) -> Result<String, SecretError> {
    std::fs::read_to_string(path).map_err(|source| SecretError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// Writes 32 random bytes as hex, readable by the owner only, without replacing a file another
/// process created meanwhile.
fn generate(path: &Path) -> Result<(), SecretError> {
    let err = |source| SecretError::Create {
        path: path.display().to_string(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .map_err(err)?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut f) => f.write_all(format!("{hex}\n").as_bytes()).map_err(err),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(err(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_secret_is_kept_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/log-secret");
        let source = SecretSource::Generated(path.clone());
        let first = source.load().unwrap();
        assert_eq!(first.len(), 64);
        assert_eq!(source.load().unwrap(), first, "the same secret on restart");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn short_or_missing_secrets_are_refused() {
        let err = SecretSource::Value("short".into()).load().unwrap_err();
        assert!(err.to_string().contains("at least 16"), "{err}");
        let err = SecretSource::File("/nonexistent/secret".into())
            .load()
            .unwrap_err();
        assert!(err.to_string().contains("--log-secret-file"), "{err}");
    }
}
