//! The overview: how many contributions, and from whom.

use std::rc::Rc;

use yew::prelude::*;

use super::bar_chart::BarChart;
use crate::core::synthesis::{Breakdowns, Dimension, Synthesis};
use crate::i18n::{Messages, number};
use crate::ui::hooks::use_messages;
use crate::ui::labels;

/// The five breakdowns as charts, ids prefixed with `prefix`.
pub fn breakdown_charts(m: &Messages, prefix: &str, b: &Breakdowns) -> Html {
    let b = &labels::localised(m, b);
    html! {
        <div class="charts">
            { for Dimension::ALL.iter().copied().map(|d| html! {
                <BarChart id={format!("{prefix}-{}", d.key())} title={m.t(labels::breakdown_title(d))} counts={b.along(d).to_vec()} />
            }) }
        </div>
    }
}

/// Props of [`Overview`].
#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// The synthesis.
    pub synthesis: Rc<Synthesis>,
}

/// The overview section.
#[function_component]
pub fn Overview(props: &OverviewProps) -> Html {
    let messages = use_messages();
    let s = &props.synthesis;
    html! {
        <section aria-labelledby="overview-heading">
            <h2 class="heading-l" id="overview-heading">{ messages.t("overview-title") }</h2>
            <p class="lead">{ messages.t_with("overview-count", &[("count", number(s.responses)), ("drafts", number(s.drafts))]) }</p>
            { breakdown_charts(&messages, "overview", &s.overview) }
        </section>
    }
}
