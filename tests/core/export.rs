//! Exports honour publication choices, keep hostile text inert, neutralise spreadsheet
//! formulas, and are byte-identical whatever order the files were loaded in.

use std::collections::BTreeMap;

use bpf_survey::core::export::{self, DocumentInfo};
use bpf_survey::core::format;
use bpf_survey::core::generate;
use bpf_survey::core::import::{Importer, Limits};
use bpf_survey::core::questionnaire;
use bpf_survey::core::response::{Publication, Response};
use bpf_survey::core::synthesis::{self, Analyzer, Filter};

use crate::fixtures::{T0, sample};

fn documents(responses: &[Response]) -> (String, String, String, String) {
    let q = questionnaire::builtin();
    let filter = Filter::default();
    let s = synthesis::synthesize(responses, &q, &filter, &Analyzer::new(), &mut |_| {});
    let info = info(&q, &filter);
    let qids: Vec<String> = q.questions.iter().map(|q| q.id.clone()).collect();
    (
        export::markdown(&s, &info),
        export::html(&s, &info),
        export::csv(responses, &qids, true).unwrap(),
        export::json_bundle(responses, T0, "t"),
    )
}

/// The synthesis of `responses` for the built-in questionnaire, unfiltered.
fn synthesized(responses: &[Response]) -> synthesis::Synthesis {
    let q = questionnaire::builtin();
    synthesis::synthesize(
        responses,
        &q,
        &Filter::default(),
        &Analyzer::new(),
        &mut |_| {},
    )
}

/// What Part II says of itself, for the built-in questionnaire.
fn info<'a>(q: &'a questionnaire::Questionnaire, filter: &'a Filter) -> DocumentInfo<'a> {
    DocumentInfo {
        questionnaire: q,
        data_as_of: Some(T0),
        filter,
        words: &ENGLISH,
    }
}

/// Part II's words in English.
static ENGLISH: std::sync::LazyLock<export::Words> =
    std::sync::LazyLock::new(export::Words::english);

fn people() -> Vec<Response> {
    let mut named = sample(1);
    named.respondent.name = "Named Person".into();
    named.respondent.organisation = "Open Org".into();
    named.respondent.email = "named@example.org".into();
    named.set_answer("q1", "Public private partnerships between banks and the national CERT work well for incident sharing.".into());
    let mut anon = sample(2);
    anon.publication = Some(Publication::Anonymous);
    anon.respondent.name = "Hidden Anon".into();
    anon.respondent.organisation = "Secret Org".into();
    anon.set_answer("q1", "Incident sharing between the national CERT and banks needs clear rules on confidentiality.".into());
    let mut none = sample(3);
    none.publication = Some(Publication::DoNotPublish);
    none.respondent.name = "Private Person".into();
    none.respondent.organisation = "Private Org".into();
    none.set_answer(
        "q1",
        "Confidential remark about incident sharing with the national CERT and police units."
            .into(),
    );
    vec![named, anon, none]
}

#[test]
fn every_export_follows_publication_choices() {
    let (md, html, csv, json) = documents(&people());
    for (name, doc) in [
        ("markdown", &md),
        ("html", &html),
        ("csv", &csv),
        ("json", &json),
    ] {
        for secret in [
            "Hidden Anon",
            "Secret Org",
            "Private Person",
            "Private Org",
            "Confidential remark",
            "named@example.org",
        ] {
            assert!(!doc.contains(secret), "{name} leaks {secret}");
        }
    }
    assert!(md.contains("Contribution from Named Person, Open Org"));
    assert!(md.contains("a government respondent, Nigeria"));
    assert!(html.contains("Contribution from Named Person, Open Org"));
    assert!(csv.contains("Named Person"));
    assert!(
        md.contains("3 contributions were received"),
        "do-not-publish is still counted"
    );
    let bundle = format::read(json.as_bytes()).unwrap();
    let format::Document::Bundle(b) = bundle else {
        panic!()
    };
    assert_eq!(b.entries.len(), 2);
}

#[test]
fn words_only_unpublished_answers_use_never_reach_a_document() {
    // Thirty respondents who asked not to be published all name a confidential incident, from
    // an NRI they typed themselves; as key terms, theme labels and NRI names go, those words
    // would lead the ranking. Counts may include them; names and words may not.
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 300, 31);
    let mut planted = 0;
    for r in g
        .responses
        .iter_mut()
        .filter(|r| r.language == "en")
        .take(60)
    {
        planted += 1;
        if planted <= 30 {
            r.publication = Some(Publication::DoNotPublish);
            r.source.nri.clear();
            r.respondent.nri = "Quorvex Hidden Forum".into();
            r.set_answer(
                "q4",
                "The Zarkwell breach exposed a backdoor in the Zarkwell gateway. The Zarkwell breach stays confidential between us and the Zarkwell vendor.".into(),
            );
        } else {
            // The same answer from people who may be quoted: counted, and may be shown.
            r.publication = Some(Publication::Anonymous);
        }
    }
    let filter = Filter {
        nris: vec!["quorvex hidden forum".into()],
        ..Filter::default()
    };
    let (md, html, csv, json) = documents(&g.responses);
    let s = synthesis::synthesize(&g.responses, &q, &filter, &Analyzer::new(), &mut |_| {});
    let info = info(&q, &filter);
    let filtered = export::markdown(&s, &info);
    for (name, doc) in [
        ("markdown", &md),
        ("html", &html),
        ("csv", &csv),
        ("json", &json),
        ("filtered markdown", &filtered),
    ] {
        for word in ["Zarkwell", "zarkwell", "backdoor", "Quorvex", "quorvex"] {
            assert!(!doc.contains(word), "{word} in the {name} export");
        }
    }
    // Still counted: the thirty are in the NRI breakdown, without a name.
    assert!(
        md.contains("not named for publication 30"),
        "{}",
        md.lines().find(|l| l.contains("By NRI")).unwrap_or("")
    );
    assert!(filtered.contains("NRI: not named for publication"));
}

