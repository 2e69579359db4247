//! Codes the secretariat puts on answers: the built-in codebook of the seventeen Sustainable Development Goals (the BPF's 2017 work relates cybersecurity best practices to them) and codes of its own; which answers a code suggests itself for (words of the goal in the six languages), never applied until the secretariat accepts.

/// A code of the built-in codebook: its key, its English name, and the word beginnings that
/// suggest it (lower case, accents kept; any of the six languages).
pub struct BuiltIn {
    /// `sdg-1` … `sdg-17`.
    pub key: &'static str,
    /// The goal's short English name, for the exports.
    pub name: &'static str,
    /// Beginnings of words that suggest it.
    pub words: &'static [&'static str],
}

/// The seventeen goals, with the words of each that answers about cybersecurity use.
pub const SDGS: [BuiltIn; 17] = [
    BuiltIn {
        key: "sdg-1",
        name: "SDG 1: No poverty",
        words: &[
            "poverty",
            "poor",
            "pauvreté",
            "pobreza",
            "нищет",
            "бедност",
            "贫困",
            "فقر",
        ],
    },
    BuiltIn {
        key: "sdg-2",
        name: "SDG 2: Zero hunger",
        words: &[
            "hunger",
            "food",
            "agricultur",
            "faim",
            "agricul",
            "hambre",
            "alimento",
            "голод",
            "сельск",
            "饥饿",
            "农业",
            "جوع",
            "زراع",
        ],
    },
    BuiltIn {
        key: "sdg-3",
        name: "SDG 3: Good health and well-being",
        words: &[
            "health",
            "hospital",
            "medical",
            "santé",
            "hôpita",
            "salud",
            "hospital",
            "здравоохран",
            "больниц",
            "健康",
            "医院",
            "医疗",
            "صح",
            "مستشف",
        ],
    },
    BuiltIn {
        key: "sdg-4",
        name: "SDG 4: Quality education",
        words: &[
            "education",
            "school",
            "universit",
            "curricul",
            "teacher",
            "student",
            "éducation",
            "école",
            "enseign",
            "étudiant",
            "educación",
            "escuela",
            "universidad",
            "docente",
            "estudiant",
            "образован",
            "школ",
            "университет",
            "учител",
            "студент",
            "教育",
            "学校",
            "大学",
            "教师",
            "学生",
            "تعليم",
            "مدرس",
            "جامع",
            "طلاب",
        ],
    },
    BuiltIn {
        key: "sdg-5",
        name: "SDG 5: Gender equality",
        words: &[
            "gender",
            "women",
            "woman",
            "girls",
            "genre",
            "femme",
            "filles",
            "género",
            "mujer",
            "niñas",
            "гендер",
            "женщин",
            "девочек",
            "性别",
            "妇女",
            "女性",
            "女童",
            "المرأة",
            "النساء",
            "الفتيات",
            "الجنس",
        ],
    },
    BuiltIn {
        key: "sdg-6",
        name: "SDG 6: Clean water and sanitation",
        words: &[
            "water",
            "sanitation",
            "eau ",
            "assainissement",
            "agua",
            "saneamiento",
            "водоснабж",
            "водн",
            "санитар",
            "供水",
            "饮水",
            "卫生设施",
            "مياه",
            "الصرف الصحي",
        ],
    },
    BuiltIn {
        key: "sdg-7",
        name: "SDG 7: Affordable and clean energy",
        words: &[
            "energy",
            "electricity",
            "power grid",
            "énergie",
            "électricité",
            "energía",
            "electricidad",
            "энерг",
            "электр",
            "能源",
            "电力",
            "电网",
            "طاقة",
            "كهرباء",
        ],
    },
    BuiltIn {
        key: "sdg-8",
        name: "SDG 8: Decent work and economic growth",
        words: &[
            "economic",
            "economy",
            "employment",
            "jobs",
            "small business",
            "smes",
            "économi",
            "emploi",
            "pme",
            "económic",
            "economía",
            "empleo",
            "pymes",
            "экономи",
            "занятост",
            "малого бизнес",
            "经济",
            "就业",
            "中小企业",
            "اقتصاد",
            "عمل لائق",
            "توظيف",
            "المؤسسات الصغيرة",
        ],
    },
    BuiltIn {
        key: "sdg-9",
        name: "SDG 9: Industry, innovation and infrastructure",
        words: &[
            "infrastructure",
            "industr",
            "innovation",
            "critical infrastructure",
            "infraestructura",
            "industria",
            "innovación",
            "инфраструктур",
            "промышлен",
            "инновац",
            "基础设施",
            "产业",
            "工业",
            "创新",
            "البنية التحتية",
            "الهياكل الأساسية",
            "صناع",
            "ابتكار",
        ],
    },
    BuiltIn {
        key: "sdg-10",
        name: "SDG 10: Reduced inequalities",
        words: &[
            "inequalit",
            "digital divide",
            "developing countr",
            "inclusion",
            "inégalit",
            "fracture numérique",
            "pays en développement",
            "desigualdad",
            "brecha digital",
            "países en desarrollo",
            "неравенств",
            "цифровой разрыв",
            "развивающихся стран",
            "不平等",
            "数字鸿沟",
            "发展中国家",
            "عدم المساواة",
            "الفجوة الرقمية",
            "البلدان النامية",
        ],
    },
    BuiltIn {
        key: "sdg-11",
        name: "SDG 11: Sustainable cities and communities",
        words: &[
            "cities",
            "city",
            "urban",
            "municipal",
            "communit",
            "villes",
            "urbain",
            "ciudades",
            "urbano",
            "municip",
            "город",
            "муниципал",
            "城市",
            "社区",
            "مدن",
            "المجتمعات المحلية",
            "بلدي",
        ],
    },
    BuiltIn {
        key: "sdg-12",
        name: "SDG 12: Responsible consumption and production",
        words: &[
            "consumer",
            "consumption",
            "e-waste",
            "supply chain",
            "consommat",
            "chaîne d'approvisionnement",
            "consumidor",
            "consumo",
            "cadena de suministro",
            "потребител",
            "потреблен",
            "цепочк",
            "消费",
            "供应链",
            "مستهلك",
            "استهلاك",
            "سلاسل الإمداد",
        ],
    },
    BuiltIn {
        key: "sdg-13",
        name: "SDG 13: Climate action",
        words: &["climate", "climat", "clima", "климат", "气候", "مناخ"],
    },
    BuiltIn {
        key: "sdg-14",
        name: "SDG 14: Life below water",
        words: &[
            "ocean",
            "marine",
            "maritime",
            "océan",
            "marin",
            "océano",
            "marítim",
            "океан",
            "морск",
            "海洋",
            "محيط",
            "بحري",
        ],
    },
    BuiltIn {
        key: "sdg-15",
        name: "SDG 15: Life on land",
        words: &[
            "biodiversit",
            "forest",
            "forêt",
            "bosque",
            "лес",
            "биоразнообраз",
            "森林",
            "生物多样性",
            "غابات",
            "التنوع البيولوجي",
        ],
    },
    BuiltIn {
        key: "sdg-16",
        name: "SDG 16: Peace, justice and strong institutions",
        words: &[
            "justice",
            "law enforcement",
            "police",
            "cybercrime",
            "rule of law",
            "institution",
            "court",
            "prosecut",
            "legislat",
            "human rights",
            "justicia",
            "policía",
            "ciberdelito",
            "ciberdelincuencia",
            "instituci",
            "derechos humanos",
            "legisla",
            "cybercriminalité",
            "droits de l'homme",
            "droits humains",
            "législat",
            "правосуд",
            "полиц",
            "киберпреступн",
            "правоохранит",
            "институт",
            "права человека",
            "законодат",
            "司法",
            "执法",
            "警察",
            "网络犯罪",
            "机构",
            "人权",
            "立法",
            "العدال",
            "الشرطة",
            "إنفاذ القانون",
            "الجرائم الإلكترونية",
            "الجريمة السيبرانية",
            "مؤسسات",
            "حقوق الإنسان",
            "تشريع",
        ],
    },
    BuiltIn {
        key: "sdg-17",
        name: "SDG 17: Partnerships for the goals",
        words: &[
            "partnership",
            "cooperation",
            "multistakeholder",
            "multi-stakeholder",
            "international cooperation",
            "partenariat",
            "coopération",
            "multipartite",
            "alianza",
            "asociación",
            "cooperación",
            "múltiples partes",
            "партнерств",
            "партнёрств",
            "сотрудничеств",
            "多利益攸关方",
            "伙伴关系",
            "合作",
            "شراك",
            "تعاون",
            "أصحاب المصلحة المتعددين",
        ],
    },
];

