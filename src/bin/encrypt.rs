//! The encryption worker, started only by a form configured with the Secretariat's public key.

use bpf_survey::encrypt::EncryptTask;
use yew_agent::Registrable;

fn main() {
    EncryptTask::registrar().register();
}
