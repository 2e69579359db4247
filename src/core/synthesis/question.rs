//! One question's synthesis from the tokenised corpus: how many answered and who, how long the answers are, near-duplicates, key terms per language, and per language the themes and summary of the independent voices.

use std::collections::{BTreeMap, BTreeSet};

use super::corpus::{Answer, Corpus};
use super::model::{
    CAMPAIGN, CAMPAIGNS_LISTED, ChoiceFigure, DuplicateGroup, Initiative, KeyTerm, LanguageSummary,
    LanguageTerms, LengthStats, NOT_LISTED, QuestionSynthesis, Quote, SelfNamed, Senders, Theme,
};
use super::terms::{self, Ranked};
use super::{concepts, duplicates, initiatives, nouns, people, privacy, summary, themes, topics};
use crate::core::questionnaire::Question;
use crate::core::response::Response;
use crate::core::text::count;

/// Key terms ranked per language (an index into `Corpus::languages`), then per question.
pub(super) type RankedTerms = BTreeMap<usize, Vec<Vec<Ranked>>>;

/// What every part of a question's synthesis reads: the tokenised answers and the responses
/// (in response-id order) and question ids they came from.
#[derive(Clone, Copy)]
pub(super) struct Texts<'c, 'r> {
    /// The tokenised answers.
    pub corpus: &'c Corpus,
    /// The responses, as the corpus numbers them.
    pub responses: &'c [&'r Response],
    /// The question ids, as the corpus numbers them.
    pub qids: &'c [String],
    /// The multilingual lexicon in the corpus's stem ids.
    pub concepts: &'c concepts::Index,
    /// Stems that never make a key term or label ([`terms::weak_stems`]).
    pub weak: &'c rustc_hash::FxHashSet<u32>,
    /// The words before which a noun or a verb comes ([`nouns::Cues`]).
    pub cues: &'c nouns::Cues,
    /// What the question's answers say of their words ([`Texts::naming`]); before that, nothing.
    pub names: &'c nouns::Names,
}

