//! Where everything goes: the broken time axis, the lanes the marks sit in, and the rows of
//! labels, placed so that no two labels (and no label and another label's leader line) overlap.
//!
//! Everything here is plain geometry in pixels; [`super::svg`] only writes it out. The label
//! widths come from the bundled font ([`super::font`]), so the guarantee is about the drawn text.

use crate::kb::date::{civil_from_days, day_number, MONTH_NAMES};
use crate::kb::When;

use super::font;
use super::{Mark, Timeline};

/// The picture's width. Discord shows it scaled down in the channel and at full size when opened.
pub const WIDTH: f32 = 1400.0;
pub const MARGIN: f32 = 40.0;
pub const TITLE_SIZE: f32 = 24.0;
pub const CAPTION_SIZE: f32 = 17.0;
pub const LABEL_SIZE: f32 = 17.0;
pub const PARA_SIZE: f32 = 15.0;
pub const TICK_SIZE: f32 = 15.0;
/// Height of one row of labels.
pub const ROW: f32 = 28.0;
/// Height of one lane of marks above the axis.
pub const LANE: f32 = 20.0;
/// Room left between two axis segments for the break marker.
const BREAK: f32 = 40.0;
/// Narrowest an axis segment may be.
const MIN_SEGMENT: f32 = 170.0;
/// A point mark's radius.
pub const POINT_R: f32 = 6.5;
/// Horizontal room kept free around a label and around a leader line.
const LABEL_GAP: f32 = 10.0;
const LEADER_GAP: f32 = 3.0;
/// Between a leader line and its label's text.
const LEADER_TO_TEXT: f32 = 6.0;
/// Labels are cut to this many characters, at a word where possible.
pub const LABEL_CHARS: usize = 38;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Whether the two rectangles share any area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A day: a dot centred on the day.
    Point { cx: f32, cy: f32 },
    /// A month, a year, a decade or a range: a bar over the days it covers.
    Bar { x: f32, y: f32, w: f32 },
    /// An undated event: a diamond in the undated lane.
    Diamond { cx: f32, cy: f32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMark {
    /// Index into the timeline's events.
    pub event: usize,
    pub shape: Shape,
    pub approximate: bool,
    pub highlighted: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub event: usize,
    /// The short title ("~ " first when the date is approximate).
    pub text: String,
    /// " ¶6", drawn smaller and muted.
    pub para: String,
    /// Where the text starts, and its baseline.
    pub x: f32,
    pub baseline: f32,
    /// The box the label's text (and its highlight background) takes.
    pub rect: Rect,
    /// The leader line from the mark down to the label: x, top, bottom.
    pub leader: (f32, f32, f32),
    pub highlighted: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f32,
    pub label: String,
    /// Gridline from the tick labels down to the axis.
    pub top: f32,
    pub bottom: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub heading: String,
    pub caption: String,
    /// Baseline of the tick labels.
    pub tick_baseline: f32,
    pub ticks: Vec<Tick>,
    /// The drawn stretches of the axis (one per segment), and its height.
    pub axis: Vec<(f32, f32)>,
    pub axis_y: f32,
    /// Centres of the breaks between segments.
    pub breaks: Vec<f32>,
    pub marks: Vec<PlacedMark>,
    pub labels: Vec<Label>,
    /// The undated lane: its heading's baseline and the lane's height, when there is one.
    pub undated: Option<(f32, f32)>,
    /// Baseline of the legend.
    pub legend: f32,
    /// Baseline of the "nothing to draw" sentence, for a timeline without events.
    pub empty: Option<f32>,
}

/// One stretch of the broken axis: days `from..to` drawn over pixels `x0..x1`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Segment {
    from: f64,
    to: f64,
    x0: f32,
    x1: f32,
}

impl Segment {
    fn x(&self, day: f64) -> f32 {
        self.x0 + ((day - self.from) / (self.to - self.from)) as f32 * (self.x1 - self.x0)
    }
}

/// The days an event covers, end exclusive, or `None` when undated.
fn days(when: &When) -> Option<(i64, i64)> {
    when.span().map(|(a, b)| (a, b + 1))
}

