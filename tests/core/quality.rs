//! Issue 13's measure of the synthesis on a corpus like a real call's (`generate_varied`: six
//! themes in six languages, non-answers, off-topic answers, initiatives named, a campaign),
//! against the truth the generator records. `scripts/quality.sh` runs it with `--nocapture`
//! (it prints the figures per question) and puts a scikit-learn baseline beside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use bpf_survey::core::generate::{self, Generated};
use bpf_survey::core::questionnaire;
use bpf_survey::core::response::{
    Publication, Response, ResponseId, Source, StakeholderGroup, Status,
};
use bpf_survey::core::synthesis::{self, Analyzer, Filter, QuestionSynthesis};
use bpf_survey::core::time::Timestamp;

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
    /// Topics over themes, each theme as its dominant planted theme.
    ari_joined: f64,
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
    // Each theme as its dominant planted theme, weighted by its members: how well topics join
    // themes, apart from how well each language's themes cluster.
    let truth: BTreeMap<&str, usize> = planted.iter().map(|(id, t)| (id.as_str(), *t)).collect();
    let mut joined = Vec::new();
    for (t, ids) in q.theme_members.iter().enumerate() {
        let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
        for p in ids.iter().filter_map(|id| truth.get(id.as_str())) {
            *counts.entry(*p).or_default() += 1;
        }
        if let Some((dominant, _)) = counts.iter().max_by_key(|(_, n)| **n) {
            let topic = topic_of_theme.get(&t).copied().unwrap_or(NONE);
            joined.extend(std::iter::repeat_n((*dominant, topic), ids.len()));
        }
    }
    f.ari_joined = adjusted_rand(&joined);
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
/// Finished responses, by the language they were written in (drafts are not analysed).
fn finished_languages(g: &Generated) -> BTreeMap<ResponseId, String> {
    g.responses
        .iter()
        .filter(|r| r.status == Status::Finished && !g.campaign.contains(&r.id))
        .map(|r| (r.id.clone(), r.language.clone()))
        .collect()
}

