//! Responses from other survey tools: exports shaped as Google Forms, Microsoft Forms,
//! KoboToolbox, LimeSurvey and SurveyMonkey write them are read, their columns mapped from the
//! headers in several languages, and their rows made responses the format's own reader accepts.

use bpf_survey::core::format::{self, Document};
use bpf_survey::core::questionnaire::{self, Questionnaire};
use bpf_survey::core::response::{Publication, StakeholderGroup};
use bpf_survey::core::tabular::{self, Defaults, Field, RowProblem, Target};
use bpf_survey::core::time::Timestamp;

fn q() -> Questionnaire {
    questionnaire::builtin()
}

fn question_text(n: usize, lang: &str) -> String {
    q().questions[n].text.get(lang).to_string()
}

fn quoted(cells: &[String], sep: char) -> String {
    cells
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(&sep.to_string())
}

fn defaults() -> Defaults {
    Defaults {
        publication: Publication::DoNotPublish,
        nri: String::new(),
        received: Timestamp::parse_rfc3339("2017-03-01T00:00:00Z").unwrap(),
        country_names: Default::default(),
    }
}

fn english(_: &str) -> String {
    "en".into()
}

/// A Google Forms export: a timestamp, the profile, then every question by its full text.
fn google_forms() -> String {
    let mut header: Vec<String> = [
        "Timestamp",
        "Full name",
        "Email address",
        "Name of your organisation",
        "Country",
        "Stakeholder group",
        "Do you agree to your answers being published?",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend((0..7).map(|i| question_text(i, "en")));
    let mut rows = vec![quoted(&header, ',')];
    let mut row: Vec<String> = [
        "2017/02/14 10:31:07",
        "Ada Obi",
        "ada@example.org",
        "ngCERT",
        "Nigeria",
        "Government",
        "Yes, with my name",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    row.extend((0..7).map(|i| {
        format!(
            "Answer {} from Ada, about CERTs and \"trust\".\nSecond line.",
            i + 1
        )
    }));
    rows.push(quoted(&row, ','));
    let mut row: Vec<String> = [
        "2017/02/15 09:00:00",
        "",
        "",
        "",
        "FR",
        "Civil society",
        "Anonymously",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    row.extend((0..7).map(|i| {
        if i == 2 {
            "=HYPERLINK(\"http://evil\")".to_string()
        } else {
            String::new()
        }
    }));
    rows.push(quoted(&row, ','));
    // A row that answers nothing.
    let mut row = vec!["2017/02/16 09:00:00".to_string(), "Empty Row".into()];
    row.resize(header.len(), String::new());
    rows.push(quoted(&row, ','));
    rows.join("\r\n") + "\r\n"
}

#[test]
fn a_google_forms_export_is_mapped_from_its_headers_and_read_into_valid_responses() {
    let table = tabular::read_table(google_forms().as_bytes()).unwrap();
    assert_eq!(table.rows.len(), 3);
    let mapping = tabular::suggest(&table.headers, &q());
    assert_eq!(
        &mapping[..7],
        &[
            Target::Field(Field::Submitted),
            Target::Field(Field::Name),
            Target::Field(Field::Email),
            Target::Field(Field::Organisation),
            Target::Field(Field::Country),
            Target::Field(Field::Group),
            Target::Field(Field::Publication),
        ]
    );
    for i in 0..7 {
        assert_eq!(
            mapping[7 + i],
            Target::Question(q().questions[i].id.clone()),
            "column {}",
            7 + i
        );
    }
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q(), "abc", &english);
    assert_eq!(responses.len(), 2);
    assert_eq!(problems, vec![RowProblem::NoAnswer(4)]);
    let ada = &responses[0];
    assert_eq!(ada.respondent.name, "Ada Obi");
    assert_eq!(ada.respondent.organisation, "ngCERT");
    assert_eq!(ada.respondent.country.unwrap().code(), "NG");
    assert_eq!(
        ada.respondent.stakeholder_group,
        Some(StakeholderGroup::Government)
    );
    assert_eq!(ada.publication, Some(Publication::Named));
    assert_eq!(ada.created.to_rfc3339(), "2017-02-14T10:31:07.000Z");
    assert_eq!(
        ada.answer("q1"),
        "Answer 1 from Ada, about CERTs and \"trust\".\nSecond line."
    );
    let anon = &responses[1];
    assert_eq!(anon.publication, Some(Publication::Anonymous));
    assert_eq!(anon.respondent.country.unwrap().code(), "FR");
    assert_eq!(
        anon.answer("q3"),
        "=HYPERLINK(\"http://evil\")",
        "kept as the text it is"
    );
    // The same file imported again gives the same ids; another file other ids.
    let (again, _) = tabular::responses(&table, &mapping, &defaults(), &q(), "abc", &english);
    assert_eq!(again[0].id, ada.id);
    let (other, _) = tabular::responses(&table, &mapping, &defaults(), &q(), "abd", &english);
    assert_ne!(other[0].id, ada.id);
    // What they make is a bundle the format's own reader accepts whole.
    let bundle = format::write_bundle(&responses, defaults().received, "test");
    let Document::Bundle(b) = format::read(bundle.as_bytes()).unwrap() else {
        panic!()
    };
    assert!(b.intact);
    assert!(b.entries.iter().all(Result::is_ok), "{:?}", b.entries);
}

#[test]
fn kobo_semicolons_french_labels_and_a_byte_order_mark() {
    let mut header: Vec<String> = vec!["start".into(), "label::Français (fr)".into()];
    header[1] = "Pays".into();
    header.push("Groupe de parties prenantes".into());
    header.extend((0..7).map(|i| format!("group_q/{}", question_text(i, "fr"))));
    header.push("_submission_time".into());
    let mut row: Vec<String> = vec![
        "2017-02-14T10:00:00.000+01:00".into(),
        "Sénégal".into(),
        "Secteur privé".into(),
    ];
    row.extend((0..7).map(|i| format!("Réponse {i}; avec un point-virgule")));
    row.push("2017-02-14T09:05:00".into());
    let text = format!("\u{feff}{}\n{}\n", quoted(&header, ';'), quoted(&row, ';'));
    let table = tabular::read_table(text.as_bytes()).unwrap();
    assert_eq!(table.headers.len(), header.len());
    let mapping = tabular::suggest(&table.headers, &q());
    for i in 0..7 {
        assert_eq!(
            mapping[3 + i],
            Target::Question(q().questions[i].id.clone())
        );
    }
    assert_eq!(mapping[1], Target::Field(Field::Country));
    assert_eq!(mapping[2], Target::Field(Field::Group));
    assert_eq!(mapping[10], Target::Field(Field::Submitted));
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q(), "k", &english);
    assert_eq!(responses.len(), 1);
    assert_eq!(
        responses[0].respondent.stakeholder_group,
        Some(StakeholderGroup::PrivateSector)
    );
    assert_eq!(
        responses[0].answer("q1"),
        "Réponse 0; avec un point-virgule"
    );
    assert_eq!(
        responses[0].created.to_rfc3339(),
        "2017-02-14T09:05:00.000Z"
    );
    assert_eq!(
        responses[0].publication,
        Some(Publication::DoNotPublish),
        "the default"
    );
    // "Sénégal" is French: not understood, said so, and the row kept.
    assert_eq!(
        problems,
        vec![RowProblem::NotUnderstood(
            2,
            Field::Country,
            "Sénégal".into()
        )]
    );
}

#[test]
fn surveymonkey_two_header_rows_and_a_spreadsheet() {
    // Two header rows: a question spans its columns, the row under it names each.
    let mut first: Vec<String> = vec![
        "Respondent ID".into(),
        "End Date".into(),
        "What is your stakeholder group?".into(),
        String::new(),
    ];
    let mut second: Vec<String> = vec![
        String::new(),
        String::new(),
        "Response".into(),
        "Other (please specify)".into(),
    ];
    for i in 0..7 {
        first.push(question_text(i, "en"));
        second.push("Open-Ended Response".into());
    }
    let mut row: Vec<String> = vec![
        "1234".into(),
        "2017-02-20 08:15:00".into(),
        "Technical community".into(),
        String::new(),
    ];
    row.extend((0..7).map(|i| format!("Monkey answer {i}")));
    // Written as an XLSX workbook, as SurveyMonkey offers it too.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, cells) in [&first, &second, &row].iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    sheet.write_number(2, 0, 1234.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let table = tabular::read_table(&bytes).unwrap();
    assert_eq!(table.rows.len(), 1, "the second header row is a header");
    assert_eq!(
        table.headers[3],
        "What is your stakeholder group? – Other (please specify)"
    );
    assert_eq!(table.rows[0][0], "1234");
    let mapping = tabular::suggest(&table.headers, &q());
    assert_eq!(mapping[1], Target::Field(Field::Submitted));
    assert_eq!(mapping[2], Target::Field(Field::Group));
    for i in 0..7 {
        assert_eq!(
            mapping[4 + i],
            Target::Question(q().questions[i].id.clone())
        );
    }
    let (responses, _) = tabular::responses(&table, &mapping, &defaults(), &q(), "m", &english);
    assert_eq!(
        responses[0].respondent.stakeholder_group,
        Some(StakeholderGroup::TechnicalCommunity)
    );
    assert_eq!(responses[0].answer("q7"), "Monkey answer 6");
}

#[test]
fn what_is_not_a_table_is_refused_with_a_reason() {
    assert_eq!(
        tabular::read_table(b"only a header\n"),
        Err(tabular::TableError::Empty)
    );
    // Binary (a NUL byte): not text in any encoding.
    assert_eq!(
        tabular::read_table(&[0x00, 0xC3, 0x28, 0x0A, 0x41]),
        Err(tabular::TableError::Unreadable)
    );
    // Not UTF-8: Windows-1252, as Excel saves "CSV" in Western locales ("é" is 0xE9, "’"
    // 0x92, "€" 0x80).
    let table = tabular::read_table(
        b"Nom;q1
Jos\xE9 M\xE9ndez;L\x92\xE9quipe co\xFBte 5 \x80\n",
    )
    .unwrap();
    assert_eq!(
        table.rows,
        vec![vec![
            "José Méndez".to_string(),
            "L’équipe coûte 5 €".to_string()
        ]]
    );
    assert!(matches!(
        tabular::read_table(b"PK\x03\x04 not really a zip"),
        Err(tabular::TableError::Spreadsheet(_))
    ));
    // Microsoft's compound files: an .xls workbook, and an .xlsx a password encrypts.
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.extend([0; 504]);
    cfb.extend("Workbook".encode_utf16().flat_map(u16::to_le_bytes));
    assert!(tabular::is_table_name("Old export.XLS"));
    assert_eq!(
        tabular::read_table(&cfb),
        Err(tabular::TableError::OldWorkbook)
    );
    cfb.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        tabular::read_table(&cfb),
        Err(tabular::TableError::Protected)
    );
    // UTF-16 with its byte-order mark, tab separated (Excel's "Unicode text").
    let text = "Full name\tq1\nLi Wei\t回答\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let table = tabular::read_table(&bytes).unwrap();
    assert_eq!(
        table.rows,
        vec![vec!["Li Wei".to_string(), "回答".to_string()]]
    );
    assert_eq!(
        tabular::suggest(&table.headers, &q()),
        vec![Target::Field(Field::Name), Target::Question("q1".into())]
    );
    // A very long answer is cut to the format's limit and reported.
    let long = "x".repeat(40_000);
    let table = tabular::read_table(format!("q1\n{long}\n").as_bytes()).unwrap();
    let mapping = vec![Target::Question("q1".into())];
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q(), "l", &english);
    assert_eq!(responses[0].answer("q1").chars().count(), 30_000);
    assert_eq!(problems, vec![RowProblem::Shortened(2, "q1".into())]);
}

