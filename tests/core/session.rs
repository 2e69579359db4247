//! The synthesis worker's session, driven natively through a fake wire to a helper that runs the real helper session: the helper's copy of the set stays equal to the worker's through any interleaving of files, identity files, clears, a helper that loads late and one that stops; a shared synthesis gives what one worker gives; the page never sees a helper's message.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use age::x25519::Identity;
use bpf_survey::core::export::ExportKind;
use bpf_survey::core::format::{self, Exported};
use bpf_survey::core::generate;
use bpf_survey::core::import::{Importer, Limits};
use bpf_survey::core::questionnaire::{self, Questionnaire};
use bpf_survey::core::response::Response;
use bpf_survey::core::synthesis::{self, Analyzer, Filter, Rng, Sharing};
use bpf_survey::core::time::Timestamp;
use bpf_survey::secretariat::helper_protocol::{FromHelper, ToHelper};
use bpf_survey::secretariat::protocol::{IncomingFile, Reply, Request};
use bpf_survey::secretariat::session::helper::HelperSession;
use bpf_survey::secretariat::session::replica::HelperState;
use bpf_survey::secretariat::session::{Link, Session};
use futures::FutureExt;
use futures::executor::block_on;

use crate::fixtures::T0;

/// The helper at the other end of the wire: messages wait in its inbox until it has loaded,
/// and it answers them when the worker listens.
struct Helper {
    session: HelperSession,
    inbox: VecDeque<ToHelper>,
    outbox: VecDeque<FromHelper>,
    loaded: bool,
    stopped: bool,
    /// Stop once this many messages have been answered (a helper that fails mid-way).
    stop_after: Option<usize>,
    answered: usize,
    /// Files it read for the worker.
    reads: usize,
    /// The part it was asked for, waiting for the worker's tokenising.
    part: Option<(std::ops::Range<usize>, Filter)>,
}

impl Helper {
    fn new(q: &Questionnaire) -> Rc<RefCell<Self>> {
        Rc::new(RefCell::new(Self {
            session: HelperSession::new(q.clone()),
            inbox: VecDeque::new(),
            outbox: VecDeque::new(),
            loaded: false,
            stopped: false,
            stop_after: None,
            answered: 0,
            reads: 0,
            part: None,
        }))
    }

    /// Takes the next message in; what it says back waits in the outbox.
    fn take_one(&mut self) -> bool {
        let Some(message) = self.inbox.pop_front() else {
            return false;
        };
        match message {
            ToHelper::Hello => self.outbox.push_back(FromHelper::Ready),
            ToHelper::Read { slot, bytes } => {
                let read = self.session.read(slot, &bytes);
                self.reads += 1;
                self.outbox.push_back(read);
            }
            ToHelper::Mirror(change) => self.session.mirror(change),
            // The part waits for the worker's tokenising, which comes next.
            ToHelper::Part { questions, filter } => self.part = Some((questions, filter)),
            ToHelper::Tokenised(first) => {
                let (questions, filter) = self.part.take().expect("a part was asked for");
                let mut lead = Handed(Some(first), Vec::new());
                let part = self
                    .session
                    .part(questions, &filter, &mut lead)
                    .now_or_never()
                    .expect("the helper never waits here");
                self.outbox
                    .extend(lead.1.into_iter().map(FromHelper::Terms));
                self.outbox.push_back(part);
            }
        }
        true
    }

    /// Takes in everything sent so far.
    fn settle(&mut self) {
        while !self.stopped && self.loaded && self.take_one() {}
    }
}

/// The worker as the helper's part sees it: what it handed over, and the terms sent back.
struct Handed(Option<synthesis::Tokenised>, Vec<synthesis::SharedTerms>);

impl synthesis::Lead for Handed {
    async fn tokenised(&mut self) -> Option<synthesis::Tokenised> {
        self.0.take()
    }
    async fn terms(&mut self, terms: synthesis::SharedTerms) -> bool {
        self.1.push(terms);
        true
    }
}

struct Wire(Rc<RefCell<Helper>>);

impl Link for Wire {
    fn send(&mut self, message: ToHelper) {
        let mut h = self.0.borrow_mut();
        if !h.stopped {
            h.inbox.push_back(message);
        }
    }

    async fn next(&mut self) -> Option<FromHelper> {
        let mut h = self.0.borrow_mut();
        // The worker waits as long as it takes: a helper still loading loads meanwhile.
        h.loaded = true;
        loop {
            if h.stopped {
                return None;
            }
            if let Some(reply) = h.outbox.pop_front() {
                h.answered += 1;
                if h.stop_after.is_some_and(|n| h.answered > n) {
                    h.stopped = true;
                    return None;
                }
                return Some(reply);
            }
            if !h.take_one() {
                // Nothing to answer: a real worker would wait for ever.
                panic!("the worker waits for a helper that has nothing to say");
            }
        }
    }

    async fn next_within(&mut self, _ms: f64) -> Option<Option<FromHelper>> {
        if !self.0.borrow().loaded {
            return None;
        }
        Some(self.next().await)
    }
}

/// 2030-01-01: every generated file is older.
fn clock() -> f64 {
    1_893_456_000_000.0
}

fn file(name: &str, bytes: Vec<u8>) -> IncomingFile {
    IncomingFile {
        name: name.into(),
        size: bytes.len(),
        bytes,
        index: 1,
        total: 1,
    }
}