impl<'c, 'r> Texts<'c, 'r> {
    /// These texts, knowing which words of one question's answers are verbs.
    pub fn naming<'n>(&self, names: &'n nouns::Names) -> Texts<'n, 'r>
    where
        'c: 'n,
    {
        Texts { names, ..*self }
    }

    /// Whether the written form `words` (with `stems` beside), in the language with index
    /// `language`, may name a theme or be a key term ([`nouns::Names::fit`]).
    pub fn names_a_thing(&self, language: usize, stems: &[u32], words: &[u32]) -> bool {
        self.names
            .fit(self.corpus, self.concepts, language, stems, words)
    }

    /// The response an answer belongs to.
    pub fn response(&self, a: &Answer) -> &Response {
        self.responses[a.response]
    }

    /// The answers (indices into `answers`, one question's) that say something, but nothing
    /// the question is about: in one of the lexicon's languages, with no concept and no word
    /// of the field ([`concepts::Index::speaks_of_the_field`]), naming no initiative of the
    /// gazetteer ("TLP", "Shadowserver": [`initiatives::mentions`]), and sharing too little with
    /// the answers that do. An answer is kept when at least a third of its words (and one at
    /// least) are each used by two or more of those answers: "mots de passe robustes" to a
    /// question about whose role security is speaks of what others say, a bakery does not.
    /// From [`MANY_IN_THE_FIELD`] such answers, where everyday words ("year", "new", "meeting")
    /// are each used by two of them by chance, an answer of 4 to [`NEIGHBOURLY_WORDS`]
    /// distinct words (stems, stop and weak words aside) is kept only when one answer that
    /// speaks of the field holds half of them, unless finding out would read more than its
    /// share of the field ([`reach`]): then the shared words alone decide. When the lexicon
    /// describes less than a quarter of a question's answers, it is not about the lexicon's
    /// field, and nothing is set aside. In a call of fewer than [`MANY_IN_THE_FIELD`] answers of
    /// the field, one that speaks of a concept a fifth of them speak of is kept
    /// ([`COMMON_SHARE`]). Adverts are other answers too ([`Texts::adverts`]).
    pub fn off_topic(&self, answers: &[&Answer]) -> BTreeSet<usize> {
        let Some(mut off) = self.off_topic_by_words(answers) else {
            return BTreeSet::new();
        };
        off.extend(self.adverts(answers));
        off
    }

    /// The other answers by their words alone ([`Texts::off_topic`], adverts aside); `None`
    /// when the lexicon does not describe the question.
    pub fn off_topic_by_words(&self, answers: &[&Answer]) -> Option<BTreeSet<usize>> {
        // An answer that names an initiative of the gazetteer ("FIRST", "Shadowserver", "TLP")
        // speaks of the field, whatever its other words.
        let names_a_known_initiative =
            |text: &str| initiatives::mentions(text).iter().any(|m| m.known);
        let lexical =
            |a: &Answer| concepts::language_index(&self.corpus.languages[a.language]).is_some();
        let candidates: Vec<usize> = (0..answers.len())
            .filter(|&i| answers[i].substantive && lexical(answers[i]))
            .collect();
        let (field, outside): (Vec<usize>, Vec<usize>) = candidates.into_iter().partition(|&i| {
            self.concepts.speaks_of_the_field(answers[i])
                || names_a_known_initiative(self.text(answers[i]))
        });
        if field.len() * 3 < outside.len() {
            return None;
        }
        if outside.is_empty() {
            return Some(BTreeSet::new());
        }
        let words = |a: &Answer| -> Vec<u32> {
            let mut w: Vec<u32> = a
                .sentences
                .iter()
                .flat_map(|s| s.stems.iter().copied())
                .filter(|s| *s != super::corpus::STOP && !self.weak.contains(s))
                .collect();
            w.sort_unstable();
            w.dedup();
            w
        };
        let field_words: Vec<Vec<u32>> = field.iter().map(|&i| words(answers[i])).collect();
        let mut used: rustc_hash::FxHashMap<u32, u32> = Default::default();
        for ws in &field_words {
            for &s in ws {
                *used.entry(s).or_insert(0) += 1;
            }
        }
        // Neighbours are looked for among distinct sets of words: a campaign's copies are one.
        let mut distinct = field_words;
        distinct.sort_unstable();
        distinct.dedup();
        let mut postings: rustc_hash::FxHashMap<u32, Vec<u32>> = Default::default();
        for (k, ws) in distinct.iter().enumerate() {
            for &s in ws {
                postings.entry(s).or_default().push(k as u32);
            }
        }
        let many = field.len() >= MANY_IN_THE_FIELD;
        // In a small call, the concepts a share of the answers of the field speak of: what the
        // question's answers are about ("budget", "language barrier" to a question on
        // problems). A large call does not use them.
        let mut per_concept = [0usize; 64];
        for &i in field.iter().filter(|_| !many) {
            let c = self.concepts.concepts(answers[i]) & !self.concepts.setting();
            for (b, n) in per_concept.iter_mut().enumerate() {
                *n += usize::from(c & (1u64 << b) != 0);
            }
        }
        let common: u64 = per_concept
            .iter()
            .enumerate()
            .filter(|(_, n)| **n * COMMON_SHARE >= field.len() && **n >= 2)
            .fold(0, |set, (b, _)| set | 1u64 << b);
        let reach = reach(answers.len(), outside.len());
        // Answers with the same words are judged once (a pasted "no comment", say).
        let mut judged: BTreeMap<Vec<u32>, bool> = BTreeMap::new();
        let off = outside
            .into_iter()
            .filter(|&i| {
                // In a small call, an answer that speaks of what a fifth of the field's
                // answers speak of is of the field: too few answers share its words to tell.
                if !many && self.concepts.concepts(answers[i]) & common != 0 {
                    return false;
                }
                let own = words(answers[i]);
                if let Some(&off) = judged.get(&own) {
                    return off;
                }
                let shared = own
                    .iter()
                    .filter(|s| used.get(*s).is_some_and(|n| *n >= 2))
                    .count();
                let off = shared == 0
                    || shared * 3 < own.len()
                    || (many
                        && (4..=NEIGHBOURLY_WORDS).contains(&own.len())
                        && has_neighbour(&own, &distinct, &postings, reach) == Some(false));
                judged.insert(own, off);
                off
            })
            .collect();
        Some(off)
    }

    /// The answers (indices into `answers`) of one or two sentences that ask to be contacted
    /// ("…cursos en línea con descuento, contáctenos", "欢迎来电咨询"): adverts and requests,
    /// whatever their words; other answers ([`Texts::off_topic`] adds them only in a question
    /// the lexicon describes). Only answers in the lexicon's languages are read.
    pub fn adverts(&self, answers: &[&Answer]) -> BTreeSet<usize> {
        (0..answers.len())
            .filter(|&i| {
                let a = answers[i];
                a.substantive
                    && a.sentences.len() <= 2
                    && concepts::language_index(&self.corpus.languages[a.language]).is_some()
                    && solicits(self.text(a))
            })
            .collect()
    }

    /// An answer's whole text, as it may be published (masked where the respondent named
    /// themself but chose to be anonymous).
    pub fn text<'t>(&'t self, a: &'t Answer) -> &'t str {
        self.corpus.text_of(self.responses, self.qids, a)
    }

    /// Sentence `si` of an answer, quoted with who said it as their publication choice allows
    /// (only ever called for answers that allow it).
    pub fn quote(&self, a: &Answer, si: usize) -> Quote {
        let r = self.response(a);
        Quote {
            // Masked already where it must be (`Answer::masked`).
            text: self
                .corpus
                .sentence_text(self.responses, self.qids, a, &a.sentences[si])
                .to_string(),
            attribution: people::attribution(r).unwrap_or_default(),
            anonymous: people::anonymous_as(r),
            response: r.id.to_string(),
        }
    }
}

/// What an advert says to be contacted, in the six languages, lower case: imperatives that
/// no statement shares ("contactez-nous", "contáctenos", "свяжитесь с нами", "欢迎来电"); the
/// English and Arabic forms, which are statements too ("victims rarely call us", "اتصلوا بنا"
/// they called us), count only where a clause begins ([`solicits`]).
const CONTACT_US: &[&str] = &[
    "contact us",
    "please contact us",
    "call us",
    "please call us",
    "contactez-nous",
    "contactez nous",
    "appelez-nous",
    "contáctenos",
    "contactenos",
    "contáctanos",
    "contactanos",
    "llámenos",
    "llamenos",
    "свяжитесь с нами",
    "звоните нам",
    "联系我们",
    "欢迎来电",
    "欢迎咨询",
    "欢迎垂询",
    "تواصلوا معنا",
    "اتصلوا بنا",
];

