//! The synthesis worker as a pure state machine: the set of responses being loaded, the helper's copy of it, the last synthesis and the identity files, with one method per request of the page. It does no I/O and reads no clock of its own (the glue passes one in); its conversation with the helper goes through [`Link`], which the glue implements over the worker bridge and the native tests over plain queues.

pub mod helper;
pub mod replica;

use crate::core::countries::Country;
use crate::core::crypto::Identities;
use crate::core::docx;
use crate::core::edits::{self, Decisions};
use crate::core::export::{self, DocumentInfo, ExportKind};
use crate::core::format;
use crate::core::format::APP_VERSION;
use crate::core::format::{FormatError, review};
use crate::core::import::{Importer, Limits};
use crate::core::open_data;
use crate::core::questionnaire::{self, Questionnaire};
use crate::core::refi;
use crate::core::response::{Response, Status};
use crate::core::synthesis::comments;
use crate::core::synthesis::{
    self, Analyzer, Filter, Partner, Progress, QuestionSynthesis, SharedTerms, Sharing, Synthesis,
    answer_rows, people,
};
use crate::core::tabular::{self, Table};
use crate::core::time::Timestamp;
use crate::core::xlsform;
use crate::secretariat::helper_protocol::{FromHelper, ToHelper};
use crate::secretariat::protocol::{
    AnswersQuery, IncomingFile, MadeFile, Reply, ReviewFile, SetReport, TableImport, TablePreview,
    Timing, WorkerError, XlsFormRead,
};
use replica::{HelperState, Replica};

/// The wire to the helper, as the glue provides it.
// Not `Send`: a worker is single-threaded.
#[allow(async_fn_in_trait)]
pub trait Link {
    /// Sends the helper a message.
    fn send(&mut self, message: ToHelper);
    /// The helper's next message; `None` once it has stopped.
    async fn next(&mut self) -> Option<FromHelper>;
    /// The helper's next message if it comes within `ms` milliseconds: `None` if none came,
    /// `Some(None)` if it stopped.
    async fn next_within(&mut self, ms: f64) -> Option<Option<FromHelper>>;
}

/// The link of a session that never has a helper (the benchmark's exports, tests).
pub struct Alone;

impl Link for Alone {
    fn send(&mut self, _: ToHelper) {}
    async fn next(&mut self) -> Option<FromHelper> {
        None
    }
    async fn next_within(&mut self, _: f64) -> Option<Option<FromHelper>> {
        Some(None)
    }
}

/// An empty set of responses to `questionnaire`, with the default limits.
pub fn empty_set(questionnaire: &Questionnaire) -> Importer {
    Importer::new(questionnaire.reference(), Limits::default())
}

/// The worker's state.
pub struct Session<L> {
    questionnaire: Questionnaire,
    importer: Importer,
    analyzer: Option<Analyzer>,
    /// The last synthesis as the machine made it (before the secretariat's edits), reused by
    /// edits and by document exports of the same filter, and how long it took.
    last: Option<(Filter, Synthesis, Timing)>,
    /// What the secretariat's edits come to, applied to every synthesis and export.
    decisions: Decisions,
    /// The last synthesis as edited, with who is in each theme (the page is sent it without).
    shown: Option<Synthesis>,
    reading_ms: f64,
    replica: Replica,
    link: Option<L>,
    sharing: Sharing,
    clock: fn() -> f64,
    /// Names of countries and languages in a document's language.
    names: export::Names,
    /// Tables read, waiting for their mapping: each file's name, SHA-256 and rows.
    tables: Vec<(String, String, Table)>,
    /// The review round's files: drafts and comment files, and what became of each.
    review: Review,
}

/// The drafts published for review and the comments received on them.
#[derive(Default)]
struct Review {
    drafts: Vec<review::Draft>,
    comments: Vec<review::Comments>,
    report: Vec<ReviewFile>,
    /// Part III A as the files so far make it (its themes are a synthesis of their own), made
    /// when first asked for after a file came.
    /// Whether its themes were looked for (an analyzer was at hand).
    summary: std::cell::OnceCell<(bool, comments::CommentsSummary)>,
}

