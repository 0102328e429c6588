//! A horizontal bar chart in plain SVG: one bar per item, label above it, value at its
//! end. Decorative for screen readers, which get the same numbers from a table.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
    /// Drawn in the highlight colour (for example: funded).
    pub highlight: bool,
}

const ROW: u64 = 46;
const WIDTH: u64 = 600;

#[component]
pub fn BarChart(bars: Vec<Bar>, #[prop(into)] title: String) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() as u64 + 4;
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i as u64 * ROW;
            let w = (b.value * (WIDTH - 60) / max).max(2);
            let class = if b.highlight {
                "chart__bar chart__bar--on"
            } else {
                "chart__bar"
            };
            view! {
                <g>
                    <text x="0" y=y + 16 class="chart__label">{b.label}</text>
                    <rect x="0" y=y + 22 width=w height="16" class=class></rect>
                    <text x=w + 6 y=y + 35 class="chart__value">{b.value.to_string()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption class="chart__caption">{title}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                width="100%"
                aria-hidden="true"
                focusable="false"
                preserveAspectRatio="xMinYMin meet"
            >
                {rows}
            </svg>
        </figure>
    }
}