/// Splits the covered days into axis segments: a gap that takes more than a fifth of its
/// segment (and at least two months) is cut out, at most three times, so that 1990 and one
/// fortnight of October 2023 are both readable on one axis.
fn segments_of(spans: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut sorted = spans.to_vec();
    sorted.sort_unstable();
    // Merge overlapping spans into the stretches of time something covers.
    let mut covered: Vec<(i64, i64)> = Vec::new();
    for (a, b) in sorted {
        match covered.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => covered.push((a, b)),
        }
    }
    // Each segment is a run of covered stretches.
    let mut runs: Vec<Vec<(i64, i64)>> = vec![covered];
    for _ in 0..3 {
        let mut best: Option<(f64, usize, usize)> = None;
        for (ri, run) in runs.iter().enumerate() {
            let len = (run.last().unwrap().1 - run[0].0) as f64;
            for gi in 1..run.len() {
                let gap = (run[gi].0 - run[gi - 1].1) as f64;
                let ratio = gap / len;
                if gap >= 60.0 && ratio > 0.2 && best.is_none_or(|b| ratio > b.0) {
                    best = Some((ratio, ri, gi));
                }
            }
        }
        let Some((_, ri, gi)) = best else { break };
        let tail = runs[ri].split_off(gi);
        runs.insert(ri + 1, tail);
    }
    runs.iter().map(|r| (r[0].0, r.last().unwrap().1)).collect()
}

/// The pixel stretches of the segments: wider for segments with more events, none narrower
/// than [`MIN_SEGMENT`].
fn place_segments(ranges: &[(i64, i64)], spans: &[(i64, i64)], right: f32) -> Vec<Segment> {
    let n = ranges.len();
    let avail = right - MARGIN - BREAK * (n.saturating_sub(1)) as f32;
    let weights: Vec<f32> = ranges
        .iter()
        .map(|&(a, b)| {
            let inside = spans.iter().filter(|s| s.0 >= a && s.1 <= b).count();
            inside as f32 + 2.0
        })
        .collect();
    let total: f32 = weights.iter().sum();
    let mut widths: Vec<f32> = weights.iter().map(|w| avail * w / total).collect();
    // Raise the narrow ones to the minimum and take the room from the wide ones.
    let short: f32 = widths.iter().map(|w| (MIN_SEGMENT - w).max(0.0)).sum();
    if short > 0.0 {
        let spare: f32 = widths.iter().map(|w| (w - MIN_SEGMENT).max(0.0)).sum();
        for w in &mut widths {
            *w = if *w < MIN_SEGMENT {
                MIN_SEGMENT
            } else {
                *w - (*w - MIN_SEGMENT) * short / spare
            };
        }
    }
    let mut x = MARGIN;
    ranges
        .iter()
        .zip(widths)
        .map(|(&(a, b), w)| {
            // A little room at both ends, so that a mark at the edge is not cut; a single day
            // is shown with a week either side.
            let len = (b - a) as f64;
            let pad = (len * 0.04).max(2.0);
            let (mut from, mut to) = (a as f64 - pad, b as f64 + pad);
            if to - from < 21.0 {
                let mid = (from + to) / 2.0;
                from = mid - 10.5;
                to = mid + 10.5;
            }
            let s = Segment {
                from,
                to,
                x0: x,
                x1: x + w,
            };
            x += w + BREAK;
            s
        })
        .collect()
}