/// Whether a text asks to be contacted: one of [`CONTACT_US`], whole, where a clause begins
/// (the text's start, or after a full stop, comma, semicolon, colon, exclamation or question
/// mark in any script).
fn solicits(text: &str) -> bool {
    let lower = text.to_lowercase();
    CONTACT_US.iter().any(|c| {
        lower.match_indices(c).any(|(at, _)| {
            let before = lower[..at].trim_end();
            let after = lower[at + c.len()..].chars().next();
            let clause = before.is_empty()
                || before.ends_with([
                    '.', ',', ';', ':', '!', '?', '،', '؛', '。', '，', '；', '：', '！', '？',
                    '¡', '¿',
                ]);
            // Whole: no letter after it ("contact users"), but in Chinese, written without
            // spaces ("欢迎来电咨询").
            let whole = c.chars().last().is_some_and(super::text::is_han)
                || !after.is_some_and(char::is_alphanumeric);
            clause && whole
        })
    })
}

/// In a call of fewer than [`MANY_IN_THE_FIELD`] answers of the field, an answer of no word
/// of the field that speaks of a concept one answer of the field in this many speaks of is
/// kept ([`Texts::off_topic`]): "barrera idiomatica", "méfiance réciproque" to a question on
/// problems.
const COMMON_SHARE: usize = 5;

