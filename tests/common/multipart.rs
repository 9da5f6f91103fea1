//! Reading `multipart/form-data` bodies, as Discord does: the bot's interaction callbacks and
//! the HTTP endpoint's answers carry the timeline picture this way.

#![allow(dead_code)]

/// One part of a multipart body.
#[derive(Clone, Debug)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// The boundary of a `multipart/form-data` content type, or `None` for any other type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        (k.trim() == "boundary").then(|| v.trim().trim_matches('"').to_string())
    })
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Splits a multipart body into its parts; `Err` says what is malformed.
pub fn parse(content_type: &str, body: &[u8]) -> Result<Vec<Part>, String> {
    let b = boundary(content_type).ok_or_else(|| format!("not multipart: {content_type}"))?;
    let delimiter = format!("--{b}");
    let mut parts = Vec::new();
    let mut at = find(body, delimiter.as_bytes(), 0).ok_or("no opening boundary")?;
    loop {
        at += delimiter.len();
        if body.get(at..at + 2) == Some(b"--") {
            return Ok(parts);
        }
        if body.get(at..at + 2) != Some(b"\r\n") {
            return Err(format!("no CRLF after the boundary at {at}"));
        }
        at += 2;
        let head_end = find(body, b"\r\n\r\n", at).ok_or("a part without a blank line")?;
        let head = String::from_utf8_lossy(&body[at..head_end]).to_string();
        let data_start = head_end + 4;
        let next = find(body, format!("\r\n{delimiter}").as_bytes(), data_start)
            .ok_or("a part without a closing boundary")?;
        let mut part = Part {
            name: String::new(),
            filename: None,
            content_type: None,
            data: body[data_start..next].to_vec(),
        };
        for line in head.split("\r\n") {
            let (k, v) = line.split_once(':').ok_or("a header without a colon")?;
            match k.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    for p in v.split(';').skip(1) {
                        if let Some((pk, pv)) = p.trim().split_once('=') {
                            let pv = pv.trim_matches('"').to_string();
                            match pk {
                                "name" => part.name = pv,
                                "filename" => part.filename = Some(pv),
                                _ => {}
                            }
                        }
                    }
                }
                "content-type" => part.content_type = Some(v.trim().to_string()),
                _ => {}
            }
        }
        parts.push(part);
        at = next + 2;
    }
}

/// The width and height a PNG declares in its header.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.get(12..16) != Some(b"IHDR") {
        return None;
    }
    let w = u32::from_be_bytes(bytes[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(bytes[20..24].try_into().ok()?);
    Some((w, h))
}

/// Checks a reply's one picture against Discord's limits and the inline bound: one PNG part
/// named `files[0]`, referenced by the payload's attachments and its embed, with its size and
/// dimensions in range. Returns the PNG's width and height.
pub fn check_picture(payload: &serde_json::Value, parts: &[Part]) -> (u32, u32) {
    let files: Vec<&Part> = parts
        .iter()
        .filter(|p| p.name.starts_with("files["))
        .collect();
    assert_eq!(files.len(), 1, "one file part: {parts:?}");
    let f = files[0];
    assert_eq!(f.name, "files[0]");
    assert_eq!(f.filename.as_deref(), Some("timeline.png"));
    assert_eq!(f.content_type.as_deref(), Some("image/png"));
    assert!(
        f.data.len() <= briefbot::render::picture::MAX_INLINE_BYTES,
        "{} bytes",
        f.data.len()
    );
    let (w, h) = png_size(&f.data).expect("a PNG");
    assert!((1200..=1600).contains(&w) && h <= 4000, "{w}×{h}");
    let data = payload.get("data").unwrap_or(payload);
    let attachments = data["attachments"].as_array().expect("attachments listed");
    assert_eq!(attachments.len(), 1);
    assert_eq!(attachments[0]["id"], serde_json::json!(0));
    assert_eq!(attachments[0]["filename"], "timeline.png");
    let embeds = data["embeds"].as_array().expect("embeds");
    assert_eq!(
        embeds.last().unwrap()["image"]["url"],
        "attachment://timeline.png",
        "the last embed shows the picture"
    );
    (w, h)
}
