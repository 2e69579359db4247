//! The respondent's app: the form, loaded by `index.html`.

fn main() {
    bpf_survey::ui::start();
}
