//! Arbitrary bytes as a table from another survey tool (CSV, Unicode text, XLSX, ODS) and as an
//! XLSForm: the readers give a table or a reason, never panic, and never lay out more cells
//! than the limits allow (a few kilobytes of spreadsheet can span billions).
#![no_main]

use bpf_survey::core::{tabular, xlsform};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(table) = tabular::read_table_within(data, 64 << 20) {
        assert!(table.rows.len() <= tabular::MAX_ROWS + 1);
        assert!(table.headers.len() <= tabular::MAX_COLUMNS);
        assert!(table.headers.len() * (table.rows.len() + 1) <= tabular::MAX_CELLS);
        assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
    }
    let _ = xlsform::import(data);
});