fn write_tsv(g: &Generated, language: &BTreeMap<ResponseId, String>, seed: impl std::fmt::Display) {
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
        let language = finished_languages(&g);
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
            if std::env::var_os("BPF_QUALITY_TOPICS").is_some() {
                print_topics(question);
            }
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

/// A corpus written apart from the method (`tests/fixtures/heldout/`, see its README): answers
/// in six languages with the theme each was written from, read into responses, with the
/// initiatives each answer names.
struct Heldout {
    g: Generated,
    /// `(response, question) -> the initiatives the answer names`.
    names: BTreeMap<(ResponseId, String), Vec<String>>,
    themes: Vec<String>,
}

fn heldout(q: &questionnaire::Questionnaire) -> Option<Heldout> {
    read_tsv_corpus(
        q,
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/heldout"),
    )
}

/// Reads every `.tsv` file of `dir` in the held-out corpus's format (its README).
fn read_tsv_corpus(q: &questionnaire::Questionnaire, dir: &str) -> Option<Heldout> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    // Rows by language then question, in file order; the k-th of each makes one response.
    type Row = (String, String, String, String, String);
    let mut rows: BTreeMap<String, BTreeMap<String, Vec<Row>>> = BTreeMap::new();
    let mut campaign: Vec<Row> = Vec::new();
    for file in files {
        for line in std::fs::read_to_string(file).ok()?.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            let [question, lang, theme, kind, names, group, text] = cols[..] else {
                panic!("not 7 columns: {line}");
            };
            let lang = if lang == "xx" { "en" } else { lang };
            let row = (
                theme.to_string(),
                kind.to_string(),
                names.to_string(),
                group.to_string(),
                text.to_string(),
            );
            if kind == "campaign" {
                let mut row = row;
                row.0 = format!("{question}\t{theme}");
                campaign.push(row);
            } else {
                rows.entry(lang.to_string())
                    .or_default()
                    .entry(question.to_string())
                    .or_default()
                    .push(row);
            }
        }
    }
    let mut out = Heldout {
        g: Generated {
            responses: Vec::new(),
            planted: BTreeMap::new(),
            campaign: Vec::new(),
            non_answers: BTreeSet::new(),
            off_topic: BTreeSet::new(),
            initiatives: BTreeMap::new(),
        },
        names: BTreeMap::new(),
        themes: Vec::new(),
    };
    let mut n = 0u32;
    let mut respond =
        |out: &mut Heldout, lang: &str, answers: Vec<(String, Row)>, campaign: bool| {
            n += 1;
            let mut bytes = [0u8; 16];
            bytes[..4].copy_from_slice(&n.to_le_bytes());
            let id = ResponseId::from_random_bytes(bytes);
            let mut r = Response::new(
                id.clone(),
                q.reference(),
                Timestamp::from_millis(1_470_000_000_000 + i64::from(n) * 60_000),
                lang,
                Source::default(),
            );
            r.status = Status::Finished;
            r.publication = Some(if n.is_multiple_of(2) {
                Publication::Named
            } else {
                Publication::Anonymous
            });
            r.respondent.name = format!("Respondent {n}");
            if campaign {
                out.g.campaign.push(id.clone());
            }
            for (question, (theme, kind, names, group, text)) in answers {
                r.respondent.stakeholder_group = StakeholderGroup::from_key(&group);
                let key = (id.clone(), question.clone());
                match kind.as_str() {
                    "theme" => {
                        let t = match out.themes.iter().position(|x| *x == theme) {
                            Some(t) => t,
                            None => {
                                out.themes.push(theme.clone());
                                out.themes.len() - 1
                            }
                        };
                        out.g.planted.insert(key.clone(), t);
                    }
                    "non-answer" => {
                        out.g.non_answers.insert(key.clone());
                    }
                    "off-topic" => {
                        out.g.off_topic.insert(key.clone());
                    }
                    _ => {}
                }
                let names: Vec<String> = names
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                if !names.is_empty() && kind != "campaign" {
                    out.names.insert(key, names);
                }
                r.set_answer(&question, text);
            }
            out.g.responses.push(r);
        };
    for (lang, by_question) in &rows {
        let most = by_question.values().map(Vec::len).max().unwrap_or(0);
        for k in 0..most {
            let answers: Vec<(String, Row)> = by_question
                .iter()
                .filter_map(|(question, rows)| Some((question.clone(), rows.get(k)?.clone())))
                .collect();
            respond(&mut out, lang, answers, false);
        }
    }
    for row in campaign {
        let (question, theme) = row.0.split_once('\t').unwrap();
        let (question, theme) = (question.to_string(), theme.to_string());
        respond(
            &mut out,
            "en",
            vec![(question, (theme, row.1, row.2, row.3, row.4))],
            true,
        );
    }
    Some(out)
}

