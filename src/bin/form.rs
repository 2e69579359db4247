//! The form for any questionnaire, loaded by `form.html`: a questionnaire named in the page address or opened from a file, choice questions, and the NRI's embed page (built with the `any-questionnaire` feature).

// talc is smaller than the default dlmalloc (and faster): respondents download less.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    bpf_survey::form::start();
}
