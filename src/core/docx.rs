//! Part II as a Word document (`.docx`, Office Open XML): the same blocks as the Markdown and HTML exports, with Word's own heading, quote and list styles, so it opens in Word, LibreOffice and Google Docs and people continue from it. Written by hand (a few XML parts in a zip) rather than with a document crate: the blocks are few, and the zip is the one the XLSX writer already brings.

use std::fmt::Write as _;
use std::io::Write as _;

use super::export::{self, DocumentInfo, Writer};
use super::synthesis::Synthesis;
use super::time::Timestamp;

/// Its MIME type.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Text as XML character data: escaped, and without the characters XML 1.0 cannot hold (C0
/// controls other than tab and line feeds, U+FFFE, U+FFFF), which a person may have pasted.
pub(crate) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether text reads right to left: its first letter of a strong direction is Arabic or
/// Hebrew.
fn right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
}

/// Runs of `text`: line breaks as `<w:br/>`, tabs as `<w:tab/>`; `props` on each run.
fn runs(text: &str, props: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            let _ = write!(out, "<w:r>{props}<w:br/></w:r>");
        }
        let line = line.trim_end_matches('\r');
        if !line.is_empty() {
            let _ = write!(
                out,
                "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                xml(line).replace('\t', "</w:t><w:tab/><w:t xml:space=\"preserve\">")
            );
        }
    }
    out
}

struct Docx {
    body: String,
    // Whether the document's own words (headings, sentences) read right to left.
    rtl: bool,
}

impl Docx {
    fn paragraph(&mut self, style: Option<&str>, content: &str, rtl: bool) {
        let mut props = String::new();
        if let Some(style) = style {
            let _ = write!(props, "<w:pStyle w:val=\"{style}\"/>");
        }
        if rtl {
            props.push_str("<w:bidi/>");
        }
        let _ = write!(self.body, "<w:p><w:pPr>{props}</w:pPr>{content}</w:p>");
    }

    /// A person's words read in their own direction; the document's in its language's.
    fn direction(&self, text: &str, person: bool) -> bool {
        if person {
            right_to_left(text)
        } else {
            self.rtl
        }
    }

    fn text_props(rtl: bool) -> &'static str {
        if rtl { "<w:rPr><w:rtl/></w:rPr>" } else { "" }
    }
}

impl Writer for Docx {
    fn heading(&mut self, level: usize, text: &str, person: bool) {
        let rtl = self.direction(text, person);
        let style = format!("Heading{}", level.clamp(1, 4));
        self.paragraph(Some(&style), &runs(text, Self::text_props(rtl)), rtl);
    }
    fn note(&mut self, text: &str) {
        let rtl = self.rtl;
        self.paragraph(Some("Note"), &runs(text, Self::text_props(rtl)), rtl);
    }
    fn paragraph(&mut self, text: &str) {
        let rtl = self.rtl;
        Docx::paragraph(self, None, &runs(text, Self::text_props(rtl)), rtl);
    }
    fn item(&mut self, label: Option<&str>, text: &str, person: bool) {
        let rtl = self.direction(text, person);
        let mut content = String::new();
        if let Some(label) = label {
            content.push_str(&runs(&format!("{label} "), "<w:rPr><w:b/></w:rPr>"));
        }
        content.push_str(&runs(text, Self::text_props(rtl)));
        self.paragraph(Some("ListBullet"), &content, rtl);
    }
    fn end_list(&mut self) {}
    fn chart(&mut self, caption: &str, what: &str, count: &str, rows: &[(String, usize)]) {
        let rtl = self.rtl;
        self.paragraph(Some("Caption"), &runs(caption, Self::text_props(rtl)), rtl);
        let cell = |text: &str, bold: bool, right: bool| {
            let jc = if right { "<w:jc w:val=\"right\"/>" } else { "" };
            let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
            format!(
                "<w:tc><w:p><w:pPr><w:spacing w:after=\"0\"/>{jc}</w:pPr>{}</w:p></w:tc>",
                runs(text, props)
            )
        };
        let _ = write!(
            self.body,
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>{}<w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"CCCCCC\"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"5000\"/><w:gridCol w:w=\"1500\"/></w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>{}{}</w:tr>",
            if rtl { "<w:bidiVisual/>" } else { "" },
            cell(what, true, false),
            cell(count, true, true)
        );
        for (label, count) in rows {
            let _ = write!(
                self.body,
                "<w:tr>{}{}</w:tr>",
                cell(label, false, false),
                cell(&count.to_string(), false, true)
            );
        }
        // Word needs a paragraph between a table and what follows.
        self.body.push_str("</w:tbl><w:p/>");
    }
    fn quote(&mut self, text: &str, who: &str) {
        let rtl = right_to_left(text);
        self.paragraph(
            Some("Quote"),
            &runs(&format!("“{text}”"), Self::text_props(rtl)),
            rtl,
        );
        self.paragraph(
            Some("QuoteSource"),
            &runs(&format!("— {who}"), ""),
            right_to_left(who),
        );
    }
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#;

/// Bullets for the "List Bullet" style.
const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

/// Word's built-in style ids (so "Heading 1" is Word's own and feeds its navigation pane and
/// table of contents), and two of ours: the note and the quote's source.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Microsoft YaHei" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="999999"/></w:pBdr></w:pPr><w:rPr><w:i/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="QuoteSource"><w:name w:val="Quote Source"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="567"/><w:jc w:val="left"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="555555"/></w:rPr></w:style></w:styles>"#;

/// Part II as a `.docx` file, dated by the data (so the same data gives the same file).
pub fn docx(s: &Synthesis, info: &DocumentInfo) -> Result<Vec<u8>, String> {
    let mut w = Docx {
        body: String::new(),
        rtl: info.words.is_rtl(),
    };
    export::part_two(&mut w, s, info);
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
        w.body
    );
    let date = info
        .data_as_of
        .unwrap_or(Timestamp::from_millis(0))
        .to_rfc3339();
    let date = format!(
        "{}Z",
        date.split('.')
            .next()
            .unwrap_or(&date)
            .trim_end_matches('Z')
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:language>{}</dc:language><dc:creator>bpf-survey</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>",
        xml(&export::document_title(info)),
        info.words.language()
    );
    // The proofing language of every run: the document's, its script's slot included.
    let styles = STYLES.replace(
        "<w:lang w:val=\"en-GB\"/>",
        match info.words.language() {
            "ar" => "<w:lang w:val=\"ar-SA\" w:bidi=\"ar-SA\"/>",
            "zh" => "<w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/>",
            "fr" => "<w:lang w:val=\"fr-FR\"/>",
            "es" => "<w:lang w:val=\"es-ES\"/>",
            "ru" => "<w:lang w:val=\"ru-RU\"/>",
            _ => "<w:lang w:val=\"en-GB\"/>",
        },
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", &styles),
        ("word/numbering.xml", NUMBERING),
        ("word/document.xml", &document),
        ("docProps/core.xml", &core),
    ] {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}
