//! The review round's formats: a draft made of Part II section by section in several
//! languages, and a reader's comment file; both read back whole, both refused with a reason
//! when damaged, changed or hostile, and nothing unpublished in a draft.

use bpf_survey::core::export::{DocumentInfo, Words};
use bpf_survey::core::format::review::{
    self, Block, Comment, Comments, DraftOf, MAX_COMMENT_CHARS,
};
use bpf_survey::core::format::{self, FormatError};
use bpf_survey::core::questionnaire;
use bpf_survey::core::response::{Publication, Response, ResponseId};
use bpf_survey::core::synthesis::{self, Analyzer, Filter};

use bpf_survey::core::time::Timestamp;

use crate::fixtures::{T0, corpus_45 as corpus, path, sample};

/// The text of a Word document's body.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    xml
}

/// A draft "1.0" of the corpus' Part II in English and French.
fn draft_of(responses: &[Response]) -> review::Draft {
    bpf_survey::i18n::install_built().unwrap();
    let q = questionnaire::builtin();
    let filter = Filter::default();
    let s = synthesis::synthesize(responses, &q, &filter, &Analyzer::new(), &mut |_| {});
    let (en, fr) = (
        Words::new("en", |_, _, _| None),
        Words::new("fr", |_, _, _| None),
    );
    let info = |words| DocumentInfo {
        questionnaire: &q,
        data_as_of: Some(T0),
        filter: &filter,
        words,
    };
    let languages = [info(&en), info(&fr)];
    review::draft(&DraftOf {
        questionnaire: &q,
        synthesis: &s,
        languages: &languages,
        version: "1.0",
        published: T0,
        key: None,
    })
}

fn comments() -> Comments {
    let mut respondent = sample(3).respondent;
    respondent.name = "Amina Diallo".into();
    Comments {
        id: ResponseId::from_random_bytes([7; 16]),
        questionnaire: questionnaire::builtin().reference(),
        draft_version: "1.0".into(),
        created: T0,
        updated: T0,
        language: "fr".into(),
        respondent,
        publication: Some(Publication::Anonymous),
        comments: vec![
            Comment {
                section: "q1".into(),
                section_hash: "a".repeat(64),
                text: "Il manque les autorités de régulation. <script>alert(1)</script>".into(),
            },
            Comment {
                section: "contributions".into(),
                section_hash: "b".repeat(64),
                text: "=HYPERLINK(\"https://evil.example\")".into(),
            },
        ],
    }
}

/// Gives a session `files` as one batch, as the page does, and returns the report on the set.
fn add_all(
    session: &mut bpf_survey::secretariat::session::Session<
        bpf_survey::secretariat::session::Alone,
    >,
    files: Vec<(String, Vec<u8>)>,
) -> bpf_survey::secretariat::protocol::SetReport {
    use bpf_survey::secretariat::protocol::{IncomingFile, Reply};
    let total = files.len();
    let mut last = None;
    for (i, (name, bytes)) in files.into_iter().enumerate() {
        last = Some(futures::executor::block_on(session.add_file(
            IncomingFile {
                name,
                size: bytes.len(),
                bytes,
                index: i + 1,
                total,
            },
        )));
    }
    match last {
        Some(Reply::Report(report)) => report,
        other => panic!("no report: {other:?}"),
    }
}

#[test]
fn a_draft_is_part_ii_cut_into_the_same_sections_in_every_language_and_reads_back_whole() {
    let draft = draft_of(&corpus());
    let ids: Vec<&str> = draft.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "about",
            "overview",
            "contributions",
            "q1",
            "q2",
            "q3",
            "q4",
            "q5",
            "q6",
            "q7"
        ]
    );
    assert_eq!(draft.languages, ["en", "fr"]);
    for s in &draft.sections {
        assert_eq!(
            s.blocks.keys().collect::<Vec<_>>(),
            ["en", "fr"],
            "{}",
            s.id
        );
        assert!(!s.blocks["en"].is_empty() || s.id == "about", "{}", s.id);
    }
    let q1 = &draft.sections[3];
    assert!(q1.title["en"].starts_with("Question 1: What are the typical roles"));
    assert!(q1.title["fr"].starts_with("Question 1"));
    assert!(
        q1.blocks["en"]
            .iter()
            .any(|b| matches!(b, Block::Quote { .. }))
    );
    assert!(draft.title["fr"].starts_with("Partie II"));

    let text = review::write_draft(&draft, "0.1.0");
    assert_eq!(review::read_draft(text.as_bytes()).unwrap(), draft);
    // The same data, the same draft, byte for byte: a section's hash names its text.
    assert_eq!(review::write_draft(&draft_of(&corpus()), "0.1.0"), text);
    crate::fixtures::assert_valid_at("docs/review-draft.schema.json", &text);
}