#[test]
fn an_nri_from_the_link_is_named_for_unpublished_respondents_only_when_it_is_a_known_one() {
    // A link's `?nri=` is the embedding site's word, not the respondent's, but anyone can write
    // one: an unknown name brought by respondents who may not be published is counted, not
    // shown. A known NRI's name says nothing of them and stays.
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 120, 37);
    for (i, r) in g.responses.iter_mut().enumerate().take(20) {
        r.publication = Some(Publication::DoNotPublish);
        r.respondent.nri.clear();
        r.source.nri = if i < 12 {
            "Vexlor Private Circle".into()
        } else {
            "Nigeria IGF".into()
        };
    }
    for r in g.responses.iter_mut().skip(20) {
        r.source.nri.clear();
        r.respondent.nri.clear();
    }
    // A known NRI typed by a respondent who may not be published is their word: not shown.
    for r in g.responses.iter_mut().skip(20).take(5) {
        r.publication = Some(Publication::DoNotPublish);
        r.respondent.nri = "Kenya IGF".into();
    }
    let (md, html, csv, json) = documents(&g.responses);
    for (name, doc) in [
        ("markdown", &md),
        ("html", &html),
        ("csv", &csv),
        ("json", &json),
    ] {
        assert!(
            !doc.contains("Vexlor"),
            "the link's NRI in the {name} export"
        );
        assert!(!doc.contains("Kenya"), "a typed NRI in the {name} export");
    }
    let line = md.lines().find(|l| l.contains("By NRI")).unwrap_or("");
    assert!(line.contains("not named for publication 17"), "{line}");
    assert!(line.contains("Nigeria IGF 8"), "{line}");
}

#[test]
fn one_voice_one_answer_and_one_theme_are_said_in_the_singular() {
    // The 45-response corpus's lone Russian and Spanish answers made "(1 voices, Russian)",
    // "(1 answers)" and "themes 5 (Russian) below" in Part II.
    let responses = crate::fixtures::corpus_45();
    let (md, html, _, _) = documents(&responses);
    for (name, doc) in [("markdown", &md), ("html", &html)] {
        for plural in [
            " 1 voices",
            "(1 voices",
            "(1 answers)",
            "1 independent voices",
        ] {
            assert!(!doc.contains(plural), "{plural:?} in the {name} export");
        }
    }
    assert!(md.contains(r"\(1 voice, Spanish\)"), "{md}");
    assert!(md.contains(r"\(1 answer\): "), "{md}");
    assert!(
        md.lines()
            .any(|l| l.contains(r"1 voice \(by language: Russian 1;") && l.contains("; theme ")),
        "{md}"
    );
    assert!(md.lines().any(|l| l.contains("; themes ")), "{md}");
    // The draft narrative: one contribution is one, not "a few … mainly Government, 100%".
    assert!(!md.contains("100%"), "{md}");
    assert!(
        md.contains(r"One contribution \(4%; in Russian; Government\) spoke of"),
        "{md}"
    );
}

#[test]
fn a_theme_of_one_answer_is_named_by_what_it_speaks_of_not_by_pieces_of_its_sentence() {
    // The corpus's one Spanish answer to question 1 was a theme named "ley moderna,
    // ciberdelito da, poderes necesarios".
    let responses = crate::fixtures::corpus_45();
    let (md, _, _, _) = documents(&responses);
    let headings: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("#### ") && l.contains(r"\(1 voice, "))
        .collect();
    assert!(headings.len() >= 3, "{headings:#?}");
    for fragment in ["ciberdelito da", "регионе делает", "ley moderna"] {
        assert!(
            !headings.iter().any(|h| h.contains(fragment)),
            "{headings:#?}"
        );
    }
    assert!(
        headings
            .iter()
            .any(|h| h.contains("leyes sobre ciberdelito y aplicación de la ley")),
        "{headings:#?}"
    );
}

#[test]
fn the_list_of_contributions_comes_first_naming_the_named_and_summing_the_anonymous() {
    let (md, _, _, _) = documents(&people());
    let list = md
        .find("## Contributions received")
        .expect("a list of contributions");
    let first_question = md.find("## Question 1").expect("question 1");
    assert!(list < first_question, "the list comes before the questions");
    assert!(md.contains("Contribution from Named Person, Open Org"));
    // The anonymous one is summed, not given a line of its own.
    assert!(!md.contains("Contribution from a government respondent"));
    assert!(
        md.contains(r"1 anonymous contribution \(by stakeholder group: Government 1; by region: Sub-Saharan Africa 1\)."),
        "{md}"
    );
}

