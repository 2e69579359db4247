//! Responses from other survey tools: a CSV, XLSX or ODS export of Google Forms, Microsoft Forms, KoboToolbox, LimeSurvey or SurveyMonkey read as a table, a mapping of its columns to the questions and profile fields suggested from the headers (in any of the six languages), and the rows made responses under that mapping, each with a stable id.

use super::countries::Country;
use super::questionnaire::{Question, Questionnaire};
use super::response::{
    Capacity, Publication, Response, ResponseId, Source, StakeholderGroup, Status,
};
use super::time::Timestamp;
use super::validate::{MAX_ANSWER_CHARS, MAX_EMAIL_CHARS, MAX_SHORT_TEXT_CHARS};

/// The most rows a table may have (a spreadsheet's own limit is 1,048,576).
pub const MAX_ROWS: usize = 200_000;
/// The most columns.
pub const MAX_COLUMNS: usize = 1_000;
/// The first bytes of Microsoft's compound file: a workbook before 2007 (`.xls`), or one a
/// password encrypts.
pub const COMPOUND_FILE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// The most cells a table may span, its rows times its columns as they are laid out (200,000
/// rows of 20 columns). A few hundred bytes of XLSX can name a cell at XFD1048576, and of ODS
/// repeat one cell 16,384 times on a million rows: laid out, either would exhaust the worker's
/// memory, so a spreadsheet's extent is measured before its cells are laid out.
pub const MAX_CELLS: usize = 4_000_000;
/// The most a spreadsheet's parts may take once unpacked: the largest table allowed, in XML,
/// is well under it, and a file that claims more would exhaust the worker's memory.
pub const MAX_UNPACKED: u64 = 400 * 1024 * 1024;

/// A table read from a file: one header per column and the rows under it, every cell text.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    /// The column headers (two header rows, as SurveyMonkey writes them, joined).
    pub headers: Vec<String>,
    /// The rows, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
}

/// Why a file could not be read as a table.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum TableError {
    /// No header row, or no row under it.
    #[error("the file has no rows under its header")]
    Empty,
    /// Not text in UTF-8 or UTF-16, nor a spreadsheet.
    #[error("the file is neither a CSV file nor a spreadsheet")]
    Unreadable,
    /// The spreadsheet could not be opened (the reader's detail).
    #[error("the spreadsheet could not be read: {0}")]
    Spreadsheet(String),
    /// A workbook in Excel's format before 2007 (`.xls`), which is not read.
    #[error("the workbook is in Excel's format before 2007 (.xls)")]
    OldWorkbook,
    /// A workbook protected with a password: its cells are encrypted.
    #[error("the workbook is protected with a password")]
    Protected,
    /// A file over the size limit, not read: its size and the limit, in bytes.
    #[error("the file is {0} bytes, over the limit of {1}")]
    FileTooLarge(usize, usize),
    /// A spreadsheet whose parts would take more than [`MAX_UNPACKED`] once unpacked (a
    /// "zip bomb"), refused before it is opened: the unpacked size in bytes.
    #[error("the spreadsheet would take {0} bytes once unpacked")]
    Unpacked(u64),
    /// More rows or columns than allowed.
    #[error("the table is too large: {rows} rows, {columns} columns")]
    TooLarge {
        /// Its rows.
        rows: usize,
        /// Its columns.
        columns: usize,
    },
    /// Rows and columns each within their limits, but more than [`MAX_CELLS`] cells in all.
    #[error("the table spans too many cells: {rows} rows of {columns} columns")]
    TooManyCells {
        /// Its rows.
        rows: usize,
        /// Its columns.
        columns: usize,
    },
}

/// Whether a table of `rows` (the header's included) and `columns` is within the limits.
fn within_limits(rows: usize, columns: usize) -> Result<(), TableError> {
    if rows > MAX_ROWS + 2 || columns > MAX_COLUMNS {
        return Err(TableError::TooLarge {
            rows: rows.saturating_sub(1),
            columns,
        });
    }
    if rows.saturating_mul(columns) > MAX_CELLS {
        return Err(TableError::TooManyCells {
            rows: rows.saturating_sub(1),
            columns,
        });
    }
    Ok(())
}

/// Whether a file looks like a table this module reads, by its name (not `.txt`: identity
/// files are text too).
pub fn is_table_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".csv", ".tsv", ".xlsx", ".ods", ".xls"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// Whether a file is a table this module reads: by its name ([`is_table_name`]), or, for a
/// `.txt` file, by what it holds: Excel's "Unicode Text" (UTF-16 with its byte-order mark) or
/// text whose first line has tabs between its columns. An identity file, also `.txt`, is
/// neither.
pub fn is_table(name: &str, bytes: &[u8]) -> bool {
    if is_table_name(name) {
        return true;
    }
    if !name.to_lowercase().ends_with(".txt") {
        return false;
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut lines = bytes.split(|&b| b == b'\n');
    let header = lines.next().unwrap_or_default();
    header.contains(&b'\t') && lines.any(|l| !l.trim_ascii().is_empty())
}

/// Reads a CSV (comma, semicolon or tab separated; UTF-8 with or without byte-order mark,
/// UTF-16 with one, or else Windows-1252) or a spreadsheet (XLSX, ODS: its first sheet with data).
pub fn read_table(bytes: &[u8]) -> Result<Table, TableError> {
    read_table_within(bytes, MAX_UNPACKED)
}

/// [`read_table`], refusing a spreadsheet whose parts unpack to more than `max_unpacked`
/// bytes.
pub fn read_table_within(bytes: &[u8], max_unpacked: u64) -> Result<Table, TableError> {
    let grid = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&COMPOUND_FILE) {
        spreadsheet(bytes, max_unpacked)?
    } else {
        delimited(&decode(bytes)?)?
    };
    table_of(grid)
}