/// The synthesis of question number `qi`, `asked`: counts of its choices for a choice question,
/// else the text analysis of its answers.
pub(super) fn question(
    texts: &Texts,
    qi: usize,
    asked: &Question,
    ranked: &RankedTerms,
) -> QuestionSynthesis {
    if !asked.kind.is_text() {
        return choice_question(texts, qi, asked);
    }
    let text = asked.text.get("en");
    let answers = texts.corpus.answers_to(qi);
    let names = nouns::Names::new(texts.corpus, texts.cues, &answers);
    let texts = &texts.naming(&names);
    let written: Vec<&str> = answers.iter().map(|a| texts.text(a)).collect();
    let groups = duplicate_groups(texts, &answers);
    let (echoes, copies) = repeats(&groups);
    let duplicates = near_duplicates(texts, &answers, &written, &groups, copies.ordinary);
    // The other answers ([`Texts::off_topic`]). Adverts the words alone keep are grouped with
    // the rest, then left out of their groups: taken out before, one advert fewer among a
    // language's few answers would change how its answers group.
    let (other, adverts) = match texts.off_topic_by_words(&answers) {
        Some(by_words) => {
            let adverts: BTreeSet<usize> = texts
                .adverts(&answers)
                .into_iter()
                .filter(|i| !by_words.contains(i))
                .collect();
            (&by_words | &adverts, adverts)
        }
        None => (BTreeSet::new(), BTreeSet::new()),
    };
    // What each answer that says something names (a campaign once), read once: the initiatives
    // cited, and what ties a theme to another language's. Masked text: a name that identifies an anonymous
    // respondent is not an initiative.
    let mentioned: Vec<Vec<initiatives::Mention>> = answers
        .iter()
        .enumerate()
        .map(|(i, a)| match a.substantive && !echoes.contains(&i) {
            true => initiatives::mentions(texts.text(a)),
            false => Vec::new(),
        })
        .collect();
    let langs = languages_of(texts.corpus, &answers);
    let mut themes = Vec::new();
    // How many of each theme's answers name each initiative of the gazetteer.
    let mut named: Vec<BTreeMap<String, usize>> = Vec::new();
    let mut theme_members: Vec<Vec<String>> = Vec::new();
    let mut shares: Vec<Vec<f64>> = Vec::new();
    let mut summaries = Vec::new();
    // Every member of a campaign but the first, and every answer that says nothing, is left
    // out of themes and summaries. Copies of an ordinary repeated text are left out of the
    // grouping (many equal answers would pull a theme's centre to one sentence), then join
    // their first's theme.
    let grouped = |i: &usize| {
        answers[*i].substantive
            && !echoes.contains(i)
            && !copies.repeats.contains(i)
            && (!other.contains(i) || adverts.contains(i))
    };
    let voice_if_copy = |i: usize| answers[i].substantive && !other.contains(&i);
    let grouping: Vec<Vec<usize>> = langs
        .iter()
        .map(|(_, m)| m.iter().copied().filter(|i| grouped(i)).collect())
        .collect();
    let pooled = pooled_themes(texts, &answers, &grouping);
    for ((lang, _), grouping) in langs.iter().zip(&grouping) {
        let language = texts.corpus.languages[*lang].clone();
        let chosen: Vec<usize> = grouping
            .iter()
            .copied()
            .filter(|i| !adverts.contains(i))
            .collect();
        let chosen = &chosen;
        let voices: Vec<&Answer> = chosen.iter().map(|&i| answers[i]).collect();
        let given: Option<Vec<usize>> = match &pooled {
            Some(p) if grouping.len() < ALONE => Some(chosen.iter().map(|i| p[i]).collect()),
            _ if chosen.len() < grouping.len() => {
                let all: Vec<&Answer> = grouping.iter().map(|&i| answers[i]).collect();
                let concepts: Vec<u64> = all.iter().map(|a| texts.concepts.concepts(a)).collect();
                let groups: BTreeMap<usize, usize> = grouping
                    .iter()
                    .copied()
                    .zip(themes::joint(&all, &concepts))
                    .collect();
                Some(chosen.iter().map(|i| groups[i]).collect())
            }
            _ => None,
        };
        // Each voice's concepts: features of its themes, then their shares of each theme.
        let concepts: Vec<u64> = voices.iter().map(|a| texts.concepts.concepts(a)).collect();
        let (mut lang_themes, members, summary) =
            themes_and_summary(texts, &voices, &concepts, &language, given.as_deref());
        // Each theme's answers, copies of its members included; the largest first again.
        let joined: Vec<Vec<usize>> = members
            .iter()
            .map(|m| {
                let mut all: Vec<usize> = m.iter().map(|&v| chosen[v]).collect();
                for &v in m {
                    all.extend(copies.of(chosen[v]).filter(|&c| voice_if_copy(c)));
                }
                all
            })
            .collect();
        for (theme, all) in lang_themes.iter_mut().zip(&joined) {
            if all.len() > theme.voices {
                theme.voices = all.len();
                theme.groups =
                    people::breakdowns(all.iter().map(|&i| texts.response(answers[i]))).group;
            }
        }
        let mut order: Vec<usize> = (0..lang_themes.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&lang_themes[a], &lang_themes[b]);
            b.voices.cmp(&a.voices).then(a.label.cmp(&b.label))
        });
        let lang_themes: Vec<Theme> = order.iter().map(|&t| lang_themes[t].clone()).collect();
        let members: Vec<&Vec<usize>> = order.iter().map(|&t| &members[t]).collect();
        theme_members.extend(order.iter().map(|&t| {
            joined[t]
                .iter()
                .map(|&i| texts.response(answers[i]).id.to_string())
                .collect()
        }));
        for m in members {
            let mut names: BTreeMap<String, usize> = BTreeMap::new();
            for &v in m {
                let known: BTreeSet<&str> = mentioned[chosen[v]]
                    .iter()
                    .filter(|n| n.known)
                    .map(|n| n.key.as_str())
                    .collect();
                for key in known {
                    *names.entry(key.to_string()).or_insert(0) += 1;
                }
            }
            named.push(names);
            let mut counts = vec![0usize; concepts::CONCEPTS.len()];
            for &v in m {
                for (c, n) in counts.iter_mut().enumerate() {
                    *n += usize::from(concepts[v] & (1u64 << c) != 0);
                }
            }
            shares.push(
                counts
                    .iter()
                    .map(|n| *n as f64 / m.len().max(1) as f64)
                    .collect(),
            );
        }
        themes.extend(lang_themes);
        if !summary.is_empty() {
            summaries.push(LanguageSummary {
                language,
                sentences: summary,
            });
        }
    }
    let voices = answers
        .iter()
        .enumerate()
        .filter(|(i, _)| !echoes.contains(i))
        .map(|(_, a)| texts.response(a));
    QuestionSynthesis {
        id: texts.qids[qi].clone(),
        number: qi + 1,
        text: text.to_string(),
        kind: asked.kind.key().to_string(),
        choices: Vec::new(),
        answered: answers.len(),
        voices: answers.len() - echoes.len(),
        non_answers: answers.iter().filter(|a| !a.substantive).count(),
        other: other.len(),
        breakdowns: people::breakdowns(voices),
        breakdowns_raw: people::breakdowns(answers.iter().map(|a| texts.response(a))),
        length: length_stats(&written),
        terms: key_terms(texts, qi, &answers, &langs, ranked),
        topics: topics::group(&themes, &shares, &named),
        themes,
        summary: summaries,
        duplicates,
        initiatives: cited(texts, &answers, &mentioned, &echoes),
        self_named: self_named(texts, qi, &answers),
        theme_members,
        other_ids: other
            .iter()
            .map(|&i| texts.response(answers[i]).id.to_string())
            .collect(),
        codes: Vec::new(),
        pinned: Vec::new(),
        pins_refused: 0,
        narrative: String::new(),
        reviewed: false,
    }
}

/// From this many answers that speak of the field, a question's other answers are judged by
/// their nearest such answer as well as by the words they share ([`Texts::off_topic`]).
pub(super) const MANY_IN_THE_FIELD: usize = 300;

/// The longest answer (in distinct words) judged by its nearest answer: a longer one that
/// shares a third of its words with the field's answers is kept by that alone.
const NEIGHBOURLY_WORDS: usize = 40;

/// How many answers of the field one other answer may read to find its nearest: at least
/// [`MIN_REACH`], and [`NEIGHBOURS_PER_ANSWER`] for each of the question's answers shared among
/// its other answers, so the whole search stays linear in the answers and each answer's
/// verdict depends on it and the field alone, not on the order of the answers.
fn reach(answers: usize, outside: usize) -> usize {
    (answers * NEIGHBOURS_PER_ANSWER / outside.max(1)).max(MIN_REACH)
}

