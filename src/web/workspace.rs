//! The secretariat's workspace in IndexedDB: the files loaded, as they came (encrypted ones still encrypted; an identity file never), and the filter, so that reopening the page gives the same set. Each batch of files is written in one transaction: all of it or none of it.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "bpf-survey-workspace";
const VERSION: u32 = 1;
/// The files, in the order they were loaded: keys 0, 1, 2…; each value `[name, bytes, size]`.
const FILES: &str = "files";
/// The filter (as JSON), under the key `filter`.
const META: &str = "meta";

/// A file kept in the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredFile {
    /// Its name when it was loaded.
    pub name: String,
    /// Its size, in bytes (a file over the size limit is kept as its name and size only).
    pub size: usize,
    /// Its bytes, as they came.
    pub bytes: Vec<u8>,
}

/// What the workspace holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    /// The files, in the order they were loaded.
    pub files: Vec<StoredFile>,
    /// The filter, as JSON, if one was saved.
    pub filter: Option<String>,
}

/// Why the workspace could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WorkspaceError {
    /// No IndexedDB: blocked by settings, a sandboxed frame or private browsing.
    #[error("this browser does not let the page keep data ({0})")]
    Unavailable(String),
    /// The storage quota is used up.
    #[error("the browser's storage for this page is full")]
    Full,
    /// Any other failure.
    #[error("the browser refused to save ({0})")]
    Failed(String),
}

fn failed(e: JsValue) -> WorkspaceError {
    let name = Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        WorkspaceError::Full
    } else {
        WorkspaceError::Failed(super::error::describe(&e))
    }
}

/// Waits for a request's result.
async fn result(request: &IdbRequest) -> Result<JsValue, WorkspaceError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let broken = request.clone();
        let on_error = Closure::once_into_js(move || {
            let error = broken
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(failed)
}

/// Waits until a transaction is committed (or fails as a whole).
async fn committed(transaction: &IdbTransaction) -> Result<(), WorkspaceError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let broken = transaction.clone();
        let reject_too = reject.clone();
        let on_error = Closure::once_into_js(move || {
            let error = broken
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("aborted"));
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let aborted = transaction.clone();
        let on_abort = Closure::once_into_js(move || {
            let error = aborted
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("aborted"));
            let _ = reject_too.call1(&JsValue::NULL, &error);
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onerror(Some(on_error.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(failed)
}

async fn open() -> Result<IdbDatabase, WorkspaceError> {
    let unavailable = |e: JsValue| WorkspaceError::Unavailable(super::error::describe(&e));
    let factory = web_sys::window()
        .ok_or_else(|| WorkspaceError::Unavailable("no window".into()))?
        .indexed_db()
        .map_err(unavailable)?
        .ok_or_else(|| WorkspaceError::Unavailable("IndexedDB is missing".into()))?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(unavailable)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            let names = db.object_store_names();
            for store in [FILES, META] {
                if !names.contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(result(&request).await?.unchecked_into())
}

fn stores(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore, IdbObjectStore), WorkspaceError> {
    let names = Array::of2(&FILES.into(), &META.into());
    let transaction = db
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(failed)?;
    let files = transaction.object_store(FILES).map_err(failed)?;
    let meta = transaction.object_store(META).map_err(failed)?;
    Ok((transaction, files, meta))
}

/// Everything the workspace holds.
pub async fn load() -> Result<Stored, WorkspaceError> {
    let db = open().await?;
    let (_, files, meta) = stores(&db, IdbTransactionMode::Readonly)?;
    let all = result(&files.get_all().map_err(failed)?).await?;
    let filter = result(&meta.get(&"filter".into()).map_err(failed)?).await?;
    let files = Array::from(&all)
        .iter()
        .filter_map(|entry| {
            let entry = Array::from(&entry);
            let bytes = entry.get(1).dyn_into::<Uint8Array>().ok()?.to_vec();
            Some(StoredFile {
                name: entry.get(0).as_string()?,
                size: entry.get(2).as_f64().map_or(bytes.len(), |s| s as usize),
                bytes,
            })
        })
        .collect();
    db.close();
    Ok(Stored {
        files,
        filter: filter.as_string(),
    })
}

/// Adds a batch of files after those already kept, in one transaction: all of them are kept,
/// or none is.
pub async fn append(batch: &[StoredFile]) -> Result<(), WorkspaceError> {
    let db = open().await?;
    let (transaction, files, _) = stores(&db, IdbTransactionMode::Readwrite)?;
    let count = result(&files.count().map_err(failed)?).await?;
    let first = count.as_f64().unwrap_or(0.0);
    for (i, file) in batch.iter().enumerate() {
        let value = Array::of3(
            &file.name.as_str().into(),
            &Uint8Array::from(file.bytes.as_slice()),
            &JsValue::from_f64(file.size as f64),
        );
        if let Err(e) = files.put_with_key(&value, &JsValue::from_f64(first + i as f64)) {
            // Those already put would be committed with the transaction: none is.
            let _ = transaction.abort();
            db.close();
            return Err(failed(e));
        }
    }
    let outcome = committed(&transaction).await;
    db.close();
    outcome
}

/// Keeps the filter (as JSON).
pub async fn save_filter(json: &str) -> Result<(), WorkspaceError> {
    let db = open().await?;
    let (transaction, _, meta) = stores(&db, IdbTransactionMode::Readwrite)?;
    meta.put_with_key(&json.into(), &"filter".into())
        .map_err(failed)?;
    let outcome = committed(&transaction).await;
    db.close();
    outcome
}

/// Forgets everything the workspace holds.
pub async fn forget() -> Result<(), WorkspaceError> {
    let db = open().await?;
    let (transaction, files, meta) = stores(&db, IdbTransactionMode::Readwrite)?;
    files.clear().map_err(failed)?;
    meta.clear().map_err(failed)?;
    let outcome = committed(&transaction).await;
    db.close();
    outcome
}

/// How much this site stores and may store, in bytes (`navigator.storage.estimate()`).
pub async fn usage() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    let get = |k: &str| Reflect::get(&estimate, &k.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}

/// Asks the browser to keep this site's data even when space runs short
/// (`navigator.storage.persist()`); whether it agreed, `None` if it could not be asked.
pub async fn persist() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    JsFuture::from(storage.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}