fn decode(bytes: &[u8]) -> Result<String, TableError> {
    let utf16 = |bytes: &[u8], from: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = bytes.chunks_exact(2).map(|c| from([c[0], c[1]])).collect();
        String::from_utf16(&units).map_err(|_| TableError::Unreadable)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    // Not UTF-8: Excel's "CSV" in Western locales writes Windows-1252, where every byte is a
    // character. A NUL byte says it is not text at all.
    if bytes.contains(&0) {
        return Err(TableError::Unreadable);
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok(text.into_owned())
}

/// The separator the header line uses most, outside quotes: `,`, `;` (KoboToolbox and
/// spreadsheets in many locales) or a tab.
fn separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// The rows of a delimited text, refused once they pass the limits: past them, rows are
/// counted, not kept (a 20 MB file of two-byte rows would otherwise hold ten million).
fn delimited(text: &str) -> Result<Vec<Vec<String>>, TableError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    // Rows and columns read, and up to the last row with a cell written (blank rows at the
    // end are not the table's, as `table_of` has it).
    let (mut rows, mut columns, mut table) = (0usize, 0usize, (0usize, 0usize));
    let mut record = csv::StringRecord::new();
    while let Ok(true) = reader.read_record(&mut record) {
        rows += 1;
        columns = columns.max(record.len());
        if record.iter().any(|c| !c.trim().is_empty()) {
            table = (rows, columns);
        }
        if within_limits(rows, columns).is_ok() {
            grid.push(record.iter().map(str::to_string).collect());
        }
    }
    within_limits(table.0, table.1)?;
    Ok(grid)
}

fn spreadsheet(bytes: &[u8], max_unpacked: u64) -> Result<Vec<Vec<String>>, TableError> {
    sheets(bytes, max_unpacked)?
        .into_iter()
        .map(|(_, rows)| rows)
        .find(|rows| rows.len() > 1)
        .ok_or(TableError::Empty)
}

/// A sheet by name, its rows of cells as text.
pub(crate) type Sheet = (String, Vec<Vec<String>>);

/// Every sheet of a spreadsheet (XLSX, ODS), by name, its cells as text; refused, before
/// anything is unpacked, when its zip directory says its parts unpack to more than
/// `max_unpacked` bytes, and before its cells are laid out, when they would span more than
/// the limits allow ([`MAX_CELLS`]).
pub(crate) fn sheets(bytes: &[u8], max_unpacked: u64) -> Result<Vec<Sheet>, TableError> {
    use calamine::Reader;
    use std::io::Read;
    // Microsoft's compound file: a workbook before 2007, or one a password encrypts (its
    // package in a stream named "EncryptedPackage").
    if bytes.starts_with(&COMPOUND_FILE) {
        let encrypted: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        return Err(if bytes.windows(encrypted.len()).any(|w| w == encrypted) {
            TableError::Protected
        } else {
            TableError::OldWorkbook
        });
    }
    let damaged = |e: &dyn std::fmt::Display| TableError::Spreadsheet(e.to_string());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(|e| damaged(&e))?;
        unpacked = unpacked.saturating_add(part.size());
    }
    if unpacked > max_unpacked {
        return Err(TableError::Unpacked(unpacked));
    }
    // An ODS file is laid out whole when calamine opens it: its extent is measured first.
    if let Ok(part) = archive.by_name("content.xml") {
        let mut xml = Vec::new();
        part.take(max_unpacked)
            .read_to_end(&mut xml)
            .map_err(|e| damaged(&e))?;
        ods_extent(&xml, max_unpacked)?;
    }
    let book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| damaged(&e))?;
    let mut out = Vec::new();
    match book {
        // XLSX is read cell by cell, and laid out once its extent is known.
        calamine::Sheets::Xlsx(mut book) => {
            let mut area = 0;
            for name in book.sheet_names() {
                let mut reader = book
                    .worksheet_cells_reader(&name)
                    .map_err(|e| damaged(&e))?;
                let mut cells = Vec::new();
                // Every cell holds its own copy of a shared string: a few cells may name one
                // of many megabytes.
                let mut text = 0u64;
                while let Some(cell) = reader.next_cell().map_err(|e| damaged(&e))? {
                    let (row, column) = cell.get_position();
                    let value = calamine::Data::from(cell.get_value().clone());
                    if value != calamine::Data::Empty {
                        let value = cell_text(&value);
                        text = text.saturating_add(value.len() as u64);
                        if text > max_unpacked {
                            return Err(TableError::Unpacked(text));
                        }
                        cells.push((row as usize, column as usize, value));
                    }
                    if cells.len() > MAX_CELLS {
                        return Err(TableError::TooManyCells {
                            rows: row as usize,
                            columns: (column as usize).saturating_add(1),
                        });
                    }
                }
                out.push((name, laid_out(cells, &mut area)?));
            }
        }
        // ODS was measured above; anything else (XLSB under another name) is not read.
        calamine::Sheets::Ods(mut book) => {
            for name in book.sheet_names() {
                let range = book.worksheet_range(&name).map_err(|e| damaged(&e))?;
                out.push((
                    name,
                    range
                        .rows()
                        .map(|row| row.iter().map(cell_text).collect())
                        .collect(),
                ));
            }
        }
        _ => return Err(TableError::Spreadsheet("not XLSX or ODS".into())),
    }
    Ok(out)
}

/// Counts a sheet of `rows` and `columns` into the cells laid out so far (`area`, every sheet
/// of a workbook), refused when the sheet or all of them would pass the limits.
fn laid(area: &mut usize, rows: usize, columns: usize) -> Result<(), TableError> {
    within_limits(rows, columns)?;
    *area = area.saturating_add(rows * columns);
    if *area > MAX_CELLS {
        return Err(TableError::TooManyCells {
            rows: rows.saturating_sub(1),
            columns,
        });
    }
    Ok(())
}

/// Cells given by position laid out as rows, from the first row and the first column that
/// have a cell (as calamine lays out a sheet), refused when they would span more than the
/// limits allow, alone or with the sheets laid out before (`area`).
fn laid_out(
    cells: Vec<(usize, usize, String)>,
    area: &mut usize,
) -> Result<Vec<Vec<String>>, TableError> {
    let (Some(top), Some(left)) = (
        cells.iter().map(|c| c.0).min(),
        cells.iter().map(|c| c.1).min(),
    ) else {
        return Ok(Vec::new());
    };
    // A cell reference may name row or column 4,294,967,295 (u32::MAX, the usize of
    // WebAssembly).
    let rows = cells.iter().map(|c| c.0 - top).max().unwrap_or(0);
    let columns = cells.iter().map(|c| c.1 - left).max().unwrap_or(0);
    let (rows, columns) = (rows.saturating_add(1), columns.saturating_add(1));
    laid(area, rows, columns)?;
    let mut grid = vec![vec![String::new(); columns]; rows];
    for (row, column, text) in cells {
        grid[row - top][column - left] = text;
    }
    Ok(grid)
}

