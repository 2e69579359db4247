//! Native benchmark and corpus writer. `bench synth N...` loads and synthesises N generated
//! responses (written as bundles of 1,000, then read back through the importer) and prints the
//! times and peak memory; `bench write N DIR [BUNDLE]` writes the corpus as files for the
//! browser benchmark and the end-to-end tests; `bench text N FILE` writes one answer per line
//! for the scikit-learn comparison; `bench export DIR` prints the Markdown report of the files in
//! DIR as one worker alone makes it (the end-to-end tests compare the browser's with it).

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
    use bpf_survey::core::response::{QuestionnaireRef, Response};
    use bpf_survey::core::synthesis::{self, Analyzer, Filter};
    use bpf_survey::core::time::Timestamp;

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
                    synth(number(n)?);
                }
                Ok(())
            }
            Some("write") if args.len() >= 3 => write(
                number(&args[1])?,
                &args[2],
                args.get(3).map(number).transpose()?.unwrap_or(1),
            ),
            Some("text") if args.len() == 3 => text(number(&args[1])?, &args[2]),
            Some("export") if args.len() == 2 => export(&args[1]),
            _ => Err(
                "usage: bench synth N... | bench write N DIR [BUNDLE_SIZE] | bench text N FILE | bench export DIR"
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
        Importer::new(
            QuestionnaireRef {
                id: q.id.clone(),
                version: q.version,
            },
            Limits::default(),
        )
    }

    fn synth(n: usize) {
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
        let mut run = synthesis::Run::new(responses.iter().copied(), &q, &filter);
        // As in the browser: a second worker (here a thread) summarises the later questions
        // from a copy of the responses, unless BENCH_ONE asks for one worker alone.
        let alone = std::env::var_os("BENCH_ONE").is_some();
        let questions = q.questions.len();
        let at = run.halfway();
        let handed: Vec<Response> = if alone {
            Vec::new()
        } else {
            run.kept().iter().map(|r| (*r).clone()).collect()
        };
        if !alone {
            run = run.only(0..at).terms_from_elsewhere();
        }
        let mut steps = Vec::new();
        let s = std::thread::scope(|scope| {
            let (terms_tx, terms_rx) = std::sync::mpsc::channel();
            let helper = (!alone).then(|| {
                let handed = &handed;
                let q = &q;
                scope.spawn(move || {
                    let analyzer = Analyzer::new();
                    let mut run =
                        synthesis::Run::new(handed, q, &Filter::default()).only(at..questions);
                    let mut sent = false;
                    while run.step(&analyzer) {
                        if !sent && let Some(terms) = run.shared_terms(0..at) {
                            sent = true;
                            let _ = terms_tx.send(terms);
                        }
                    }
                    run.part()
                })
            });
            let mut last = Instant::now();
            while run.step(&analyzer) {
                steps.push(format!("{:.2}", last.elapsed().as_secs_f64()));
                last = Instant::now();
            }
            if let Some(helper) = helper {
                if let Ok(terms) = terms_rx.recv() {
                    run.take_terms(terms);
                }
                run.adopt(helper.join().expect("the helper thread failed"));
                steps.push(format!("(waited {:.2})", last.elapsed().as_secs_f64()));
            }
            run.finish()
        });
        let total = start.elapsed();
        if std::env::var_os("BENCH_STEPS").is_some() {
            println!("  steps (s): {}", steps.join(" "));
        }
        let themes: usize = s.questions.iter().map(|q| q.themes.len()).sum();
        println!(
            "native {n:>7} responses: load {:>7.3} s, synthesis {:>7.3} s, total {:>7.3} s, peak memory {} MB ({themes} themes)",
            loaded.as_secs_f64(),
            (total - loaded).as_secs_f64(),
            total.as_secs_f64(),
            peak_mb()
        );
    }

    /// The Markdown report of every file in `dir`, synthesised in one run, no filter.
    fn export(dir: &str) -> Result<(), String> {
        let q = questionnaire::builtin();
        let mut importer = importer(&q);
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| format!("{dir}: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        names.sort();
        for path in names {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            importer.add(&name.unwrap_or_default(), &bytes);
        }
        let filter = Filter::default();
        let s = synthesis::synthesize(
            importer.responses(),
            &q,
            &filter,
            &Analyzer::new(),
            &mut |_| {},
        );
        let info = bpf_survey::core::export::DocumentInfo {
            title: q.title.get("en"),
            questionnaire: format!("{}, version {}", q.id, q.version),
            data_as_of: importer.latest_update(),
            filter: &filter,
        };
        print!("{}", bpf_survey::core::export::markdown(&s, &info));
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