/// See [`reach`]. In the templated corpus (`tests/fixtures/templated`, about 1,800 answers of
/// the field per question) the rarest words of the 584 answers judged list 78 answers at the
/// median and 505 at most; the 96 over 256 are judged by their shared words, with the same
/// result there as a search without a bound.
const NEIGHBOURS_PER_ANSWER: usize = 4;
const MIN_REACH: usize = 256;

/// Whether one of `field` (each a sorted set of words) holds at least half of `own` (sorted,
/// not empty): such an answer must hold one of `own`'s `len - ⌈len / 2⌉ + 1` rarest words, so
/// only their postings are read. `None` when they list more than `reach` answers.
fn has_neighbour(
    own: &[u32],
    field: &[Vec<u32>],
    postings: &rustc_hash::FxHashMap<u32, Vec<u32>>,
    reach: usize,
) -> Option<bool> {
    if own.is_empty() {
        return Some(false);
    }
    let need = own.len().div_ceil(2);
    let mut by_use: Vec<(usize, u32)> = own
        .iter()
        .map(|s| (postings.get(s).map_or(0, Vec::len), *s))
        .collect();
    by_use.sort_unstable();
    let rarest = &by_use[..own.len() - need + 1];
    if rarest.iter().map(|(n, _)| n).sum::<usize>() > reach {
        return None;
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for &(_, s) in rarest {
        for &k in postings.get(&s).map(Vec::as_slice).unwrap_or(&[]) {
            if seen.insert(k) {
                let theirs = &field[k as usize];
                let common = own
                    .iter()
                    .filter(|w| theirs.binary_search(w).is_ok())
                    .count();
                if common >= need {
                    return Some(true);
                }
            }
        }
    }
    Some(false)
}

/// A language's answers to a question are grouped into themes on their own from this many
/// voices. Fewer cannot show their themes alone: a question's five or so themes would have a
/// handful of answers each, and the number of themes is chosen on at most a third of the
/// answers ([`super::cluster::themes`]). The answers of all such languages are grouped together
/// instead, where their words of the field (the lexicon's concepts, acronyms, names) meet;
/// each language's part of a group is then that language's theme.
pub(super) const ALONE: usize = 30;

/// The themes of the languages with fewer than [`ALONE`] voices, found over their answers
/// together: each such voice's group (`chosen` holds each language's voices, as indices into
/// `answers`). `None` when no language is that small. One small language alone is grouped as
/// it would be on its own, but has themes however few its voices: one answer in Spanish among
/// English ones is a theme, joined to a topic by its concepts.
fn pooled_themes(
    texts: &Texts,
    answers: &[&Answer],
    chosen: &[Vec<usize>],
) -> Option<BTreeMap<usize, usize>> {
    let languages: Vec<&Vec<usize>> = chosen
        .iter()
        .filter(|c| !c.is_empty() && c.len() < ALONE)
        .collect();
    if languages.is_empty() {
        return None;
    }
    let small: Vec<usize> = languages.into_iter().flatten().copied().collect();
    let voices: Vec<&Answer> = small.iter().map(|&i| answers[i]).collect();
    let concepts: Vec<u64> = voices.iter().map(|a| texts.concepts.concepts(a)).collect();
    Some(
        small
            .into_iter()
            .zip(themes::joint(&voices, &concepts))
            .collect(),
    )
}

/// A choice question's synthesis: how many responses chose each choice, and who. Answers are
/// choice ids separated by spaces; one that names none of the choices is counted under
/// [`NOT_LISTED`], its text never read further. Nothing here is anybody's words, so nothing
/// depends on publication choices.
fn choice_question(texts: &Texts, qi: usize, asked: &Question) -> QuestionSynthesis {
    let qid = &texts.qids[qi];
    let choices = asked.kind.choices();
    let answered: Vec<&Response> = texts
        .responses
        .iter()
        .copied()
        .filter(|r| !r.answer(qid).trim().is_empty())
        .collect();
    let mut chosen: Vec<Vec<&Response>> = vec![Vec::new(); choices.len() + 1];
    for r in &answered {
        let mut listed = false;
        let mut seen = BTreeSet::new();
        for id in r.answer(qid).split_whitespace() {
            if let Some(i) = choices.iter().position(|c| c.id == id)
                && seen.insert(i)
            {
                chosen[i].push(r);
                listed = true;
            }
        }
        if !listed {
            chosen[choices.len()].push(r);
        }
    }
    let figure = |key: &str, label: &str, who: &[&Response]| ChoiceFigure {
        key: key.to_string(),
        label: label.to_string(),
        count: who.len(),
        breakdowns: people::breakdowns(who.iter().copied()),
    };
    let mut figures: Vec<ChoiceFigure> = choices
        .iter()
        .zip(&chosen)
        .map(|(c, who)| figure(&c.id, c.label.get("en"), who))
        .collect();
    if let Some(who) = chosen.last().filter(|w| !w.is_empty()) {
        figures.push(figure(NOT_LISTED, "Not one of the choices", who));
    }
    let breakdowns = people::breakdowns(answered.iter().copied());
    QuestionSynthesis {
        id: qid.clone(),
        number: qi + 1,
        text: asked.text.get("en").to_string(),
        kind: asked.kind.key().to_string(),
        choices: figures,
        answered: answered.len(),
        voices: answered.len(),
        non_answers: 0,
        other: 0,
        breakdowns: breakdowns.clone(),
        breakdowns_raw: breakdowns,
        length: LengthStats::default(),
        terms: Vec::new(),
        themes: Vec::new(),
        topics: Vec::new(),
        summary: Vec::new(),
        duplicates: Vec::new(),
        initiatives: Vec::new(),
        self_named: SelfNamed::default(),
        theme_members: Vec::new(),
        other_ids: Vec::new(),
        codes: Vec::new(),
        pinned: Vec::new(),
        pins_refused: 0,
        narrative: String::new(),
        reviewed: false,
    }
}

/// The answers in which a respondent who is not to be named names themself (their own name,
/// organisation or e-mail address, or any e-mail address): found where the corpus masked an
/// anonymous respondent's answer, and looked for in answers not for publication.
fn self_named(texts: &Texts, qi: usize, answers: &[&Answer]) -> SelfNamed {
    let mut out = SelfNamed::default();
    for a in answers {
        let r = texts.response(a);
        if privacy::masks(r) {
            if a.masked.is_none() {
                continue;
            }
            out.masked += 1;
        } else if people::may_quote(r) || privacy::found(r, texts.text(a)).is_empty() {
            continue;
        } else {
            out.unpublished += 1;
        }
        out.responses.push(r.id.to_string());
    }
    if !out.responses.is_empty() {
        out.questions.push(qi + 1);
    }
    out
}

/// Initiatives shown per question, most named first. Questions asking for examples name many:
/// the held-out corpus's questions 5 and 6 name 28 each in two answers or more, which a list of
/// 20 cut (`docs/synthesis-quality.md`).
const INITIATIVES: usize = 40;

/// The initiatives and organisations a question's answers name: a well-known one named once,
/// any other named by two answers or more; only those named in an answer that may be published
/// (its name is their words), counted over every answer that says something, a campaign once.
fn cited(
    texts: &Texts,
    answers: &[&Answer],
    mentioned: &[Vec<initiatives::Mention>],
    echoes: &BTreeSet<usize>,
) -> Vec<Initiative> {
    struct Tally<'r> {
        known: bool,
        /// The responses whose answers name it.
        by: Vec<&'r Response>,
        names: BTreeMap<String, usize>,
    }
    let named: Vec<(&Response, &Vec<initiatives::Mention>)> = answers
        .iter()
        .zip(mentioned)
        .enumerate()
        .filter(|(i, (a, _))| a.substantive && !echoes.contains(i))
        .map(|(_, (a, m))| (texts.response(a), m))
        .collect();
    // A name spelled out with its acronym in brackets, in an answer that may be published: the
    // acronym alone names it too, and it is shown with both ("Joint Cybercrime Action
    // Taskforce (J-CAT)").
    let mut spelled: BTreeMap<&str, &initiatives::Mention> = BTreeMap::new();
    for (r, mentions) in &named {
        if people::may_quote(r) {
            for m in mentions.iter() {
                if let Some(acronym) = &m.defines {
                    spelled.entry(acronym).or_insert(m);
                }
            }
        }
    }
    let shown: BTreeMap<&str, &str> = spelled
        .values()
        .map(|m| (m.key.as_str(), m.name.as_str()))
        .collect();
    let mut tally: BTreeMap<String, Tally> = BTreeMap::new();
    for (r, mentions) in &named {
        let mut seen = BTreeSet::new();
        for m in mentions.iter() {
            let (key, known) = match spelled.get(m.key.as_str()) {
                Some(full) if !m.known => (full.key.clone(), false),
                _ => (m.key.clone(), m.known),
            };
            if !seen.insert(key.clone()) {
                continue;
            }
            let t = tally.entry(key).or_insert_with(|| Tally {
                known,
                by: Vec::new(),
                names: BTreeMap::new(),
            });
            t.by.push(r);
            if people::may_quote(r) {
                *t.names.entry(m.name.clone()).or_insert(0) += 1;
            }
        }
    }
    let mut out: Vec<Initiative> = tally
        .into_iter()
        .filter(|(_, t)| t.known || t.by.len() >= 2)
        .filter_map(|(key, t)| {
            let most = t
                .names
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?
                .0;
            Some(Initiative {
                name: shown.get(key.as_str()).map_or(most, |s| s.to_string()),
                known: t.known,
                answers: t.by.len(),
                groups: people::breakdowns(t.by.into_iter()).group,
            })
        })
        .collect();
    out.sort_by(|a, b| b.answers.cmp(&a.answers).then(a.name.cmp(&b.name)));
    out.truncate(INITIATIVES);
    out
}