#[test]
fn a_draft_changed_after_it_was_published_is_refused() {
    let draft = draft_of(&corpus());
    let text = review::write_draft(&draft, "0.1.0");
    // Edited by hand: the integrity check no longer holds.
    let quote = draft.sections[3].blocks["en"]
        .iter()
        .find_map(|b| match b {
            Block::Quote { text, .. } => Some(text.clone()),
            _ => None,
        })
        .unwrap();
    let edited = text.replacen(&quote, "Words nobody wrote.", 1);
    assert_eq!(
        review::read_draft(edited.as_bytes()),
        Err(FormatError::IntegrityMismatch)
    );
    // Edited, and the file's own check made again: the section's hash still tells.
    let mut changed = draft.clone();
    changed.sections[3].blocks.get_mut("en").unwrap()[0] = Block::Paragraph {
        text: "Words nobody wrote.".into(),
    };
    let forged = review::write_draft(&changed, "0.1.0");
    match review::read_draft(forged.as_bytes()) {
        Err(FormatError::Invalid { field, .. }) => assert_eq!(field, "sections[3].hash"),
        other => panic!("{other:?}"),
    }
    // A link that is not http(s), or a key that is not one, is refused.
    let mut hostile = draft.clone();
    hostile.sections[2]
        .blocks
        .get_mut("en")
        .unwrap()
        .push(Block::Cited {
            who: "X".into(),
            title: "Y".into(),
            link: "javascript:alert(1)".into(),
        });
    let blocks = hostile.sections[2].blocks.clone();
    let title = hostile.sections[2].title.clone();
    hostile.sections[2].hash = review::section_hash(&title, &blocks);
    assert!(matches!(
        review::read_draft(review::write_draft(&hostile, "0").as_bytes()),
        Err(FormatError::Invalid { .. })
    ));
    let mut keyed = draft.clone();
    keyed.key = Some("age1notakey".into());
    assert!(matches!(
        review::read_draft(review::write_draft(&keyed, "0").as_bytes()),
        Err(FormatError::Invalid { field, .. }) if field == "key"
    ));
    assert_eq!(
        review::read_draft(b"{\"format\":\"bpf-survey-draft\""),
        Err(FormatError::Truncated)
    );
}

#[test]
fn nothing_a_respondent_did_not_allow_reaches_a_draft() {
    let mut responses = corpus();
    let mut secret = sample(9);
    secret.publication = Some(Publication::DoNotPublish);
    secret.respondent.name = "Zephyrine Hidden".into();
    secret.respondent.organisation = "Hidden Org".into();
    secret.set_answer(
        "q1",
        "Quokkaplanet governance needs zebrafinch oversight.".into(),
    );
    responses.push(secret);
    let text = review::write_draft(&draft_of(&responses), "0.1.0");
    for word in [
        "Zephyrine",
        "Hidden Org",
        "Quokkaplanet",
        "zebrafinch",
        "quokkaplanet",
    ] {
        assert!(!text.contains(word), "{word} reached the draft");
    }
}

#[test]
fn a_comment_file_reads_back_whole_and_its_words_stay_text() {
    let c = comments();
    let text = review::write_comments(&c, T0, "0.1.0");
    crate::fixtures::golden("review/comments-v1.json", &text);
    assert_eq!(review::read_comments(text.as_bytes()).unwrap(), c);
    crate::fixtures::assert_valid_at("docs/review-comment.schema.json", &text);
}

