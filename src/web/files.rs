//! Reading the files a person chooses or drops: their name (with the folder's path when a folder was chosen), size and bytes. A file over the limit is not read at all, so a huge one never holds the page.

use wasm_bindgen_futures::JsFuture;

use super::error::BrowserError;

/// A chosen file, read.
pub struct ChosenFile {
    /// Its name; with its path inside the folder, when a folder was chosen.
    pub name: String,
    /// Its size in bytes.
    pub size: usize,
    /// Its bytes: empty when it is over the limit, or could not be read (removed meanwhile,
    /// no permission), which the importer reports as an empty file.
    pub bytes: Vec<u8>,
}

/// The files in a list (from a file input or a drop).
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads `file`, unless it is larger than `max_bytes`.
pub async fn read(file: &web_sys::File, max_bytes: usize) -> ChosenFile {
    let size = file.size() as usize;
    let bytes = if size > max_bytes {
        Vec::new()
    } else {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        }
    };
    ChosenFile {
        name: path(file),
        size,
        bytes,
    }
}

/// A chosen file's name; with its path inside the folder, when a folder was chosen.
pub fn path(file: &web_sys::File) -> String {
    let path = js_sys::Reflect::get(file, &"webkitRelativePath".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if path.is_empty() { file.name() } else { path }
}

/// Reads a small text file (an identity file).
pub async fn read_text(file: &web_sys::File) -> Result<String, BrowserError> {
    JsFuture::from(file.text())
        .await
        .map_err(|e| BrowserError::thrown(&e))?
        .as_string()
        .ok_or_else(|| BrowserError::Threw("not text".into()))
}

/// The file chosen in the `<input type="file">` an event came from, if one was; the input is
/// emptied, so the same file can be chosen again (after a mistake, or a changed file).
pub fn take_chosen(event: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}
