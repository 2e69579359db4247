//! Browser tests of the glue (storage, randomness, downloads) in headless Chromium, run by
//! `wasm-bindgen-test-runner`. They use the real `localStorage` and simulate its failures.
#![cfg(target_arch = "wasm32")]

use bpf_survey::core::response::{QuestionnaireRef, Response, ResponseId, Source};
use bpf_survey::core::store::{Caret, Draft, key_for};
use bpf_survey::core::time::Timestamp;
use bpf_survey::secretariat::helper_protocol::{Mirror, ToHelper};
use bpf_survey::secretariat::protocol::{IncomingFile, Reply, Request};
use bpf_survey::web::codec::Postcard;
use bpf_survey::web::storage::{self, StorageError};
use bpf_survey::web::{download, platform};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use yew_agent::Codec;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function break_set_item(name) {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function () { throw new DOMException("simulated", name); };
  return () => { Storage.prototype.setItem = original; };
}
export function block_local_storage() {
  const own = Object.getOwnPropertyDescriptor(window, "localStorage");
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
  });
  return () => { if (own) Object.defineProperty(window, "localStorage", own); else delete window.localStorage; };
}
export function raw_set(key, value) { window.localStorage.setItem(key, value); }
export function raw_get(key) { return window.localStorage.getItem(key); }
export function clear() { window.localStorage.clear(); }
"#)]
extern "C" {
    fn break_set_item(name: &str) -> js_sys::Function;
    fn block_local_storage() -> js_sys::Function;
    fn raw_set(key: &str, value: &str);
    fn raw_get(key: &str) -> Option<String>;
    fn clear();
}

fn draft(text: &str) -> Draft {
    let mut response = Response::new(
        platform::new_response_id().unwrap(),
        QuestionnaireRef {
            id: "igf-bpf-cybersecurity-2016".into(),
            version: 1,
            hash: String::new(),
        },
        platform::now(),
        "en",
        Source {
            nri: String::new(),
            origin: platform::page_origin(),
        },
    );
    response.set_answer("q2", text.into());
    Draft {
        response,
        caret: Caret {
            field: "answer-q2".into(),
            start: 3,
            end: 3,
        },
        last_download: None,
    }
}

fn undo(restore: js_sys::Function) {
    restore.call0(&JsValue::NULL).unwrap();
}