/// Refuses an ODS file whose cells, as calamine lays them out (every repeated cell and row
/// up to the last one with a value, each with its own copy of its text), would span more than
/// the limits allow or hold more than `max_text` bytes of text. Damaged XML is left for
/// calamine to report.
fn ods_extent(xml: &[u8], max_text: u64) -> Result<(), TableError> {
    use quick_xml::events::{BytesStart, Event};
    fn number(e: &BytesStart, key: &str) -> usize {
        e.attributes()
            .with_checks(false)
            .flatten()
            .find(|a| a.key.as_ref() == key)
            .and_then(|a| a.value.trim().parse().ok())
            .unwrap_or(1)
    }
    // Whether calamine gives the cell a value (any of the office value attributes, a formula,
    // or an error), and the text its attributes hold.
    fn value(e: &BytesStart) -> (bool, usize) {
        let mut value = (false, 0);
        for a in e.attributes().with_checks(false).flatten() {
            let key = a.key.as_ref();
            if key.starts_with("office:") || key == "table:formula" || key == "calcext:value-type" {
                value = (true, value.1 + a.value.len());
            }
        }
        value
    }
    let mut extent = OdsExtent {
        max_text: usize::try_from(max_text).unwrap_or(usize::MAX),
        ..OdsExtent::default()
    };
    let mut reader = quick_xml::Reader::from_reader(xml);
    loop {
        let (e, closed) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                match e.name().as_ref() {
                    "table:table-cell" | "table:covered-table-cell" => extent.end_cell()?,
                    "table:table-row" => extent.end_row()?,
                    "table:table" => extent.end_sheet()?,
                    _ => {}
                }
                continue;
            }
            Ok(Event::Text(t)) => {
                extent.text(t.len())?;
                continue;
            }
            Ok(Event::GeneralRef(r)) => {
                extent.text(r.len())?;
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        match e.name().as_ref() {
            "table:table" => extent.start_sheet(),
            "table:table-row" => {
                extent.start_row(number(&e, "table:number-rows-repeated"));
                if closed {
                    extent.end_row()?;
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let (has_value, text) = value(&e);
                extent.start_cell(number(&e, "table:number-columns-repeated"), has_value);
                extent.text(text)?;
                if closed {
                    extent.end_cell()?;
                }
            }
            "text:s" => extent.text(number(&e, "text:c"))?,
            _ => {}
        }
    }
    extent.end_sheet()
}

/// What calamine lays out of an ODS file, counted as its XML is read ([`ods_extent`]).
#[derive(Default)]
struct OdsExtent {
    /// The most text the cells may hold, every copy counted.
    max_text: usize,
    /// The text they hold so far: each row's as calamine reads it, and again for each time it
    /// is repeated when laid out.
    laid_text: usize,
    /// Cells calamine holds while it reads the rows of every sheet: each row up to its last value.
    held: usize,
    /// Cells of the sheets laid out so far: calamine keeps every sheet.
    area: usize,
    /// The sheet's rows so far (with repeats), its first row with a value, the end of its
    /// last, and its widest row's last value.
    row: usize,
    first: Option<usize>,
    end: usize,
    width: usize,
    /// The row's repeats, its columns so far, the end of its last value, and its text.
    repeats: usize,
    column: usize,
    filled: usize,
    row_text: usize,
    /// The cell's columns (its repeats, as calamine caps them) and its text.
    cell_columns: usize,
    cell_text: usize,
}

impl OdsExtent {
    /// A spreadsheet's own limits, at which calamine caps repeats.
    const SHEET_ROWS: usize = 1_048_576;
    const SHEET_COLUMNS: usize = 16_384;

    fn start_sheet(&mut self) {
        (self.row, self.first, self.end, self.width) = (0, None, 0, 0);
    }

    fn end_sheet(&mut self) -> Result<(), TableError> {
        let result = match self.first {
            Some(first) => laid(&mut self.area, self.end - first, self.width),
            None => Ok(()),
        };
        self.start_sheet();
        result
    }

    fn start_row(&mut self, repeats: usize) {
        self.repeats = repeats.min(Self::SHEET_ROWS.saturating_sub(self.row));
        (self.column, self.filled, self.row_text) = (0, 0, 0);
    }

    fn start_cell(&mut self, repeats: usize, value: bool) {
        let before = self.column;
        self.column = self.column.saturating_add(repeats).min(Self::SHEET_COLUMNS);
        if value {
            self.filled = self.column;
        }
        (self.cell_columns, self.cell_text) = (self.column - before, 0);
    }

    fn text(&mut self, bytes: usize) -> Result<(), TableError> {
        self.cell_text = self.cell_text.saturating_add(bytes);
        self.check_text(self.cell_text.saturating_mul(self.cell_columns))
    }

    fn end_cell(&mut self) -> Result<(), TableError> {
        self.row_text =
            (self.row_text).saturating_add(self.cell_text.saturating_mul(self.cell_columns));
        (self.cell_columns, self.cell_text) = (0, 0);
        self.check_text(self.row_text)
    }

    /// Refuses `more` text beside what is laid out so far, if it would pass the limit.
    fn check_text(&self, more: usize) -> Result<(), TableError> {
        let text = self.laid_text.saturating_add(more);
        if text > self.max_text {
            return Err(TableError::Unpacked(text as u64));
        }
        Ok(())
    }

    fn end_row(&mut self) -> Result<(), TableError> {
        self.held = self.held.saturating_add(self.filled);
        if self.filled > 0 {
            let first = *self.first.get_or_insert(self.row);
            self.end = self.row + self.repeats;
            self.width = self.width.max(self.filled);
            within_limits(self.end - first, self.width)?;
        }
        if self.held > MAX_CELLS {
            return Err(TableError::TooManyCells {
                rows: self.row,
                columns: self.width,
            });
        }
        // Read once, then laid out once for each repeat.
        let copies = self.repeats.saturating_add(1);
        self.check_text(self.row_text.saturating_mul(copies))?;
        self.laid_text = (self.laid_text).saturating_add(self.row_text.saturating_mul(copies));
        self.row = self.row.saturating_add(self.repeats);
        (self.repeats, self.column, self.filled, self.row_text) = (1, 0, 0, 0);
        Ok(())
    }
}

fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        // A formula's error ("#DIV/0!", "#REF!") is no one's answer.
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        // Days since 1899-12-30 (Excel's epoch, 25,569 days before 1970), as RFC 3339.
        Data::DateTime(d) if d.is_datetime() => {
            let millis = ((d.as_f64() - 25_569.0) * 86_400_000.0).round() as i64;
            Timestamp::from_millis(millis).to_rfc3339()
        }
        other => other.to_string(),
    }
}

