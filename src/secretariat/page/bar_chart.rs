//! A horizontal bar chart in SVG with the same figures as a table, so the numbers are there for screen readers, keyboard users and anyone who prefers them.

use yew::prelude::*;

use crate::core::synthesis::Count;
use crate::ui::hooks::use_messages;

/// Props of [`BarChart`].
#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// A unique id for labelling.
    pub id: AttrValue,
    /// What is counted.
    pub title: AttrValue,
    /// The counts, in display order.
    pub counts: Vec<Count>,
    /// How many of them the chart draws (the table has them all).
    #[prop_or(12)]
    pub rows: usize,
}

/// Each row is a label line above its bar, so long labels are never cut and the chart reads
/// at phone width, where it is drawn at about its natural size.
const ROW: usize = 36;
const WIDTH: usize = 360;
const NUMBER: usize = 44;

/// A labelled chart and its data table.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let messages = use_messages();
    let shown: Vec<&Count> = props.counts.iter().take(props.rows).collect();
    let max = shown.iter().map(|c| c.count).max().unwrap_or(1).max(1);
    let height = shown.len() * ROW + 4;
    let title_id = format!("{}-title", props.id);
    // Right to left, the bars grow from the right edge; SVG text follows the page's
    // `direction`, so each text's start is on its right and only the x positions mirror.
    let rtl = messages.is_rtl();
    let x = |left: usize| if rtl { WIDTH - left } else { left };
    html! {
        <figure class="chart">
            <figcaption id={title_id.clone()} class="chart__title">{ props.title.clone() }</figcaption>
            <svg class="chart__svg" viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby={title_id} preserveAspectRatio="xMinYMin meet">
                { for shown.iter().enumerate().map(|(i, c)| {
                    let y = i * ROW;
                    let w = (c.count * (WIDTH - NUMBER)) / max;
                    let label: String = c.label.chars().take(48).collect();
                    html! {
                        <g>
                            <text x={x(0).to_string()} y={(y + 13).to_string()} class="chart__label">{ label }</text>
                            <rect x={(if rtl { WIDTH - w.max(1) } else { 0 }).to_string()} y={(y + 18).to_string()} width={w.max(1).to_string()} height="12" class="chart__bar" />
                            <text x={x(w + 6).to_string()} y={(y + 29).to_string()} class="chart__value">{ messages.number(c.count) }</text>
                        </g>
                    }
                }) }
            </svg>
            <details class="chart__data">
                <summary>{ messages.t("chart-show-table") }<span class="visually-hidden">{ format!(": {}", props.title) }</span></summary>
                <table class="table">
                    <caption class="visually-hidden">{ props.title.clone() }</caption>
                    <thead><tr><th scope="col">{ messages.t("chart-category") }</th><th scope="col">{ messages.t("chart-count") }</th></tr></thead>
                    <tbody>
                        { for props.counts.iter().map(|c| html! { <tr><th scope="row"><bdi>{ c.label.clone() }</bdi></th><td>{ messages.number(c.count) }</td></tr> }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
