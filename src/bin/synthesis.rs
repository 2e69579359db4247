//! The secretariat's synthesis page, loaded by `synthesis.html`; the work runs in `worker`.

fn main() {
    bpf_survey::secretariat::page::start();
}
