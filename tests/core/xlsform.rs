//! XLSForm in and out: a questionnaire survives the round trip unchanged (its hash too), and
//! what a KoboToolbox form holds that a questionnaire cannot is named, not dropped silently.

use bpf_survey::core::questionnaire::{self, ProfileField, QuestionKind};
use bpf_survey::core::tabular::{self, TableError};
use bpf_survey::core::xlsform::{self, Left, XlsFormError};
use rust_xlsxwriter::Workbook;

const EXAMPLE_2017: &str =
    include_str!("../../src/core/questionnaires/igf-bpf-cybersecurity-2017-example.json");

/// A questionnaire with what the built-in ones lack: limits that are not the defaults, a
/// French-only title, some profile fields only, texts in two languages.
const SMALL: &str = r#"{
    "format_version": 2, "id": "nri-2026", "version": 3,
    "title": {"fr": "Notre consultation"},
    "intro": [{"en": "Welcome.", "fr": "Bienvenue."}],
    "profile": ["country", "group"],
    "questions": [
        {"id": "concerns", "type": "long-text", "text": {"en": "What concerns you?", "fr": "Qu’est-ce qui vous préoccupe ?"}, "max_length": 5000},
        {"id": "practice", "type": "short-text", "text": {"en": "One practice?"}, "hint": {"fr": "Une ligne."}, "max_length": 200},
        {"id": "meet", "type": "one-choice", "text": {"en": "Meet?"},
         "choices": [{"id": "yes", "label": {"en": "Yes", "fr": "Oui"}}, {"id": "no", "label": {"en": "No", "fr": "Non"}}]},
        {"id": "sdgs", "type": "several-choices", "text": {"en": "Which goals?"}, "max_choices": 2,
         "choices": [{"id": "sdg-4", "label": {"en": "4"}}, {"id": "sdg-9", "label": {"en": "9"}}, {"id": "sdg-16", "label": {"en": "16"}}]}
    ]
}"#;

#[test]
fn a_questionnaire_goes_to_xlsform_and_back_unchanged() {
    for original in [
        questionnaire::builtin(),
        questionnaire::parse(EXAMPLE_2017).unwrap(),
        questionnaire::parse(SMALL).unwrap(),
    ] {
        let bytes = xlsform::export(&original).unwrap();
        let back = xlsform::import(&bytes).unwrap();
        assert_eq!(back.left, [], "{}", original.id);
        assert_eq!(back.questionnaire, original, "{}", original.id);
        assert_eq!(back.questionnaire.hash, original.hash);
        // And again: the same workbook.
        assert!(xlsform::export(&back.questionnaire).unwrap() == bytes);
    }
}

#[test]
fn the_same_questionnaire_gives_the_same_workbook_a_second_later() {
    let q = questionnaire::builtin();
    let first = xlsform::export(&q).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(xlsform::export(&q).unwrap() == first);
}

