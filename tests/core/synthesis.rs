//! The synthesis on generated corpora: planted themes come back, key terms are characteristic,
//! campaigns are found, and the input order never changes the output.

use std::collections::{BTreeMap, BTreeSet};

use bpf_survey::core::generate::{self, CAMPAIGN};
use bpf_survey::core::questionnaire;
use bpf_survey::core::synthesis::{self, Analyzer, Filter, Synthesis};

fn run(responses: &[bpf_survey::core::response::Response], filter: &Filter) -> Synthesis {
    synthesis::synthesize(
        responses,
        &questionnaire::builtin(),
        filter,
        &Analyzer::new(),
        &mut |_| {},
    )
}

#[test]
fn planted_themes_are_recovered() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 600, 7);
    let s = run(&g.responses, &Filter::default());
    for question in &s.questions {
        let english: Vec<_> = question
            .themes
            .iter()
            .filter(|t| t.language == "en")
            .collect();
        // Each question plants three of the four themes.
        assert_eq!(
            english.len(),
            3,
            "question {}: {:?}",
            question.number,
            english.iter().map(|t| &t.label).collect::<Vec<_>>()
        );
        // Every theme is dominated by one planted theme, and the three are different ones.
        let mut dominant = BTreeSet::new();
        for t in &english {
            let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
            for quote in &t.quotes {
                let id = bpf_survey::core::response::ResponseId::parse(&quote.response).unwrap();
                if let Some(p) = g.planted.get(&(id, question.id.clone())) {
                    *counts.entry(*p).or_insert(0) += 1;
                }
            }
            let (theme, n) = counts.into_iter().max_by_key(|(_, n)| *n).unwrap();
            assert_eq!(
                n,
                t.quotes.len(),
                "question {}: a theme's quotes come from one planted theme",
                question.number
            );
            dominant.insert(theme);
            assert!(!t.label.is_empty() && t.voices > 20);
        }
        assert_eq!(dominant.len(), 3, "question {}", question.number);
    }
}

#[test]
fn key_terms_are_characteristic_and_in_their_written_form() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 600, 11);
    let s = run(&g.responses, &Filter::default());
    // Question 1 plants no "incident information sharing" (theme 0), question 2 no "capacity
    // building" (theme 1): their key terms must say so.
    let terms = |n: usize| -> Vec<String> {
        s.questions[n]
            .terms
            .iter()
            .find(|l| l.language == "en")
            .unwrap()
            .terms
            .iter()
            .map(|t| t.text.clone())
            .collect()
    };
    let q1 = terms(0);
    let q2 = terms(1);
    assert!(!q1.iter().any(|t| t.contains("indicator")), "{q1:?}");
    assert!(
        q2.iter()
            .any(|t| t.contains("indicator") || t.contains("sharing")),
        "{q2:?}"
    );
    assert!(!q2.iter().any(|t| t.contains("training")), "{q2:?}");
    // Surface forms, not stems.
    assert!(
        q1.iter()
            .all(|t| !t.ends_with("ment ") && t == &t.trim().to_string())
    );
    let french = s.questions[0]
        .terms
        .iter()
        .find(|l| l.language == "fr")
        .expect("French answers get their own terms");
    assert!(!french.terms.is_empty());
    let chinese = s.questions[3].terms.iter().find(|l| l.language == "zh");
    assert!(
        chinese.is_some_and(|c| !c.terms.is_empty()),
        "Chinese is segmented, not dropped"
    );
}

#[test]
fn a_campaign_is_one_group_and_one_voice() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 600, 5);
    let s = run(&g.responses, &Filter::default());
    for question in &s.questions {
        let pasted = g
            .responses
            .iter()
            .filter(|r| r.answer(&question.id) == CAMPAIGN)
            .count();
        if pasted < 2 {
            continue;
        }
        let group = question
            .duplicates
            .iter()
            .find(|d| d.size >= pasted)
            .unwrap_or_else(|| panic!("question {}: {:?}", question.number, question.duplicates));
        assert_eq!(group.size, pasted);
        let voices: usize = question
            .themes
            .iter()
            .filter(|t| t.language == "en")
            .map(|t| t.voices)
            .sum();
        // The generator writes answers in the form's language, except the campaign (English).
        let own = g
            .responses
            .iter()
            .filter(|r| {
                r.language == "en"
                    && !r.answer(&question.id).is_empty()
                    && r.answer(&question.id) != CAMPAIGN
            })
            .count();
        assert!(
            voices <= own + 1,
            "the campaign counts once in themes: {voices} voices, {own} own answers"
        );
        assert!(
            voices * 10 >= own * 9,
            "different answers are not merged as duplicates: {voices} of {own}"
        );
    }
}

#[test]
fn the_same_responses_in_any_order_give_the_same_synthesis() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 300, 3);
    let mut shuffled = g.responses.clone();
    shuffled.reverse();
    shuffled.rotate_left(17);
    assert_eq!(
        run(&g.responses, &Filter::default()),
        run(&shuffled, &Filter::default())
    );
}

#[test]
fn two_runs_sharing_the_questions_give_what_one_run_gives() {
    // How the synthesis worker shares the work with a second copy of itself: it hands over
    // the filtered responses, the copy summarises the later questions, the first adopts them.
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 300, 21);
    let filter = Filter {
        languages: vec!["en".into(), "fr".into()],
        ..Filter::default()
    };
    let whole = run(&g.responses, &filter);
    let analyzer = Analyzer::new();
    let n = q.questions.len();
    for at in [1, 3, n - 1] {
        let mut first = synthesis::Run::new(&g.responses, &q, &filter).only(0..at);
        let handed: Vec<bpf_survey::core::response::Response> =
            first.kept().iter().map(|r| (*r).clone()).collect();
        // The hand-over crosses a worker boundary serialised; nothing may change on the way.
        let wire = serde_json::to_string(&handed).unwrap();
        let received: Vec<bpf_survey::core::response::Response> =
            serde_json::from_str(&wire).unwrap();
        assert_eq!(received, handed);
        let second = synthesis::Run::new(&received, &q, &Filter::default()).only(at..n);
        assert_eq!(second.steps(), n + (n - at));
        let part = second.part();
        assert_eq!(part.len(), n - at);
        while first.step(&analyzer) {}
        first.adopt(part);
        assert_eq!(first.finish(), whole, "split at question {at}");
    }
    // The first run may read only its own questions and take the key terms from the second,
    // which reads every answer anyway.
    for at in [1, 4, n - 1] {
        let mut first = synthesis::Run::new(&g.responses, &q, &filter)
            .only(0..at)
            .terms_from_elsewhere();
        assert_eq!(first.steps(), 2 * at, "it tokenises only its own questions");
        let mut second = synthesis::Run::new(&g.responses, &q, &filter).only(at..n);
        assert!(
            second.shared_terms(0..at).is_none(),
            "no terms before tokenising"
        );
        while !second.tokenised() {
            second.step(&analyzer);
        }
        let terms = second.shared_terms(0..at).unwrap();
        // The terms cross a worker boundary too.
        let terms: synthesis::SharedTerms =
            serde_json::from_str(&serde_json::to_string(&terms).unwrap()).unwrap();
        // Half the summaries before the terms come, half after: both get them.
        for _ in 0..at + at / 2 {
            first.step(&analyzer);
        }
        first.take_terms(terms);
        while first.step(&analyzer) {}
        first.adopt(second.part());
        assert_eq!(
            first.finish(),
            whole,
            "split at question {at}, terms shared"
        );
    }
}

/// A partner in the same thread: it does its part when the lead hands it its tokenising,
/// through the same driver as the worker's helper; `fails` makes it stop before answering.
struct InProcess<'a> {
    responses: Vec<&'a bpf_survey::core::response::Response>,
    questionnaire: &'a bpf_survey::core::questionnaire::Questionnaire,
    loaded: bool,
    fails: bool,
    terms: Option<synthesis::SharedTerms>,
    part: Option<Vec<synthesis::QuestionSynthesis>>,
    asked: Option<(std::ops::Range<usize>, Filter)>,
}

/// The lead as [`InProcess`]'s part sees it: what it handed over, and where the terms go.
struct Handed(Option<synthesis::Tokenised>, Option<synthesis::SharedTerms>);

impl synthesis::Lead for Handed {
    async fn tokenised(&mut self) -> Option<synthesis::Tokenised> {
        self.0.take()
    }
    async fn terms(&mut self, terms: synthesis::SharedTerms) -> bool {
        self.1 = Some(terms);
        true
    }
}

impl synthesis::Partner for InProcess<'_> {
    async fn join(&mut self, _ms: f64) -> bool {
        self.loaded
    }
    fn start(&mut self, questions: std::ops::Range<usize>, filter: &Filter) {
        self.asked = Some((questions, filter.clone()));
    }
    fn tokenised(&mut self, first: synthesis::Tokenised) {
        let (questions, filter) = self.asked.clone().expect("started before");
        let mut lead = Handed(Some(first), None);
        // Inside the lead's executor: the follower never waits, so one poll finishes it.
        let part = futures::FutureExt::now_or_never(synthesis::follow(
            &self.responses,
            self.questionnaire,
            &filter,
            &Analyzer::new(),
            questions,
            &mut lead,
        ))
        .expect("the follower never waits here");
        self.terms = lead.1;
        self.part = Some(part);
    }
    async fn terms(&mut self) -> Option<synthesis::SharedTerms> {
        if self.fails { None } else { self.terms.take() }
    }
    async fn part(&mut self) -> Option<Vec<synthesis::QuestionSynthesis>> {
        if self.fails { None } else { self.part.take() }
    }
}

#[test]
fn a_partner_tokenises_only_its_own_questions_then_waits_for_the_leads() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 300, 5);
    let filter = Filter::default();
    let read = filter.read(g.responses.iter());
    let analyzer = Analyzer::new();
    let mut run = synthesis::Run::over(&read, &q, &filter)
        .only(4..7)
        .after_others();
    // Three questions tokenised, three summarised: the first four are the lead's alone.
    assert_eq!(run.steps(), 6);
    let mut taken = 0;
    while run.step(&analyzer) {
        taken += 1;
    }
    assert_eq!(taken, 3);
    assert!(run.waiting());
    // Nothing is ranked, so nothing is shared, before the lead's tokenising arrives.
    assert_eq!(run.shared_terms(0..4), None);
    // A run from the first question reads as before.
    let whole = synthesis::Run::over(&read, &q, &filter)
        .only(0..3)
        .after_others();
    assert_eq!(whole.steps(), 7 + 3);
}

