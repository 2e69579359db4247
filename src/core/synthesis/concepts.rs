//! A small multilingual lexicon of cybersecurity concepts (incident response teams, capacity building, cybercrime law, information sharing…), each with its name and the words that signal it in the six UN languages: what lets themes found in different languages be recognised as one. Its words are stemmed by the analyser of their language, like the answers, so "formation" also finds "formations".

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::corpus::{Answer, Corpus};
use super::text::Analyzer;

/// One concept: its key, its name in each of the six languages (ar, en, es, fr, ru, zh), and
/// the words that signal it, per language.
pub struct Concept {
    /// A stable key.
    pub key: &'static str,
    /// Its name: ar, en, es, fr, ru, zh.
    pub names: [&'static str; 6],
    /// Signal words per language, in the same order.
    pub words: [&'static [&'static str]; 6],
}

/// The languages of [`Concept::names`] and [`Concept::words`], in order.
pub const LANGUAGES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// The concepts.
pub const CONCEPTS: &[Concept] = &[
    Concept {
        key: "incident-response",
        names: [
            "فرق الاستجابة للحوادث",
            "incident response teams (CERTs, CSIRTs)",
            "equipos de respuesta a incidentes (CERT)",
            "équipes de réponse aux incidents (CERT)",
            "группы реагирования на инциденты (CERT)",
            "事件响应团队（CERT）",
        ],
        words: [
            &[
                "الاستجابة للحوادث",
                "فرق الاستجابة",
                "فريق الاستجابة",
                "الحوادث",
            ],
            &["cert", "csirt", "cirt", "incident", "response team", "soc"],
            &[
                "cert",
                "csirt",
                "incidente",
                "equipo de respuesta",
                "equipos de respuesta",
            ],
            &[
                "cert",
                "csirt",
                "incident",
                "équipe de réponse",
                "équipes de réponse",
            ],
            &[
                "cert",
                "csirt",
                "инциденты",
                "инцидентов",
                "реагирование",
                "реагирования",
            ],
            &["应急", "事件响应", "响应团队", "CERT"],
        ],
    },
    Concept {
        key: "capacity-building",
        names: [
            "بناء القدرات والتدريب",
            "capacity building and training",
            "fortalecimiento de capacidades y formación",
            "renforcement des capacités et formation",
            "наращивание потенциала и обучение",
            "能力建设与培训",
        ],
        words: [
            &["بناء القدرات", "التدريب", "تدريب", "المهارات", "ورش"],
            &[
                "capacity",
                "training",
                "train",
                "skill",
                "workshop",
                "course",
                "curriculum",
                "exercise",
                "drill",
                "mentor",
            ],
            &[
                "capacidad",
                "capacitación",
                "formación",
                "formacion",
                "habilidad",
                "taller",
                "curso",
                "ejercicio",
                "simulación",
            ],
            &[
                "capacité",
                "formation",
                "compétence",
                "atelier",
                "cours",
                "exercice",
                "simulation",
            ],
            &[
                "потенциала",
                "обучение",
                "подготовка",
                "навыки",
                "семинар",
                "курс",
                "учения",
                "тренинг",
            ],
            &["能力建设", "培训", "技能", "研讨会", "课程", "演练", "实践"],
        ],
    },
    Concept {
        key: "cybercrime-law",
        names: [
            "قوانين الجرائم الإلكترونية وإنفاذ القانون",
            "cybercrime law and law enforcement",
            "leyes sobre ciberdelito y aplicación de la ley",
            "lois sur la cybercriminalité et application de la loi",
            "законы о киберпреступности и правоохранительные органы",
            "网络犯罪法律与执法",
        ],
        words: [
            &[
                "الجرائم الإلكترونية",
                "القانون",
                "قانون",
                "الشرطة",
                "القضاة",
                "المدعين",
                "الأدلة الرقمية",
                "بودابست",
            ],
            &[
                "cybercrime",
                "law",
                "legal",
                "legislation",
                "police",
                "prosecutors",
                "judge",
                "court",
                "evidence",
                "budapest",
                "mutual legal",
            ],
            &[
                "ciberdelito",
                "ciberdelincuencia",
                "ley",
                "leyes",
                "legal",
                "legislación",
                "policía",
                "policia",
                "fiscal",
                "juez",
                "jueces",
                "prueba",
                "budapest",
            ],
            &[
                "cybercriminalité",
                "loi",
                "juridique",
                "législation",
                "police",
                "procureur",
                "juge",
                "preuve",
                "budapest",
            ],
            &[
                "киберпреступность",
                "киберпреступлений",
                "закон",
                "правовой",
                "законодательство",
                "полиция",
                "прокурор",
                "судей",
                "судь",
                "доказательства",
                "будапештская",
            ],
            &[
                "网络犯罪",
                "法律",
                "立法",
                "警察",
                "执法",
                "检察官",
                "法官",
                "证据",
                "布达佩斯",
            ],
        ],
    },
    Concept {
        key: "information-sharing",
        names: [
            "تبادل المعلومات",
            "information sharing",
            "intercambio de información",
            "partage d'informations",
            "обмен информацией",
            "信息共享",
        ],
        words: [
            &[
                "تبادل المعلومات",
                "تبادل",
                "مشاركة المعلومات",
                "المؤشرات",
                "التهديدات",
            ],
            &[
                "sharing",
                "share",
                "exchange",
                "indicator",
                "threat intelligence",
                "feed",
                "isac",
                "misp",
            ],
            &["intercambio", "compartir", "indicador", "amenaza"],
            &["partage", "partager", "échange", "indicateur", "menace"],
            &["обмен", "делиться", "индикатор", "угрозы"],
            &["共享", "交换", "情报", "威胁", "指标"],
        ],
    },
    Concept {
        key: "public-private",
        names: [
            "الشراكة بين القطاعين العام والخاص",
            "public-private partnership",
            "alianzas público-privadas",
            "partenariats public-privé",
            "государственно-частное партнёрство",
            "公私合作",
        ],
        words: [
            &[
                "القطاع الخاص",
                "القطاعين العام والخاص",
                "الشراكة",
                "الشركات",
                "البنوك",
            ],
            &[
                "public-private",
                "public private",
                "partnership",
                "private sector",
                "industry",
                "companies",
                "banks",
            ],
            &[
                "público-privadas",
                "publico-privadas",
                "alianza",
                "sector privado",
                "empresa",
                "banco",
            ],
            &[
                "public-privé",
                "partenariat",
                "secteur privé",
                "entreprise",
                "banque",
            ],
            &[
                "частный",
                "частного",
                "партнёрство",
                "партнерство",
                "компании",
                "банк",
                "бизнес",
            ],
            &["公私", "合作伙伴", "私营部门", "企业", "银行"],
        ],
    },
    Concept {
        key: "awareness",
        names: [
            "التوعية",
            "public awareness",
            "sensibilización",
            "sensibilisation",
            "повышение осведомлённости",
            "公众意识",
        ],
        words: [
            &["التوعية", "الوعي", "حملات", "المواطنين", "المدارس", "الأطفال"],
            &[
                "awareness",
                "campaign",
                "citizen",
                "school",
                "children",
                "parent",
                "phishing",
                "password",
            ],
            &[
                "concienciación",
                "sensibilización",
                "campaña",
                "ciudadanos",
                "escuela",
                "niños",
                "padres",
            ],
            &[
                "sensibilisation",
                "campagne",
                "citoyen",
                "école",
                "enfant",
                "parent",
                "hameçonnage",
            ],
            &[
                "осведомлённость",
                "осведомленность",
                "кампании",
                "граждан",
                "школы",
                "детей",
                "родителей",
                "фишинг",
                "пароли",
            ],
            &[
                "意识", "宣传", "公民", "学校", "儿童", "家长", "钓鱼", "密码",
            ],
        ],
    },
    Concept {
        key: "critical-infrastructure",
        names: [
            "البنية التحتية الحيوية",
            "critical infrastructure",
            "infraestructura crítica",
            "infrastructures critiques",
            "критическая инфраструктура",
            "关键基础设施",
        ],
        words: [
            &["البنية التحتية", "الطاقة", "الكهرباء", "الاتصالات"],
            &[
                "critical infrastructure",
                "infrastructure",
                "energy",
                "electricity",
                "grid",
                "telecom",
                "hospital",
            ],
            &[
                "infraestructura",
                "energía",
                "electricidad",
                "telecomunicaciones",
            ],
            &["infrastructure", "énergie", "électricité", "télécom"],
            &[
                "инфраструктура",
                "энергетика",
                "электроэнергия",
                "телекоммуникации",
            ],
            &["基础设施", "能源", "电力", "电信"],
        ],
    },
    Concept {
        key: "norms-diplomacy",
        names: [
            "المعايير والدبلوماسية السيبرانية",
            "norms and cyber diplomacy",
            "normas y diplomacia cibernética",
            "normes et diplomatie numérique",
            "нормы и кибердипломатия",
            "规范与网络外交",
        ],
        words: [
            &["المعايير", "الدبلوماسية", "الأمم المتحدة", "الثقة بين الدول"],
            &[
                "norm",
                "diplomacy",
                "confidence-building",
                "confidence building",
                "united nations",
                "gge",
                "oewg",
                "state behaviour",
                "state behavior",
            ],
            &[
                "norma",
                "diplomacia",
                "naciones unidas",
                "medidas de confianza",
            ],
            &[
                "norme",
                "diplomatie",
                "nations unies",
                "mesures de confiance",
            ],
            &["норм", "дипломатия", "оон", "мер доверия"],
            &["规范", "外交", "联合国", "建立信任"],
        ],
    },
    Concept {
        key: "standards-technical",
        names: [
            "المعايير التقنية والأمن بالتصميم",
            "technical standards and security by design",
            "estándares técnicos y seguridad desde el diseño",
            "normes techniques et sécurité dès la conception",
            "технические стандарты и безопасность по умолчанию",
            "技术标准与设计安全",
        ],
        words: [
            &["المعايير التقنية", "التشفير", "التحديثات", "الأجهزة"],
            &[
                "standard",
                "dnssec",
                "rpki",
                "routing",
                "encrypt",
                "patch",
                "update",
                "by design",
                "iot",
                "devices",
                "software",
                "vulnerabilities",
            ],
            &[
                "estándar",
                "estandar",
                "cifrado",
                "actualizaciones",
                "parche",
                "dispositivo",
                "software",
                "vulnerabilidad",
            ],
            &[
                "standard",
                "chiffrement",
                "mise à jour",
                "correctif",
                "appareil",
                "logiciel",
                "vulnérabilités",
            ],
            &[
                "стандарт",
                "шифрование",
                "обновления",
                "устройства",
                "программное",
                "уязвимости",
            ],
            &["标准", "加密", "更新", "补丁", "设备", "软件", "漏洞"],
        ],
    },
    Concept {
        key: "rights-privacy",
        names: [
            "حقوق الإنسان والخصوصية",
            "human rights and privacy",
            "derechos humanos y privacidad",
            "droits humains et vie privée",
            "права человека и неприкосновенность частной жизни",
            "人权与隐私",
        ],
        words: [
            &["حقوق الإنسان", "الخصوصية", "حماية البيانات", "حرية التعبير"],
            &[
                "human rights",
                "privacy",
                "data protection",
                "freedom of expression",
                "surveillance",
                "civil liberties",
            ],
            &[
                "derechos humanos",
                "privacidad",
                "protección de datos",
                "libertad de expresión",
                "vigilancia",
            ],
            &[
                "droits de l'homme",
                "droits humains",
                "vie privée",
                "protection des données",
                "liberté d'expression",
                "surveillance",
            ],
            &[
                "прав человека",
                "права человека",
                "частной жизни",
                "защит данных",
                "защиты данных",
                "свобода",
                "слежка",
            ],
            &["人权", "隐私", "数据保护", "言论自由", "监控"],
        ],
    },
    Concept {
        key: "funding",
        names: [
            "التمويل والموارد",
            "funding and resources",
            "financiación y recursos",
            "financement et ressources",
            "финансирование и ресурсы",
            "资金与资源",
        ],
        words: [
            &["التمويل", "الموارد", "الميزانية", "المانحين"],
            &["fund", "budget", "resource", "donor", "money", "cost"],
            &[
                "financiación",
                "fondos",
                "presupuesto",
                "recursos",
                "donante",
            ],
            &["financement", "budget", "ressource", "bailleur", "fonds"],
            &["финансирование", "бюджет", "ресурс", "донор", "средства"],
            &["资金", "预算", "资源", "捐助"],
        ],
    },
    Concept {
        key: "cooperation",
        names: [
            "التعاون الدولي والإقليمي",
            "international and regional cooperation",
            "cooperación internacional y regional",
            "coopération internationale et régionale",
            "международное и региональное сотрудничество",
            "国际与区域合作",
        ],
        words: [
            &["التعاون", "الإقليمي", "الدولي", "الثقة"],
            &[
                "cooperation",
                "cooperate",
                "collaboration",
                "regional",
                "international",
                "cross-border",
                "trust",
            ],
            &[
                "cooperación",
                "colaboración",
                "regional",
                "internacional",
                "confianza",
            ],
            &[
                "coopération",
                "collaboration",
                "régional",
                "international",
                "confiance",
            ],
            &[
                "сотрудничество",
                "взаимодействие",
                "региональные",
                "международное",
                "доверие",
            ],
            &["合作", "协作", "区域", "国际", "信任"],
        ],
    },
    Concept {
        key: "multistakeholder",
        names: [
            "نهج أصحاب المصلحة المتعددين",
            "multistakeholder roles and responsibilities",
            "enfoque de múltiples partes interesadas",
            "approche multipartite",
            "многостороннее взаимодействие",
            "多利益相关方",
        ],
        words: [
            &[
                "أصحاب المصلحة",
                "الحكومات",
                "المجتمع المدني",
                "الأدوار",
                "المسؤوليات",
            ],
            &[
                "multistakeholder",
                "multi-stakeholder",
                "stakeholder",
                "government",
                "civil society",
                "role",
                "responsibilit",
            ],
            &[
                "múltiples partes",
                "partes interesadas",
                "gobierno",
                "sociedad civil",
                "función",
                "responsabilidad",
            ],
            &[
                "multipartite",
                "parties prenantes",
                "gouvernement",
                "société civile",
                "rôle",
                "responsibilities",
                "responsibility",
            ],
            &[
                "заинтересованные",
                "правительства",
                "гражданское",
                "роль",
                "роли",
                "ответственность",
            ],
            &["利益相关方", "政府", "民间社会", "角色", "责任"],
        ],
    },
];