#[test]
fn headers_in_any_language_and_cut_short_are_recognised() {
    for lang in ["ar", "zh", "ru", "es"] {
        let mut headers: Vec<String> = (0..7).rev().map(|i| question_text(i, lang)).collect();
        headers.insert(
            0,
            ["الاسم", "姓名", "Страна", "Correo electrónico"][["ar", "zh", "ru", "es"]
                .iter()
                .position(|l| *l == lang)
                .unwrap()]
            .to_string(),
        );
        let mapping = tabular::suggest(&headers, &q());
        for (k, i) in (0..7).rev().enumerate() {
            assert_eq!(
                mapping[1 + k],
                Target::Question(q().questions[i].id.clone()),
                "{lang} {i}"
            );
        }
        assert_ne!(mapping[0], Target::Ignore, "{lang}: {}", headers[0]);
    }
    // LimeSurvey writes a code and the question cut short.
    let headers: Vec<String> = (0..7)
        .map(|i| {
            format!(
                "Q{}. {}…",
                i + 1,
                question_text(i, "en").chars().take(45).collect::<String>()
            )
        })
        .collect();
    let mapping = tabular::suggest(&headers, &q());
    for i in 0..7 {
        assert_eq!(
            mapping[i],
            Target::Question(q().questions[i].id.clone()),
            "{}",
            headers[i]
        );
    }
}