#[test]
fn the_shared_synthesis_driver_gives_what_one_run_gives() {
    let q = questionnaire::builtin();
    let sharing = synthesis::Sharing {
        from: 200,
        ..Default::default()
    };
    let g = generate::generate(&q, sharing.from, 23);
    let responses: Vec<_> = g.responses.iter().collect();
    let filter = Filter::default();
    let whole = run(&g.responses, &filter);
    let analyzer = Analyzer::new();
    for (loaded, fails, workers) in [(true, false, 2), (false, false, 1), (true, true, 1)] {
        let mut partner = InProcess {
            responses: responses.clone(),
            questionnaire: &q,
            loaded,
            fails,
            terms: None,
            part: None,
            asked: None,
        };
        let mut steps = Vec::new();
        let led = futures::executor::block_on(synthesis::lead(
            &responses,
            &q,
            &filter,
            &analyzer,
            Some((&mut partner, &sharing)),
            async |p| {
                steps.push(p);
                true
            },
        ))
        .expect("not stopped");
        assert_eq!(led.synthesis, whole, "loaded {loaded}, fails {fails}");
        assert_eq!(led.workers, workers);
        // How many steps there are is said before the first (a page shows it at once): the
        // count planned for two workers, which stays unless the partner never answers.
        // (The partner's steps are not heard of: the last is this run's own.)
        let (first, last) = (steps[0], steps[steps.len() - 1]);
        assert_eq!(first.done, 0);
        assert!(last.done <= last.total);
        assert!(steps.windows(2).all(|w| w[0].done < w[1].done));
        assert!(steps[1..].iter().all(|p| p.total == last.total));
        assert_eq!(first.total == last.total, loaded, "loaded {loaded}");
        assert_eq!(partner.asked.is_some(), loaded);
    }
    // Alone, too.
    let mut steps = Vec::new();
    synthesis::synthesize(&g.responses, &q, &filter, &analyzer, &mut |p| steps.push(p));
    assert_eq!(steps.first().map(|p| p.done), Some(0));
    assert!(steps.iter().all(|p| p.total == steps[0].total));
    assert_eq!(steps.len(), steps[0].total + 1);
    // Below the threshold the partner is never asked.
    let few: Vec<_> = responses[..sharing.from - 1].to_vec();
    let mut partner = InProcess {
        responses: few.clone(),
        questionnaire: &q,
        loaded: true,
        fails: false,
        terms: None,
        part: None,
        asked: None,
    };
    let led = futures::executor::block_on(synthesis::lead(
        &few,
        &q,
        &filter,
        &analyzer,
        Some((&mut partner, &sharing)),
        async |_| true,
    ))
    .expect("not stopped");
    assert_eq!((led.workers, partner.asked), (1, None));
    // A progress callback that says stop stops it.
    let stopped = futures::executor::block_on(synthesis::lead::<InProcess>(
        &few,
        &q,
        &filter,
        &analyzer,
        None,
        async |_| false,
    ));
    assert!(stopped.is_none());
}

#[test]
fn filters_recompute_every_figure() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 300, 9);
    let filter = Filter {
        groups: vec!["civil-society".into()],
        ..Filter::default()
    };
    let s = run(&g.responses, &filter);
    let expected = g
        .responses
        .iter()
        .filter(|r| {
            r.respondent.stakeholder_group
                == Some(bpf_survey::core::response::StakeholderGroup::CivilSociety)
        })
        .count();
    assert_eq!(s.responses, expected);
    assert_eq!(s.overview.group.len(), 1);
    assert!(
        s.questions
            .iter()
            .all(|q| q.breakdowns.group.iter().all(|c| c.key == "civil-society"))
    );
}

#[test]
fn do_not_publish_is_counted_but_never_quoted() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 400, 13);
    let s = run(&g.responses, &Filter::default());
    let hidden: BTreeSet<String> = g
        .responses
        .iter()
        .filter(|r| r.publication == Some(bpf_survey::core::response::Publication::DoNotPublish))
        .map(|r| r.id.to_string())
        .collect();
    assert!(!hidden.is_empty());
    for question in &s.questions {
        let quoted = question
            .themes
            .iter()
            .flat_map(|t| &t.quotes)
            .chain(question.summary.iter().flat_map(|l| &l.sentences));
        for quote in quoted {
            assert!(!hidden.contains(&quote.response));
            assert!(!quote.attribution.is_empty());
        }
    }
    assert_eq!(s.responses, 400, "still counted");
}

#[test]
fn drafts_are_counted_but_never_quoted_nor_listed() {
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 200, 17);
    for r in g.responses.iter_mut().step_by(3) {
        r.status = bpf_survey::core::response::Status::Draft;
        r.publication = Some(bpf_survey::core::response::Publication::Named);
    }
    let drafts: BTreeSet<String> = g
        .responses
        .iter()
        .filter(|r| r.status == bpf_survey::core::response::Status::Draft)
        .map(|r| r.id.to_string())
        .collect();
    let s = run(&g.responses, &Filter::default());
    assert_eq!(s.responses, 200);
    assert_eq!(s.drafts, drafts.len());
    for question in &s.questions {
        let quoted = question
            .themes
            .iter()
            .flat_map(|t| &t.quotes)
            .chain(question.summary.iter().flat_map(|l| &l.sentences));
        for quote in quoted {
            assert!(!drafts.contains(&quote.response), "a draft quoted");
        }
    }
    // Names only drafts carry (the generator reuses names).
    let finished_names: BTreeSet<&str> = g
        .responses
        .iter()
        .filter(|r| !drafts.contains(&r.id.to_string()))
        .map(|r| r.respondent.name.trim())
        .collect();
    for r in g
        .responses
        .iter()
        .filter(|r| drafts.contains(&r.id.to_string()))
    {
        if !r.respondent.name.trim().is_empty()
            && !finished_names.contains(r.respondent.name.trim())
        {
            assert!(
                !s.contributions
                    .iter()
                    .any(|c| c.name.contains(r.respondent.name.trim())),
                "a draft listed: {}",
                r.respondent.name
            );
        }
    }
}

#[test]
fn drafts_are_quoted_and_listed_when_the_secretariat_chooses_to_read_them_as_sent() {
    use bpf_survey::core::response::{Publication, Status};
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 200, 17);
    for (i, r) in g.responses.iter_mut().step_by(3).enumerate() {
        r.status = Status::Draft;
        // Half of them still say "do not publish": reading drafts as sent never changes that.
        r.publication = Some(if i % 2 == 0 {
            Publication::Named
        } else {
            Publication::DoNotPublish
        });
    }
    let named_drafts: BTreeSet<String> = g
        .responses
        .iter()
        .filter(|r| r.status == Status::Draft && r.publication == Some(Publication::Named))
        .map(|r| r.id.to_string())
        .collect();
    let unpublished: BTreeSet<String> = g
        .responses
        .iter()
        .filter(|r| r.publication == Some(Publication::DoNotPublish))
        .map(|r| r.id.to_string())
        .collect();
    let drafts = g
        .responses
        .iter()
        .filter(|r| r.status == Status::Draft)
        .count();
    let plain = run(&g.responses, &Filter::default());
    let read = run(
        &g.responses,
        &Filter {
            drafts: true,
            ..Filter::default()
        },
    );
    // The same responses, counted the same way; the drafts still counted as drafts.
    assert_eq!(read.responses, plain.responses);
    assert_eq!((plain.drafts, read.drafts), (drafts, drafts));
    assert!(!plain.drafts_read_as_sent && read.drafts_read_as_sent);
    for (a, b) in plain.questions.iter().zip(&read.questions) {
        assert_eq!(
            (a.answered, &a.breakdowns_raw),
            (b.answered, &b.breakdowns_raw)
        );
    }
    // Named drafts are now quoted and listed; unpublished ones never.
    let quoted: BTreeSet<String> = read
        .questions
        .iter()
        .flat_map(|q| {
            q.themes
                .iter()
                .flat_map(|t| &t.quotes)
                .chain(q.summary.iter().flat_map(|l| &l.sentences))
        })
        .map(|quote| quote.response.clone())
        .collect();
    assert!(
        quoted.iter().any(|id| named_drafts.contains(id)),
        "no draft quoted"
    );
    assert!(
        quoted.iter().all(|id| !unpublished.contains(id)),
        "an unpublished response quoted"
    );
    assert!(read.contributions.len() > plain.contributions.len());
}

#[test]
fn planted_themes_are_found_whatever_the_seed() {
    let q = questionnaire::builtin();
    for seed in [1, 2, 3, 4] {
        let g = generate::generate(&q, 500, seed);
        let s = run(&g.responses, &Filter::default());
        for question in &s.questions {
            let english = question
                .themes
                .iter()
                .filter(|t| t.language == "en")
                .count();
            assert_eq!(english, 3, "seed {seed}, question {}", question.number);
        }
    }
}

#[test]
fn every_language_reaches_the_key_terms_none_is_dropped() {
    use bpf_survey::core::response::{Publication, QuestionnaireRef, Response, ResponseId, Source};
    use bpf_survey::core::time::Timestamp;
    // Two answers per language, the six UN languages and Hindi, which has no stemmer here.
    let answers: [(&str, &str); 7] = [
        (
            "en",
            "Incident response teams share threat indicators with regulators every week.",
        ),
        (
            "fr",
            "Les équipes de réponse aux incidents partagent des indicateurs de menace chaque semaine.",
        ),
        (
            "es",
            "Los equipos de respuesta a incidentes comparten indicadores de amenazas cada semana.",
        ),
        (
            "ru",
            "Группы реагирования на инциденты еженедельно обмениваются индикаторами угроз.",
        ),
        (
            "ar",
            "تتبادل فرق الاستجابة للحوادث مؤشرات التهديد مع الجهات التنظيمية كل أسبوع.",
        ),
        ("zh", "事件响应小组每周与监管机构共享威胁指标。"),
        (
            "hi",
            "घटना प्रतिक्रिया दल हर सप्ताह नियामकों के साथ खतरे के संकेतक साझा करते हैं।",
        ),
    ];
    let mut responses = Vec::new();
    for (i, (lang, text)) in answers.iter().enumerate() {
        for copy in 0..2u8 {
            let mut r = Response::new(
                ResponseId::from_random_bytes([i as u8 * 2 + copy + 1; 16]),
                QuestionnaireRef {
                    id: "igf-bpf-cybersecurity-2016".into(),
                    version: 1,
                    hash: String::new(),
                },
                Timestamp::from_millis(0),
                lang,
                Source::default(),
            );
            r.publication = Some(Publication::Anonymous);
            r.status = bpf_survey::core::response::Status::Finished;
            let extra = if copy == 0 { "" } else { " 2016" };
            r.set_answer("q1", format!("{text}{extra}"));
            responses.push(r);
        }
    }
    let s = run(&responses, &Filter::default());
    let q1 = &s.questions[0];
    let with_terms: BTreeSet<&str> = q1
        .terms
        .iter()
        .filter(|l| !l.terms.is_empty())
        .map(|l| l.language.as_str())
        .collect();
    for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
        assert!(
            with_terms.contains(lang),
            "no key terms in {lang}: {with_terms:?}"
        );
    }
    // Hindi has no stemmer: its words are still counted, under the form's language.
    let all_terms: Vec<&str> = q1
        .terms
        .iter()
        .flat_map(|l| l.terms.iter().map(|t| t.text.as_str()))
        .collect();
    assert!(
        all_terms
            .iter()
            .any(|t| t.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))),
        "Hindi words are not dropped: {all_terms:?}"
    );
    // Every answer counts, in its form's language. (Two voices per language are too few for
    // themes or a summary; those need a handful, and are tested on the generated corpora.)
    let languages: BTreeSet<&str> = q1
        .breakdowns
        .language
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(languages.len(), 7, "{languages:?}");
    assert_eq!(q1.answered, 14);
}