/// Words of the field that are no concept of their own, in [`LANGUAGES`] order: an answer
/// that has none of them and speaks of no concept speaks of nothing the questions are about
/// (an "other answer"). Single words, as the analyser cuts them; common words that also serve
/// elsewhere ("website", "line", "company") are left out.
pub const FIELD: [&[&str]; 6] = [
    &[
        "الأمن",
        "السيبراني",
        "السيبرانية",
        "الإنترنت",
        "الرقمي",
        "الرقمية",
        "الحاسوب",
        "الشبكة",
        "الشبكات",
        "البيانات",
        "هجوم",
        "الهجمات",
        "تهديد",
        "التهديدات",
        "القرصنة",
        "المخترقين",
        "الاحتيال",
        "الجرائم",
        "الجريمة",
        "الإلكترونية",
        "الشرطة",
        "القانون",
        "القوانين",
        "الحكومة",
        "السياسات",
        "التدريب",
        "المهارات",
        "الحوادث",
        "الثغرات",
        "التشفير",
        "الخصوصية",
        "التكنولوجيا",
        "الحماية",
        "المخاطر",
        "التعاون",
        "التوعية",
        "الضحايا",
        "الأدلة",
        "المعلومات",
        "القدرات",
        "القانونية",
        "القانوني",
        "الملاحقة",
        "التحقيقات",
        "التحقيق",
    ],
    &[
        "cyber",
        "cybersecurity",
        "security",
        "secure",
        "internet",
        "online",
        "digital",
        "computer",
        "network",
        "networks",
        "data",
        "attack",
        "attacks",
        "threat",
        "threats",
        "hacker",
        "hackers",
        "hacking",
        "malware",
        "ransomware",
        "phishing",
        "scam",
        "scams",
        "fraud",
        "crime",
        "criminals",
        "police",
        "law",
        "laws",
        "legal",
        "government",
        "policy",
        "policies",
        "regulation",
        "regulator",
        "training",
        "skills",
        "incident",
        "incidents",
        "breach",
        "vulnerability",
        "vulnerabilities",
        "password",
        "passwords",
        "encryption",
        "privacy",
        "infrastructure",
        "technology",
        "ict",
        "software",
        "botnet",
        "ddos",
        "protection",
        "risk",
        "risks",
        "resilience",
        "capacity",
        "cooperation",
        "awareness",
        "victims",
        "evidence",
        "information",
        "investigation",
        "investigations",
        "prosecution",
        "prosecutors",
        "judges",
        "cybercrime",
    ],
    &[
        "ciberseguridad",
        "seguridad",
        "internet",
        "digital",
        "digitales",
        "informática",
        "ordenador",
        "computadora",
        "red",
        "redes",
        "datos",
        "ataque",
        "ataques",
        "amenaza",
        "amenazas",
        "pirata",
        "hacker",
        "malware",
        "phishing",
        "estafa",
        "estafas",
        "fraude",
        "delito",
        "delitos",
        "ciberdelito",
        "crimen",
        "policía",
        "ley",
        "leyes",
        "legal",
        "jurídico",
        "judicial",
        "gobierno",
        "política",
        "políticas",
        "regulación",
        "formación",
        "capacitación",
        "habilidades",
        "incidente",
        "incidentes",
        "vulnerabilidad",
        "contraseña",
        "contraseñas",
        "cifrado",
        "privacidad",
        "infraestructura",
        "tecnología",
        "tic",
        "protección",
        "riesgo",
        "riesgos",
        "resiliencia",
        "capacidades",
        "cooperación",
        "concienciación",
        "víctimas",
        "prueba",
        "información",
        "investigaciones",
        "fiscales",
        "jueces",
    ],
    &[
        "cybersécurité",
        "sécurité",
        "internet",
        "numérique",
        "numériques",
        "informatique",
        "ordinateur",
        "réseau",
        "réseaux",
        "données",
        "attaque",
        "attaques",
        "menace",
        "menaces",
        "pirate",
        "piratage",
        "logiciel",
        "rançongiciel",
        "hameçonnage",
        "arnaque",
        "escroquerie",
        "escroqueries",
        "fraude",
        "crime",
        "criminalité",
        "cybercriminalité",
        "police",
        "loi",
        "lois",
        "juridique",
        "judiciaire",
        "entraide",
        "gouvernement",
        "politique",
        "réglementation",
        "formation",
        "compétences",
        "incident",
        "incidents",
        "faille",
        "vulnérabilité",
        "chiffrement",
        "infrastructure",
        "technologie",
        "tic",
        "protection",
        "risque",
        "risques",
        "résilience",
        "capacités",
        "coopération",
        "sensibilisation",
        "victimes",
        "preuve",
        "information",
        "informations",
        "enquêtes",
        "poursuites",
        "juges",
        "procureurs",
    ],
    &[
        "кибербезопасность",
        "безопасность",
        "интернет",
        "цифровой",
        "цифровых",
        "компьютер",
        "сеть",
        "сети",
        "данные",
        "данных",
        "атака",
        "атаки",
        "угроза",
        "угрозы",
        "хакер",
        "хакеры",
        "вредоносный",
        "фишинг",
        "мошенничество",
        "мошенники",
        "преступность",
        "киберпреступность",
        "преступление",
        "преступления",
        "полиция",
        "полиции",
        "закон",
        "правовой",
        "правовая",
        "правительство",
        "политика",
        "регулирование",
        "обучение",
        "навыки",
        "инцидент",
        "инциденты",
        "уязвимость",
        "пароль",
        "шифрование",
        "конфиденциальность",
        "инфраструктура",
        "технологии",
        "защита",
        "риск",
        "риски",
        "сотрудничество",
        "осведомлённость",
        "жертвы",
        "доказательства",
        "информация",
        "расследования",
        "преследование",
        "судей",
        "прокуроров",
    ],
    &[
        "网络",
        "网络安全",
        "安全",
        "互联网",
        "数字",
        "计算机",
        "电脑",
        "数据",
        "攻击",
        "威胁",
        "黑客",
        "恶意软件",
        "钓鱼",
        "诈骗",
        "欺诈",
        "犯罪",
        "警方",
        "警察",
        "法律",
        "政府",
        "政策",
        "监管",
        "培训",
        "技能",
        "应急",
        "事件",
        "漏洞",
        "密码",
        "加密",
        "隐私",
        "基础设施",
        "技术",
        "保护",
        "风险",
        "合作",
        "意识",
        "受害者",
        "证据",
        "信息",
        "司法",
        "宣传",
        "调查",
        "起诉",
        "执法",
        "法官",
        "检察官",
    ],
];