impl Review {
    /// Takes a file if it is a draft or a comment file (for this questionnaire, or refused
    /// with the reason); `false` when it is neither, for the importer.
    fn take(&mut self, name: &str, bytes: &[u8], questionnaire: &Questionnaire) -> bool {
        let taken = self.read(name, bytes, questionnaire);
        if taken {
            self.summary = Default::default();
        }
        taken
    }

    /// Part III A of the files taken, its themes found with `analyzer` if given.
    fn summary(&self, analyzer: Option<&Analyzer>) -> comments::CommentsSummary {
        let made = |a: Option<&Analyzer>| {
            (
                a.is_some(),
                comments::summarize(&self.comments, &self.drafts, a),
            )
        };
        match self.summary.get() {
            // Made before an analyzer was at hand: made again, now with the themes.
            Some((false, _)) if analyzer.is_some() => made(analyzer).1,
            _ => self.summary.get_or_init(|| made(analyzer)).1.clone(),
        }
    }

    fn read(&mut self, name: &str, bytes: &[u8], questionnaire: &Questionnaire) -> bool {
        // A cheap look first (memchr's vectorised search: every response file and bundle passes
        // here, up to 20 MB each): the format's name must be in the file.
        let named = |format: &str| memchr::memmem::find(bytes, format.as_bytes()).is_some();
        let refused = |reason| ReviewFile::Refused {
            name: name.to_string(),
            reason,
        };
        let other = |id: &str, version: u32| {
            let why = format!("it is for another questionnaire ({id}, version {version})");
            FormatError::Invalid {
                field: "questionnaire".into(),
                reason: why,
            }
        };
        // A draft may quote a comment file's format name in its text: on to the draft's check.
        if named(review::COMMENT_FORMAT)
            && !matches!(
                review::read_comments(bytes),
                Err(FormatError::NotAResponseFile)
            )
        {
            let line = match review::read_comments(bytes) {
                Err(FormatError::NotAResponseFile) => return false,
                Err(e) => refused(e),
                Ok(c) if c.questionnaire.id != questionnaire.id => {
                    refused(other(&c.questionnaire.id, c.questionnaire.version))
                }
                Ok(c) => {
                    let line = ReviewFile::Comments {
                        name: name.to_string(),
                        comments: c.comments.len(),
                        version: c.draft_version.clone(),
                    };
                    self.comments.push(c);
                    line
                }
            };
            self.report.push(line);
            return true;
        }
        if named(review::DRAFT_FORMAT) {
            // A review page carries its draft: the secretariat may load the page it published.
            let read = review::draft_of_page(bytes).unwrap_or_else(|| review::read_draft(bytes));
            let line = match read {
                Err(FormatError::NotAResponseFile) => return false,
                Err(e) => refused(e),
                Ok(d) if d.questionnaire.id != questionnaire.id => {
                    refused(other(&d.questionnaire.id, d.questionnaire.version))
                }
                Ok(d) => {
                    let line = ReviewFile::Draft {
                        name: name.to_string(),
                        version: d.version.clone(),
                        sections: d.sections.len(),
                    };
                    // A draft given again (or a new copy of one version) replaces the old.
                    self.drafts.retain(|old| old.version != d.version);
                    self.drafts.push(d);
                    line
                }
            };
            self.report.push(line);
            return true;
        }
        false
    }
}

impl<L: Link> Session<L> {
    /// An empty session for `questionnaire`; `clock` reads milliseconds since 1970 (it times
    /// the work for the page, and files dated after it are refused).
    pub fn new(questionnaire: Questionnaire, clock: fn() -> f64) -> Self {
        Self {
            importer: empty_set(&questionnaire),
            questionnaire,
            analyzer: None,
            last: None,
            decisions: Decisions::default(),
            shown: None,
            reading_ms: 0.0,
            replica: Replica::default(),
            link: None,
            sharing: Sharing::default(),
            clock,
            names: |_, _, _| None,
            tables: Vec::new(),
            review: Review::default(),
        }
    }

    /// This session naming countries and languages in documents with `names` (the browser's
    /// names in the worker; natively, the English ones).
    pub fn with_names(self, names: export::Names) -> Self {
        Self { names, ..self }
    }