#[test]
fn hostile_text_stays_text_in_every_export() {
    let mut r = sample(1);
    r.respondent.name = "<script>alert(1)</script>".into();
    r.respondent.organisation = "=HYPERLINK(\"http://evil\",\"x\")".into();
    r.set_answer("q1", "<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1)) and the national CERT shares incident indicators.".into());
    let (md, html, csv, _) = documents(&[r]);
    assert!(!html.contains("<script>alert") && html.contains("&lt;script&gt;"));
    assert!(!html.contains("<img src=x"));
    assert!(!md.contains("<script>") && md.contains("\\<script\\>"));
    assert!(!md.contains("[link](javascript") && !md.contains("**bold**"));
    assert!(csv.contains("'=HYPERLINK"));
    assert!(csv.starts_with('\u{feff}'));
}

#[test]
fn formulas_are_neutralised_in_every_cell() {
    for (cell, expected) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠x", "'＠x"),
        ("safe = fine", "safe = fine"),
        ("", ""),
        // A formula behind spaces or invisible characters is still a formula.
        (" =1+1", "' =1+1"),
        ("\u{00A0}\u{3000}+1", "'\u{00A0}\u{3000}+1"),
        ("\u{200B}=HYPERLINK(\"x\")", "'\u{200B}=HYPERLINK(\"x\")"),
        ("\u{FEFF}@SUM(A1)", "'\u{FEFF}@SUM(A1)"),
        ("\u{2066}-2\u{2069}", "'\u{2066}-2\u{2069}"),
        ("\u{200E} safe", "\u{200E} safe"),
        // Every other invisible format or ignorable character: interlinear annotations, tags,
        // Arabic number signs, variation selectors, the grapheme joiner, Hangul fillers.
        ("\u{FFF9}=1\u{FFFB}", "'\u{FFF9}=1\u{FFFB}"),
        ("\u{E0001}\u{E0041}=1", "'\u{E0001}\u{E0041}=1"),
        ("\u{0600}+1", "'\u{0600}+1"),
        ("\u{FE0F}\u{034F}-1", "'\u{FE0F}\u{034F}-1"),
        ("\u{3164}\u{115F}@x", "'\u{3164}\u{115F}@x"),
        ("\u{1D173}\u{E0100}=1", "'\u{1D173}\u{E0100}=1"),
        ("\u{0600} safe", "\u{0600} safe"),
    ] {
        assert_eq!(export::neutralise(cell), expected);
    }
}

#[test]
fn bare_addresses_in_answers_stay_text_in_markdown() {
    for (typed, written) in [
        ("see https://evil.example/x", "see https\\://evil.example/x"),
        ("WWW.evil.example", "WWW\\.evil.example"),
        ("mail me@evil.example", "mail me\\@evil.example"),
        ("a ratio 3:1 and www", "a ratio 3:1 and www"),
    ] {
        assert_eq!(export::md(typed), written);
    }
}

#[test]
fn open_data_publishes_pseudonyms_never_the_ids_a_forger_would_need() {
    let responses = people();
    let (md, html, csv, json) = documents(&responses);
    for r in &responses {
        let id = r.id.to_string();
        for (name, doc) in [("md", &md), ("html", &html), ("csv", &csv), ("json", &json)] {
            assert!(!doc.contains(&id), "{id} in {name}");
        }
    }
    // The same response, the same pseudonym: the open data is the same from one export to
    // the next, and a bundle of it is still valid.
    let named = export::pseudonym(&responses[0].id);
    assert_eq!(export::pseudonym(&responses[0].id), named);
    assert_ne!(named, responses[0].id);
    assert!(csv.contains(named.as_str()));
    assert!(json.contains(named.as_str()));
    assert!(matches!(
        format::read(json.as_bytes()),
        Ok(format::Document::Bundle(_))
    ));
    // SHA-256("bpf-survey/open-data/v1:" + id), first 16 bytes, as a UUID v4.
    let id = bpf_survey::core::response::ResponseId::parse("0f8fad5b-d9cb-469f-a165-70867728950e")
        .unwrap();
    assert_eq!(
        export::pseudonym(&id).as_str(),
        "0bc832cd-28e8-45d1-bc5e-a9041997e960"
    );
}

#[test]
fn the_html_export_carries_its_own_policy() {
    let (_, html, _, _) = documents(&people());
    assert!(html.contains(
        r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">"#
    ));
}

#[test]
fn exports_are_byte_identical_whatever_the_load_order() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 200, 21);
    let files: Vec<(String, String)> = g
        .responses
        .iter()
        .map(|r| (format!("{}.json", r.id), format::write_response(r, T0, "t")))
        .collect();
    let load = |order: Vec<usize>| {
        let mut i = Importer::new(q.reference(), Limits::default());
        for k in order {
            i.add(&files[k].0, files[k].1.as_bytes());
        }
        documents(&i.responses().into_iter().cloned().collect::<Vec<_>>())
    };
    let forward = load((0..files.len()).collect());
    let backward = load((0..files.len()).rev().collect());
    assert_eq!(forward, backward);
}