/// The name of the concept `key` in `language` (English when it has none there).
pub fn name(key: &str, language: &str) -> Option<&'static str> {
    let c = CONCEPTS.iter().find(|c| c.key == key)?;
    Some(c.names[language_index(language).unwrap_or(1)])
}

/// The language index of a tag in [`LANGUAGES`], by its primary subtag.
pub fn language_index(tag: &str) -> Option<usize> {
    let primary = tag.split('-').next().unwrap_or(tag);
    LANGUAGES.iter().position(|l| *l == primary)
}

/// The lexicon as the analyser stems it, whatever the answers: each entry's stems and its
/// concept (an index into [`CONCEPTS`]), and the stems of the [`FIELD`]'s words. Made once per
/// analyser ([`Analyzer::lexicon`]).
#[derive(Debug, Default)]
pub struct Stemmed {
    entries: Vec<(Vec<String>, u8)>,
    field: Vec<String>,
}

impl Stemmed {
    /// Stems every entry and field word with the analyser of its language.
    pub fn new(analyzer: &Analyzer) -> Self {
        let mut entries: Vec<(Vec<String>, u8)> = Vec::new();
        for (c, concept) in CONCEPTS.iter().enumerate() {
            for (l, words) in concept.words.iter().enumerate() {
                for entry in *words {
                    let stems: Vec<String> = analyzer
                        .tokens(&entry.to_lowercase(), LANGUAGES[l])
                        .into_iter()
                        .filter(|t| !t.stop)
                        .map(|t| t.stem)
                        .collect();
                    if !stems.is_empty() {
                        entries.push((stems, c as u8));
                    }
                }
            }
        }
        let field = FIELD
            .iter()
            .zip(LANGUAGES)
            .flat_map(|(words, l)| words.iter().map(move |w| (w, l)))
            .flat_map(|(w, l)| analyzer.tokens(&w.to_lowercase(), l))
            .filter(|t| !t.stop)
            .map(|t| t.stem)
            .collect();
        Self { entries, field }
    }
}

