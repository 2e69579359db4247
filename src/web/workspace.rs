//! The secretariat's workspaces in IndexedDB, one per call or cycle: each keeps the files loaded, as they came (encrypted ones still encrypted; an identity file never), and the filter, so that reopening the page gives the same set. Each write is one transaction: all of it or none of it.

use super::storage::{StorageError, classify};
use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbKeyRange, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "bpf-survey-workspace";
const VERSION: u32 = 2;
/// The workspaces: key the workspace's id, value its name.
const WORKSPACES: &str = "workspaces";
/// The files, in the order they were loaded: key `[workspace id, 0, 1, 2…]`, value
/// `[name, bytes, size]`.
const FILES: &str = "files";
/// Each workspace's filter, edits and questionnaire (as JSON): keys `[workspace id, "filter"]`,
/// `[workspace id, "edits"]` and `[workspace id, "questionnaire"]` (absent: the built-in one).
const META: &str = "meta";
/// Where the page remembers which workspace is open (`localStorage`).
const CURRENT: &str = "bpf-survey-workspace-current";
/// The id of the workspace used when there is none.
pub const FIRST: &str = "workspace-1";

/// A workspace: its id and the name the secretariat gave it (empty: never named).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
}

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
    /// The secretariat's edits, as JSON, if any were made.
    pub edits: Option<String>,
    /// The questionnaire's file, if the workspace is not for the built-in one.
    pub questionnaire: Option<String>,
}

/// Waits for a request's result.
async fn result(request: &IdbRequest) -> Result<JsValue, StorageError> {
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
    JsFuture::from(promise).await.map_err(classify)
}