/// A name as written, for comparing: letters and digits, lower case.
fn plain(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Prints a question's topics: each with its concepts and its themes' language, voices and label.
fn print_topics(question: &synthesis::QuestionSynthesis) {
    for (k, topic) in question.topics.iter().enumerate() {
        let labels: Vec<String> = topic
            .themes
            .iter()
            .map(|&t| {
                let t = &question.themes[t];
                format!("{} {}: {}", t.language, t.voices, t.label.join(", "))
            })
            .collect();
        println!(
            "      topic {k} [{}]: {}",
            topic.concepts.join(", "),
            labels.join(" | ")
        );
    }
}

/// The mean figures of a corpus read by [`read_tsv_corpus`] over its questions.
struct Means {
    across: f64,
    within: f64,
    set_aside: usize,
    themed: usize,
    off_found: usize,
    off_planted: usize,
    /// Initiatives that two answers or more name, and of them those listed.
    named: usize,
    found: usize,
    /// Every theme's label and every key term of the synthesis.
    phrases: Vec<String>,
}

#[test]
fn an_independent_corpus_gives_one_theme_list_per_question_across_languages() {
    let q = questionnaire::builtin();
    let Some(h) = heldout(&q) else {
        return;
    };
    let m = measure_corpus(&q, &h, "held-out");
    // The initiatives two answers name are listed, by any of their names (72 of 84 before
    // known names could hold small words, an acronym spelled out counted its uses alone, and
    // the gazetteer grew; the rest are "IGF", never counted, and names in small letters).
    assert!(
        m.found * 10 >= m.named * 9,
        "{} of {} initiatives",
        m.found,
        m.named
    );
    // Varied writing: an answer about passwords or CSIRTs is not "about something else"
    // because the lexicon lacks its words (before the words shared with on-topic answers
    // counted: 231 of 1,080 set aside).
    assert!(
        m.set_aside * 5 <= m.themed,
        "{} of {} set aside",
        m.set_aside,
        m.themed
    );
    // Answers worded apart still group by the concepts they speak of (before the lexicon's
    // concepts counted in each language's themes, and 31 more of them: 0.076 across languages;
    // 0.349 before more k-means starts for fewer answers, 0.397 since).
    assert!(m.across >= 0.3, "ARI across languages {:.3}", m.across);
    assert!(
        m.off_found * 5 >= m.off_planted * 4,
        "{} of {} off-topic found",
        m.off_found,
        m.off_planted
    );
    // Bare verbs and function words its labels and key terms held before the word-class lists.
    no_word_of(
        &m.phrases,
        "crear compartir former harmoniser meet know participan hésitent permettent appliquer \
         llega together hoy bien собирает мешает например termine coordina \
         حول نفسها تستخدم نقترح بينها неформально like وتم",
    );
    no_fragment(&m.phrases, "وشركات للأمن للدول والقطاع ونظام", "ومنظمات");
    // A list's insistence names nothing: "Training, training, training" made "training
    // training" once the lexicon's "training of trainers" moved it to a theme of its own.
    // (Concepts' names, joined by "; " where a theme is one answer, are not the answers'
    // words.)
    let twice: Vec<&String> = m
        .phrases
        .iter()
        .filter(|p| !p.contains("; "))
        .filter(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            (1..words.len()).any(|i| words[..i].contains(&words[i]))
        })
        .collect();
    assert!(twice.is_empty(), "{twice:?}");
}

#[test]
fn a_second_independent_corpus_gives_labels_without_verbs() {
    let q = questionnaire::builtin();
    // A second corpus written apart from the method (`tests/fixtures/heldout-2/`, its README).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/heldout-2");
    let Some(h) = read_tsv_corpus(&q, dir) else {
        return;
    };
    let m = measure_corpus(&q, &h, "held-out 2");
    // Verbs that a blind judge found in the labels and key terms before the word-class lists
    // (docs/synthesis-quality.md, 2026-12-07), written where the answers' few uses could not
    // tell them: none names. Then the present singulars of French and Spanish verbs
    // ("apporte", "envía", 2026-12-07, evening), Russian verbs the treebanks use once,
    // contractions, adverbs and Arabic function words and imperfects.
    no_word_of(
        &m.phrases,
        "former partagent réunit hésitent permet meet make discuss get proteger reportan \
         aplican consultan comparten participan promueven собирает проводит 建立 \
         apporte sensibilise fonctionne envía coordine organiza comparte идёт can't \
         informalmente تتحمل بمفردها خصوصا حول باستمرار لأن عدة ويقدم بشكل لكنها lead run \
         sure توجد любую любое two stop",
    );
    no_fragment(
        &m.phrases,
        "وحماية والجهات للجرائم لتبادل",
        "وحماية وتمويل وتبادل وبرامج وتعريفاتها",
    );
}

