//! The review page a reader comments a draft on, loaded by `review.html`; the synthesis page
//! fills a self-contained copy of it with the draft it publishes.

// talc is smaller than the default dlmalloc: readers download less.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    bpf_survey::review::start();
}