#[test]
fn a_persons_words_keep_their_own_direction_in_the_documents() {
    let mut arabic = sample(4);
    arabic.respondent.name = "ليلى أحمد".into();
    arabic.respondent.organisation = "CERT.".into();
    let mut hostile = sample(5);
    // A stray closing isolate then a right-to-left override, trying to flip our text after it.
    hostile.respondent.name = "Eve\u{2069}\u{202E}".into();
    hostile.respondent.organisation = "Org".into();
    let (md, html, _, _) = documents(&[arabic, hostile]);
    assert!(
        md.contains("\u{2068}Contribution from ليلى أحمد, CERT.\u{2069}"),
        "{md}"
    );
    // The override stays inside the isolate: the stray PDI is dropped, ours closes it.
    assert!(
        md.contains("\u{2068}Contribution from Eve\u{202E}, Org\u{2069}"),
        "{md}"
    );
    assert!(html.contains("<bdi>Contribution from ليلى أحمد, CERT.</bdi>"));
}

#[test]
fn part_two_discloses_each_campaign_and_counts_it_once() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 400, 5);
    let s = synthesized(&g.responses);
    assert!(!s.campaigns.is_empty() && s.voices < s.responses);
    let filter = Filter::default();
    let info = info(&q, &filter);
    let md = export::markdown(&s, &info);
    let c = &s.campaigns[0];
    assert!(md.contains("### Campaigns"), "{md}");
    assert!(md.contains(&format!(
        "{} contributions sent “{}” to questions 1, 2, 3, 4, 5, 6, 7. Sent by: ",
        c.size,
        bpf_survey::core::text::isolate(generate::CAMPAIGN)
    )));
    assert!(md.contains(&format!(
        "Counting each campaign once, they are {} independent voices",
        s.voices
    )));
    let q1 = &s.questions[0];
    assert!(md.contains(&format!(
        "Counting each group of near-identical answers once, they are {} independent voices",
        q1.voices
    )));
    assert!(md.contains(": a campaign, sent by "));
}

