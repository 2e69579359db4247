//! Issue 13's measure of the synthesis on a corpus like a real call's (`generate_varied`: six
//! themes in six languages, non-answers, off-topic answers, initiatives named, a campaign),
//! against the truth the generator records. `scripts/quality.sh` runs it with `--nocapture`
//! (it prints the figures per question) and puts a scikit-learn baseline beside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use bpf_survey::core::generate::{self, Generated};
use bpf_survey::core::questionnaire;
use bpf_survey::core::response::{ResponseId, Status};
use bpf_survey::core::synthesis::{self, Analyzer, Filter, QuestionSynthesis};

/// The adjusted Rand index of two labellings of the same items.
fn adjusted_rand(pairs: &[(usize, usize)]) -> f64 {
    let mut table: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for &p in pairs {
        *table.entry(p).or_insert(0) += 1;
    }
    let choose2 = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let (mut rows, mut cols): (BTreeMap<usize, usize>, BTreeMap<usize, usize>) = Default::default();
    let mut cells = 0.0;
    for (&(r, c), &n) in &table {
        *rows.entry(r).or_insert(0) += n;
        *cols.entry(c).or_insert(0) += n;
        cells += choose2(n);
    }
    let a: f64 = rows.values().map(|n| choose2(*n)).sum();
    let b: f64 = cols.values().map(|n| choose2(*n)).sum();
    let expected = a * b / choose2(pairs.len());
    let max = (a + b) / 2.0;
    if max == expected {
        1.0
    } else {
        (cells - expected) / (max - expected)
    }
}

fn same_sentence(a: &str, b: &str) -> bool {
    let words = |t: &str| -> BTreeSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    a.intersection(&b).count() as f64 / (a.len().max(b.len()).max(1) as f64) >= 0.6
}

/// Not a theme: the predicted label of an answer that is in none.
const NONE: usize = usize::MAX;

/// One question's figures.
#[derive(Default)]
struct Figures {
    planted: usize,
    answers: usize,
    unthemed: usize,
    /// Answers written from a planted theme that were set aside as other answers.
    set_aside: usize,
    themes: usize,
    topics: usize,
    ari_across: f64,
    ari_within: f64,
    repeating: usize,
    summaries: usize,
    covered: usize,
    possible: usize,
    initiatives_planted: usize,
    initiatives_found: usize,
    non_answers: (usize, usize),
    off_topic: (usize, usize),
}

fn measure(
    g: &Generated,
    language: &BTreeMap<ResponseId, String>,
    q: &QuestionSynthesis,
) -> Figures {
    let mut f = Figures::default();
    let mut theme_of: BTreeMap<&str, usize> = q
        .theme_members
        .iter()
        .enumerate()
        .flat_map(|(t, ids)| ids.iter().map(move |id| (id.as_str(), t)))
        .collect();
    // A theme holds one voice per group of near-identical answers: the others are in it too.
    for group in &q.duplicates {
        let theme = group
            .responses
            .iter()
            .find_map(|id| theme_of.get(id.as_str()).copied());
        if let Some(theme) = theme {
            for id in &group.responses {
                theme_of.entry(id.as_str()).or_insert(theme);
            }
        }
    }
    let topic_of_theme: BTreeMap<usize, usize> = q
        .topics
        .iter()
        .enumerate()
        .flat_map(|(k, topic)| topic.themes.iter().map(move |&t| (t, k)))
        .collect();
    let planted: Vec<(&ResponseId, usize)> = g
        .planted
        .iter()
        .filter(|((_, qid), _)| *qid == q.id)
        .map(|((id, _), &t)| (id, t))
        .filter(|(id, _)| language.contains_key(*id))
        .collect();
    f.planted = planted
        .iter()
        .map(|(_, t)| *t)
        .collect::<BTreeSet<_>>()
        .len();
    f.answers = planted.len();
    f.themes = q.themes.len();
    f.topics = q.topics.len();
    // Across languages: each answer's topic against its planted theme.
    let across: Vec<(usize, usize)> = planted
        .iter()
        .map(|(id, t)| {
            let theme = theme_of.get(id.as_str()).copied();
            (
                *t,
                theme
                    .and_then(|th| topic_of_theme.get(&th).copied())
                    .unwrap_or(NONE),
            )
        })
        .collect();
    f.ari_across = adjusted_rand(&across);
    f.unthemed = across.iter().filter(|(_, p)| *p == NONE).count();
    let other: std::collections::BTreeSet<&str> = q.other_ids.iter().map(String::as_str).collect();
    f.set_aside = planted
        .iter()
        .filter(|(id, _)| other.contains(id.as_str()))
        .count();
    // Within each language: each answer's theme, weighted by the language's answers.
    let mut by_language: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for (id, t) in &planted {
        by_language
            .entry(language[*id].as_str())
            .or_default()
            .push((*t, theme_of.get(id.as_str()).copied().unwrap_or(NONE)));
    }
    f.ari_within = by_language
        .values()
        .map(|pairs| adjusted_rand(pairs) * pairs.len() as f64)
        .sum::<f64>()
        / planted.len().max(1) as f64;
    for t in &q.themes {
        let quotes: Vec<&str> = t.quotes.iter().map(|q| q.text.as_str()).collect();
        if quotes
            .iter()
            .enumerate()
            .any(|(i, a)| quotes[i + 1..].iter().any(|b| same_sentence(a, b)))
        {
            f.repeating += 1;
        }
    }
    for summary in &q.summary {
        let covered: BTreeSet<usize> = summary
            .sentences
            .iter()
            .filter_map(|s| {
                g.planted
                    .get(&(ResponseId::parse(&s.response)?, q.id.clone()))
                    .copied()
            })
            .collect();
        let present: BTreeSet<usize> = planted
            .iter()
            .filter(|(id, _)| language[*id] == summary.language)
            .map(|(_, t)| *t)
            .collect();
        f.summaries += 1;
        f.covered += covered.len();
        f.possible += present.len().min(summary.sentences.len());
    }
    let named: BTreeSet<&str> = g
        .initiatives
        .iter()
        .filter(|((id, qid), _)| *qid == q.id && language.contains_key(id))
        .map(|(_, name)| *name)
        .collect();
    f.initiatives_planted = named.len();
    f.initiatives_found = named
        .iter()
        .filter(|n| q.initiatives.iter().any(|i| i.name == **n))
        .count();
    let planted_count = |set: &BTreeSet<(ResponseId, String)>| {
        set.iter()
            .filter(|(id, qid)| *qid == q.id && language.contains_key(id))
            .count()
    };
    f.non_answers = (planted_count(&g.non_answers), q.non_answers);
    f.off_topic = (planted_count(&g.off_topic), q.other);
    f
}

