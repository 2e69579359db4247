//! REFI-QDA exchange: the codebook (`.qdc`) and a project (`.qdpx`) for QualCoder, NVivo, ATLAS.ti and MAXQDA: each published answer a text source, each published respondent a case with their attributes, each question's themes and the secretariat's codes as codes, with the answers coded. Only what may be published, under the open data's pseudonyms; the same data always gives the same file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;

use super::docx::xml;
use super::edits::Decisions;
use super::export;
use super::format;
use super::questionnaire::Questionnaire;
use super::response::{Publication, Response};
use super::synthesis::Synthesis;
use super::synthesis::people;
use super::time::Timestamp;

/// The project file's MIME type (a zip).
pub const MIME: &str = "application/zip";

/// A GUID made from `seed`: the same seed, the same GUID (so exports of the same data agree).
fn guid(seed: &str) -> String {
    let d = format::sha256_hex(format!("bpf-survey/refi/v1:{seed}").as_bytes());
    format!(
        "{}-{}-4{}-a{}-{}",
        &d[0..8],
        &d[8..12],
        &d[13..16],
        &d[17..20],
        &d[20..32]
    )
}

/// One code: its GUID, name, description, and child codes.
struct Code {
    guid: String,
    name: String,
    description: String,
    codable: bool,
    children: Vec<Code>,
}

fn write_codes(out: &mut String, codes: &[Code]) {
    for c in codes {
        let _ = write!(
            out,
            "<Code guid=\"{}\" name=\"{}\" isCodable=\"{}\">",
            c.guid,
            xml(&c.name),
            c.codable
        );
        if !c.description.is_empty() {
            let _ = write!(out, "<Description>{}</Description>", xml(&c.description));
        }
        write_codes(out, &c.children);
        out.push_str("</Code>");
    }
}

/// The codebook: for each question a code holding its themes (named as on the page), then the
/// secretariat's codebook (the Sustainable Development Goals and its own codes).
fn codebook(s: &Synthesis, q: &Questionnaire, decisions: &Decisions) -> Vec<Code> {
    let mut codes: Vec<Code> = s
        .questions
        .iter()
        .map(|qs| Code {
            guid: guid(&format!("question:{}", qs.id)),
            name: format!("Question {}: themes", qs.number),
            description: q
                .questions
                .iter()
                .find(|x| x.id == qs.id)
                .map(|x| x.text.get("en").to_string())
                .unwrap_or_default(),
            codable: false,
            children: qs
                .themes
                .iter()
                .map(|t| Code {
                    guid: guid(&format!("theme:{}:{}", qs.id, t.anchors.join(","))),
                    name: format!("{} ({})", t.title(), t.language),
                    description: String::new(),
                    codable: true,
                    children: Vec::new(),
                })
                .collect(),
        })
        .collect();
    codes.push(Code {
        guid: guid("codebook"),
        name: "Codes".into(),
        description: "The Sustainable Development Goals and the secretariat's own codes.".into(),
        codable: false,
        children: decisions
            .codebook()
            .into_iter()
            .map(|(key, name, _)| Code {
                guid: guid(&format!("code:{key}")),
                name,
                description: String::new(),
                codable: true,
                children: Vec::new(),
            })
            .collect(),
    });
    codes
}

/// The codebook alone, as a `.qdc` file.
pub fn qdc(s: &Synthesis, q: &Questionnaire, decisions: &Decisions) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"bpf-survey\"><Codes>",
    );
    write_codes(&mut out, &codebook(s, q, decisions));
    out.push_str("</Codes></CodeBook>\n");
    out
}