/// The built-in code with this key.
pub fn built_in(key: &str) -> Option<&'static BuiltIn> {
    SDGS.iter().find(|c| c.key == key)
}

/// Whether `text` has one of `words` at the start of a word (for scripts written without
/// spaces, and Arabic, anywhere), in lower case.
pub fn suggests(words: &[impl AsRef<str>], text: &str) -> bool {
    let text = text.to_lowercase();
    words.iter().any(|w| {
        let w = w.as_ref().to_lowercase();
        let w = w.trim();
        if w.is_empty() {
            return false;
        }
        let spaced = !w.chars().next().is_some_and(is_unspaced);
        text.match_indices(w).any(|(i, _)| {
            !spaced
                || text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// Han and kana, written without spaces between words, and Arabic, whose words take their
/// article and conjunctions as prefixes (و، ب، ل، ال): matched anywhere in a word.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06ff | 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_goal_is_suggested_by_its_words_at_the_start_of_a_word_in_any_language() {
        let education = built_in("sdg-4").unwrap().words;
        assert!(suggests(education, "Universities should teach security."));
        assert!(suggests(education, "Les écoles doivent former les jeunes."));
        assert!(suggests(education, "应该在大学开设网络安全课程。"));
        assert!(
            suggests(education, "وفي الجامعات يجب تدريس الأمن"),
            "an Arabic word with a prefix"
        );
        assert!(
            !suggests(education, "Reschooling is not a word we use."),
            "not inside a word"
        );
        assert!(!suggests(education, "Firewalls and patches."));
        let own = ["phish"];
        assert!(suggests(&own, "PHISHING campaigns"));
        assert!(
            !suggests(&[" "], "anything"),
            "an empty word suggests nothing"
        );
        assert_eq!(
            SDGS.iter()
                .map(|c| c.key)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            17
        );
    }
}