/// The set: what must be the same on both sides.
#[derive(PartialEq)]
struct Set {
    /// The kept copy of each response, with the file it came from.
    responses: Vec<(String, Exported)>,
    /// Encrypted files waiting for a key.
    waiting: Vec<(String, Vec<u8>)>,
}

fn set_of(i: &Importer) -> Set {
    Set {
        responses: i.kept_copies().collect(),
        waiting: i
            .waiting_files()
            .map(|(n, b)| (n.to_string(), b.to_vec()))
            .collect(),
    }
}

/// Files of every kind: single responses, bundles that overlap them (with older and newer
/// copies), drafts, garbage, encrypted files, and one too large to read.
fn files(q: &Questionnaire, key: &Identity, seed: u64) -> Vec<(String, Vec<u8>, usize)> {
    let g = generate::generate(q, 40, seed);
    let mut out = Vec::new();
    for (i, r) in g.responses.iter().enumerate() {
        let text = format::write_response(r, T0, "t").into_bytes();
        out.push((format!("r{i}.json"), text, 0));
    }
    for (b, chunk) in g.responses.chunks(7).enumerate() {
        let mut newer: Vec<Response> = chunk.to_vec();
        for r in newer.iter_mut().step_by(2) {
            r.updated = Timestamp::from_millis(r.updated.millis() + 1_000 * (b as i64 + 1));
        }
        let text = format::write_bundle(&newer, T0, "t").into_bytes();
        out.push((format!("bundle-{b}.json"), text, 0));
    }
    out.push(("notes.txt".into(), b"not a response".to_vec(), 0));
    out.push(("cut.json".into(), out[0].1[..40].to_vec(), 0));
    for (i, r) in g.responses.iter().take(3).enumerate() {
        let plain = format::write_response(r, T0, "t").into_bytes();
        let sealed =
            bpf_survey::form::encrypt::encrypt(&key.to_public().to_string(), &plain).unwrap();
        out.push((format!("sealed-{i}.json.age"), sealed, 0));
    }
    out.push(("huge.json".into(), Vec::new(), 50 * 1024 * 1024));
    out
}

#[test]
fn the_helpers_copy_stays_the_workers_set_through_any_interleaving() {
    let q = questionnaire::builtin();
    let key = Identity::generate();
    let identity = bpf_survey::core::crypto::identity_file(&key, "2026-11-23T00:00:00Z");
    let mut shared_at_least_once = false;
    let mut read_away = 0;
    for seed in 0..24u64 {
        let mut rng = Rng::new(seed);
        let pool = files(&q, &key, seed);
        let helper = Helper::new(&q);
        let mut session: Session<Wire> = Session::new(q.clone(), clock);
        let start_helper_at = (rng.next_f64() * 30.0) as usize;
        let mut events = 0;
        let mut order: Vec<usize> = (0..pool.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next_f64() * (i + 1) as f64) as usize);
        }
        let mut next = order.into_iter().peekable();
        while next.peek().is_some() {
            events += 1;
            if events == start_helper_at {
                session.attach(Wire(helper.clone()));
            }
            let roll = rng.next_f64();
            // The helper loads (the glue hears its greeting between two requests).
            if session.helper() == HelperState::Loading && roll < 0.3 {
                helper.borrow_mut().loaded = true;
                let stopped = helper.borrow().stopped;
                assert_eq!(block_on(session.greeting()), !stopped, "seed {seed}");
            }
            if roll > 0.97 {
                helper.borrow_mut().stopped = true;
            }
            if roll > 0.9 && roll <= 0.93 {
                block_on(async { session.clear() });
                continue;
            }
            if roll > 0.93 && roll <= 0.97 {
                let text = if rng.next_f64() < 0.8 {
                    identity.clone()
                } else {
                    "AGE-SECRET-KEY-1NOTAKEY".into()
                };
                let reply = session.identity(text);
                assert!(matches!(reply, Reply::Report(_) | Reply::KeyRejected(_)));
                continue;
            }
            // A batch of one to five files.
            let batch: Vec<usize> = (0..1 + (rng.next_f64() * 5.0) as usize)
                .filter_map(|_| next.next())
                .collect();
            let total = batch.len();
            for (k, &f) in batch.iter().enumerate() {
                let (name, bytes, size) = &pool[f];
                let reply = block_on(session.add_file(IncomingFile {
                    name: name.clone(),
                    size: if *size > 0 { *size } else { bytes.len() },
                    bytes: bytes.clone(),
                    index: k + 1,
                    total,
                }));
                let last = k + 1 == total;
                assert_eq!(matches!(reply, Reply::Report(_)), last, "seed {seed}");
            }
            if session.helper() == (HelperState::Ready { mirrored: true }) {
                shared_at_least_once = true;
                helper.borrow_mut().settle();
                let (theirs, ours) = (
                    set_of(helper.borrow().session.importer()),
                    set_of(session.importer()),
                );
                assert!(
                    theirs == ours,
                    "seed {seed}, after event {events}: the helper holds {} responses and {} waiting files, the worker {} and {}",
                    theirs.responses.len(),
                    theirs.waiting.len(),
                    ours.responses.len(),
                    ours.waiting.len()
                );
            }
        }
        read_away += helper.borrow().reads;
    }
    assert!(shared_at_least_once);
    assert!(
        read_away > 10,
        "the helper read files for the worker: {read_away}"
    );
}

