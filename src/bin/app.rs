//! The respondent's app: the form for the built-in questionnaire, loaded by `index.html` (built without the `any-questionnaire` feature; `form.html` has the rest).

// talc is smaller than the default dlmalloc (and faster): respondents download less.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    bpf_survey::form::start();
}
