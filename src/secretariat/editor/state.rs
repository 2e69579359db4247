//! The questionnaire editor's state: the questionnaire being written, as a pure reducer over what the person does (add, reorder and remove questions and choices, write each text in each language), checked after every change by the same reader as every questionnaire file; tested natively.

use std::collections::VecDeque;
use std::rc::Rc;

use yew::Reducible;

use crate::core::questionnaire::{
    self, Choice, LANGUAGES, Localized, ProfileField, Question, QuestionKind, Questionnaire,
    QuestionnaireError, Rule, limits,
};
use crate::core::validate::MAX_ANSWER_CHARS;

/// Which way a question or a choice moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Towards the start.
    Up,
    /// Towards the end.
    Down,
}

/// A text of the questionnaire, by where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// The title.
    Title,
    /// Paragraph `n` of the introduction.
    Intro(usize),
    /// Question `n`'s wording.
    Question(usize),
    /// Question `n`'s hint.
    Hint(usize),
    /// Choice `c` of question `n`.
    Choice(usize, usize),
}

/// What the person does.
#[derive(Debug)]
pub enum Action {
    /// Starts again from this questionnaire (opened, or a new one).
    Load(Box<Questionnaire>),
    /// The language whose fields are shown.
    Language(&'static str),
    /// The language the preview is in.
    PreviewLanguage(&'static str),
    /// Changes the id.
    Id(String),
    /// Changes the version (as typed).
    Version(String),
    /// Marks it an example, or not.
    Example(bool),
    /// Writes a text in a language.
    Write(Text, &'static str, String),
    /// Adds a paragraph to the introduction.
    AddIntro,
    /// Removes a paragraph of the introduction.
    RemoveIntro(usize),
    /// Asks a detail of the respondent, or stops asking it.
    Profile(ProfileField, bool),
    /// Adds a question of this kind (its key) at the end.
    AddQuestion(&'static str),
    /// Removes question `n`.
    RemoveQuestion(usize),
    /// Moves question `n`.
    MoveQuestion(usize, Move),
    /// Changes question `n`'s id.
    QuestionId(usize, String),
    /// Changes question `n`'s kind (its key), keeping its choices where it has them.
    Kind(usize, &'static str),
    /// Changes question `n`'s limit (characters for a text, choices for several; as typed).
    Limit(usize, String),
    /// Adds a choice to question `n`.
    AddChoice(usize),
    /// Removes choice `c` of question `n`.
    RemoveChoice(usize, usize),
    /// Moves choice `c` of question `n`.
    MoveChoice(usize, usize, Move),
    /// Changes the id of choice `c` of question `n`.
    ChoiceId(usize, usize, String),
}

/// The editor's state.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    /// The questionnaire as written so far (perhaps not valid yet).
    pub draft: Questionnaire,
    /// The language whose fields are shown.
    pub language: &'static str,
    /// The language of the preview.
    pub preview: &'static str,
    /// The version as typed, when it is not a whole number.
    pub version_typed: Option<String>,
    /// What the reader says of the draft: the questionnaire as a file would give it, or why
    /// it would be refused.
    pub checked: Result<Rc<Questionnaire>, QuestionnaireError>,
    /// Changes since it was opened or last downloaded.
    pub changed: bool,
}

impl Default for EditorState {
    fn default() -> Self {
        Self::of(blank())
    }
}

/// A new questionnaire: an id and a title to write, and one question.
pub fn blank() -> Questionnaire {
    Questionnaire {
        id: "my-questionnaire".into(),
        version: 1,
        example: false,
        title: Localized::new([]),
        intro: Vec::new(),
        profile: ProfileField::ALL.to_vec(),
        questions: vec![question(1, "long-text")],
        hash: String::new(),
    }
}

/// A new question of kind `kind`, numbered `n` in its id.
fn question(n: usize, kind: &str) -> Question {
    Question {
        id: format!("q{n}"),
        text: Localized::new([]),
        hint: None,
        kind: kind_of(kind, Vec::new()),
    }
}

/// The kind of key `key`, with `choices` if it takes them (two new ones if it has none).
fn kind_of(key: &str, mut choices: Vec<Choice>) -> QuestionKind {
    if choices.is_empty() && matches!(key, "one-choice" | "several-choices") {
        choices = vec![choice(1), choice(2)];
    }
    match key {
        "short-text" => QuestionKind::ShortText {
            max_length: limits::SHORT_ANSWER,
        },
        "one-choice" => QuestionKind::OneChoice { choices },
        "several-choices" => QuestionKind::SeveralChoices {
            choices,
            max_choices: None,
        },
        _ => QuestionKind::LongText {
            max_length: MAX_ANSWER_CHARS,
        },
    }
}

fn choice(n: usize) -> Choice {
    Choice {
        id: format!("choice-{n}"),
        label: Localized::new([]),
    }
}

/// The first `{prefix}{n}` not in `taken`.
fn fresh(prefix: &str, taken: &[&str]) -> usize {
    (1..)
        .find(|n| !taken.contains(&format!("{prefix}{n}").as_str()))
        .unwrap_or(1)
}

/// Swaps item `i` with its neighbour in direction `m`, if it has one.
fn shift<T>(items: &mut [T], i: usize, m: Move) {
    let j = match m {
        Move::Up => i.checked_sub(1),
        Move::Down => (i + 1 < items.len()).then_some(i + 1),
    };
    if let Some(j) = j.filter(|_| i < items.len()) {
        items.swap(i, j);
    }
}

fn choices_mut(kind: &mut QuestionKind) -> Option<&mut Vec<Choice>> {
    match kind {
        QuestionKind::OneChoice { choices } | QuestionKind::SeveralChoices { choices, .. } => {
            Some(choices)
        }
        _ => None,
    }
}

impl EditorState {
    /// The editor on `q`, checked.
    pub fn of(q: Questionnaire) -> Self {
        let mut s = Self {
            checked: Err(QuestionnaireError::Invalid(Rule::NoQuestions)),
            draft: q,
            language: "en",
            preview: "en",
            version_typed: None,
            changed: false,
        };
        s.check();
        s
    }

    /// Checks the draft as a file of it would be read.
    fn check(&mut self) {
        self.checked = match &self.version_typed {
            Some(typed) => Err(QuestionnaireError::Invalid(Rule::Version(typed.clone()))),
            None => questionnaire::parse(&questionnaire::to_json(&self.draft)).map(Rc::new),
        };
    }

    /// How many of its texts are given in each of the six languages, of how many.
    pub fn completeness(&self) -> Vec<(&'static str, usize, usize)> {
        LANGUAGES
            .iter()
            .map(|l| {
                let (given, all) = self.draft.completeness(l);
                (*l, given, all)
            })
            .collect()
    }

    /// The text at `at`, if there is one there.
    pub fn text(&self, at: &Text) -> Option<&Localized> {
        let q = &self.draft;
        match *at {
            Text::Title => Some(&q.title),
            Text::Intro(i) => q.intro.get(i),
            Text::Question(n) => q.questions.get(n).map(|x| &x.text),
            Text::Hint(n) => q.questions.get(n).and_then(|x| x.hint.as_ref()),
            Text::Choice(n, c) => q
                .questions
                .get(n)
                .and_then(|x| x.kind.choices().get(c))
                .map(|c| &c.label),
        }
    }

    fn text_mut(&mut self, at: &Text) -> Option<&mut Localized> {
        let q = &mut self.draft;
        match *at {
            Text::Title => Some(&mut q.title),
            Text::Intro(i) => q.intro.get_mut(i),
            Text::Question(n) => q.questions.get_mut(n).map(|x| &mut x.text),
            Text::Hint(n) => q
                .questions
                .get_mut(n)
                .map(|x| x.hint.get_or_insert_with(|| Localized::new([]))),
            Text::Choice(n, c) => q
                .questions
                .get_mut(n)
                .and_then(|x| choices_mut(&mut x.kind))
                .and_then(|cs| cs.get_mut(c))
                .map(|c| &mut c.label),
        }
    }

    fn apply(&mut self, action: Action) {
        let q = &mut self.draft;
        match action {
            Action::Load(_) | Action::Language(_) | Action::PreviewLanguage(_) => {}
            Action::Id(id) => q.id = id,
            Action::Version(typed) => match typed.trim().parse::<u32>() {
                Ok(v) => {
                    q.version = v;
                    self.version_typed = None;
                }
                Err(_) => self.version_typed = Some(typed),
            },
            Action::Example(on) => q.example = on,
            Action::Write(at, language, text) => {
                if let Some(t) = self.text_mut(&at) {
                    t.set(language, &text);
                }
                // A hint written in no language is no hint.
                if let Text::Hint(n) = at
                    && let Some(x) = self.draft.questions.get_mut(n)
                    && x.hint
                        .as_ref()
                        .is_some_and(|h| h.languages().next().is_none())
                {
                    x.hint = None;
                }
            }
            Action::AddIntro => q.intro.push(Localized::new([])),
            Action::RemoveIntro(i) => {
                if i < q.intro.len() {
                    q.intro.remove(i);
                }
            }
            Action::Profile(field, on) => {
                q.profile.retain(|f| *f != field);
                if on {
                    q.profile.push(field);
                    // Always in the form's order.
                    q.profile
                        .sort_by_key(|f| ProfileField::ALL.iter().position(|x| x == f));
                }
            }
            Action::AddQuestion(kind) => {
                let taken: Vec<&str> = q.questions.iter().map(|x| x.id.as_str()).collect();
                let n = fresh("q", &taken);
                q.questions.push(question(n, kind));
            }
            Action::RemoveQuestion(n) => {
                if n < q.questions.len() {
                    q.questions.remove(n);
                }
            }
            Action::MoveQuestion(n, m) => shift(&mut q.questions, n, m),
            Action::QuestionId(n, id) => {
                if let Some(x) = q.questions.get_mut(n) {
                    x.id = id;
                }
            }
            Action::Kind(n, key) => {
                if let Some(x) = q.questions.get_mut(n)
                    && x.kind.key() != key
                {
                    let choices = x.kind.choices().to_vec();
                    x.kind = kind_of(key, choices);
                }
            }
            Action::Limit(n, typed) => {
                let limit = typed.trim().parse::<usize>().ok().filter(|l| *l > 0);
                if let Some(x) = q.questions.get_mut(n) {
                    match &mut x.kind {
                        QuestionKind::LongText { max_length } => {
                            *max_length = limit.unwrap_or(MAX_ANSWER_CHARS)
                        }
                        QuestionKind::ShortText { max_length } => {
                            *max_length = limit.unwrap_or(limits::SHORT_ANSWER)
                        }
                        QuestionKind::SeveralChoices { max_choices, .. } => *max_choices = limit,
                        QuestionKind::OneChoice { .. } => {}
                    }
                }
            }
            Action::AddChoice(n) => {
                if let Some(cs) = q
                    .questions
                    .get_mut(n)
                    .and_then(|x| choices_mut(&mut x.kind))
                {
                    let taken: Vec<&str> = cs.iter().map(|c| c.id.as_str()).collect();
                    let k = fresh("choice-", &taken);
                    cs.push(choice(k));
                }
            }
            Action::RemoveChoice(n, c) => {
                if let Some(cs) = q
                    .questions
                    .get_mut(n)
                    .and_then(|x| choices_mut(&mut x.kind))
                    && c < cs.len()
                {
                    cs.remove(c);
                }
            }
            Action::MoveChoice(n, c, m) => {
                if let Some(cs) = q
                    .questions
                    .get_mut(n)
                    .and_then(|x| choices_mut(&mut x.kind))
                {
                    shift(cs, c, m);
                }
            }
            Action::ChoiceId(n, c, id) => {
                if let Some(choice) = q
                    .questions
                    .get_mut(n)
                    .and_then(|x| choices_mut(&mut x.kind))
                    .and_then(|cs| cs.get_mut(c))
                {
                    choice.id = id;
                }
            }
        }
    }
}

impl Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::Load(q) => return Rc::new(Self::of(*q)),
            Action::Language(l) => s.language = l,
            Action::PreviewLanguage(l) => s.preview = l,
            action => {
                s.apply(action);
                s.changed = true;
                s.check();
            }
        }
        Rc::new(s)
    }
}

/// The files a person chose to open, counted, and the workbooks sent to the worker for them,
/// oldest first. Only the last choice counts: a workbook takes the worker a while, and a person
/// may open something else (or start anew) before it answers. The worker answers in order, so
/// each answer is for the oldest workbook still waiting.
#[derive(Debug, Default)]
pub struct Choices {
    made: u64,
    sent: VecDeque<(u64, String)>,
}

impl Choices {
    /// A file chosen, or a new questionnaire started: what came before no longer counts.
    pub fn choose(&mut self) -> u64 {
        self.made += 1;
        self.made
    }

