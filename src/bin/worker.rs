//! The synthesis worker, loaded by the synthesis page only: respondents never download it.

use bpf_survey::worker::SynthesisReactor;
use yew_agent::Registrable;

fn main() {
    bpf_survey::worker::report_panics();
    SynthesisReactor::registrar().register();
}