#[test]
fn a_hostile_or_damaged_comment_file_is_refused_with_its_reason() {
    let refused =
        |c: &Comments| review::read_comments(review::write_comments(c, T0, "0").as_bytes());
    let field_of = |r: Result<Comments, FormatError>| match r {
        Err(FormatError::Invalid { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    let mut c = comments();
    c.comments[0].section = "<script>".into();
    assert_eq!(field_of(refused(&c)), "comments[0].section");
    let mut c = comments();
    c.comments[1].text = "x".repeat(MAX_COMMENT_CHARS + 1);
    assert_eq!(field_of(refused(&c)), "comments[1].text");
    let mut c = comments();
    c.comments[1].text = "  \n ".into();
    assert_eq!(field_of(refused(&c)), "comments[1].text");
    let mut c = comments();
    c.comments.clear();
    assert_eq!(field_of(refused(&c)), "comments");
    let mut c = comments();
    c.draft_version = "1.0\"><img src=x>".into();
    assert_eq!(field_of(refused(&c)), "draft_version");
    let mut c = comments();
    c.language = "xx".into();
    assert_eq!(field_of(refused(&c)), "language");
    let mut c = comments();
    c.comments[0].section_hash = "not a hash".into();
    assert_eq!(field_of(refused(&c)), "comments[0].section_hash");

    let text = review::write_comments(&comments(), T0, "0");
    assert_eq!(
        review::read_comments(text.replacen("régulation", "regulation", 1).as_bytes()),
        Err(FormatError::IntegrityMismatch)
    );
    assert_eq!(
        review::read_comments(
            text.replacen("\"format_version\": 1", "\"format_version\": 2", 1)
                .as_bytes()
        ),
        Err(FormatError::UnsupportedVersion { found: 2 })
    );
    assert!(matches!(
        review::read_comments(
            text.replacen("\"language\"", "\"extra\": 1, \"language\"", 1)
                .as_bytes()
        ),
        Err(FormatError::IntegrityMismatch | FormatError::Invalid { .. })
    ));
    // A response file is not a comment file, nor the other way round.
    assert_eq!(
        review::read_comments(format::write_response(&sample(1), T0, "0").as_bytes()),
        Err(FormatError::NotAResponseFile)
    );
    assert!(format::read(text.as_bytes()).is_err());
}

/// Part III A in every Part II document: comments by section in the draft's order, who sent
/// them, their words under each reader's publication choice, a later copy replacing an earlier.
#[test]
fn comments_come_back_as_part_iii_a_under_each_readers_choice() {
    use bpf_survey::core::export;
    use bpf_survey::core::synthesis::comments;
    bpf_survey::i18n::install_built().unwrap();
    let responses = corpus();
    let draft = draft_of(&responses);
    let hash_of = |id: &str| {
        draft
            .sections
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .hash
            .clone()
    };
    let on = |section: &str, text: &str| Comment {
        section: section.into(),
        section_hash: hash_of(section),
        text: text.into(),
    };
    // An anonymous reader on two sections; the same file saved again later, changed.
    let mut anonymous = comments();
    anonymous.comments = vec![
        on("q1", "Early words, replaced by the later copy."),
        on("contributions", "Please list the regional CERT forums."),
    ];
    let mut again = anonymous.clone();
    again.updated = Timestamp::from_millis(T0.millis() + 3_600_000);
    again.comments[0] = on("q1", "Regulators are missing from the roles.");
    // A named reader, on a text the draft no longer has.
    let mut named = comments();
    named.id = ResponseId::from_random_bytes([8; 16]);
    named.publication = Some(Publication::Named);
    named.respondent.name = "Kofi Mensah".into();
    named.respondent.organisation = "Ghana CERT".into();
    named.comments = vec![Comment {
        section_hash: "c".repeat(64),
        ..on("q1", "Add the private sector's incident reporting.")
    }];
    // A reader who does not want to be published.
    let mut private = comments();
    private.id = ResponseId::from_random_bytes([9; 16]);
    private.publication = Some(Publication::DoNotPublish);
    private.respondent.name = "Zebulon Private".into();
    private.comments = vec![on("q1", "Xylophonic secret remark.")];

    let summary = comments::summarize(&[again, named, private, anonymous], &[draft], None);
    assert_eq!(summary.readers, 3);
    let ids: Vec<&str> = summary
        .sections
        .iter()
        .map(|s| s.section.as_str())
        .collect();
    assert_eq!(ids, ["contributions", "q1"], "the draft's order");
    let q1 = &summary.sections[1];
    assert_eq!((q1.comments, q1.unpublished, q1.on_other_text), (3, 1, 1));

    let q = questionnaire::builtin();
    let filter = Filter::default();
    let mut s = synthesis::synthesize(&responses, &q, &filter, &Analyzer::new(), &mut |_| {});
    s.comments = summary;
    for tag in ["en", "fr"] {
        let words = Words::new(tag, |_, _, _| None);
        let info = DocumentInfo {
            questionnaire: &q,
            data_as_of: Some(T0),
            filter: &filter,
            words: &words,
        };
        let md = export::markdown(&s, &info);
        let html = export::html(&s, &info);
        let docx = docx_text(&bpf_survey::core::docx::docx(&s, &info).unwrap());
        for doc in [&md, &html, &docx] {
            for word in ["Xylophonic", "Zebulon", "Early words"] {
                assert!(!doc.contains(word), "{tag}: {word} was published");
            }
            assert!(
                doc.contains("Regulators are missing from the roles."),
                "{tag}"
            );
            assert!(doc.contains("Kofi Mensah, Ghana CERT"), "{tag}");
        }
        if tag == "en" {
            let heading = md
                .lines()
                .find(|l| l.starts_with("## Part III A"))
                .unwrap_or("");
            assert!(
                heading.contains("Comments received on Draft 1"),
                "{heading}"
            );
            assert!(md.contains("### Question 1: What are the typical roles"));
            assert!(md.contains("One more comment is counted but not published"));
            assert!(md.contains("One comment was written on another text of this section"));
            assert!(md.contains("a government respondent"));
        } else {
            assert!(md.contains("Partie III A"), "{md}");
        }
    }
    // The page is sent the synthesis, Part III A with it, in postcard (not self-describing:
    // a tagged enum or a skipped field would not read back, and the page would stop).
    use bpf_survey::secretariat::protocol::{Reply, Timing};
    let reply = Reply::Synthesis(Box::new(s.clone().for_the_page()), Timing::default());
    let bytes = postcard::to_allocvec(&reply).unwrap();
    match postcard::from_bytes::<Reply>(&bytes).unwrap() {
        Reply::Synthesis(back, _) => assert_eq!(back.comments, s.comments),
        other => panic!("{other:?}"),
    }
}

/// Drafts and comment files dropped with the responses: the worker keeps them apart, reports
/// each, refuses what it cannot use, and Part III A comes out in the downloads; the command
/// line reads the same folder the same way.
#[test]
fn drafts_and_comment_files_load_beside_responses_and_part_iii_a_comes_out() {
    use bpf_survey::core::export::ExportKind;
    use bpf_survey::secretariat::protocol::{Reply, ReviewFile};
    use bpf_survey::secretariat::session::{Alone, Session};
    bpf_survey::i18n::install_built().unwrap();
    let responses = corpus();
    let draft = draft_of(&responses);
    let mut c = comments();
    c.comments = vec![Comment {
        section: "q2".into(),
        section_hash: draft.sections[4].hash.clone(),
        text: "Name the national CERTs' cooperation agreements.".into(),
    }];
    let mut other = comments();
    other.id = ResponseId::from_random_bytes([5; 16]);
    other.questionnaire.id = "another-call".into();
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("review-folder");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (
            "draft-1.0.json".into(),
            review::write_draft(&draft, "0").into_bytes(),
        ),
        (
            "comments-amina.json".into(),
            review::write_comments(&c, T0, "0").into_bytes(),
        ),
        (
            "comments-other-call.json".into(),
            review::write_comments(&other, T0, "0").into_bytes(),
        ),
        (
            "comments-edited.json".into(),
            review::write_comments(&c, T0, "0")
                .replace("agreements", "treaties")
                .into_bytes(),
        ),
    ];
    for entry in std::fs::read_dir(path("corpus-45")).unwrap() {
        let p = entry.unwrap().path();
        files.push((
            p.file_name().unwrap().to_string_lossy().into(),
            std::fs::read(&p).unwrap(),
        ));
    }
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }

    let clock = || 1.9e12;
    let mut session: Session<Alone> = Session::new(questionnaire::builtin(), clock);
    let report = add_all(&mut session, files);
    assert_eq!(report.responses, 45, "comment files are not responses");
    assert_eq!(report.files.len(), 45);
    assert!(
        matches!(&report.review[0], ReviewFile::Draft { version, sections: 10, .. } if version == "1.0")
    );
    assert!(matches!(
        &report.review[1],
        ReviewFile::Comments { comments: 1, .. }
    ));
    assert!(
        matches!(&report.review[2], ReviewFile::Refused { reason: FormatError::Invalid { field, .. }, .. } if field == "questionnaire")
    );
    assert!(matches!(
        &report.review[3],
        ReviewFile::Refused {
            reason: FormatError::IntegrityMismatch,
            ..
        }
    ));
    let Reply::Export { bytes, .. } =
        session.export(ExportKind::Markdown, &Filter::default(), "en")
    else {
        panic!()
    };
    let md = String::from_utf8(bytes).unwrap();
    assert!(
        md.contains("Name the national CERTs"),
        "Part III A is in the download"
    );
    assert!(md.contains("### Question 2:"));

    // The command reads the folder alike; verify names each file.
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_bpf-survey"))
            .args(args)
            .output()
            .unwrap()
    };
    let folder = dir.display().to_string();
    let out = run(&["synth", &folder, "--out", "-"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Name the national CERTs"));
    let out = run(&["verify", &folder]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("draft-1.0.json: draft 1.0 (10 sections)"),
        "{said}"
    );
    assert!(said.contains("comments-amina.json: 1 comment(s) on draft 1.0"));
    assert!(said.contains("comments-other-call.json: rejected"));
    assert_eq!(out.status.code(), Some(1));
}

/// Versions: a comment on Draft 1.0 is read beside Draft 1.0's text of its section, and is
/// said to answer a text that Draft 2.0 has since changed; an unchanged section says nothing.
#[test]
fn a_comment_on_an_earlier_draft_is_read_beside_the_text_it_was_written_on() {
    use bpf_survey::core::export;
    use bpf_survey::core::synthesis::comments;
    let one = draft_of(&corpus());
    let mut two = one.clone();
    two.version = "2.0".into();
    two.published = Timestamp::from_millis(T0.millis() + 30 * 86_400_000);
    let q1 = two.sections.iter_mut().find(|s| s.id == "q1").unwrap();
    q1.blocks.get_mut("en").unwrap().insert(
        0,
        Block::Paragraph {
            text: "Regulators were added after the comments on Draft 1.0.".into(),
        },
    );
    q1.hash = review::section_hash(&q1.title, &q1.blocks);
    let hash = |id: &str| {
        one.sections
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .hash
            .clone()
    };
    let mut c = comments();
    c.comments = vec![
        Comment {
            section: "q1".into(),
            section_hash: hash("q1"),
            text: "Regulators are missing.".into(),
        },
        Comment {
            section: "q2".into(),
            section_hash: hash("q2"),
            text: "Fine as it is.".into(),
        },
    ];
    let summary = comments::summarize(&[c], &[two.clone(), one.clone()], None);
    let q1 = summary.sections.iter().find(|s| s.section == "q1").unwrap();
    assert_eq!(q1.changed_in.as_deref(), Some("2.0"));
    assert_eq!(q1.on_other_text, 0, "written on Draft 1.0's own text");
    assert_eq!(
        q1.text["en"].len(),
        one.sections[3].blocks["en"].len(),
        "Draft 1.0's text, not 2.0's"
    );
    assert!(
        !q1.text["en"]
            .iter()
            .any(|l| l.contains("Regulators were added"))
    );
    let q2 = summary.sections.iter().find(|s| s.section == "q2").unwrap();
    assert_eq!(q2.changed_in, None);

    bpf_survey::i18n::install_built().unwrap();
    let q = questionnaire::builtin();
    let filter = Filter::default();
    let mut s = synthesis::synthesize(&corpus(), &q, &filter, &Analyzer::new(), &mut |_| {});
    s.comments = summary;
    let words = Words::new("en", |_, _, _| None);
    let info = DocumentInfo {
        questionnaire: &q,
        data_as_of: Some(T0),
        filter: &filter,
        words: &words,
    };
    let md = export::markdown(&s, &info);
    assert_eq!(
        md.matches("This section was changed in Draft 2").count(),
        1,
        "q1 only"
    );
}

/// A review page: the template's one slot holds the draft file's text, which reads back whole;
/// words a respondent typed cannot close the block; only the draft's languages stay; a page
/// that is not the template is refused.
#[test]
fn a_review_page_carries_its_draft_as_inert_data_that_reads_back_whole() {
    let mut draft = draft_of(&corpus());
    // As though a respondent's words in it tried to close the block.
    let hostile = "</script><script>alert(1)</script><!-- &amp;";
    draft.title.insert("en".into(), format!("Output {hostile}"));
    let overview = draft.sections[1].title["en"].clone();
    let i18n = |tag: &str| {
        format!(
            r#"<script type="application/json" id="bpf-i18n-{tag}">"x"</script><script type="application/json" id="bpf-i18n-{tag}-synthesis">"y"</script>"#
        )
    };
    let template = format!(
        "<!doctype html><html><head><title>Draft</title></head><body>{}{}{}{}<script type=module>start()</script></body></html>",
        review::DRAFT_SLOT,
        i18n("fr"),
        i18n("ru"),
        i18n("ar"),
    );
    let page = review::review_page(&template, &draft, "0").unwrap();
    let open = r#"<script type="application/json" id="bpf-draft">"#;
    let start = page.find(open).unwrap() + open.len();
    let end = start + page[start..].find("</script>").unwrap();
    let text = review::draft_text_of(&page[start..end]).unwrap().unwrap();
    assert_eq!(review::read_draft(text.as_bytes()).unwrap(), draft);
    assert!(
        !page[start..end].contains('<'),
        "nothing in the data can open or close a tag"
    );
    assert_eq!(
        page.matches("<script").count(),
        4,
        "the draft, French's two files and the loader: no other script, Russian and Arabic dropped"
    );
    assert!(page.contains("bpf-i18n-fr-synthesis") && !page.contains("bpf-i18n-ru"));
    assert!(
        page.contains("<title>Output &lt;/script&gt;&lt;script&gt;alert(1)"),
        "the title is the draft's, escaped"
    );

    // A page whose draft was changed is refused when it is read.
    assert!(page.contains(&overview));
    let tampered = page.replacen(&overview, &format!("{overview} (revised)"), 1);
    let start = tampered.find(open).unwrap() + open.len();
    let end = start + tampered[start..].find("</script>").unwrap();
    let text = review::draft_text_of(&tampered[start..end])
        .unwrap()
        .unwrap();
    assert!(review::read_draft(text.as_bytes()).is_err());
    assert!(
        review::draft_text_of("  ").is_none(),
        "the bare template holds none"
    );

    // The page loaded on the synthesis page is read as its draft; the template, and a changed
    // page, are refused with the reason; any other file is not a page.
    assert_eq!(
        review::draft_of_page(page.as_bytes()),
        Some(Ok(draft.clone()))
    );
    assert!(matches!(
        review::draft_of_page(tampered.as_bytes()),
        Some(Err(_))
    ));
    assert!(matches!(
        review::draft_of_page(template.as_bytes()),
        Some(Err(FormatError::Invalid { .. }))
    ));
    assert_eq!(review::draft_of_page(b"<html></html>"), None);

    assert_eq!(
        review::review_page("<html></html>", &draft, "0"),
        Err(review::PageError::NotATemplate)
    );
    assert_eq!(
        review::review_page(&page, &draft, "0"),
        Err(review::PageError::NotATemplate),
        "a filled page is not filled again"
    );
}

/// The copy a review page keeps on the device is a comment file that may hold no comment yet;
/// the file sent must hold one.
#[test]
fn the_copy_kept_on_the_device_may_be_empty_the_file_sent_may_not() {
    let mut c = comments();
    c.comments.clear();
    let text = review::write_comments(&c, T0, "0");
    assert_eq!(review::read_stored_comments(text.as_bytes()).unwrap(), c);
    assert!(review::read_comments(text.as_bytes()).is_err());
}

/// The reader on the review page: comments follow the draft's order with their sections'
/// hashes, an emptied comment is dropped, a comment on a section the page no longer holds is
/// kept, what stops the file is named, and another tab's copy is adopted only when newer.
#[test]
fn a_reader_s_comments_are_checked_kept_and_adopted_as_the_page_expects() {
    use bpf_survey::core::validate::{Field, Problem};
    use bpf_survey::review::state::{Action, Edit, Reader, ReaderState};
    use std::rc::Rc;
    use yew::Reducible;
    let draft = draft_of(&corpus());
    let later = |ms: i64| Timestamp::from_millis(T0.millis() + ms);
    let mut r = Reader::new(ResponseId::from_random_bytes([9; 16]), T0);
    assert!(r.is_blank());
    let problems: Vec<_> = r
        .issues(&draft)
        .into_iter()
        .map(|i| (i.field, i.problem))
        .collect();
    assert_eq!(
        problems,
        vec![
            (
                Field::Comment(draft.sections[0].id.clone()),
                Problem::NoAnswers
            ),
            (Field::Publication, Problem::Required),
        ]
    );
    r.apply(
        Edit::Comment("q2".into(), "Name the CERTs.".into()),
        later(1),
    );
    r.apply(
        Edit::Comment("overview".into(), "Too long?".into()),
        later(2),
    );
    r.apply(Edit::Comment("about".into(), "x".into()), later(3));
    r.apply(Edit::Comment("about".into(), "  ".into()), later(4));
    r.apply(Edit::Publication(Publication::Named), later(5));
    assert_eq!(
        r.issues(&draft)
            .into_iter()
            .map(|i| i.field)
            .collect::<Vec<_>>(),
        vec![Field::Name],
        "a named reader needs a name; nothing else is required"
    );
    r.apply(Edit::Name("Amina Diallo".into()), later(6));
    r.apply(Edit::Nri("x".repeat(201)), later(6));
    assert_eq!(
        r.issues(&draft)[0].field,
        Field::Nri,
        "what is given must fit"
    );
    r.apply(Edit::Nri("Senegal IGF".into()), later(6));
    r.apply(
        Edit::Comment("q3".into(), "é".repeat(MAX_COMMENT_CHARS + 1)),
        later(7),
    );
    assert_eq!(
        r.issues(&draft)[0].problem,
        Problem::TooLong {
            max: MAX_COMMENT_CHARS
        }
    );
    r.apply(Edit::Comment("q3".into(), String::new()), later(8));
    assert!(r.issues(&draft).is_empty());

    let c = r.comments(&draft, "fr");
    let order: Vec<&str> = c.comments.iter().map(|x| x.section.as_str()).collect();
    assert_eq!(
        order,
        vec!["overview", "q2"],
        "the draft's order, 'about' emptied away"
    );
    let q2 = draft.sections.iter().find(|s| s.id == "q2").unwrap();
    assert_eq!(c.comments[1].section_hash, q2.hash);
    assert_eq!((c.updated, c.language.as_str()), (later(8), "fr"));
    let sent = review::write_comments(&c, later(9), "0");
    assert_eq!(review::read_comments(sent.as_bytes()).unwrap(), c);

    // Kept and read back; a comment on a section this draft does not hold survives.
    let mut stored = c.clone();
    stored.comments.push(Comment {
        section: "gone".into(),
        section_hash: "c".repeat(64),
        text: "On a section since removed.".into(),
    });
    let text = review::write_comments(&stored, later(9), "0");
    let back = Reader::from_stored(&text).unwrap();
    assert_eq!(back.comments(&draft, "fr"), stored);
    assert!(Reader::from_stored("{\"format\":\"bpf-survey-comment\"}").is_err());

    // Another tab: adopted when newer, ignored when older; a blank page adopts the first copy
    // any tab wrote.
    let page = |reader: Reader, changed_here: u64| {
        Rc::new(ReaderState {
            changed_here,
            ..ReaderState::new(reader, None)
        })
    };
    let elsewhere = |copy: &Reader| Action::Elsewhere(Box::new(copy.clone()));
    let after = |state: &Rc<ReaderState>, action| state.clone().reduce(action);
    let state = page(r.clone(), 3);
    let mut older = r.clone();
    older.updated = T0;
    older.texts.clear();
    assert_eq!(after(&state, elsewhere(&older)).reader, r);
    let mut newer = r.clone();
    newer.apply(
        Edit::Comment("q1".into(), "From the other tab.".into()),
        later(60),
    );
    let adopted = after(&state, elsewhere(&newer));
    assert_eq!(adopted.reader, newer);
    assert_eq!(adopted.changed_here, 3, "adopting writes nothing back");
    let blank = page(Reader::new(ResponseId::from_random_bytes([1; 16]), T0), 0);
    assert_eq!(after(&blank, elsewhere(&newer)).reader, newer);
    let mut stranger = newer.clone();
    stranger.id = ResponseId::from_random_bytes([2; 16]);
    stranger.updated = later(120);
    assert_eq!(
        after(&page(newer.clone(), 1), elsewhere(&stranger)).reader,
        newer,
        "another reader's copy never replaces this one's comments"
    );

    // What this page could not store is never thrown away for another tab's copy; deleted
    // from the device, the reader starts afresh.
    let mut later_copy = r.clone();
    later_copy.apply(Edit::Comment("q5".into(), "Elsewhere.".into()), later(600));
    let unstored = after(&page(r.clone(), 4), Action::Stored(false));
    assert_eq!(after(&unstored, elsewhere(&later_copy)).reader, r);
    let stored_again = after(&unstored, Action::Stored(true));
    assert_eq!(
        after(&stored_again, elsewhere(&later_copy)).reader,
        later_copy
    );
    let fresh = Reader::new(ResponseId::from_random_bytes([3; 16]), later(700));
    assert_eq!(
        after(&stored_again, Action::Forget(Box::new(fresh.clone()))).reader,
        fresh
    );

    // A copy another tab stored while this page did not hear it (asleep in the back-forward
    // cache, say) is taken where the page was about to write, never written over: the page
    // knows which stored copy it last read, wrote or adopted.
    let opened = Rc::new(ReaderState::new(r.clone(), Some((r.id.clone(), r.updated))));
    assert!(!opened.is_unseen(&r), "its own copy");
    assert!(opened.is_unseen(&newer));
    assert!(opened.is_unseen(&stranger));
    let taken = after(&opened, Action::Unheard(Box::new(newer.clone())));
    assert_eq!(taken.reader, newer);
    assert!(!taken.is_unseen(&newer));
    let edited = after(
        &taken,
        Action::Edit(Edit::Comment("q2".into(), "Typed here.".into()), later(900)),
    );
    let written = after(&edited, Action::Stored(true));
    assert!(!written.is_unseen(&written.reader), "what it wrote itself");
    assert!(
        written.is_unseen(&newer),
        "an older copy put back by another tab"
    );
    assert!(
        Rc::new(ReaderState::new(r.clone(), None)).is_unseen(&newer),
        "a page that found nothing stored takes what a tab stored since"
    );
    assert!(
        !after(&opened, Action::Stored(false)).is_unseen(&newer),
        "what this page could not store is not thrown away"
    );

    // A comment longer than a file may send is kept, and named when the reader saves.
    let mut long = r.clone();
    long.apply(
        Edit::Comment("q6".into(), "é".repeat(MAX_COMMENT_CHARS + 5)),
        later(800),
    );
    let kept = long.stored(&draft, "fr", later(800), "0");
    let back = Reader::from_stored(&kept).unwrap();
    assert!(back.texts == long.texts && back.respondent == long.respondent);
    assert!(review::read_comments(kept.as_bytes()).is_err());
    assert!(matches!(
        long.issues(&draft)[0].problem,
        Problem::TooLong { .. }
    ));
}

/// A comment file encrypted to the Secretariat (as the review page seals it) waits for the
/// identity file like an encrypted response, then is read as a comment file: in the review
/// round's report, not the responses', and in Part III A.
#[test]
fn an_encrypted_comment_file_is_read_once_the_identity_file_is_given() {
    use bpf_survey::core::crypto;
    use bpf_survey::core::export::ExportKind;
    use bpf_survey::secretariat::protocol::{Reply, ReviewFile};
    use bpf_survey::secretariat::session::{Alone, Session};
    let responses = corpus();
    let draft = draft_of(&responses);
    let key = age::x25519::Identity::generate();
    let public = key.to_public().to_string();
    let mut c = comments();
    c.comments = vec![Comment {
        section: "q2".into(),
        section_hash: draft.sections[4].hash.clone(),
        text: "Sealed: name the national CERTs' cooperation agreements.".into(),
    }];
    let plain = review::write_comments(&c, T0, "0");
    let sealed = bpf_survey::form::encrypt::encrypt(&public, plain.as_bytes()).unwrap();
    let mut session: Session<Alone> = Session::new(questionnaire::builtin(), || 1.9e12);
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (
            "draft.json".into(),
            review::write_draft(&draft, "0").into_bytes(),
        ),
        ("bpf-comments-1-0.json.age".into(), sealed),
    ];
    files.push((
        "one.json".into(),
        format::write_response(&responses[0], T0, "0").into_bytes(),
    ));
    let report = add_all(&mut session, files);
    assert_eq!(report.waiting_for_key, 1, "it waits for the identity file");
    assert_eq!(report.review.len(), 1, "only the draft so far");
    let Reply::Report(report) =
        session.identity(crypto::identity_file(&key, "2026-12-04T00:00:00Z"))
    else {
        panic!()
    };
    assert_eq!(report.waiting_for_key, 0);
    assert_eq!(report.responses, 1);
    assert!(
        report
            .files
            .iter()
            .all(|f| f.name != "bpf-comments-1-0.json.age"),
        "reported with the review round's files, not as a rejected response"
    );
    assert!(matches!(
        &report.review[1],
        ReviewFile::Comments { comments: 1, name, .. } if name == "bpf-comments-1-0.json.age"
    ));
    let Reply::Export { bytes, .. } =
        session.export(ExportKind::Markdown, &Filter::default(), "en")
    else {
        panic!()
    };
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .contains("Sealed: name the national CERTs")
    );
}

