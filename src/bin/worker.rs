//! The synthesis worker (and its helper, a second copy of it), loaded by the synthesis page.

fn main() {
    bpf_survey::secretariat::worker::register();
}
