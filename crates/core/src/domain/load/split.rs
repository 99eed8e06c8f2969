//! Splitting a dataset file into its parts as its bytes arrive, so that a large city's file
//! is never held whole: each member of the top-level object (`meta`, `schema_version`) and
//! each element of a top-level list (one service) is read as soon as its bytes are there,
//! and its bytes are dropped. A city of 50,000 services is a file of about 50 MB; held whole,
//! it doubled the memory the app needs to start.
//!
//! The splitter follows the top level (keys, the commas and colons between parts) and finds
//! where a member ends (strings, escapes, nesting). An element is read by serde_json
//! straight from the bytes, which also says where it ends. When that fails (the element is
//! cut by the end of the bytes so far, or broken) the splitter finds the element's end
//! itself, across pieces, and hands it over whole: an element is read a fixed number of
//! times, never again with each piece. Each part's syntax is checked by serde_json, and an
//! error there is placed in the file by the part's position.

use super::LoadError;

/// A part of the file's top level.
pub(super) enum Piece<'a> {
    /// A member of the top-level object whose value is not a list, as raw JSON text.
    Member { key: &'a str, raw: &'a [u8] },
    /// A member of the top-level object whose value is a list: its elements follow.
    ListStart { key: &'a str },
}

/// Why the reader of a part stops the whole file: the part is not valid JSON, and where,
/// counted inside the part (1-based, as serde_json counts).
pub(super) struct Refusal {
    pub line: usize,
    pub column: usize,
    pub detail: String,
}

/// What reads the parts as the splitter finds them.
pub(super) trait Sink {
    fn piece(&mut self, piece: Piece<'_>) -> Result<(), Refusal>;

    /// Tries to read the element of the list under `key` that `rest` starts with: how many
    /// bytes it took, or `None` when it could not be read from `rest` alone (cut short,
    /// broken, to be left out, or beyond the limit of entries).
    fn element(&mut self, key: &str, rest: &[u8]) -> Option<usize>;

    /// Reads an element of the list under `key` whose bytes are all in `raw`.
    fn whole_element(&mut self, key: &str, raw: &[u8]) -> Result<(), Refusal>;
}

impl From<serde_json::Error> for Refusal {
    fn from(error: serde_json::Error) -> Refusal {
        Refusal {
            line: error.line(),
            column: error.column(),
            detail: super::message(&error),
        }
    }
}

/// The part's syntax, as serde_json judges it (without a depth limit).
pub(super) fn check_syntax(raw: &[u8]) -> Result<(), Refusal> {
    serde_json::from_slice::<&serde_json::value::RawValue>(raw)?;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Before the first byte that is not white space.
    Begin,
    /// The file is not an object: kept whole, to say whether it is JSON at all.
    NotObject,
    FirstKey,
    NextKey,
    Key,
    Colon,
    MemberValue,
    ScanMember,
    AfterMember,
    FirstElement,
    NextElement,
    /// At the start of an element, to be read straight from the bytes.
    ScanElement,
    /// Inside an element that could not be read so: looking for its end.
    ScanWholeElement,
    AfterElement,
    Done,
}

/// Where a JSON value ends, found without reading it.
#[derive(Default)]
struct ValueScan {
    depth: u32,
    in_string: bool,
    /// Inside a number, `true`, `false` or `null`: ends before a delimiter.
    bare: bool,
}

pub(super) struct Splitter {
    buf: Vec<u8>,
    /// Bytes of `buf` already looked at.
    pos: usize,
    /// Where the key or value being read starts in `buf`.
    start: usize,
    state: State,
    key: String,
    scan: ValueScan,
    /// Lines, and bytes after the last line break, in the bytes dropped from `buf`'s front.
    lines_dropped: usize,
    column_dropped: usize,
    /// Whether any byte has arrived (a byte-order mark is skipped only at the very start).
    begun: bool,
    /// The end of the bytes so far when it cuts a character in two: kept for the next.
    cut_character: Vec<u8>,
}

const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

impl Splitter {
    pub(super) fn new() -> Splitter {
        Splitter {
            buf: Vec::new(),
            pos: 0,
            start: 0,
            state: State::Begin,
            key: String::new(),
            scan: ValueScan::default(),
            lines_dropped: 0,
            column_dropped: 0,
            begun: false,
            cut_character: Vec::new(),
        }
    }