/// Tick positions and labels for one segment: days, months or years, as fine as fits.
fn ticks_of(s: &Segment) -> Vec<(f32, String)> {
    let px_per_day = (s.x1 - s.x0) as f64 / (s.to - s.from);
    let first = s.from.ceil() as i64;
    let last = s.to.floor() as i64;
    let (y0, _, _) = civil_from_days(first);
    let (y1, _, _) = civil_from_days(last);
    let mut out: Vec<(i64, String)> = Vec::new();
    // Days, when a week is at least 80 pixels wide.
    if px_per_day * 7.0 >= 80.0 {
        let step_days: &[u8] = if px_per_day * 2.0 >= 80.0 {
            &[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]
        } else {
            &[1, 8, 15, 22, 29]
        };
        for d in first..=last {
            let (y, m, day) = civil_from_days(d);
            if step_days.contains(&day) {
                let mon = &MONTH_NAMES[usize::from(m) - 1][..3];
                let label = if out.is_empty() {
                    format!("{mon} {day}, {y}")
                } else {
                    format!("{mon} {day}")
                };
                out.push((d, label));
            }
        }
    } else if px_per_day * 30.0 >= 70.0 {
        let step = if px_per_day * 30.0 >= 90.0 { 1 } else { 3 };
        for y in y0..=y1 {
            for m in (1..=12u8).step_by(step) {
                let d = day_number(y, m, 1);
                if d >= first && d <= last {
                    let mon = &MONTH_NAMES[usize::from(m) - 1][..3];
                    let label = if out.is_empty() || m == 1 {
                        format!("{mon} {y}")
                    } else {
                        mon.to_string()
                    };
                    out.push((d, label));
                }
            }
        }
    } else {
        let px_per_year = px_per_day * 365.25;
        let step = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|st| px_per_year * f64::from(*st) >= 60.0)
            .unwrap_or(100);
        for y in y0..=y1 {
            if y % step == 0 {
                let d = day_number(y, 1, 1);
                if d >= first && d <= last {
                    out.push((d, y.to_string()));
                }
            }
        }
    }
    // Keep only labels that stay inside the segment and clear of the one before.
    let mut kept: Vec<(f32, String)> = Vec::new();
    let mut right = f32::MIN;
    for (d, label) in out {
        let x = s.x(d as f64);
        let half = font::width(&label, TICK_SIZE, false) / 2.0;
        if x - half >= s.x0 - 4.0 && x + half <= s.x1 + 4.0 && x - half >= right + 12.0 {
            right = x + half;
            kept.push((x, label));
        }
    }
    kept
}

/// A short label for an event: the title's main clause, cut at a word to [`LABEL_CHARS`].
pub fn short_title(title: &str) -> String {
    let title = title.trim();
    // "2011: Russia–Hamas relations decline…" reads better without the date the axis shows,
    // and "Putin–Netanyahu phone call: condolences…" by its first clause.
    let main = match title.split_once(": ") {
        Some((head, tail)) if head.chars().count() < 12 => tail,
        Some((head, _)) => head,
        None => title,
    };
    let main = main.split_once("; ").map_or(main, |(a, _)| a);
    if main.chars().count() <= LABEL_CHARS {
        return main.to_string();
    }
    let mut out = String::new();
    for word in main.split_whitespace() {
        let next = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if next.chars().count() > LABEL_CHARS - 1 {
            break;
        }
        out = next;
    }
    if out.is_empty() {
        out = main.chars().take(LABEL_CHARS - 1).collect();
    }
    let out = out.trim_end_matches([',', ';', ':', '(', '–', '-', ' ']);
    format!("{out}…")
}

/// Rows of labels under a lane. Labels are placed from the rightmost leader to the leftmost, each
/// in the highest row where its box is free (of other boxes and of the leader lines passing
/// through that row) and where its own leader, passing through the rows above, crosses no box.
///
/// Every label's text runs to the right of its leader, so a box placed earlier (further right)
/// never covers a later leader: the lowest new row always takes the label, and placement ends.
struct Rows {
    top: f32,
    /// Per row: the boxes' horizontal extents, and the leaders passing through.
    boxes: Vec<Vec<(f32, f32)>>,
    leaders: Vec<Vec<f32>>,
}

impl Rows {
    fn new(top: f32) -> Rows {
        Rows {
            top,
            boxes: Vec::new(),
            leaders: Vec::new(),
        }
    }

    fn box_free(&self, row: usize, a: f32, b: f32) -> bool {
        let boxes = self
            .boxes
            .get(row)
            .is_none_or(|r| r.iter().all(|&(x, y)| b <= x || a >= y));
        let leaders = self.leaders.get(row).is_none_or(|r| {
            r.iter()
                .all(|&x| x + LEADER_GAP <= a || x - LEADER_GAP >= b)
        });
        boxes && leaders
    }

    fn leader_free(&self, row: usize, x: f32) -> bool {
        self.boxes
            .get(row)
            .is_none_or(|r| r.iter().all(|&(a, b)| x + 1.0 <= a || x - 1.0 >= b))
    }