#[test]
fn answers_that_say_nothing_are_counted_never_themes_terms_or_quotes() {
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 300, 23);
    let nothing = [
        "See attached.",
        "Please see attached document",
        "N/A",
        "Thank you!",
        "Voir pièce jointe.",
        "Sans objet",
        "Ver adjunto",
        "Gracias.",
        "См. вложение",
        "Спасибо",
        "见附件",
        "谢谢",
        "انظر المرفق",
        "شكراً",
    ];
    let mut silent = BTreeSet::new();
    for (i, r) in g.responses.iter_mut().step_by(3).enumerate() {
        for question in &q.questions {
            r.set_answer(&question.id, nothing[i % nothing.len()].to_string());
        }
        silent.insert(r.id.to_string());
    }
    let set = silent.len();
    let s = run(&g.responses, &Filter::default());
    // Words only the planted non-answers use, and terms that would be them alone.
    let empty_words = [
        "attach",
        "jointe",
        "adjunto",
        "вложен",
        "附件",
        "المرفق",
        "objet",
    ];
    let empty_terms = [
        "thank",
        "thank you",
        "merci",
        "gracias",
        "спасибо",
        "谢谢",
        "شكرا",
        "n/a",
    ];
    for question in &s.questions {
        assert_eq!(question.non_answers, set, "question {}", question.number);
        let answered = g
            .responses
            .iter()
            .filter(|r| !r.answer(&question.id).trim().is_empty())
            .count();
        assert_eq!(question.answered, answered, "non-answers are still answers");
        let words = question.themes.iter().flat_map(|t| &t.label).chain(
            question
                .terms
                .iter()
                .flat_map(|l| l.terms.iter().map(|t| &t.text)),
        );
        for text in words {
            let lower = text.to_lowercase();
            assert!(
                !empty_words.iter().any(|w| lower.contains(w))
                    && !empty_terms.contains(&lower.as_str()),
                "question {}: {text}",
                question.number
            );
        }
        let quoted = question
            .themes
            .iter()
            .flat_map(|t| &t.quotes)
            .chain(question.summary.iter().flat_map(|l| &l.sentences));
        for quote in quoted {
            assert!(
                !silent.contains(&quote.response),
                "question {}: {}",
                question.number,
                quote.text
            );
        }
    }
}

/// Words of a quote, for telling whether two quotes say the same sentence.
fn word_set(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn same_sentence(a: &str, b: &str) -> bool {
    let (a, b) = (word_set(a), word_set(b));
    let shared = a.intersection(&b).count() as f64;
    shared / (a.len().max(b.len()).max(1) as f64) >= 0.6
}

/// Issue 13's variety measures: the share of themes whose quotes restate one sentence (target at
/// most 20%; 54% before quotes were chosen for what they add), and the planted themes each
/// summary covers against the most it could (1.8 of 2.7 before the summary took a sentence per
/// theme). `cargo test --release --test core variety -- --nocapture` prints them.
#[test]
fn quotes_and_summaries_say_different_things_and_cover_the_themes() {
    let q = questionnaire::builtin();
    for seed in [1u64, 2, 3, 7, 11] {
        let g = generate::generate(&q, 600, seed);
        let s = run(&g.responses, &Filter::default());
        let (mut themes, mut repeating) = (0, 0);
        let (mut summaries, mut covered, mut possible) = (0, 0, 0);
        for question in &s.questions {
            for t in &question.themes {
                themes += 1;
                let qs: Vec<&str> = t.quotes.iter().map(|q| q.text.as_str()).collect();
                if qs
                    .iter()
                    .enumerate()
                    .any(|(i, a)| qs[i + 1..].iter().any(|b| same_sentence(a, b)))
                {
                    repeating += 1;
                }
            }
            for l in &question.summary {
                summaries += 1;
                let planted: BTreeSet<usize> = l
                    .sentences
                    .iter()
                    .filter_map(|q| {
                        let id = bpf_survey::core::response::ResponseId::parse(&q.response)?;
                        g.planted.get(&(id, question.id.clone())).copied()
                    })
                    .collect();
                covered += planted.len();
                let in_language = question
                    .themes
                    .iter()
                    .filter(|t| t.language == l.language)
                    .count();
                possible += in_language.min(l.sentences.len());
            }
        }
        println!(
            "seed {seed}: themes {themes}, quotes repeating one sentence {repeating} ({:.0}%); summaries {summaries}, planted themes covered {:.2} per summary (at most {:.2})",
            100.0 * repeating as f64 / themes as f64,
            covered as f64 / summaries as f64,
            possible as f64 / summaries as f64
        );
        assert!(
            repeating * 5 <= themes,
            "seed {seed}: {repeating} of {themes}"
        );
        assert!(
            covered * 10 >= possible * 9,
            "seed {seed}: {covered} of {possible}"
        );
    }
}

#[test]
fn an_nri_written_several_ways_is_one_line_and_one_count() {
    use bpf_survey::core::response::{Capacity, Publication, Status};
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 60, 5);
    let spellings = [
        "APrIGF",
        "Asia Pacific Regional IGF",
        "APrIGF",
        "the Asia Pacific Regional Internet Governance Forum",
        "IGF-USA",
        "IGF USA",
        "USA IGF",
    ];
    for (r, name) in g.responses.iter_mut().zip(spellings) {
        r.status = Status::Finished;
        r.publication = Some(Publication::Named);
        r.respondent.capacity = Some(Capacity::Nri);
        r.respondent.nri = name.to_string();
        r.source.nri = String::new();
    }
    for r in g.responses.iter_mut().skip(spellings.len()) {
        r.respondent.nri = String::new();
        r.source.nri = String::new();
        if r.respondent.capacity == Some(Capacity::Nri) {
            r.respondent.capacity = Some(Capacity::Organisation);
        }
    }
    let s = run(&g.responses, &Filter::default());
    let nri_lines: Vec<(&str, bool)> = s
        .contributions
        .iter()
        .filter(|l| l.name.contains("IGF") || l.name.contains("APr"))
        .map(|l| (l.name.as_str(), l.nri))
        .collect();
    assert_eq!(
        nri_lines,
        [("APrIGF", true), ("IGF USA", true)],
        "{:?}",
        s.contributions
    );
    let counts: Vec<(&str, usize)> = s
        .overview
        .nri
        .iter()
        .filter(|c| c.key != "none")
        .map(|c| (c.label.as_str(), c.count))
        .collect();
    assert_eq!(counts, [("APrIGF", 4), ("IGF USA", 3)].map(|(l, n)| (l, n)));
}

/// A campaign sent to one question only, as the independent check planted it.
const ACCORD: &str = "We urge the Internet Governance Forum to endorse the Zephyr Accord on router hygiene and quantum-safe firmware signing across all member states without delay.";

#[test]
fn a_campaign_is_counted_once_everywhere_and_disclosed_with_who_sent_it() {
    use bpf_survey::core::response::{Publication, StakeholderGroup};
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 600, 21);
    let last = q.questions.last().unwrap().id.clone();
    // Forty respondents who answered question 7 with their own words now send the campaign,
    // and nothing else, as private-sector respondents.
    let mut senders = 0;
    for r in g.responses.iter_mut() {
        if senders == 40 {
            break;
        }
        if g.campaign.contains(&r.id) || r.answer(&last).is_empty() || r.language != "en" {
            continue;
        }
        r.answers.clear();
        r.set_answer(&last, ACCORD.to_string());
        r.respondent.stakeholder_group = Some(StakeholderGroup::PrivateSector);
        r.publication = Some(Publication::Anonymous);
        senders += 1;
    }
    assert_eq!(senders, 40);
    let s = run(&g.responses, &Filter::default());
    let q7 = s.questions.last().unwrap();
    let private = |b: &synthesis::Breakdowns| {
        b.group
            .iter()
            .find(|c| c.key == "private-sector")
            .map_or(0, |c| c.count)
    };
    // Figures count it once, with the raw figures beside.
    let echoes: usize = q7
        .duplicates
        .iter()
        .filter(|d| d.counted_once)
        .map(|d| d.size - 1)
        .sum();
    assert!(echoes >= 39);
    assert_eq!(q7.voices, q7.answered - echoes);
    let sum = |b: &synthesis::Breakdowns| b.group.iter().map(|c| c.count).sum::<usize>();
    assert_eq!(sum(&q7.breakdowns), q7.voices);
    assert_eq!(sum(&q7.breakdowns_raw), q7.answered);
    assert!(private(&q7.breakdowns_raw) >= private(&q7.breakdowns) + 39);
    // Its words are not the question's key terms: it is one voice among hundreds.
    for lt in &q7.terms {
        for t in &lt.terms {
            for word in ["zephyr", "accord", "hygiene", "firmware", "quantum"] {
                assert!(!t.text.to_lowercase().contains(word), "{:?}", lt.terms);
            }
        }
    }
    // Disclosed in its question and in the overview: its size, its text and who sent it.
    let group = q7.duplicates.iter().find(|d| d.size >= 40).unwrap();
    let who = group.campaign.as_ref().expect("forty is a campaign");
    assert_eq!(private(&who.breakdowns), 40);
    assert_eq!(who.countries.iter().map(|c| c.count).sum::<usize>(), 40);
    let campaign = s
        .campaigns
        .iter()
        .find(|c| c.questions == vec![7])
        .unwrap_or_else(|| panic!("{:?}", s.campaigns));
    assert_eq!(campaign.size, 40);
    assert!(campaign.excerpt.as_deref().unwrap().starts_with("We urge"));
    // The generator's own campaign pastes one text into every answer: one campaign, seven
    // questions.
    let pasted = s.campaigns.iter().find(|c| c.questions.len() == 7).unwrap();
    assert!(pasted.size >= synthesis::CAMPAIGN);
    // The overview counts the senders who only repeated the campaign once.
    assert!(s.voices <= s.responses - 39 - (pasted.size - 1));
    assert_eq!(sum(&s.voice_overview), s.voices);
    assert_eq!(sum(&s.overview), s.responses);
}