#[test]
fn a_spreadsheet_that_would_unpack_to_too_much_is_refused_before_it_is_opened() {
    // A "zip bomb": 20 MB of one repeated byte in a sheet, a few kilobytes packed, against a
    // limit of 10 MB (the real one, 400 MB, is refused the same way).
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..20 {
        zip.write_all(&chunk).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 2 << 20, "{} bytes packed", bytes.len());
    assert_eq!(
        tabular::read_table_within(&bytes, 10 << 20),
        Err(tabular::TableError::Unpacked(20 << 20))
    );
}

#[test]
fn choice_columns_become_choice_ids_whether_tools_write_ids_or_labels() {
    let q = questionnaire::parse(questionnaire::EXAMPLE_2017_JSON).unwrap();
    let sdgs = q.questions.iter().find(|x| x.id == "sdgs").unwrap();
    let meeting = q.questions.iter().find(|x| x.id == "nri-meeting").unwrap();
    let ids = |cell: &str| tabular::choice_ids(cell, sdgs);
    // KoboToolbox and ODK: names separated by spaces.
    assert_eq!(ids("sdg-4 sdg-9").as_deref(), Some("sdg-4 sdg-9"));
    // Google Forms: labels joined by ", ", one of which holds commas itself.
    assert_eq!(
        ids("4. Quality education, 9. Industry, innovation and infrastructure").as_deref(),
        Some("sdg-4 sdg-9")
    );
    // Microsoft Forms: semicolons; French labels; a choice given twice counts once.
    let fr = |id: &str| {
        sdgs.kind
            .choices()
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .label
            .get("fr")
            .to_string()
    };
    assert_eq!(
        ids(&format!(
            "{};{};{}",
            fr("sdg-16"),
            fr("sdg-5"),
            fr("sdg-16")
        ))
        .as_deref(),
        Some("sdg-16 sdg-5")
    );
    assert_eq!(
        tabular::choice_ids("  Yes ", meeting).as_deref(),
        Some("yes")
    );
    assert_eq!(ids("Cyber peace"), None);
    assert_eq!(ids("sdg-4, Cyber peace"), None);

    // In an import: the ids are stored, and a cell that names no choice is kept and noted.
    let table = tabular::read_table(
        "Goals,Meeting,Concerns\n\"4. Quality education, 9. Industry, innovation and infrastructure\",Yes,Phishing of banks\nCyber peace,No,Fraud\n"
            .as_bytes(),
    )
    .unwrap();
    let mapping = vec![
        Target::Question("sdgs".into()),
        Target::Question("nri-meeting".into()),
        Target::Question("nri-concerns".into()),
    ];
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q, "digest", &english);
    assert_eq!(responses[0].answer("sdgs"), "sdg-4 sdg-9");
    assert_eq!(responses[0].answer("nri-meeting"), "yes");
    assert_eq!(responses[0].questionnaire, q.reference());
    assert_eq!(responses[1].answer("sdgs"), "Cyber peace");
    assert_eq!(
        problems,
        [RowProblem::NotAChoice(
            3,
            "Goals".into(),
            "Cyber peace".into()
        )]
    );
}