/// Writes the corpus with its truth for `scripts/quality_sklearn.py`: question, language,
/// planted theme, answer (tabs and line breaks as spaces).
fn write_tsv(g: &Generated, language: &BTreeMap<ResponseId, String>, seed: u64) {
    let Ok(dir) = std::env::var("BPF_QUALITY_DIR") else {
        return;
    };
    let mut out = String::new();
    for r in &g.responses {
        for (qid, text) in &r.answers {
            if let (Some(t), Some(lang)) = (
                g.planted.get(&(r.id.clone(), qid.clone())),
                language.get(&r.id),
            ) {
                let text = text.replace(['\t', '\n', '\r'], " ");
                let _ = writeln!(out, "{qid}\t{lang}\t{t}\t{text}");
            }
        }
    }
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(format!("{dir}/answers-{seed}.tsv"), out).unwrap();
}

#[test]
fn a_varied_corpus_gives_one_theme_list_per_question_across_languages() {
    let q = questionnaire::builtin();
    let analyzer = Analyzer::new();
    let (mut all_across, mut all_within, mut questions) = (0.0, 0.0, 0);
    let (mut themes, mut repeating, mut covered, mut summaries, mut possible) = (0, 0, 0, 0, 0);
    let (mut initiatives_planted, mut initiatives_found) = (0, 0);
    for seed in [5u64, 13, 29] {
        let g = generate::generate_varied(&q, 2000, seed);
        // Finished responses, by the language they were written in (drafts are not analysed).
        let language: BTreeMap<ResponseId, String> = g
            .responses
            .iter()
            .filter(|r| r.status == Status::Finished && !g.campaign.contains(&r.id))
            .map(|r| (r.id.clone(), r.language.clone()))
            .collect();
        write_tsv(&g, &language, seed);
        let s = synthesis::synthesize(&g.responses, &q, &Filter::default(), &analyzer, &mut |_| {});
        println!(
            "seed {seed}: question, planted themes, answers written from one, of them in no theme, of them set aside as other, themes, topics, ARI across languages, ARI within languages, quotes repeating, planted themes per summary (at most), initiatives found, non-answers planted/counted, off-topic planted/other answers"
        );
        for question in &s.questions {
            let f = measure(&g, &language, question);
            println!(
                "  {}  {}  {:4}  {:2}  {:2}  {:3}  {:3}  {:.2}  {:.2}  {:2}/{:2}  {:.2} ({:.2})  {}/{}  {:3}/{:3}  {:3}/{:3}",
                question.id,
                f.planted,
                f.answers,
                f.unthemed,
                f.set_aside,
                f.themes,
                f.topics,
                f.ari_across,
                f.ari_within,
                f.repeating,
                f.themes,
                f.covered as f64 / f.summaries.max(1) as f64,
                f.possible as f64 / f.summaries.max(1) as f64,
                f.initiatives_found,
                f.initiatives_planted,
                f.non_answers.0,
                f.non_answers.1,
                f.off_topic.0,
                f.off_topic.1,
            );
            all_across += f.ari_across;
            all_within += f.ari_within;
            questions += 1;
            themes += f.themes;
            repeating += f.repeating;
            covered += f.covered;
            summaries += f.summaries;
            possible += f.possible;
            initiatives_planted += f.initiatives_planted;
            initiatives_found += f.initiatives_found;
            // Every planted non-answer is counted as one (the count may hold lone words too).
            assert!(
                f.non_answers.1 >= f.non_answers.0,
                "{}: {:?}",
                question.id,
                f.non_answers
            );
        }
    }
    let (across, within) = (all_across / questions as f64, all_within / questions as f64);
    println!(
        "mean over {questions} questions: ARI across languages {across:.3}, within languages {within:.3}; quotes repeating one sentence in {repeating} of {themes} themes ({:.0}%); planted themes per summary {:.2} (at most {:.2}); initiatives found {initiatives_found} of {initiatives_planted}",
        100.0 * repeating as f64 / themes as f64,
        covered as f64 / summaries as f64,
        possible as f64 / summaries as f64,
    );
    assert!(across >= 0.8, "ARI across languages {across:.3}");
    assert!(
        covered as f64 >= 3.5 * summaries as f64,
        "{covered} planted themes in {summaries} summaries"
    );
    assert!(
        repeating * 5 <= themes,
        "{repeating} of {themes} themes repeat one sentence"
    );
    assert_eq!(initiatives_found, initiatives_planted);
}
