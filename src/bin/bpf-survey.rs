//! `bpf-survey`, the command on the synthesis page's own core, for scripts and archives:
//! `verify` checks response files, `synth` makes any of the page's downloads from a folder of
//! files or a workspace file, `keygen` makes the Secretariat's key pair. The README documents it.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::io::Write as _;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use bpf_survey::core::crypto;
    use bpf_survey::core::export::ExportKind;
    use bpf_survey::core::import::{self, FileReport, Outcome, Rejection};
    use bpf_survey::core::questionnaire;
    use bpf_survey::core::response::Publication;
    use bpf_survey::core::synthesis::{Filter, Progress};
    use bpf_survey::core::tabular::{self, RowProblem};
    use bpf_survey::core::time::Timestamp;
    use bpf_survey::core::workspace_file;
    use bpf_survey::secretariat::protocol::{
        IncomingFile, Reply, ReviewFile, SetReport, TableImport, WorkerError,
    };
    use bpf_survey::secretariat::session::{Alone, Session};
    use clap::builder::{PossibleValuesParser, TypedValueParser as _};
    use clap::{Parser, Subcommand, ValueEnum};
    use indicatif::{ProgressBar, ProgressStyle};

    /// Exit status: every file checked is whole, or the work was done.
    const OK: u8 = 0;
    /// Exit status of `verify`: a file was refused, in whole or in part, or could not be opened.
    const FOUND_PROBLEMS: u8 = 1;
    /// Exit status: the command could not run (its arguments, a file it could not read or write).
    const FAILED: u8 = 2;

    /// The IGF Best Practice Forum's call for contributions, from the command line: the
    /// synthesis page's reading, synthesis and downloads, for scripts and archives.
    #[derive(Parser)]
    #[command(name = "bpf-survey", version)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Checks response files as the synthesis page reads them: format, integrity,
        /// questionnaire, limits, copies that disagree on who wrote them. Prints one line per
        /// file; exits 0 when every file loads whole, 1 when any is refused in whole or in part,
        /// cannot be opened or disagrees with a copy, 2 when the command could not run.
        Verify {
            /// Response files, bundles, or folders of them (read recursively).
            #[arg(required = true)]
            files: Vec<PathBuf>,
            #[command(flatten)]
            reading: Reading,
        },
        /// Loads response files (and tables from other survey tools) or a workspace file,
        /// synthesises them, and writes one of the page's downloads.
        Synth {
            /// Response files, bundles, tables (CSV, XLSX, ODS) or folders of them.
            inputs: Vec<PathBuf>,
            /// A workspace file from the synthesis page: its files, questionnaire, filter and
            /// edits (the secretariat's Part II as edited).
            #[arg(long, value_name = "FILE")]
            workspace: Option<PathBuf>,
            /// What to write.
            #[arg(long, default_value = "md", value_parser = PossibleValuesParser::new(ExportKind::NAMED.map(|(n, _)| n)).map(|s| ExportKind::from_name(&s).unwrap_or(ExportKind::Markdown)))]
            format: ExportKind,
            /// The language of a document's headings and sentences (people's words stay as
            /// written).
            #[arg(long, default_value = "en", value_parser = PossibleValuesParser::new(bpf_survey::i18n::available().map(|(tag, _)| tag)))]
            lang: String,
            /// Where to write it (`-` for standard output); by default the page's file name, in
            /// the current folder.
            #[arg(long, value_name = "FILE")]
            out: Option<PathBuf>,
            /// Read unfinished drafts as though they had been sent (quoted and listed under
            /// their publication choice).
            #[arg(long)]
            drafts: bool,
            /// The publication choice of a table's rows that state none.
            #[arg(long, value_enum, default_value_t = TablePublication::DoNotPublish)]
            table_publication: TablePublication,
            /// The NRI that ran the survey a table comes from.
            #[arg(long, value_name = "NAME", default_value = "")]
            table_nri: String,
            #[command(flatten)]
            reading: Reading,
        },
        /// Publishes a draft of Part II for the review round (`docs/review-format.md`): the
        /// synthesis of the files or the workspace, cut into sections, in each language asked
        /// for. Comment files on it come back as Part III A.
        Draft {
            /// Response files, bundles, tables or folders of them.
            inputs: Vec<PathBuf>,
            /// A workspace file from the synthesis page (its files, questionnaire, filter, edits).
            #[arg(long, value_name = "FILE")]
            workspace: Option<PathBuf>,
            /// The draft's version label.
            #[arg(long = "draft-version", value_name = "LABEL", default_value = "1.0")]
            version: String,
            /// A language to publish it in; repeat for several (the first is shown first).
            #[arg(long, default_value = "en", value_parser = PossibleValuesParser::new(bpf_survey::i18n::available().map(|(tag, _)| tag)))]
            lang: Vec<String>,
            /// The Secretariat's public key (`age1…`): readers' comment files are encrypted to it.
            #[arg(long = "comment-key", value_name = "KEY")]
            comment_key: Option<String>,
            /// Write the review page made from this template (`dist/review/bpf-review-template.html`
            /// of a build) with the draft in it, rather than the draft file.
            #[arg(long, value_name = "TEMPLATE")]
            page: Option<PathBuf>,
            /// Where to write it (`-` for standard output); by default its own name, here.
            #[arg(long, value_name = "FILE")]
            out: Option<PathBuf>,
            /// Read unfinished drafts of responses as though they had been sent.
            #[arg(long)]
            drafts: bool,
            #[command(flatten)]
            reading: Reading,
        },
        /// Makes the Secretariat's key pair: an age identity file to keep secret, and the public
        /// key (printed) for the form's `key` option.
        Keygen {
            /// Where to write the identity file (never over an existing file); standard output
            /// when not given.
            #[arg(long, value_name = "FILE")]
            out: Option<PathBuf>,
        },
    }

    /// How files are read.
    #[derive(clap::Args)]
    struct Reading {
        /// The Secretariat's identity file, to read encrypted response files (may be repeated).
        #[arg(long, value_name = "FILE")]
        key: Vec<PathBuf>,
        /// The questionnaire the responses answer (its JSON file); the built-in 2016 one when
        /// not given.
        #[arg(long, value_name = "FILE")]
        questionnaire: Option<PathBuf>,
    }

    /// A publication choice, as the command line names it.
    #[derive(Clone, Copy, ValueEnum)]
    enum TablePublication {
        Named,
        Anonymous,
        DoNotPublish,
    }

    impl From<TablePublication> for Publication {
        fn from(p: TablePublication) -> Self {
            match p {
                TablePublication::Named => Publication::Named,
                TablePublication::Anonymous => Publication::Anonymous,
                TablePublication::DoNotPublish => Publication::DoNotPublish,
            }
        }
    }

    /// Why the command stopped: said on standard error, with exit status 2.
    struct Failure(String);

    impl From<std::io::Error> for Failure {
        fn from(e: std::io::Error) -> Self {
            Failure(e.to_string())
        }
    }

    /// What a reader of standard output that stopped reading (`| head`) leaves: no message.
    const CLOSED: &str = "";

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        let done = match cli.command {
            Command::Verify { files, reading } => verify(&files, &reading),
            Command::Synth {
                inputs,
                workspace,
                format,
                lang,
                out,
                drafts,
                table_publication,
                table_nri,
                reading,
            } => {
                let tables = TableDefaults {
                    publication: table_publication.into(),
                    nri: table_nri,
                };
                let job = Synth {
                    inputs: &inputs,
                    workspace: workspace.as_deref(),
                    output: Output::Export { format, lang },
                    out: out.as_deref(),
                    drafts,
                    tables: &tables,
                };
                synth(&job, &reading)
            }
            Command::Draft {
                inputs,
                workspace,
                version,
                lang,
                comment_key,
                page,
                out,
                drafts,
                reading,
            } => {
                let template = page
                    .map(|path| {
                        std::fs::read_to_string(&path)
                            .map_err(|e| Failure(format!("{}: {e}", path.display())))
                    })
                    .transpose();
                let tables = TableDefaults {
                    publication: Publication::DoNotPublish,
                    nri: String::new(),
                };
                let job = template.map(|template| Synth {
                    inputs: &inputs,
                    workspace: workspace.as_deref(),
                    output: Output::Draft {
                        version,
                        languages: lang,
                        key: comment_key,
                        template,
                    },
                    out: out.as_deref(),
                    drafts,
                    tables: &tables,
                });
                job.and_then(|job| synth(&job, &reading))
            }
            Command::Keygen { out } => keygen(out.as_deref()),
        };
        match done {
            Ok(status) => ExitCode::from(status),
            Err(Failure(why)) => {
                if why != CLOSED {
                    eprintln!("bpf-survey: {why}");
                }
                ExitCode::from(FAILED)
            }
        }
    }

    /// The wall clock in milliseconds, as the worker's: files dated in the future are refused.
    fn clock() -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64)
    }

    /// Every file named, folders read recursively (their hidden entries skipped) in name order.
    fn files_of(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Failure> {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(|e| Failure(format!("{}: {e}", dir.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| !import::is_hidden(&n.to_string_lossy()))
                })
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(&path, out)?;
                } else {
                    out.push(path);
                }
            }
            Ok(())
        }
        let mut out = Vec::new();
        for input in inputs {
            if input.is_dir() {
                walk(input, &mut out)?;
            } else if input.exists() {
                out.push(input.clone());
            } else {
                return Err(Failure(format!(
                    "{}: no such file or folder",
                    input.display()
                )));
            }
        }
        Ok(out)
    }

    /// Writes to standard output; a reader that stopped reading ends the command quietly.
    fn print(bytes: &[u8]) -> Result<(), Failure> {
        match std::io::stdout().lock().write_all(bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure(CLOSED.into())),
            written => Ok(written?),
        }
    }

    fn read(path: &Path) -> Result<Vec<u8>, Failure> {
        std::fs::read(path).map_err(|e| Failure(format!("{}: {e}", path.display())))
    }

    /// A session for the questionnaire and keys asked for.
    fn session(reading: &Reading) -> Result<Session<Alone>, Failure> {
        let mut session = Session::new(questionnaire::builtin(), clock);
        if let Some(path) = &reading.questionnaire {
            let text = String::from_utf8(read(path)?)
                .map_err(|_| Failure(format!("{}: not a questionnaire file", path.display())))?;
            take_questionnaire(&mut session, &text, path)?;
        }
        for path in &reading.key {
            let text = String::from_utf8(read(path)?)
                .map_err(|_| Failure(format!("{}: not an identity file", path.display())))?;
            if let Reply::KeyRejected(e) = session.identity(text) {
                return Err(Failure(format!("{}: {e}", path.display())));
            }
        }
        Ok(session)
    }

    fn take_questionnaire(
        session: &mut Session<Alone>,
        text: &str,
        from: &Path,
    ) -> Result<(), Failure> {
        match session.questionnaire(text) {
            Reply::Failed(e) => Err(Failure(format!("{}: {}", from.display(), worker_error(&e)))),
            _ => Ok(()),
        }
    }

    fn worker_error(e: &WorkerError) -> String {
        match e {
            WorkerError::Export(what, why) => format!("the {what} could not be written: {why}"),
            WorkerError::Stopped(why) => format!("stopped: {why}"),
            WorkerError::Questionnaire(why) => format!("not a questionnaire this app reads: {why}"),
        }
    }

    /// A progress bar on standard error, drawn only when it is a terminal.
    fn bar(what: &str, len: usize) -> ProgressBar {
        let bar = ProgressBar::new(len as u64);
        bar.set_style(
            ProgressStyle::with_template("{msg:>12} [{bar:32}] {pos}/{len} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message(what.to_string());
        bar
    }

    /// Adds files to the session one by one, as the page sends them to its worker; tables from
    /// other survey tools are imported with their suggested mapping when `tables` says how.
    /// Returns, for each table, what it became.
    fn load(
        session: &mut Session<Alone>,
        files: Vec<(String, Vec<u8>)>,
        tables: Option<&TableDefaults>,
    ) -> Vec<String> {
        let bar = bar("reading", files.len());
        let mut notes = Vec::new();
        let mut incoming = Vec::new();
        for (name, bytes) in files {
            match tables {
                Some(how) if tabular::is_table(&name, &bytes) => {
                    let (file, note) = table(session, name, &bytes, how);
                    notes.push(note);
                    incoming.extend(file);
                }
                _ => incoming.push((name, bytes)),
            }
        }
        let total = incoming.len();
        bar.set_length(total as u64);
        for (i, (name, bytes)) in incoming.into_iter().enumerate() {
            let file = IncomingFile {
                name,
                size: bytes.len(),
                bytes,
                index: i + 1,
                total,
            };
            futures::executor::block_on(session.add_file(file));
            bar.inc(1);
        }
        bar.finish_and_clear();
        notes
    }

    /// How a table's rows are read when they do not say.
    struct TableDefaults {
        publication: Publication,
        nri: String,
    }

    /// A table read and imported with the mapping the page would suggest: the bundle its rows
    /// make, and a line saying what was read as what.
    fn table(
        session: &mut Session<Alone>,
        name: String,
        bytes: &[u8],
        how: &TableDefaults,
    ) -> (Vec<(String, Vec<u8>)>, String) {
        let preview = match session.read_table(name.clone(), bytes.len(), bytes) {
            Reply::Table(preview) => preview,
            Reply::TableRefused { reason, .. } => {
                return (Vec::new(), format!("{name}: refused: {reason}"));
            }
            other => return (Vec::new(), format!("{name}: refused: {other:?}")),
        };
        let mapped: Vec<String> = preview
            .headers
            .iter()
            .zip(&preview.suggestion)
            .filter_map(|(header, target)| match target {
                tabular::Target::Ignore => None,
                tabular::Target::Question(q) => Some(format!("\"{header}\" → {q}")),
                tabular::Target::Field(f) => Some(format!("\"{header}\" → {f:?}")),
            })
            .collect();
        let import = TableImport {
            name: name.clone(),
            mapping: preview.suggestion,
            publication: how.publication,
            nri: how.nri.clone(),
        };
        let bar = bar("importing", preview.rows);
        let imported = futures::executor::block_on(session.import_table(import, async |p| {
            bar.set_position(p.done as u64);
            true
        }));
        bar.finish_and_clear();
        match imported {
            Some(Reply::TableImported {
                files,
                responses,
                problems,
                ..
            }) => {
                let mut note = format!(
                    "{name}: {responses} of {} rows imported as responses; columns read: {}",
                    preview.rows,
                    if mapped.is_empty() {
                        "none".to_string()
                    } else {
                        mapped.join(", ")
                    }
                );
                for p in problems {
                    note.push_str(&format!("\n  {}", row_problem(&p)));
                }
                let files = files.into_iter().map(|f| (f.name, f.bytes)).collect();
                (files, note)
            }
            other => (Vec::new(), format!("{name}: not imported: {other:?}")),
        }
    }

    fn row_problem(p: &RowProblem) -> String {
        match p {
            RowProblem::NoAnswer(row) => format!("row {row}: no answer to any question, left out"),
            RowProblem::NotUnderstood(row, field, value) => {
                format!("row {row}: {field:?} \"{value}\" not understood, left out")
            }
            RowProblem::Shortened(row, column) => {
                format!("row {row}: \"{column}\" cut to the format's limit")
            }
            RowProblem::NotAChoice(row, column, value) => {
                format!("row {row}: \"{column}\" \"{value}\" names none of the choices")
            }
        }
    }

    /// One line on what became of a file.
    fn file_line(file: &FileReport) -> String {
        let outcome = file.outcome();
        let mut line = format!("{}: {}", file.name, outcome.label().to_lowercase());
        if file.loaded > 0 {
            let s = if file.loaded == 1 { "" } else { "s" };
            line.push_str(&format!(" ({} response{s})", file.loaded));
        }
        for d in file.duplicates.iter().filter(|d| !d.kept_here) {
            line.push_str(&format!(
                "; response {} is also in {}{}",
                d.response,
                d.kept_from,
                if d.conflict {
                    ", and the copies disagree on who wrote it: check which is genuine"
                } else {
                    ""
                }
            ));
        }
        for r in &file.rejected {
            if r.reason == Rejection::NeedsKey {
                line.push_str(
                    ": it is encrypted; give the Secretariat's identity file with --key to read it",
                );
                continue;
            }
            match r.entry {
                Some(entry) => line.push_str(&format!("; response {entry} refused: {}", r.reason)),
                None => line.push_str(&format!(": {}", r.reason)),
            }
        }
        line
    }

    /// Whether a file loads whole, and no copy of its responses elsewhere disagrees on who
    /// wrote it (one of them may be forged).
    /// One line on a draft or comment file of the review round.
    fn review_line(file: &ReviewFile) -> String {
        match file {
            ReviewFile::Draft {
                name,
                version,
                sections,
            } => format!("{name}: draft {version} ({sections} sections), for the comments on it"),
            ReviewFile::Comments {
                name,
                comments,
                version,
            } => format!("{name}: {comments} comment(s) on draft {version}, in Part III A"),
            ReviewFile::Refused { name, reason } => format!("{name}: rejected: {reason}"),
        }
    }

    fn whole(file: &FileReport) -> bool {
        matches!(file.outcome(), Outcome::Loaded | Outcome::Duplicate)
            && !file.duplicates.iter().any(|d| d.conflict)
    }

    /// What is said of a file holding a secret key, which is never read as a response.
    const IDENTITY_FILE: &str = "skipped: it holds an age secret key (an identity file), not responses; keep it out of folders that are sent or archived";

    fn report(session: &Session<Alone>) -> SetReport {
        match session.report() {
            Reply::Report(report) => report,
            _ => SetReport::default(),
        }
    }

    fn verify(inputs: &[PathBuf], reading: &Reading) -> Result<u8, Failure> {
        let mut session = session(reading)?;
        let mut files = Vec::new();
        let mut tables = Vec::new();
        let mut keys = Vec::new();
        for path in files_of(inputs)? {
            let name = path.display().to_string();
            let bytes = read(&path)?;
            if crypto::holds_secret_key(&bytes) {
                keys.push(name);
            } else if tabular::is_table(&name, &bytes) {
                tables.push((name, bytes));
            } else {
                files.push((name, bytes));
            }
        }
        load(&mut session, files, None);
        let report = report(&session);
        let mut problems = 0;
        for file in &report.files {
            print(format!("{}\n", file_line(file)).as_bytes())?;
            problems += usize::from(!whole(file));
        }
        for name in &keys {
            print(format!("{name}: {IDENTITY_FILE}\n").as_bytes())?;
        }
        for file in &report.review {
            print(format!("{}\n", review_line(file)).as_bytes())?;
            problems += usize::from(matches!(file, ReviewFile::Refused { .. }));
        }
        // A table is whole when it reads as one; what its columns are is chosen at import.
        for (name, bytes) in &tables {
            let line = match session.read_table(name.clone(), bytes.len(), bytes) {
                Reply::Table(t) => format!(
                    "{name}: a table of {} rows and {} columns, to import with `synth` or on the page",
                    t.rows,
                    t.headers.len()
                ),
                Reply::TableRefused { reason, .. } => {
                    problems += 1;
                    format!("{name}: rejected: {reason}")
                }
                other => {
                    problems += 1;
                    format!("{name}: rejected: {other:?}")
                }
            };
            print(format!("{line}\n").as_bytes())?;
        }
        let checked = report.files.len() + report.review.len() + tables.len() + keys.len();
        print(
            format!(
                "{checked} file{} checked, {} response{} loaded, {problems} with problems\n",
                if checked == 1 { "" } else { "s" },
                report.responses,
                if report.responses == 1 { "" } else { "s" }
            )
            .as_bytes(),
        )?;
        Ok(if problems == 0 { OK } else { FOUND_PROBLEMS })
    }

    /// What is written at the end.
    enum Output {
        /// One of the page's downloads, a document in `lang`.
        Export { format: ExportKind, lang: String },
        /// A draft for review.
        Draft {
            version: String,
            languages: Vec<String>,
            key: Option<String>,
            template: Option<String>,
        },
    }

    /// What `synth` (or `draft`) is asked to make.
    struct Synth<'a> {
        inputs: &'a [PathBuf],
        workspace: Option<&'a Path>,
        output: Output,
        out: Option<&'a Path>,
        drafts: bool,
        tables: &'a TableDefaults,
    }

    fn synth(job: &Synth, reading: &Reading) -> Result<u8, Failure> {
        if job.inputs.is_empty() && job.workspace.is_none() {
            return Err(Failure(
                "name the files or folders to read, or a workspace file with --workspace".into(),
            ));
        }
        let mut session = session(reading)?;
        let mut files = Vec::new();
        let mut filter = Filter::default();
        let mut decisions = None;
        if let Some(path) = job.workspace {
            let ws = workspace_file::read(&read(path)?)
                .map_err(|e| Failure(format!("{}: {e}", path.display())))?;
            if let Some(text) = &ws.questionnaire {
                if reading.questionnaire.is_some() {
                    return Err(Failure(
                        "a workspace file brings its own questionnaire: give --questionnaire or --workspace, not both".into(),
                    ));
                }
                take_questionnaire(&mut session, text, path)?;
            }
            files.extend(ws.files.into_iter().map(|f| (f.name, f.bytes)));
            let d = ws.edits.decisions();
            filter = ws.filter.excluding(d.excluded_ids());
            decisions = Some(d);
        }
        for path in files_of(job.inputs)? {
            let (name, bytes) = (path.display().to_string(), read(&path)?);
            if crypto::holds_secret_key(&bytes) {
                eprintln!("{name}: {IDENTITY_FILE}");
            } else {
                files.push((name, bytes));
            }
        }
        filter.drafts |= job.drafts;
        for note in load(&mut session, files, Some(job.tables)) {
            eprintln!("{note}");
        }
        let report = report(&session);
        for file in report.files.iter().filter(|f| !whole(f)) {
            eprintln!("{}", file_line(file));
        }
        for file in &report.review {
            eprintln!("{}", review_line(file));
        }
        if let Some(decisions) = decisions {
            session.edit(decisions);
        }
        bpf_survey::i18n::install_built().map_err(Failure)?;
        let bar = bar("synthesising", 1);
        futures::executor::block_on(session.synthesize(filter.clone(), async |p: Progress| {
            bar.set_length(p.total as u64);
            bar.set_position(p.done as u64);
            true
        }));
        bar.finish_and_clear();
        let made = match &job.output {
            Output::Export { format, lang } => session.export(*format, &filter, lang),
            Output::Draft {
                version,
                languages,
                key,
                template,
            } => session.draft(
                &filter,
                version,
                languages,
                key.as_deref(),
                template.as_deref(),
            ),
        };
        let (filename, bytes) = match made {
            Reply::Export {
                filename, bytes, ..
            } => (filename, bytes),
            Reply::Failed(e) => return Err(Failure(worker_error(&e))),
            other => return Err(Failure(format!("{other:?}"))),
        };
        let refused = report.files.iter().filter(|f| !whole(f)).count();
        let summary = format!(
            "{} response{} from {} file{}{}",
            report.responses,
            if report.responses == 1 { "" } else { "s" },
            report.files.len(),
            if report.files.len() == 1 { "" } else { "s" },
            if refused > 0 {
                format!(" ({refused} not loaded whole: see above)")
            } else {
                String::new()
            }
        );
        match job.out {
            Some(path) if path == Path::new("-") => {
                print(&bytes)?;
                eprintln!("{summary}");
            }
            _ => {
                let path = job
                    .out
                    .map_or_else(|| PathBuf::from(&filename), Path::to_path_buf);
                write_whole(&path, &bytes)?;
                eprintln!(
                    "{summary}: wrote {} ({} bytes)",
                    path.display(),
                    bytes.len()
                );
            }
        }
        Ok(OK)
    }

    /// Writes `bytes` to `path` through a file beside it, so that a failure never leaves half a
    /// document where a whole one was.
    fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .ok_or_else(|| Failure(format!("{}: not a file name", path.display())))?;
        let partial = dir.join(format!(".{}.partial", name.to_string_lossy()));
        let written =
            std::fs::write(&partial, bytes).and_then(|()| std::fs::rename(&partial, path));
        written.map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            Failure(format!("{}: {e}", path.display()))
        })
    }

    fn keygen(out: Option<&Path>) -> Result<u8, Failure> {
        let now = Timestamp::from_millis(clock() as i64);
        let pair = bpf_survey::web::keys::make(now);
        match out {
            None => {
                print!("{}", pair.identity_file);
                eprintln!("Public key: {}", pair.public);
            }
            Some(path) => {
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(path).map_err(|e| {
                    Failure(if e.kind() == std::io::ErrorKind::AlreadyExists {
                        format!(
                            "{}: already exists; an identity file is never written over, so choose another name",
                            path.display()
                        )
                    } else {
                        format!("{}: {e}", path.display())
                    })
                })?;
                file.write_all(pair.identity_file.as_bytes())?;
                println!("{}", pair.public);
                eprintln!(
                    "The identity file {} holds the secret key: keep it safe, and never send it. Give the public key above to the form's `key` option.",
                    path.display()
                );
            }
        }
        Ok(OK)
    }
}
