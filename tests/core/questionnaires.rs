//! Responses to questionnaires other than the built-in one: files name the questionnaire's hash (format version 2) and version 1 files still load; a set holds one questionnaire's responses, never another's or another edition's; choice questions are counted with breakdowns, in the page's synthesis and in Part II; the worker and its helper take the workspace's questionnaire; a workspace file carries it.

use bpf_survey::core::countries::Country;
use bpf_survey::core::export::{self, DocumentInfo, Words};
use bpf_survey::core::format::{self, FormatError};
use bpf_survey::core::import::{Importer, Limits, Rejection};
use bpf_survey::core::questionnaire::{self, EXAMPLE_2017_JSON, Questionnaire};
use bpf_survey::core::response::{
    Publication, Response, ResponseId, Source, StakeholderGroup, Status,
};
use bpf_survey::core::synthesis::{self, Analyzer, Filter, NOT_LISTED};
use bpf_survey::core::workspace_file::{self, Kept, WorkspaceFileError};
use bpf_survey::i18n;
use bpf_survey::secretariat::helper_protocol::Mirror;
use bpf_survey::secretariat::protocol::{IncomingFile, Reply};
use bpf_survey::secretariat::session::helper::HelperSession;
use bpf_survey::secretariat::session::{Alone, Session};
use futures::executor::block_on;

use crate::fixtures::{T0, assert_valid, read, sample, schema};

fn example() -> Questionnaire {
    questionnaire::parse(EXAMPLE_2017_JSON).unwrap()
}

/// A finished response to `q`, numbered `n`, from `group`, with `answers`.
fn response(
    q: &Questionnaire,
    n: u8,
    group: StakeholderGroup,
    answers: &[(&str, &str)],
) -> Response {
    let mut r = Response::new(
        ResponseId::from_random_bytes([n; 16]),
        q.reference(),
        T0,
        "en",
        Source::default(),
    );
    r.status = Status::Finished;
    r.respondent.name = format!("Person {n}");
    r.respondent.stakeholder_group = Some(group);
    r.respondent.country = Country::from_code(if n.is_multiple_of(2) { "KE" } else { "BR" });
    r.publication = Some(Publication::Named);
    for (q, a) in answers {
        r.set_answer(q, (*a).to_string());
    }
    r
}