/// The lexicon in one corpus's stem ids: which entries a stem can complete, and each entry's
/// stems and concept.
#[derive(Debug, Default)]
pub struct Index {
    /// Per stem id, the entries that contain it.
    by_stem: HashMap<u32, Vec<u32>>,
    /// Each entry: its distinct stem ids, and its concept (an index into [`CONCEPTS`]).
    entries: Vec<(Vec<u32>, u8)>,
    /// The stem ids of the [`FIELD`]'s words.
    field: HashSet<u32>,
}

impl Index {
    /// The lexicon as `corpus` numbers its stems; entries with a stem no answer has are left
    /// out (they can match nothing).
    pub fn new(corpus: &Corpus, analyzer: &Analyzer) -> Self {
        let Stemmed {
            entries: wanted,
            field,
        } = analyzer.lexicon();
        let needed: HashSet<&str> = wanted
            .iter()
            .flat_map(|(s, _)| s.iter().map(String::as_str))
            .chain(field.iter().map(String::as_str))
            .collect();
        let ids: HashMap<&str, u32> = corpus
            .stems
            .iter()
            .enumerate()
            .filter(|(_, s)| needed.contains(s.as_str()))
            .map(|(i, s)| (s.as_str(), i as u32))
            .collect();
        let mut index = Index {
            field: field
                .iter()
                .filter_map(|s| ids.get(s.as_str()).copied())
                .collect(),
            ..Index::default()
        };
        for (stems, c) in wanted {
            let c = *c;
            let Some(mut ids): Option<Vec<u32>> =
                stems.iter().map(|s| ids.get(s.as_str()).copied()).collect()
            else {
                continue;
            };
            ids.sort_unstable();
            ids.dedup();
            let e = index.entries.len() as u32;
            for id in &ids {
                index.by_stem.entry(*id).or_default().push(e);
            }
            index.entries.push((ids, c));
        }
        index
    }