#[test]
fn a_third_independent_corpus_sets_aside_few_of_its_answers() {
    let q = questionnaire::builtin();
    // A third corpus written apart from the method (`tests/fixtures/heldout-3/`, its README),
    // after this session's changes to labels: a check on writing nobody tuned against
    // (docs/synthesis-quality.md, 2026-12-07, night). Every answer is in a theme or among
    // the other answers, and every theme is named.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/heldout-3");
    let Some(h) = read_tsv_corpus(&q, dir) else {
        return;
    };
    let m = measure_corpus(&q, &h, "held-out 3");
    // At most a fifth of the answers written from a theme are set aside as about something
    // else, as for the first held-out corpus: 55 of 252 were, answers about the Traffic Light
    // Protocol, MISP or Shadowserver among them, before an answer naming an initiative of the
    // gazetteer counted as speaking of the field; then 40, and 28 once an answer holding a
    // phrase of the lexicon ("brain drain", "formar formadores") did too: an eighth at most.
    assert!(
        m.set_aside * 8 <= m.themed,
        "{} of {} set aside",
        m.set_aside,
        m.themed
    );
    assert!(!m.phrases.is_empty());
    assert!(
        m.phrases.iter().all(|p| !p.trim().is_empty()),
        "{:?}",
        m.phrases
    );
    // Numerals name nothing ("two years", "deux domaines", "diez cursos"), but within the
    // lexicon's phrases ("two factor authentication"); nor does an Arabic word with "our" or
    // a verb's past with "we" ("أنشأنا", "فريقنا").
    let others: Vec<String> = m
        .phrases
        .iter()
        .filter(|p| *p != "two factor authentication")
        .cloned()
        .collect();
    // Nor a verb the treebanks hold, after "to" in the answers ("to teach them"), 2026-12-07, late.
    // And Spanish subjunctives of "-car" verbs ("csirts practiquen juntos"), and Arabic
    // function words with a preposition glued ("الوطني بكل نشاط").
    no_word_of(
        &others,
        "two deux diez أنشأنا فريقنا دورنا teach apliquen practiquen بكل لجميع",
    );
    assert!(
        m.phrases.iter().any(|p| p == "two factor authentication"),
        "{:?}",
        m.phrases
    );
}

#[test]
fn a_fourth_independent_corpus_finds_its_themes_and_sets_aside_what_is_off_topic() {
    let q = questionnaire::builtin();
    // A fourth corpus written apart from the method (`tests/fixtures/heldout-4/`, its README),
    // after this session's changes: three themes per question, two answers per theme and
    // language, with off-topic answers and non-answers (docs/synthesis-quality.md,
    // 2026-12-07, late).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/heldout-4");
    let Some(h) = read_tsv_corpus(&q, dir) else {
        return;
    };
    let m = measure_corpus(&q, &h, "held-out 4");
    // Measured once, untuned, at the session's start and end (27 and 23 of 252 set aside,
    // 13 of 18 off-topic answers found, 0.463 and 0.472 across languages): these hold what
    // was found, so that a change that loses it is seen.
    assert!(
        m.set_aside * 8 <= m.themed,
        "{} of {} set aside",
        m.set_aside,
        m.themed
    );
    assert!(
        m.off_found * 3 >= m.off_planted * 2,
        "{} of {} off-topic found",
        m.off_found,
        m.off_planted
    );
    // 0.528 before more k-means starts for fewer answers, 0.550 since.
    assert!(m.across >= 0.5, "ARI across languages {:.3}", m.across);
    assert!(!m.phrases.is_empty());
    // Then, after reading its phrases: French "-ir" verbs of the third group ("formés
    // partent", "coopération repart").
    no_word_of(&m.phrases, "partent repart");
    // Nor an English past form alone ("shared", "worked", "offered", "infected").
    let past: Vec<&String> = m
        .phrases
        .iter()
        .filter(|p| p.is_ascii() && !p.contains(' ') && p.len() >= 6 && p.ends_with("ed"))
        .filter(|p| !p.ends_with("eed"))
        .collect();
    assert!(past.is_empty(), "{past:?}");
}

/// Fails if one of `phrases` begins with a word of `first`, or one of two words or more ends
/// with a word of `last` (each separated by spaces): Arabic fragments, a phrase that begins
/// with "and", "for" or "with", or ends with an "and" cut from what it joins.
fn no_fragment(phrases: &[String], first: &str, last: &str) {
    let first: BTreeSet<&str> = first.split_whitespace().collect();
    let last: BTreeSet<&str> = last.split_whitespace().collect();
    let seen: Vec<&String> = phrases
        .iter()
        .filter(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            first.contains(words[0]) || (words.len() > 1 && last.contains(words[words.len() - 1]))
        })
        .collect();
    assert!(seen.is_empty(), "{seen:?}");
}