fn value(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn a_response_names_its_questionnaires_hash_in_format_version_2() {
    let q = example();
    let r = response(&q, 1, StakeholderGroup::Government, &[("sdgs", "sdg-4")]);
    let text = format::write_response(&r, T0, "t");
    let v = value(&text);
    assert_eq!(v["format_version"], 2);
    assert_eq!(v["questionnaire"]["hash"], q.hash.as_str());
    assert_eq!(format::read_response(text.as_bytes()).unwrap().response, r);
    assert_valid(&text);
    // The schema says what the reader says: no hash in version 2, or one in version 1, is wrong.
    let mut no_hash = v.clone();
    no_hash["questionnaire"]
        .as_object_mut()
        .unwrap()
        .remove("hash");
    assert!(!schema().is_valid(&no_hash));
    let mut v1_with_hash = v.clone();
    v1_with_hash["format_version"] = 1.into();
    assert!(!schema().is_valid(&v1_with_hash));
    let bundle = value(&format::write_bundle(std::slice::from_ref(&r), T0, "t"));
    assert_eq!(bundle["format_version"], 2);
    assert_eq!(
        bundle["responses"][0]["questionnaire"]["hash"],
        q.hash.as_str()
    );
    assert_valid(&bundle.to_string());
}

#[test]
fn version_1_files_still_load_and_are_written_again_as_version_1() {
    let read_back = format::read_response(&read("format/response-v1.json")).unwrap();
    assert_eq!(read_back.response.questionnaire.hash, "");
    let again = value(&format::write_response(&read_back.response, T0, "t"));
    assert_eq!(again["format_version"], 1);
    assert!(again["questionnaire"].get("hash").is_none());
    // And a set for the built-in questionnaire, which knows its hash, takes them.
    let mut set = Importer::new(questionnaire::builtin().reference(), Limits::default());
    set.add("v1.json", &read("format/response-v1.json"));
    set.add("bundle-v1.json", &read("format/bundle-v1.json"));
    assert!(
        set.report().iter().all(|f| f.rejected.is_empty()),
        "{:?}",
        set.report()
    );
    assert!(!set.responses().is_empty());
}

/// A response file changed by `change` and sealed again (its integrity recomputed), so only
/// the change is judged.
fn resealed(r: &Response, change: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let mut v = value(&format::write_response(r, T0, "t"));
    change(&mut v);
    v.as_object_mut().unwrap().remove("integrity");
    let digest = format::canonical_digest(&v).unwrap();
    v["integrity"] = serde_json::json!({
        "algorithm": "sha-256", "canonicalization": "rfc8785", "digest": digest
    });
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn a_hash_missing_from_version_2_or_present_in_version_1_is_refused_by_name() {
    let q = example();
    let r = response(&q, 2, StakeholderGroup::Academia, &[]);
    let field = |bytes: &[u8]| match format::read(bytes) {
        Err(FormatError::Invalid { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    let no_hash = resealed(&r, |v| {
        v["questionnaire"].as_object_mut().unwrap().remove("hash");
    });
    assert_eq!(field(&no_hash), "questionnaire.hash");
    let v1_with_hash = resealed(&r, |v| v["format_version"] = 1.into());
    assert_eq!(field(&v1_with_hash), "questionnaire.hash");
    let not_hex = resealed(&r, |v| v["questionnaire"]["hash"] = "<script>".into());
    assert_eq!(field(&not_hex), "questionnaire.hash");
}

#[test]
fn a_set_takes_its_questionnaires_responses_only_never_another_edition() {
    let q = example();
    let mut set = Importer::new(q.reference(), Limits::default());
    let mine = response(&q, 3, StakeholderGroup::CivilSociety, &[("sdgs", "sdg-5")]);
    set.add(
        "mine.json",
        format::write_response(&mine, T0, "t").as_bytes(),
    );
    // The same id and version, other questions: an edited copy of the questionnaire.
    let mut edited = response(&q, 4, StakeholderGroup::CivilSociety, &[("sdgs", "sdg-5")]);
    edited.questionnaire.hash = "0".repeat(64);
    set.add(
        "edited.json",
        format::write_response(&edited, T0, "t").as_bytes(),
    );
    // The 2016 questionnaire.
    set.add(
        "2016.json",
        format::write_response(&sample(5), T0, "t").as_bytes(),
    );
    let report = set.report();
    let reason = |name: &str| {
        report
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| f.rejected.first())
            .map(|r| r.reason.clone())
    };
    assert_eq!(reason("mine.json"), None);
    assert!(
        matches!(reason("edited.json"), Some(Rejection::OtherEdition { id, version: 1 }) if id == q.id)
    );
    assert!(matches!(
        reason("2016.json"),
        Some(Rejection::DifferentQuestionnaire { id, .. }) if id == "igf-bpf-cybersecurity-2016"
    ));
    assert_eq!(set.responses().len(), 1);
}

/// Responses to the 2017 example: who chose which goals and processes.
fn chosen(q: &Questionnaire) -> Vec<Response> {
    use StakeholderGroup::*;
    vec![
        response(
            q,
            10,
            Government,
            &[
                ("sdgs", "sdg-4 sdg-9"),
                ("nri-meeting", "yes"),
                (
                    "nri-concerns",
                    "Phishing of small businesses and weak incident reporting across the region.",
                ),
            ],
        ),
        response(
            q,
            11,
            Government,
            &[("sdgs", "sdg-4"), ("nri-meeting", "no")],
        ),
        response(
            q,
            12,
            CivilSociety,
            &[("sdgs", "sdg-9 sdg-4 sdg-4"), ("nri-meeting", "yes")],
        ),
        response(
            q,
            13,
            PrivateSector,
            &[("sdgs", "sdg-99"), ("processes", "gfce")],
        ),
        response(
            q,
            14,
            Academia,
            &[(
                "nri-concerns",
                "Capacity building for CERTs and research networks matters most.",
            )],
        ),
    ]
}

#[test]
fn choice_questions_are_counted_with_who_chose_what_and_never_read_as_words() {
    let q = example();
    let responses = chosen(&q);
    let s = synthesis::synthesize(
        &responses,
        &q,
        &Filter::default(),
        &Analyzer::new(),
        &mut |_| {},
    );
    let sdgs = s.questions.iter().find(|x| x.id == "sdgs").unwrap();
    assert_eq!(sdgs.kind, "several-choices");
    assert_eq!(sdgs.answered, 4);
    let count = |key: &str| sdgs.choices.iter().find(|c| c.key == key).map(|c| c.count);
    // A choice given twice in one answer counts once; an unknown one is counted, unnamed.
    assert_eq!(count("sdg-4"), Some(3));
    assert_eq!(count("sdg-9"), Some(2));
    assert_eq!(count("sdg-1"), Some(0));
    assert_eq!(count(NOT_LISTED), Some(1));
    assert_eq!(
        sdgs.choices.len(),
        18,
        "every choice in order, then those not listed"
    );
    assert_eq!(sdgs.choices[0].key, "sdg-1");
    let four = sdgs.choices.iter().find(|c| c.key == "sdg-4").unwrap();
    let governments = four
        .breakdowns
        .group
        .iter()
        .find(|g| g.key == "government")
        .unwrap();
    assert_eq!(governments.count, 2);
    assert!(sdgs.themes.is_empty() && sdgs.terms.is_empty() && sdgs.duplicates.is_empty());
    let meeting = s.questions.iter().find(|x| x.id == "nri-meeting").unwrap();
    assert_eq!(meeting.kind, "one-choice");
    assert_eq!(
        meeting
            .choices
            .iter()
            .map(|c| (c.key.as_str(), c.count))
            .collect::<Vec<_>>(),
        [("yes", 2), ("maybe", 0), ("no", 1)]
    );
    // Choice ids never become words of the text questions' key terms.
    let terms: Vec<&str> = s
        .questions
        .iter()
        .flat_map(|x| &x.terms)
        .flat_map(|l| &l.terms)
        .map(|t| t.text.as_str())
        .collect();
    assert!(
        terms
            .iter()
            .all(|t| !t.contains("sdg") && !t.contains("gfce")),
        "{terms:?}"
    );
    let concerns = s.questions.iter().find(|x| x.id == "nri-concerns").unwrap();
    assert!(concerns.choices.is_empty());
    assert_eq!(concerns.answered, 2);
}

#[test]
fn part_two_counts_the_choices_with_their_labels_in_the_documents_language() {
    i18n::install_built().unwrap();
    let q = example();
    let s = synthesis::synthesize(
        &chosen(&q),
        &q,
        &Filter::default(),
        &Analyzer::new(),
        &mut |_| {},
    );
    let filter = Filter::default();
    for tag in ["en", "fr", "ar"] {
        let words = Words::new(tag, |_, _, _| None);
        let info = DocumentInfo {
            questionnaire: &q,
            data_as_of: None,
            filter: &filter,
            words: &words,
        };
        let md = export::markdown(&s, &info);
        let html = export::html(&s, &info);
        let label = |id: &str| {
            let question = q.questions.iter().find(|x| x.id == "sdgs").unwrap();
            let choice = question.kind.choices().iter().find(|c| c.id == id).unwrap();
            choice.label.get(tag).to_string()
        };
        let four = export::md(&label("sdg-4"));
        assert!(md.contains(&four), "{tag}: {md}");
        assert!(
            html.contains(&export::html_escape(&label("sdg-9"))),
            "{tag}"
        );
        // No choice id reaches the document as if it were a label.
        assert!(!md.contains("sdg-99") && !md.contains("**sdg-4"), "{tag}");
    }
    let words = Words::english();
    let info = DocumentInfo {
        questionnaire: &q,
        data_as_of: None,
        filter: &filter,
        words: &words,
    };
    let md = export::markdown(&s, &info);
    assert!(
        md.contains("Respondents could choose more than one answer"),
        "{md}"
    );
    assert!(md.contains("Not one of the choices"), "{md}");
    let line = md
        .lines()
        .find(|l| l.starts_with("- ") && l.contains(&label_en(&q, "sdg-4")))
        .unwrap();
    assert!(
        line.ends_with("3 answers \\(Government 2, Civil society 1\\)"),
        "{line}"
    );
    // Choices nobody chose are in the table, not listed one by one.
    assert!(!md.contains("0 answers"), "{md}");
}

fn label_en(q: &Questionnaire, id: &str) -> String {
    q.questions
        .iter()
        .flat_map(|x| x.kind.choices())
        .find(|c| c.id == id)
        .unwrap()
        .label
        .get("en")
        .to_string()
}

fn clock() -> f64 {
    1_893_456_000_000.0
}

fn incoming(name: &str, bytes: Vec<u8>) -> IncomingFile {
    IncomingFile {
        name: name.into(),
        size: bytes.len(),
        bytes,
        index: 1,
        total: 1,
    }
}

#[test]
fn the_worker_and_its_helper_take_the_workspaces_questionnaire() {
    let q = example();
    let mut session: Session<Alone> = Session::new(questionnaire::builtin(), clock);
    assert!(matches!(
        session.questionnaire(EXAMPLE_2017_JSON),
        Reply::Report(_)
    ));
    for (i, r) in chosen(&q).iter().enumerate() {
        let bytes = format::write_response(r, T0, "t").into_bytes();
        block_on(session.add_file(incoming(&format!("r{i}.json"), bytes)));
    }
    let bytes = format::write_response(&sample(6), T0, "t").into_bytes();
    block_on(session.add_file(incoming("2016.json", bytes)));
    assert_eq!(session.importer().responses().len(), 5);
    let Some(Reply::Synthesis(s, _)) =
        block_on(session.synthesize(Filter::default(), async |_| true))
    else {
        panic!("no synthesis");
    };
    assert_eq!(s.questions.len(), q.questions.len());
    assert!(s.questions.iter().any(|x| !x.choices.is_empty()));
    // A file that is not a questionnaire changes nothing.
    assert!(matches!(session.questionnaire("<html>"), Reply::Failed(_)));
    assert_eq!(session.importer().responses().len(), 5);

    let mut helper = HelperSession::new(questionnaire::builtin());
    helper.mirror(Mirror::Questionnaire(EXAMPLE_2017_JSON.to_string()));
    let copies: Vec<_> = session.importer().kept_copies().collect();
    helper.mirror(Mirror::CatchUp(copies));
    assert_eq!(helper.importer().responses().len(), 5);
}

#[test]
fn a_workspace_file_carries_its_questionnaire_and_refuses_a_hostile_one() {
    let q = example();
    let kept = workspace_file::questionnaire_kept(&q);
    assert!(kept.is_some());
    assert_eq!(
        workspace_file::questionnaire_kept(&questionnaire::builtin()),
        None
    );
    let bytes = b"{}".to_vec();
    let write = |questionnaire: Option<&str>| {
        workspace_file::write(
            "2017",
            &Filter::default(),
            &Default::default(),
            [Kept {
                name: "a.json",
                size: 2,
                bytes: &bytes,
            }],
            questionnaire,
            T0,
            "t",
        )
    };
    let text = write(kept.as_deref());
    let schema: serde_json::Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/workspace-format.schema.json"
    )))
    .unwrap();
    let validator = jsonschema::options().build(&schema).unwrap();
    assert!(validator.is_valid(&value(&text)));
    let read_back = workspace_file::read(text.as_bytes()).unwrap();
    assert_eq!(
        workspace_file::questionnaire_of(&read_back).unwrap().hash,
        q.hash
    );
    let none = workspace_file::read(write(None).as_bytes()).unwrap();
    assert_eq!(
        workspace_file::questionnaire_of(&none).unwrap().hash,
        questionnaire::builtin().hash
    );
    let hostile = kept
        .unwrap()
        .replace("Sustainable Development Goals", "<script>alert(1)</script>");
    assert!(matches!(
        workspace_file::read(write(Some(&hostile)).as_bytes()),
        Err(WorkspaceFileError::NotAWorkspace(why)) if why.contains("questionnaire")
    ));
}

/// `q` as the code of `core::builtin_questionnaire`.
fn as_code(q: &Questionnaire) -> String {
    // The texts go in one table, read by index: far less code than building each in place.
    let texts = std::cell::RefCell::new(Vec::<String>::new());
    let text = |l: &questionnaire::Localized| {
        let pairs: Vec<String> = l
            .languages()
            .map(|k| format!("({k:?}, {:?})", l.exactly(k).unwrap_or_default()))
            .collect();
        let mut texts = texts.borrow_mut();
        texts.push(format!("    &[{}],\n", pairs.join(", ")));
        format!("text({})", texts.len() - 1)
    };
    let mut out = String::from("    Questionnaire {\n");
    out += &format!(
        "        id: {:?}.into(),\n        version: {},\n        example: {},\n        title: {},\n",
        q.id,
        q.version,
        q.example,
        text(&q.title)
    );
    out += "        intro: vec![\n";
    for p in &q.intro {
        out += &format!("            {},\n", text(p));
    }
    out += "        ],\n        profile: vec![\n";
    for f in &q.profile {
        out += &format!("            ProfileField::{f:?},\n");
    }
    out += "        ],\n        questions: vec![\n";
    for question in &q.questions {
        let questionnaire::QuestionKind::LongText { max_length } = question.kind else {
            panic!("the built-in questionnaire's questions are long texts");
        };
        let hint = match &question.hint {
            Some(h) => format!("Some({})", text(h)),
            None => "None".to_string(),
        };
        out += &format!(
            "            Question {{\n                id: {:?}.into(),\n                text: {},\n                hint: {hint},\n                kind: QuestionKind::LongText {{ max_length: {max_length} }},\n            }},\n",
            question.id,
            text(&question.text)
        );
    }
    out += &format!(
        "        ],\n        hash: {:?}.into(),\n    }}\n}}\n",
        q.hash
    );
    format!(
        "//! The built-in questionnaire (`questionnaires/igf-bpf-cybersecurity-2016.json`) as code, so the form needs no reader for it. Written by `UPDATE_BUILTIN=1 cargo test --test core the_built_in_questionnaire_is_its_file`; do not edit.\n\n\
         use super::questionnaire::{{Localized, ProfileField, Question, QuestionKind, Questionnaire}};\n\n\
         /// Every text of the questionnaire, by language tag.\n\
         static TEXTS: &[&[(&str, &str)]] = &[\n{}];\n\n\
         fn text(i: usize) -> Localized {{\n    Localized::new(TEXTS[i].iter().copied())\n}}\n\n\
         /// The questionnaire, exactly as `questionnaire::parse` reads its file.\n\
         pub(super) fn questionnaire() -> Questionnaire {{\n{out}",
        texts.borrow().concat()
    )
}

#[test]
fn the_built_in_questionnaire_is_its_file() {
    let read = questionnaire::parse(include_str!(
        "../../src/core/questionnaires/igf-bpf-cybersecurity-2016.json"
    ))
    .expect("the built-in questionnaire is valid");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/core/builtin_questionnaire.rs"
    );
    if std::env::var_os("UPDATE_BUILTIN").is_some() {
        std::fs::write(path, as_code(&read)).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        as_code(&read),
        "src/core/builtin_questionnaire.rs is not the file's code: run UPDATE_BUILTIN=1 cargo test --test core the_built_in_questionnaire_is_its_file"
    );
    assert_eq!(questionnaire::builtin(), read);
}