    /// Reads the next bytes of the file, handing every part they complete to `sink`.
    pub(super) fn push(&mut self, bytes: &[u8], sink: &mut impl Sink) -> Result<(), LoadError> {
        self.take_text(bytes);
        if !self.begun {
            if self.buf.len() < BYTE_ORDER_MARK.len() && BYTE_ORDER_MARK.starts_with(&self.buf) {
                return Ok(());
            }
            self.begun = true;
            if self.buf.starts_with(BYTE_ORDER_MARK) {
                // Not part of the JSON, nor of its columns.
                self.buf.drain(..BYTE_ORDER_MARK.len());
            }
        }
        self.run(sink)?;
        self.drop_read();
        Ok(())
    }

    /// The end of the file: refuses a file that stops inside a part.
    pub(super) fn finish(mut self, sink: &mut impl Sink) -> Result<(), LoadError> {
        self.begun = true;
        if !self.cut_character.is_empty() {
            let cut = std::mem::take(&mut self.cut_character);
            self.buf
                .extend_from_slice(String::from_utf8_lossy(&cut).as_bytes());
        }
        self.run(sink)?;
        match self.state {
            State::Done => Ok(()),
            State::Begin | State::NotObject => Err(not_an_object(&self.buf)),
            // A part the file ends in: where serde_json first sees it break (a string not
            // closed breaks where the text it swallowed stops reading, or at the end).
            State::ScanMember | State::ScanWholeElement => {
                let start = self.start;
                let broken = check_syntax(&self.buf[start..]).err();
                let refusal = broken.unwrap_or(Refusal {
                    line: 1,
                    column: self.buf.len() - start,
                    detail: "EOF while parsing".to_string(),
                });
                Err(self.refused(refusal, start))
            }
            // At the last byte, as serde_json places an end of file.
            _ => {
                let (line, column) = self.position(self.buf.len());
                Err(LoadError::Malformed {
                    line,
                    column: column.saturating_sub(1).max(1),
                    detail: "EOF while parsing".to_string(),
                })
            }
        }
    }