/// Fails if a word of `words` (separated by spaces) is a word of one of `phrases` (Chinese
/// phrases, written without spaces, are compared whole).
fn no_word_of(phrases: &[String], words: &str) {
    let words: BTreeSet<&str> = words.split_whitespace().collect();
    let seen: Vec<&String> = phrases
        .iter()
        .filter(|p| words.contains(p.as_str()) || p.split(' ').any(|w| words.contains(w)))
        .collect();
    assert!(seen.is_empty(), "{seen:?}");
}

/// Synthesises a corpus read by [`read_tsv_corpus`] and prints its figures per question, as
/// `name`; returns their means.
fn measure_corpus(q: &questionnaire::Questionnaire, h: &Heldout, name: &str) -> Means {
    let analyzer = Analyzer::new();
    let language: BTreeMap<ResponseId, String> =
        h.g.responses
            .iter()
            .filter(|r| !h.g.campaign.contains(&r.id))
            .map(|r| (r.id.clone(), r.language.clone()))
            .collect();
    write_tsv(&h.g, &language, name);
    let s = synthesis::synthesize(
        &h.g.responses,
        q,
        &Filter::default(),
        &analyzer,
        &mut |_| {},
    );
    println!(
        "{name} corpus, {} responses, {} answers with a theme: question, planted themes, answers written from one, of them in no theme, set aside as other, themes, topics, ARI across languages, ARI within languages, quotes repeating, planted themes per summary (at most), initiatives named twice found, non-answers planted/counted, off-topic planted/other answers",
        h.g.responses.len(),
        h.g.planted.len()
    );
    let (mut across, mut within, mut joined, mut questions) = (0.0, 0.0, 0.0, 0);
    let (mut found_all, mut named_all) = (0, 0);
    let (mut set_aside, mut themed, mut off_found, mut off_planted) = (0, 0, 0, 0);
    for question in &s.questions {
        let f = measure(&h.g, &language, question);
        if f.answers == 0 {
            continue;
        }
        // Initiatives the truth says two answers or more name.
        let mut named: BTreeMap<String, (String, usize)> = BTreeMap::new();
        for ((_, qid), names) in &h.names {
            if *qid == question.id {
                for n in names {
                    named.entry(plain(n)).or_insert((n.clone(), 0)).1 += 1;
                }
            }
        }
        named.retain(|_, (_, count)| *count >= 2);
        let shown: Vec<String> = question
            .initiatives
            .iter()
            .map(|i| plain(&i.name))
            .collect();
        // Shown under its own name, or under the name of the known initiative it is a form of
        // ("TLP" as the Traffic Light Protocol).
        let missed: Vec<&str> = named
            .iter()
            .filter(|(k, (n, _))| {
                let known: Vec<String> = synthesis::initiatives::mentions(n)
                    .into_iter()
                    .filter(|m| m.known)
                    .map(|m| plain(&m.name))
                    .collect();
                !shown
                    .iter()
                    .any(|s| s.contains(k.as_str()) || k.contains(s.as_str()) || known.contains(s))
            })
            .map(|(_, (n, _))| n.as_str())
            .collect();
        let found = named.len() - missed.len();
        println!(
            "  {}  {}  {:4}  {:2}  {:2}  {:3}  {:3}  {:.2}  {:.2}  {:2}/{:2}  {:.2} ({:.2})  {}/{} (missed: {})  {:3}/{:3}  {:3}/{:3}",
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
            found,
            named.len(),
            missed.join(", "),
            f.non_answers.0,
            f.non_answers.1,
            f.off_topic.0,
            f.off_topic.1,
        );
        if std::env::var_os("BPF_QUALITY_OTHER").is_some() {
            let other: BTreeSet<&str> = question.other_ids.iter().map(String::as_str).collect();
            for r in &h.g.responses {
                let key = (r.id.clone(), question.id.clone());
                if other.contains(r.id.as_str()) && h.g.planted.contains_key(&key) {
                    println!("      set aside: {}", r.answers[&question.id]);
                }
                if !other.contains(r.id.as_str()) && h.g.off_topic.contains(&key) {
                    println!("      off-topic kept: {}", r.answers[&question.id]);
                }
            }
        }
        print_topics(question);
        across += f.ari_across;
        within += f.ari_within;
        joined += f.ari_joined;
        questions += 1;
        found_all += found;
        named_all += named.len();
        set_aside += f.set_aside;
        themed += f.answers;
        let other: BTreeSet<&str> = question.other_ids.iter().map(String::as_str).collect();
        for (id, qid) in &h.g.off_topic {
            if *qid == question.id {
                off_planted += 1;
                off_found += usize::from(other.contains(id.as_str()));
            }
        }
    }
    println!(
        "{name} mean over {questions} questions: ARI across languages {:.3}, within languages {:.3}, of topics over themes {:.3}; initiatives named twice found {found_all} of {named_all}; answers written from a theme set aside as other answers {set_aside} of {themed}; off-topic answers set aside {off_found} of {off_planted}",
        across / questions as f64,
        within / questions as f64,
        joined / questions as f64,
    );
    // `BPF_QUALITY_PHRASES=1` prints every label and key term with its language, to compare
    // two versions of the method.
    if std::env::var_os("BPF_QUALITY_PHRASES").is_some() {
        for question in &s.questions {
            for t in &question.themes {
                println!(
                    "  phrase {} {} label: {}",
                    question.id,
                    t.language,
                    t.label.join(" | ")
                );
            }
            for l in &question.terms {
                let terms: Vec<&str> = l.terms.iter().map(|t| t.text.as_str()).collect();
                println!(
                    "  phrase {} {} terms: {}",
                    question.id,
                    l.language,
                    terms.join(" | ")
                );
            }
        }
    }
    let phrases = s
        .questions
        .iter()
        .flat_map(|question| {
            let labels = question.themes.iter().flat_map(|t| t.label.iter().cloned());
            let terms = question
                .terms
                .iter()
                .flat_map(|l| l.terms.iter().map(|t| t.text.clone()));
            labels.chain(terms).collect::<Vec<_>>()
        })
        .collect();
    Means {
        across: across / questions as f64,
        within: within / questions as f64,
        set_aside,
        themed,
        off_found,
        off_planted,
        named: named_all,
        found: found_all,
        phrases,
    }
}

