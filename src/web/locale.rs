//! The person's language: which one to show (the page's option, else their remembered choice,
//! else the browser's), the document's `lang` and `dir`, and the browser's `Intl` formatters for
//! numbers and for country, region and language names, so those come in every language
//! without shipping CLDR tables to respondents.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::JsValue;

use super::error::BrowserError;
use crate::core::countries::Country;
use crate::i18n;

/// Where the person's own choice of language is remembered (not a draft: see `store::KEY_PREFIX`).
const CHOICE_KEY: &str = "bpf-survey/language";

/// The language to start in: the `lang` option in the page address (set by an embedding
/// NRI), else the person's remembered choice, else the browser's preferences.
pub fn initial_language() -> &'static str {
    if let Some(tag) = option_from_address() {
        return tag;
    }
    if let Some(tag) = remembered() {
        return tag;
    }
    i18n::negotiate(browser_languages().iter().map(String::as_str))
}

/// The `lang` option of the page address (`?lang=fr`), if it names an available language.
fn option_from_address() -> Option<&'static str> {
    available_exactly(&super::options::embed().0.lang?)
}

fn available_exactly(value: &str) -> Option<&'static str> {
    let primary = value.split(['-', '_']).next()?.to_ascii_lowercase();
    i18n::available()
        .map(|(tag, _)| tag)
        .find(|tag| *tag == primary)
}

fn remembered() -> Option<&'static str> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let value = storage.get_item(CHOICE_KEY).ok()??;
    available_exactly(&value)
}

/// Makes `tag`'s messages ready: English is built in; any other language's file (and the
/// synthesis page's, if `synthesis`) is fetched from the site (or the service worker's cache)
/// and installed. `Err` says why; the page shows its own message.
pub async fn ensure(tag: &'static str, synthesis: bool) -> Result<(), BrowserError> {
    for (part, wanted) in [(false, true), (true, synthesis)] {
        if !wanted || i18n::is_installed(tag, part) {
            continue;
        }
        let file = file(tag, part, synthesis).await?;
        i18n::install(tag, part, &file).map_err(|e| BrowserError::Threw(e.to_string()))?;
    }
    Ok(())
}

/// The texts of `tag`'s two message files (the form's and the synthesis page's), for the
/// synthesis worker to write documents in that language. Called from the synthesis page.
pub async fn files(tag: &str) -> Result<(String, String), BrowserError> {
    Ok((file(tag, false, true).await?, file(tag, true, true).await?))
}

/// One message file's text: the offline kit's copy, else fetched (from a page in
/// `synthesis/` if `from_synthesis`, one folder below the form's files).
async fn file(tag: &str, part: bool, from_synthesis: bool) -> Result<String, BrowserError> {
    let base = if from_synthesis { "../i18n" } else { "./i18n" };
    let suffix = if part { "-synthesis" } else { "" };
    match embedded(&format!("{tag}{suffix}")) {
        Some(file) => Ok(file),
        None => {
            super::platform::fetch_text(
                &format!("{base}/{tag}{suffix}.msg"),
                &web_sys::RequestInit::new(),
            )
            .await
        }
    }
}

/// A language file the offline kit carries in the page (`<script type="application/json"
/// id="bpf-i18n-fr">`), since a page opened from disk cannot fetch.
fn embedded(name: &str) -> Option<String> {
    let element = web_sys::window()?
        .document()?
        .get_element_by_id(&format!("bpf-i18n-{name}"))?;
    serde_json::from_str(&element.text_content()?).ok()
}

/// Remembers the person's choice for their next visit. Storage may be refused (private
/// browsing, full); the choice then lasts as long as the page, which is all that matters.
pub fn remember(tag: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(CHOICE_KEY, tag);
    }
}

/// `navigator.languages`, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty()
        && let Some(one) = navigator.language()
    {
        list.push(one);
    }
    list
}

/// Sets `lang` and `dir` on `<html>`, so the whole page (and screen readers) follow.
pub fn apply_to_document(tag: &str, rtl: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", tag);
    let _ = root.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
}

/// `n` as `language` writes whole numbers (`12,345`, `12 345`, `١٢٬٣٤٥`).
pub fn format_number(language: &str, n: i64) -> String {
    let format = cached(&NUMBER_FORMATS, language, || {
        intl_has("NumberFormat").then(|| {
            let locales = js_sys::Array::of1(&JsValue::from_str(language));
            js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format()
        })
    });
    format
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

thread_local! {
    /// `Intl` formatters by language. Making one costs a hundred times using it: a page that
    /// made one per number or name spent most of each keystroke's render doing so.
    static NUMBER_FORMATS: RefCell<HashMap<String, Option<js_sys::Function>>> = RefCell::default();
    static DISPLAY_NAMES: RefCell<HashMap<String, DisplayNames>> = RefCell::default();
}

/// The value `cache` keeps for `language`, made by `make` the first time.
fn cached<T: Clone + 'static>(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<String, T>>>,
    language: &str,
    make: impl FnOnce() -> T,
) -> T {
    if let Some(found) = cache.with_borrow(|c| c.get(language).cloned()) {
        return found;
    }
    let made = make();
    cache.with_borrow_mut(|c| c.insert(language.to_string(), made.clone()));
    made
}