#[wasm_bindgen_test]
fn a_saved_draft_loads_back_exactly() {
    clear();
    let d = draft("Line one\n\n  indented ✓ التعاون");
    storage::save(&d, platform::now(), "test").unwrap();
    let loaded = storage::load_all().unwrap();
    assert_eq!(loaded.drafts, vec![d]);
    assert!(loaded.unreadable.is_empty());
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_full_and_nothing_is_lost() {
    clear();
    let d = draft("kept in memory");
    let restore = break_set_item("QuotaExceededError");
    let result = storage::save(&d, platform::now(), "test");
    undo(restore);
    assert_eq!(result, Err(StorageError::Full));
    // Once space is back, the same draft saves.
    storage::save(&d, platform::now(), "test").unwrap();
    assert_eq!(storage::load_all().unwrap().drafts.len(), 1);
}

#[wasm_bindgen_test]
fn a_newer_copy_saved_by_another_tab_is_never_written_over() {
    clear();
    let mut newer = draft("typed in the other tab");
    newer.response.updated = Timestamp::from_millis(2_000_000_000_000);
    assert_eq!(
        storage::save(&newer, platform::now(), "test"),
        Ok(storage::Saved::Written)
    );
    let mut stale = newer.clone();
    stale.response.set_answer("q2", "an older copy".into());
    stale.response.updated = Timestamp::from_millis(1_000_000_000_000);
    match storage::save(&stale, platform::now(), "test") {
        Ok(storage::Saved::NewerElsewhere(theirs)) => {
            assert_eq!(theirs.response.answer("q2"), "typed in the other tab")
        }
        other => panic!("{other:?}"),
    }
    let kept = storage::load_all().unwrap().drafts;
    assert_eq!(kept[0].response.answer("q2"), "typed in the other tab");
}

#[wasm_bindgen_test]
fn other_write_failures_are_reported_too() {
    clear();
    let restore = break_set_item("InvalidStateError");
    let result = storage::save(&draft("x"), platform::now(), "test");
    undo(restore);
    assert!(matches!(result, Err(StorageError::Failed(m)) if m.contains("InvalidStateError")));
}

#[wasm_bindgen_test]
fn blocked_storage_is_reported_as_unavailable() {
    let restore = block_local_storage();
    let loaded = storage::load_all();
    let saved = storage::save(&draft("x"), platform::now(), "test");
    undo(restore);
    assert!(
        matches!(loaded, Err(StorageError::Unavailable(_))),
        "{loaded:?}"
    );
    assert!(matches!(saved, Err(StorageError::Unavailable(_))));
}

#[wasm_bindgen_test]
fn an_unreadable_entry_is_reported_and_left_in_place() {
    clear();
    let id = ResponseId::from_random_bytes([9; 16]);
    raw_set(&key_for("", &id), "{\"storage_version\":1,\"broken");
    raw_set("someone-elses-key", "ignored");
    storage::save(&draft("fine"), platform::now(), "test").unwrap();
    let loaded = storage::load_all().unwrap();
    assert_eq!(loaded.drafts.len(), 1);
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(loaded.unreadable[0].0, key_for("", &id));
    assert!(raw_get(&key_for("", &id)).is_some(), "never deleted");
}

/// This page's deployment, as `storage` scopes drafts: the folder it is served from.
fn this_scope() -> String {
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    path[..=path.rfind('/').unwrap()].to_string()
}

#[wasm_bindgen_test]
fn drafts_are_kept_per_deployment_and_older_ones_move_in_when_saved() {
    clear();
    let scope = this_scope();
    // A draft from before drafts were kept per deployment: listed, and moved when saved.
    let old = draft("written before");
    raw_set(
        &key_for("", &old.response.id),
        &bpf_survey::core::store::encode(&old, platform::now(), "test"),
    );
    // Another deployment's draft on the same site: neither listed nor touched.
    let theirs = draft("another deployment's");
    let their_key = key_for("/another-nri/", &theirs.response.id);
    let their_text = bpf_survey::core::store::encode(&theirs, platform::now(), "test");
    raw_set(&their_key, &their_text);
    let loaded = storage::load_all().unwrap();
    assert_eq!(loaded.drafts.len(), 1);
    assert_eq!(loaded.drafts[0].response.id, old.response.id);
    let mut changed = old.clone();
    changed.response.updated = Timestamp::from_millis(changed.response.updated.millis() + 1);
    storage::save(&changed, platform::now(), "test").unwrap();
    assert!(raw_get(&key_for("", &old.response.id)).is_none());
    assert!(raw_get(&key_for(&scope, &old.response.id)).is_some());
    assert_eq!(storage::load_all().unwrap().drafts.len(), 1);
    storage::delete(&old.response.id).unwrap();
    assert!(storage::load_all().unwrap().drafts.is_empty());
    assert_eq!(raw_get(&their_key), Some(their_text));
}

#[wasm_bindgen_test]
fn delete_removes_only_that_response() {
    clear();
    let (a, b) = (draft("a"), draft("b"));
    storage::save(&a, platform::now(), "test").unwrap();
    storage::save(&b, platform::now(), "test").unwrap();
    storage::delete(&a.response.id).unwrap();
    let ids: Vec<_> = storage::load_all()
        .unwrap()
        .drafts
        .into_iter()
        .map(|d| d.response.id)
        .collect();
    assert_eq!(ids, vec![b.response.id]);
}

#[wasm_bindgen_test]
fn response_ids_are_random_v4_uuids() {
    let a = platform::new_response_id().unwrap();
    let b = platform::new_response_id().unwrap();
    assert_ne!(a, b);
    assert_eq!(&a.as_str()[14..15], "4");
    assert!(matches!(&a.as_str()[19..20], "8" | "9" | "a" | "b"));
}

#[wasm_bindgen_test]
fn clock_and_local_time_are_sane() {
    let now = platform::now();
    assert!(now > Timestamp::parse_rfc3339("2024-01-01T00:00:00Z").unwrap());
    let t = platform::local_time(now, "en");
    assert!(t.contains(':'), "{t}");
}

#[wasm_bindgen_test]
fn numbers_and_names_follow_each_language_with_formatters_kept_per_language() {
    use bpf_survey::web::locale::{DisplayNames, format_number};
    // Each language keeps its own formatter: asking in turn never mixes them up.
    for _ in 0..2 {
        assert_eq!(format_number("en", 12345), "12,345");
        assert_eq!(format_number("ar-EG", 12345), "١٢٬٣٤٥");
        assert_eq!(format_number("fr", 0), "0");
    }
    assert_eq!(
        DisplayNames::new("fr").region("DE").as_deref(),
        Some("Allemagne")
    );
    assert_eq!(
        DisplayNames::new("en").region("DE").as_deref(),
        Some("Germany")
    );
    assert_eq!(
        DisplayNames::new("fr").language("zh").as_deref(),
        Some("chinois")
    );
    // A document made natively names the languages answers are read in as the browser does.
    for language in ["ar", "en", "es", "fr", "ru", "zh"] {
        let names = DisplayNames::new(language);
        for tag in ["ar", "en", "es", "fr", "ru", "zh", "pt", "de", "it", "nl"] {
            assert_eq!(
                names.language(tag).as_deref(),
                Some(bpf_survey::core::synthesis::narrative::language_name_in(
                    tag, language
                )),
                "{tag} in {language}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn a_download_is_offered_without_leaving_the_page() {
    download::save_file("bpf-test.json", "application/json", "{}").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(
        document.query_selector("a[download]").unwrap().is_none(),
        "the temporary link is removed"
    );
}

#[wasm_bindgen_test]
async fn a_yield_to_the_event_loop_hears_a_message_queued_behind_many() {
    // As the synthesis worker sees it while its helper loads: the page's files queue up as
    // messages on one port, and the helper's handshake arrives on another, behind them. One
    // yield, taken before each file is read, lets the handshake in; a microtask (what an
    // `.await` on a resolved promise gives) does not.
    let counter = |channel: &web_sys::MessageChannel| {
        let count = std::rc::Rc::new(std::cell::Cell::new(0u32));
        let seen = count.clone();
        let on_message = Closure::<dyn FnMut()>::new(move || seen.set(seen.get() + 1));
        channel
            .port1()
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        (count, on_message)
    };
    let (files, helper) = (
        web_sys::MessageChannel::new().unwrap(),
        web_sys::MessageChannel::new().unwrap(),
    );
    let ((read, _a), (greeted, _b)) = (counter(&files), counter(&helper));
    for _ in 0..10 {
        files.port2().post_message(&JsValue::NULL).unwrap();
    }
    helper.port2().post_message(&JsValue::NULL).unwrap();

    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL))
        .await
        .unwrap();
    assert_eq!(
        greeted.get(),
        0,
        "a microtask runs before any queued message"
    );
    platform::yield_to_tasks().await;
    assert_eq!(
        greeted.get(),
        1,
        "one yield lets the message behind the queue in"
    );
    assert!(read.get() < 10, "not only once the whole queue is read");
    for port in [files.port1(), helper.port1()] {
        port.set_onmessage(None);
    }
}

#[wasm_bindgen_test]
fn worker_messages_survive_the_wire_between_page_and_worker() {
    // The page and the worker exchange these through the codec (postcard in a Uint8Array): a
    // file's bytes one way, a whole synthesis the other.
    let bytes: Vec<u8> = (0..=255).cycle().take(100_000).collect();
    let request = Request::AddFile(IncomingFile {
        name: "ünïcode/名前.json".into(),
        size: bytes.len(),
        bytes: bytes.clone(),
        index: 3,
        total: 9,
    });
    let decoded: Request = Postcard::decode(Postcard::encode(request));
    assert!(
        matches!(decoded, Request::AddFile(IncomingFile { ref name, bytes: ref b, index: 3, total: 9, .. }) if name == "ünïcode/名前.json" && *b == bytes)
    );

    let q = bpf_survey::core::questionnaire::builtin();
    let g = bpf_survey::core::generate::generate(&q, 60, 1);
    let analyzer = bpf_survey::core::synthesis::Analyzer::new();
    let s = bpf_survey::core::synthesis::synthesize(
        &g.responses,
        &q,
        &Default::default(),
        &analyzer,
        &mut |_| {},
    );
    let decoded: Reply = Postcard::decode(Postcard::encode(Reply::Synthesis(
        Box::new(s.clone()),
        Default::default(),
    )));
    assert!(matches!(decoded, Reply::Synthesis(ref back, _) if **back == s));

    // Between the worker and its helper: the set so far, and a file as the worker read it.
    let copies: Vec<(String, bpf_survey::core::format::Exported)> = g.responses[..5]
        .iter()
        .map(|r| {
            let exported = bpf_survey::core::format::Exported {
                response: r.clone(),
                exported: Timestamp::from_millis(1_700_000_000_000),
                app_version: String::new(),
            };
            ("bündel-1.json".to_string(), exported)
        })
        .collect();
    let decoded: ToHelper = Postcard::decode(Postcard::encode(ToHelper::Mirror(Mirror::CatchUp(
        copies.clone(),
    ))));
    assert!(matches!(decoded, ToHelper::Mirror(Mirror::CatchUp(ref back)) if *back == copies));
    let file = bpf_survey::core::format::write_bundle(
        &g.responses[..3],
        Timestamp::from_millis(1_700_000_000_000),
        "t",
    );
    let read = bpf_survey::core::format::read(file.as_bytes());
    assert!(read.is_ok());
    let decoded: ToHelper = Postcard::decode(Postcard::encode(ToHelper::Mirror(Mirror::Read(
        "b.json".into(),
        read.clone(),
    ))));
    assert!(
        matches!(decoded, ToHelper::Mirror(Mirror::Read(ref name, ref back)) if name == "b.json" && *back == read)
    );
}

/// age in the browser: a key made from `crypto.getRandomValues`, a file encrypted to it by the
/// form's encryption function and read back; another key cannot read it.
#[wasm_bindgen_test]
fn age_round_trip_in_the_browser() {
    use bpf_survey::core::crypto::{self, DecryptError, Identities};
    let key = age::x25519::Identity::generate();
    // As a keyed form does, with the browser's randomness.
    let sealed =
        bpf_survey::form::encrypt::encrypt(&key.to_public().to_string(), b"confidential answer")
            .unwrap();
    assert!(crypto::is_encrypted(&sealed));
    let ids = Identities::parse(&crypto::identity_file(&key, "now")).unwrap();
    assert_eq!(
        crypto::decrypt(&ids, &sealed).unwrap(),
        b"confidential answer"
    );
    let other = age::x25519::Identity::generate();
    let others = Identities::parse(&crypto::identity_file(&other, "now")).unwrap();
    assert_eq!(
        crypto::decrypt(&others, &sealed),
        Err(DecryptError::WrongKey)
    );
}

#[wasm_bindgen(inline_js = r#"
export function break_idb_put(after) {
  const original = IDBObjectStore.prototype.put;
  let n = 0;
  IDBObjectStore.prototype.put = function (...args) {
    if (n++ >= after) throw new DOMException("simulated", "QuotaExceededError");
    return original.apply(this, args);
  };
  return () => { IDBObjectStore.prototype.put = original; };
}
"#)]
extern "C" {
    fn break_idb_put(after: u32) -> js_sys::Function;
}

#[wasm_bindgen_test]
async fn workspaces_keep_their_files_in_order_all_of_a_batch_or_none() {
    use bpf_survey::web::workspace::{self, Named, StoredFile};
    let file = |name: &str, bytes: &[u8]| StoredFile {
        name: name.to_string(),
        size: bytes.len(),
        bytes: bytes.to_vec(),
    };
    for w in workspace::list().await.unwrap() {
        workspace::delete(&w.id).await.unwrap();
    }
    workspace::append(
        "w-2016",
        "2016 call",
        &[file("a.json", b"{\"a\":1}"), file("b.age", &[0, 159, 255])],
    )
    .await
    .unwrap();
    workspace::append("w-2017", "2017 call", &[file("z.json", b"{}")])
        .await
        .unwrap();
    workspace::append("w-2016", "ignored: it has a name", &[file("c.json", b"{}")])
        .await
        .unwrap();
    workspace::save_filter("w-2016", "{\"drafts\":true}")
        .await
        .unwrap();
    let stored = workspace::load("w-2016").await.unwrap();
    let names: Vec<&str> = stored.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["a.json", "b.age", "c.json"]);
    assert_eq!(stored.files[1].bytes, [0, 159, 255]);
    assert_eq!(stored.filter.as_deref(), Some("{\"drafts\":true}"));
    assert_eq!(workspace::load("w-2017").await.unwrap().files.len(), 1);
    let named = |id: &str, name: &str| Named {
        id: id.into(),
        name: name.into(),
    };
    assert_eq!(
        workspace::list().await.unwrap(),
        [named("w-2016", "2016 call"), named("w-2017", "2017 call")]
    );
    workspace::name("w-2017", "Cycle 2017").await.unwrap();
    // The storage fills up at the second file of a batch of three: none of them is kept.
    let restore = break_idb_put(1);
    let full = workspace::append(
        "w-2016",
        "",
        &[file("d", b"1"), file("e", b"2"), file("f", b"3")],
    )
    .await;
    restore.call0(&JsValue::NULL).unwrap();
    assert_eq!(full, Err(StorageError::Full));
    assert_eq!(workspace::load("w-2016").await.unwrap().files.len(), 3);
    // Deleting one leaves the other whole.
    workspace::delete("w-2016").await.unwrap();
    assert_eq!(workspace::load("w-2016").await.unwrap(), Default::default());
    assert_eq!(
        workspace::list().await.unwrap(),
        [named("w-2017", "Cycle 2017")]
    );
    assert_eq!(workspace::load("w-2017").await.unwrap().files.len(), 1);
    workspace::delete("w-2017").await.unwrap();
}

#[wasm_bindgen_test]
fn questionnaires_are_kept_by_hash_and_a_draft_finds_its_own() {
    use bpf_survey::core::questionnaire::{self, EXAMPLE_2017_JSON};
    use bpf_survey::web::questionnaires;
    let example = questionnaire::parse(EXAMPLE_2017_JSON).unwrap();
    questionnaires::keep(EXAMPLE_2017_JSON, &example, None);
    // A kept copy that no longer reads is passed over, never shown half-read.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(
            "bpf-survey/v1/questionnaire/broken",
            "{\"id\": \"<script>\"}",
        )
        .unwrap();
    let known = questionnaires::known();
    assert_eq!(known[0].hash, questionnaire::builtin().hash);
    assert_eq!(known.iter().filter(|q| q.hash == example.hash).count(), 1);
    assert_eq!(known.len(), 2);
    // A response names the questionnaire by hash; one begun before hashes by id and version.
    let mut named = example.reference();
    assert_eq!(
        questionnaires::find(&known, &named).unwrap().hash,
        example.hash
    );
    named.hash = "0".repeat(64);
    assert!(
        questionnaires::find(&known, &named).is_none(),
        "another edition"
    );
    named.hash = String::new();
    assert_eq!(
        questionnaires::find(&known, &named).unwrap().hash,
        example.hash
    );
    storage
        .remove_item("bpf-survey/v1/questionnaire/broken")
        .unwrap();
    storage
        .remove_item(&format!("bpf-survey/v1/questionnaire/{}", example.hash))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_workspace_keeps_its_questionnaire_until_it_is_deleted() {
    use bpf_survey::core::questionnaire::EXAMPLE_2017_JSON;
    use bpf_survey::web::workspace;
    workspace::save_questionnaire("w-questionnaire", Some(EXAMPLE_2017_JSON))
        .await
        .unwrap();
    let stored = workspace::load("w-questionnaire").await.unwrap();
    assert_eq!(stored.questionnaire.as_deref(), Some(EXAMPLE_2017_JSON));
    assert!(
        workspace::list()
            .await
            .unwrap()
            .iter()
            .any(|w| w.id == "w-questionnaire")
    );
    // Back to the built-in one: nothing kept.
    workspace::save_questionnaire("w-questionnaire", None)
        .await
        .unwrap();
    assert_eq!(
        workspace::load("w-questionnaire")
            .await
            .unwrap()
            .questionnaire,
        None
    );
    workspace::save_questionnaire("w-questionnaire", Some(EXAMPLE_2017_JSON))
        .await
        .unwrap();
    workspace::delete("w-questionnaire").await.unwrap();
    assert_eq!(
        workspace::load("w-questionnaire").await.unwrap(),
        Default::default()
    );
}
