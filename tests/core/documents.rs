//! Documents sent with a response: carried by format version 2 (never version 1), their links only ever `http(s)`, checked before a response is finished, cited in Part II the way the seed's outline does for named contributors and NRIs only, never published for anyone who chose anonymity.

use bpf_survey::core::export::{self, DocumentInfo, ExportKind, Words};
use bpf_survey::core::format::{self, FormatError};
use bpf_survey::core::questionnaire;
use bpf_survey::core::response::{Capacity, Document, Publication, Response};
use bpf_survey::core::synthesis::{self, Analyzer, Filter};
use bpf_survey::core::validate::{self, Field, Problem};

use crate::fixtures::{T0, assert_valid, sample, schema};

/// The fixtures' named response, answering the built-in questionnaire (with its hash), with
/// `documents`.
fn with(seed: u8, documents: &[(&str, &str)]) -> Response {
    let mut r = sample(seed);
    r.questionnaire = questionnaire::builtin().reference();
    r.documents = documents
        .iter()
        .map(|(title, link)| Document {
            title: (*title).into(),
            link: (*link).into(),
            description: "A one-line summary.".into(),
        })
        .collect();
    r
}

#[test]
fn documents_travel_in_version_2_files_and_never_in_version_1() {
    let r = with(
        1,
        &[(
            "Cybersecurity Competence Building Trends",
            "https://www.diplomacy.edu/cbt",
        )],
    );
    let text = format::write_response(&r, T0, "t");
    assert_valid(&text);
    assert_eq!(format::read_response(text.as_bytes()).unwrap().response, r);
    // A response with no hash (read from version 1) is written as version 1, without them.
    let mut old = r.clone();
    old.questionnaire.hash.clear();
    let v1: serde_json::Value =
        serde_json::from_str(&format::write_response(&old, T0, "t")).unwrap();
    assert_eq!(v1["format_version"], 1);
    assert!(v1.get("documents").is_none());
    // None at all: the member is absent.
    let none: serde_json::Value =
        serde_json::from_str(&format::write_response(&with(2, &[]), T0, "t")).unwrap();
    assert!(none.get("documents").is_none());
}

/// `text` with its integrity sealed again after `change`.
fn changed(text: &str, change: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    change(&mut v);
    v.as_object_mut().unwrap().remove("integrity");
    let digest = format::canonical_digest(&v).unwrap();
    v["integrity"] = serde_json::json!({"algorithm": "sha-256", "canonicalization": "rfc8785", "digest": digest});
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn a_link_that_is_not_http_or_a_document_in_version_1_is_refused_by_name() {
    let text = format::write_response(
        &with(3, &[("Brief", "https://example.org/brief.pdf")]),
        T0,
        "t",
    );
    let field = |bytes: Vec<u8>| match format::read(&bytes) {
        Err(FormatError::Invalid { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    for hostile in [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://a.org/\" onclick=\"x",
    ] {
        let bytes = changed(&text, |v| v["documents"][0]["link"] = hostile.into());
        assert_eq!(field(bytes), "documents[0].link", "{hostile}");
    }
    // The schema says the same of a link that hides a direction override.
    let mut disguised: serde_json::Value = serde_json::from_str(&text).unwrap();
    disguised["documents"][0]["link"] = "https://bank.example/\u{202e}fdp.exe".into();
    assert!(!schema().is_valid(&disguised));
    let bytes = changed(&text, |v| {
        v["documents"][0]["link"] = "https://a.org/\u{202e}x".into()
    });
    assert_eq!(field(bytes), "documents[0].link");
    let v1 = changed(&text, |v| {
        v["format_version"] = 1.into();
        v["questionnaire"].as_object_mut().unwrap().remove("hash");
    });
    assert_eq!(field(v1), "documents");
}

#[test]
fn a_document_needs_a_title_and_a_web_link_before_the_response_is_finished() {
    let q = questionnaire::builtin();
    let mut r = with(
        4,
        &[("", "https://example.org"), ("Report", "www.example.org")],
    );
    r.documents.push(Document {
        title: "Fine".into(),
        link: " https://example.org/fine ".into(),
        description: String::new(),
    });
    let issues = validate::check(&r, &q);
    let about = |field: Field| issues.iter().find(|i| i.field == field).map(|i| i.problem);
    assert_eq!(about(Field::DocumentTitle(0)), Some(Problem::Required));
    assert_eq!(about(Field::DocumentLink(1)), Some(Problem::NotAWebLink));
    assert_eq!(
        about(Field::DocumentLink(2)),
        None,
        "spaces around a link are not kept"
    );
    assert_eq!(about(Field::DocumentTitle(2)), None);
    // Written, the link loses its spaces and the file reads back.
    r.documents.drain(..2);
    let back = format::read_response(format::write_response(&r, T0, "t").as_bytes()).unwrap();
    assert_eq!(back.response.documents[0].link, "https://example.org/fine");
}

#[test]
fn part_two_cites_named_contributors_documents_and_only_counts_the_others() {
    let q = questionnaire::builtin();
    let named = with(
        5,
        &[(
            "Cybersecurity Competence Building Trends",
            "https://www.diplomacy.edu/cbt",
        )],
    );
    let mut nri = with(6, &[("Positioning brief", "")]);
    nri.respondent.capacity = Some(Capacity::Nri);
    nri.respondent.nri = "Nigeria IGF".into();
    let mut anonymous = with(
        7,
        &[("Our secret audit", "https://ngcert.example/audit.pdf")],
    );
    anonymous.publication = Some(Publication::Anonymous);
    let mut unpublished = with(8, &[("Internal memo", "https://memo.example/")]);
    unpublished.publication = Some(Publication::DoNotPublish);
    let all = [named, nri, anonymous, unpublished];
    let s = synthesis::synthesize(&all, &q, &Filter::default(), &Analyzer::new(), &mut |_| {});
    assert_eq!(s.documents.len(), 4);
    assert_eq!(s.documents.iter().filter(|d| d.by.is_some()).count(), 2);
    let filter = Filter::default();
    let words = Words::english();
    let info = DocumentInfo {
        questionnaire: &q,
        data_as_of: None,
        filter: &filter,
        words: &words,
    };
    let md = export::markdown(&s, &info);
    let html = export::html(&s, &info);
    assert!(
        md.contains("Cybersecurity Competence Building Trends"),
        "{md}"
    );
    assert!(md.contains("– <https://www.diplomacy.edu/cbt>"), "{md}");
    assert!(md.contains("Positioning brief"), "{md}");
    assert!(md.contains("the Nigeria IGF"), "{md}");
    assert!(
        html.contains("<a href=\"https://www.diplomacy.edu/cbt\" rel=\"noopener noreferrer\">")
    );
    assert!(
        md.contains("2 more documents came from respondents who chose to be anonymous"),
        "{md}"
    );
    for secret in [
        "Our secret audit",
        "ngcert.example",
        "Internal memo",
        "memo.example",
    ] {
        assert!(!md.contains(secret) && !html.contains(secret), "{secret}");
    }
    // Nor in the open data: the anonymous response is published without its documents.
    let responses: Vec<Response> = all.to_vec();
    let bundle = export::json_bundle(&responses, T0, "t");
    assert!(bundle.contains("diplomacy.edu"));
    for secret in ["Our secret audit", "ngcert.example", "Internal memo"] {
        assert!(!bundle.contains(secret), "{secret}");
    }
    assert!(ExportKind::Docx.mime().contains("word"));
}