/// Words SurveyMonkey writes in its second header row.
const SECOND_HEADER: &[&str] = &[
    "response",
    "open-ended response",
    "other (please specify)",
    "respuesta",
    "réponse",
    "ответ",
];

fn table_of(mut grid: Vec<Vec<String>>) -> Result<Table, TableError> {
    while grid
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        grid.pop();
    }
    if grid.len() < 2 {
        return Err(TableError::Empty);
    }
    let columns = grid.iter().map(Vec::len).max().unwrap_or(0);
    within_limits(grid.len(), columns)?;
    for row in &mut grid {
        row.resize(columns, String::new());
    }
    let mut rows = grid.split_off(1);
    let mut headers: Vec<String> = grid
        .remove(0)
        .into_iter()
        .map(|h| h.trim().to_string())
        .collect();
    // SurveyMonkey: a question's header spans its columns, and the row under it names each
    // ("Response", "Open-Ended Response", a choice).
    let second = &rows[0];
    let is_second = second
        .iter()
        .any(|c| SECOND_HEADER.contains(&c.trim().to_lowercase().as_str()))
        && second
            .iter()
            .filter(|c| !c.trim().is_empty())
            .all(|c| c.trim().chars().count() < 60);
    if is_second && rows.len() > 1 {
        let second = rows.remove(0);
        let mut last = String::new();
        for (h, s) in headers.iter_mut().zip(second) {
            if h.is_empty() {
                h.clone_from(&last);
            } else {
                last.clone_from(h);
            }
            let s = s.trim();
            // "Response" says nothing; a choice or "Other (please specify)" tells the column.
            if !s.is_empty()
                && s.to_lowercase() != SECOND_HEADER[2]
                && !SECOND_HEADER.contains(&s.to_lowercase().as_str())
                || s.eq_ignore_ascii_case(SECOND_HEADER[2])
            {
                *h = format!("{h} – {s}");
            }
        }
    }
    Ok(Table { headers, rows })
}

/// What a column is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Target {
    /// Not imported.
    Ignore,
    /// The answers to a question, by its id.
    Question(String),
    /// A profile field or the time of the response.
    Field(Field),
}

/// The profile fields and other facts a column may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Field {
    /// Full name.
    Name,
    /// Organisation.
    Organisation,
    /// E-mail address.
    Email,
    /// Country, by name or ISO code.
    Country,
    /// Stakeholder group.
    Group,
    /// Individual or on behalf of an organisation.
    Capacity,
    /// The NRI they work with.
    Nri,
    /// Their publication choice.
    Publication,
    /// When they answered.
    Submitted,
}

impl Field {
    /// Every field, in the order the mapping step lists them.
    pub const ALL: [Field; 9] = [
        Field::Name,
        Field::Organisation,
        Field::Email,
        Field::Country,
        Field::Group,
        Field::Capacity,
        Field::Nri,
        Field::Publication,
        Field::Submitted,
    ];

    /// Words that name it in a header, in the six languages (lower case).
    fn words(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "full name",
                "your name",
                "name",
                "nom",
                "nombre",
                "имя",
                "фио",
                "الاسم",
                "姓名",
                "名字",
            ],
            Field::Organisation => &[
                "organisation",
                "organization",
                "organisme",
                "organización",
                "organizacion",
                "организация",
                "المنظمة",
                "الجهة",
                "组织",
                "机构",
                "company",
                "entreprise",
                "empresa",
            ],
            Field::Email => &[
                "e-mail",
                "email",
                "courriel",
                "correo",
                "почта",
                "البريد",
                "邮箱",
                "电子邮件",
            ],
            Field::Country => &[
                "country",
                "pays",
                "país",
                "pais",
                "страна",
                "البلد",
                "الدولة",
                "国家",
            ],
            Field::Group => &[
                "stakeholder",
                "partie prenante",
                "parties prenantes",
                "grupo de interés",
                "parte interesada",
                "заинтересованн",
                "أصحاب المصلحة",
                "利益攸关方",
                "sector",
                "secteur",
                "сектор",
            ],
            Field::Capacity => &[
                "capacity",
                "on behalf",
                "au nom",
                "en nombre",
                "в качестве",
                "بصفة",
                "身份",
            ],
            Field::Nri => &[
                "nri",
                "igf initiative",
                "initiative",
                "iniciativa",
                "инициатив",
                "مبادرة",
                "倡议",
            ],
            Field::Publication => &[
                "publish",
                "publication",
                "publicar",
                "publicación",
                "публикац",
                "النشر",
                "发布",
                "公开",
            ],
            Field::Submitted => &[
                "timestamp",
                "submitted",
                "submission",
                "completion time",
                "end date",
                "submitdate",
                "horodat",
                "marca temporal",
                "fecha",
                "отметка времени",
                "الطابع الزمني",
                "时间戳",
                "提交时间",
                "_submission_time",
                "end time",
                "date submitted",
            ],
        }
    }
}

/// A header in the form words are compared in: Kobo's `label::English (en)` and group paths
/// (`group_a/q1`) and leading numbers ("1.", "Q1:") taken off, lower case.
fn plain_header(header: &str) -> String {
    let mut h = header.trim().to_lowercase();
    if let Some(rest) = h.strip_prefix("label::") {
        h = rest.to_string();
    }
    // Kobo's group path: names without spaces, each followed by '/', before the label.
    while let Some((path, last)) = h.split_once('/') {
        if path.is_empty() || path.contains([' ', ':']) || last.trim().is_empty() {
            break;
        }
        h = last.to_string();
    }
    // A leading number: "1.", "2)", "Q3:", "q4 -".
    let rest = h.strip_prefix('q').unwrap_or(&h);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        let after = rest[digits..].trim_start_matches(['.', ')', ':', '-', ' ']);
        return after.to_string();
    }
    h
}