#[test]
fn ragged_rows_and_formulas_are_read_as_the_cells_they_are() {
    // A row cut short (a tool that leaves trailing empty cells out) and a row with a cell too
    // many (a stray separator): each is read as far as it goes, nothing shifted.
    let csv = "Full name,Stakeholder group,q1,q2\n\
               Ada,Government,National CERTs share indicators.\n\
               Li,Academia,Universities train experts.,Regional fora,extra cell\n\
               Olga\n";
    let table = tabular::read_table(csv.as_bytes()).unwrap();
    assert_eq!(table.rows.len(), 3);
    let mapping = tabular::suggest(&table.headers, &q());
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q(), "digest", &english);
    assert_eq!(responses.len(), 2);
    assert_eq!(
        responses[0].answer("q1"),
        "National CERTs share indicators."
    );
    assert_eq!(responses[0].answer("q2"), "");
    assert_eq!(responses[1].answer("q2"), "Regional fora");
    // Olga's row answers nothing: left out, and said so.
    assert_eq!(problems, vec![RowProblem::NoAnswer(4)]);

    // Cells are data: a formula is the text it is, never evaluated, and it leaves the open
    // data neutralised like any answer.
    let csv = "q1,q2\n\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",=1+1\n";
    let table = tabular::read_table(csv.as_bytes()).unwrap();
    let mapping = tabular::suggest(&table.headers, &q());
    let (responses, _) =
        tabular::responses(&table, &mapping, &defaults(), &q(), "digest", &english);
    assert_eq!(
        responses[0].answer("q1"),
        "=HYPERLINK(\"https://evil.example\",\"x\")"
    );
    assert_eq!(responses[0].answer("q2"), "=1+1");
    assert_eq!(
        bpf_survey::core::export::neutralise(responses[0].answer("q2")),
        "'=1+1"
    );
}