#[test]
fn a_helper_that_stops_mid_batch_leaves_its_files_to_the_worker() {
    let q = questionnaire::builtin();
    let key = Identity::generate();
    let pool = files(&q, &key, 7);
    let mut alone: Session<Wire> = Session::new(q.clone(), clock);
    let helper = Helper::new(&q);
    let mut shared: Session<Wire> = Session::new(q.clone(), clock);
    shared.attach(Wire(helper.clone()));
    helper.borrow_mut().loaded = true;
    assert!(block_on(shared.greeting()));
    // It answers three reads, then stops.
    helper.borrow_mut().stop_after = Some(3);
    let total = pool.len();
    for (k, (name, bytes, size)) in pool.iter().enumerate() {
        let make = || IncomingFile {
            name: name.clone(),
            size: if *size > 0 { *size } else { bytes.len() },
            bytes: bytes.clone(),
            index: k + 1,
            total,
        };
        block_on(alone.add_file(make()));
        block_on(shared.add_file(make()));
    }
    assert_eq!(shared.helper(), HelperState::Gone);
    assert!(
        helper.borrow().answered > 0,
        "the helper did read some files"
    );
    assert!(set_of(shared.importer()) == set_of(alone.importer()));
    assert_eq!(shared.importer().report(), alone.importer().report());
}

fn markdown(session: &mut Session<Wire>) -> String {
    match session.export(ExportKind::Markdown, &Filter::default(), "en") {
        Reply::Export {
            filename,
            mime,
            bytes,
        } => {
            assert!(filename.starts_with("bpf-synthesis-") && filename.ends_with(".md"));
            assert_eq!(mime, "text/markdown");
            String::from_utf8(bytes).unwrap()
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_shared_synthesis_is_one_workers_byte_for_byte_and_survives_a_helper_that_stops() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 300, 5);
    let bundle = format::write_bundle(&g.responses, T0, "t").into_bytes();
    let sharing = Sharing {
        from: 100,
        ..Sharing::default()
    };
    let mut alone: Session<Wire> = Session::new(q.clone(), clock);
    block_on(alone.add_file(file("all.json", bundle.clone())));
    let Some(Reply::Synthesis(expected, timing)) =
        block_on(alone.synthesize(Filter::default(), async |_| true))
    else {
        panic!("no synthesis")
    };
    assert_eq!(timing.workers, 1);
    let whole = synthesis::synthesize(
        &g.responses,
        &q,
        &Filter::default(),
        &Analyzer::new(),
        &mut |_| {},
    )
    .for_the_page();
    assert_eq!(*expected, whole);

    for (stop_after, workers) in [(None, 2), (Some(0), 1), (Some(1), 1)] {
        let helper = Helper::new(&q);
        let mut shared: Session<Wire> = Session::new(q.clone(), clock).with_sharing(sharing);
        shared.attach(Wire(helper.clone()));
        helper.borrow_mut().loaded = true;
        block_on(shared.add_file(file("all.json", bundle.clone())));
        helper.borrow_mut().stop_after = stop_after.map(|n: usize| n + helper.borrow().answered);
        let mut steps = 0;
        let Some(Reply::Synthesis(got, timing)) =
            block_on(shared.synthesize(Filter::default(), async |_| {
                steps += 1;
                true
            }))
        else {
            panic!("no synthesis")
        };
        assert_eq!(*got, whole, "helper stops after {stop_after:?}");
        assert_eq!(timing.workers, workers, "helper stops after {stop_after:?}");
        assert!(steps > 0);
        assert_eq!(markdown(&mut shared), markdown(&mut alone));
    }
    // A page that goes away stops the synthesis.
    assert!(block_on(alone.synthesize(Filter::default(), async |_| false)).is_none());
}

#[test]
fn a_helper_still_loading_is_not_waited_for_and_a_bad_identity_file_is_refused() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 150, 8);
    let helper = Helper::new(&q);
    let mut session: Session<Wire> = Session::new(q.clone(), clock).with_sharing(Sharing {
        from: 100,
        ..Sharing::default()
    });
    session.attach(Wire(helper.clone()));
    let bundle = format::write_bundle(&g.responses, T0, "t").into_bytes();
    block_on(session.add_file(file("all.json", bundle)));
    let Some(Reply::Synthesis(_, timing)) =
        block_on(session.synthesize(Filter::default(), async |_| true))
    else {
        panic!("no synthesis")
    };
    assert_eq!(
        timing.workers, 1,
        "a helper that has not loaded is not waited for"
    );
    assert_eq!(session.helper(), HelperState::Loading);
    assert!(matches!(
        session.identity("not a key".into()),
        Reply::KeyRejected(_)
    ));
}

