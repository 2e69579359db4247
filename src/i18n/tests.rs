//! The compiled messages must say exactly what fluent-bundle says, in every language, and
//! every message id the code uses must exist in every file.

use super::*;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// Installs every language file `build.rs` wrote, as the page does when a person chooses one.
/// Installed languages are per thread, and each test runs on its own.
fn install_all() {
    install_built().unwrap();
}

fn source(tag: &str) -> String {
    std::fs::read_to_string(format!("{}/src/i18n/{tag}.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn reference(tag: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source(tag)).expect("valid Fluent");
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
    bundle.add_resource(resource).unwrap();
    bundle
}

/// Arguments for every variable a message may use, with `n` for numbers.
fn sample_args(n: i64) -> Vec<(&'static str, Arg)> {
    let numbers = [
        "count",
        "total",
        "words",
        "characters",
        "step",
        "max",
        "number",
    ];
    let texts = [
        "reading",
        "analysing",
        "id",
        "choice",
        "language",
        "entry",
        "time",
        "reason",
        "file",
        "title",
        "when",
        "subregion",
        "region",
        "version",
    ];
    let mut args: Vec<_> = numbers.iter().map(|k| (*k, Arg::Number(n))).collect();
    args.extend(texts.iter().map(|k| (*k, Arg::Text(format!("«{k} ١٢»")))));
    args
}

/// Every message of a language, the form's and the synthesis page's.
fn all_ids(tag: &str) -> Vec<&'static str> {
    let mut ids: Vec<&str> = catalogue(tag)
        .iter()
        .chain(synthesis_catalogue(tag))
        .map(|(id, _)| *id)
        .collect();
    ids.sort();
    ids
}

#[test]
fn a_size_is_shown_with_the_decimals_that_tell_it_from_its_limit() {
    let limit = 20 * 1_048_576;
    let shown = |b: u64, r: Option<u64>| {
        let s = size(b, r);
        (s.unit, format!("{:.*}", usize::from(s.decimals), s.value))
    };
    assert_eq!(shown(21_000_000, Some(limit)), ("megabyte", "20.03".into()));
    assert_eq!(shown(limit + 1, Some(limit)), ("megabyte", "20.000".into()));
    assert_eq!(shown(limit, Some(limit)), ("megabyte", "20.0".into()));
    assert_eq!(shown(31_457_280, Some(limit)), ("megabyte", "30.0".into()));
    assert_eq!(shown(5_000, None), ("kilobyte", "4.9".into()));
    assert_eq!(shown(300, None), ("kilobyte", "0.3".into()));
    assert_eq!(shown(3_221_225_472, None), ("gigabyte", "3.0".into()));
    assert_eq!(shown(52_428_800, None), ("megabyte", "50.0".into()));
}

#[test]
fn every_message_matches_fluent_bundle() {
    install_all();
    for (tag, ..) in LANGUAGES {
        let bundle = reference(tag);
        let ours = Messages::with_synthesis(tag);
        for id in all_ids(tag) {
            for n in [0, 1, 2, 3, 5, 11, 12, 21, 22, 100, 101, 1_000_000] {
                let args = sample_args(n);
                let mut fluent_args = FluentArgs::new();
                for (k, v) in &args {
                    match v {
                        Arg::Number(n) => fluent_args.set(*k, FluentValue::from(*n)),
                        Arg::Text(t) => fluent_args.set(*k, FluentValue::from(t.clone())),
                    }
                }
                let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap();
                let mut errors = vec![];
                let expected = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert_eq!(ours.t_with(id, &args), expected, "{tag}: {id} with {n}");
            }
        }
    }
}

#[test]
fn plural_categories_match_cldr() {
    install_all();
    use intl_pluralrules::{PluralRuleType, PluralRules};
    for (tag, ..) in LANGUAGES.iter().chain(&[
        ("fr", "", false),
        ("es", "", false),
        ("ru", "", false),
        ("ar", "", false),
        ("zh", "", false),
    ]) {
        let rules = PluralRules::create(
            tag.parse::<unic_langid::LanguageIdentifier>().unwrap(),
            PluralRuleType::CARDINAL,
        )
        .unwrap();
        // intl_pluralrules 7 answers Arabic "other" for 103 where CLDR says "few"; above 100,
        // CLDR's published examples below are the reference instead.
        let limit = if *tag == "ar" { 100 } else { 2_000 };
        for n in (0..limit).chain([1_000_000, 2_000_000, 1_000_001, 10_000_000]) {
            let expected = format!("{:?}", rules.select(n).unwrap()).to_lowercase();
            assert_eq!(plural::category(tag, n as i64), expected, "{tag} {n}");
        }
    }
    // CLDR 45 examples, https://www.unicode.org/cldr/charts/45/supplemental/language_plural_rules.html
    for (n, category) in [
        (100, "other"),
        (102, "other"),
        (103, "few"),
        (110, "few"),
        (111, "many"),
        (199, "many"),
        (1003, "few"),
        (1000, "other"),
    ] {
        assert_eq!(plural::category("ar", n), category, "ar {n}");
    }
    for (n, category) in [
        (21, "one"),
        (111, "many"),
        (1004, "few"),
        (12, "many"),
        (1_000_000, "many"),
    ] {
        assert_eq!(plural::category("ru", n), category, "ru {n}");
    }
}

#[test]
fn negotiates_primary_languages() {
    install_all();
    assert_eq!(negotiate(["fr-CA", "en"]), "fr");
    assert_eq!(negotiate(["de-DE", "ar-EG", "en"]), "ar");
    assert_eq!(negotiate(["zh-Hans-CN"]), "zh");
    assert_eq!(negotiate(["es_419"]), "es");
    assert_eq!(negotiate(["EN-gb"]), "en");
    assert_eq!(negotiate(["de", "pt-BR"]), "en");
    assert_eq!(negotiate([]), "en");
}

#[test]
fn offers_the_six_un_languages_and_only_arabic_is_right_to_left() {
    install_all();
    let tags: Vec<&str> = available().map(|(tag, _)| tag).collect();
    assert_eq!(tags, ["ar", "zh", "en", "fr", "ru", "es"]);
    for tag in tags {
        let m = Messages::new(tag);
        assert_eq!(m.language(), tag);
        assert_eq!(m.is_rtl(), tag == "ar", "{tag}");
        // Each file is a real translation, not a copy of the English.
        if tag != "en" {
            assert_ne!(
                m.t("home-start"),
                Messages::new("en").t("home-start"),
                "{tag}"
            );
        }
    }
}

#[test]
fn counts_agree_with_the_number_in_each_language() {
    install_all();
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let words = |tag: &str, n: usize| {
        plain(Messages::new(tag).t_with(
            "count-words",
            &[("words", number(n)), ("characters", number(n))],
        ))
    };
    assert!(
        words("ru", 21).starts_with("21 слово"),
        "{}",
        words("ru", 21)
    );
    assert!(
        words("ru", 22).starts_with("22 слова"),
        "{}",
        words("ru", 22)
    );
    assert!(
        words("ru", 25).starts_with("25 слов"),
        "{}",
        words("ru", 25)
    );
    assert!(words("fr", 0).starts_with("0 mot,"), "{}", words("fr", 0));
    assert!(words("fr", 2).starts_with("2 mots"), "{}", words("fr", 2));
    assert!(
        words("es", 1).starts_with("1 palabra,"),
        "{}",
        words("es", 1)
    );
    assert!(!words("ar", 3).contains("{"), "{}", words("ar", 3));
    assert_ne!(words("ar", 3), words("ar", 11));
}

#[test]
fn numbers_use_the_plugged_in_format() {
    install_all();
    let m = Messages::new("fr").with_number_format(|lang, n| format!("<{lang}:{n}>"));
    assert!(
        m.t_with("step-of", &[("step", number(2)), ("total", number(5))])
            .contains("<fr:2>")
    );
    assert_eq!(m.number(12), "<fr:12>");
}

#[test]
fn every_category_key_has_a_message() {
    // What `ui::labels` names dynamically; its fixed ids are found by `msg!`.
    install_all();
    let en = Messages::new("en");
    for country in crate::core::countries::Country::all() {
        if let Some(r) = country.region() {
            for code in [r.region_code, r.subregion_code] {
                let id = crate::ui::labels::region(code);
                assert_ne!(en.t(&id), id);
            }
        }
    }
}

#[test]
fn formats_plurals_and_arguments() {
    install_all();
    let m = Messages::new("en");
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(
        plain(m.t_with(
            "count-words",
            &[("words", number(1)), ("characters", number(5))]
        )),
        "1 word, 5 characters"
    );
    assert_eq!(
        plain(m.t_with(
            "count-words",
            &[("words", number(2)), ("characters", number(9))]
        )),
        "2 words, 9 characters"
    );
    assert_eq!(m.t("no-such-message"), "no-such-message");
}

#[test]
fn every_message_id_used_in_the_code_exists_in_every_language() {
    install_all();
    let ids = used_ids(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(ids.len() > 40, "the scan found the ids ({})", ids.len());
    for (tag, ..) in LANGUAGES {
        let all = all_ids(tag);
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| !all.contains(&id.as_str()))
            .collect();
        assert!(missing.is_empty(), "{tag}.ftl lacks {missing:?}");
    }
}

#[test]
fn every_language_has_every_message_english_has() {
    install_all();
    let english = all_ids("en");
    for (tag, ..) in LANGUAGES {
        let theirs = all_ids(tag);
        assert_eq!(theirs, english, "{tag}.ftl");
    }
}

/// Message ids in the code: literals passed to `t(` or `t_with(`, marked with `msg!(`, or
/// returned by the validation's `message_id()`.
fn used_ids(dir: &std::path::Path) -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids.extend(used_ids(&path));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for marker in [".t(\"", ".t_with(\"", "=> \"error-", "msg!(\""] {
            for piece in text.split(marker).skip(1) {
                let id: String = piece.chars().take_while(|c| *c != '"').collect();
                let id = if marker.starts_with("=> ") {
                    format!("error-{id}")
                } else {
                    id
                };
                ids.insert(id);
            }
        }
    }
    ids
}