/// A corpus of 2,000 templated responses in five languages, written by
/// `tests/fixtures/templated/generate.py` (see its README) apart from the method: 31 themes of
/// its writer's choosing, each language phrased its own way, with typos, one-word answers,
/// non-answers, off-topic answers and a campaign, as the independent corpus of issue 13 was
/// described. Generated into `target/templated/<process>/` by `python3`, then removed.
fn templated(q: &questionnaire::Questionnaire) -> Heldout {
    let root = env!("CARGO_MANIFEST_DIR");
    // A folder of this process's own, so two runs at once never read a half-written file.
    let out = format!("{root}/target/templated/{}", std::process::id());
    let status = std::process::Command::new("python3")
        .arg(format!("{root}/tests/fixtures/templated/generate.py"))
        .arg(&out)
        .status()
        .expect("python3 runs the templated corpus's generator");
    assert!(status.success(), "the generator failed: {status}");
    let corpus = read_tsv_corpus(q, &out).expect("the generator wrote its corpus");
    std::fs::remove_dir_all(&out).unwrap();
    // To read it as the secretariat would: `BPF_TEMPLATED_FILES=DIR cargo test --test core
    // a_templated_corpus` writes it there as bundles of at most 1 MB for the synthesis page.
    if let Some(dir) = std::env::var_os("BPF_TEMPLATED_FILES") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        let at = Timestamp::from_millis(1_480_000_000_000);
        let bundles =
            bpf_survey::core::format::write_bundles(&corpus.g.responses, at, "templated", 1 << 20);
        for (i, bundle) in bundles.iter().enumerate() {
            std::fs::write(dir.join(format!("templated-{i:02}.json")), bundle).unwrap();
        }
    }
    corpus
}

