//! Keeps the core, and the synthesis worker's session and protocols, pure: no browser, no UI framework, no clock or randomness.

use std::path::Path;

#[test]
fn the_core_imports_nothing_from_the_browser_or_the_ui() {
    let forbidden = [
        "yew",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "SystemTime",
        "Instant::now",
        "thread_rng",
        "getrandom",
        "std::fs",
        "std::net",
    ];
    let mut offenders = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for pure in [
        "core",
        "secretariat/session",
        "secretariat/protocol.rs",
        "secretariat/helper_protocol.rs",
    ] {
        visit(&root.join(pure), &mut |path, text| {
            for word in forbidden {
                if text.contains(word) {
                    offenders.push(format!("{} uses {word}", path.display()));
                }
            }
        });
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

fn visit(dir: &Path, f: &mut dyn FnMut(&Path, &str)) {
    if dir.is_file() {
        f(dir, &std::fs::read_to_string(dir).unwrap());
        return;
    }
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            visit(&path, f);
        } else if path.extension().is_some_and(|e| e == "rs") {
            f(&path, &std::fs::read_to_string(&path).unwrap());
        }
    }
}