/// Waits until a transaction is committed (or fails as a whole).
async fn committed(transaction: &IdbTransaction) -> Result<(), StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        // An error, or an abort (which an error also causes): the first one rejects.
        let fail = || {
            let (broken, reject) = (transaction.clone(), reject.clone());
            Closure::once_into_js(move || {
                let error = broken
                    .error()
                    .map(JsValue::from)
                    .unwrap_or_else(|| JsValue::from_str("aborted"));
                let _ = reject.call1(&JsValue::NULL, &error);
            })
        };
        let (on_error, on_abort) = (fail(), fail());
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onerror(Some(on_error.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(classify)
}

async fn open() -> Result<IdbDatabase, StorageError> {
    let unavailable = |e: JsValue| StorageError::Unavailable(super::error::describe(&e));
    let factory = web_sys::window()
        .ok_or_else(|| StorageError::Unavailable("no window".into()))?
        .indexed_db()
        .map_err(unavailable)?
        .ok_or_else(|| StorageError::Unavailable("IndexedDB is missing".into()))?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(unavailable)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            // Version 1 (one workspace, never released) is dropped.
            let names = db.object_store_names();
            for i in 0..names.length() {
                if let Some(name) = names.item(i) {
                    let _ = db.delete_object_store(&name);
                }
            }
            for store in [WORKSPACES, FILES, META] {
                let _ = db.create_object_store(store);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(result(&request).await?.unchecked_into())
}

/// A transaction over the three stores.
struct Stores {
    transaction: IdbTransaction,
    workspaces: web_sys::IdbObjectStore,
    files: web_sys::IdbObjectStore,
    meta: web_sys::IdbObjectStore,
}

fn stores(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<Stores, StorageError> {
    let names = Array::of3(&WORKSPACES.into(), &FILES.into(), &META.into());
    let transaction = db
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(classify)?;
    Ok(Stores {
        workspaces: transaction.object_store(WORKSPACES).map_err(classify)?,
        files: transaction.object_store(FILES).map_err(classify)?,
        meta: transaction.object_store(META).map_err(classify)?,
        transaction,
    })
}

/// The keys of a workspace's files: `[id, n]` for every number `n`.
fn files_of(id: &str) -> Result<JsValue, StorageError> {
    IdbKeyRange::bound(
        &Array::of1(&id.into()),
        &Array::of2(&id.into(), &Array::new()),
    )
    .map(JsValue::from)
    .map_err(classify)
}

fn filter_key(id: &str) -> JsValue {
    Array::of2(&id.into(), &"filter".into()).into()
}

fn questionnaire_key(id: &str) -> JsValue {
    Array::of2(&id.into(), &"questionnaire".into()).into()
}

fn edits_key(id: &str) -> JsValue {
    Array::of2(&id.into(), &"edits".into()).into()
}

/// Commits a write and closes the database.
async fn finish(db: IdbDatabase, s: Stores) -> Result<(), StorageError> {
    let outcome = committed(&s.transaction).await;
    db.close();
    outcome
}

/// The workspaces, in the order of their ids.
pub async fn list() -> Result<Vec<Named>, StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readonly)?;
    let keys = result(&s.workspaces.get_all_keys().map_err(classify)?).await?;
    let names = result(&s.workspaces.get_all().map_err(classify)?).await?;
    db.close();
    Ok(Array::from(&keys)
        .iter()
        .zip(Array::from(&names).iter())
        .filter_map(|(id, name)| {
            Some(Named {
                id: id.as_string()?,
                name: name.as_string().unwrap_or_default(),
            })
        })
        .collect())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The workspace the page opens: the one this tab opened (kept through its reloads, whatever
/// other tabs open meanwhile), else the one last chosen in this browser, else [`FIRST`]; a new
/// tab keeps to the one it opens first.
pub fn current() -> String {
    let get = |s: &web_sys::Storage| {
        s.get_item(CURRENT)
            .ok()
            .flatten()
            .filter(|id| !id.is_empty())
    };
    let tab = session_storage();
    if let Some(id) = tab.as_ref().and_then(get) {
        return id;
    }
    let id = local_storage()
        .as_ref()
        .and_then(get)
        .unwrap_or_else(|| FIRST.to_string());
    if let Some(tab) = tab {
        let _ = tab.set_item(CURRENT, &id);
    }
    id
}

/// Forgets which workspace this tab opened (another tab deleted it): a reload opens the one last
/// chosen in this browser.
pub fn forget_tab_choice() {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(CURRENT);
    }
}

/// Makes `id` the workspace this tab opens, and a new tab too.
pub fn choose(id: &str) {
    for s in [session_storage(), local_storage()].into_iter().flatten() {
        let _ = s.set_item(CURRENT, id);
    }
}

/// Names a workspace (making it if it does not exist yet).
pub async fn name(id: &str, name: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readwrite)?;
    s.workspaces
        .put_with_key(&name.into(), &id.into())
        .map_err(classify)?;
    finish(db, s).await
}

/// Deletes a workspace: its name, files, filter and edits, in one transaction.
pub async fn delete(id: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readwrite)?;
    s.workspaces.delete(&id.into()).map_err(classify)?;
    s.files.delete(&files_of(id)?).map_err(classify)?;
    s.meta.delete(&filter_key(id)).map_err(classify)?;
    s.meta.delete(&edits_key(id)).map_err(classify)?;
    s.meta.delete(&questionnaire_key(id)).map_err(classify)?;
    finish(db, s).await
}

/// Everything a workspace holds.
pub async fn load(id: &str) -> Result<Stored, StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readonly)?;
    let all = result(&s.files.get_all_with_key(&files_of(id)?).map_err(classify)?).await?;
    let filter = result(&s.meta.get(&filter_key(id)).map_err(classify)?).await?;
    let edits = result(&s.meta.get(&edits_key(id)).map_err(classify)?).await?;
    let questionnaire = result(&s.meta.get(&questionnaire_key(id)).map_err(classify)?).await?;
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
        edits: edits.as_string(),
        questionnaire: questionnaire.as_string(),
    })
}