/// Microsoft Forms' "Open in Excel" workbook: ID, start and completion times, the respondent's
/// account e-mail and name ("anonymous" in both when the form does not ask people to sign in),
/// then each question by its text, times as Excel dates.
#[test]
fn a_microsoft_forms_workbook_with_anonymous_respondents() {
    let mut header: Vec<String> = ["ID", "Start time", "Completion time", "Email", "Name"]
        .map(String::from)
        .to_vec();
    header.extend((0..7).map(|i| question_text(i, "en")));
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("m/d/yy h:mm:ss");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for r in 1..=2u32 {
        sheet.write_number(r, 0, f64::from(r)).unwrap();
        // 2017-02-20 08:15 as Excel's serial date.
        sheet
            .write_number_with_format(r, 1, 42_786.343_75, &date)
            .unwrap();
        sheet
            .write_number_with_format(r, 2, 42_786.35, &date)
            .unwrap();
        sheet.write_string(r, 3, "anonymous").unwrap();
        sheet.write_string(r, 4, "anonymous").unwrap();
        sheet
            .write_string(r, 5, format!("Forms answer {r}"))
            .unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let table = tabular::read_table(&bytes).unwrap();
    let mapping = tabular::suggest(&table.headers, &q());
    assert_eq!(mapping[3], Target::Field(Field::Email));
    assert_eq!(mapping[4], Target::Field(Field::Name));
    assert_eq!(mapping[5], Target::Question("q1".into()));
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q(), "digest", &english);
    assert_eq!(responses.len(), 2, "{problems:?}");
    // "anonymous" is Microsoft's word for nobody: no name, no address.
    assert_eq!(responses[0].respondent.name, "");
    assert_eq!(responses[0].respondent.email, "");
    assert_eq!(responses[0].answer("q1"), "Forms answer 1");
    assert_eq!(
        responses[0].created,
        Timestamp::parse_rfc3339("2017-02-20T08:24:00Z").unwrap(),
        "the completion time"
    );
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn countries_are_read_by_their_names_in_other_languages_too() {
    // As the worker gives them from the browser's names in the six languages.
    let mut how = defaults();
    how.country_names = [
        ("Sénégal", "SN"),
        ("Côte d’Ivoire", "CI"),
        ("Мексика", "MX"),
    ]
    .iter()
    .map(|(n, c)| {
        let country = bpf_survey::core::countries::Country::from_code(c).unwrap();
        (tabular::name_key(n), country)
    })
    .collect();
    let csv = "Pays,q1\nSÉNÉGAL,a\ncôte d'ivoire,b\n  Мексика ,c\nSN,d\nSenegal,e\nAtlantis,f\n";
    let table = tabular::read_table(csv.as_bytes()).unwrap();
    let mapping = vec![Target::Field(Field::Country), Target::Question("q1".into())];
    let (responses, problems) = tabular::responses(&table, &mapping, &how, &q(), "d", &english);
    let codes: Vec<_> = responses
        .iter()
        .map(|r| r.respondent.country.map(|c| c.code()))
        .collect();
    assert_eq!(
        codes,
        [
            Some("SN"),
            Some("CI"),
            Some("MX"),
            Some("SN"),
            Some("SN"),
            None
        ]
    );
    assert_eq!(
        problems,
        vec![RowProblem::NotUnderstood(
            7,
            Field::Country,
            "Atlantis".into()
        )]
    );
}

#[test]
fn times_are_read_as_each_tool_writes_them_in_utc() {
    let read = |column: &[&str]| -> Vec<Option<String>> {
        let mut csv = String::from("Timestamp,q1\n");
        for v in column {
            csv.push_str(&format!("\"{v}\",answer\n"));
        }
        let table = tabular::read_table(csv.as_bytes()).unwrap();
        let mapping = vec![
            Target::Field(Field::Submitted),
            Target::Question("q1".into()),
        ];
        let (responses, problems) =
            tabular::responses(&table, &mapping, &defaults(), &q(), "d", &english);
        let refused: Vec<usize> = problems
            .iter()
            .map(|p| match p {
                RowProblem::NotUnderstood(row, Field::Submitted, _) => *row - 2,
                other => panic!("{other:?}"),
            })
            .collect();
        responses
            .iter()
            .enumerate()
            .map(|(i, r)| (!refused.contains(&i)).then(|| r.created.to_rfc3339()))
            .collect()
    };
    let at = |s: &str| Some(s.to_string());
    // Google Forms (a 12-hour clock and the form's time zone), LimeSurvey, Kobo (an offset
    // stuck to the clock), RFC 3339.
    assert_eq!(
        read(&[
            "2023/03/20 2:05:43 PM GMT+1",
            "2023/03/20 12:05:00 AM GMT-05:00",
            "2017-02-14 10:31:07",
            "2017-02-14T10:31:07.123+01:00",
            "2017-02-14T10:31:07.123Z",
        ]),
        [
            at("2023-03-20T13:05:43.000Z"),
            at("2023-03-20T05:05:00.000Z"),
            at("2017-02-14T10:31:07.000Z"),
            at("2017-02-14T09:31:07.123Z"),
            at("2017-02-14T10:31:07.123Z"),
        ]
    );
    // SurveyMonkey writes the month first; a column with a 20th of the month says which.
    assert_eq!(
        read(&["02/14/2017 10:31:07 AM", "02/03/2017 10:31:07 PM"]),
        [
            at("2017-02-14T10:31:07.000Z"),
            at("2017-02-03T22:31:07.000Z")
        ]
    );
    // Excel's CSV in most of the world writes the day first: the 20th tells, for every row.
    assert_eq!(
        read(&["03/02/2017 10:31", "20/02/2017 09:00", "1/3/17 8:00"]),
        [
            at("2017-02-03T10:31:00.000Z"),
            at("2017-02-20T09:00:00.000Z"),
            at("2017-03-01T08:00:00.000Z")
        ]
    );
    // Not dates: noted, the row kept with the time it was received.
    assert_eq!(
        read(&[
            "yesterday",
            "2017-13-01 10:00",
            "2017-02-14 25:00",
            "2017-02-14 10:00 GMT+99"
        ]),
        [None, None, None, None]
    );
}

/// A question with several choices is written a column per choice by SurveyMonkey (the choice
/// in the second header row, its label in the cell when chosen), LimeSurvey (`Question [Choice]`,
/// `Y` when chosen) and Kobo (`group/question/choice`, 1 or 0, beside the question's own column):
/// every column is mapped to the question and the row's choices are all kept, once each.
#[test]
fn a_choice_question_written_a_column_per_choice_keeps_every_choice() {
    let q = questionnaire::parse(questionnaire::EXAMPLE_2017_JSON).unwrap();
    let text = q
        .questions
        .iter()
        .find(|x| x.id == "sdgs")
        .unwrap()
        .text
        .get("en")
        .to_string();

    // SurveyMonkey, two header rows; an open-ended question beside it.
    let line = |cells: &[&str]| {
        let cells: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
        quoted(&cells, ',') + "\n"
    };
    let (edu, industry, peace) = (
        "4. Quality education",
        "9. Industry, innovation and infrastructure",
        "16. Peace, justice and strong institutions",
    );
    let concerns = "What worries you most?";
    let csv = [
        line(&["Respondent ID", &text, "", "", concerns]),
        line(&["", edu, industry, peace, "Open-Ended Response"]),
        line(&["1", edu, "", peace, "Fraud"]),
        line(&["2", "", industry, "", ""]),
    ]
    .concat();
    let table = tabular::read_table(csv.as_bytes()).unwrap();
    let mapping = tabular::suggest(&table.headers, &q);
    assert_eq!(
        mapping[1..4],
        [
            Target::Question("sdgs".into()),
            Target::Question("sdgs".into()),
            Target::Question("sdgs".into())
        ],
        "{:?}",
        table.headers
    );
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q, "d", &english);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(responses[0].answer("sdgs"), "sdg-4 sdg-16");
    assert_eq!(responses[1].answer("sdgs"), "sdg-9");

    // LimeSurvey: "Question [Choice]", Y when chosen.
    let header = |choice: &str| format!("{text} [{choice}]");
    let csv = [
        line(&[
            "id",
            &header(edu),
            &header("5. Gender equality"),
            &header(industry),
        ]),
        line(&["1", "Y", "", "Y"]),
        line(&["2", "N", "Y", ""]),
    ]
    .concat();
    let table = tabular::read_table(csv.as_bytes()).unwrap();
    let mapping = tabular::suggest(&table.headers, &q);
    assert!(
        mapping[1..]
            .iter()
            .all(|t| *t == Target::Question("sdgs".into())),
        "{mapping:?} {:?}",
        table.headers
    );
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q, "d", &english);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(responses[0].answer("sdgs"), "sdg-4 sdg-9");
    assert_eq!(responses[1].answer("sdgs"), "sdg-5");

    // Kobo: the question's own column and a 1/0 column per choice; each choice once.
    let csv = "group/sdgs,group/sdgs/sdg-4,group/sdgs/sdg-5\nsdg-4,1,0\nsdg-4 sdg-5,1,1\n";
    let table = tabular::read_table(csv.as_bytes()).unwrap();
    let mapping = tabular::suggest(&table.headers, &q);
    assert!(
        mapping
            .iter()
            .all(|t| *t == Target::Question("sdgs".into())),
        "{mapping:?}"
    );
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q, "d", &english);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(responses[0].answer("sdgs"), "sdg-4");
    assert_eq!(responses[1].answer("sdgs"), "sdg-4 sdg-5");
}