#[test]
fn the_form_does_not_carry_the_synthesis_messages() {
    install_all();
    let form = Messages::new("en");
    assert_eq!(form.t("synthesis-title"), "synthesis-title");
    assert_eq!(
        Messages::with_synthesis("en").t("synthesis-title"),
        "Synthesis of responses"
    );
    assert_eq!(
        Messages::with_synthesis("en").t("app-name"),
        form.t("app-name")
    );
}

#[test]
fn a_language_not_installed_shows_in_english_and_damaged_files_are_refused() {
    // No install_all(): this thread has only English.
    let m = Messages::new("fr");
    assert_eq!(m.language(), "en");
    assert!(!m.is_rtl());
    assert!(!is_installed("ar", false));
    assert_eq!(
        install("de", false, "[]"),
        Err(InstallError::Unknown("de".into()))
    );
    // Not tokens; a part before any message; a select with no end; a default out of range.
    for bad in [
        "",
        "<html>",
        "\u{1F}TCommencer",
        "\u{1F}Mx\u{1F}Sn\u{1F}Kone\u{1F}Ta",
        "\u{1F}Mx\u{1F}Sn\u{1F}Kone\u{1F}Ta\u{1F}D5\u{1F}E",
        "\u{1F}Mx\u{1F}Qwhat",
    ] {
        assert!(
            matches!(install("fr", false, bad), Err(InstallError::Damaged(_))),
            "{bad:?}"
        );
    }
    assert!(!is_installed("fr", false));
    install("fr", false, "\u{1F}Mhome-start\u{1F}TCommencer").unwrap();
    assert_eq!(Messages::new("fr").t("home-start"), "Commencer");
    // What the file lacks comes from English.
    assert_eq!(Messages::new("fr").t("back"), Messages::new("en").t("back"));
}