#[test]
fn an_anonymous_respondent_who_names_themself_is_masked_everywhere_published() {
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 60, 9);
    // Every finished anonymous respondent gives their organisation and e-mail for the
    // secretariat, and writes them into their first answer.
    let mut planted = 0;
    for r in g.responses.iter_mut() {
        if r.publication != Some(Publication::Anonymous) || r.answer("q1").len() < 40 {
            continue;
        }
        r.respondent.organisation = "Zenith Telecom Authority".into();
        r.respondent.name = "Quilla Marrow".into();
        r.respondent.email = "q.marrow@zenith.example".into();
        let answer = format!(
            "At Zenith Telecom Authority we have seen this. {} Write to q.marrow@zenith.example, Quilla Marrow.",
            r.answer("q1")
        );
        r.set_answer("q1", answer);
        planted += 1;
    }
    assert!(planted >= 3);
    let (md, html, csv, json) = documents(&g.responses);
    for (name, doc) in [
        ("markdown", &md),
        ("html", &html),
        ("csv", &csv),
        ("json", &json),
    ] {
        for secret in ["Zenith", "zenith", "Quilla", "Marrow"] {
            assert!(
                !doc.contains(secret),
                "{name} contains {secret}: {}",
                doc.lines()
                    .filter(|l| l.contains(secret))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
    assert!(csv.contains("At [organisation] we have seen this."));
    assert!(csv.contains("Write to [e-mail], [name]."));
    // The secretariat is told where.
    let s = synthesized(&g.responses);
    assert_eq!(s.self_named.masked, planted);
    assert_eq!(s.self_named.questions, vec![1]);
}

#[test]
fn a_question_nobody_answered_says_so_and_the_median_length_is_the_median() {
    // Four answers to q2 of 10, 20, 30 and 40 words; nobody answers q4.
    let responses: Vec<Response> = (1..=4u8)
        .map(|i| {
            let mut r = sample(i);
            r.answers.clear();
            let words = vec!["incident"; usize::from(i) * 10].join(" ");
            r.set_answer("q2", words);
            r
        })
        .collect();
    let s = synthesized(&responses);
    assert_eq!(s.questions[1].length.median, 25, "not the upper middle, 30");
    let (md, html, _, _) = documents(&responses);
    assert!(
        md.contains("Answers are 25 words long at the median \\(10 to 40\\)"),
        "{md}"
    );
    let q4 = md.split("## Question 4").nth(1).unwrap();
    let q4 = q4.split("## Question 5").next().unwrap();
    assert!(
        q4.contains("No contribution answered this question."),
        "{q4}"
    );
    assert!(
        !q4.contains("0 of 4") && !q4.contains("\\(\\)") && !q4.contains("| ---"),
        "{q4}"
    );
    assert!(html.contains("No contribution answered this question."));
}

#[test]
fn a_self_named_respondent_is_masked_without_accents_and_in_chinese_and_masks_are_no_words() {
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 120, 11);
    let mut planted = 0;
    for (i, r) in g.responses.iter_mut().enumerate() {
        if r.publication != Some(Publication::Anonymous) || r.answer("q1").len() < 40 {
            continue;
        }
        let answer = if i % 2 == 0 {
            r.respondent.name = "Bénédicte Fauréau".into();
            r.respondent.organisation = "Société Générale de Cybersécurité".into();
            format!(
                "Je suis Benedicte Faureau de la Societe Generale de Cybersecurite. {}",
                r.answer("q1")
            )
        } else {
            r.respondent.name = "王小明".into();
            r.respondent.organisation = "国家互联网应急中心".into();
            format!("我是王小明，在国家互联网应急中心工作。{}", r.answer("q1"))
        };
        r.set_answer("q1", answer);
        planted += 1;
    }
    assert!(planted >= 6, "{planted}");
    let (md, html, csv, json) = documents(&g.responses);
    for (name, doc) in [
        ("markdown", &md),
        ("html", &html),
        ("csv", &csv),
        ("json", &json),
    ] {
        for secret in [
            "Benedicte",
            "Faureau",
            "Societe Generale",
            "王小明",
            "应急中心",
        ] {
            assert!(
                !doc.contains(secret),
                "{name} contains {secret}: {}",
                doc.lines()
                    .filter(|l| l.contains(secret))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
    // The masks are not words of the answers: never a key term or a word of a theme's label.
    let labels: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("#### "))
        .filter_map(|l| l.split(['\u{2068}', '\u{2069}']).nth(1))
        .collect();
    assert!(!labels.is_empty());
    for word in ["name", "organisation", "mail"] {
        let isolated = format!("\u{2068}{word}\u{2069}");
        assert!(!md.contains(&isolated), "{word} is a key term");
        for label in &labels {
            assert!(
                !label.split([' ', ',']).any(|w| w == word),
                "{word} in {label}"
            );
        }
    }
    let s = synthesized(&g.responses);
    assert_eq!(s.self_named.masked, planted);
}

mod open_data {
    //! The long CSV and the XLSX workbook: what they hold, read back as other programs read them.
    use super::*;
    use bpf_survey::core::open_data::{self, About};
    use calamine::{Data, Reader, Xlsx};

    fn hostile() -> Response {
        let mut r = sample(4);
        r.respondent.name = "=HYPERLINK(\"http://evil\")".into();
        r.set_answer(
            "q2",
            "=1+1 is a formula\nand a second line, \"quoted\"".into(),
        );
        r.set_answer("q3", "   ".into());
        r
    }

    #[test]
    fn the_long_csv_has_one_row_per_published_answer_in_the_columns_other_tools_read() {
        let mut responses = people();
        responses.push(hostile());
        let q = questionnaire::builtin();
        let text = open_data::long_csv(&responses, &q.question_ids(), false).unwrap();
        for secret in [
            "Hidden Anon",
            "Secret Org",
            "Private Person",
            "Confidential remark",
            "named@example.org",
        ] {
            assert!(!text.contains(secret), "leaks {secret}");
        }
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(
            &header[..4],
            ["comment-id", "author-id", "question", "comment-body"]
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        // Named and anonymous: their non-empty answers; the hostile one's q2 (q3 is blank).
        let expected: usize = responses
            .iter()
            .filter(|r| r.publication != Some(Publication::DoNotPublish))
            .map(|r| r.answers.values().filter(|a| !a.trim().is_empty()).count())
            .sum();
        assert_eq!(rows.len(), expected);
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(row[0], (i + 1).to_string(), "comment ids count from 1");
            let real: Vec<String> = responses.iter().map(|r| r.id.to_string()).collect();
            assert!(
                !real.contains(&row[1].to_string()),
                "author ids are pseudonyms"
            );
        }
        let body = header.iter().position(|h| h == "comment-body").unwrap();
        let name = header.iter().position(|h| h == "name").unwrap();
        let formula = rows
            .iter()
            .find(|r| r[body].contains("is a formula"))
            .unwrap();
        assert_eq!(
            &formula[body],
            "'=1+1 is a formula\nand a second line, \"quoted\""
        );
        assert_eq!(&formula[name], "'=HYPERLINK(\"http://evil\")");
        let anonymous = rows
            .iter()
            .find(|r| r[body].contains("clear rules"))
            .unwrap();
        assert_eq!(&anonymous[name], "");
        // The same data in any order gives the same file.
        responses.reverse();
        assert_eq!(
            open_data::long_csv(&responses, &q.question_ids(), false).unwrap(),
            text
        );
    }

    #[test]
    fn the_xlsx_workbook_reads_back_with_only_what_may_be_published_and_no_formula() {
        let mut responses = people();
        responses.push(hostile());
        let q = questionnaire::builtin();
        let about = About {
            questionnaire: &q,
            data_as_of: T0,
            app_version: "test",
        };
        let bytes = open_data::xlsx(&responses, &about).unwrap();
        responses.reverse();
        assert_eq!(
            open_data::xlsx(&responses, &about).unwrap(),
            bytes,
            "same data, same file"
        );
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(
            book.sheet_names(),
            ["Responses", "Answers", "Questions", "About"]
        );
        for sheet in book.sheet_names() {
            let range = book.worksheet_range(&sheet).unwrap();
            let formulas = book.worksheet_formula(&sheet).unwrap();
            assert!(
                formulas.used_cells().all(|(_, _, f)| f.is_empty()),
                "{sheet} has a formula"
            );
            for cell in range.used_cells().map(|(_, _, c)| c.to_string()) {
                for secret in [
                    "Hidden Anon",
                    "Secret Org",
                    "Private Person",
                    "Confidential remark",
                    "named@example.org",
                ] {
                    assert!(!cell.contains(secret), "{sheet} leaks {secret}");
                }
            }
        }
        let responses_sheet = book.worksheet_range("Responses").unwrap();
        assert_eq!(
            responses_sheet.height(),
            1 + 3,
            "a header and three published responses"
        );
        let answers = book.worksheet_range("Answers").unwrap();
        let header: Vec<String> = answers
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(
            &header[..4],
            ["comment-id", "author-id", "question", "comment-body"]
        );
        // A formula is kept as the text it was: the quote prefix shows no apostrophe.
        assert!(answers.used_cells().any(|(_, _, c)| *c
            == Data::String("=1+1 is a formula\nand a second line, \"quoted\"".into())));
        let questions = book.worksheet_range("Questions").unwrap();
        assert_eq!(questions.height(), 1 + q.questions.len());
    }
}

mod word {
    //! Part II as a Word document: a package whose every part is well-formed XML, Word's own
    //! styles on headings, quotes and lists, and nothing a respondent may not see published.
    use super::*;
    use std::io::Read as _;

    fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut out = BTreeMap::new();
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            let name = file.name().unwrap().to_string();
            out.insert(name, text);
        }
        out
    }

    fn well_formed(name: &str, text: &str) {
        let mut reader = quick_xml::Reader::from_str(text);
        let mut depth = 0i32;
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Start(_)) => depth += 1,
                Ok(quick_xml::events::Event::End(_)) => depth -= 1,
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{name} is not well formed: {e}"),
            }
        }
        assert_eq!(depth, 0, "{name}: unbalanced");
    }

    #[test]
    fn the_word_document_is_a_valid_package_with_words_own_styles_and_only_what_may_be_published() {
        let mut responses = people();
        let mut hostile = sample(5);
        hostile.set_answer("q1", "Incident sharing with the national CERT <w:p> & \u{0007}bell\u{0001} </w:t> needs trust.".into());
        let mut arabic = sample(6);
        arabic.publication = Some(Publication::Named);
        arabic.set_answer(
            "q1",
            "تبادل المعلومات بين فرق الاستجابة للحوادث والبنوك ضروري للثقة.".into(),
        );
        responses.push(hostile);
        responses.push(arabic);
        let q = questionnaire::builtin();
        let filter = Filter::default();
        let s = synthesized(&responses);
        let bytes = bpf_survey::core::docx::docx(&s, &info(&q, &filter)).unwrap();
        assert_eq!(
            bpf_survey::core::docx::docx(&s, &info(&q, &filter)).unwrap(),
            bytes,
            "same data, same file"
        );
        let package = parts(&bytes);
        for name in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
            "word/numbering.xml",
            "word/_rels/document.xml.rels",
            "docProps/core.xml",
        ] {
            let text = package
                .get(name)
                .unwrap_or_else(|| panic!("{name} missing"));
            well_formed(name, text);
            for secret in [
                "Hidden Anon",
                "Secret Org",
                "Private Person",
                "Private Org",
                "Confidential remark",
                "named@example.org",
            ] {
                assert!(!text.contains(secret), "{name} leaks {secret}");
            }
        }
        let doc = &package["word/document.xml"];
        assert!(doc.contains("<w:pStyle w:val=\"Heading1\"/>"));
        assert!(doc.contains("Part II: Synthesis of contributions received"));
        assert!(doc.contains("<w:pStyle w:val=\"ListBullet\"/>"));
        assert!(doc.contains("Contribution from Named Person, Open Org"));
        assert!(
            doc.contains("&lt;w:p&gt; &amp; bell"),
            "markup in answers is text, control characters dropped"
        );
        assert!(!doc.contains('\u{0007}'));
        // Quotes in Arabic read right to left (the generated corpus quotes some).
        let g = generate::generate(&q, 600, 7);
        let s = synthesized(&g.responses);
        let generated = parts(&bpf_survey::core::docx::docx(&s, &info(&q, &filter)).unwrap());
        let arabic_quotes: Vec<&str> = generated["word/document.xml"]
            .split("<w:p>")
            .filter(|p| p.contains("<w:pStyle w:val=\"Quote\"/>"))
            .filter(|p| p.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
            .collect();
        assert!(!arabic_quotes.is_empty());
        assert!(
            arabic_quotes
                .iter()
                .all(|p| p.contains("<w:bidi/>") && p.contains("<w:rtl/>"))
        );
    }
}