#[test]
fn excels_unicode_text_is_a_table_though_it_is_named_txt_and_an_identity_file_is_not() {
    // Excel's "Unicode Text (*.txt)": UTF-16 little-endian with its mark, tabs, CRLF.
    let mut header: Vec<String> = vec!["Country".into(), "Stakeholder group".into()];
    header.extend((0..7).map(|i| question_text(i, "en")));
    let mut row: Vec<String> = vec!["Kenya".into(), "Civil society".into()];
    row.extend((0..7).map(|i| format!("Answer {i}, with a comma — and ünïcode")));
    let text = format!("{}\r\n{}\r\n", header.join("\t"), row.join("\t"));
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert!(tabular::is_table("Responses.txt", &bytes));
    let table = tabular::read_table(&bytes).unwrap();
    assert_eq!(table.headers, header);
    let mapping = tabular::suggest(&table.headers, &q());
    let (responses, problems) =
        tabular::responses(&table, &mapping, &defaults(), &q(), "k", &english);
    assert_eq!((responses.len(), problems), (1, vec![]));
    assert_eq!(
        responses[0].answer("q7"),
        "Answer 6, with a comma — and ünïcode"
    );
    // The same as UTF-8 text with tabs, named .TXT.
    assert!(tabular::is_table("EXPORT.TXT", text.as_bytes()));
    // An identity file, a note and a response file are not tables.
    let identity = "# created: 2026-12-01T10:00:00Z\n# public key: age1xyz\nAGE-SECRET-KEY-1QQQ\n";
    assert!(!tabular::is_table(
        "bpf-survey-identity-2026-12-01.txt",
        identity.as_bytes()
    ));
    assert!(!tabular::is_table("notes.txt", b"see the attached files\n"));
    assert!(!tabular::is_table("one-line.txt", b"a\tb\n"));
    assert!(!tabular::is_table("response.json", text.as_bytes()));
    assert!(tabular::is_table("export.csv", b""));
}