#[test]
fn a_templated_corpus_gives_one_theme_list_per_question_across_languages() {
    let q = questionnaire::builtin();
    let h = templated(&q);
    let m = measure_corpus(&q, &h, "templated");
    // 84 of 99 before, as for the held-out corpus; the one left is "IGF".
    assert!(
        m.found * 100 >= m.named * 95,
        "{} of {} initiatives",
        m.found,
        m.named
    );
    // Issue 13's target, on writing the method was not built against (0.867 and 0.893 when the
    // corpus came; 0.897 and 0.907 since large questions judge other answers by their nearest;
    // 0.937 and 0.944 since topics of one language join by their initiatives and more k-means
    // starts are tried).
    assert!(m.across >= 0.9, "ARI across languages {:.3}", m.across);
    assert!(m.within >= 0.9, "ARI within languages {:.3}", m.within);
    // Off-topic answers that share only everyday words with the others (216 of 420 before).
    assert!(
        m.off_found * 4 >= m.off_planted * 3,
        "{} of {} off-topic found",
        m.off_found,
        m.off_planted
    );
    assert!(
        m.set_aside * 100 <= m.themed,
        "{} of {} set aside",
        m.set_aside,
        m.themed
    );
    // Labels and key terms name things: no interrogative, conjunction or quantifier (the
    // stop-word lists lack "ni", "cómo", "cuál", "cannot"; all were in labels), nor verbs
    // (the second line: all were in labels or key terms before they were told noun phrases,
    // `nouns`: "give us", "administrations revendiquent", "publican alertas", "信任每年").
    let banned: BTreeSet<&str> = [
        "ni quand pourquoi où quel quelle autre même peu cómo cuál qué quién dónde cuándo pocos mismo otro nadie nada aunque cannot everybody someone nothing whose among although few",
        "give partager revendiquent publican participer participar financer financiar exigiendo comme dejar 信任每年 开展中小学 发布网络安全 参加国际 制定共同 过面 知道 列表每天",
        // Arabic function words and imperfects (2026-12-07, evening).
        "تتنازع بسبب تستبعد مثلا تجتمع بانتظام بكثير آخر أنها",
    ]
    .iter()
    .flat_map(|line| line.split(' '))
    .collect();
    let seen: Vec<&String> = m
        .phrases
        .iter()
        .filter(|p| p.split([' ', ',']).any(|w| banned.contains(w)))
        .collect();
    assert!(seen.is_empty(), "{seen:?}");
    no_fragment(
        &m.phrases,
        "والشركات وحماية وتنظيم للأمن لفرق للحوادث بالتعاون",
        "وتبادل",
    );
}

/// A small call, as a national IGF's may be: about 20 answers per question and language. Too few
/// for one language's answers to show their themes alone, so the languages short of answers are
/// grouped together (`question::ALONE`), and the planted themes are still found across languages.
#[test]
fn a_small_corpus_finds_its_themes_across_languages() {
    let q = questionnaire::builtin();
    let analyzer = Analyzer::new();
    let (mut across, mut within, mut questions, mut measured) = (0.0, 0.0, 0, 0);
    for seed in [5u64, 13, 29] {
        let g = generate::generate_varied(&q, 200, seed);
        let language = finished_languages(&g);
        let s = synthesis::synthesize(&g.responses, &q, &Filter::default(), &analyzer, &mut |_| {});
        for question in &s.questions {
            let f = measure(&g, &language, question);
            println!(
                "seed {seed} {}: {} answers, {} themes, {} topics, ARI across {:.2}, within {:.2}",
                question.id, f.answers, f.themes, f.topics, f.ari_across, f.ari_within
            );
            across += f.ari_across;
            // A language whose answers all come from one planted theme has no figure.
            if f.ari_within.is_finite() {
                within += f.ari_within;
                measured += 1;
            }
            questions += 1;
        }
    }
    let (across, within) = (across / questions as f64, within / measured as f64);
    println!(
        "small corpora, mean over {questions} questions: ARI across languages {across:.3}, within {within:.3} ({measured} questions)"
    );
    // Each language's themes found alone gave 0.766 across and 0.848 within; 0.918 and 0.929
    // before more k-means starts for fewer answers, 0.963 and 0.978 since.
    assert!(across >= 0.9, "ARI across languages {across:.3}");
    assert!(within >= 0.9, "ARI within languages {within:.3}");
}

