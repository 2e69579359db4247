//! File names for downloads: recognisable to the person who saves them and safe on every operating system.

use super::time::Timestamp;

/// `bpf-response-<organisation-or-anonymous>-<YYYY-MM-DD>.json`.
pub fn response_filename(organisation: &str, exported: Timestamp) -> String {
    let who = slug(organisation);
    let who = if who.is_empty() {
        "anonymous".to_string()
    } else {
        who
    };
    format!("bpf-response-{who}-{}.json", exported.date())
}

/// `bpf-response-<YYYY-MM-DD>.json.age`: a response file sealed to the Secretariat's key. No
/// organisation in it: the name travels in mail and is shown to the page that frames the form.
pub fn sealed_filename(exported: Timestamp) -> String {
    format!("bpf-response-{}.json.age", exported.date())
}

/// `bpf-private-copy-<organisation-or-anonymous>-<YYYY-MM-DD>.json`: a copy of an unfinished
/// response for the person's own keeping, named so that nobody takes it for one to send.
pub fn private_copy_filename(organisation: &str, saved: Timestamp) -> String {
    response_filename(organisation, saved).replacen("bpf-response-", "bpf-private-copy-", 1)
}

/// What the page that frames the form is told was downloaded: the kind of file and its date,
/// never the organisation.
pub fn host_filename(kind: &str, saved: Timestamp) -> String {
    format!("bpf-{kind}-{}.json", saved.date())
}

/// `bpf-comments-<version>-<YYYY-MM-DD>.json` (`.json.age` when sealed), for a review reader's
/// comment file: the draft version it answers, no name (it travels in mail).
pub fn comments_filename(version: &str, exported: Timestamp, sealed: bool) -> String {
    let version = slug(version);
    let end = if sealed { ".json.age" } else { ".json" };
    format!("bpf-comments-{version}-{}{end}", exported.date())
}

/// `bpf-responses-<count>-<YYYY-MM-DD>.json`, for a bundle.
pub fn bundle_filename(count: usize, created: Timestamp) -> String {
    format!("bpf-responses-{count}-{}.json", created.date())
}

/// `bpf-workspace-<name-or-unnamed>-<YYYY-MM-DD>.json`, for a workspace file.
pub fn workspace_filename(name: &str, exported: Timestamp) -> String {
    let name = slug(name);
    let name = if name.is_empty() {
        "unnamed".to_string()
    } else {
        name
    };
    format!("bpf-workspace-{name}-{}.json", exported.date())
}

/// Letters and digits of any script (Latin ones in lower case), other runs folded to one `-`,
/// at most 40 characters: nothing a file system or a mail client could misread. Only ASCII is
/// lower-cased: full Unicode case tables would cost respondents 4 KB for a file name.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.chars().count() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_files_safely() {
        let t = Timestamp::from_millis(1_474_295_405_250);
        assert_eq!(
            response_filename("Nigeria IGF (NIGF)", t),
            "bpf-response-nigeria-igf-nigf-2016-09-19.json"
        );
        assert_eq!(
            response_filename("  ", t),
            "bpf-response-anonymous-2016-09-19.json"
        );
        assert_eq!(
            response_filename("../../etc/passwd", t),
            "bpf-response-etc-passwd-2016-09-19.json"
        );
        assert_eq!(
            response_filename("Ministère du Numérique", t),
            "bpf-response-ministère-du-numérique-2016-09-19.json"
        );
        assert_eq!(
            response_filename("<script>", t),
            "bpf-response-script-2016-09-19.json"
        );
        assert_eq!(
            response_filename(&"a".repeat(100), t).len(),
            "bpf-response--2016-09-19.json".len() + 40
        );
        assert_eq!(bundle_filename(12, t), "bpf-responses-12-2016-09-19.json");
    }
}