#[test]
fn where_answers_repeat_one_another_as_a_matter_of_course_only_a_text_that_stands_out_is_a_campaign()
 {
    // The generator writes answers from stock sentences: at 2,000 responses each question has
    // a dozen or more texts sent five to seventeen times over, the way a template handed
    // round or a templated corpus repeats. Its campaign (one text pasted into every answer)
    // is sent 30 to 45 times per question. Before, every one of those groups was a campaign:
    // listed, and its copies counted once, so every theme lost the voices of its stock
    // sentences.
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 2000, 2016);
    let s = run(&g.responses, &Filter::default());
    let pasted: BTreeSet<&str> = g.campaign.iter().map(|id| id.as_str()).collect();
    for question in &s.questions {
        let campaigns: Vec<_> = question
            .duplicates
            .iter()
            .filter(|d| d.campaign.is_some())
            .collect();
        assert_eq!(campaigns.len(), 1, "question {}", question.number);
        assert!(
            campaigns[0]
                .responses
                .iter()
                .all(|r| pasted.contains(r.as_str()))
        );
        // Texts repeated as often as the question's others are each answer a voice,
        // counted in their first's theme and in the question's figures.
        let ordinary: Vec<_> = question
            .duplicates
            .iter()
            .filter(|d| !d.counted_once)
            .collect();
        assert!(
            ordinary
                .iter()
                .filter(|d| d.size >= synthesis::CAMPAIGN)
                .count()
                >= 5,
            "question {}: {:?}",
            question.number,
            question
                .duplicates
                .iter()
                .map(|d| d.size)
                .collect::<Vec<_>>()
        );
        let once: usize = question
            .duplicates
            .iter()
            .filter(|d| d.counted_once)
            .map(|d| d.size - 1)
            .sum();
        assert_eq!(question.voices, question.answered - once);
        let in_themes: BTreeSet<&str> = question
            .theme_members
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        let copies_in_themes = ordinary
            .iter()
            .flat_map(|d| d.responses.iter().skip(1))
            .filter(|r| in_themes.contains(r.as_str()))
            .count();
        let copies: usize = ordinary.iter().map(|d| d.size - 1).sum();
        assert!(
            copies_in_themes * 10 >= copies * 9,
            "question {}: {copies_in_themes} of {copies} copies in a theme",
            question.number
        );
        let theme_voices: usize = question.themes.iter().map(|t| t.voices).sum();
        assert_eq!(theme_voices, in_themes.len());
    }
    // The overview lists the one campaign, seven questions long, and nothing more.
    assert_eq!(s.campaigns.len(), 1, "{:?}", s.campaigns);
    assert_eq!(s.campaigns[0].questions.len(), 7);
    assert_eq!(s.unlisted_campaign_groups(), 0);
}

#[test]
fn the_initiatives_answers_name_are_counted_by_who_names_them() {
    use bpf_survey::core::response::Publication;
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 600, 13);
    let q5 = q.questions[4].id.clone();
    // The truth: which answers name what, planted in the answers' own languages.
    let mut truth: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut hidden = 0;
    for (i, r) in g.responses.iter_mut().enumerate() {
        let answer = r.answer(&q5).to_string();
        let unpublished = r.publication == Some(Publication::DoNotPublish);
        if answer.chars().count() < 60 || g.campaign.contains(&r.id) {
            continue;
        }
        let (language, id) = (r.language.clone(), r.id.to_string());
        // The generator's own sentences name one.
        if answer.contains("Budapest Convention") {
            truth
                .entry("Budapest Convention")
                .or_default()
                .push(id.clone());
        }
        let mut plant = |name: &'static str, sentence: &str| {
            r.set_answer(&q5, format!("{answer} {sentence}"));
            truth.entry(name).or_default().push(id.clone());
        };
        match (i % 7, language.as_str()) {
            (0, _) if answer.contains("Budapest Convention") => {}
            (0, "en") => plant(
                "APCERT",
                "Our drills with APCERT and its members taught us most.",
            ),
            (0, "fr") => plant(
                "Budapest Convention",
                "Nous avons ratifié la Convention de Budapest.",
            ),
            (0, "zh") => plant("Budapest Convention", "我们加入了布达佩斯公约。"),
            (1, "en") => plant(
                "Avalanche",
                "The Avalanche takedown showed what joint work can do.",
            ),
            (2, "en" | "es") => plant(
                "Kenya Cyber Threat Exchange",
                "The Kenya Cyber Threat Exchange shares feeds with banks.",
            ),
            (3, _) if unpublished => {
                // Named only where it may not be published: counted nowhere by name; its
                // acronym, named by others too, is counted by the acronym alone.
                r.set_answer(
                    &q5,
                    format!("{answer} We founded the Zorblat Resilience Circle (ZRC)."),
                );
                truth.entry("ZRC").or_default().push(id.clone());
                hidden += 1;
            }
            // A name spelled out once with its acronym, the acronym alone elsewhere: one
            // initiative, shown with both.
            (4, "en") => plant(
                "Joint Cybercrime Action Taskforce (J-CAT)",
                "The Joint Cybercrime Action Taskforce (J-CAT) coordinated it.",
            ),
            // A known name with a possessive is that name.
            (5, "en") => {
                plant(
                    "Joint Cybercrime Action Taskforce (J-CAT)",
                    "J-CAT helped, and INTERPOL's teams.",
                );
                truth.entry("INTERPOL").or_default().push(id.clone());
            }
            (6, _) if !unpublished => plant("ZRC", "The ZRC shared indicators."),
            _ => {}
        }
    }
    assert!(hidden >= 2 && truth.len() == 7, "{truth:?}");
    let s = run(&g.responses, &Filter::default());
    let cited = &s.questions[4].initiatives;
    // Near-identical answers count once (the generator's templates make a few).
    let echoes: BTreeSet<&String> = s.questions[4]
        .duplicates
        .iter()
        .flat_map(|d| d.responses.iter().skip(1))
        .collect();
    for (name, ids) in &truth {
        let n = ids.iter().filter(|id| !echoes.contains(id)).count();
        assert!(n * 10 >= ids.len() * 9, "{name}: {n} of {}", ids.len());
        let found = cited
            .iter()
            .find(|i| i.name == *name)
            .unwrap_or_else(|| panic!("{name} not found in {cited:?}"));
        assert_eq!(found.answers, n, "{name}");
        assert_eq!(found.groups.iter().map(|c| c.count).sum::<usize>(), n);
    }
    assert!(
        !cited.iter().any(|i| i.name.contains("Zorblat")),
        "{cited:?}"
    );
    // The generator's own answers name no initiative: nothing else is invented.
    let invented: Vec<_> = cited
        .iter()
        .filter(|i| !truth.contains_key(i.name.as_str()))
        .collect();
    assert!(invented.is_empty(), "{invented:?}");
}

#[test]
fn the_draft_narrative_tells_the_largest_themes_first_with_their_true_shares() {
    use bpf_survey::core::synthesis::narrative::{self, Size};
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 600, 17);
    let s = run(&g.responses, &Filter::default());
    for question in &s.questions {
        let points = narrative::points(question);
        assert!(!points.is_empty(), "question {}", question.number);
        let said = question.voices - question.non_answers - question.other;
        let largest = question.topics.iter().map(|t| t.voices).max().unwrap();
        assert_eq!(points[0].topic.voices, largest);
        for w in points.windows(2) {
            assert!(w[0].topic.voices >= w[1].topic.voices);
        }
        for p in &points {
            let share = p.topic.voices as f64 / said as f64;
            assert_eq!(p.percent, (share * 100.0).round() as usize);
            assert_eq!(p.size == Size::Most, share >= 0.5);
            if let Some((g, pct)) = p.mainly {
                assert!(g.count * 2 >= p.topic.voices && pct >= 50);
            }
        }
        // Named by the concepts it gathers, in the reader's language.
        assert!(!points[0].topic.concepts.is_empty());
        assert_ne!(points[0].name("en"), points[0].name("fr"));
        let english = bpf_survey::i18n::Messages::with_synthesis("en").without_isolation();
        let draft = narrative::sentences(question, &english, &|tag| tag.to_string(), &|key| {
            key.to_string()
        })
        .join(" ");
        assert!(
            draft.contains(&format!("“{}”", points[0].name("en"))),
            "{draft}"
        );
        assert!(
            draft.contains(&format!("({}%;", points[0].percent)),
            "{draft}"
        );
    }
}