/// Adds a batch of files after those a workspace already keeps (making it, with the name
/// `name`, if it does not exist yet), in one transaction: all of them are kept, or none is.
pub async fn append(id: &str, name: &str, batch: &[StoredFile]) -> Result<(), StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readwrite)?;
    let known = result(&s.workspaces.get(&id.into()).map_err(classify)?).await?;
    if known.is_undefined() {
        s.workspaces
            .put_with_key(&name.into(), &id.into())
            .map_err(classify)?;
    }
    let count = result(&s.files.count_with_key(&files_of(id)?).map_err(classify)?).await?;
    let first = count.as_f64().unwrap_or(0.0);
    for (i, file) in batch.iter().enumerate() {
        let value = Array::of3(
            &file.name.as_str().into(),
            &Uint8Array::from(file.bytes.as_slice()),
            &JsValue::from_f64(file.size as f64),
        );
        let key = Array::of2(&id.into(), &JsValue::from_f64(first + i as f64));
        if let Err(e) = s.files.put_with_key(&value, &key) {
            // Those already put would be committed with the transaction: none is.
            let _ = s.transaction.abort();
            db.close();
            return Err(classify(e));
        }
    }
    finish(db, s).await
}

/// Keeps a workspace's filter (as JSON).
pub async fn save_filter(id: &str, json: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readwrite)?;
    s.meta
        .put_with_key(&json.into(), &filter_key(id))
        .map_err(classify)?;
    finish(db, s).await
}

/// Keeps the questionnaire a workspace is for (its file; `None`: the built-in one), making the
/// workspace, unnamed, if it does not exist yet.
pub async fn save_questionnaire(id: &str, json: Option<&str>) -> Result<(), StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readwrite)?;
    let known = result(&s.workspaces.get(&id.into()).map_err(classify)?).await?;
    if known.is_undefined() {
        s.workspaces
            .put_with_key(&"".into(), &id.into())
            .map_err(classify)?;
    }
    match json {
        Some(json) => s.meta.put_with_key(&json.into(), &questionnaire_key(id)),
        None => s.meta.delete(&questionnaire_key(id)),
    }
    .map_err(classify)?;
    finish(db, s).await
}

/// Makes workspace `id` named `name` with `files`, the filter, the edits and the questionnaire
/// (as JSON; `None`: the built-in one), in one transaction: all of it is kept, or none of it.
pub async fn create(
    id: &str,
    name: &str,
    files: &[StoredFile],
    filter: &str,
    edits: &str,
    questionnaire: Option<&str>,
) -> Result<(), StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readwrite)?;
    let put = || -> Result<(), StorageError> {
        s.workspaces
            .put_with_key(&name.into(), &id.into())
            .map_err(classify)?;
        for (i, file) in files.iter().enumerate() {
            let value = Array::of3(
                &file.name.as_str().into(),
                &Uint8Array::from(file.bytes.as_slice()),
                &JsValue::from_f64(file.size as f64),
            );
            let key = Array::of2(&id.into(), &JsValue::from_f64(i as f64));
            s.files.put_with_key(&value, &key).map_err(classify)?;
        }
        s.meta
            .put_with_key(&filter.into(), &filter_key(id))
            .map_err(classify)?;
        s.meta
            .put_with_key(&edits.into(), &edits_key(id))
            .map_err(classify)?;
        if let Some(json) = questionnaire {
            s.meta
                .put_with_key(&json.into(), &questionnaire_key(id))
                .map_err(classify)?;
        }
        Ok(())
    };
    if let Err(e) = put() {
        let _ = s.transaction.abort();
        db.close();
        return Err(e);
    }
    finish(db, s).await
}

/// Changes a workspace's edits (as JSON) in one transaction: `change` is given those kept now
/// (another tab may have added to them) and returns what to keep, or `None` to keep them as
/// they are. Returns what was kept.
pub async fn update_edits(
    id: &str,
    change: impl FnOnce(Option<String>) -> Option<String>,
) -> Result<Option<String>, StorageError> {
    let db = open().await?;
    let s = stores(&db, IdbTransactionMode::Readwrite)?;
    let kept = result(&s.meta.get(&edits_key(id)).map_err(classify)?).await?;
    let Some(json) = change(kept.as_string()) else {
        db.close();
        return Ok(kept.as_string());
    };
    s.meta
        .put_with_key(&json.as_str().into(), &edits_key(id))
        .map_err(classify)?;
    finish(db, s).await.map(|()| Some(json))
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
