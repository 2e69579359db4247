//! Native benchmark and corpus writer. `bench synth N...` loads and synthesises N generated
//! responses (written as bundles of 1,000, then read back through the importer) and prints the
//! times and peak memory; `bench write N DIR [BUNDLE]` writes the corpus as files for the
//! browser benchmark and the end-to-end tests; `bench text N FILE` writes one answer per line
//! for the scikit-learn comparison. (Exports of a folder of files: `bpf-survey synth`.)

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = native::run(std::env::args().skip(1).collect()) {
        eprintln!("bench: {e}");
        std::process::exit(2);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::time::Instant;

    use bpf_survey::core::format;
    use bpf_survey::core::generate::generate;
    use bpf_survey::core::import::{Importer, Limits};
    use bpf_survey::core::questionnaire;
    use bpf_survey::core::response::Response;
    use bpf_survey::core::synthesis::{
        self, Analyzer, Filter, Lead, Partner, QuestionSynthesis, SharedTerms, Sharing, Tokenised,
    };
    use bpf_survey::core::time::Timestamp;
    use std::sync::mpsc;

    const SEED: u64 = 2016;

    pub fn run(args: Vec<String>) -> Result<(), String> {
        let number = |s: &String| {
            s.replace('_', "")
                .parse::<usize>()
                .map_err(|e| format!("{s}: {e}"))
        };
        match args.first().map(String::as_str) {
            Some("synth") => {
                for n in &args[1..] {
                    synth(number(n)?)?;
                }
                Ok(())
            }
            Some("write") if args.len() >= 3 => write(
                number(&args[1])?,
                &args[2],
                args.get(3).map(number).transpose()?.unwrap_or(1),
            ),
            Some("text") if args.len() == 3 => text(number(&args[1])?, &args[2]),
            Some("zh-whole") if args.len() >= 4 => zh_whole(&args[1], &args[2], &args[3..]),
            _ => Err(
                "usage: bench synth N... | bench write N DIR [BUNDLE_SIZE] | bench text N FILE | bench zh-whole DICT ANSWERS PHRASES..."
                    .into(),
            ),
        }
    }

    fn bundles(n: usize, size: usize) -> Vec<(String, String)> {
        let q = questionnaire::builtin();
        let g = generate(&q, n, SEED);
        let at =
            Timestamp::parse_rfc3339("2016-10-01T00:00:00Z").unwrap_or(Timestamp::from_millis(0));
        g.responses
            .chunks(size.max(1))
            .enumerate()
            .map(|(i, chunk)| {
                if size == 1 {
                    (
                        format!("response-{i:06}.json"),
                        format::write_response(&chunk[0], at, "bench"),
                    )
                } else {
                    (
                        format!("bundle-{i:04}.json"),
                        format::write_bundle(chunk, at, "bench"),
                    )
                }
            })
            .collect()
    }

    /// An empty set for the built-in questionnaire.
    fn importer(q: &questionnaire::Questionnaire) -> Importer {
        Importer::new(q.reference(), Limits::default())
    }

    /// The lead, as the second worker's thread sees it: two channels.
    struct Channels(mpsc::Receiver<Tokenised>, mpsc::Sender<SharedTerms>);

    impl Lead for Channels {
        async fn tokenised(&mut self) -> Option<Tokenised> {
            self.0.recv().ok()
        }
        async fn terms(&mut self, terms: SharedTerms) -> bool {
            self.1.send(terms).is_ok()
        }
    }

    /// The second worker, as a thread with its own copy of the responses.
    struct Thread<'scope, 'env> {
        scope: &'scope std::thread::Scope<'scope, 'env>,
        copy: &'env [Response],
        questionnaire: &'env questionnaire::Questionnaire,
        terms: Option<mpsc::Receiver<SharedTerms>>,
        tokenised: Option<mpsc::Sender<Tokenised>>,
        part: Option<std::thread::ScopedJoinHandle<'scope, Vec<QuestionSynthesis>>>,
    }

    impl<'scope, 'env> Thread<'scope, 'env> {
        fn new(
            scope: &'scope std::thread::Scope<'scope, 'env>,
            copy: &'env [Response],
            questionnaire: &'env questionnaire::Questionnaire,
        ) -> Self {
            Self {
                scope,
                copy,
                questionnaire,
                terms: None,
                tokenised: None,
                part: None,
            }
        }
    }

    impl Partner for Thread<'_, '_> {
        async fn join(&mut self, _ms: f64) -> bool {
            true
        }
        fn start(&mut self, questions: std::ops::Range<usize>, filter: &Filter) {
            let (terms_tx, terms_rx) = mpsc::channel();
            let (tokenised_tx, tokenised_rx) = mpsc::channel();
            let (copy, q, filter) = (self.copy, self.questionnaire, filter.clone());
            self.terms = Some(terms_rx);
            self.tokenised = Some(tokenised_tx);
            self.part = Some(self.scope.spawn(move || {
                let responses: Vec<&Response> = copy.iter().collect();
                let mut lead = Channels(tokenised_rx, terms_tx);
                futures::executor::block_on(synthesis::follow(
                    &responses,
                    q,
                    &filter,
                    &Analyzer::new(),
                    questions,
                    &mut lead,
                ))
            }));
        }
        fn tokenised(&mut self, first: Tokenised) {
            if std::env::var_os("BENCH_HANDOVER").is_some() {
                let t = Instant::now();
                let bytes = postcard::to_allocvec(&first).unwrap_or_default();
                println!(
                    "  hand-over: {} bytes, {:.3} s to encode",
                    bytes.len(),
                    t.elapsed().as_secs_f64()
                );
            }
            if let Some(tx) = &self.tokenised {
                let _ = tx.send(first);
            }
        }
        async fn terms(&mut self) -> Option<SharedTerms> {
            self.terms.as_ref()?.recv().ok()
        }
        async fn part(&mut self) -> Option<Vec<QuestionSynthesis>> {
            self.part.take()?.join().ok()
        }
    }

    fn synth(n: usize) -> Result<(), String> {
        let files = bundles(n, 1000);
        let q = questionnaire::builtin();
        let start = Instant::now();
        let mut importer = importer(&q);
        for (name, text) in &files {
            importer.add(name, text.as_bytes());
        }
        let responses = importer.responses();
        let loaded = start.elapsed();
        let analyzer = Analyzer::new();
        let filter = Filter::default();
        // As in the browser: a second worker (here a thread) summarises the later questions
        // from its own copy of the responses, unless BENCH_ONE asks for one worker alone.
        let alone = std::env::var_os("BENCH_ONE").is_some();
        let copy: Vec<Response> = responses.iter().map(|r| (*r).clone()).collect();
        let mut steps = Vec::new();
        let s = std::thread::scope(|scope| {
            let mut partner = Thread::new(scope, &copy, &q);
            let mut last = Instant::now();
            let led = futures::executor::block_on(synthesis::lead(
                &responses,
                &q,
                &filter,
                &analyzer,
                (!alone).then_some((&mut partner, &Sharing::default())),
                async |_| {
                    steps.push(format!("{:.2}", last.elapsed().as_secs_f64()));
                    last = Instant::now();
                    true
                },
            ));
            steps.push(format!("(then {:.2})", last.elapsed().as_secs_f64()));
            led.map(|led| led.synthesis)
        })
        .ok_or("the synthesis stopped")?;
        let total = start.elapsed();
        if std::env::var_os("BENCH_STEPS").is_some() {
            println!("  steps (s): {}", steps.join(" "));
        }
        // BENCH_DIGEST=1 prints a digest of the whole synthesis: one worker's and two workers'
        // must be the same.
        if std::env::var_os("BENCH_DIGEST").is_some() {
            use sha2::Digest;
            let json = serde_json::to_vec(&s).map_err(|e| e.to_string())?;
            let digest = sha2::Sha256::digest(&json);
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            println!("  synthesis digest: {hex} ({} bytes of JSON)", json.len());
        }
        let themes: usize = s.questions.iter().map(|q| q.themes.len()).sum();
        println!(
            "native {n:>7} responses: load {:>7.3} s, synthesis {:>7.3} s, total {:>7.3} s, peak memory {} MB ({themes} themes)",
            loaded.as_secs_f64(),
            (total - loaded).as_secs_f64(),
            total.as_secs_f64(),
            peak_mb()
        );
        Ok(())
    }

    fn peak_mb() -> String {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_string())
            })
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or_else(|| "?".into(), |kb| (kb / 1024).to_string())
    }

    fn write(n: usize, dir: &str, size: usize) -> Result<(), String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        for (name, text) in bundles(n, size) {
            std::fs::write(format!("{dir}/{name}"), text).map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// How many Chinese phrases (one per line of each PHRASES file: labels or key terms) cut a
    /// word: are not consecutive words of jieba's segmentation, with the dictionary DICT (its
    /// whole one, say), of a line of ANSWERS.
    fn zh_whole(dict: &str, answers: &str, phrases: &[String]) -> Result<(), String> {
        let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
        let words = read(dict)?;
        let jieba = jieba_rs::Jieba::with_dict(&mut std::io::BufReader::new(words.as_bytes()))
            .map_err(|e| format!("{dict}: {e}"))?;
        let mut whole = std::collections::HashSet::new();
        for line in read(answers)?.lines() {
            let cut: Vec<&str> = jieba.cut(line, true).into_iter().map(|t| t.word).collect();
            for i in 0..cut.len() {
                for j in i + 1..=(i + 4).min(cut.len()) {
                    whole.insert(cut[i..j].concat());
                }
            }
        }
        let han = |p: &&str| p.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
        for file in phrases {
            let text = read(file)?;
            let all: Vec<&str> = text.lines().filter(han).collect();
            let cut: Vec<&&str> = all.iter().filter(|p| !whole.contains(**p)).collect();
            println!(
                "{file}: {} of {} phrases cut a word {cut:?}",
                cut.len(),
                all.len()
            );
        }
        Ok(())
    }

    fn text(n: usize, path: &str) -> Result<(), String> {
        let q = questionnaire::builtin();
        let g = generate(&q, n, SEED);
        let mut out = String::new();
        for r in &g.responses {
            for question in &q.questions {
                let a = r.answer(&question.id);
                if !a.trim().is_empty() {
                    out.push_str(&format!(
                        "{}\t{}\n",
                        question.id,
                        a.replace(['\n', '\t'], " ")
                    ));
                }
            }
        }
        std::fs::write(path, out).map_err(|e| e.to_string())
    }
}