/// Each theme's dominant planted theme (from its quotes' responses), if any.
fn dominant(
    g: &generate::Generated,
    question: &synthesis::QuestionSynthesis,
    t: &synthesis::Theme,
) -> Option<usize> {
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for quote in &t.quotes {
        let id = bpf_survey::core::response::ResponseId::parse(&quote.response).unwrap();
        if let Some(p) = g.planted.get(&(id, question.id.clone())) {
            *counts.entry(*p).or_insert(0) += 1;
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(p, _)| p)
}

/// The adjusted Rand index of two labellings given as a contingency table of weights.
fn adjusted_rand(table: &BTreeMap<(usize, usize), usize>) -> f64 {
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut rows: BTreeMap<usize, usize> = BTreeMap::new();
    let mut cols: BTreeMap<usize, usize> = BTreeMap::new();
    let mut cells = 0.0;
    let mut total = 0;
    for (&(r, c), &n) in table {
        *rows.entry(r).or_insert(0) += n;
        *cols.entry(c).or_insert(0) += n;
        cells += pairs(n);
        total += n;
    }
    let a: f64 = rows.values().map(|n| pairs(*n)).sum();
    let b: f64 = cols.values().map(|n| pairs(*n)).sum();
    let expected = a * b / pairs(total);
    let max = (a + b) / 2.0;
    if max == expected {
        1.0
    } else {
        (cells - expected) / (max - expected)
    }
}

#[test]
fn themes_of_all_languages_are_one_list_grouped_by_the_concepts_they_share() {
    let q = questionnaire::builtin();
    for seed in [7, 19, 23] {
        let g = generate::generate(&q, 600, seed);
        let s = run(&g.responses, &Filter::default());
        let (mut themes, mut topics, mut ari_topics, mut ari_languages) = (0, 0, 0.0, 0.0);
        for question in &s.questions {
            // Every voice of a theme counted under the theme's dominant planted theme: the
            // truth; the labels are the topic (across languages) or the theme (per language).
            let mut by_topic: BTreeMap<(usize, usize), usize> = BTreeMap::new();
            let mut by_theme: BTreeMap<(usize, usize), usize> = BTreeMap::new();
            for (k, topic) in question.topics.iter().enumerate() {
                for &t in &topic.themes {
                    let th = &question.themes[t];
                    let truth = dominant(&g, question, th).unwrap_or(99);
                    *by_topic.entry((k, truth)).or_insert(0) += th.voices;
                    *by_theme.entry((t, truth)).or_insert(0) += th.voices;
                }
            }
            themes += question.themes.len();
            topics += question.topics.len();
            ari_topics += adjusted_rand(&by_topic) / 7.0;
            ari_languages += adjusted_rand(&by_theme) / 7.0;
            // The largest topics are the three planted themes, in every language.
            assert!(question.topics.len() >= 3);
            for topic in &question.topics[..3] {
                assert!(!topic.concepts.is_empty());
                assert!(topic.languages.len() >= 3, "{topic:?}");
            }
        }
        eprintln!(
            "seed {seed}: {themes} themes in 7 questions, {topics} topics (21 planted); theme-level adjusted Rand index {ari_topics:.2} across languages, {ari_languages:.2} per language"
        );
        assert!(topics <= 42, "{topics} topics for 21 planted");
        assert!(ari_topics >= 0.8, "{ari_topics}");
    }
}

#[test]
fn labels_and_key_terms_carry_no_function_words_or_modal_verbs() {
    let q = questionnaire::builtin();
    let banned: BTreeSet<&str> = "would could must also shall might may every another désormais doit doivent peut peuvent faut rien elles sert parfois aussi être très plus debe deben puede pueden ser sigue siendo hay tiene también muy должны должен может могут нужно также очень является يجب يمكن أيضا"
        .split(' ')
        .collect();
    let mut seen = Vec::new();
    for seed in [3, 7, 11] {
        let s = run(
            &generate::generate(&q, 600, seed).responses,
            &Filter::default(),
        );
        for question in &s.questions {
            let labels = question.themes.iter().flat_map(|t| t.label.iter());
            let terms = question
                .terms
                .iter()
                .flat_map(|l| l.terms.iter().map(|t| &t.text));
            for phrase in labels.chain(terms) {
                if phrase.split(' ').any(|w| banned.contains(w)) {
                    seen.push(phrase.clone());
                }
            }
        }
    }
    assert!(seen.is_empty(), "{seen:?}");
}

#[test]
fn chinese_terms_and_labels_are_whole_words() {
    // Sentences written word by word: a key term or label may join consecutive words, never
    // cut one (character pairs made "户自" of 用户|自己 and "胁情" of 威胁|情报).
    let sentences: [&[&str]; 9] = [
        &[
            "国家",
            "计算机",
            "应急",
            "响应",
            "小组",
            "每周",
            "与",
            "银行",
            "分享",
            "威胁",
            "情报",
            "。",
        ],
        &[
            "我们", "通过", "安全", "平台", "与", "区域", "团队", "交换", "威胁", "情报", "。",
        ],
        &[
            "信息", "共享", "需要", "信任", "和", "明确", "的", "规则", "。",
        ],
        &["能力", "建设", "应当", "注重", "实际", "操作", "培训", "。"],
        &["区域", "培训", "研讨会", "建立", "技能", "和", "信任", "。"],
        &["用户", "自己", "的", "责任", "也", "需要", "培训", "。"],
        &[
            "执法", "机构", "需要", "明确", "的", "法律", "程序", "调取", "数据", "。",
        ],
        &["网络", "犯罪", "法律", "应当", "保护", "人权", "。"],
        &[
            "跨境", "调查", "需要", "司法", "协助", "和", "法律", "框架", "。",
        ],
    ];
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 300, 5);
    let qid = q.questions[2].id.clone();
    for (i, r) in g.responses.iter_mut().enumerate().take(120) {
        let theme = (i % 3) * 3;
        let text: String = (0..3)
            .map(|k| sentences[theme + (i / 3 + k) % 3].concat())
            .collect();
        r.set_answer(&qid, text);
        r.language = "zh".to_string();
    }
    // The generator's own Chinese answers to the question are left out: only these are known.
    for r in g.responses.iter_mut().skip(120) {
        if r.answer(&qid)
            .chars()
            .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
        {
            r.set_answer(&qid, String::new());
        }
    }
    let s = run(&g.responses, &Filter::default());
    let question = &s.questions[2];
    let zh_terms: Vec<&String> = question
        .terms
        .iter()
        .filter(|l| l.language == "zh")
        .flat_map(|l| l.terms.iter().map(|t| &t.text))
        .collect();
    let zh_labels: Vec<&String> = question
        .themes
        .iter()
        .filter(|t| t.language == "zh")
        .flat_map(|t| t.label.iter())
        .collect();
    assert!(zh_terms.len() >= 5, "{zh_terms:?}");
    assert!(!zh_labels.is_empty());
    // A phrase is whole words when it is the concatenation of consecutive words of a sentence.
    let whole = |phrase: &str| {
        sentences.iter().any(|words| {
            (0..words.len()).any(|i| (i + 1..=words.len()).any(|j| words[i..j].concat() == phrase))
        })
    };
    let cut: Vec<&&String> = zh_terms
        .iter()
        .chain(&zh_labels)
        .filter(|p| !whole(p))
        .collect();
    assert!(
        cut.is_empty(),
        "cut words: {cut:?} (terms {zh_terms:?}, labels {zh_labels:?})"
    );
    // The key terms name what was written: 威胁情报, not its characters.
    assert!(
        zh_terms
            .iter()
            .any(|t| t.contains("威胁情报") || t.as_str() == "情报"),
        "{zh_terms:?}"
    );
}

/// Sentences that say something, but nothing about cybersecurity, ten per language; an
/// off-topic answer is two of them.
const OFF_TOPIC: [(&str, [&str; 10]); 6] = [
    (
        "en",
        [
            "Our organisation was founded in 1998 and now has forty employees in three offices.",
            "The weather in our city has been terrible this year.",
            "The football season was a disappointment for everyone in town.",
            "Please visit our website to learn more about our products and upcoming events.",
            "I am writing this during my lunch break.",
            "We hope the meeting next month goes well and the food is good.",
            "My grandmother makes the best bread in the whole valley.",
            "The new bus line finally connects the airport with the old harbour.",
            "Tickets for the summer concert are on sale from Monday at the town hall.",
            "Our shop sells handmade furniture, rugs and ceramic lamps.",
        ],
    ),
    (
        "fr",
        [
            "Notre association organise chaque année un festival de musique en juin.",
            "Il a plu presque tous les jours de vacances cet été.",
            "La boulangerie du coin vend les meilleurs croissants du quartier.",
            "Le match de dimanche a été reporté à cause de la neige.",
            "Je vous écris pendant ma pause de midi, entre deux rendez-vous.",
            "Nos bureaux déménagent au troisième étage le mois prochain.",
            "Le nouveau musée présente des tableaux du dix-neuvième siècle.",
            "Ma sœur ouvre un restaurant de cuisine libanaise près de la gare.",
            "Les inscriptions au club de natation sont ouvertes jusqu'à vendredi.",
            "Le marché du samedi propose des fromages et des fruits de saison.",
        ],
    ),
    (
        "es",
        [
            "Nuestra empresa vende muebles de oficina y ha abierto una tienda nueva.",
            "El verano pasado hizo muchísimo calor en la costa.",
            "El partido del domingo terminó empatado después de la prórroga.",
            "Mi abuela prepara la mejor paella de todo el pueblo.",
            "Las entradas para el concierto de otoño ya están a la venta.",
            "Escribo esto durante mi descanso para comer.",
            "La biblioteca municipal amplía su horario durante los exámenes.",
            "El nuevo puente une por fin los dos barrios del río.",
            "Nuestro equipo de baloncesto ganó el torneo regional de juveniles.",
            "La feria del libro vuelve a la plaza mayor en mayo.",
        ],
    ),
    (
        "ru",
        [
            "Наша компания продаёт офисную мебель и открыла новый магазин.",
            "Прошлым летом на побережье было очень жарко.",
            "Воскресный футбольный матч перенесли из-за снега.",
            "Моя бабушка печёт самый вкусный хлеб в деревне.",
            "Билеты на летний концерт продаются в городской ратуше.",
            "Я пишу это во время обеденного перерыва.",
            "Новая автобусная линия соединяет аэропорт со старым портом.",
            "Городская библиотека открыта до позднего вечера во время экзаменов.",
            "Наш офис переезжает на третий этаж в следующем месяце.",
            "На субботнем рынке продают сыры и сезонные фрукты.",
        ],
    ),
    (
        "ar",
        [
            "تبيع شركتنا أثاث المكاتب وافتتحت متجرا جديدا في وسط المدينة.",
            "كان الطقس حارا جدا على الساحل في الصيف الماضي.",
            "تأجلت مباراة كرة القدم يوم الأحد بسبب المطر.",
            "جدتي تصنع أفضل خبز في القرية كلها.",
            "تذاكر الحفل الموسيقي الصيفي متاحة في قاعة المدينة.",
            "أكتب هذا خلال استراحة الغداء.",
            "خط الحافلات الجديد يربط المطار بالميناء القديم.",
            "تفتح المكتبة العامة حتى وقت متأخر خلال فترة الامتحانات.",
            "ينتقل مكتبنا إلى الطابق الثالث الشهر المقبل.",
            "يبيع سوق السبت الأجبان والفواكه الموسمية.",
        ],
    ),
    (
        "zh",
        [
            "我们公司销售办公家具，并在市中心开了一家新店。",
            "去年夏天海边的天气非常炎热。",
            "星期天的足球比赛因为下雪推迟了。",
            "我奶奶做的面包是全村最好吃的。",
            "夏季音乐会的门票在市政厅出售。",
            "我是在午休的时候写这段话的。",
            "新的公交线路把机场和老港口连接起来。",
            "考试期间市图书馆开放到很晚。",
            "我们的办公室下个月搬到三楼。",
            "周六的市场出售奶酪和时令水果。",
        ],
    ),
];

#[test]
fn answers_close_to_no_theme_are_other_answers_not_a_themes_voices() {
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 1200, 29);
    let mut planted: BTreeSet<(usize, String)> = BTreeSet::new();
    for (i, r) in g.responses.iter_mut().enumerate() {
        if i % 8 != 3 || g.campaign.contains(&r.id) {
            continue;
        }
        let Some((_, pool)) = OFF_TOPIC.iter().find(|(l, _)| *l == r.language) else {
            continue;
        };
        let qi = i / 8 % 7;
        let text = format!("{} {}", pool[i % 10], pool[(i / 10 + 3) % 10]);
        r.set_answer(&q.questions[qi].id, text);
        planted.insert((qi, r.id.to_string()));
    }
    let s = run(&g.responses, &Filter::default());
    assert!(planted.len() > 100, "{}", planted.len());
    let mut flagged = 0;
    for (qi, question) in s.questions.iter().enumerate() {
        let here = planted.iter().filter(|(q, _)| *q == qi).count();
        // Every planted answer, and next to no other: the generator's answers all speak of
        // the field, so anything more is an answer wrongly set aside.
        assert!(
            question.other <= here + here / 10 + 1,
            "question {qi}: {} other answers for {here} planted",
            question.other
        );
        flagged += question.other;
        // None of them is quoted, nor a key term's word.
        for theme in &question.themes {
            for quote in &theme.quotes {
                assert!(
                    !OFF_TOPIC
                        .iter()
                        .flat_map(|(_, p)| p.iter())
                        .any(|o| o.starts_with(&quote.text) || quote.text.starts_with(o)),
                    "quoted: {}",
                    quote.text
                );
            }
        }
        for term in question.terms.iter().flat_map(|l| l.terms.iter()) {
            for word in [
                "paella",
                "baloncesto",
                "grandmother",
                "festival",
                "croissants",
                "бабушка",
                "面包",
                "جدتي",
            ] {
                assert!(!term.text.contains(word), "key term {}", term.text);
            }
        }
    }
    // Recall: at least 90% of the planted answers are other answers.
    assert!(
        flagged * 10 >= planted.len() * 9,
        "{flagged} of {} planted",
        planted.len()
    );
}