    /// Places a label box `a..b` whose leader drops at `lx` (at or left of `a`); returns its row.
    fn place(&mut self, lx: f32, a: f32, b: f32) -> usize {
        let (a, b) = (a - 1.0, b + LABEL_GAP);
        let mut row = 0;
        while !(self.box_free(row, a, b) && (0..row).all(|r| self.leader_free(r, lx))) {
            row += 1;
        }
        if self.boxes.len() <= row {
            self.boxes.resize(row + 1, Vec::new());
            self.leaders.resize(row + 1, Vec::new());
        }
        self.boxes[row].push((a, b));
        for r in 0..row {
            self.leaders[r].push(lx);
        }
        row
    }

    fn bottom(&self) -> f32 {
        self.top + self.boxes.len() as f32 * ROW
    }

    fn row_top(&self, row: usize) -> f32 {
        self.top + row as f32 * ROW
    }
}

/// Lays out labels for marks whose leaders drop at the given x positions (one per event, in
/// any order): rightmost first, see [`Rows`]. A label that would run past the right margin is
/// cut to fit.
fn place_labels(
    t: &Timeline,
    top: f32,
    leaders: &[(usize, f32, f32)], // (event, leader x, leader top)
    out: &mut Vec<Label>,
) -> f32 {
    let mut rows = Rows::new(top);
    let mut order: Vec<usize> = (0..leaders.len()).collect();
    order.sort_by(|&p, &q| {
        leaders[q]
            .1
            .total_cmp(&leaders[p].1)
            .then(leaders[q].0.cmp(&leaders[p].0))
    });
    for p in order {
        let (i, lx, from) = leaders[p];
        let m = &t.events[i];
        let (mut text, para, mut w) = label_text(m);
        let room = WIDTH - MARGIN - (lx + LEADER_TO_TEXT);
        while w > room && text.chars().count() > 2 {
            let keep = text.chars().count() - 2;
            text = format!(
                "{}…",
                text.chars().take(keep).collect::<String>().trim_end()
            );
            w = font::width(&text, LABEL_SIZE, m.highlighted)
                + font::width(&para, PARA_SIZE, false);
        }
        let rect = Rect {
            x: lx + LEADER_TO_TEXT - 3.0,
            y: 0.0,
            w: w + 6.0,
            h: ROW - 6.0,
        };
        let row = rows.place(lx, rect.x, rect.right());
        let row_top = rows.row_top(row);
        out.push(Label {
            event: i,
            text,
            para,
            x: lx + LEADER_TO_TEXT,
            baseline: row_top + 19.0,
            rect: Rect {
                y: row_top + 2.0,
                ..rect
            },
            leader: (lx, from, row_top + 14.0),
            highlighted: m.highlighted,
        });
    }
    rows.bottom()
}

/// The label of event `i`, its text width, and whether it is drawn bold.
fn label_text(m: &Mark) -> (String, String, f32) {
    let mut text = short_title(&m.title);
    if matches!(m.when, When::Approx(_)) {
        text = format!("~ {text}");
    }
    let para = m.paragraph.map(|p| format!(" ¶{p}")).unwrap_or_default();
    let w = font::width(&text, LABEL_SIZE, m.highlighted) + font::width(&para, PARA_SIZE, false);
    (text, para, w)
}

/// The marks of the dated events on an axis ending at `right`: (event, left, right, lane,
/// is a point), and the segments.
type Placed = (usize, f32, f32, usize, bool);

fn place_marks(
    t: &Timeline,
    dated: &[(usize, (i64, i64))],
    right: f32,
) -> (Vec<Segment>, Vec<Placed>, usize) {
    let spans: Vec<(i64, i64)> = dated.iter().map(|d| d.1).collect();
    let segments = place_segments(&segments_of(&spans), &spans, right);
    let mut lanes: Vec<Vec<(f32, f32)>> = Vec::new();
    let mut placed = Vec::new();
    for &(i, d) in dated {
        let s = *segments
            .iter()
            .find(|s| d.0 as f64 >= s.from && d.1 as f64 <= s.to)
            .expect("every span lies in a segment");
        let is_point = matches!(
            t.events[i].when,
            When::On(crate::kb::Point::Day(..)) | When::Approx(crate::kb::Point::Day(..))
        );
        let (a, b) = if is_point {
            let x = s.x(d.0 as f64 + 0.5);
            (x - POINT_R, x + POINT_R)
        } else {
            let a = s.x(d.0 as f64);
            (a, s.x(d.1 as f64).max(a + 10.0))
        };
        let lane = (0..)
            .find(|&l| {
                lanes
                    .get(l)
                    .is_none_or(|r| r.iter().all(|&(x, y)| b + 3.0 <= x || a >= y + 3.0))
            })
            .expect("some lane is free");
        if lanes.len() <= lane {
            lanes.resize(lane + 1, Vec::new());
        }
        lanes[lane].push((a, b));
        placed.push((i, a, b, lane, is_point));
    }
    (segments, placed, lanes.len())
}