    /// Whether `choice` is still the last one.
    pub fn is_last(&self, choice: u64) -> bool {
        choice == self.made
    }

    /// The workbook named `name`, chosen as `choice`, sent to the worker.
    pub fn sent(&mut self, choice: u64, name: String) {
        self.sent.push_back((choice, name));
    }

    /// The worker answered: the name of the workbook it answered for, if that is still the last
    /// choice; `None` if the answer is to be dropped.
    pub fn answered(&mut self) -> Option<String> {
        let (choice, name) = self.sent.pop_front()?;
        self.is_last(choice).then_some(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_answer_to_the_last_choice_counts() {
        let mut c = Choices::default();
        // A slow workbook, then a questionnaire file read in the page.
        let slow = c.choose();
        c.sent(slow, "slow.xlsx".into());
        let json = c.choose();
        assert!(c.is_last(json));
        assert_eq!(c.answered(), None);
        // Two workbooks: the first answer is dropped, the second named as itself.
        let a = c.choose();
        c.sent(a, "a.xlsx".into());
        let b = c.choose();
        c.sent(b, "b.xlsx".into());
        assert_eq!(c.answered(), None);
        assert_eq!(c.answered(), Some("b.xlsx".into()));
        // A workbook, then a new questionnaire started.
        let w = c.choose();
        c.sent(w, "w.xlsx".into());
        c.choose();
        assert_eq!(c.answered(), None);
        // An answer nobody waits for.
        assert_eq!(c.answered(), None);
    }

    fn run(actions: Vec<Action>) -> Rc<EditorState> {
        actions
            .into_iter()
            .fold(Rc::new(EditorState::default()), |s, a| s.reduce(a))
    }

    fn write(at: Text, text: &str) -> Action {
        Action::Write(at, "en", text.into())
    }

    #[test]
    fn a_questionnaire_written_from_nothing_is_a_valid_file_that_reads_back_the_same() {
        let s = run(vec![
            Action::Id("nri-2027".into()),
            write(Text::Title, "Our NRI's questions"),
            write(Text::Question(0), "What worries you most?"),
            Action::AddQuestion("several-choices"),
            write(Text::Question(1), "Which apply?"),
            write(Text::Choice(1, 0), "Phishing"),
            write(Text::Choice(1, 1), "Ransomware"),
            Action::AddChoice(1),
            write(Text::Choice(1, 2), "Fraud"),
            Action::Limit(1, "2".into()),
            Action::Write(
                Text::Question(0),
                "fr",
                "Qu'est-ce qui vous inquiète le plus ?".into(),
            ),
        ]);
        let q = s.checked.clone().expect("valid");
        assert_eq!(q.id, "nri-2027");
        assert_eq!(q.questions[1].id, "q2");
        assert_eq!(
            q.questions[1].kind,
            QuestionKind::SeveralChoices {
                choices: s.draft.questions[1].kind.choices().to_vec(),
                max_choices: Some(2),
            }
        );
        assert_eq!(q.questions[1].kind.choices()[2].id, "choice-3");
        let file = questionnaire::to_json(&q);
        assert_eq!(questionnaire::parse(&file).unwrap(), *q);
        assert!(s.changed);
        let french = s.completeness().into_iter().find(|c| c.0 == "fr").unwrap();
        assert_eq!((french.1, french.2), (1, 6));
    }

    #[test]
    fn what_the_reader_would_refuse_is_said_at_once_and_nothing_is_lost() {
        let s = run(vec![
            write(Text::Title, "T"),
            write(Text::Question(0), "One"),
            Action::AddQuestion("long-text"),
            write(Text::Question(1), "Two"),
            Action::QuestionId(1, "q1".into()),
        ]);
        assert!(
            matches!(&s.checked, Err(QuestionnaireError::Invalid(Rule::QuestionIdTwice(id))) if id == "q1"),
            "{:?}",
            s.checked
        );
        assert_eq!(s.draft.questions[1].text.get("en"), "Two");
        let s = s
            .reduce(Action::QuestionId(1, "q2".into()))
            .reduce(write(Text::Question(1), "<script>alert(1)</script>"));
        assert!(matches!(
            &s.checked,
            Err(QuestionnaireError::Invalid(Rule::Markup(..)))
        ));
        let s = s.reduce(Action::Version("two".into()));
        assert!(s.checked.is_err());
        assert_eq!(s.version_typed.as_deref(), Some("two"));
    }

    #[test]
    fn questions_and_choices_move_and_go_and_kinds_keep_their_choices() {
        let s = run(vec![
            Action::AddQuestion("one-choice"),
            Action::AddQuestion("short-text"),
            Action::MoveQuestion(2, Move::Up),
            Action::MoveQuestion(0, Move::Up),
            Action::MoveChoice(2, 0, Move::Down),
            Action::Kind(2, "several-choices"),
        ]);
        let ids: Vec<&str> = s.draft.questions.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["q1", "q3", "q2"]);
        let choices: Vec<&str> = s.draft.questions[2]
            .kind
            .choices()
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(choices, ["choice-2", "choice-1"]);
        assert_eq!(s.draft.questions[2].kind.key(), "several-choices");
        let s = s
            .reduce(Action::RemoveQuestion(0))
            .reduce(Action::RemoveChoice(1, 0))
            .reduce(Action::RemoveQuestion(9));
        assert_eq!(s.draft.questions.len(), 2);
        assert_eq!(s.draft.questions[1].kind.choices().len(), 1);
        // Removing the last paragraph of a hint removes the hint.
        let s = s
            .reduce(write(Text::Hint(0), "A hint"))
            .reduce(write(Text::Hint(0), ""));
        assert_eq!(s.draft.questions[0].hint, None);
    }

    #[test]
    fn an_opened_questionnaire_is_unchanged_until_edited() {
        let s = run(vec![Action::Load(Box::new(questionnaire::builtin()))]);
        assert!(!s.changed);
        assert_eq!(
            s.checked.as_ref().unwrap().hash,
            questionnaire::builtin().hash
        );
        let s = s.reduce(Action::Profile(ProfileField::Email, false));
        assert!(s.changed);
        assert!(!s.checked.as_ref().unwrap().asks(ProfileField::Email));
    }
}