/// A section that draws many comments gets themes, found as a question's are: named only from
/// what readers who allow quotes wrote, every comment counted; a section of few gets none.
#[test]
fn a_section_that_draws_many_comments_gets_themes_named_only_from_publishable_words() {
    use bpf_survey::core::export;
    use bpf_survey::core::synthesis::comments::{self, THEMED_COMMENTS};
    let draft = draft_of(&corpus());
    let q1 = draft
        .sections
        .iter()
        .find(|s| s.id == "q1")
        .unwrap()
        .hash
        .clone();
    let q2 = draft
        .sections
        .iter()
        .find(|s| s.id == "q2")
        .unwrap()
        .hash
        .clone();
    let topics = [
        "Judges and prosecutors need training in digital evidence and forensic procedure before cybercrime cases reach court.",
        "Telecommunication regulators should license operators on condition that they report incidents and patch networks.",
    ];
    let mut files = Vec::new();
    for i in 0..14u8 {
        let mut c = comments();
        c.id = ResponseId::from_random_bytes([100 + i; 16]);
        c.language = "en".into();
        c.publication = Some(if i == 13 {
            Publication::DoNotPublish
        } else {
            Publication::Anonymous
        });
        let text = if i == 13 {
            "Xylophonic xylophonic judges xylophonic training xylophonic evidence.".to_string()
        } else {
            format!("{} Point {i}.", topics[usize::from(i % 2)])
        };
        c.comments = vec![Comment {
            section: "q1".into(),
            section_hash: q1.clone(),
            text,
        }];
        if i < 2 {
            c.comments.push(Comment {
                section: "q2".into(),
                section_hash: q2.clone(),
                text: "Only two comments here.".into(),
            });
        }
        files.push(c);
    }
    assert!(files.len() >= THEMED_COMMENTS);
    let analyzer = Analyzer::new();
    let summary = comments::summarize(&files, std::slice::from_ref(&draft), Some(&analyzer));
    let on_q1 = summary.sections.iter().find(|s| s.section == "q1").unwrap();
    assert_eq!(on_q1.comments, 14);
    assert!(
        !on_q1.themes.is_empty(),
        "themes where a section draws many"
    );
    let labels: String = on_q1
        .themes
        .iter()
        .map(|t| t.title().to_lowercase())
        .collect();
    assert!(!labels.contains("xylophon"), "{labels}");
    assert!(
        on_q1
            .themes
            .iter()
            .flat_map(|t| &t.quotes)
            .all(|q| !q.text.contains("Xylophonic")),
        "nor a quote"
    );
    let on_q2 = summary.sections.iter().find(|s| s.section == "q2").unwrap();
    assert!(
        on_q2.themes.is_empty(),
        "a section of few comments is read one by one"
    );

    // Part III A carries them.
    let mut s = synthesis::synthesize(
        &corpus(),
        &questionnaire::builtin(),
        &Filter::default(),
        &analyzer,
        &mut |_| {},
    );
    s.comments = summary;
    let q = questionnaire::builtin();
    let words = Words::new("en", |_, _, _| None);
    let info = DocumentInfo {
        questionnaire: &q,
        data_as_of: Some(T0),
        filter: &Filter::default(),
        words: &words,
    };
    let md = export::markdown(&s, &info);
    assert!(md.contains("Themes in these comments"), "{md}");
    assert!(!md.to_lowercase().contains("xylophon"));
}