/// How long the answers are, in words.
fn length_stats(written: &[&str]) -> LengthStats {
    let mut words: Vec<usize> = written.iter().map(|t| count(t).words).collect();
    words.sort_unstable();
    match (words.first(), words.last()) {
        (Some(&min), Some(&max)) => LengthStats {
            min,
            // The middle length, or the mean of the two middle ones (rounded half up).
            median: (words[(words.len() - 1) / 2] + words[words.len() / 2]).div_ceil(2),
            mean: (words.iter().sum::<usize>() as f64 / words.len() as f64).round() as usize,
            max,
        },
        _ => LengthStats::default(),
    }
}

/// The groups of (nearly) the same answer among one question's `answers` (indices into it,
/// each group sorted, so its first member is the earliest response).
pub(super) fn duplicate_groups(texts: &Texts, answers: &[&Answer]) -> Vec<Vec<usize>> {
    let as_words: Vec<duplicates::Text> = answers
        .iter()
        .map(|a| {
            let chars = duplicates::normalised_chars(texts.text(a));
            // A text too short to be grouped needs no words.
            let words = if chars < duplicates::MIN_CHARS {
                Vec::new()
            } else {
                a.sentences
                    .iter()
                    .flat_map(|s| s.words.iter().copied())
                    .collect()
            };
            duplicates::Text { chars, words }
        })
        .collect();
    duplicates::groups(&as_words)
}