    /// Installs a language's messages (the page's and the synthesis page's files), so that
    /// documents can be written in it. `None` when they could be; else the reason, for the
    /// page.
    pub fn language(&mut self, tag: &str, messages: &str, synthesis: &str) -> Option<Reply> {
        let installed = crate::i18n::install(tag, false, messages)
            .and_then(|()| crate::i18n::install(tag, true, synthesis));
        installed
            .err()
            .map(|e| Reply::Failed(WorkerError::Export(tag.to_string(), e.to_string())))
    }

    /// Reads a file from another survey tool as a table, and suggests what its columns are.
    pub fn read_table(&mut self, name: String, size: usize, bytes: &[u8]) -> Reply {
        let max = self.importer.limits().max_file_bytes;
        let read = if size > max {
            Err(tabular::TableError::FileTooLarge(size, max))
        } else {
            tabular::read_table(bytes)
        };
        match read {
            Ok(table) => {
                let preview = TablePreview {
                    name: name.clone(),
                    suggestion: tabular::suggest(&table.headers, &self.questionnaire),
                    headers: table.headers.clone(),
                    samples: table.rows.iter().take(3).cloned().collect(),
                    rows: table.rows.len(),
                };
                self.tables.retain(|(n, ..)| *n != name);
                self.tables.push((name, format::sha256_hex(bytes), table));
                Reply::Table(preview)
            }
            Err(reason) => Reply::TableRefused { name, reason },
        }
    }

    /// Forgets a table read without importing it.
    pub fn forget_table(&mut self, name: &str) -> Reply {
        self.tables.retain(|(n, ..)| n != name);
        self.report()
    }

    /// Makes responses of a table read: bundles the page loads and keeps like any files, so
    /// the import report, de-duplication and the workspace treat them as such. A large table
    /// makes several, each within the file-size limit (a bundle is some ten times the size of
    /// the CSV it comes from), named after the table and numbered. The rows are taken a part at
    /// a time; `progress` hears of the rows done after each part and answers whether to go on.
    /// `None` when it said stop.
    pub async fn import_table(
        &mut self,
        how: TableImport,
        mut progress: impl AsyncFnMut(Progress) -> bool,
    ) -> Option<Reply> {
        /// Rows per part: a few megabytes of bundles, a fraction of a second each.
        const PART: usize = 5_000;
        let Some(i) = self.tables.iter().position(|(n, ..)| *n == how.name) else {
            let stopped = WorkerError::Stopped("no such table to import".into());
            return Some(Reply::Failed(stopped));
        };
        let (name, digest, table) = self.tables.remove(i);
        let received = Timestamp::from_millis((self.clock)() as i64);
        let defaults = tabular::Defaults {
            publication: how.publication,
            nri: how.nri.trim().to_string(),
            received,
            country_names: self.country_names(),
        };
        let max = self.importer.limits().max_file_bytes;
        let total = table.rows.len();
        let (mut bundles, mut problems, mut responses) = (Vec::new(), Vec::new(), 0);
        let mut start = 0;
        while start < total {
            let end = (start + PART).min(total);
            let analyzer = self.analyzer.get_or_insert_with(Analyzer::new);
            let language = |text: &str| analyzer.detect(text, "en").to_string();
            let (part, found) = tabular::responses_of(
                &table,
                start..end,
                &how.mapping,
                &defaults,
                &self.questionnaire,
                &digest,
                &language,
            );
            responses += part.len();
            problems.extend(found);
            if !part.is_empty() {
                bundles.extend(format::write_bundles(&part, received, APP_VERSION, max));
            }
            start = end;
            if !progress(Progress { done: end, total }).await {
                return None;
            }
        }
        if bundles.is_empty() {
            bundles.push(format::write_bundle(&[], received, APP_VERSION));
        }
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        let n = bundles.len();
        let width = n.to_string().len();
        let files: Vec<MadeFile> = bundles
            .into_iter()
            .enumerate()
            .map(|(i, text)| MadeFile {
                name: if n == 1 {
                    format!("{stem} (imported).json")
                } else {
                    format!("{stem} (imported, {:0width$} of {n}).json", i + 1)
                },
                bytes: text.into_bytes(),
            })
            .collect();
        Some(Reply::TableImported {
            name: files.first().map(|f| f.name.clone()).unwrap_or_default(),
            files,
            responses,
            problems,
        })
    }