/// The project as a `.qdpx` file: `project.qde` and one `Sources/<guid>.txt` per answer.
/// `s` is the synthesis as the worker holds it (with each theme's members).
pub fn qdpx<'a>(
    s: &Synthesis,
    q: &Questionnaire,
    decisions: &Decisions,
    responses: impl IntoIterator<Item = &'a Response>,
    data_as_of: Timestamp,
) -> Result<Vec<u8>, String> {
    let responses: Vec<&Response> = responses.into_iter().collect();
    // The themes each real id is in, per question; the published copies are pseudonymous.
    let mut theme_of: BTreeMap<(&str, &str), String> = BTreeMap::new();
    for qs in &s.questions {
        for (t, members) in qs.theme_members.iter().enumerate() {
            if let Some(theme) = qs.themes.get(t) {
                let code = guid(&format!("theme:{}:{}", qs.id, theme.anchors.join(",")));
                for id in members {
                    theme_of.insert((qs.id.as_str(), id.as_str()), code.clone());
                }
            }
        }
    }
    let published: Vec<(&Response, Response)> = {
        let mut by_pseudonym: BTreeMap<String, &Response> = responses
            .iter()
            .map(|r| (export::pseudonym(&r.id).to_string(), *r))
            .collect();
        export::publishable(responses.iter().copied())
            .into_iter()
            .filter_map(|p| Some((by_pseudonym.remove(&p.id.to_string())?, p)))
            .collect()
    };
    let user = guid("user");
    let when = format!(
        "{}Z",
        data_as_of
            .to_rfc3339()
            .split('.')
            .next()
            .unwrap_or("1970-01-01T00:00:00")
            .trim_end_matches('Z')
    );
    let variables = [
        "Stakeholder group",
        "Country",
        "Region",
        "Capacity",
        "Form language",
        "Publication",
    ];
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"{}\" origin=\"bpf-survey\" creatingUserGUID=\"{user}\" creationDateTime=\"{when}\"><Users><User guid=\"{user}\" name=\"bpf-survey\"/></Users><CodeBook><Codes>",
        xml(q.title.get("en"))
    );
    write_codes(&mut out, &codebook(s, q, decisions));
    out.push_str("</Codes></CodeBook><Variables>");
    for v in variables {
        let _ = write!(
            out,
            "<Variable guid=\"{}\" name=\"{v}\" typeOfVariable=\"Text\"/>",
            guid(&format!("variable:{v}"))
        );
    }
    out.push_str("</Variables>");
    let mut cases = String::new();
    let mut sources = String::new();
    let mut files: Vec<(String, String)> = Vec::new();
    for (real, p) in &published {
        let pseudonym = p.id.to_string();
        let who = match p.publication {
            Some(Publication::Named) if !p.respondent.name.is_empty() => {
                if p.respondent.organisation.is_empty() {
                    p.respondent.name.clone()
                } else {
                    format!("{}, {}", p.respondent.name, p.respondent.organisation)
                }
            }
            _ => format!("Respondent {}", &pseudonym[..8]),
        };
        let values = [
            people::group_of(p).1.to_string(),
            p.respondent
                .country
                .map(|c| c.name().to_string())
                .unwrap_or_default(),
            people::region_of(p).1,
            people::capacity_of(p).1.to_string(),
            p.language.clone(),
            p.publication.map_or("", Publication::key).to_string(),
        ];
        let mut refs = String::new();
        for qs in &s.questions {
            let text = p.answer(&qs.id);
            if text.trim().is_empty() {
                continue;
            }
            let source = guid(&format!("source:{pseudonym}:{}", qs.id));
            let _ = write!(refs, "<SourceRef targetGUID=\"{source}\"/>");
            let mut codings = String::new();
            let mut coded = Vec::new();
            if let Some(theme) = theme_of.get(&(qs.id.as_str(), real.id.as_str())) {
                coded.push(theme.clone());
            }
            let (applied, _) = decisions.codes_of(&qs.id, real.id.as_str(), text);
            coded.extend(applied.iter().map(|c| guid(&format!("code:{c}"))));
            for (k, code) in coded.iter().enumerate() {
                let _ = write!(
                    codings,
                    "<Coding guid=\"{}\" creatingUser=\"{user}\" creationDateTime=\"{when}\"><CodeRef targetGUID=\"{code}\"/></Coding>",
                    guid(&format!("coding:{source}:{k}"))
                );
            }
            let selection = if codings.is_empty() {
                String::new()
            } else {
                format!(
                    "<PlainTextSelection guid=\"{}\" name=\"{}\" startPosition=\"0\" endPosition=\"{}\" creatingUser=\"{user}\" creationDateTime=\"{when}\">{codings}</PlainTextSelection>",
                    guid(&format!("selection:{source}")),
                    xml(&format!("Question {}", qs.number)),
                    text.chars().count()
                )
            };
            let _ = write!(
                sources,
                "<TextSource guid=\"{source}\" name=\"{}\" plainTextPath=\"internal://{source}.txt\" creatingUser=\"{user}\" creationDateTime=\"{when}\">{selection}</TextSource>",
                xml(&format!("{who} – Question {}", qs.number))
            );
            files.push((format!("Sources/{source}.txt"), text.to_string()));
        }
        let _ = write!(
            cases,
            "<Case guid=\"{}\" name=\"{}\">",
            guid(&format!("case:{pseudonym}")),
            xml(&who)
        );
        for (v, value) in variables.iter().zip(values) {
            let _ = write!(
                cases,
                "<VariableValue><VariableRef targetGUID=\"{}\"/><TextValue>{}</TextValue></VariableValue>",
                guid(&format!("variable:{v}")),
                xml(&value)
            );
        }
        cases.push_str(&refs);
        cases.push_str("</Case>");
    }
    if !cases.is_empty() {
        let _ = write!(out, "<Cases>{cases}</Cases>");
    }
    if !sources.is_empty() {
        let _ = write!(out, "<Sources>{sources}</Sources>");
    }
    out.push_str("</Project>\n");

    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("project.qde", options)
        .map_err(|e| e.to_string())?;
    zip.write_all(out.as_bytes()).map_err(|e| e.to_string())?;
    for (name, text) in files {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        // Plain text as REFI-QDA asks: UTF-8 without a byte-order mark; positions count its
        // characters.
        zip.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}