    fn run(&mut self, sink: &mut impl Sink) -> Result<(), LoadError> {
        while self.pos < self.buf.len() {
            let byte = self.buf[self.pos];
            match self.state {
                State::NotObject => {
                    self.pos = self.buf.len();
                }
                // A part whose end is found here: a member, or an element that did not
                // read from the bytes it had.
                State::ScanMember | State::ScanWholeElement => {
                    let Some(end) = self.scan_value() else {
                        break;
                    };
                    let member = self.state == State::ScanMember;
                    self.state = if member {
                        State::AfterMember
                    } else {
                        State::AfterElement
                    };
                    self.pos = end;
                    let start = self.start;
                    let (key, raw) = (self.key.as_str(), &self.buf[start..end]);
                    let read = if member {
                        sink.piece(Piece::Member { key, raw })
                    } else {
                        sink.whole_element(key, raw)
                    };
                    read.map_err(|r| self.refused(r, start))?;
                }
                State::ScanElement => {
                    let start = self.start;
                    match sink.element(&self.key, &self.buf[start..]) {
                        Some(length) => {
                            self.pos = start + length;
                            self.state = State::AfterElement;
                        }
                        None => self.begin_value(State::ScanWholeElement),
                    }
                }
                State::Key => {
                    let end = match self.string_end(self.pos) {
                        Ok(end) => end,
                        Err(resume) => {
                            self.pos = resume;
                            break;
                        }
                    };
                    let start = self.start;
                    let raw = &self.buf[start..end];
                    let key = serde_json::from_slice::<String>(raw).map_err(Refusal::from);
                    self.key = key.map_err(|r| self.refused(r, start))?;
                    self.pos = end;
                    self.state = State::Colon;
                }
                _ if is_space(byte) => self.pos += 1,
                State::Begin if byte == b'{' => self.step(State::FirstKey),
                State::Begin => {
                    self.state = State::NotObject;
                }
                State::FirstKey | State::NextKey if byte == b'"' => {
                    self.start = self.pos;
                    self.pos += 1;
                    self.state = State::Key;
                }
                State::FirstKey if byte == b'}' => self.step(State::Done),
                State::FirstKey | State::NextKey => return Err(self.unexpected("expected a key")),
                State::Colon if byte == b':' => self.step(State::MemberValue),
                State::Colon => return Err(self.unexpected("expected `:`")),
                State::MemberValue if byte == b'[' => {
                    self.step(State::FirstElement);
                    let start = self.pos;
                    sink.piece(Piece::ListStart { key: &self.key })
                        .map_err(|r| self.refused(r, start))?;
                }
                State::MemberValue => self.begin_value(State::ScanMember),
                State::AfterMember if byte == b',' => self.step(State::NextKey),
                State::AfterMember if byte == b'}' => self.step(State::Done),
                State::AfterMember => return Err(self.unexpected("expected `,` or `}`")),
                State::FirstElement if byte == b']' => self.step(State::AfterMember),
                State::NextElement if byte == b']' => return Err(self.unexpected("trailing comma")),
                State::FirstElement | State::NextElement => {
                    self.start = self.pos;
                    self.state = State::ScanElement;
                }
                State::AfterElement if byte == b',' => self.step(State::NextElement),
                State::AfterElement if byte == b']' => self.step(State::AfterMember),
                State::AfterElement => return Err(self.unexpected("expected `,` or `]`")),
                State::Done => return Err(self.unexpected("trailing characters")),
            }
        }
        Ok(())
    }

    /// Adds the bytes as UTF-8 text: a file that is not UTF-8 still loads, with its broken
    /// characters replaced, as a browser would show them. A character cut in two by the end
    /// of the bytes waits for its rest.
    fn take_text(&mut self, bytes: &[u8]) {
        let joined;
        let mut bytes = bytes;
        if !self.cut_character.is_empty() {
            let mut cut = std::mem::take(&mut self.cut_character);
            cut.extend_from_slice(bytes);
            joined = cut;
            bytes = &joined;
        }
        loop {
            match std::str::from_utf8(bytes) {
                Ok(_) => {
                    self.buf.extend_from_slice(bytes);
                    return;
                }
                Err(error) => {
                    let (good, rest) = bytes.split_at(error.valid_up_to());
                    self.buf.extend_from_slice(good);
                    match error.error_len() {
                        Some(broken) => {
                            self.buf.extend_from_slice("\u{fffd}".as_bytes());
                            bytes = &rest[broken..];
                        }
                        None => {
                            self.cut_character = rest.to_vec();
                            return;
                        }
                    }
                }
            }
        }
    }

    fn step(&mut self, next: State) {
        self.pos += 1;
        self.state = next;
    }

    fn begin_value(&mut self, scanning: State) {
        self.start = self.pos;
        self.scan = ValueScan::default();
        match self.buf[self.pos] {
            b'{' | b'[' => self.scan.depth = 1,
            b'"' => self.scan.in_string = true,
            _ => self.scan.bare = true,
        }
        self.pos += 1;
        self.state = scanning;
    }