#[test]
fn every_message_survives_postcard() {
    // The codec the page and both workers use; a message that does not read back would stop
    // the worker.
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 30, 2);
    let bundle = format::write_bundle(&g.responses, T0, "t");
    let mut session: Session<Wire> = Session::new(q.clone(), clock);
    let report = block_on(session.add_file(file("b.json", bundle.clone().into_bytes())));
    let synthesis = block_on(session.synthesize(Filter::default(), async |_| true)).unwrap();
    let replies = [
        report,
        synthesis,
        session.export(ExportKind::Csv { bom: true }, &Filter::default(), "en"),
        Reply::Loaded { done: 1, total: 2 },
    ];
    for reply in replies {
        let bytes = postcard::to_allocvec(&reply).unwrap();
        let back: Reply = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(format!("{back:?}"), format!("{reply:?}"));
    }
    let requests = [
        Request::AddFile(file("ünïcode/名前.json", bundle.clone().into_bytes())),
        Request::Synthesize(Filter {
            languages: vec!["fr".into()],
            ..Filter::default()
        }),
        Request::Export {
            kind: ExportKind::Json,
            filter: Filter::default(),
            language: "fr".into(),
        },
        Request::Synthesize(Filter::default().excluding(["a".to_string()].into())),
        Request::Edits(bpf_survey::core::edits::Edits::default().decisions()),
    ];
    for request in requests {
        let bytes = postcard::to_allocvec(&request).unwrap();
        let back: Request = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(format!("{back:?}"), format!("{request:?}"));
    }
    let read = format::read(bundle.as_bytes());
    let messages = [
        FromHelper::Read { slot: 3, read },
        FromHelper::Read {
            slot: 4,
            read: format::read(b"{"),
        },
        FromHelper::Ready,
    ];
    for message in messages {
        let bytes = postcard::to_allocvec(&message).unwrap();
        let back: FromHelper = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(format!("{back:?}"), format!("{message:?}"));
    }
}

/// The markdown export of `session` under `filter`.
fn part_two(session: &mut Session<Wire>, filter: &Filter) -> String {
    match session.export(ExportKind::Markdown, filter, "en") {
        Reply::Export { bytes, .. } => String::from_utf8(bytes).unwrap(),
        other => panic!("{other:?}"),
    }
}

fn synthesized(session: &mut Session<Wire>, filter: &Filter) -> synthesis::Synthesis {
    match block_on(session.synthesize(filter.clone(), async |_| true)) {
        Some(Reply::Synthesis(s, _)) => *s,
        other => panic!("{other:?}"),
    }
}