#[test]
fn arabic_is_normalised_before_it_is_compared_and_shown_without_marks() {
    let a = Analyzer::new();
    // Vowel marks, tatweel, hamza on the alif and alif maqsura change nothing.
    for (plain, written) in [
        ("التعلم", "التعل\u{651}م"),
        ("امن", "أمن"),
        ("الامن", "الأمـــن"),
        ("الي", "إلى"),
        // "and" or "so" before the article: the stemmer takes off only the article.
        ("التعاون", "والتعاون"),
        ("الندوات", "والندوات"),
        ("المعلومات", "فالمعلومات"),
    ] {
        assert_eq!(a.stem(plain, "ar"), a.stem(written, "ar"), "{written}");
    }
    // "إلى" written without its hamza, "very", "now", and "and this" are not words to rank.
    for stop in ["الى", "جدا", "الآن", "وهذا", "فهذه"] {
        assert_eq!(a.stem(stop, "ar"), None, "{stop}");
    }
    // The words shown keep their letters and lose their marks.
    let tokens = a.tokens("تستغرق أشهراً وهذا بطيء جداً", "ar");
    let shown: Vec<&str> = tokens.iter().map(|t| t.surface.as_str()).collect();
    assert_eq!(shown, ["تستغرق", "أشهرا", "وهذا", "بطيء", "جدا"]);
}

#[test]
fn key_terms_and_labels_are_not_shingles_of_one_sentence() {
    // Before: Arabic key terms were "تستغرق أشهرا وهذا", "أشهرا وهذا بطيء", "وهذا بطيء جدا",
    // with their vowel marks; labels "الإقليمية تبني, تبني المهارات".
    let q = questionnaire::builtin();
    let s = run(
        &generate::generate(&q, 2000, 7).responses,
        &Filter::default(),
    );
    let mut seen = Vec::new();
    for question in &s.questions {
        for list in &question.terms {
            let phrases: Vec<Vec<&str>> = list
                .terms
                .iter()
                .map(|t| t.text.split(' ').collect())
                .collect();
            for (i, a) in phrases.iter().enumerate() {
                for b in &phrases[..i] {
                    if a.windows(2).any(|p| b.windows(2).any(|q| p == q)) {
                        seen.push(format!(
                            "{}: {} / {}",
                            list.language,
                            a.join(" "),
                            b.join(" ")
                        ));
                    }
                }
            }
        }
        for theme in &question.themes {
            let words: Vec<&str> = theme.label.iter().flat_map(|l| l.split(' ')).collect();
            let distinct: BTreeSet<&str> = words.iter().copied().collect();
            if distinct.len() < words.len() {
                seen.push(format!("label {:?}", theme.label));
            }
        }
        let texts = question
            .terms
            .iter()
            .flat_map(|l| l.terms.iter().map(|t| t.text.clone()));
        let labels = question.themes.iter().flat_map(|t| t.label.iter().cloned());
        for text in texts.chain(labels) {
            if text
                .chars()
                .any(|c| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0640}'))
            {
                seen.push(format!("marked: {text}"));
            }
        }
    }
    assert!(seen.is_empty(), "{seen:#?}");
}

/// How stakeholders talk, in the words of public life and none of security's: answers to
/// question 2, not other answers.
const MECHANISMS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "Annual conferences and ministerial roundtables.",
            "Consultations run by the ministry, and a committee where industry sits.",
            "Parliamentary committees invite associations to comment.",
            "Roundtables, one consultation a year, sometimes a webinar.",
        ],
    ),
    (
        "fr",
        &[
            "Des colloques et des ateliers organisés par le ministère.",
            "Consultation des associations par la commission du Sénat.",
        ],
    ),
    (
        "es",
        &[
            "Congresos y seminarios convocados por el ministerio.",
            "Consultas con asociaciones y gremios del sector.",
        ],
    ),
];

/// One word of public life, or only where people meet and write, in an answer about something
/// else: other answers still. (Their other words are no answer's, so only the lexicon decides.)
const ASIDES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "Which hotel is closest to the conference venue?",
            "My association of amateur gardeners grows tomatoes on Sunday afternoons.",
            "Could the IGF send me the visa letter for the meeting?",
        ],
    ),
    (
        "fr",
        &["Où se garer près du ministère le jour de la visite ?"],
    ),
    ("es", &["¿Habrá comida vegetariana en el congreso?"]),
];

#[test]
fn answers_in_the_words_of_public_life_are_answers_and_one_such_word_is_not() {
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 800, 37);
    let (mut mechanisms, mut asides) = (BTreeSet::new(), BTreeSet::new());
    for (i, r) in g.responses.iter_mut().enumerate() {
        if g.campaign.contains(&r.id) {
            continue;
        }
        let (pool, planted) = match i % 10 {
            1 => (MECHANISMS, &mut mechanisms),
            6 => (ASIDES, &mut asides),
            _ => continue,
        };
        let Some((_, texts)) = pool.iter().find(|(l, _)| *l == r.language) else {
            continue;
        };
        r.set_answer("q2", texts[i / 10 % texts.len()].to_string());
        planted.insert(r.id.to_string());
    }
    let s = run(&g.responses, &Filter::default());
    let q2 = s.questions.iter().find(|x| x.id == "q2").unwrap();
    let other: BTreeSet<String> = q2.other_ids.iter().cloned().collect();
    assert!(mechanisms.len() >= 20 && asides.len() >= 20);
    let set_aside: Vec<&String> = mechanisms.intersection(&other).collect();
    assert!(
        set_aside.is_empty(),
        "{} of {} set aside",
        set_aside.len(),
        mechanisms.len()
    );
    let kept: Vec<&String> = asides.difference(&other).collect();
    assert!(kept.is_empty(), "{} of {} kept", kept.len(), asides.len());
}

/// In a large call, everyday words ("year", "report", "meeting", "new") are each used by many
/// answers that speak of the field. An answer about something else that shares only those is
/// still another answer; one that speaks of no field's word either, but most of whose words
/// another answer holds, is kept, and is set aside once that answer is gone.
#[test]
fn in_a_large_call_an_aside_sharing_only_everyday_words_is_an_other_answer() {
    let q = questionnaire::builtin();
    let field = [
        "Every year the national CERT publishes a report on the attacks it handled.",
        "Our new cybersecurity strategy asks members of the private sector to share threat data.",
        "At the annual meeting of CERTs, operators and police discuss the incidents of the year.",
        "The regulator wants a report from every bank on the cyber attacks it received.",
        "Next year we will hold a new exercise on ransomware with the telecom operators.",
    ];
    let asides = [
        "We never received the report from last year.",
        "Where will the next annual meeting be held, and is there a hotel nearby?",
        "Check out our new catering menu, 30% off for members this month!",
    ];
    // No word of the field, but the first answer above holds most of its words.
    let neighbourly = "Each year they publish a report on what they handled.";
    let other_answers = |field: &[&str]| {
        let mut g = generate::generate(&q, 900, 41);
        let (mut planted, mut kept) = (BTreeSet::new(), BTreeSet::new());
        for (i, r) in g.responses.iter_mut().enumerate() {
            if g.campaign.contains(&r.id) {
                continue;
            }
            r.language = "en".into();
            let text = match i % 20 {
                3 => {
                    planted.insert(r.id.to_string());
                    asides[i / 20 % asides.len()]
                }
                13 => {
                    kept.insert(r.id.to_string());
                    neighbourly
                }
                _ => field[i % field.len()],
            };
            r.set_answer("q6", text.to_string());
        }
        let s = run(&g.responses, &Filter::default());
        let q6 = s.questions.iter().find(|x| x.id == "q6").unwrap();
        assert!(planted.len() >= 40 && q6.answered >= 800);
        let other: BTreeSet<String> = q6.other_ids.iter().cloned().collect();
        (planted, kept, other)
    };
    let (planted, kept, other) = other_answers(&field);
    let missed: Vec<&String> = planted.difference(&other).collect();
    assert!(
        missed.is_empty(),
        "{} of {} kept",
        missed.len(),
        planted.len()
    );
    let set_aside: Vec<&String> = kept.intersection(&other).collect();
    assert!(
        set_aside.is_empty(),
        "{} of {} set aside",
        set_aside.len(),
        kept.len()
    );
    // Without the answer that held its words, it is an other answer too: it was kept by its
    // neighbour, not by a word of the field.
    let mut without = field;
    without[0] = "The national CERT answers every incident within hours.";
    let (_, kept, other) = other_answers(&without);
    let still: Vec<&String> = kept.difference(&other).collect();
    assert!(still.is_empty(), "{} of {} kept", still.len(), kept.len());
}

/// A generated call of `n` responses (`seed`), every one in `language`, whose answers to
/// `question` are the `field`'s, but every tenth from the third, one of `asides`, and every
/// tenth from the seventh, one of `kept` (each in turn): the asides' ids, the kept ones' ids,
/// and the question's synthesis.
fn planted_call(
    (n, seed, language, question): (usize, u64, &str, &str),
    field: &[&str],
    asides: &[&str],
    kept: &[&str],
) -> (
    BTreeSet<String>,
    BTreeSet<String>,
    synthesis::QuestionSynthesis,
) {
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, n, seed);
    let (mut planted, mut keep) = (BTreeSet::new(), BTreeSet::new());
    for (i, r) in g.responses.iter_mut().enumerate() {
        if g.campaign.contains(&r.id) {
            continue;
        }
        r.language = language.into();
        let text = match i % 10 {
            3 => {
                planted.insert(r.id.to_string());
                asides[i / 10 % asides.len()]
            }
            7 => {
                keep.insert(r.id.to_string());
                kept[i / 10 % kept.len()]
            }
            _ => field[i % field.len()],
        };
        r.set_answer(question, text.to_string());
    }
    let s = run(&g.responses, &Filter::default());
    let found = s.questions.into_iter().find(|x| x.id == question).unwrap();
    (planted, keep, found)
}