/// Every rule a questionnaire can break is said in each of the six languages, with the file's
/// identifiers as written: the editor shows it live as people type, and a French NRI read
/// "il enfreint une règle des questionnaires (question q1 has no text)".
#[test]
fn every_broken_rule_is_said_in_the_readers_language() {
    use bpf_survey::core::questionnaire::{Place, QuestionnaireError, Rule};
    let q = || Place::Question("q1".into());
    let rules = [
        Rule::Id("bad id".into()),
        Rule::NoQuestions,
        Rule::TooManyQuestions(101),
        Rule::TooManyParagraphs(11),
        Rule::QuestionId("q 1".into()),
        Rule::QuestionIdTwice("q1".into()),
        Rule::ProfileUnknown("age".into()),
        Rule::ProfileTwice("country".into()),
        Rule::MaxLength(q(), 0),
        Rule::NotFor {
            place: q(),
            kind: "long-text".into(),
            field: "choices".into(),
        },
        Rule::MaxChoices {
            place: q(),
            n: 5,
            of: 3,
        },
        Rule::Kind(q(), "geopoint".into()),
        Rule::TooFewChoices(q()),
        Rule::TooManyChoices(q(), 51),
        Rule::ChoiceId(q(), "c 1".into()),
        Rule::ChoiceIdTwice(q(), "c1".into()),
        Rule::Language(Place::Title, "tlh".into()),
        Rule::TooLong {
            place: Place::Hint("q1".into()),
            language: "fr".into(),
            length: 2001,
            max: 2000,
        },
        Rule::Markup(Place::Intro, "ar".into()),
        Rule::Control(
            Place::Choice {
                question: "q1".into(),
                choice: "c1".into(),
            },
            "zh".into(),
        ),
        Rule::NoText(q()),
        Rule::Version("two".into()),
    ];
    i18n::install_built().unwrap();
    let english = i18n::Messages::new("en").without_isolation();
    for tag in ["ar", "en", "es", "fr", "ru", "zh"] {
        let m = i18n::Messages::new(tag).without_isolation();
        for rule in &rules {
            let said = bpf_survey::ui::errors::questionnaire(
                &m,
                &QuestionnaireError::Invalid(rule.clone()),
            );
            assert!(!said.contains("questionnaire-"), "{tag}: {said}");
            let english_said = bpf_survey::ui::errors::questionnaire(
                &english,
                &QuestionnaireError::Invalid(rule.clone()),
            );
            if tag != "en" {
                assert_ne!(said, english_said, "{tag}: {rule:?} is said in English");
            }
            // The identifiers as the file writes them.
            let name = match rule {
                Rule::Id(s) | Rule::QuestionId(s) | Rule::QuestionIdTwice(s) => s.as_str(),
                Rule::ProfileUnknown(s) | Rule::ProfileTwice(s) | Rule::Version(s) => s,
                Rule::Kind(_, s) | Rule::ChoiceId(_, s) | Rule::ChoiceIdTwice(_, s) => s,
                Rule::Language(_, s) | Rule::Markup(_, s) | Rule::Control(_, s) => s,
                Rule::TooLong { language, .. } => language,
                _ => "",
            };
            assert!(said.contains(name), "{tag}: {said} lacks {name}");
        }
    }
    // The English a command line or a log shows is the same as before.
    assert_eq!(
        Rule::TooFewChoices(q()).to_string(),
        "question q1 needs at least two choices"
    );
}