/// The copies in groups that do not stand out from the question's ordinary repetition: each
/// is a voice of its own, in the theme of its group's first answer.
struct Copies {
    /// The question's ordinary repetition ([`duplicates::ordinary`]).
    ordinary: usize,
    /// Every such group's first answer, with its copies.
    of: BTreeMap<usize, Vec<usize>>,
    /// Every copy.
    repeats: BTreeSet<usize>,
}

impl Copies {
    fn of(&self, first: usize) -> impl Iterator<Item = usize> + '_ {
        self.of.get(&first).into_iter().flatten().copied()
    }
}

/// The groups' repeats, split once by [`duplicates::stands_out`]: the echoes (every member of
/// a group that stands out but its first, the answers that repeat what another sent, counted
/// once) and the copies of ordinary repetition.
fn repeats(groups: &[Vec<usize>]) -> (BTreeSet<usize>, Copies) {
    let ordinary = duplicates::ordinary(groups.iter().map(Vec::len));
    let mut echoes = BTreeSet::new();
    let mut of = BTreeMap::new();
    for g in groups {
        if duplicates::stands_out(g.len(), ordinary) {
            echoes.extend(g.iter().skip(1).copied());
        } else {
            of.insert(g[0], g[1..].to_vec());
        }
    }
    let repeats = of.values().flatten().copied().collect();
    (
        echoes,
        Copies {
            ordinary,
            of,
            repeats,
        },
    )
}

/// The answers (indices into `answers`) that repeat an earlier one word for word, as
/// [`duplicate_groups`] would group them first: long enough to be grouped at all, the same
/// words in the same order. Key terms are ranked without them, campaign or not: what makes a
/// term characteristic is how many different texts use it, and a text repeated as a matter of
/// course would otherwise name the question. Linear: one hash of each answer's words.
pub(super) fn exact_copies(texts: &Texts, answers: &[&Answer]) -> BTreeSet<usize> {
    let mut seen: rustc_hash::FxHashSet<(u64, usize)> = Default::default();
    let mut copies = BTreeSet::new();
    for (i, a) in answers.iter().enumerate() {
        let (mut hash, mut n) = (0xcbf2_9ce4_8422_2325_u64, 0usize);
        for w in a.sentences.iter().flat_map(|s| s.words.iter()) {
            hash = (hash ^ u64::from(*w)).wrapping_mul(0x0100_0000_01b3);
            n += 1;
        }
        // Only a repeated text is measured: a short one is never grouped, nor its copies.
        if !seen.insert((hash, n))
            && duplicates::normalised_chars(texts.text(a)) >= duplicates::MIN_CHARS
        {
            copies.insert(i);
        }
    }
    copies
}

/// The groups of (nearly) the same answer (indices into `answers`, whose texts are
/// `written`), largest first, each marked counted once or not against the question's
/// `ordinary` repetition.
fn near_duplicates(
    texts: &Texts,
    answers: &[&Answer],
    written: &[&str],
    groups: &[Vec<usize>],
    ordinary: usize,
) -> Vec<DuplicateGroup> {
    let quotable = |g: &[usize]| {
        g.iter()
            .copied()
            .find(|&i| people::may_quote(texts.response(answers[i])))
    };
    let mut out: Vec<(DuplicateGroup, &Vec<usize>)> = groups
        .iter()
        .map(|g| {
            let group = DuplicateGroup {
                size: g.len(),
                excerpt: quotable(g).map(|i| excerpt(written[i], 200)),
                responses: g
                    .iter()
                    .map(|&i| texts.response(answers[i]).id.to_string())
                    .collect(),
                counted_once: duplicates::stands_out(g.len(), ordinary),
                campaign: None,
            };
            (group, g)
        })
        .collect();
    out.sort_by(|a, b| {
        b.0.size
            .cmp(&a.0.size)
            .then(a.0.responses.cmp(&b.0.responses))
    });
    // The largest campaigns are disclosed: their whole text (up to a page) and who sent them.
    // Smaller ones are still counted once; the page and Part II say how many there are.
    for (group, g) in out
        .iter_mut()
        .filter(|(d, _)| d.size >= CAMPAIGN && d.counted_once)
        .take(CAMPAIGNS_LISTED)
    {
        let senders = || g.iter().map(|&i| texts.response(answers[i]));
        group.excerpt = quotable(g).map(|i| excerpt(written[i], 2000));
        group.campaign = Some(Senders {
            breakdowns: people::breakdowns(senders()),
            countries: people::countries(senders()),
        });
    }
    out.into_iter().map(|(d, _)| d).collect()
}