/// Where a mark's leader drops: a point's centre, a bar's start.
fn leader_x(p: &Placed) -> f32 {
    if p.4 {
        (p.1 + p.2) / 2.0
    } else {
        p.1 + 3.0
    }
}

/// Lays out a timeline.
pub fn layout(t: &Timeline) -> Layout {
    let mut out = Layout {
        width: WIDTH,
        height: 0.0,
        heading: t.heading.clone(),
        caption: t.caption.clone(),
        tick_baseline: 0.0,
        ticks: Vec::new(),
        axis: Vec::new(),
        axis_y: 0.0,
        breaks: Vec::new(),
        marks: Vec::new(),
        labels: Vec::new(),
        undated: None,
        legend: 0.0,
        empty: None,
    };
    let mut y = 84.0;
    let dated: Vec<(usize, (i64, i64))> = t
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, m)| days(&m.when).map(|d| (i, d)))
        .collect();
    // Where each dated event's mark ends on the right, for placing the undated ones after it.
    let mut right_of: Vec<Option<f32>> = vec![None; t.events.len()];
    if !dated.is_empty() {
        // Labels run to the right of their marks, so the axis ends early enough for the labels
        // of the last marks to fit: shrink it by what overhangs, a few times (the marks move
        // left by a little less than the axis shrinks).
        let mut right = WIDTH - MARGIN;
        let (mut segments, mut placed, mut lanes) = place_marks(t, &dated, right);
        for _ in 0..6 {
            let overhang = placed
                .iter()
                .map(|p| {
                    leader_x(p) + LEADER_TO_TEXT + label_text(&t.events[p.0]).2 + 3.0
                        - (WIDTH - MARGIN)
                })
                .fold(0.0f32, f32::max);
            if overhang <= 0.0 {
                break;
            }
            right -= overhang + 2.0;
            (segments, placed, lanes) =
                place_marks(t, &dated, right.max(MARGIN + 2.0 * MIN_SEGMENT));
        }
        out.tick_baseline = y + 18.0;
        let lanes_top = y + 30.0;
        let axis_y = lanes_top + lanes as f32 * LANE + 8.0;
        // Lane 0 sits just above the axis; further lanes stack upwards.
        let lane_centre = |l: usize| axis_y - 8.0 - (l as f32 + 0.5) * LANE;
        for (x, label) in segments.iter().flat_map(ticks_of) {
            out.ticks.push(Tick {
                x,
                label,
                top: out.tick_baseline + 6.0,
                bottom: axis_y,
            });
        }
        out.axis = segments.iter().map(|s| (s.x0, s.x1)).collect();
        out.breaks = segments
            .windows(2)
            .map(|w| (w[0].x1 + w[1].x0) / 2.0)
            .collect();
        out.axis_y = axis_y;
        let mut leaders = Vec::new();
        for p in &placed {
            let &(i, a, b, lane, is_point) = p;
            let m = &t.events[i];
            let cy = lane_centre(lane);
            let shape = if is_point {
                Shape::Point {
                    cx: (a + b) / 2.0,
                    cy,
                }
            } else {
                Shape::Bar {
                    x: a,
                    y: cy - 5.0,
                    w: b - a,
                }
            };
            right_of[i] = Some(b);
            out.marks.push(PlacedMark {
                event: i,
                shape,
                approximate: matches!(m.when, When::Approx(_)),
                highlighted: m.highlighted,
            });
            leaders.push((i, leader_x(p), cy));
        }
        y = place_labels(t, axis_y + 14.0, &leaders, &mut out.labels) + 10.0;
    }
    let undated: Vec<usize> = (0..t.events.len())
        .filter(|&i| t.events[i].when == When::Undated)
        .collect();
    if !undated.is_empty() {
        let heading = y + 26.0;
        let lane = heading + 22.0;
        out.undated = Some((heading, lane));
        // Each undated event sits after the dated event the story tells before it, in story
        // order, and far enough left for its label to fit.
        let mut xs: Vec<f32> = Vec::new();
        for &i in &undated {
            let after = (0..i)
                .rev()
                .find_map(|j| right_of[j])
                .map_or(MARGIN + 10.0, |r| r + 12.0);
            let x = xs.last().map_or(after, |&p| after.max(p + 18.0));
            xs.push(x);
        }
        for k in (0..xs.len()).rev() {
            let fits = WIDTH - MARGIN - LEADER_TO_TEXT - label_text(&t.events[undated[k]]).2 - 4.0;
            let limit = if k + 1 < xs.len() {
                fits.min(xs[k + 1] - 18.0)
            } else {
                fits
            };
            xs[k] = xs[k].min(limit).max(MARGIN + 10.0);
        }
        let mut leaders = Vec::new();
        for (&i, &x) in undated.iter().zip(&xs) {
            out.marks.push(PlacedMark {
                event: i,
                shape: Shape::Diamond { cx: x, cy: lane },
                approximate: false,
                highlighted: t.events[i].highlighted,
            });
            leaders.push((i, x, lane));
        }
        y = place_labels(t, lane + 16.0, &leaders, &mut out.labels) + 10.0;
    }
    if t.events.is_empty() {
        out.empty = Some(y + 40.0);
        y += 60.0;
    }
    out.legend = y + 30.0;
    out.height = (y + 48.0).ceil();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_titles_keep_the_main_clause() {
        let cases = [
            ("1990s–2006: Russia condemns Hamas terrorism", "Russia condemns Hamas terrorism"),
            ("Putin–Netanyahu phone call: condolences but no condemnation of Hamas", "Putin–Netanyahu phone call"),
            ("Attempted pogrom in Dagestan", "Attempted pogrom in Dagestan"),
            (
                "Russia submits a UN Security Council ceasefire resolution that does not condemn Hamas",
                "Russia submits a UN Security Council…",
            ),
        ];
        for (title, want) in cases {
            let got = short_title(title);
            assert_eq!(got, want, "{title}");
            assert!(got.chars().count() <= LABEL_CHARS, "{got}");
        }
    }

    #[test]
    fn the_axis_breaks_at_long_gaps_only() {
        let d = |y, m, dd| day_number(y, m, dd);
        // (spans, expected number of segments)
        let cases: Vec<(Vec<(i64, i64)>, usize)> = vec![
            // Decades then a fortnight: two segments.
            (
                vec![
                    (d(1990, 1, 1), d(2007, 1, 1)),
                    (d(2008, 1, 1), d(2010, 1, 1)),
                    (d(2011, 1, 1), d(2012, 1, 1)),
                    (d(2014, 1, 1), d(2015, 1, 1)),
                    (d(2023, 10, 7), d(2023, 10, 8)),
                    (d(2023, 11, 2), d(2023, 11, 3)),
                ],
                2,
            ),
            // One fortnight: one segment.
            (
                vec![
                    (d(2023, 10, 7), d(2023, 10, 8)),
                    (d(2023, 10, 25), d(2023, 10, 26)),
                ],
                1,
            ),
            // Evenly spread years: one segment.
            (
                (2000..2020).map(|y| (d(y, 1, 1), d(y + 1, 1, 1))).collect(),
                1,
            ),
            // One day.
            (vec![(d(2023, 10, 7), d(2023, 10, 8))], 1),
            // Three far-apart clusters: two breaks.
            (
                vec![
                    (d(1950, 1, 1), d(1951, 1, 1)),
                    (d(1990, 1, 1), d(1991, 1, 1)),
                    (d(2023, 10, 7), d(2023, 10, 8)),
                ],
                3,
            ),
        ];
        for (spans, want) in cases {
            assert_eq!(segments_of(&spans).len(), want, "{spans:?}");
        }
    }
}
