//! The respondent's app: the form, loaded by `index.html`.

// talc is smaller than the default dlmalloc (and faster): respondents download less.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    bpf_survey::form::start();
}
