//! "Embed on your site": an NRI organiser sets the form's options, sees the form as their
//! visitors will (a live preview), and copies the frame and script-tag snippets.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::embed::{self, OptionProblem};
use crate::i18n::{self, text};
use crate::ui::hooks::use_messages;
use crate::ui::widgets::{SelectField, TextField};

/// The questionnaires the site serves besides the default, offered as suggestions.
const BUILT_IN: &[(&str, &str)] = &[(
    "questionnaires/igf-bpf-cybersecurity-2017-example.json",
    "2017 (example)",
)];

/// The options as typed, in the order the snippets list them.
#[derive(Clone, Default, PartialEq)]
struct Choices {
    nri: String,
    lang: String,
    accent: String,
    contact: String,
    closes: String,
    key: String,
    questionnaire: String,
    host: String,
}

impl Choices {
    fn pairs(&self) -> Vec<(&'static str, &str)> {
        [
            ("nri", self.nri.as_str()),
            ("lang", &self.lang),
            ("accent", &self.accent),
            ("contact", &self.contact),
            ("closes", &self.closes),
            ("key", &self.key),
            ("questionnaire", &self.questionnaire),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect()
    }

    fn query(&self, host: Option<&str>) -> String {
        let mut pairs: Vec<(&str, &str)> = self.pairs();
        if let Some(host) = host.filter(|h| !h.trim().is_empty()) {
            pairs.push(("host", host));
        }
        pairs
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}={}",
                    String::from(js_sys::encode_uri_component(v.trim()))
                )
            })
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// The folder the form is served from (`https://site/bpf/`), whichever of its pages shows this
/// one: the form for the built-in questionnaire is the folder's own page, so that an NRI's
/// respondents never download the form for any questionnaire unless it asks another.
fn app_folder() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            let path = l.pathname().ok()?;
            let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
            Some(format!("{}{folder}", l.origin().ok()?))
        })
        .unwrap_or_default()
}

fn copy(text: String, done: UseStateHandle<Option<&'static str>>, which: &'static str) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            done.set(Some(which));
        }
    });
}

/// The page.
#[function_component]
pub fn Embed() -> Html {
    let m = use_messages();
    let choices = use_state(Choices::default);
    let copied = use_state(|| None::<&'static str>);
    let set = |field: fn(&mut Choices, String)| {
        let choices = choices.clone();
        Callback::from(move |(value, _): (String, _)| {
            let mut c = (*choices).clone();
            field(&mut c, value);
            choices.set(c);
        })
    };
    let languages: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        i18n::available()
            .map(|(tag, name)| (AttrValue::from(tag), AttrValue::from(name)))
            .collect(),
    );
    let on_lang = {
        let choices = choices.clone();
        Callback::from(move |value: String| {
            let mut c = (*choices).clone();
            c.lang = value;
            choices.set(c);
        })
    };
    let languages_tags: Vec<&str> = i18n::available().map(|(t, _)| t).collect();
    let mut checked = choices.pairs();
    if !choices.host.trim().is_empty() {
        checked.push(("host", choices.host.as_str()));
    }
    let (_, problems) = embed::parse(checked, &languages_tags);
    let problem_for = |name: &str| {
        problems
            .iter()
            .any(|p| matches!(p, OptionProblem::Invalid(n, _) if n == name))
            .then(|| AttrValue::from(m.t("embed-invalid")))
    };
    let folder = app_folder();
    let page = if choices.questionnaire.trim().is_empty() {
        ""
    } else {
        "form.html"
    };
    let frame_code = format!(
        "<iframe src=\"{folder}{page}?{}\" title=\"{}\" style=\"width: 100%; border: 0; height: 60rem\"></iframe>",
        choices.query(Some(&choices.host)),
        m.t("app-name")
    );
    let attributes: String = choices
        .pairs()
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", v.trim().replace('"', "&quot;")))
        .collect();
    let script_code = format!(
        "<script src=\"{folder}embed.js\" defer></script>\n<bpf-survey{attributes}></bpf-survey>"
    );
    let preview = format!("./?{}", choices.query(None));
    let copy_button = |code: &str, which: &'static str, label: &str| {
        let (code, copied) = (code.to_string(), copied.clone());
        html! {
            <button type="button" class="button button--secondary" onclick={Callback::from(move |_: MouseEvent| copy(code.clone(), copied.clone(), which))}>
                { label.to_string() }
            </button>
        }
    };
    html! {
        <>
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ m.t("embed-title") }</h1>
            <p class="lead">{ m.t("embed-intro") }</p>
            <TextField id="embed-host" label={m.t("embed-host")} hint={Some(AttrValue::from(m.t("embed-host-hint")))}
                value={choices.host.clone()} autocomplete="url" error={problem_for("host")} on_change={set(|c, v| c.host = v)} />
            <TextField id="embed-nri" label={m.t("embed-nri")} hint={Some(AttrValue::from(m.t("embed-nri-hint")))}
                value={choices.nri.clone()} autocomplete="organization" error={problem_for("nri")} on_change={set(|c, v| c.nri = v)} />
            <SelectField id="embed-lang" label={m.t("embed-lang")} placeholder={m.t("embed-lang-any")} options={languages}
                selected={(!choices.lang.is_empty()).then(|| AttrValue::from(choices.lang.clone()))} autocomplete="off" on_change={on_lang} />
            <TextField id="embed-accent" label={m.t("embed-accent")} hint={Some(AttrValue::from(m.t("embed-accent-hint")))}
                value={choices.accent.clone()} autocomplete="off" error={problem_for("accent")} on_change={set(|c, v| c.accent = v)} />
            <TextField id="embed-contact" label={m.t("embed-contact")} hint={Some(AttrValue::from(m.t("embed-contact-hint")))}
                value={choices.contact.clone()} autocomplete="email" error={problem_for("contact")} on_change={set(|c, v| c.contact = v)} />
            <TextField id="embed-closes" label={m.t("embed-closes")} input_type="date"
                value={choices.closes.clone()} autocomplete="off" error={problem_for("closes")} on_change={set(|c, v| c.closes = v)} />
            <TextField id="embed-key" label={m.t("embed-key")} hint={Some(AttrValue::from(m.t("embed-key-hint")))}
                value={choices.key.clone()} autocomplete="off" error={problem_for("key")} on_change={set(|c, v| c.key = v)} />
            <TextField id="embed-questionnaire" label={m.t("embed-questionnaire")} hint={Some(AttrValue::from(m.t("embed-questionnaire-hint")))}
                value={choices.questionnaire.clone()} autocomplete="off" error={problem_for("questionnaire")} on_change={set(|c, v| c.questionnaire = v)}
                suggestions={BUILT_IN} />
            <p><a href="synthesis/?editor" id="embed-editor-link">{ m.t("embed-editor-link") }</a></p>

            <h2 class="heading-m">{ m.t("embed-frame") }</h2>
            <pre class="code" dir="ltr"><code>{ frame_code.clone() }</code></pre>
            { copy_button(&frame_code, "frame", &m.t("embed-copy-frame")) }
            <h2 class="heading-m">{ m.t("embed-script") }</h2>
            <pre class="code" dir="ltr"><code>{ script_code.clone() }</code></pre>
            { copy_button(&script_code, "script", &m.t("embed-copy-script")) }
            <p class="status-line" role="status">{ copied.map(|_| m.t("embed-copied")).unwrap_or_default() }</p>

            <h2 class="heading-m">{ m.t("embed-preview") }</h2>
            <iframe class="embed-preview" src={preview} title={m.t_with("embed-preview-title", &[("name", text(&m.t("app-name")))])}></iframe>
        </>
    }
}