    /// Whether an answer speaks of the field at all: of a concept, or with one of the
    /// [`FIELD`]'s words. (Only telling for answers in the lexicon's [`LANGUAGES`].)
    pub fn speaks_of_the_field(&self, answer: &Answer) -> bool {
        answer
            .sentences
            .iter()
            .flat_map(|s| s.stems.iter())
            .any(|s| self.field.contains(s))
            || self.concepts(answer).count_ones() >= 2
    }

    /// The concepts an answer speaks of, as a bit set over [`CONCEPTS`]: an entry counts when
    /// every one of its stems is in the answer.
    pub fn concepts(&self, answer: &Answer) -> u32 {
        if self.entries.is_empty() {
            return 0;
        }
        let has = |stem: u32| answer.sentences.iter().any(|s| s.stems.contains(&stem));
        let mut found = 0u32;
        for s in answer.sentences.iter().flat_map(|s| s.stems.iter()) {
            let Some(entries) = self.by_stem.get(s) else {
                continue;
            };
            for &e in entries {
                let (need, c) = &self.entries[e as usize];
                // One-word entries (most) need no further look; longer ones need every word.
                if found & (1 << c) == 0 && (need.len() == 1 || need.iter().all(|n| has(*n))) {
                    found |= 1 << c;
                }
            }
        }
        found
    }
}
