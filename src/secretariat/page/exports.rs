//! Downloads: Part II as printable HTML, a Word document or Markdown, in any of the six languages; a REFI-QDA project and codebook; and the open data as XLSX, CSV (one row per response or per answer) or JSON.

use yew::prelude::*;

use super::use_synthesis::use_synthesis;
use crate::core::crypto::is_recipient;
use crate::core::export::ExportKind;
use crate::core::format::review::is_version_label;
use crate::i18n;
use crate::ui::hooks::use_messages;

/// The export buttons.
#[function_component]
pub fn Exports() -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let busy = handle.state().busy();
    let bom = use_state(|| true);
    // The document's language: the page's until the person picks another.
    let chosen = use_state(|| None::<&'static str>);
    let language = chosen.unwrap_or_else(|| messages.language());
    let ask = |kind: ExportKind| {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.export(kind, language))
    };
    let on_language = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            chosen.set(
                i18n::available()
                    .map(|(tag, _)| tag)
                    .find(|tag| *tag == value),
            );
        })
    };
    let version = use_state(|| "1.0".to_string());
    let on_version = {
        let version = version.clone();
        Callback::from(move |e: InputEvent| {
            version.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let label_ok = is_version_label(version.trim());
    let key = use_state(String::new);
    let on_key = {
        let key = key.clone();
        Callback::from(move |e: InputEvent| {
            key.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let key_ok = key.trim().is_empty() || is_recipient(key.trim());
    let publish = |page: bool| {
        let (handle, version, key) = (handle.clone(), version.clone(), key.clone());
        Callback::from(move |_: MouseEvent| {
            let key = Some(key.trim().to_string()).filter(|k| !k.is_empty());
            handle.publish_draft(version.trim().to_string(), language, key, page)
        })
    };
    let on_bom = {
        let bom = bom.clone();
        Callback::from(move |_: Event| bom.set(!*bom))
    };
    html! {
        <section aria-labelledby="exports-heading" class="exports">
            <h2 class="heading-l" id="exports-heading">{ messages.t("export-title") }</h2>
            <p>{ messages.t("export-hint") }</p>
            <div class="field">
                <label class="label" for="export-language">{ messages.t("export-language") }</label>
                <div class="hint" id="export-language-hint">{ messages.t("export-language-hint") }</div>
                <select class="select" id="export-language" aria-describedby="export-language-hint" onchange={on_language}>
                    { for i18n::available().map(|(tag, name)| html! {
                        <option value={tag} lang={tag} selected={tag == language}>{ name }</option>
                    }) }
                </select>
            </div>
            <div class="button-group">
                <button type="button" class="button" disabled={busy} onclick={ask(ExportKind::Html)}>{ messages.t("export-html") }</button>
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::Docx)}>{ messages.t("export-docx") }</button>
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::Markdown)}>{ messages.t("export-markdown") }</button>
            </div>
            <h3 class="heading-s">{ messages.t("export-draft-title") }</h3>
            <p class="hint">{ messages.t("export-draft-hint") }</p>
            <div class={classes!("field", (!label_ok).then_some("field--error"))}>
                <label class="label" for="draft-version">{ messages.t("export-draft-version") }</label>
                if !label_ok {
                    <p class="error-message" id="draft-version-error">{ messages.t("export-draft-version-error") }</p>
                }
                <input class="input input--short" id="draft-version" type="text" value={(*version).clone()} oninput={on_version}
                    aria-invalid={(!label_ok).then_some("true")} aria-describedby={(!label_ok).then_some("draft-version-error")} />
            </div>
            <div class={classes!("field", (!key_ok).then_some("field--error"))}>
                <label class="label" for="draft-key">{ messages.t("export-draft-key") }</label>
                <div class="hint" id="draft-key-hint">{ messages.t("export-draft-key-hint") }</div>
                if !key_ok {
                    <p class="error-message" id="draft-key-error">{ messages.t("export-draft-key-error") }</p>
                }
                <input class="input" id="draft-key" type="text" spellcheck="false" autocomplete="off" value={(*key).clone()} oninput={on_key}
                    aria-invalid={(!key_ok).then_some("true")}
                    aria-describedby={if key_ok { "draft-key-hint" } else { "draft-key-hint draft-key-error" }} />
            </div>
            <p class="hint">{ messages.t("export-review-page-note") }</p>
            <div class="button-group">
                <button type="button" class="button" disabled={busy || !label_ok || !key_ok} onclick={publish(true)}>{ messages.t("export-review-page") }</button>
                <button type="button" class="button button--secondary" disabled={busy || !label_ok || !key_ok} onclick={publish(false)}>{ messages.t("export-draft") }</button>
            </div>
            <h3 class="heading-s">{ messages.t("export-qda-title") }</h3>
            <p class="hint">{ messages.t("export-qda-hint") }</p>
            <div class="button-group">
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::Qdpx)}>{ messages.t("export-qdpx") }</button>
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::Qdc)}>{ messages.t("export-qdc") }</button>
            </div>
            <h3 class="heading-s">{ messages.t("export-data-title") }</h3>
            <p class="hint">{ messages.t("export-data-hint") }</p>
            <div class="checkbox">
                <input class="checkbox__input" type="checkbox" id="export-bom" checked={*bom} onchange={on_bom} />
                <label class="checkbox__label" for="export-bom">{ messages.t("export-bom") }</label>
            </div>
            <div class="button-group">
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::Xlsx)}>{ messages.t("export-xlsx") }</button>
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::Csv { bom: *bom })}>{ messages.t("export-csv") }</button>
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::LongCsv { bom: *bom })}>{ messages.t("export-long-csv") }</button>
                <button type="button" class="button button--secondary" disabled={busy} onclick={ask(ExportKind::Json)}>{ messages.t("export-json") }</button>
            </div>
        </section>
    }
}