/// Answers of the field to question 4 (problems), half of them on funding.
const PROBLEMS: [&str; 5] = [
    "Lack of funding means the national CERT cannot keep its analysts.",
    "Donors fund cybersecurity projects that stop when the money runs out.",
    "Police and the CERT do not trust each other enough to share incidents.",
    "Every ministry has its own security policy and nobody coordinates.",
    "Operators fear the regulator will fine them if they report a breach.",
];

/// Every one of `planted` is an other answer of `question`, and none of `kept`.
fn asides_only_are_other_answers(
    planted: &BTreeSet<String>,
    kept: &BTreeSet<String>,
    question: &synthesis::QuestionSynthesis,
) {
    assert!(planted.len() >= 10 && kept.len() >= 10);
    let other: BTreeSet<String> = question.other_ids.iter().cloned().collect();
    let missed: Vec<&String> = planted.difference(&other).collect();
    assert!(
        missed.is_empty(),
        "{} of {} kept",
        missed.len(),
        planted.len()
    );
    let set_aside: Vec<&String> = kept.intersection(&other).collect();
    assert!(
        set_aside.is_empty(),
        "{} of {} set aside",
        set_aside.len(),
        kept.len()
    );
}

/// A phrase of the lexicon ("brain drain") is rarer in other talk than its words alone: an
/// answer that holds one speaks of the field, though it has no word of it. A phrase of the
/// call's setting ("mailing list") does not make it so, nor do a phrase's words far apart
/// ("small … business", a review's example).
#[test]
fn an_answer_with_a_phrase_of_the_lexicon_is_not_an_other_answer() {
    let field = [
        "Every year the national CERT publishes a report on the attacks it handled.",
        "Our new cybersecurity strategy asks members of the private sector to share threat data.",
        "Skilled analysts are few, and the police cannot keep the ones they train.",
        "The regulator wants a report from every bank on the cyber attacks it received.",
        "Next year we will hold a new exercise on ransomware with the telecom operators.",
    ];
    let asides = [
        "Please remove my email address from your mailing list.",
        "Check out our new catering menu, 30% off for members this month!",
        "Happy birthday to my small brother, the best business partner ever.",
    ];
    let phrases = [
        "Brain drain. Salaries here simply can't compete.",
        "Brain drain, as everywhere: people leave for better pay.",
    ];
    let (planted, kept, q4) = planted_call((900, 43, "en", "q4"), &field, &asides, &phrases);
    assert!(q4.answered >= 800);
    asides_only_are_other_answers(&planted, &kept, &q4);
}

/// In a small call, a brief answer of no word of the field that speaks of what a fifth of the
/// field's answers speak of ("Budget, as always.", to a question on problems where funding is
/// common) is of the field: too few answers share its words for them to tell. An aside about
/// nothing the answers speak of is still an other answer.
#[test]
fn in_a_small_call_a_brief_answer_on_a_common_concept_is_not_an_other_answer() {
    let asides = [
        "Check out our new catering menu, 30% off for members this month!",
        "My grandmother makes the best bread in the whole valley.",
    ];
    let brief = ["Budget, as always.", "Money. Simply money."];
    let (planted, kept, q4) = planted_call((120, 47, "en", "q4"), &PROBLEMS, &asides, &brief);
    assert!(q4.answered < 300);
    asides_only_are_other_answers(&planted, &kept, &q4);
}

/// Arabic "electronic" (الإلكتروني) is e-mail and e-marketing as often as cybercrime: alone it
/// does not make an answer of the field, though "الجرائم الإلكترونية" still does.
#[test]
fn arabic_electronic_alone_is_no_word_of_the_field() {
    let field = [
        "يتبادل الفريق الوطني للاستجابة للحوادث المعلومات مع البنوك كل أسبوع.",
        "تحتاج الشرطة إلى تدريب على التحقيق في الجرائم الإلكترونية.",
        "يجب أن تحمي القوانين الخصوصية وأن تسمح بملاحقة المخترقين.",
        "نظمت الحكومة حملة توعية حول الاحتيال عبر الإنترنت.",
        "تشارك شركات الاتصالات بيانات الهجمات مع الفريق الوطني.",
    ];
    let asides = ["أرجو إرسال شهادة المشاركة إلى بريدي الإلكتروني في أقرب وقت."];
    let kept = ["الجرائم الإلكترونية تتزايد كل عام."];
    let (planted, kept, q6) = planted_call((900, 53, "ar", "q6"), &field, &asides, &kept);
    asides_only_are_other_answers(&planted, &kept, &q6);
}

/// A brief answer that asks to be contacted is an advert, whatever words of the field it uses
/// ("cybersecurity training… contact us"): an other answer, never quoted. A longer answer that
/// ends so is an answer.
#[test]
fn a_brief_answer_that_asks_to_be_contacted_is_an_other_answer() {
    let advert = "Our firm offers cybersecurity training for banks and ministries, contact us for a discount!";
    let answer = "Banks rarely know whom to call after an attack. The national CERT should publish one \
                  contact point. If in doubt, contact us at the CERT.";
    let (planted, kept, q4) = planted_call((200, 59, "en", "q4"), &PROBLEMS, &[advert], &[answer]);
    asides_only_are_other_answers(&planted, &kept, &q4);
    let quoted = q4
        .themes
        .iter()
        .flat_map(|t| &t.quotes)
        .chain(q4.summary.iter().flat_map(|l| &l.sentences));
    for quote in quoted {
        assert!(!quote.text.contains("discount"), "{}", quote.text);
    }
}

/// A weak word's stem is matched in every language ([`terms`]'s `WEAK`): none may be a content
/// word's stem, or that word would never be a key term or in a label.
#[test]
fn weak_words_never_take_a_content_word_along() {
    let a = Analyzer::new();
    let weak = a.weak_words();
    for (lang, words) in [
        (
            "en",
            "inclusion inclusive voice voices severe severity comments comment pending car least us developed",
        ),
        ("fr", "inclusion inclusif commissions commission voix"),
        ("es", "inclusiva inclusivo sólida sólidas comisiones"),
    ] {
        for w in words.split(' ') {
            if let Some(stem) = a.stem(w, lang) {
                assert!(!weak.contains(&stem), "{lang} {w:?} ({stem}) is weak");
            }
        }
    }
}

#[test]
fn a_question_the_lexicon_does_not_describe_has_no_other_answers() {
    // Answers about gardening to one question: a questionnaire about something else.
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 200, 31);
    let gardening = [
        "Tomatoes need full sun and regular watering in the summer months.",
        "We plant beans and squash together so they shade the soil.",
        "Compost from kitchen scraps feeds the vegetable beds every spring.",
        "Mulch keeps the soil moist and the weeds away from young plants.",
        "Our allotment grows potatoes, onions and a row of sunflowers.",
    ];
    for (i, r) in g.responses.iter_mut().enumerate() {
        r.language = "en".into();
        r.set_answer("q1", gardening[i % gardening.len()].to_string());
    }
    let s = run(&g.responses, &Filter::default());
    let q1 = s.questions.iter().find(|x| x.id == "q1").unwrap();
    assert!(q1.answered > 100);
    assert_eq!(q1.other, 0, "{} of {} set aside", q1.other, q1.answered);
}

/// A word of the lexicon signals one concept: the same stems under two concepts would mark
/// every answer using them with both, and themes about one thing would look like themes about
/// two. (A phrase may still contain another concept's word: "lack of trust" is about trust.)
#[test]
fn each_word_of_the_lexicon_signals_one_concept() {
    use synthesis::concepts::{CONCEPTS, LANGUAGES};
    let analyzer = Analyzer::new();
    // Per language, each entry's stems (sorted) and the concepts that list it.
    let mut entries: BTreeMap<(usize, Vec<String>), BTreeSet<&str>> = BTreeMap::new();
    for concept in CONCEPTS {
        for (l, words) in concept.words.iter().enumerate() {
            for word in *words {
                let mut stems: Vec<String> = analyzer
                    .tokens(&word.to_lowercase(), LANGUAGES[l])
                    .into_iter()
                    .filter(|t| !t.stop)
                    .map(|t| t.stem)
                    .collect();
                assert!(
                    !stems.is_empty(),
                    "{}: {word:?} is only stop words",
                    concept.key
                );
                stems.sort();
                stems.dedup();
                entries.entry((l, stems)).or_default().insert(concept.key);
            }
        }
    }
    let mut clashes = Vec::new();
    for ((l, stems), keys) in &entries {
        if keys.len() > 1 {
            clashes.push(format!("{} {stems:?}: {keys:?}", LANGUAGES[*l]));
        }
    }
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}

/// Answers that say one thing in different words are one theme: the lexicon's concepts count
/// as words of their own, so "phishing", "scam calls" and "identity theft" come together, apart
/// from "backups" and "disaster recovery", though the two groups share their other words.
#[test]
fn answers_that_say_one_thing_in_different_words_are_one_theme() {
    let q = questionnaire::builtin();
    let fraud = [
        "Phishing remains the main way our staff get fooled each year.",
        "Scam calls reach older people in rural towns every week.",
        "Fraud against customers of small shops keeps growing here.",
        "Social engineering tricks our staff into giving passwords away.",
        "Identity theft hurts families who shop online each year.",
        "Impersonation of officials by criminals fools older people.",
        "Smishing texts reach phones in rural towns every week.",
        "Vishing calls pretend to come from tax offices each year.",
        "Scam websites copy well known shops to steal card numbers.",
        "Phishing mails aimed at managers cost firms a lot of money.",
        "Fraudsters pose as relatives asking for money every week.",
        "Business email compromise costs small firms a lot each year.",
        "Fraud on mobile wallets hits young people in towns.",
        "Social engineering over chat apps fools our staff often.",
        "Impersonation of banks in calls fools customers each week.",
        "Identity theft through fake forms grows among students.",
    ];
    let backup = [
        "Backup copies kept offline saved our staff each year.",
        "Disaster recovery drills for small shops run every week.",
        "Business continuity planning helps firms in rural towns.",
        "Redundancy in power and links keeps services up each year.",
        "Failover sites let hospitals keep working after outages.",
        "Contingency plans tell staff what to do every week.",
        "A recovery plan tested often lets firms restart quickly.",
        "Backup tapes stored elsewhere protect older records.",
        "Disaster recovery sites cost small firms a lot of money.",
        "Business continuity rules for banks in towns each year.",
        "Redundancy of servers keeps customers served every week.",
        "Failover between data centres spares families from outages.",
        "Contingency budgets help shops restart after each attack.",
        "Backup of phones and laptops protects students' work.",
        "A recovery plan printed on paper helps managers each year.",
        "Disaster recovery with cloud copies helps young firms.",
    ];
    let mut g = generate::generate(&q, fraud.len() + backup.len(), 41);
    let mut truth = BTreeMap::new();
    for (r, (text, kind)) in g.responses.iter_mut().zip(
        fraud
            .iter()
            .map(|t| (t, "fraud"))
            .chain(backup.iter().map(|t| (t, "backup"))),
    ) {
        r.status = bpf_survey::core::response::Status::Finished;
        r.set_answer("q1", text.to_string());
        truth.insert(r.id.to_string(), kind);
    }
    let s = run(&g.responses, &Filter::default());
    let question = &s.questions[0];
    // Each English theme's answers by what they were written about.
    let mut themes = Vec::new();
    for (theme, members) in question.themes.iter().zip(&question.theme_members) {
        if theme.language == "en" {
            let fraud = members
                .iter()
                .filter(|id| truth[id.as_str()] == "fraud")
                .count();
            themes.push((fraud, members.len() - fraud));
        }
    }
    // At most one answer in a theme of the other kind's, in two themes or three.
    let strays: usize = themes.iter().map(|(f, b)| (*f).min(*b)).sum();
    assert!(
        (2..=3).contains(&themes.len()) && strays <= 1,
        "(fraud, backup) per theme: {themes:?}"
    );
}