    /// Moves through the value being scanned; its end when it is complete.
    fn scan_value(&mut self) -> Option<usize> {
        while self.pos < self.buf.len() {
            if self.scan.in_string {
                let end = match self.string_end(self.pos) {
                    Ok(end) => end,
                    Err(resume) => {
                        self.pos = resume;
                        return None;
                    }
                };
                self.pos = end;
                self.scan.in_string = false;
                if self.scan.depth == 0 {
                    return Some(end);
                }
                continue;
            }
            let byte = self.buf[self.pos];
            if self.scan.bare {
                if is_space(byte) || matches!(byte, b',' | b']' | b'}' | b'{' | b'[' | b'"' | b':')
                {
                    return Some(self.pos);
                }
                self.pos += 1;
                continue;
            }
            self.pos += 1;
            match byte {
                b'"' => self.scan.in_string = true,
                b'{' | b'[' => self.scan.depth += 1,
                b'}' | b']' => {
                    self.scan.depth -= 1;
                    if self.scan.depth == 0 {
                        return Some(self.pos);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The end (after the closing quote) of the string whose text goes on at `from`, or,
    /// when it has not all arrived, where to go on looking (an escape cut off by the end of
    /// the bytes so far is looked at again).
    fn string_end(&self, from: usize) -> Result<usize, usize> {
        let mut at = from;
        loop {
            let Some(found) = self.buf[at..].iter().position(|&b| b == b'"' || b == b'\\') else {
                return Err(self.buf.len());
            };
            at += found;
            if self.buf[at] == b'"' {
                return Ok(at + 1);
            }
            if at + 1 >= self.buf.len() {
                return Err(at);
            }
            at += 2;
        }
    }

    /// Line and column (1-based, in bytes) of `offset` in `buf`, in the whole file.
    fn position(&self, offset: usize) -> (usize, usize) {
        let before = &self.buf[..offset];
        let breaks = before.iter().filter(|&&b| b == b'\n').count();
        match before.iter().rposition(|&b| b == b'\n') {
            Some(last) => (self.lines_dropped + breaks + 1, offset - last),
            None => (self.lines_dropped + 1, self.column_dropped + offset + 1),
        }
    }

    fn unexpected(&self, what: &str) -> LoadError {
        let (line, column) = self.position(self.pos);
        LoadError::Malformed {
            line,
            column,
            detail: what.to_string(),
        }
    }

    /// A refusal of the part starting at `start`, placed in the file.
    fn refused(&self, refusal: Refusal, start: usize) -> LoadError {
        let Refusal {
            line,
            column,
            detail,
        } = refusal;
        let (first_line, first_column) = self.position(start);
        let (line, column) = if line <= 1 {
            (first_line, first_column + column.saturating_sub(1))
        } else {
            (first_line + line - 1, column)
        };
        LoadError::Malformed {
            line,
            column,
            detail,
        }
    }

    /// Drops the bytes that are read, keeping the part still coming (and all of a file that
    /// is not an object, which is read whole at the end).
    fn drop_read(&mut self) {
        let keep_from = match self.state {
            State::NotObject | State::Begin => return,
            State::Key | State::ScanMember | State::ScanElement | State::ScanWholeElement => {
                self.start
            }
            _ => self.pos,
        };
        let dropped = &self.buf[..keep_from];
        self.lines_dropped += dropped.iter().filter(|&&b| b == b'\n').count();
        self.column_dropped = match dropped.iter().rposition(|&b| b == b'\n') {
            Some(last) => keep_from - last - 1,
            None => self.column_dropped + keep_from,
        };
        self.buf.drain(..keep_from);
        self.pos -= keep_from;
        self.start = self.start.saturating_sub(keep_from);
    }
}

/// A file that is not an object: not a dataset when it is JSON, else where it breaks.
fn not_an_object(bytes: &[u8]) -> LoadError {
    match serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
        Ok(_) => LoadError::NotADataset,
        Err(e) => LoadError::Malformed {
            line: e.line(),
            column: e.column(),
            detail: super::message(&e),
        },
    }
}