#[test]
fn each_breakdown_is_drawn_as_a_chart_with_its_table_in_every_document() {
    let q = questionnaire::builtin();
    let filter = Filter::default();
    let g = generate::generate(&q, 300, 3);
    let s = synthesized(&g.responses);
    let info = info(&q, &filter);
    let html = export::html(&s, &info);
    let md = export::markdown(&s, &info);
    // The overview's two charts and one per question.
    let charts = 2 + q.questions.len();
    assert_eq!(html.matches("<figure").count(), charts);
    assert_eq!(html.matches("<svg").count(), charts);
    assert_eq!(html.matches("<table>").count(), charts);
    // Each bar's number is its table's: the groups of the overview, largest first.
    let groups = &s.voice_overview.group;
    let first = html.split("<figure").nth(1).unwrap();
    for c in groups {
        assert!(first.contains(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            c.label, c.count
        )));
        assert!(first.contains(&format!(">{}</text>", c.count)));
    }
    assert!(md.contains("| Stakeholder group | Count |\n| --- | ---: |\n"));
    assert_eq!(md.matches("| --- | ---: |").count(), charts);
    let docx = bpf_survey::core::docx::docx(&s, &info).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut doc = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut doc)
        .unwrap();
    assert_eq!(doc.matches("<w:tbl>").count(), charts);
}