/// `x` with one decimal, as `language` writes it (`2.7`, `2,7`, `٢٫٧`).
pub fn format_tenths(language: &str, x: f64) -> String {
    if !intl_has("NumberFormat") {
        return format!("{x:.1}");
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(language));
    let options = js_sys::Object::new();
    for key in ["minimumFractionDigits", "maximumFractionDigits"] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &1.into());
    }
    js_sys::Intl::NumberFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(x))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("{x:.1}"))
}

/// `bytes` as `language` writes a size (`20.03 MB`, `20,03 Mo`, `20,03 МБ`), told apart from
/// `other` (the limit it is compared with) when given ([`crate::i18n::size`]).
pub fn format_size(language: &str, bytes: u64, other: Option<u64>) -> String {
    let size = crate::i18n::size(bytes, other);
    let fallback = || {
        let short = match size.unit {
            "gigabyte" => "GB",
            "megabyte" => "MB",
            _ => "kB",
        };
        format!("{:.*} {short}", usize::from(size.decimals), size.value)
    };
    if !intl_has("NumberFormat") {
        return fallback();
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(language));
    let options = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&options, &key.into(), &value);
    let _ = set("style", "unit".into());
    let _ = set("unit", size.unit.into());
    for key in ["minimumFractionDigits", "maximumFractionDigits"] {
        let _ = set(key, size.decimals.into());
    }
    js_sys::Intl::NumberFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(size.value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(fallback)
}

fn intl_has(name: &str) -> bool {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &"Intl".into())
        .and_then(|intl| js_sys::Reflect::has(&intl, &name.into()))
        .unwrap_or(false)
}

/// Names of countries and languages in one language, from `Intl.DisplayNames`. (Not M49
/// regions: browsers ship few of those, so they are among the messages.)
/// Where a browser lacks it, `None` everywhere, and callers show the English name.
#[derive(Clone)]
pub struct DisplayNames {
    regions: Option<js_sys::Intl::DisplayNames>,
    languages: Option<js_sys::Intl::DisplayNames>,
}

impl DisplayNames {
    /// The names as `language` writes them (made once per language).
    pub fn new(language: &str) -> Self {
        cached(&DISPLAY_NAMES, language, || Self::make(language))
    }

    fn make(language: &str) -> Self {
        let make = |kind: &str| {
            if !intl_has("DisplayNames") {
                return None;
            }
            let locales = js_sys::Array::of1(&JsValue::from_str(language));
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"type".into(), &kind.into());
            let _ = js_sys::Reflect::set(&options, &"fallback".into(), &"none".into());
            Some(js_sys::Intl::DisplayNames::new(&locales, &options))
        };
        Self {
            regions: make("region"),
            languages: make("language"),
        }
    }

    /// A country by its ISO 3166-1 alpha-2 code.
    pub fn region(&self, code: &str) -> Option<String> {
        // `Intl.DisplayNames.of` throws on anything not shaped like a region code, and a
        // JavaScript exception through Rust frames leaves the program's state half-changed.
        let shaped = matches!(code.len(), 2 if code.bytes().all(|b| b.is_ascii_alphabetic()))
            || matches!(code.len(), 3 if code.bytes().all(|b| b.is_ascii_digit()));
        self.regions
            .as_ref()
            .filter(|_| shaped)?
            .of(code)
            .map(String::from)
    }

    /// A country's name, or its English name where the browser has none.
    pub fn country(&self, country: Country) -> String {
        self.region(country.code())
            .unwrap_or_else(|| country.name().to_string())
    }

    /// A language by its BCP 47 tag.
    pub fn language(&self, tag: &str) -> Option<String> {
        // As for regions: only what is shaped like a language tag reaches `of`, which throws.
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or("");
        let shaped = (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_alphabetic())
            && parts.all(|p| {
                (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        self.languages
            .as_ref()
            .filter(|_| shaped)?
            .of(tag)
            .map(String::from)
    }
}

/// Sorts `items` by `key` as `language` sorts words (`Å` with `A` in French, by stroke or
/// pinyin in Chinese), falling back to code-point order.
pub fn sort_by_name<T>(items: &mut [T], key: impl Fn(&T) -> &str, language: &str) {
    if !intl_has("Collator") {
        items.sort_by(|a, b| key(a).cmp(key(b)));
        return;
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(language));
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    items.sort_by(|a, b| {
        let order = compare
            .call2(
                &JsValue::NULL,
                &JsValue::from_str(key(a)),
                &JsValue::from_str(key(b)),
            )
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        order.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    });
}
