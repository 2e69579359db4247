//! The language menu: every language named in itself, the current one marked, so a person who
//! cannot read the current language still finds their own.

use yew::prelude::*;

use crate::i18n;
use crate::ui::hooks::use_messages;

/// Props of [`LanguageMenu`].
#[derive(Properties, PartialEq)]
pub struct LanguageMenuProps {
    /// Called with the chosen language's tag.
    pub on_choose: Callback<&'static str>,
    /// A language that could not be loaded, to say so.
    #[prop_or_default]
    pub failed: Option<&'static str>,
    /// The languages offered, if not all six (a review page offers its draft's).
    #[prop_or_default]
    pub only: Option<std::rc::Rc<[&'static str]>>,
}

/// A row of buttons, one per language.
#[function_component]
pub fn LanguageMenu(props: &LanguageMenuProps) -> Html {
    let messages = use_messages();
    let current = messages.language();
    html! {
        <nav class="languages" aria-label={messages.t("language-menu")}>
            <ul class="languages__list">
                { for i18n::available().filter(|(tag, _)| props.only.as_ref().is_none_or(|o| o.contains(tag))).map(|(tag, name)| {
                    let on_choose = props.on_choose.clone();
                    let is_current = tag == current;
                    html! {
                        <li>
                            <button type="button" class="languages__button" lang={tag}
                                aria-current={is_current.then_some("true")}
                                onclick={Callback::from(move |_: MouseEvent| on_choose.emit(tag))}>
                                { name }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if let Some(name) = props.failed.and_then(|tag| i18n::available().find(|(t, _)| *t == tag)).map(|(_, name)| name) {
                <p class="languages__error" role="alert">{ messages.t_with("language-failed", &[("language", i18n::text(name))]) }</p>
            }
        </nav>
    }
}