#[test]
fn edits_are_applied_without_a_new_analysis_and_hold_on_to_their_themes_when_files_are_added() {
    use bpf_survey::core::edits::{Change, Edit, Edits, Reason};
    use bpf_survey::core::response::Publication;
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 400, 21);
    let (first, later) = g.responses.split_at(300);
    let mut session: Session<Wire> = Session::new(q.clone(), clock);
    block_on(session.add_file(file(
        "a.json",
        format::write_bundle(first, T0, "t").into_bytes(),
    )));
    let raw = synthesized(&mut session, &Filter::default());
    let (qi, question) = raw
        .questions
        .iter()
        .enumerate()
        .find(|(_, x)| x.themes.len() >= 3)
        .expect("a question with three themes");
    let qid = question.id.clone();
    let (a, b) = (question.themes[0].clone(), question.themes[1].clone());
    let quotable = first
        .iter()
        .find(|r| {
            r.publication == Some(Publication::Named)
                && r.status == bpf_survey::core::response::Status::Finished
                && r.answers.get(&qid).is_some_and(|t| t.len() > 40)
        })
        .unwrap();
    let secret = first
        .iter()
        .find(|r| {
            r.publication == Some(Publication::DoNotPublish)
                && r.answers.get(&qid).is_some_and(|t| t.len() > 40)
        })
        .unwrap();
    let anonymous = first
        .iter()
        .find(|r| {
            r.publication == Some(Publication::Anonymous)
                && r.status == bpf_survey::core::response::Status::Finished
                && !r.respondent.name.trim().is_empty()
                && r.answers.get(&qid).is_some_and(|t| t.len() > 40)
        })
        .unwrap();
    let spam: Vec<String> = first
        .iter()
        .rev()
        .take(3)
        .map(|r| r.id.to_string())
        .collect();
    let mut edits = Edits::default();
    let edit = |change| Edit {
        at: T0,
        by: "Ana".into(),
        change,
    };
    for change in [
        Change::RenameTheme {
            question: qid.clone(),
            theme: a.anchors.clone(),
            name: "Trust between CERTs".into(),
        },
        Change::MergeThemes {
            question: qid.clone(),
            into: a.anchors.clone(),
            from: b.anchors.clone(),
        },
        Change::Pin {
            question: qid.clone(),
            response: quotable.id.to_string(),
        },
        Change::Pin {
            question: qid.clone(),
            response: secret.id.to_string(),
        },
        Change::Pin {
            question: qid.clone(),
            response: anonymous.id.to_string(),
        },
        Change::Narrative {
            question: qid.clone(),
            text: "Contributors agreed on one thing.\n\nAnd disagreed on another.".into(),
        },
        Change::Reviewed {
            question: qid.clone(),
            reviewed: true,
        },
    ] {
        assert!(edits.make(edit(change)));
    }
    for id in &spam {
        assert!(edits.make(edit(Change::Exclude {
            response: id.clone(),
            reason: Reason::Spam
        })));
    }
    // The same name again changes nothing, and is not recorded.
    assert!(!edits.make(edit(Change::RenameTheme {
        question: qid.clone(),
        theme: a.anchors.clone(),
        name: "Trust between CERTs".into()
    })));
    let decisions = edits.decisions();

    // Without the exclusions, the edits come back at once, on the machine's synthesis.
    let mut kept_all = decisions.clone();
    kept_all.excluded.clear();
    let Some(Reply::Synthesis(edited, _)) = session.edit(kept_all) else {
        panic!("the edits are applied to the last synthesis")
    };
    let eq = &edited.questions[qi];
    assert_eq!(
        eq.themes.len(),
        question.themes.len() - 1,
        "two themes are one"
    );
    assert_eq!(eq.themes[0].title(), "Trust between CERTs");
    assert_eq!(eq.themes[0].voices, a.voices + b.voices);
    assert_eq!(
        eq.pinned.len(),
        2,
        "the response not for publication is never a quote"
    );
    assert_eq!(eq.pins_refused, 1);
    assert_eq!(eq.pinned[0].response, quotable.id.to_string());
    // An anonymous respondent's answer stays anonymous when pinned.
    assert_eq!(eq.pinned[1].response, anonymous.id.to_string());
    assert!(eq.pinned[1].anonymous.is_some());
    assert!(
        !eq.pinned[1]
            .attribution
            .contains(anonymous.respondent.name.trim())
    );
    assert!(eq.reviewed);
    let topics_voices: usize = eq.topics.iter().map(|t| t.voices).sum();
    let themes_voices: usize = eq.themes.iter().map(|t| t.voices).sum();
    assert_eq!(
        topics_voices, themes_voices,
        "every theme's voices are in one topic"
    );
    for t in &eq.topics {
        assert!(t.themes.iter().all(|&i| i < eq.themes.len()));
    }

    // With the exclusions: fewer responses, and the exports say so.
    let filter = Filter::default().excluding(decisions.excluded_ids());
    assert!(
        session.edit(decisions.clone()).is_none(),
        "the exclusions need a new synthesis"
    );
    let s = synthesized(&mut session, &filter);
    assert_eq!(s.responses, 297);
    assert_eq!(
        s.excluded
            .iter()
            .map(|c| (c.key.as_str(), c.count))
            .collect::<Vec<_>>(),
        [("spam", 3)]
    );
    assert_eq!(
        s.questions[qi]
            .themes
            .iter()
            .filter(|t| t.name.is_some())
            .count(),
        1
    );
    let md = part_two(&mut session, &filter);
    assert!(md.contains("Trust between CERTs"), "{md}");
    assert!(md.contains("### Selected quotes"));
    assert!(md.contains("Contributors agreed on one thing.\n\nAnd disagreed on another."));
    assert!(
        md.contains("The secretariat left out 3 more \\(Spam 3\\)"),
        "{}",
        &md[..1500]
    );
    assert!(
        !md.contains("### Draft narrative\n\nGenerated")
            || md.matches("### Synthesis").count() == 1
    );
    let secret_words = secret.answers[&qid].trim();
    assert!(
        !md.contains(secret_words),
        "an unpublished answer pinned is never published"
    );
    let csv = match session.export(ExportKind::Csv { bom: false }, &filter, "en") {
        Reply::Export { bytes, .. } => String::from_utf8(bytes).unwrap(),
        other => panic!("{other:?}"),
    };
    for id in &spam {
        assert!(!csv.contains(id.as_str()));
    }

    // More files come: the edits still find their theme.
    block_on(session.add_file(file(
        "b.json",
        format::write_bundle(later, T0, "t").into_bytes(),
    )));
    let s = synthesized(&mut session, &filter);
    assert_eq!(s.responses, 397);
    let named: Vec<String> = s.questions[qi]
        .themes
        .iter()
        .filter_map(|t| t.name.clone())
        .collect();
    assert_eq!(named, ["Trust between CERTs"]);
    assert_eq!(s.unmatched_edits, 0);

    // Undo takes the last edit back; redo makes it again.
    let before = edits.decisions();
    let undone = edits.undo().cloned().unwrap();
    assert!(matches!(undone.change, Change::Exclude { .. }));
    assert_eq!(edits.decisions().excluded.len(), 2);
    edits.redo();
    assert_eq!(edits.decisions(), before);
}

/// A session given `n` generated responses (seed `seed`) in one bundle, and its synthesis.
fn loaded(n: usize, seed: u64) -> (Questionnaire, Session<Wire>, synthesis::Synthesis) {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, n, seed);
    let mut session: Session<Wire> = Session::new(q.clone(), clock);
    block_on(session.add_file(file(
        "a.json",
        format::write_bundle(&g.responses, T0, "t").into_bytes(),
    )));
    let raw = synthesized(&mut session, &Filter::default());
    (q, session, raw)
}