    /// Every country's name in each of the six languages, as `names` gives them (none
    /// natively), keyed for a table's country column.
    fn country_names(&self) -> std::collections::HashMap<String, Country> {
        let mut out = std::collections::HashMap::new();
        for (tag, _) in crate::i18n::available() {
            for c in Country::all() {
                if let Some(name) = (self.names)(tag, export::NameOf::Country, c.code()) {
                    out.insert(tabular::name_key(&name), c);
                }
            }
        }
        out
    }

    /// The same, with other limits than the default (tests use small ones).
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.importer = Importer::new(self.questionnaire.reference(), limits);
        self
    }

    /// The same, sharing syntheses as `sharing` says (tests share small sets).
    pub fn with_sharing(mut self, sharing: Sharing) -> Self {
        self.sharing = sharing;
        self
    }

    /// The set.
    pub fn importer(&self) -> &Importer {
        &self.importer
    }

    /// Where the helper is.
    pub fn helper(&self) -> HelperState {
        self.replica.state()
    }

    /// Sends the helper what the last step said to, if there is one to send to.
    fn send(&mut self, out: Vec<ToHelper>) {
        if let Some(link) = self.link.as_mut() {
            for message in out {
                link.send(message);
            }
        }
    }

    /// The helper stopped, or broke the protocol: it is given nothing more.
    fn lose_helper(&mut self) {
        self.replica.gone();
        self.link = None;
    }

    /// Makes the analyser and what its first synthesis needs ([`Analyzer::warm`]), so the
    /// first synthesis does not wait for them.
    pub fn warm(&mut self) {
        self.analyzer.get_or_insert_with(Analyzer::new).warm();
    }

    /// Whether [`Self::warm`] (or a synthesis) has made the analyser ready.
    pub fn is_warm(&self) -> bool {
        self.analyzer.as_ref().is_some_and(Analyzer::is_warm)
    }

    /// A helper was started on `link`: it is greeted, and given work once it answers.
    pub fn attach(&mut self, link: L) {
        let mut out = Vec::new();
        self.link = Some(link);
        self.replica.started(&mut out);
        self.send(out);
    }

    /// Whether a helper was started and has not yet greeted.
    pub fn helper_loading(&self) -> bool {
        self.link.is_some() && self.replica.state() == HelperState::Loading
    }

    /// Waits for a loading helper's first word; `true` once it has greeted (and been given the
    /// set so far). Never finishes while no helper is loading, so the glue can wait on it beside
    /// the page's requests.
    pub async fn greeting(&mut self) -> bool {
        let heard = match self.link.as_mut() {
            Some(link) if self.replica.state() == HelperState::Loading => link.next().await,
            _ => std::future::pending().await,
        };
        self.greeted(heard)
    }

    /// Takes the loading helper's first word.
    fn greeted(&mut self, heard: Option<FromHelper>) -> bool {
        if let Some(FromHelper::Ready) = heard {
            let mut out = Vec::new();
            self.replica.greeted(&self.importer, &mut out);
            self.send(out);
            true
        } else {
            self.lose_helper();
            false
        }
    }

    /// Takes one file of a batch; after the last, waits for the files the helper reads and
    /// reports on the whole set.
    pub async fn add_file(&mut self, file: IncomingFile) -> Reply {
        self.last = None;
        let started = (self.clock)();
        let mut out = Vec::new();
        if file.index <= 1 {
            self.stamp(&mut out);
        }
        let IncomingFile {
            name,
            size,
            bytes,
            index,
            total,
        } = file;
        let small = size <= self.importer.limits().max_file_bytes;
        if !(small && self.review.take(&name, &bytes, &self.questionnaire)) {
            self.replica
                .take(&self.importer, name, size, bytes, &mut out);
        }
        self.replica.add_ready(&mut self.importer, &mut out);
        self.send(out);
        self.claim_review_files();
        let mut warming = 0.0;
        let reply = if index < total {
            Reply::Loaded { done: index, total }
        } else {
            // Files given as the page opened can come before the analyser was made: it is made
            // while the helper reads its share, off the reading's clock.
            if self.replica.waiting() && !self.is_warm() {
                let from = (self.clock)();
                self.warm();
                warming = (self.clock)() - from;
            }
            self.finish_batch().await;
            self.claim_review_files();
            self.report()
        };
        self.reading_ms += (self.clock)() - started - warming;
        reply
    }

    /// Waits for the helper's files, adding every file of the batch to the set in order.
    async fn finish_batch(&mut self) {
        while self.replica.waiting() {
            let answer = match self.link.as_mut() {
                Some(link) => link.next().await,
                None => None,
            };
            match answer {
                Some(FromHelper::Read { slot, read }) => self.replica.returned(slot, read),
                // It stopped, or answered out of turn: its files are read here.
                _ => self.lose_helper(),
            }
            let mut out = Vec::new();
            self.replica.add_ready(&mut self.importer, &mut out);
            self.send(out);
        }
        self.replica.batch_done();
    }

    /// Takes the clock's time as the set's "now" (for the helper's copy too): files dated more
    /// than a day after it are refused.
    fn stamp(&mut self, out: &mut Vec<ToHelper>) {
        let now = Timestamp::from_millis((self.clock)() as i64);
        self.importer.set_now(now);
        self.replica.now(now, out);
    }

    /// What happened to every file so far, and who is in the set.
    pub fn report(&self) -> Reply {
        let responses = self.importer.responses();
        Reply::Report(SetReport {
            files: self.importer.report(),
            responses: responses.len(),
            everyone: people::breakdowns(responses.iter().copied()),
            waiting_for_key: self.importer.waiting_for_key(),
            review: self.review.report.clone(),
        })
    }

    /// Takes the secretariat's identity file: encrypted files waiting are read now.
    pub fn identity(&mut self, text: String) -> Reply {
        let identities = match Identities::parse(&text) {
            Ok(identities) => identities,
            Err(e) => return Reply::KeyRejected(e),
        };
        self.last = None;
        let started = (self.clock)();
        let mut out = Vec::new();
        self.stamp(&mut out);
        self.replica.identity(&text, &mut out);
        self.send(out);
        self.importer.add_identities(identities);
        self.claim_review_files();
        self.reading_ms += (self.clock)() - started;
        self.report()
    }

    /// Encrypted files that were drafts or comment files: the review round reads them now
    /// they are decrypted, under the same rules as those that came in clear.
    fn claim_review_files(&mut self) {
        for (name, plain) in self.importer.take_review_files() {
            self.review.take(&name, &plain, &self.questionnaire);
        }
    }

    /// Synthesises the responses the filter admits, sharing the work with the helper when it
    /// holds the set and the set is large; `progress` hears how many steps there are, then of
    /// each, and answers whether to go on. `None` when it said stop.
    pub async fn synthesize(
        &mut self,
        filter: Filter,
        progress: impl AsyncFnMut(Progress) -> bool,
    ) -> Option<Reply> {
        let started = (self.clock)();
        let responses = self.importer.responses();
        let analyzer = self.analyzer.get_or_insert_with(Analyzer::new);
        let mut helper = self.link.as_mut().map(|link| Helper {
            link,
            replica: &mut self.replica,
            importer: &self.importer,
        });
        let led = synthesis::lead(
            &responses,
            &self.questionnaire,
            &filter,
            analyzer,
            helper.as_mut().map(|h| (h, &self.sharing)),
            progress,
        )
        .await?;
        if self.replica.state() == HelperState::Gone {
            self.link = None;
        }
        let timing = Timing {
            reading_ms: self.reading_ms,
            analysing_ms: (self.clock)() - started,
            workers: led.workers,
        };
        let edited = self.edited(&filter, &led.synthesis);
        self.last = Some((filter, led.synthesis, timing));
        self.shown = Some(edited.clone());
        Some(Reply::Synthesis(Box::new(edited.for_the_page()), timing))
    }

    /// Takes the secretariat's edits; answers with the last synthesis edited so (the machine's
    /// work is not done again), unless its exclusions differ from the edits', when the page
    /// asks for a new synthesis next.
    pub fn edit(&mut self, decisions: Decisions) -> Option<Reply> {
        self.decisions = decisions;
        let (filter, raw, timing) = self.last.as_ref()?;
        if filter.excluded != self.decisions.excluded_ids() {
            return None;
        }
        let timing = *timing;
        let edited = self.edited(filter, raw);
        self.shown = Some(edited.clone());
        Some(Reply::Synthesis(Box::new(edited.for_the_page()), timing))
    }

    /// `raw`, the synthesis of what `filter` admits, with the secretariat's edits applied.
    fn edited(&self, filter: &Filter, raw: &Synthesis) -> Synthesis {
        let read = filter.read(self.importer.responses());
        let admitted: Vec<&Response> = read
            .iter()
            .map(AsRef::as_ref)
            .filter(|r| filter.admits(r))
            .collect();
        let excluded: Vec<&Response> = read
            .iter()
            .map(AsRef::as_ref)
            .filter(|r| filter.chooses(r) && self.decisions.excluded.contains_key(r.id.as_str()))
            .collect();
        let mut synthesis = raw.clone();
        edits::apply(&mut synthesis, &self.decisions, &admitted, &excluded);
        synthesis.comments = self.review.summary(self.analyzer.as_ref());
        synthesis
    }

    /// The answers to one question, filtered and searched, up to the limit asked.
    pub fn answers(&self, query: AnswersQuery) -> Reply {
        let mut rows = answer_rows(
            self.importer.responses(),
            &query.question,
            &query.filter,
            &query.search,
        );
        let total = rows.len();
        rows.truncate(query.limit.max(1));
        if let Some(q) = self
            .shown
            .as_ref()
            .and_then(|s| s.questions.iter().find(|q| q.id == query.question))
        {
            for row in &mut rows {
                row.place = edits::place_of(q, &row.response);
            }
        }
        for row in &mut rows {
            (row.codes, row.suggested) =
                self.decisions
                    .codes_of(&query.question, &row.response, &row.text);
        }
        Reply::Answers {
            question: query.question,
            rows,
            total,
        }
    }

    /// The synthesis a document is written from, edited as the secretariat left it: the last
    /// one when it was made for this filter, else made now.
    fn document_synthesis(&mut self, filter: &Filter) -> Synthesis {
        if let Some((f, raw, _)) = &self.last
            && f == filter
        {
            return self.edited(filter, raw);
        }
        let responses: Vec<&Response> = self
            .importer
            .responses()
            .into_iter()
            .filter(|r| filter.admits(r))
            .collect();
        let analyzer = self.analyzer.get_or_insert_with(Analyzer::new);
        // Already filtered; only the reading of drafts is left to choose.
        let reading = Filter {
            drafts: filter.drafts,
            ..Filter::default()
        };
        let raw = synthesis::synthesize(
            responses.iter().copied(),
            &self.questionnaire,
            &reading,
            analyzer,
            &mut |_| {},
        );
        self.edited(filter, &raw)
    }

    /// A draft of Part II for the review round: the edited synthesis of the responses the
    /// filter admits, in each of `languages` (installed first), as version `version`, published
    /// at the clock's time, comment files to be encrypted to `key` if given: a draft file, or
    /// the review page made from `template` with the draft in it.
    pub fn draft(
        &mut self,
        filter: &Filter,
        version: &str,
        languages: &[String],
        key: Option<&str>,
        template: Option<&str>,
    ) -> Reply {
        let refused = |why: String| Reply::Failed(WorkerError::Export("draft".into(), why));
        if !review::is_version_label(version) {
            return refused(format!("{version:?} is not a version label like 1.0"));
        }
        if let Some(key) = key.filter(|k| !crate::core::crypto::is_recipient(k)) {
            return refused(format!("{key:?} is not an age public key"));
        }
        if languages.is_empty() {
            return refused("no language to publish it in".into());
        }
        let synthesis = self.document_synthesis(filter);
        let latest = self.importer.latest_update();
        let words: Vec<export::Words> = languages
            .iter()
            .map(|tag| export::Words::new(tag, self.names))
            .collect();
        let infos: Vec<DocumentInfo> = words
            .iter()
            .map(|words| DocumentInfo {
                questionnaire: &self.questionnaire,
                data_as_of: latest,
                filter,
                words,
            })
            .collect();
        let published = Timestamp::from_millis((self.clock)() as i64);
        let draft = review::draft(&review::DraftOf {
            questionnaire: &self.questionnaire,
            synthesis: &synthesis,
            languages: &infos,
            version,
            published,
            key,
        });
        let Some(template) = template else {
            return Reply::Export {
                filename: format!("bpf-draft-{version}-{}.json", published.date()),
                mime: "application/json".into(),
                bytes: review::write_draft(&draft, APP_VERSION).into_bytes(),
            };
        };
        match review::review_page(template, &draft, APP_VERSION) {
            Ok(page) => Reply::Export {
                filename: format!("bpf-review-{version}-{}.html", published.date()),
                mime: "text/html".into(),
                bytes: page.into_bytes(),
            },
            Err(e) => refused(e.to_string()),
        }
    }

    /// An export of the responses the filter admits; a document in `language` (English where
    /// its messages are not installed).
    pub fn export(&mut self, kind: ExportKind, filter: &Filter, language: &str) -> Reply {
        let document = matches!(
            kind,
            ExportKind::Markdown
                | ExportKind::Html
                | ExportKind::Docx
                | ExportKind::Qdpx
                | ExportKind::Qdc
        );
        let edited = document.then(|| self.document_synthesis(filter));
        // The responses themselves go only into the open data and the REFI-QDA project's
        // sources: an unfinished draft, which Part II neither quotes nor lists, is left out of
        // them too, unless drafts are read as sent.
        let responses: Vec<&Response> = self
            .importer
            .responses()
            .into_iter()
            .filter(|r| filter.admits(r) && (filter.drafts || r.status != Status::Draft))
            .collect();
        let latest = self.importer.latest_update();
        let as_of = latest.unwrap_or(Timestamp::from_millis(0));
        let bytes = match kind {
            ExportKind::Markdown
            | ExportKind::Html
            | ExportKind::Docx
            | ExportKind::Qdpx
            | ExportKind::Qdc => {
                let Some(synthesis) = &edited else {
                    return Reply::Failed(WorkerError::Stopped("no synthesis".into()));
                };
                let words = export::Words::new(language, self.names);
                let info = DocumentInfo {
                    questionnaire: &self.questionnaire,
                    data_as_of: latest,
                    filter,
                    words: &words,
                };
                match kind {
                    ExportKind::Markdown => export::markdown(synthesis, &info).into_bytes(),
                    ExportKind::Html => export::html(synthesis, &info).into_bytes(),
                    ExportKind::Qdc => {
                        refi::qdc(synthesis, &self.questionnaire, &self.decisions).into_bytes()
                    }
                    ExportKind::Qdpx => match refi::qdpx(
                        synthesis,
                        &self.questionnaire,
                        &self.decisions,
                        responses.iter().copied(),
                        as_of,
                    ) {
                        Ok(bytes) => bytes,
                        Err(e) => return Reply::Failed(WorkerError::Export("QDPX".into(), e)),
                    },
                    _ => match docx::docx(synthesis, &info) {
                        Ok(bytes) => bytes,
                        Err(e) => return Reply::Failed(WorkerError::Export("DOCX".into(), e)),
                    },
                }
            }
            ExportKind::Csv { bom } | ExportKind::LongCsv { bom } => {
                let qids = self.questionnaire.question_ids();
                let made = if matches!(kind, ExportKind::Csv { .. }) {
                    export::csv(responses.iter().copied(), &qids, bom)
                } else {
                    open_data::long_csv(responses.iter().copied(), &qids, bom)
                };
                match made {
                    Ok(text) => text.into_bytes(),
                    Err(e) => return Reply::Failed(WorkerError::Export("CSV".into(), e)),
                }
            }
            ExportKind::Json => {
                export::json_bundle(responses.iter().copied(), as_of, APP_VERSION).into_bytes()
            }
            ExportKind::Xlsx => {
                let about = open_data::About {
                    questionnaire: &self.questionnaire,
                    data_as_of: as_of,
                    app_version: APP_VERSION,
                };
                match open_data::xlsx(responses.iter().copied(), &about) {
                    Ok(bytes) => bytes,
                    Err(e) => return Reply::Failed(WorkerError::Export("XLSX".into(), e)),
                }
            }
        };
        let published = match kind {
            ExportKind::Json => export::publishable(responses.iter().copied()).len(),
            _ => 0,
        };
        Reply::Export {
            filename: kind.filename(as_of, published),
            mime: kind.mime().to_string(),
            bytes,
        }
    }

    /// Takes the questionnaire of this file for the set, forgetting everything loaded: responses
    /// to it load from now on, any other's are refused. The page checked it; a file that does not
    /// read leaves the set as it was, and the page is told why.
    pub fn questionnaire(&mut self, json: &str) -> Reply {
        let q = match questionnaire::parse(json) {
            Ok(q) => q,
            Err(e) => return Reply::Failed(WorkerError::Questionnaire(e.to_string())),
        };
        let mut out = Vec::new();
        self.replica.questionnaire(json.to_string(), &mut out);
        self.send(out);
        self.importer = Importer::new(q.reference(), self.importer.limits());
        self.questionnaire = q;
        self.tables.clear();
        self.review = Review::default();
        self.reading_ms = 0.0;
        self.last = None;
        self.shown = None;
        Reply::Report(SetReport::default())
    }

    /// Reads an XLSForm workbook as a questionnaire, for the editor.
    pub fn read_xlsform(&self, bytes: &[u8]) -> Reply {
        Reply::XlsForm(xlsform::import(bytes).map(|read| XlsFormRead {
            json: questionnaire::to_json(&read.questionnaire),
            left: read.left,
        }))
    }

    /// Writes a questionnaire as an XLSForm workbook, for the editor's download.
    pub fn write_xlsform(&self, json: &str) -> Reply {
        let written = questionnaire::parse(json)
            .map_err(|e| e.to_string())
            .and_then(|q| {
                xlsform::export(&q)
                    .map(|bytes| (q, bytes))
                    .map_err(|e| e.to_string())
            });
        match written {
            Ok((q, bytes)) => Reply::Export {
                filename: format!("{}-v{}.xlsx", q.id, q.version),
                mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".into(),
                bytes,
            },
            Err(e) => Reply::Failed(WorkerError::Export("XLSForm".into(), e)),
        }
    }

    /// Forgets everything loaded (the helper too).
    pub fn clear(&mut self) -> Reply {
        let mut out = Vec::new();
        self.replica.clear(&mut out);
        self.send(out);
        self.importer = self.importer.emptied();
        self.review = Review::default();
        self.reading_ms = 0.0;
        self.last = None;
        self.shown = None;
        Reply::Report(SetReport::default())
    }
}