/// The answers' languages (indices into `answers`), most answers first, then by tag.
pub(super) fn languages_of(corpus: &Corpus, answers: &[&Answer]) -> Vec<(usize, Vec<usize>)> {
    let mut by_lang: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, a) in answers.iter().enumerate() {
        by_lang.entry(a.language).or_default().push(i);
    }
    let mut langs: Vec<(usize, Vec<usize>)> = by_lang.into_iter().collect();
    langs.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then(corpus.languages[a.0].cmp(&corpus.languages[b.0]))
    });
    langs
}

/// Key terms shown per question and language.
pub(super) const KEY_TERMS: usize = 12;
/// Terms ranked per question and language: twice those shown, since those never written in an
/// answer that may be published are left out.
pub(super) const RANKED_TERMS: usize = 2 * KEY_TERMS;

/// A question's key terms per language, in their most common written form in the answers that
/// may be published: a term only ever written where it may not be is not shown at all (its
/// count of answers is a figure, and counts every answer).
pub(super) fn key_terms(
    texts: &Texts,
    qi: usize,
    answers: &[&Answer],
    langs: &[(usize, Vec<usize>)],
    ranked: &RankedTerms,
) -> Vec<LanguageTerms> {
    let corpus = texts.corpus;
    let mut key_terms = Vec::new();
    for (lang, members) in langs {
        let Some(ranked) = ranked.get(lang).and_then(|r| r.get(qi)) else {
            continue;
        };
        let ranked: Vec<&Ranked> = ranked
            .iter()
            .filter(|t| !terms::is_weak(&t.key, texts.weak) && !terms::repeats_a_word(&t.key))
            .collect();
        let keys: Vec<[u32; 3]> = ranked.iter().map(|t| t.key).collect();
        let sentences = members
            .iter()
            .filter(|&&i| answers[i].substantive && people::may_quote(texts.response(answers[i])))
            .flat_map(|&i| {
                let a = answers[i];
                a.sentences
                    .iter()
                    .map(|s| (a.language, s.stems.as_slice(), s.words.as_slice()))
            });
        let surfaces = terms::surfaces(corpus, sentences, &keys, |l, s, w| {
            texts.names_a_thing(l, s, w)
        });
        let terms = ranked
            .iter()
            .filter_map(|t| {
                Some(KeyTerm {
                    text: surfaces.get(&t.key)?.clone(),
                    score: round(t.score),
                    answers: t.df as usize,
                })
            })
            .take(KEY_TERMS)
            .collect();
        key_terms.push(LanguageTerms {
            language: corpus.languages[*lang].clone(),
            answers: members.len(),
            terms,
        });
    }
    key_terms
}

/// Themes need a few voices; below that the answers are listed, not grouped.
const MIN_THEME_VOICES: usize = 3;

/// The themes (with their voices, as indices into `voices`) and summary of one language's
/// independent voices.
fn themes_and_summary(
    texts: &Texts,
    voices: &[&Answer],
    concepts: &[u64],
    language: &str,
    given: Option<&[usize]>,
) -> (Vec<Theme>, Vec<Vec<usize>>, Vec<Quote>) {
    if voices.is_empty() || (given.is_none() && voices.len() < MIN_THEME_VOICES) {
        return (Vec::new(), Vec::new(), Vec::new());
    }
    let found = themes::find(texts, voices, concepts, language, given);
    let summary = summary::central(texts, voices, &found);
    (found.themes, found.members, summary)
}

fn excerpt(text: &str, chars: usize) -> String {
    let mut out: String = text.chars().take(chars).collect();
    if text.chars().nth(chars).is_some() {
        out.push('…');
    }
    out
}

fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::solicits;

    #[test]
    fn an_advert_asks_to_be_contacted_where_a_clause_begins_and_a_statement_does_not() {
        for advert in [
            "Our firm offers cybersecurity training, contact us for a discount!",
            "Please contact us for a quote.",
            "Notre cabinet propose des formations en gestion de projet, contactez-nous !",
            "Cursos en línea con descuento. Contáctenos.",
            "Продаём серверные шкафы, свяжитесь с нами.",
            "本公司专业销售服务器机柜，价格优惠，欢迎来电咨询。",
            "شركتنا تقدم أفضل خدمات تصميم المواقع، تواصلوا معنا عبر موقعنا.",
        ] {
            assert!(solicits(advert), "{advert}");
        }
        // Statements, and words that hold the phrase (a review's examples).
        for answer in [
            "Victims rarely call us before they have paid the ransom.",
            "SMEs only contact us after ransomware has already encrypted everything.",
            "Operators should contact users whose routers are part of a botnet.",
            "Please recall USB sticks from staff; removable media spread ransomware.",
            "Foreign CERTs often contact US-CERT instead of the regional team.",
            "We need clear points of contact; visit our website for the list of national CSIRTs.",
            "国外团队常常不知道如何联系我们，只能通过私人关系。",
            "الضحايا اتصلوا بنا بعد دفع الفدية",
            "البنوك تواصلوا معنا متأخرين",
        ] {
            assert!(!solicits(answer), "{answer}");
        }
    }
}