mod qda {
    //! REFI-QDA: the project and the codebook valid against the REFI schemas (checked with
    //! xmllint, which `scripts/setup.sh` installs), with only what may be published.
    use super::*;
    use bpf_survey::core::edits::Decisions;
    use bpf_survey::core::refi;
    use std::io::Read as _;

    fn valid(schema: &str, xml: &str) {
        let dir = std::env::temp_dir().join(format!("bpf-refi-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("doc.xml");
        std::fs::write(&file, xml).unwrap();
        let out = std::process::Command::new("xmllint")
            .args([
                "--noout",
                "--schema",
                &format!("tests/fixtures/refi/{schema}"),
            ])
            .arg(&file)
            .output()
            .expect("xmllint (scripts/setup.sh installs libxml2-utils)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    #[test]
    fn the_qda_project_and_codebook_are_valid_refi_qda_and_publish_nothing_they_may_not() {
        let q = questionnaire::builtin();
        let mut responses = generate::generate(&q, 300, 11).responses;
        responses.extend(people());
        let s = synthesized(&responses);
        let decisions = Decisions::default();
        let bytes = refi::qdpx(&s, &q, &decisions, &responses, T0).unwrap();
        responses.reverse();
        assert_eq!(
            refi::qdpx(&s, &q, &decisions, &responses, T0).unwrap(),
            bytes,
            "same data, same file"
        );
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut project = String::new();
        zip.by_name("project.qde")
            .unwrap()
            .read_to_string(&mut project)
            .unwrap();
        valid("Project.xsd", &project);
        valid("Codebook.xsd", &refi::qdc(&s, &q, &decisions));
        // Every published answer is a source, and nothing else is.
        let published = export::publishable(&responses);
        let answers: usize = published
            .iter()
            .map(|r| r.answers.values().filter(|a| !a.trim().is_empty()).count())
            .sum();
        assert_eq!(project.matches("<TextSource ").count(), answers);
        assert_eq!(zip.len(), 1 + answers);
        assert_eq!(project.matches("<Case ").count(), published.len());
        // Themed answers are coded with their theme.
        assert!(
            project.matches("<Coding ").count() * 2 > answers,
            "most answers are in a theme"
        );
        let mut all = project.clone();
        for i in 0..zip.len() {
            zip.by_index(i).unwrap().read_to_string(&mut all).unwrap();
        }
        for secret in [
            "Hidden Anon",
            "Secret Org",
            "Private Person",
            "Private Org",
            "Confidential remark",
            "named@example.org",
        ] {
            assert!(!all.contains(secret), "leaks {secret}");
        }
        for r in &responses {
            assert!(!all.contains(&r.id.to_string()), "a real response id");
        }
        assert!(all.contains("Named Person, Open Org"));
    }
}

mod languages {
    //! Part II in each of the six UN languages: every heading and fixed sentence from the
    //! catalogues, people's words as written, the document's language and direction declared.
    use super::*;
    use bpf_survey::core::export::Words;
    use bpf_survey::core::response::{Capacity, StakeholderGroup};
    use bpf_survey::i18n::{self, Messages};
    use std::io::Read as _;

    /// English sentences Part II used to hard-code; none may survive in another language.
    const ENGLISH: &[&str] = &[
        "Part II",
        "Overview",
        "contributions were received",
        "By stakeholder group",
        "Contributions received",
        "Contribution from",
        "anonymous contribution",
        "Answers to question",
        "contributions answered this question",
        "Stakeholder group",
        "| Count |",
        "Themes",
        "voices",
        "Key terms",
        "Draft narrative",
        "Near-duplicate answers",
        "respondent",
        "Data as of",
    ];

    fn document_xml(docx: Vec<u8>, part: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut out = String::new();
        zip.by_name(part).unwrap().read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn part_two_speaks_each_language_and_keeps_peoples_words() {
        i18n::install_built().unwrap();
        let q = questionnaire::builtin();
        let filter = Filter::default();
        let g = generate::generate(&q, 200, 11);
        let s = synthesized(&g.responses);
        let quote = s.questions[0].themes[0].quotes[0].text.clone();
        for (tag, _) in i18n::available() {
            let words = Words::new(tag, |_, _, _| None);
            assert_eq!(words.language(), tag);
            let info = DocumentInfo {
                words: &words,
                ..super::info(&q, &filter)
            };
            let md = export::markdown(&s, &info);
            let html = export::html(&s, &info);
            let m = Messages::with_synthesis(tag);
            assert!(
                md.starts_with(&format!("# {}", export::md(&m.t("part2-title")))),
                "{tag}"
            );
            // The questions as the questionnaire asks them in that language.
            assert!(
                md.contains(&export::md(q.questions[0].text.get(tag))),
                "{tag}"
            );
            // People's words as written, whatever the document's language.
            assert!(html.contains(&export::html_escape(&quote)), "{tag}");
            assert!(html.contains(&format!(
                "<html lang=\"{tag}\" dir=\"{}\">",
                if tag == "ar" { "rtl" } else { "ltr" }
            )));
            let docx = bpf_survey::core::docx::docx(&s, &info).unwrap();
            let doc = document_xml(docx.clone(), "word/document.xml");
            let styles = document_xml(docx.clone(), "word/styles.xml");
            let core = document_xml(docx, "docProps/core.xml");
            // Keys are never shown for names (a campaign's senders not for publication).
            assert!(!md.contains("not-published"), "{tag}");
            // Without a browser to name the languages, they are still named in the document's
            // (countries keep their English names there).
            if tag != "en" {
                let by =
                    export::md(&m.t_with("part2-by", &[("dimension", i18n::text("language"))]));
                let line = md.lines().find(|l| l.contains(&by)).expect("languages");
                for english in [
                    "English", "French", "Spanish", "Russian", "Arabic", "Chinese",
                ] {
                    assert!(
                        !line.contains(english),
                        "{english} in the {tag} document: {line}"
                    );
                }
            }
            assert!(core.contains(&format!("<dc:language>{tag}</dc:language>")));
            if tag == "en" {
                continue;
            }
            // People's words are not translated: only text outside quotes (blockquotes, the
            // summary's items) and theme labels is checked for English.
            let fixed: String = md
                .lines()
                .filter(|l| !l.starts_with('>') && !l.starts_with("####") && !l.starts_with("- “"))
                .collect::<Vec<_>>()
                .join("\n");
            for english in ENGLISH {
                assert!(!fixed.contains(english), "{tag}: “{english}” in\n{fixed}");
            }
            // Charts are laid out explicitly, mirrored in a right-to-left document: labels at
            // the right edge, bars growing leftwards from beside them.
            assert!(html.contains("direction=\"ltr\""));
            assert_eq!(html.contains("<text x=\"638\""), tag == "ar", "{tag}");
            if tag == "ar" {
                assert!(styles.contains("w:bidi=\"ar-SA\""));
                // Headings, the document's own words, read right to left.
                assert!(doc.contains("<w:pStyle w:val=\"Heading1\"/><w:bidi/>"));
            } else {
                assert!(!doc.contains("<w:pStyle w:val=\"Heading1\"/><w:bidi/>"));
            }
        }
    }

    #[test]
    fn every_category_a_document_names_has_a_message_in_every_language() {
        i18n::install_built().unwrap();
        let regions: std::collections::BTreeSet<&str> = bpf_survey::core::countries::Country::all()
            .filter_map(|c| c.region())
            .flat_map(|r| [r.region_code, r.subregion_code])
            .collect();
        for (tag, _) in i18n::available() {
            let m = Messages::with_synthesis(tag);
            let mut ids: Vec<String> = StakeholderGroup::ALL
                .iter()
                .map(|g| format!("group-{}", g.key()))
                .collect();
            ids.extend(
                Capacity::ALL
                    .iter()
                    .map(|c| format!("capacity-{}", c.key())),
            );
            ids.extend(regions.iter().map(|r| format!("region-{r}")));
            ids.extend(
                bpf_survey::core::edits::Reason::ALL
                    .iter()
                    .map(|r| format!("reason-{}", r.key())),
            );
            for id in ids {
                assert_ne!(m.t(&id), id, "{tag} lacks {id}");
            }
        }
    }

    #[test]
    fn an_nri_named_with_its_article_is_listed_with_one() {
        let q = questionnaire::builtin();
        let filter = Filter::default();
        let mut r = sample(1);
        r.publication = Some(Publication::Named);
        r.respondent.capacity = Some(Capacity::Nri);
        r.respondent.nri = "the Nigeria IGF".into();
        let s = synthesized(&[r]);
        let md = export::markdown(&s, &super::info(&q, &filter));
        assert!(
            md.contains("- \u{2068}Contribution from the Nigeria IGF\u{2069}"),
            "{md}"
        );
    }
}

#[test]
fn part_ii_says_why_texts_repeated_as_a_matter_of_course_are_no_campaign() {
    // The generator's 2,000 responses repeat stock sentences; its 600 hardly do.
    let q = questionnaire::builtin();
    let filter = Filter::default();
    let told = "answers often repeat the same texts: five of them are each sent";
    for (n, repeating) in [(2000, true), (600, false)] {
        let g = generate::generate(&q, n, 2016);
        let s = synthesis::synthesize(&g.responses, &q, &filter, &Analyzer::new(), &mut |_| {});
        let md = export::markdown(&s, &info(&q, &filter));
        assert_eq!(md.contains(told), repeating, "{n} responses");
        if repeating {
            // The one campaign, in each of the seven questions, and no other group.
            assert_eq!(md.matches(": a campaign, sent by").count(), 7);
        }
    }
}