#[test]
fn the_synthesis_pages_messages_are_never_in_the_forms_catalogue() {
    // Respondents download the form's messages (English built in, the others as files); the
    // secretariat's workspace, filters and overview are the synthesis page's alone.
    const PREFIXES: [&str; 4] = ["workspace-", "filter-", "overview-", "question-other"];
    let ids = |c: Catalogue| -> Vec<String> { c.iter().map(|(id, _)| id.to_string()).collect() };
    let file = |name: &str| -> Vec<String> {
        let text = std::fs::read_to_string(format!("{}/i18n/{name}.msg", env!("OUT_DIR")))
            .unwrap_or_default();
        text.split('\u{1F}')
            .filter_map(|t| t.strip_prefix('M'))
            .map(String::from)
            .collect()
    };
    let mut tables = vec![(
        "en".to_string(),
        ids(find_in(CATALOGUES, "en")),
        ids(find_in(SYNTHESIS_CATALOGUES, "en")),
    )];
    for tag in ["ar", "es", "fr", "ru", "zh"] {
        tables.push((
            tag.to_string(),
            file(tag),
            file(&format!("{tag}-synthesis")),
        ));
    }
    for (tag, form, synthesis) in tables {
        assert!(!form.is_empty() && !synthesis.is_empty(), "{tag}");
        for prefix in PREFIXES {
            let leaked: Vec<&String> = form.iter().filter(|id| id.starts_with(prefix)).collect();
            assert!(leaked.is_empty(), "{tag}: {leaked:?}");
            assert!(
                synthesis.iter().any(|id| id.starts_with(prefix)),
                "{tag}: {prefix}"
            );
        }
    }
}