/// The words of a text worth comparing: letters and digits, three characters or more (or
/// Han characters, two at a time).
fn words(text: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for w in text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let chars: Vec<char> = w.chars().collect();
        if chars.iter().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)) {
            for pair in chars.windows(2) {
                out.insert(pair.iter().collect());
            }
        } else if chars.len() >= 3 {
            out.insert(w.to_string());
        }
    }
    out
}

/// How much a header says of a question (in the question's best language): the words they
/// share over the header's words, or eight, whichever is more.
fn overlap(header: &str, question: &super::questionnaire::Question) -> f64 {
    let h = words(header);
    if h.is_empty() {
        return 0.0;
    }
    ["en", "fr", "es", "ru", "ar", "zh"]
        .iter()
        .map(|lang| {
            let q = words(question.text.get(lang));
            // A short header ("Stakeholder group") shares all its words with many a question,
            // and a long one is often cut ("What are the typical roles and…"): eight words
            // of the question are enough to recognise it.
            h.intersection(&q).count() as f64 / h.len().max(q.len().min(8)).max(1) as f64
        })
        .fold(0.0, f64::max)
}

/// The mapping suggested from the headers: each question to the column whose header says most
/// of it (an [`overlap`] of two fifths, or its id alone); the profile fields
/// by their names in the six languages; the rest ignored. Each question and field is used once.
pub fn suggest(headers: &[String], questionnaire: &Questionnaire) -> Vec<Target> {
    let mut out = vec![Target::Ignore; headers.len()];
    let mut used = vec![false; questionnaire.questions.len()];
    // First, a choice question's columns of one choice each: the question's words, then one
    // of its choices (whose words could make another question's header seem closer).
    for (c, header) in headers.iter().enumerate() {
        let Some(choice) = choice_part(header) else {
            continue;
        };
        let asked = header.trim().strip_suffix(choice).unwrap_or(header);
        let asked = plain_header(asked.trim_end_matches([' ', '–', '[', '/']));
        let found = questionnaire.questions.iter().position(|q| {
            !q.kind.is_text()
                && choice_ids(choice, q).is_some()
                && (asked.eq_ignore_ascii_case(&q.id) || overlap(&asked, q) >= 0.4)
        });
        if let Some(qi) = found {
            out[c] = Target::Question(questionnaire.questions[qi].id.clone());
            used[qi] = true;
        }
    }
    // Kobo writes the question's own column beside them: named by its id, it is the question's.
    let by_choice = used.clone();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (c, header) in headers.iter().enumerate() {
        let plain = plain_header(header);
        for (qi, q) in questionnaire.questions.iter().enumerate() {
            let by_id =
                header.trim().eq_ignore_ascii_case(&q.id) || plain.eq_ignore_ascii_case(&q.id);
            let score = if by_id { 1.0 } else { overlap(&plain, q) };
            if score >= 0.4 {
                pairs.push((score, c, qi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (score, c, qi) in pairs {
        let again = by_choice[qi] && score >= 1.0;
        if out[c] == Target::Ignore && (!used[qi] || again) {
            out[c] = Target::Question(questionnaire.questions[qi].id.clone());
            used[qi] = true;
        }
    }
    let mut taken: Vec<Field> = Vec::new();
    for (c, header) in headers.iter().enumerate() {
        if out[c] != Target::Ignore {
            continue;
        }
        let plain = plain_header(header);
        // Headers name a field in a few words; a question that mentions "countries" is not
        // the country column.
        if plain.chars().count() > 80 {
            continue;
        }
        // The field named most specifically: "name of your organisation" is the
        // organisation, for "organisation" is longer than "name".
        let field = Field::ALL
            .into_iter()
            .filter(|f| !taken.contains(f))
            .filter_map(|f| {
                let longest = f
                    .words()
                    .iter()
                    .filter(|w| contains_word(&plain, w))
                    .map(|w| w.chars().count())
                    .max()?;
                Some((longest, f))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, f)| f);
        if let Some(f) = field {
            taken.push(f);
            out[c] = Target::Field(f);
        }
    }
    out
}

/// Whether `text` holds `word` at the start of a word ("names", "organisations" and
/// "заинтересованных" count; "enrich" does not hold "nri").
fn contains_word(text: &str, word: &str) -> bool {
    // Chinese is written without spaces: a word is found anywhere.
    let han = word
        .chars()
        .next()
        .is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    text.match_indices(word).any(|(i, _)| {
        han || text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// What applies to every row: what the file does not say.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Defaults {
    /// The publication choice of rows that have none (the survey's own terms: "do not
    /// publish" unless the secretariat knows better).
    pub publication: Publication,
    /// The NRI that ran the survey, if any (the response's source).
    pub nri: String,
    /// When rows without a time of their own were received.
    pub received: Timestamp,
    /// Countries by their names in other languages (the browser's, in the six languages), as
    /// [`name_key`] gives them: a country column is read by these as well as by ISO code and
    /// English name.
    pub country_names: std::collections::HashMap<String, Country>,
}

/// A name as a country column is matched by: lower case, one kind of apostrophe, single spaces
/// ("Côte d’Ivoire" and "côte d'ivoire" are one).
pub fn name_key(name: &str) -> String {
    let lower = name
        .trim()
        .to_lowercase()
        .replace(['’', 'ʼ', '`', '´'], "'");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A row that could not be imported whole, or not at all: its number in the file (the header
/// is row 1) and what was wrong, for the report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RowProblem {
    /// No answer to any question: not imported.
    NoAnswer(usize),
    /// A value not understood and left out: row, field, value.
    NotUnderstood(usize, Field, String),
    /// An answer or field cut to the format's limit: row, column header.
    Shortened(usize, String),
    /// A choice question's cell that names none of its choices: row, column header, value
    /// (kept as it is, counted as not one of the choices).
    NotAChoice(usize, String, String),
}

/// A choice cell as other tools write it, in the question's choice ids (space-separated, in the
/// cell's order, each once): ids as ODK and KoboToolbox export them (`sdg-4 sdg-9`), or labels in
/// any of the six languages separated by commas, semicolons or lines as Google and Microsoft
/// Forms do (`Quality education, Industry, innovation and infrastructure`; a label holding a
/// comma is matched whole). `None` when any part names none of the choices.
pub fn choice_ids(cell: &str, question: &Question) -> Option<String> {
    let choices = question.kind.choices();
    // Lower case, with the spaces around commas gone, so "A, B" and "a,b" compare equal.
    let norm = |text: &str| -> String {
        text.split([',', '，', '、'])
            .map(|p| p.trim().to_lowercase())
            .collect::<Vec<_>>()
            .join(",")
    };
    let find = |part: &str| -> Option<usize> {
        let wanted = norm(part);
        choices.iter().position(|c| {
            c.id.eq_ignore_ascii_case(part.trim())
                || c.label.languages().any(|l| norm(c.label.get(l)) == wanted)
        })
    };
    let mut found: Vec<usize> = Vec::new();
    let mut push = |i: usize| {
        if !found.contains(&i) {
            found.push(i);
        }
    };
    if let Some(i) = find(cell) {
        push(i);
    } else if cell
        .split_whitespace()
        .all(|w| choices.iter().any(|c| c.id == w))
    {
        for w in cell.split_whitespace() {
            push(find(w)?);
        }
    } else {
        // Labels in a list: the longest run of pieces that makes a label, piece by piece.
        let pieces: Vec<&str> = cell
            .split([',', ';', '\n', '，', '；', '、'])
            .filter(|p| !p.trim().is_empty())
            .collect();
        let mut start = 0;
        while start < pieces.len() {
            let end = (start + 1..=pieces.len())
                .rev()
                .find(|&end| find(&pieces[start..end].join(",")).is_some())?;
            push(find(&pieces[start..end].join(","))?);
            start = end;
        }
    }
    let ids: Vec<&str> = found.iter().map(|&i| choices[i].id.as_str()).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The responses a table makes under `mapping`: one per row with at least one answer, in the
/// questionnaire's terms. Each row's id is the same whenever the same file is imported
/// (`file_digest` is the file's SHA-256), so importing it twice keeps one copy of each.
/// `language` gives each row's language from its answers.
pub fn responses(
    table: &Table,
    mapping: &[Target],
    defaults: &Defaults,
    questionnaire: &Questionnaire,
    file_digest: &str,
    language: &dyn Fn(&str) -> String,
) -> (Vec<Response>, Vec<RowProblem>) {
    let all = 0..table.rows.len();
    responses_of(
        table,
        all,
        mapping,
        defaults,
        questionnaire,
        file_digest,
        language,
    )
}

/// The same for the rows in `rows` (counted from 0 under the header), so that a large table is
/// imported a part at a time, with progress between the parts; the responses and problems are
/// those [`responses`] gives for these rows.
pub fn responses_of(
    table: &Table,
    rows: std::ops::Range<usize>,
    mapping: &[Target],
    defaults: &Defaults,
    questionnaire: &Questionnaire,
    file_digest: &str,
    language: &dyn Fn(&str) -> String,
) -> (Vec<Response>, Vec<RowProblem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    // The whole table's dates say how they are written, not only this part's.
    let dated: Vec<usize> = (0..mapping.len())
        .filter(|&c| mapping[c] == Target::Field(Field::Submitted))
        .collect();
    let order = date_order(
        table
            .rows
            .iter()
            .flat_map(|row| dated.iter().filter_map(|&c| row.get(c)))
            .map(String::as_str),
    );
    let first = rows.start;
    let rows = table.rows.get(rows).unwrap_or_default();
    for (i, row) in (first..).zip(rows) {
        // Row numbers as the spreadsheet shows them: the header is row 1.
        let number = i + 2;
        let digest =
            super::format::sha256_hex(format!("bpf-survey/import/v1:{file_digest}:{i}").as_bytes());
        let mut bytes = [0u8; 16];
        for (k, b) in bytes.iter_mut().enumerate() {
            *b = u8::from_str_radix(&digest[2 * k..2 * k + 2], 16).unwrap_or(0);
        }
        let mut shorten = |text: &str, max: usize, header: &str| -> String {
            let text = text.trim();
            if text.chars().count() > max {
                problems.push(RowProblem::Shortened(number, header.to_string()));
                text.chars().take(max).collect()
            } else {
                text.to_string()
            }
        };
        let mut answers = Vec::new();
        let mut fields: Vec<(Field, String, String)> = Vec::new();
        let mut not_choices = Vec::new();
        for (c, target) in mapping.iter().enumerate() {
            let (Some(cell), Some(header)) = (row.get(c), table.headers.get(c)) else {
                continue;
            };
            match target {
                Target::Ignore => {}
                Target::Question(q) if !cell.trim().is_empty() => {
                    let asked = questionnaire.questions.iter().find(|x| x.id == *q);
                    let answer = match asked.filter(|x| !x.kind.is_text()) {
                        None => Some(shorten(cell, MAX_ANSWER_CHARS, header)),
                        // In a column of its own for one choice (SurveyMonkey, LimeSurvey,
                        // Kobo), a mark saying whether it was chosen; else the choices the
                        // cell names.
                        Some(x) => choice_part(header)
                            .and_then(|p| choice_ids(p, x))
                            .and_then(|own| {
                                mark(cell).map(|chosen| if chosen { own } else { String::new() })
                            })
                            .or_else(|| choice_ids(cell, x))
                            .or_else(|| {
                                not_choices.push(RowProblem::NotAChoice(
                                    number,
                                    header.clone(),
                                    cell.trim().chars().take(200).collect(),
                                ));
                                Some(cell.trim().chars().take(MAX_ANSWER_CHARS).collect())
                            }),
                    };
                    if let Some(answer) = answer.filter(|a| !a.is_empty()) {
                        add_answer(&mut answers, q, answer, asked);
                    }
                }
                Target::Question(_) => {}
                Target::Field(f) => {
                    let max = if *f == Field::Email {
                        MAX_EMAIL_CHARS
                    } else {
                        MAX_SHORT_TEXT_CHARS
                    };
                    fields.push((*f, shorten(cell, max, header), header.clone()));
                }
            }
        }
        problems.extend(not_choices);
        if answers.is_empty() {
            problems.push(RowProblem::NoAnswer(number));
            continue;
        }
        let text: String = answers
            .iter()
            .map(|(_, a)| a.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mut r = Response::new(
            ResponseId::from_random_bytes(bytes),
            questionnaire.reference(),
            defaults.received,
            &language(&text),
            Source {
                nri: defaults.nri.clone(),
                origin: "null".into(),
            },
        );
        r.status = Status::Finished;
        r.publication = Some(defaults.publication);
        for (q, a) in answers {
            r.set_answer(&q, a);
        }
        for (field, value, _) in fields {
            // Microsoft Forms writes "anonymous" as the name and e-mail of whoever did not
            // sign in: nobody's name, never a contributor's.
            let nobody = matches!(field, Field::Name | Field::Email | Field::Organisation)
                && value.eq_ignore_ascii_case("anonymous");
            if value.is_empty() || nobody {
                continue;
            }
            let p = &mut r.respondent;
            let understood = match field {
                Field::Name => {
                    p.name = value.clone();
                    true
                }
                Field::Organisation => {
                    p.organisation = value.clone();
                    true
                }
                Field::Email => {
                    p.email = value.clone();
                    true
                }
                Field::Nri => {
                    p.nri = value.clone();
                    true
                }
                Field::Country => country(&value, &defaults.country_names)
                    .map(|c| p.country = Some(c))
                    .is_some(),
                Field::Group => group(&value)
                    .map(|g| p.stakeholder_group = Some(g))
                    .is_some(),
                Field::Capacity => capacity(&value).map(|c| p.capacity = Some(c)).is_some(),
                Field::Publication => publication(&value)
                    .map(|c| r.publication = Some(c))
                    .is_some(),
                Field::Submitted => time(&value, order)
                    .map(|t| {
                        r.created = t;
                        r.updated = t;
                    })
                    .is_some(),
            };
            if !understood {
                problems.push(RowProblem::NotUnderstood(number, field, value));
            }
        }
        out.push(r);
    }
    (out, problems)
}

fn matches_any(value: &str, words: &[&str]) -> bool {
    let v = value.trim().to_lowercase();
    words.iter().any(|w| v == *w || v.contains(w))
}

fn country(
    value: &str,
    other_names: &std::collections::HashMap<String, Country>,
) -> Option<Country> {
    let v = value.trim();
    Country::all()
        .find(|c| c.code().eq_ignore_ascii_case(v) || c.name().eq_ignore_ascii_case(v))
        .or_else(|| other_names.get(&name_key(v)).copied())
}

fn group(value: &str) -> Option<StakeholderGroup> {
    use StakeholderGroup::*;
    let table: [(StakeholderGroup, &[&str]); 7] = [
        (
            Government,
            &[
                "government",
                "gouvernement",
                "gobierno",
                "правительств",
                "حكوم",
                "政府",
            ],
        ),
        (
            PrivateSector,
            &[
                "private",
                "privé",
                "privado",
                "частн",
                "الخاص",
                "私营",
                "企业",
            ],
        ),
        (
            CivilSociety,
            &["civil", "civile", "гражданск", "المدني", "民间"],
        ),
        (
            TechnicalCommunity,
            &[
                "technical",
                "technique",
                "técnica",
                "техническ",
                "التقني",
                "技术",
            ],
        ),
        (
            Academia,
            &[
                "academi",
                "universit",
                "académi",
                "академ",
                "الأكاديمي",
                "学术",
            ],
        ),
        (
            Intergovernmental,
            &[
                "intergovernmental",
                "intergouvernemental",
                "intergubernamental",
                "межправительств",
                "الحكومية الدولية",
                "政府间",
            ],
        ),
        (Other, &["other", "autre", "otro", "друг", "أخرى", "其他"]),
    ];
    // "Intergovernmental" holds "government": the longer names are tried first.
    let order = [5usize, 0, 1, 2, 3, 4, 6];
    order
        .iter()
        .map(|&i| &table[i])
        .find(|(_, words)| matches_any(value, words))
        .map(|(g, _)| *g)
}

fn capacity(value: &str) -> Option<Capacity> {
    if matches_any(
        value,
        &[
            "behalf",
            "organisation",
            "organization",
            "au nom",
            "en nombre",
            "от имени",
            "نيابة",
            "代表",
        ],
    ) {
        Some(Capacity::Organisation)
    } else if matches_any(
        value,
        &[
            "individual",
            "personal",
            "individuel",
            "personnel",
            "individual",
            "личн",
            "بصفة شخصية",
            "个人",
        ],
    ) {
        Some(Capacity::Individual)
    } else {
        None
    }
}

fn publication(value: &str) -> Option<Publication> {
    if matches_any(
        value,
        &[
            "do not",
            "don't",
            "no publi",
            "ne pas",
            "no ",
            "не публик",
            "عدم",
            "不",
        ],
    ) {
        Some(Publication::DoNotPublish)
    } else if matches_any(value, &["anonym", "anónim", "аноним", "مجهول", "匿名"]) {
        Some(Publication::Anonymous)
    } else if matches_any(
        value,
        &[
            "name", "nom", "nombre", "yes", "oui", "sí", "si", "да", "نعم", "是", "署名",
        ],
    ) {
        Some(Publication::Named)
    } else {
        None
    }
}

/// A time as survey tools write it: RFC 3339, or `YYYY-MM-DD HH:MM[:SS]` / `YYYY/MM/DD …`
/// (read as UTC), or a date alone. Day-first and month-first dates are ambiguous and not read.
/// Adds a column's answer to a row's: a question answered in several columns (a choice per
/// column, or an "other" column beside a text) gets them all, choices once each, texts on
/// lines of their own within the format's limit.
fn add_answer(
    answers: &mut Vec<(String, String)>,
    q: &str,
    answer: String,
    asked: Option<&Question>,
) {
    let Some((_, so_far)) = answers.iter_mut().find(|(k, _)| k == q) else {
        answers.push((q.to_string(), answer));
        return;
    };
    if asked.is_some_and(|x| !x.kind.is_text()) {
        for id in answer.split_whitespace() {
            if !so_far.split_whitespace().any(|s| s == id) {
                so_far.push(' ');
                so_far.push_str(id);
            }
        }
    } else {
        so_far.push('\n');
        so_far.push_str(&answer);
        if so_far.chars().count() > MAX_ANSWER_CHARS {
            *so_far = so_far.chars().take(MAX_ANSWER_CHARS).collect();
        }
    }
}

/// The part of a header naming one choice of a question that takes a column per choice:
/// `Question – Choice` (SurveyMonkey's two header rows joined), `Question [Choice]`
/// (LimeSurvey, Google Forms grids), `group/question/choice` (Kobo).
fn choice_part(header: &str) -> Option<&str> {
    let h = header.trim();
    if let Some(inner) = h.strip_suffix(']').and_then(|h| h.rsplit_once('[')) {
        return Some(inner.1.trim()).filter(|p| !p.is_empty());
    }
    if let Some((_, choice)) = h.rsplit_once(" – ") {
        return Some(choice.trim()).filter(|p| !p.is_empty());
    }
    h.rsplit_once('/')
        .filter(|(path, choice)| !path.contains(' ') && !choice.contains(' '))
        .map(|(_, choice)| choice)
        .filter(|p| !p.is_empty())
}

/// Whether a cell marks its column's choice as chosen (`Some(true)`: `1`, `Y`, `Yes`, `x`,
/// `TRUE`, a tick, in the six languages) or not (`Some(false)`: `0`, `N`, `No`, `FALSE`).
fn mark(cell: &str) -> Option<bool> {
    const YES: &[&str] = &[
        "1", "y", "yes", "x", "true", "✓", "✔", "selected", "checked", "oui", "sí", "si", "да",
        "是", "نعم",
    ];
    const NO: &[&str] = &[
        "0",
        "n",
        "no",
        "false",
        "not selected",
        "unchecked",
        "non",
        "нет",
        "否",
        "لا",
    ];
    let c = cell.trim().to_lowercase();
    if YES.contains(&c.as_str()) {
        Some(true)
    } else if NO.contains(&c.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// Which of the first two numbers of a date written with its year last is the day: Excel's
/// CSV in most of the world writes 20/02/2017, SurveyMonkey and US locales 02/20/2017.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateOrder {
    MonthFirst,
    DayFirst,
}

/// The order a column's dates are written in, from the first date that can only be read one
/// way (a first number over 12 is a day; a second over 12 makes the first a month); month
/// first, as SurveyMonkey writes them, when every date could be either.
fn date_order<'a>(values: impl Iterator<Item = &'a str>) -> DateOrder {
    for v in values {
        let numbers: Vec<u32> = v
            .trim()
            .split([' ', 'T'])
            .next()
            .unwrap_or("")
            .split(['/', '-', '.'])
            .map(|n| n.parse().unwrap_or(0))
            .collect();
        // The year first: no question of order, and none in the rest of the column.
        if numbers.first().is_some_and(|&y| y > 31) {
            return DateOrder::MonthFirst;
        }
        if let [first, second, year] = numbers[..]
            && year > 31
        {
            if first > 12 && second <= 12 {
                return DateOrder::DayFirst;
            }
            if second > 12 && first <= 12 {
                return DateOrder::MonthFirst;
            }
        }
    }
    DateOrder::MonthFirst
}

/// A date and time as survey tools write them, in UTC: RFC 3339; `2017-02-14 10:31:07`
/// (LimeSurvey, Kobo); `2017/02/14 2:05:43 PM GMT+1` (Google Forms); `02/14/2017 10:31:07 AM`
/// (SurveyMonkey) or `14/02/2017 10:31` (Excel), the day and month in the column's `order`;
/// with an offset (`+01:00`, `GMT+1`, `UTC-05:00`, `Z`) it is taken into account, without one
/// the time is read as UTC.
fn time(value: &str, order: DateOrder) -> Option<Timestamp> {
    let v = value.trim();
    if let Ok(t) = Timestamp::parse_rfc3339(v) {
        return Some(t);
    }
    let (date, rest) = v.split_once([' ', 'T']).unwrap_or((v, ""));
    let numbers: Vec<&str> = date.split(['/', '-', '.']).collect();
    let number = |s: &str| s.parse::<u32>().ok();
    let (year, month, day) = match numbers[..] {
        [y, m, d] if y.len() == 4 => (number(y)?, number(m)?, number(d)?),
        [a, b, y] if matches!(y.len(), 2 | 4) => {
            let y = number(y)? + if y.len() == 2 { 2000 } else { 0 };
            match order {
                DateOrder::MonthFirst => (y, number(a)?, number(b)?),
                DateOrder::DayFirst => (y, number(b)?, number(a)?),
            }
        }
        _ => return None,
    };
    // The clock, then perhaps AM or PM, then perhaps the offset, as separate words or (the
    // offset) stuck to the clock.
    let rest = rest
        .trim()
        .to_ascii_uppercase()
        .replace("A.M.", "AM")
        .replace("P.M.", "PM");
    let mut words = rest.split_whitespace();
    let clock_word = words.next().unwrap_or("00:00");
    let split = clock_word
        .find(['Z', '+'])
        .or_else(|| clock_word.rfind('-'))
        .unwrap_or(clock_word.len());
    let (clock, stuck) = clock_word.split_at(split);
    let mut hms = clock.split(':');
    let mut hour: u32 = number(hms.next()?)?;
    let minute: u32 = number(hms.next().unwrap_or("0"))?;
    let second: u32 = number(hms.next().unwrap_or("0").split('.').next().unwrap_or("0"))?;
    let mut zone = stuck.to_string();
    for word in words {
        match word {
            "AM" | "PM" if (1..=12).contains(&hour) => {
                hour = hour % 12 + if word == "PM" { 12 } else { 0 };
            }
            _ => zone.push_str(word),
        }
    }
    let offset_minutes = offset(&zone)?;
    if month == 0 || day == 0 || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let text = format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z");
    let local = Timestamp::parse_rfc3339(&text).ok()?;
    Some(Timestamp::from_millis(
        local.millis() - i64::from(offset_minutes) * 60_000,
    ))
}

/// An offset from UTC in minutes: empty, `Z`, `UTC` or `GMT` is none; `+1`, `+01`, `+0100`,
/// `+01:00`, after `GMT` or `UTC` or alone, with `+` or `-`.
fn offset(zone: &str) -> Option<i32> {
    let z = zone.trim_start_matches("GMT").trim_start_matches("UTC");
    if z.is_empty() || z == "Z" {
        return Some(0);
    }
    let sign = match z.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits = z[1..].replace(':', "");
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let (h, m) = digits.split_at(digits.len() - 2);
            (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?)
        }
        _ => return None,
    };
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

#[cfg(test)]
mod tests {
    use calamine::{CellErrorType, Data};

    #[test]
    fn a_formula_s_error_is_no_answer() {
        for e in [CellErrorType::Div0, CellErrorType::Ref, CellErrorType::NA] {
            assert_eq!(super::cell_text(&Data::Error(e)), "");
        }
        assert_eq!(super::cell_text(&Data::Float(3.0)), "3");
    }
}