/// An anonymous reader who signs a comment is masked in Part III A, as an anonymous
/// respondent's answer is; a draft whose text names the comment file's format is still read as
/// a draft.
#[test]
fn an_anonymous_reader_s_own_name_is_masked_and_a_draft_quoting_the_format_is_a_draft() {
    use bpf_survey::core::synthesis::comments;
    use bpf_survey::secretariat::protocol::ReviewFile;
    use bpf_survey::secretariat::session::{Alone, Session};
    let mut draft = draft_of(&corpus());
    let q1 = draft
        .sections
        .iter()
        .find(|s| s.id == "q1")
        .unwrap()
        .hash
        .clone();
    let mut c = comments();
    c.respondent.name = "Amina Diallo".into();
    c.respondent.organisation = "Sahel CERT".into();
    c.publication = Some(Publication::Anonymous);
    c.comments = vec![Comment {
        section: "q1".into(),
        section_hash: q1,
        text: "Regulators are missing. Amina Diallo, Sahel CERT".into(),
    }];
    let summary = comments::summarize(std::slice::from_ref(&c), std::slice::from_ref(&draft), None);
    let quoted = &summary.sections[0].quotes[0].text;
    assert!(quoted.starts_with("Regulators are missing."), "{quoted}");
    assert!(
        !quoted.contains("Amina") && !quoted.contains("Sahel CERT"),
        "{quoted}"
    );

    draft
        .title
        .insert("en".into(), "On the bpf-survey-comment format".into());
    let mut session: Session<Alone> = Session::new(questionnaire::builtin(), || 1.9e12);
    let bytes = review::write_draft(&draft, "0").into_bytes();
    let report = add_all(&mut session, vec![("draft.json".into(), bytes)]);
    assert!(
        matches!(&report.review[..], [ReviewFile::Draft { .. }]),
        "{:?}",
        report.review
    );
}