/// A form as a KoboToolbox user writes it, with what a questionnaire cannot hold.
fn kobo_form() -> Vec<u8> {
    let mut book = Workbook::new();
    let survey = book.add_worksheet().set_name("survey").unwrap();
    let rows: &[&[&str]] = &[
        &[
            "type",
            "name",
            "label::English (en)",
            "label::Français (fr)",
            "label::Deutsch (de)",
            "hint::English (en)",
            "required",
            "relevant",
            "appearance",
            "constraint",
        ],
        &["start", "start", "", "", "", "", "", "", "", ""],
        &[
            "note",
            "welcome",
            "Thank you for taking part.",
            "Merci de participer.",
            "Danke.",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "begin_group",
            "g1",
            "Your views",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "text",
            "concerns",
            "What concerns you most?",
            "Qu’est-ce qui vous préoccupe ?",
            "",
            "Say why.",
            "yes",
            "",
            "multiline",
            "",
        ],
        &[
            "select_one yn",
            "meet",
            "Would you meet?",
            "Voulez-vous participer ?",
            "",
            "",
            "no",
            "",
            "",
            "",
        ],
        &[
            "integer",
            "staff",
            "How many staff?",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "geopoint",
            "where",
            "Where are you?",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "select_multiple topics",
            "topics",
            "Which topics?",
            "",
            "",
            "",
            "",
            "${meet} = 'yes'",
            "",
            "count-selected(.) <= 2",
        ],
        &[
            "text",
            "contact.name",
            "Your name",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "note",
            "thanks",
            "Thanks again.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "text",
            "one",
            "One line",
            "",
            "",
            "",
            "",
            "",
            "",
            "regex(., '^[a-z]+$')",
        ],
        &["end_group", "", "", "", "", "", "", "", "", ""],
        &["calculate", "score", "", "", "", "", "", "", "", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                survey.write_string(r as u32, c as u16, *v).unwrap();
            }
        }
    }
    let choices = book.add_worksheet().set_name("choices").unwrap();
    let rows: &[&[&str]] = &[
        &[
            "list_name",
            "name",
            "label::English (en)",
            "label::Français (fr)",
        ],
        &["yn", "yes", "Yes", "Oui"],
        &["yn", "no", "No", "Non"],
        &["topics", "crime", "Cybercrime", ""],
        &["topics", "cert", "CERTs", ""],
        &["topics", "kids", "Children online", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                choices.write_string(r as u32, c as u16, *v).unwrap();
            }
        }
    }
    let settings = book.add_worksheet().set_name("settings").unwrap();
    for (c, (k, v)) in [
        ("form_title", "Kobo consultation"),
        ("form_id", "kobo_consult"),
        ("version", "v3"),
        ("default_language", "English (en)"),
    ]
    .iter()
    .enumerate()
    {
        settings.write_string(0, c as u16, *k).unwrap();
        settings.write_string(1, c as u16, *v).unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_kobo_form_is_read_and_what_it_cannot_hold_is_named() {
    let imported = xlsform::import(&kobo_form()).unwrap();
    let q = &imported.questionnaire;
    assert_eq!((q.id.as_str(), q.version), ("kobo_consult", 1));
    assert_eq!(q.title.get("en"), "Kobo consultation");
    // The note before the first question is the introduction, in both languages.
    assert_eq!(q.intro.len(), 1);
    assert_eq!(q.intro[0].get("fr"), "Merci de participer.");
    assert_eq!(
        q.questions
            .iter()
            .map(|x| (x.id.as_str(), x.kind.key()))
            .collect::<Vec<_>>(),
        [
            ("concerns", "long-text"),
            ("meet", "one-choice"),
            ("topics", "several-choices"),
            ("one", "short-text")
        ]
    );
    assert_eq!(q.questions[0].hint.as_ref().unwrap().get("en"), "Say why.");
    assert_eq!(q.questions[1].kind.choices()[0].label.get("fr"), "Oui");
    assert!(matches!(
        q.questions[2].kind,
        QuestionKind::SeveralChoices {
            max_choices: Some(2),
            ..
        }
    ));
    assert_eq!(q.profile, ProfileField::ALL);
    let said: Vec<String> = imported.left.iter().map(ToString::to_string).collect();
    assert_eq!(
        imported.left,
        [
            Left::Language {
                column: "label::Deutsch (de)".into()
            },
            Left::Type {
                row: 2,
                name: "start".into(),
                kind: "start".into()
            },
            Left::Group {
                row: 4,
                kind: "begin_group".into()
            },
            Left::Column {
                row: 5,
                name: "concerns".into(),
                column: "required".into()
            },
            Left::Type {
                row: 7,
                name: "staff".into(),
                kind: "integer".into()
            },
            Left::Type {
                row: 8,
                name: "where".into(),
                kind: "geopoint".into()
            },
            Left::Column {
                row: 9,
                name: "topics".into(),
                column: "relevant".into()
            },
            Left::Name {
                sheet: "survey".into(),
                row: 10,
                name: "contact.name".into()
            },
            Left::Note {
                row: 11,
                name: "thanks".into()
            },
            Left::Column {
                row: 12,
                name: "one".into(),
                column: "constraint".into()
            },
            Left::Type {
                row: 14,
                name: "score".into(),
                kind: "calculate".into()
            },
            Left::Version("v3".into()),
        ],
        "{said:#?}"
    );
    assert!(said[1].contains("“start” is not one the form has"));
}

#[test]
fn what_is_not_an_xlsform_is_refused_with_a_reason() {
    assert!(matches!(
        xlsform::import(b"type,name\ntext,a\n"),
        Err(XlsFormError::Table(TableError::Spreadsheet(_)))
    ));
    // Microsoft's compound files: a workbook from before 2007, and one under a password, named
    // as the table reader names them (the editor showed the reader's English before).
    let mut cfb = tabular::COMPOUND_FILE.to_vec();
    cfb.extend([0; 504]);
    cfb.extend("Workbook".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        xlsform::import(&cfb).unwrap_err(),
        XlsFormError::Table(TableError::OldWorkbook)
    );
    cfb.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        xlsform::import(&cfb).unwrap_err(),
        XlsFormError::Table(TableError::Protected)
    );
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("responses")
        .unwrap()
        .write_string(0, 0, "x")
        .unwrap();
    assert_eq!(
        xlsform::import(&book.save_to_buffer().unwrap()).unwrap_err(),
        XlsFormError::NoSurvey
    );
    let mut book = Workbook::new();
    let survey = book.add_worksheet().set_name("survey").unwrap();
    for (c, v) in ["type", "name", "label"].iter().enumerate() {
        survey.write_string(0, c as u16, *v).unwrap();
    }
    for (c, v) in ["select_one missing", "q", "Q?"].iter().enumerate() {
        survey.write_string(1, c as u16, *v).unwrap();
    }
    assert_eq!(
        xlsform::import(&book.save_to_buffer().unwrap()).unwrap_err(),
        XlsFormError::NoList {
            row: 2,
            list: "missing".into()
        }
    );
    // A hostile label is refused by the questionnaire's own rules.
    let mut book = Workbook::new();
    let survey = book.add_worksheet().set_name("survey").unwrap();
    for (c, v) in ["type", "name", "label"].iter().enumerate() {
        survey.write_string(0, c as u16, *v).unwrap();
    }
    for (c, v) in ["text", "q", "<script>alert(1)</script>"]
        .iter()
        .enumerate()
    {
        survey.write_string(1, c as u16, *v).unwrap();
    }
    assert!(matches!(
        xlsform::import(&book.save_to_buffer().unwrap()),
        Err(XlsFormError::Questionnaire(e)) if e.to_string().contains("markup")
    ));
}

/// Writes `tests/fixtures/xlsform/kobo-form.xlsx`, the workbook the editor's end-to-end test
/// opens (`cargo test --test core write_the_kobo_fixture -- --ignored`).
#[test]
#[ignore]
fn write_the_kobo_fixture() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xlsform");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("kobo-form.xlsx"), kobo_form()).unwrap();
}