/// A language with one answer to a question, not to be published, is grouped with the other
/// small languages and has a theme; with no words of its own to show, the theme is named by the
/// lexicon's names of what it speaks of, in its language, and none of the answer's words is.
#[test]
fn a_theme_of_unpublished_answers_is_named_by_the_lexicon_never_by_their_words() {
    use bpf_survey::core::response::Publication;
    use bpf_survey::core::synthesis::concepts::CONCEPTS;
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 300, 31);
    let english = g
        .responses
        .iter()
        .find(|r| r.language == "en" && r.answer("q1").len() > 40)
        .map(|r| r.answer("q1").to_string())
        .expect("an English answer");
    let mut russian = g.responses.iter_mut().filter(|r| r.language == "ru");
    let alone = russian.next().expect("a Russian response");
    alone.publication = Some(Publication::DoNotPublish);
    alone.set_answer(
        "q1",
        "Закон о киберпреступности Зарквелла даёт полиции полномочия, законодательство Зарквелла строгое.".into(),
    );
    let alone_id = alone.id.to_string();
    for r in russian {
        r.set_answer("q1", english.clone());
    }
    let s = run(&g.responses, &Filter::default());
    let q1 = &s.questions[0];
    let t = q1
        .themes
        .iter()
        .enumerate()
        .find(|(_, t)| t.language == "ru")
        .expect("the Russian answer has a theme");
    assert!(q1.theme_members[t.0].contains(&alone_id));
    let names: Vec<&str> = CONCEPTS.iter().map(|c| c.names[4]).collect();
    assert!(!t.1.label.is_empty(), "{:?}", t.1);
    for part in t.1.label.iter().flat_map(|l| l.split("; ")) {
        assert!(names.contains(&part), "{part} is not a concept's name");
        assert!(!part.to_lowercase().contains("зарквел"), "{part}");
    }
    assert!(t.1.quotes.is_empty());
}

#[test]
fn a_language_that_is_the_only_small_one_still_has_its_themes() {
    // One Spanish answer among English ones: with no other small language to be grouped with,
    // it had no theme and was in no topic of the theme list across languages.
    use bpf_survey::core::response::Publication;
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 80, 41);
    for r in g.responses.iter_mut() {
        r.publication = Some(Publication::Anonymous);
        if r.language != "en" {
            r.language = "en".into();
            r.answers.clear();
        }
    }
    let spanish = &mut g.responses[0];
    spanish.language = "es".into();
    spanish.answers.clear();
    spanish.set_answer(
        "q1",
        "Una ley moderna contra el ciberdelito da a la policía los poderes necesarios, protegiendo los derechos humanos.".into(),
    );
    let id = spanish.id.to_string();
    let s = run(&g.responses, &Filter::default());
    let q1 = &s.questions[0];
    let (t, theme) = q1
        .themes
        .iter()
        .enumerate()
        .find(|(_, t)| t.language == "es")
        .expect("the Spanish answer has a theme");
    assert_eq!(theme.voices, 1);
    assert!(
        q1.theme_members[t].contains(&id),
        "{:?}",
        q1.theme_members[t]
    );
    assert!(
        q1.topics.iter().any(|topic| topic.themes.contains(&t)),
        "{:?}",
        q1.topics
    );
}

#[test]
fn in_a_small_call_labels_and_key_terms_hold_no_verb_or_function_word_of_the_language() {
    // A few answers per language, as a national call gets: each verb is written two or three
    // times, mostly with no pronoun or article beside it, too rarely for its neighbours to
    // tell; the language's verb list does ("crear", "former", "harmoniser", "meet", "know"),
    // and its list of function words ("hoy", "together"); a Chinese verb stands alone only if
    // the lexicon has it alone ("建立", establish, is in "建立信任" only).
    let answers = [
        (
            "es",
            "Crear capacidades técnicas en los equipos nacionales de respuesta.",
        ),
        (
            "es",
            "Crear equipos nacionales y compartir información técnica sobre amenazas.",
        ),
        (
            "es",
            "Compartir información técnica con los equipos nacionales de respuesta.",
        ),
        (
            "es",
            "Participan pocos equipos nacionales en los ejercicios regionales.",
        ),
        (
            "es",
            "Participan los operadores en los ejercicios regionales de respuesta.",
        ),
        (
            "es",
            "Capacidades técnicas escasas hoy y ejercicios regionales poco frecuentes.",
        ),
        (
            "es",
            "Hoy los ejercicios regionales reúnen capacidades técnicas.",
        ),
        (
            "fr",
            "Former des formateurs dans les équipes nationales de réponse.",
        ),
        (
            "fr",
            "Former des juges et harmoniser des législations nationales.",
        ),
        (
            "fr",
            "Harmoniser des procédures de réponse entre équipes nationales.",
        ),
        (
            "fr",
            "Législations nationales disparates et procédures de réponse lentes.",
        ),
        (
            "fr",
            "Formateurs rares dans les équipes nationales de réponse.",
        ),
        ("fr", "Juges peu formés aux procédures de réponse."),
        (
            "en",
            "Meet regularly with national response teams and know each other.",
        ),
        (
            "en",
            "Know your national response teams before an incident.",
        ),
        (
            "en",
            "Meet the national response teams at regional exercises.",
        ),
        (
            "en",
            "Regional exercises bring national response teams together.",
        ),
        ("en", "Response teams work together in regional exercises."),
        ("zh", "建立国家应急团队，定期演练。"),
        ("zh", "建立信息通报机制和应急团队。"),
        ("zh", "应急团队之间需要建立联系。"),
        ("zh", "国家应急团队缺乏专业人才。"),
        (
            "en",
            "National response teams lack trained staff for regional exercises.",
        ),
        (
            "en",
            "Trained staff and regional exercises build trust between response teams.",
        ),
    ];
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, answers.len(), 3);
    let qid = q.questions[1].id.clone();
    for (r, (lang, text)) in g.responses.iter_mut().zip(answers) {
        r.language = lang.into();
        r.set_answer(&qid, text.to_string());
    }
    let s = run(&g.responses, &Filter::default());
    let question = &s.questions[1];
    let phrases: Vec<&String> = question
        .themes
        .iter()
        .flat_map(|t| t.label.iter())
        .chain(
            question
                .terms
                .iter()
                .flat_map(|l| l.terms.iter().map(|t| &t.text)),
        )
        .collect();
    let verbs: BTreeSet<&str> =
        "crear compartir participan former harmoniser meet know hoy together 建立"
            .split(' ')
            .collect();
    let seen: Vec<&&String> = phrases
        .iter()
        .filter(|p| p.split(' ').any(|w| verbs.contains(w)))
        .collect();
    assert!(seen.is_empty(), "{seen:?}");
    // The nouns still name.
    for noun in ["capacidades", "équipes", "teams"] {
        assert!(
            phrases.iter().any(|p| p.split(' ').any(|w| w == noun)),
            "{noun} not in {phrases:?}"
        );
    }
    // Chinese is written without spaces: "应急团队".
    assert!(phrases.iter().any(|p| p.contains("团队")), "{phrases:?}");
}

#[test]
fn labels_and_key_terms_are_noun_phrases_not_verbs() {
    // French and Spanish answers where the verbs are as frequent as the nouns: each verb is
    // told by the words around it ("de partager", "ils publient", "compartir los", "se
    // reducen"), and only the nouns and their adjectives may name.
    let french = [
        "Il est difficile de partager les indicateurs de menace entre équipes nationales.",
        "Les opérateurs hésitent à partager les données sensibles des incidents.",
        "Nous devons partager les alertes, et les équipes publient les indicateurs chaque semaine.",
        "Les administrations revendiquent la compétence, et les équipes publient des bulletins.",
        "Le partage des indicateurs de menace reste limité entre les équipes nationales.",
    ];
    let spanish = [
        "Es difícil compartir los indicadores de amenaza entre los equipos nacionales.",
        "Los operadores dudan en compartir los datos sensibles de los incidentes.",
        "Los equipos publican alertas y se reducen las amenazas gracias a los indicadores.",
        "Las autoridades quieren compartir la información, pero los equipos no publican boletines.",
        "El intercambio de indicadores de amenaza sigue limitado entre los equipos nacionales.",
    ];
    let q = questionnaire::builtin();
    let mut g = generate::generate(&q, 400, 9);
    let qid = q.questions[1].id.clone();
    for (i, r) in g.responses.iter_mut().enumerate().take(240) {
        let (lang, texts) = if i % 2 == 0 {
            ("fr", &french)
        } else {
            ("es", &spanish)
        };
        r.language = lang.into();
        r.set_answer(&qid, texts[(i / 2) % 5].to_string());
    }
    let s = run(&g.responses, &Filter::default());
    let question = &s.questions[1];
    let labels = question.themes.iter().flat_map(|t| t.label.iter());
    let terms: Vec<&String> = question
        .terms
        .iter()
        .flat_map(|l| l.terms.iter().map(|t| &t.text))
        .collect();
    let verbs: BTreeSet<&str> =
        "partager hésitent devons publient revendiquent compartir dudan publican reducen quieren"
            .split(' ')
            .collect();
    let seen: Vec<&String> = labels
        .chain(terms.iter().copied())
        .filter(|p| p.split(' ').any(|w| verbs.contains(w)))
        .collect();
    assert!(seen.is_empty(), "{seen:?}");
    // The nouns still name.
    for noun in ["indicateurs", "indicadores"] {
        assert!(
            terms.iter().any(|t| t.split(' ').any(|w| w == noun)),
            "{noun} not in {terms:?}"
        );
    }
}