/// Answers are read in the language they are written in, whatever the form's language: the
/// six's corpora stay in their languages now that Portuguese, German, Italian and Dutch are
/// recognised too (`text::LATIN`), and answers written in those (`tests/fixtures/other-languages/`)
/// are read as themselves, not as Spanish or English. `BPF_SHOW_MISREAD=1` prints each answer
/// read in another language.
#[test]
fn answers_are_read_in_the_language_they_are_written_in() {
    let q = questionnaire::builtin();
    let analyzer = Analyzer::new();
    let mut corpora: Vec<(&str, Vec<(String, String)>)> = Vec::new();
    let answers_of = |h: &Heldout| -> Vec<(String, String)> {
        h.g.responses
            .iter()
            .flat_map(|r| {
                r.answers.iter().filter_map(|(qid, text)| {
                    let key = (r.id.clone(), qid.clone());
                    (h.g.planted.contains_key(&key) || h.g.off_topic.contains(&key))
                        .then(|| (text.clone(), r.language.clone()))
                })
            })
            .collect()
    };
    if let Some(h) = heldout(&q) {
        corpora.push(("held-out", answers_of(&h)));
    }
    corpora.push(("templated", answers_of(&templated(&q))));
    let g = generate::generate_varied(&q, 2000, 2016);
    let generated = g
        .responses
        .iter()
        .flat_map(|r| {
            r.answers
                .iter()
                .filter(|(qid, _)| g.planted.contains_key(&(r.id.clone(), (*qid).clone())))
                .map(|(_, text)| {
                    let language = r.language.split('-').next().unwrap();
                    (text.clone(), language.to_string())
                })
        })
        .collect();
    corpora.push(("generated", generated));
    let other = read_tsv_corpus(
        &q,
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/other-languages"
        ),
    );
    if let Some(h) = &other {
        corpora.push(("other languages", answers_of(h)));
    }
    for (name, answers) in &corpora {
        let (mut wrong_en, mut wrong_own, mut new) = (0, 0, 0);
        let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (text, truth) in answers {
            let read = analyzer.detect(text, "en");
            if read != truth {
                wrong_en += 1;
                *seen.entry((truth.clone(), read.to_string())).or_default() += 1;
                if ["pt", "de", "it", "nl"].contains(&read) && truth != read {
                    new += 1;
                }
                if std::env::var_os("BPF_SHOW_MISREAD").is_some() {
                    println!("  {truth} read as {read}: {text}");
                }
            }
            if analyzer.detect(text, truth) != truth {
                wrong_own += 1;
            }
        }
        println!(
            "{name}: {} answers; read in another language with the form in English {wrong_en}, in their own {wrong_own}; read as Portuguese, German, Italian or Dutch though not {new}; (truth, read): {seen:?}",
            answers.len()
        );
        if *name == "other languages" {
            // All 152 were read as Spanish, English or French before; the 17 left are phrases
            // of two to five words with no stop word ("Servono fondi stabili.").
            assert!(wrong_en * 100 <= answers.len() * 15, "{name}: {wrong_en}");
            assert!(wrong_own * 100 <= answers.len() * 5, "{name}: {wrong_own}");
        } else {
            // The six's answers are never taken for the NRIs' other languages, and spelling
            // ("-ción", "-ção") reads more of them right (held-out 26 and templated 85 wrong
            // with the form in English before).
            assert_eq!(new, 0, "{name}");
            assert!(wrong_en * 100 <= answers.len() * 3, "{name}: {wrong_en}");
        }
    }
    assert!(other.is_some(), "tests/fixtures/other-languages is read");
}