/// Every answer to question `qid`, as the page lists them.
fn all_rows(session: &Session<Wire>, qid: &str) -> Vec<bpf_survey::core::synthesis::AnswerRow> {
    match session.answers(bpf_survey::secretariat::protocol::AnswersQuery {
        question: qid.to_string(),
        filter: Filter::default(),
        search: String::new(),
        limit: 1_000,
    }) {
        Reply::Answers { rows, .. } => rows,
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_answer_moved_to_another_theme_or_to_the_other_answers_takes_its_voice_along() {
    use bpf_survey::core::edits::{Change, Edit, Edits, Place};
    let (_, mut session, raw) = loaded(300, 22);
    let (qi, question) = raw
        .questions
        .iter()
        .enumerate()
        .find(|(_, x)| x.themes.len() >= 3)
        .unwrap();
    let qid = question.id.clone();
    let rows = |session: &Session<Wire>| all_rows(session, &qid);
    // An answer of the second theme, and where each theme stands.
    let row = rows(&session)
        .into_iter()
        .find(|r| r.place == Some(Place::Theme(1)))
        .expect("an answer in theme 2");
    let (a, b) = (question.themes[0].clone(), question.themes[1].clone());
    let mut edits = Edits::default();
    let edit = |change| Edit {
        at: T0,
        by: "Ana".into(),
        change,
    };
    edits.make(edit(Change::MoveAnswer {
        question: qid.clone(),
        response: row.response.clone(),
        to: Some(a.anchors.clone()),
    }));
    let Some(Reply::Synthesis(moved, _)) = session.edit(edits.decisions()) else {
        panic!()
    };
    let m = &moved.questions[qi];
    assert!(
        m.theme_members.is_empty(),
        "the page is not sent who is in each theme"
    );
    assert_eq!(
        (m.themes[0].voices, m.themes[1].voices),
        (a.voices + 1, b.voices - 1)
    );
    let groups =
        |t: &bpf_survey::core::synthesis::Theme| t.groups.iter().map(|c| c.count).sum::<usize>();
    assert_eq!(groups(&m.themes[0]), a.voices + 1);
    assert_eq!(
        m.topics.iter().map(|t| t.voices).sum::<usize>(),
        m.themes.iter().map(|t| t.voices).sum::<usize>()
    );
    let placed = rows(&session)
        .into_iter()
        .find(|r| r.response == row.response)
        .unwrap();
    assert_eq!(placed.place, Some(Place::Theme(0)));

    // To the other answers: counted there, in no theme.
    edits.make(edit(Change::MoveAnswer {
        question: qid.clone(),
        response: row.response.clone(),
        to: None,
    }));
    let Some(Reply::Synthesis(other, _)) = session.edit(edits.decisions()) else {
        panic!()
    };
    let o = &other.questions[qi];
    assert_eq!(o.other, question.other + 1);
    assert_eq!(
        (o.themes[0].voices, o.themes[1].voices),
        (a.voices, b.voices - 1)
    );
    assert_eq!(
        rows(&session)
            .into_iter()
            .find(|r| r.response == row.response)
            .unwrap()
            .place,
        Some(Place::Other)
    );
    assert_eq!(other.unmatched_edits, 0);
    // Part II counts it among the other answers.
    assert!(
        part_two(&mut session, &Filter::default()).contains(&format!(
            "{} of them speak of nothing the questions are about",
            o.other
        ))
    );
}

#[test]
fn codes_are_suggested_never_applied_until_accepted_and_counted_by_group_in_part_two() {
    use bpf_survey::core::edits::{Change, Edit, Edits};
    let (q, mut session, raw) = loaded(200, 23);
    assert!(
        raw.questions.iter().all(|x| x.codes.is_empty()),
        "no code before the secretariat decides"
    );
    let qid = q.questions[0].id.clone();
    let rows = |session: &Session<Wire>| all_rows(session, &qid);
    let suggested: Vec<_> = rows(&session)
        .into_iter()
        .filter(|r| r.suggested.contains(&"sdg-4".to_string()))
        .collect();
    assert!(
        suggested.len() >= 2,
        "answers about training and schools suggest quality education"
    );
    let (a, b) = (&suggested[0], &suggested[1]);
    let mut edits = Edits::default();
    let edit = |change| Edit {
        at: T0,
        by: "Ana".into(),
        change,
    };
    edits.make(edit(Change::CodeAnswer {
        question: qid.clone(),
        response: a.response.clone(),
        code: "sdg-4".into(),
        applies: true,
    }));
    edits.make(edit(Change::CodeAnswer {
        question: qid.clone(),
        response: b.response.clone(),
        code: "sdg-4".into(),
        applies: false,
    }));
    edits.make(edit(Change::DefineCode {
        key: "own-1".into(),
        name: "Phishing".into(),
        words: vec!["phish".into()],
    }));
    edits.make(edit(Change::CodeAnswer {
        question: qid.clone(),
        response: b.response.clone(),
        code: "own-1".into(),
        applies: true,
    }));
    let Some(Reply::Synthesis(s, _)) = session.edit(edits.decisions()) else {
        panic!()
    };
    let figures: Vec<(String, usize)> = s.questions[0]
        .codes
        .iter()
        .map(|c| (c.name.clone(), c.answers))
        .collect();
    assert_eq!(
        figures,
        [
            ("Phishing".to_string(), 1),
            ("SDG 4: Quality education".to_string(), 1)
        ]
    );
    assert_eq!(
        s.questions[0].codes[0]
            .groups
            .iter()
            .map(|c| c.count)
            .sum::<usize>(),
        1
    );
    let after = rows(&session);
    let row = |id: &str| after.iter().find(|r| r.response == id).unwrap();
    assert_eq!(row(&a.response).codes, ["sdg-4"]);
    assert!(!row(&a.response).suggested.contains(&"sdg-4".to_string()));
    assert!(
        !row(&b.response).suggested.contains(&"sdg-4".to_string()),
        "a rejected suggestion is not made again"
    );
    assert_eq!(row(&b.response).codes, ["own-1"]);
    let md = part_two(&mut session, &Filter::default());
    assert!(md.contains("### Codes"), "{md}");
    let line = md
        .lines()
        .find(|l| l.contains("SDG 4: Quality education"))
        .unwrap_or_default();
    assert!(line.contains(":** 1 answer \\("), "{line}");
    // A code taken out of the codebook leaves every answer.
    edits.make(edit(Change::RemoveCode {
        key: "own-1".into(),
    }));
    let Some(Reply::Synthesis(s, _)) = session.edit(edits.decisions()) else {
        panic!()
    };
    assert_eq!(s.questions[0].codes.len(), 1);
}

#[test]
fn a_table_from_another_tool_becomes_one_bundle_that_loads_like_a_file() {
    use bpf_survey::core::response::Publication;
    use bpf_survey::core::tabular::{Field, TableError, Target};
    use bpf_survey::secretariat::protocol::TableImport;
    let q = questionnaire::builtin();
    let mut session: Session<Wire> = Session::new(q.clone(), clock);
    // Over the size limit: refused, not read.
    match session.read_table("huge.csv".into(), 30 << 20, &[]) {
        Reply::TableRefused {
            reason: TableError::FileTooLarge(size, _),
            ..
        } => assert_eq!(size, 30 << 20),
        other => panic!("{other:?}"),
    }
    let csv = "Name,Stakeholder group,q1\nAda,Government,National CERTs share indicators.\nLi,Academia,Universities train experts.\n";
    let Reply::Table(preview) = session.read_table("forms.csv".into(), csv.len(), csv.as_bytes())
    else {
        panic!()
    };
    assert_eq!(preview.rows, 2);
    assert_eq!(
        preview.suggestion,
        vec![
            Target::Field(Field::Name),
            Target::Field(Field::Group),
            Target::Question("q1".into())
        ]
    );
    let how = TableImport {
        name: "forms.csv".into(),
        mapping: preview.suggestion.clone(),
        publication: Publication::Anonymous,
        nri: "Ghana IGF".into(),
    };
    let Reply::TableImported {
        name,
        mut files,
        responses,
        problems,
    } = block_on(session.import_table(how.clone(), async |_| true)).unwrap()
    else {
        panic!()
    };
    assert_eq!(
        (name.as_str(), files.len(), responses, problems.len()),
        ("forms (imported).json", 1, 2, 0)
    );
    // The bundle loads through the ordinary path.
    let file = files.remove(0);
    block_on(session.add_file(IncomingFile {
        name: file.name,
        size: file.bytes.len(),
        bytes: file.bytes,
        index: 1,
        total: 1,
    }));
    let Reply::Report(report) = session.report() else {
        panic!()
    };
    assert_eq!(report.responses, 2);
    // A table is imported once: asked again, the worker says it has none.
    assert!(matches!(
        block_on(session.import_table(how, async |_| true)),
        Some(Reply::Failed(_))
    ));
}

/// A table's bundles are about ten times its size: a large one becomes several bundles, each
/// within the file-size limit, which all load (before, the one bundle was refused as too large
/// and not one row was imported).
#[test]
fn a_large_table_becomes_bundles_that_each_fit_the_file_limit_and_all_load() {
    use bpf_survey::core::response::Publication;
    use bpf_survey::secretariat::protocol::TableImport;
    let limits = Limits {
        max_file_bytes: 256 << 10,
        ..Limits::default()
    };
    let mut session: Session<Wire> =
        Session::new(questionnaire::builtin(), clock).with_limits(limits);
    let mut csv = String::from("Name,Stakeholder group,q1\n");
    for i in 0..1_000 {
        csv.push_str(&format!(
            "Person {i},Government,National CERTs share indicators with row {i}.\n"
        ));
    }
    assert!(csv.len() < limits.max_file_bytes);
    let Reply::Table(preview) = session.read_table("big.csv".into(), csv.len(), csv.as_bytes())
    else {
        panic!()
    };
    let how = TableImport {
        name: "big.csv".into(),
        mapping: preview.suggestion,
        publication: Publication::Anonymous,
        nri: String::new(),
    };
    // Told to stop (the page gone), it stops.
    let Reply::Table(_) = session.read_table("big.csv".into(), csv.len(), csv.as_bytes()) else {
        panic!()
    };
    assert!(block_on(session.import_table(how.clone(), async |_| false)).is_none());
    let Reply::Table(_) = session.read_table("big.csv".into(), csv.len(), csv.as_bytes()) else {
        panic!()
    };
    let mut heard = Vec::new();
    let Reply::TableImported {
        files, responses, ..
    } = block_on(session.import_table(how, async |p| {
        heard.push((p.done, p.total));
        true
    }))
    .unwrap()
    else {
        panic!()
    };
    assert_eq!(heard, vec![(1_000, 1_000)]);
    assert_eq!(responses, 1_000);
    assert!(files.len() > 1, "{} bundle", files.len());
    assert!(files.iter().all(|f| f.bytes.len() <= limits.max_file_bytes));
    let n = files.len();
    assert_eq!(files[0].name, format!("big (imported, 1 of {n}).json"));
    let total = files.len();
    for (i, f) in files.into_iter().enumerate() {
        block_on(session.add_file(IncomingFile {
            name: f.name,
            size: f.bytes.len(),
            bytes: f.bytes,
            index: i + 1,
            total,
        }));
    }
    let Reply::Report(report) = session.report() else {
        panic!()
    };
    assert_eq!(report.responses, 1_000);
    assert!(report.files.iter().all(|f| f.rejected.is_empty()));
}

/// The worker names countries with the browser's `Intl.DisplayNames`; a table's country column
/// is read by those names in the six languages.
#[test]
fn a_tables_country_names_are_read_in_the_languages_the_browser_names_them_in() {
    use bpf_survey::core::export::NameOf;
    use bpf_survey::core::response::Publication;
    use bpf_survey::secretariat::protocol::TableImport;
    fn names(language: &str, of: NameOf, code: &str) -> Option<String> {
        match (language, of, code) {
            ("fr", NameOf::Country, "SN") => Some("Sénégal".into()),
            ("es", NameOf::Country, "MX") => Some("México".into()),
            _ => None,
        }
    }
    let mut session: Session<Wire> =
        Session::new(questionnaire::builtin(), clock).with_names(names);
    let csv = "Pays,q1\nSénégal,Les CERT coopèrent.\nMéxico,Los CERT cooperan.\n";
    let Reply::Table(preview) = session.read_table("t.csv".into(), csv.len(), csv.as_bytes())
    else {
        panic!()
    };
    let how = TableImport {
        name: "t.csv".into(),
        mapping: preview.suggestion,
        publication: Publication::Anonymous,
        nri: String::new(),
    };
    let Some(Reply::TableImported {
        files, problems, ..
    }) = block_on(session.import_table(how, async |_| true))
    else {
        panic!()
    };
    assert!(problems.is_empty(), "{problems:?}");
    let Ok(format::Document::Bundle(bundle)) = format::read(&files[0].bytes) else {
        panic!()
    };
    let countries: Vec<_> = bundle
        .entries
        .into_iter()
        .map(|e| e.unwrap().response.respondent.country.map(|c| c.code()))
        .collect();
    assert_eq!(countries, [Some("SN"), Some("MX")]);
}

#[test]
fn a_worker_warmed_while_files_are_chosen_gives_the_same_synthesis() {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 120, 11);
    let bundle = format::write_bundle(&g.responses, T0, "t").into_bytes();
    let mut cold: Session<Wire> = Session::new(q.clone(), clock);
    let mut warm: Session<Wire> = Session::new(q.clone(), clock);
    assert!(!warm.is_warm());
    warm.warm();
    assert!(warm.is_warm(), "the analyser is made before any file");
    let synthesis = |session: &mut Session<Wire>| {
        block_on(session.add_file(file("all.json", bundle.clone())));
        match block_on(session.synthesize(Filter::default(), async |_| true)) {
            Some(Reply::Synthesis(s, _)) => s,
            _ => panic!("no synthesis"),
        }
    };
    let (a, b) = (synthesis(&mut cold), synthesis(&mut warm));
    assert!(cold.is_warm());
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
}

#[test]
fn the_open_data_holds_no_unfinished_draft_unless_drafts_are_read_as_sent() {
    // A private copy saved along the way may already say "named"; its author has not sent it
    // as it is, so Part II neither quotes nor lists it, and the open data must not publish it.
    let q = questionnaire::builtin();
    let mut sent = crate::fixtures::sample(1);
    sent.questionnaire = q.reference();
    sent.respondent.name = "Sent Person".into();
    let mut draft = crate::fixtures::sample(2);
    draft.questionnaire = q.reference();
    draft.status = bpf_survey::core::response::Status::Draft;
    draft.respondent.name = "Drafting Person".into();
    draft.set_answer("q1", "Half-written thoughts about quokkas".into());
    let mut session: Session<Wire> = Session::new(q.clone(), clock);
    block_on(session.add_file(file(
        "two.json",
        format::write_bundle(&[sent, draft], T0, "t").into_bytes(),
    )));
    let text_of = |bytes: Vec<u8>| -> String {
        match zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())) {
            Ok(mut zip) => (0..zip.len())
                .map(|i| {
                    let mut s = String::new();
                    std::io::Read::read_to_string(&mut zip.by_index(i).unwrap(), &mut s).ok();
                    s
                })
                .collect(),
            Err(_) => String::from_utf8(bytes).unwrap(),
        }
    };
    let kinds = [
        ExportKind::Csv { bom: false },
        ExportKind::LongCsv { bom: false },
        ExportKind::Json,
        ExportKind::Xlsx,
        ExportKind::Qdpx,
    ];
    for drafts in [false, true] {
        let filter = Filter {
            drafts,
            ..Filter::default()
        };
        block_on(session.synthesize(filter.clone(), async |_| true)).unwrap();
        for kind in kinds {
            let text = match session.export(kind, &filter, "en") {
                Reply::Export { bytes, .. } => text_of(bytes),
                other => panic!("{kind:?}: {other:?}"),
            };
            assert!(text.contains("Sent Person"), "{kind:?}");
            for words in ["Drafting Person", "quokkas"] {
                assert_eq!(
                    text.contains(words),
                    drafts,
                    "{kind:?}, drafts {drafts}: {words}"
                );
            }
        }
    }
}