/// The helper as the shared synthesis sees it: a [`Partner`] over the link, which gives it the
/// set so far if it loads in time.
struct Helper<'s, L> {
    link: &'s mut L,
    replica: &'s mut Replica,
    importer: &'s crate::core::import::Importer,
}

impl<L: Link> Helper<'_, L> {
    fn send(&mut self, out: Vec<ToHelper>) {
        for message in out {
            self.link.send(message);
        }
    }
}

impl<L: Link> Partner for Helper<'_, L> {
    async fn join(&mut self, ms: f64) -> bool {
        if self.replica.state() == HelperState::Loading {
            match self.link.next_within(ms).await {
                Some(Some(FromHelper::Ready)) => {
                    let mut out = Vec::new();
                    self.replica.greeted(self.importer, &mut out);
                    self.send(out);
                }
                Some(_) => self.replica.gone(),
                None => {}
            }
        }
        self.replica.mirrored()
    }

    fn start(&mut self, questions: std::ops::Range<usize>, filter: &Filter) {
        self.link.send(ToHelper::Part {
            questions,
            filter: filter.clone(),
        });
    }

    fn tokenised(&mut self, first: synthesis::Tokenised) {
        self.link.send(ToHelper::Tokenised(first));
    }

    async fn terms(&mut self) -> Option<SharedTerms> {
        match self.link.next().await {
            Some(FromHelper::Terms(terms)) => Some(terms),
            _ => {
                self.replica.gone();
                None
            }
        }
    }

    async fn part(&mut self) -> Option<Vec<QuestionSynthesis>> {
        match self.link.next().await {
            Some(FromHelper::Part(part)) => Some(part),
            _ => {
                self.replica.gone();
                None
            }
        }
    }
}