/// An ODS file whose first sheet's rows after a header ("Full name", "q1") are `rows`, as XML.
fn ods(rows: &str) -> Vec<u8> {
    use std::io::Write as _;
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1">
<table:table-row><table:table-cell office:value-type="string"><text:p>Full name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>q1</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>
{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn an_ods_file_is_read_with_its_repeated_cells_and_rows_as_libreoffice_writes_them() {
    // LibreOffice ends each row with its empty columns repeated up to the sheet's last, and the
    // sheet with its empty rows repeated; a value repeated over columns or rows is each cell's.
    let table = tabular::read_table(&ods(concat!(
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>Ana</text:p></table:table-cell>"#,
        r#"<table:table-cell office:value-type="string"><text:p>First line</text:p><text:p>second<text:s text:c="2"/>line</text:p></table:table-cell>"#,
        r#"<table:table-cell table:number-columns-repeated="1022"/></table:table-row>"#,
        r#"<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>Same</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>"#,
        r#"<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#,
    )))
    .unwrap();
    assert_eq!(table.headers, ["Full name", "q1"]);
    assert_eq!(
        table.rows,
        [
            ["Ana", "First line\nsecond  line"],
            ["Same", "Same"],
            ["Same", "Same"]
        ]
    );
}

#[test]
fn a_spreadsheet_that_would_span_too_many_cells_is_refused_before_it_is_laid_out() {
    // A few kilobytes of XLSX naming a cell at XFD1048576: laid out, 17 billion cells (the
    // process aborted on the allocation before).
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Full name").unwrap();
    sheet.write_string(0, 1, "q1").unwrap();
    sheet.write_string(1, 0, "Ana").unwrap();
    sheet.write_string(1048575, 16383, "far").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    assert!(bytes.len() < 10_000, "{} bytes", bytes.len());
    assert_eq!(
        tabular::read_table(&bytes),
        Err(tabular::TableError::TooLarge {
            rows: 1048575,
            columns: 16384
        })
    );
    // Within the rows' and the columns' limits, but 1,000 columns of 100,000 rows.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Full name").unwrap();
    sheet.write_string(100_000, 999, "far").unwrap();
    assert_eq!(
        tabular::read_table(&book.save_to_buffer().unwrap()),
        Err(tabular::TableError::TooManyCells {
            rows: 100_000,
            columns: 1000
        })
    );
    // Under a kilobyte of ODS repeating one value over 16,384 columns of 6,000 rows: 98
    // million cells (48 s and 17 GB before).
    let cell = r#"<table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell>"#;
    assert_eq!(
        tabular::read_table(&ods(&format!(
            r#"<table:table-row table:number-rows-repeated="6000">{cell}</table:table-row>"#
        ))),
        Err(tabular::TableError::TooLarge {
            rows: 6000,
            columns: 16384
        })
    );
    // The same over 1,000 columns of 5,000 rows, and over 1,000 columns in 5,000 rows written
    // out: each row is laid out as it is read.
    let cell = cell.replace("16384", "1000");
    assert_eq!(
        tabular::read_table(&ods(&format!(
            r#"<table:table-row table:number-rows-repeated="5000">{cell}</table:table-row>"#
        ))),
        Err(tabular::TableError::TooManyCells {
            rows: 5000,
            columns: 1000
        })
    );
    let row = format!("<table:table-row>{cell}</table:table-row>");
    assert!(matches!(
        tabular::read_table(&ods(&row.repeat(5000))),
        Err(tabular::TableError::TooManyCells { .. })
    ));
    // Text repeated: one shared string of 32,000 characters (Excel's most) in 400 cells of an
    // XLSX, and a cell of a kilobyte repeated over 1,000 columns of 20 rows of an ODS, each
    // 12.8 or 20 MB laid out against a limit of 10 MB (the real one, 400 MB, is met the same
    // way).
    let long = "a".repeat(32_000);
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "q1").unwrap();
    for row in 1..=400 {
        sheet.write_string(row, 0, &long).unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    assert!(matches!(
        tabular::read_table_within(&bytes, 10 << 20),
        Err(tabular::TableError::Unpacked(n)) if n > 10 << 20
    ));
    let kilobyte = "a".repeat(1024);
    let bytes = ods(&format!(
        r#"<table:table-row table:number-rows-repeated="20"><table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>{kilobyte}</text:p></table:table-cell></table:table-row>"#
    ));
    assert!(matches!(
        tabular::read_table_within(&bytes, 10 << 20),
        Err(tabular::TableError::Unpacked(n)) if n > 10 << 20
    ));
    // Under the limit, both are read.
    assert_eq!(
        tabular::read_table_within(&bytes, 64 << 20)
            .unwrap()
            .rows
            .len(),
        20
    );
    // A space repeated two billion times in one cell (9 s and 3.9 GB before).
    assert!(matches!(
        tabular::read_table(&ods(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row>"#
        )),
        Err(tabular::TableError::Unpacked(_))
    ));
}

#[test]
fn a_csv_past_the_limits_is_counted_not_kept_and_blank_rows_at_its_end_are_not_counted() {
    // 250,000 rows of one letter (half a megabyte): refused, with the rows counted exactly.
    // (Every row was kept before it was refused: a 16 MB CSV of 4,000,000 two-letter rows took
    // 803 MB and 1.45 s natively, now 77 MB and 0.19 s.)
    let mut csv = "q1\n".to_string();
    csv.push_str(&"a\n".repeat(250_000));
    assert_eq!(
        tabular::read_table(csv.as_bytes()),
        Err(tabular::TableError::TooLarge {
            rows: 250_000,
            columns: 1
        })
    );
    // 2,000 columns in one row.
    assert_eq!(
        tabular::read_table(format!("q1\na{}\n", ",a".repeat(1_999)).as_bytes()),
        Err(tabular::TableError::TooLarge {
            rows: 1,
            columns: 2_000
        })
    );
    // 5,000 rows of 1,000 columns: within each limit, not within the cells'.
    let row = format!("a{}\n", ",a".repeat(999));
    assert_eq!(
        tabular::read_table(row.repeat(5_001).as_bytes()),
        Err(tabular::TableError::TooManyCells {
            rows: 5_000,
            columns: 1_000
        })
    );
    // A table at the rows' limit followed by 1,000 blank rows, some with separators: read.
    let mut csv = "q1,q2\n".to_string();
    csv.push_str(&"a,b\n".repeat(tabular::MAX_ROWS));
    csv.push_str(&",,,\n \n".repeat(500));
    let table = tabular::read_table(csv.as_bytes()).unwrap();
    assert_eq!(table.rows.len(), tabular::MAX_ROWS);
    assert_eq!(table.headers, ["q1", "q2"]);
}

#[test]
fn a_sheet_whose_table_starts_below_and_right_of_a1_is_read_from_its_first_cell() {
    // A title row left empty and a margin column, as people lay out a sheet by hand: the
    // table starts at its first cell, as calamine lays a sheet out.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(3, 2, "Full name").unwrap();
    sheet.write_string(3, 3, "q1").unwrap();
    sheet.write_string(4, 2, "Ana").unwrap();
    sheet.write_string(4, 3, "An answer").unwrap();
    let table = tabular::read_table(&book.save_to_buffer().unwrap()).unwrap();
    assert_eq!(table.headers, ["Full name", "q1"]);
    assert_eq!(table.rows, [["Ana", "An answer"]]);
}

#[test]
fn the_cells_of_every_sheet_count_together() {
    // Three sheets of 2,000 rows of 1,000 columns, each within the limits (2,000,000 cells),
    // all laid out together when the workbook is read: 6,000,000.
    let mut book = rust_xlsxwriter::Workbook::new();
    for _ in 0..3 {
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "q1").unwrap();
        sheet.write_string(1999, 999, "far").unwrap();
    }
    assert_eq!(
        tabular::read_table(&book.save_to_buffer().unwrap()),
        Err(tabular::TableError::TooManyCells {
            rows: 1999,
            columns: 1000
        })
    );
    // The same in ODS: a value at the 1,000th column, then 1,998 empty rows and a value.
    let sheet = concat!(
        r#"<table:table-row><table:table-cell table:number-columns-repeated="999"/><table:table-cell office:value-type="string"><text:p>far</text:p></table:table-cell></table:table-row>"#,
        r#"<table:table-row table:number-rows-repeated="1997"><table:table-cell/></table:table-row>"#,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>"#,
    );
    let next = r#"</table:table><table:table table:name="More"><table:table-row><table:table-cell office:value-type="string"><text:p>q1</text:p></table:table-cell></table:table-row>"#;
    assert_eq!(
        tabular::read_table(&ods(&format!("{sheet}{next}{sheet}{next}{sheet}"))),
        Err(tabular::TableError::TooManyCells {
            rows: 1999,
            columns: 1000
        })
    );
    // One such sheet is read.
    assert_eq!(tabular::read_table(&ods(sheet)).unwrap().rows.len(), 1999);
}
