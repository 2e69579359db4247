//! Initiatives and organisations cited in the answers (FIRST, APCERT, the Budapest Convention, Avalanche…): a gazetteer of well-known ones in the six languages, plus acronyms and runs of capitalised words for the rest. Pure and linear in the text.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::letters;

/// Well-known initiatives, organisations and events: the name shown, then the ways it is
/// written. Latin-script forms are matched word by word, ignoring case, except a one-word form
/// in capitals ("FIRST", never "first"); forms in other scripts are matched as written.
const KNOWN: &[(&str, &[&str])] = &[
    (
        "FIRST",
        &["FIRST", "Forum of Incident Response and Security Teams"],
    ),
    (
        "APCERT",
        &["APCERT", "Asia Pacific Computer Emergency Response Team"],
    ),
    ("AfricaCERT", &["AfricaCERT", "Africa CERT"]),
    ("OIC-CERT", &["OIC-CERT", "OIC CERT"]),
    ("TF-CSIRT", &["TF-CSIRT", "TF CSIRT"]),
    ("CSIRTs Network", &["CSIRTs Network", "CSIRT Network"]),
    ("CERT/CC", &["CERT/CC", "CERT Coordination Center"]),
    (
        "CNCERT",
        &["CNCERT", "CNCERT/CC", "CNCERT-CC", "国家互联网应急中心"],
    ),
    ("JPCERT/CC", &["JPCERT/CC", "JPCERT"]),
    ("KrCERT/CC", &["KrCERT/CC", "KrCERT"]),
    (
        "GFCE",
        &[
            "GFCE",
            "Global Forum on Cyber Expertise",
            "Forum mondial sur la cyberexpertise",
            "Foro Global de Experiencia Cibernética",
        ],
    ),
    (
        "MANRS",
        &["MANRS", "Mutually Agreed Norms for Routing Security"],
    ),
    (
        "Europol EC3",
        &[
            "Europol EC3",
            "EC3",
            "European Cybercrime Centre",
            "Europol's EC3",
            "Centro Europeo de Ciberdelincuencia",
            "Centre européen de lutte contre la cybercriminalité",
        ],
    ),
    (
        "Europol",
        &["Europol", "Европол", "欧洲刑警组织", "اليوروبول"],
    ),
    (
        "INTERPOL",
        &[
            "INTERPOL",
            "Interpol",
            "Интерпол",
            "国际刑警组织",
            "الإنتربول",
        ],
    ),
    (
        "Avalanche",
        &[
            "Avalanche",
            "Avalanche network",
            "Avalanche takedown",
            "Avalanche botnet",
        ],
    ),
    (
        "Shadowserver",
        &["Shadowserver", "Shadowserver Foundation", "Shadow Server"],
    ),
    (
        "CiSP",
        &[
            "CiSP",
            "Cyber Security Information Sharing Partnership",
            "Cyber-security Information Sharing Partnership",
        ],
    ),
    (
        "Budapest Convention",
        &[
            "Budapest Convention",
            "Convention on Cybercrime",
            "Council of Europe Convention on Cybercrime",
            "Convention de Budapest",
            "Convention sur la cybercriminalité",
            "Convenio de Budapest",
            "Convenio sobre la Ciberdelincuencia",
            "Будапештская конвенция",
            "Будапештской конвенции",
            "布达佩斯公约",
            "اتفاقية بودابست",
        ],
    ),
    (
        "Council of Europe",
        &[
            "Council of Europe",
            "Conseil de l'Europe",
            "Consejo de Europa",
            "Совет Европы",
            "欧洲委员会",
            "مجلس أوروبا",
        ],
    ),
    (
        "ITU",
        &[
            "ITU",
            "International Telecommunication Union",
            "UIT",
            "Union internationale des télécommunications",
            "Unión Internacional de Telecomunicaciones",
            "МСЭ",
            "国际电信联盟",
            "الاتحاد الدولي للاتصالات",
        ],
    ),
    ("ICANN", &["ICANN"]),
    ("IETF", &["IETF", "Internet Engineering Task Force"]),
    ("Internet Society", &["Internet Society", "ISOC"]),
    ("RIPE NCC", &["RIPE NCC", "RIPE"]),
    ("APNIC", &["APNIC"]),
    ("AFRINIC", &["AFRINIC", "AfriNIC"]),
    ("LACNIC", &["LACNIC"]),
    ("ARIN", &["ARIN"]),
    ("OECD", &["OECD", "OCDE", "ОЭСР", "经合组织"]),
    (
        "OAS",
        &[
            "OAS",
            "Organization of American States",
            "OEA",
            "Organisation des États américains",
            "Organización de los Estados Americanos",
        ],
    ),
    ("ASEAN", &["ASEAN", "АСЕАН", "东盟"]),
    (
        "African Union",
        &[
            "African Union",
            "Union africaine",
            "Unión Africana",
            "Африканский союз",
            "非洲联盟",
            "الاتحاد الأفريقي",
        ],
    ),
    (
        "ENISA",
        &["ENISA", "European Union Agency for Cybersecurity"],
    ),
    (
        "NIST Cybersecurity Framework",
        &["NIST Cybersecurity Framework", "NIST CSF", "NIST framework"],
    ),
    ("NIST", &["NIST"]),
    ("ISO/IEC 27001", &["ISO/IEC 27001", "ISO 27001", "ISO27001"]),
    (
        "GCSC",
        &["GCSC", "Global Commission on the Stability of Cyberspace"],
    ),
    (
        "UN GGE",
        &[
            "UN GGE",
            "UNGGE",
            "GGE",
            "Group of Governmental Experts",
            "Groupe d'experts gouvernementaux",
            "Grupo de Expertos Gubernamentales",
        ],
    ),
    (
        "OEWG",
        &[
            "OEWG",
            "Open-ended Working Group",
            "Open Ended Working Group",
        ],
    ),
    (
        "Paris Call",
        &[
            "Paris Call",
            "Paris Call for Trust and Security in Cyberspace",
            "Appel de Paris",
        ],
    ),
    (
        "Cybersecurity Tech Accord",
        &["Cybersecurity Tech Accord", "Tech Accord"],
    ),
    ("No More Ransom", &["No More Ransom", "NoMoreRansom"]),
    (
        "APWG",
        &[
            "APWG",
            "Anti-Phishing Working Group",
            "Anti Phishing Working Group",
        ],
    ),
    ("M3AAWG", &["M3AAWG", "MAAWG"]),
    ("Spamhaus", &["Spamhaus"]),
    ("MISP", &["MISP", "MISP Threat Sharing"]),
    ("Team Cymru", &["Team Cymru"]),
    ("Meridian Process", &["Meridian Process", "Meridian"]),
    ("Global Cyber Alliance", &["Global Cyber Alliance", "GCA"]),
    (
        "Traffic Light Protocol",
        &[
            "Traffic Light Protocol",
            "TLP",
            "Protocole des feux de circulation",
        ],
    ),
    (
        "INTERPOL Global Complex for Innovation",
        &[
            "INTERPOL Global Complex for Innovation",
            "Global Complex for Innovation",
            "IGCI",
            "Complejo Mundial de INTERPOL para la Innovación",
            "Complejo Mundial para la Innovación",
            "Complexe mondial INTERPOL pour l'innovation",
            "Complexe mondial pour l'innovation",
        ],
    ),
    ("CyberGreen", &["CyberGreen"]),
    ("OWASP", &["OWASP"]),
    ("Let's Encrypt", &["Let's Encrypt", "Lets Encrypt"]),
    ("Europol IOCTA", &["IOCTA"]),
    (
        "Global Cybersecurity Index",
        &["Global Cybersecurity Index", "GCI"],
    ),
    (
        "World Bank",
        &[
            "World Bank",
            "Banque mondiale",
            "Banco Mundial",
            "Всемирный банк",
            "Всемирного банка",
            "世界银行",
            "البنك الدولي",
        ],
    ),
    (
        "World Economic Forum",
        &[
            "World Economic Forum",
            "WEF",
            "Forum économique mondial",
            "Foro Económico Mundial",
            "Всемирный экономический форум",
            "世界经济论坛",
            "المنتدى الاقتصادي العالمي",
        ],
    ),
    (
        "Malabo Convention",
        &[
            "Malabo Convention",
            "African Union Convention on Cyber Security and Personal Data Protection",
            "Convention de Malabo",
            "Convenio de Malabo",
            "Convención de Malabo",
            "Конвенция Малабо",
            "Конвенции Малабо",
            "马拉博公约",
            "اتفاقية مالابو",
        ],
    ),
    (
        "Tallinn Manual",
        &[
            "Tallinn Manual",
            "Manuel de Tallinn",
            "Manual de Tallin",
            "Manual de Tallinn",
            "Таллинское руководство",
            "Таллинского руководства",
            "塔林手册",
            "دليل تالين",
        ],
    ),
    (
        "UNODC",
        &[
            "UNODC",
            "United Nations Office on Drugs and Crime",
            "ONUDC",
            "УНП ООН",
            "联合国毒品和犯罪问题办公室",
        ],
    ),
    (
        "ECOWAS",
        &["ECOWAS", "CEDEAO", "ЭКОВАС", "西非国家经济共同体", "إيكواس"],
    ),
    (
        "Arab League",
        &[
            "Arab League",
            "League of Arab States",
            "Ligue arabe",
            "Ligue des États arabes",
            "Liga Árabe",
            "Liga de los Estados Árabes",
            "Лига арабских государств",
            "阿拉伯国家联盟",
            "جامعة الدول العربية",
        ],
    ),
    (
        "Christchurch Call",
        &[
            "Christchurch Call",
            "Appel de Christchurch",
            "Llamado de Christchurch",
            "Llamamiento de Christchurch",
        ],
    ),
    (
        "Microsoft Digital Crimes Unit",
        &[
            "Microsoft Digital Crimes Unit",
            "Microsoft DCU",
            "Digital Crimes Unit",
            "DCU",
            "Digital Crimes Unit de Microsoft",
            "Unité des crimes numériques de Microsoft",
            "Unidad de Delitos Digitales de Microsoft",
            "Unidad de Crímenes Digitales de Microsoft",
        ],
    ),
    (
        "Operation Tovar",
        &[
            "Operation Tovar",
            "Opération Tovar",
            "Operación Tovar",
            "Operacion Tovar",
            "Операция Tovar",
        ],
    ),
    (
        "NATO CCDCOE",
        &[
            "NATO CCDCOE",
            "NATO CCD COE",
            "CCDCOE",
            "CCD COE",
            "NATO Cooperative Cyber Defence Centre of Excellence",
            "Cooperative Cyber Defence Centre of Excellence",
            "Centre d'excellence de l'OTAN pour la cyberdéfense coopérative",
            "Centro de Excelencia de Ciberdefensa Cooperativa de la OTAN",
        ],
    ),
    (
        "NATO",
        &[
            "NATO",
            "OTAN",
            "НАТО",
            "北约",
            "北大西洋公约组织",
            "حلف شمال الأطلسي",
            "حلف الناتو",
        ],
    ),
    ("CERT-EU", &["CERT-EU"]),
    (
        "OSCE",
        &[
            "OSCE",
            "Organization for Security and Co-operation in Europe",
            "Organisation pour la sécurité et la coopération en Europe",
            "Organización para la Seguridad y la Cooperación en Europa",
            "ОБСЕ",
            "欧安组织",
            "منظمة الأمن والتعاون في أوروبا",
        ],
    ),
    ("Cyber Europe", &["Cyber Europe"]),
    ("Locked Shields", &["Locked Shields"]),
    ("CSIRTAmericas", &["CSIRTAmericas", "CSIRT Americas"]),
    (
        "OAS CICTE",
        &[
            "OAS CICTE",
            "OAS/CICTE",
            "OEA/CICTE",
            "CICTE",
            "Inter-American Committee against Terrorism",
            "Comité Interamericano contra el Terrorismo",
        ],
    ),
    (
        "ITU-ARCC",
        &[
            "ITU-ARCC",
            "ITU Arab Regional Cybersecurity Centre",
            "Arab Regional Cybersecurity Centre",
            "المركز الإقليمي العربي للأمن السيبراني",
            "المركز العربي الإقليمي للأمن السيبراني",
        ],
    ),
    (
        "ASEAN CERT Incident Drill",
        &["ASEAN CERT Incident Drill", "ACID", "东盟CERT事件应急演练"],
    ),
    (
        "Stop.Think.Connect.",
        &["Stop Think Connect", "StopThinkConnect"],
    ),
    (
        "CyberPeace Institute",
        &["CyberPeace Institute", "Cyber Peace Institute"],
    ),
    (
        "WePROTECT Global Alliance",
        &[
            "WePROTECT Global Alliance",
            "WeProtect Global Alliance",
            "WePROTECT",
        ],
    ),
    (
        "Internet Watch Foundation",
        &["Internet Watch Foundation", "IWF"],
    ),
    ("INHOPE", &["INHOPE"]),
    (
        "Cybersecurity Capacity Maturity Model",
        &[
            "Cybersecurity Capacity Maturity Model",
            "Cybersecurity Capacity Maturity Model for Nations",
        ],
    ),
    (
        "GCSCC",
        &[
            "GCSCC",
            "Global Cyber Security Capacity Centre",
            "Global Cybersecurity Capacity Centre",
        ],
    ),
    (
        "IGF Dynamic Coalitions",
        &["Dynamic Coalition", "Dynamic Coalitions"],
    ),
];

/// Acronyms that name a kind of thing, not an initiative ("CERT", "ISP", "NGO").
const GENERIC_ACRONYMS: &[&str] = &[
    "IT", "ICT", "ICTS", "IOT", "AI", "ML", "SME", "SMES", "NGO", "NGOS", "ISP", "ISPS", "CERT",
    "CERTS", "CSIRT", "CSIRTS", "CIRT", "CIRTS", "SOC", "SOCS", "DDOS", "DOS", "PKI", "DNS", "IP",
    "IPV4", "IPV6", "TLS", "SSL", "HTTPS", "HTTP", "URL", "URLS", "USB", "PC", "PCS", "OK", "NA",
    "CEO", "CISO", "CTO", "CIO", "HR", "PPP", "PPPS", "GDP", "2FA", "MFA", "VPN", "OS", "API",
    "APIS", "IXP", "IXPS", "BGP", "LEA", "LEAS", "MOU", "MOUS", "TV", "SMS", "FAQ", "IGF", "BPF",
    "NRI", "NRIS", "UK", "US", "USA", "UAE", "EU", "UN", "SDG", "SDGS", "ID", "IDS", "IPS", "ISAC",
    "ISACS", "CII", "CNI", "LDC", "LDCS", "R&D", "ATM", "ATMS", "POS", "GPS", "SIM", "NB", "PS",
    "FGI", "IDO", "ETC", "EG", "IE", "I", "A", "WE", "OUR", "NOT", "NO", "YES", "ALL", "AND",
    "THE", "MUST", "VERY", "ONLY", "NEW", "KEY", "BEST", "CYBER", "CV",
    // The same in French, Spanish and Russian: SMEs, NGOs, ICT, ISPs, IT, AI, the EU, the UN,
    // civil-society organisations, GDP, the US.
    "PME", "PMES", "PYME", "PYMES", "ONG", "ONGS", "TIC", "FAI", "TI", "IA", "UE", "ONU", "OSC",
    "OSCS", "PIB", "EEUU", "МСП", "НКО", "НПО", "ИКТ", "ИТ", "ИИ", "ЕС", "ООН", "США", "ВВП",
];

/// Phrases in capitals that are everyone's words here, not an initiative.
const GENERIC_PHRASES: &[&str] = &[
    "internet governance forum",
    "internet of things",
    "foro de gobernanza de internet",
    "information sharing and analysis centre",
    "information sharing and analysis centres",
    "information sharing and analysis center",
    "information sharing and analysis centers",
    "best practice forum",
    "best practices forum",
    "civil society",
    "private sector",
    "technical community",
    "member states",
    "national cert",
    "national csirt",
    "law enforcement",
    "capacity building",
    "information sharing",
    "critical infrastructure",
    "critical information infrastructure",
    "internet service providers",
    "cyber security",
    "public private partnership",
    "public private partnerships",
    "incident response",
    "united states",
    "united kingdom",
    "european union",
    "united nations",
    "global south",
    "small and medium enterprises",
    "state",
    "government",
    "ministry",
];

/// Small words a name may hold between capitalised ones ("Forum of Incident Response").
const CONNECTORS: &[&str] = &[
    "of", "for", "on", "and", "the", "de", "la", "le", "les", "del", "des", "du", "y", "et",
];

/// Small words of the six languages' cased scripts: in capitals, two of them make an answer
/// shouting.
const SMALL: &[&str] = &[
    "we", "our", "the", "a", "an", "of", "for", "to", "in", "on", "and", "or", "is", "are", "be",
    "with", "need", "must", "not", "no", "it", "this", "that", "nous", "les", "le", "la", "de",
    "des", "du", "et", "est", "pour", "il", "los", "las", "el", "y", "que", "en", "por", "con",
    "es", "и", "в", "на", "не", "мы", "с", "для",
];

/// Regions of the world and their adjectives, in the six languages' scripts with capitals
/// ("Asia-Pacific", "Latin American", "América Latina", "Afrique de l'Ouest"): like a country,
/// a place, not an initiative. With the countries' words, a run of capitalised words made only of
/// these names nothing ("West African States"); one with any other word may ("Pacific Islands
/// Forum").
const REGIONS: &[&str] = &[
    "Africa",
    "African",
    "Asia",
    "Asian",
    "Asia-Pacific",
    "Asia Pacific",
    "Europe",
    "European",
    "Eurasia",
    "Eurasian",
    "America",
    "Americas",
    "American",
    "Latin America",
    "Latin American",
    "Caribbean",
    "Pacific",
    "Atlantic",
    "Arab",
    "Arabic",
    "Middle East",
    "Middle Eastern",
    "Gulf",
    "Balkans",
    "Western Balkans",
    "Sub-Saharan",
    "Sahel",
    "Maghreb",
    "Levant",
    "Nordic",
    "Baltic",
    "Scandinavia",
    "Oceania",
    "Pacific Islands",
    "North",
    "Northern",
    "South",
    "Southern",
    "East",
    "Eastern",
    "West",
    "Western",
    "Central",
    "South-East",
    "Southeast",
    "Global",
    "World",
    "Region",
    "Regions",
    "Regional",
    "Countries",
    "States",
    "Small Island",
    "Developing",
    "Least Developed",
    // French, Spanish.
    "Afrique",
    "Africaine",
    "Africain",
    "Asie",
    "Asiatique",
    "Asie-Pacifique",
    "Européen",
    "Européenne",
    "Amérique",
    "Amérique latine",
    "Latine",
    "Caraïbes",
    "Pacifique",
    "Arabe",
    "Moyen-Orient",
    "Ouest",
    "Est",
    "Nord",
    "Sud",
    "Subsaharienne",
    "Région",
    "Régional",
    "Pays",
    "África",
    "Africano",
    "Asia-Pacífico",
    "Pacífico",
    "Europa",
    "Europeo",
    "América",
    "América Latina",
    "Latinoamérica",
    "Latina",
    "Latino",
    "Latinoamericano",
    "Caribe",
    "Árabe",
    "Oriente Medio",
    "Medio Oriente",
    "Norte",
    "Sur",
    "Occidental",
    "Oriental",
    "Subsahariana",
    "Región",
    "Países",
    "Estados Unidos",
    "Reino Unido",
    "Unión Europea",
    "Naciones Unidas",
    "États-Unis",
    "Royaume-Uni",
    "Union européenne",
    "Nations unies",
    // Russian.
    "Африка",
    "Африки",
    "Азия",
    "Азии",
    "Европа",
    "Европы",
    "Латинская Америка",
    "Латинской Америки",
    "Ближний Восток",
    "Ближнего Востока",
    "Азиатско-Тихоокеанский",
    "Азиатско-Тихоокеанского",
    "Карибский",
    "Карибского",
    "Центральная",
    "Южная",
    "Западная",
    "Восточная",
    "Северная",
    "Регион",
    "Региона",
];

/// One initiative named in an answer.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// What it is counted under: a known initiative's name, or the words in lower case.
    pub key: String,
    /// Its name as shown: a known one's, else as the answer wrote it.
    pub name: String,
    /// Whether it is in the gazetteer.
    pub known: bool,
    /// The acronym (in capitals) this name is followed by in brackets, spelling its initials:
    /// "Joint Cybercrime Action Taskforce (J-CAT)". Answers that write only "J-CAT" name it too.
    pub defines: Option<String>,
}

struct Gazetteer {
    /// The Latin-script forms, lower case, words joined by single spaces, and the entry they
    /// name.
    words: HashMap<String, usize>,
    /// The first words of those forms, lower case: a word that is none of them starts no name.
    firsts: HashSet<String>,
    /// One-word forms in capitals, matched exactly.
    capitals: HashMap<&'static str, usize>,
    /// Forms in other scripts, matched as written, by their first character: an answer is read
    /// once, not once per form.
    scripts: HashMap<char, Vec<(String, usize)>>,
    /// Whether one of those forms starts with an ASCII character (none does today): the others
    /// are not looked up.
    script_ascii: bool,
    /// The longest Latin form, in words.
    longest: usize,
    /// Country names and every run of their words ("virgin islands" of "british virgin
    /// islands", "falkland islands" of "falkland islands (malvinas)"), lower case, words joined
    /// by single spaces: a place, not an initiative.
    places: HashSet<String>,
    /// The words of country names and of [`REGIONS`], lower case, and the parts of those
    /// written with a hyphen.
    place_words: HashSet<String>,
}

/// Makes the gazetteer now rather than at the first answer read.
pub(super) fn warm() {
    gazetteer();
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut g = Gazetteer {
            words: HashMap::default(),
            firsts: HashSet::default(),
            capitals: HashMap::default(),
            scripts: HashMap::default(),
            script_ascii: false,
            longest: 1,
            places: crate::core::countries::Country::all()
                .flat_map(|c| {
                    let name = c.name();
                    let words = words_of(name);
                    let runs: Vec<String> = (0..words.len())
                        .flat_map(|i| (i + 1..=words.len()).map(move |j| (i, j)))
                        .map(|(i, j)| words[i..j].join(" "))
                        .collect();
                    runs.into_iter().chain([key_of(name)])
                })
                .collect(),
            place_words: HashSet::default(),
        };
        for region in REGIONS {
            g.places.insert(words_of(region).join(" "));
        }
        let words: Vec<String> = g.places.iter().flat_map(|p| words_of(p)).collect();
        for w in words {
            g.place_words
                .extend(w.split('-').map(str::to_string).filter(|p| !p.is_empty()));
            g.place_words.insert(w);
        }
        for (i, (_, forms)) in KNOWN.iter().enumerate() {
            for form in *forms {
                if form.chars().any(|c| c.is_alphabetic() && !is_latin(c)) {
                    // Arabic "to the" before "the": "الاتحاد" is written "للاتحاد".
                    let after = form.strip_prefix("ال").map(|rest| format!("لل{rest}"));
                    for form in std::iter::once(form.to_string()).chain(after) {
                        if let Some(first) = form.chars().next() {
                            g.script_ascii |= first.is_ascii();
                            g.scripts.entry(first).or_default().push((form, i));
                        }
                    }
                    continue;
                }
                let words = words_of(form);
                if words.len() == 1 && !form.chars().any(char::is_lowercase) {
                    g.capitals.insert(form, i);
                } else {
                    g.longest = g.longest.max(words.len());
                    g.firsts.insert(words[0].clone());
                    g.words.insert(words.join(" "), i);
                }
            }
        }
        g
    })
}

/// The words of `text`, lower case.
fn words_of(text: &str) -> Vec<String> {
    tokens(text)
        .map(|(s, e)| text[s..e].to_lowercase())
        .collect()
}

fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// The words of `text` as byte ranges: letters and digits, with `-`, `/`, `&` and `'` inside a
/// word ("CERT-EU", "JPCERT/CC", "R&D", "Let's").
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let ascii = text.is_ascii();
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // ASCII text (most answers) is read byte by byte, without Unicode tables.
        let word = |i: usize| -> Option<(char, usize)> {
            if ascii {
                bytes.get(i).map(|b| (*b as char, 1))
            } else {
                text[i..].chars().next().map(|c| (c, c.len_utf8()))
            }
        };
        // Letters without capitals are not read here (known names in their scripts are matched
        // as written): "并配合国家CERT的工作" holds the word "CERT", not a word of eleven letters,
        // and "وRPKI" ("and RPKI") the word "RPKI".
        let alnum = |c: char| {
            if ascii {
                c.is_ascii_alphanumeric()
            } else {
                letters::alphanumeric(c) && !letters::uncased(c)
            }
        };
        while let Some((c, n)) = word(at) {
            if alnum(c) {
                break;
            }
            at += n;
        }
        let mut start = at;
        while let Some((c, n)) = word(at) {
            if alnum(c) {
                at += n;
                continue;
            }
            if matches!(c, '\'' | '’') {
                let next = word(at + n);
                // A French or Italian elision ("l'IETF", "d'APCERT", "qu'ECOWAS"): the name
                // starts after it.
                if elision(&text[start..at]) && next.is_some_and(|(d, _)| alnum(d)) {
                    at += n;
                    start = at;
                    continue;
                }
            }
            // A full stop before a small letter or a digit is in a name ("CERT.br", "abuse.ch").
            if (matches!(c, '-' | '/' | '&' | '\'' | '’')
                && word(at + n).is_some_and(|(d, _)| alnum(d)))
                || (c == '.'
                    && word(at + n)
                        .is_some_and(|(d, _)| letters::lowercase(d) || d.is_ascii_digit()))
            {
                at += n;
                continue;
            }
            break;
        }
        (at > start).then_some((start, at))
    })
}

/// Whether `word` is an elided French or Italian article, preposition or pronoun, as written
/// before an apostrophe.
fn elision(word: &str) -> bool {
    matches!(
        word,
        "l" | "L"
            | "d"
            | "D"
            | "j"
            | "J"
            | "m"
            | "M"
            | "n"
            | "N"
            | "s"
            | "S"
            | "t"
            | "T"
            | "c"
            | "C"
            | "qu"
            | "Qu"
            | "QU"
            | "all"
            | "dell"
            | "nell"
            | "sull"
            | "un"
    )
}

/// The initiatives an answer names, each once, in the order of their keys.
pub fn mentions(text: &str) -> Vec<Mention> {
    let g = gazetteer();
    let mut found: BTreeMap<String, Mention> = BTreeMap::new();
    let mut add = |key: String, name: String, known: bool| {
        found.entry(key.clone()).or_insert(Mention {
            key,
            name,
            known,
            defines: None,
        });
    };
    let mut defined: Vec<Mention> = Vec::new();
    if !text.is_ascii() {
        for (at, c) in text.char_indices() {
            if c.is_ascii() && !g.script_ascii {
                continue;
            }
            for (form, i) in g.scripts.get(&c).into_iter().flatten() {
                if text[at..].starts_with(form) {
                    add(known_key(*i), KNOWN[*i].0.to_string(), true);
                }
            }
        }
    }
    let all: Vec<(usize, usize)> = tokens(text).collect();
    // An answer in capitals with its small words in capitals too is shouting: its capitals name
    // nothing. A list of acronyms ("FIRST, APCERT, GFCE") or one in Chinese is not.
    let (cased, capitals) =
        text.chars()
            .filter(|&c| letters::alphabetic(c))
            .fold((0, 0), |(l, u), c| {
                let upper = letters::uppercase(c);
                (
                    l + usize::from(upper || letters::lowercase(c)),
                    u + usize::from(upper),
                )
            });
    let shouted = || {
        all.iter()
            .map(|&(s, e)| &text[s..e])
            .filter(|w| {
                w.chars().count() <= 4
                    && !w.chars().any(char::is_lowercase)
                    && SMALL.contains(&w.to_lowercase().as_str())
            })
            .count()
    };
    if capitals * 2 > cased && shouted() >= 2 {
        return found.into_values().collect();
    }
    // Known names first, wherever they are in the answer: their words after the first may be in
    // lower case ("l'Union africaine", "la Convention sur la cybercriminalité").
    let mut known = vec![false; all.len()];
    let mut n = 0;
    while n < all.len() {
        match g.known_at(text, &all, n) {
            Some((k, len)) => {
                add(known_key(k), KNOWN[k].0.to_string(), true);
                known[n..n + len].fill(true);
                n += len;
            }
            None => n += 1,
        }
    }
    // Then the other runs of capitalised words.
    let mut run: Vec<(usize, usize)> = Vec::new();
    for (n, &(start, end)) in all.iter().enumerate() {
        let word = &text[start..end];
        let capital = !known[n]
            && (word.chars().next().is_some_and(letters::uppercase)
                || word.chars().filter(|&c| letters::uppercase(c)).count() >= 2);
        // Most words are neither: nothing more to look at unless a run is open.
        if !capital && run.is_empty() {
            continue;
        }
        let joined = run
            .last()
            .is_some_and(|&(_, e)| text[e..start].trim().is_empty());
        let connector = !capital
            && !known[n]
            && word.len() <= 3
            && CONNECTORS.contains(&word)
            && all.get(n + 1).is_some_and(|&(s, e)| {
                !known[n + 1]
                    && text[end..s].trim().is_empty()
                    && text[s..e].starts_with(char::is_uppercase)
            });
        if !joined && !run.is_empty() {
            match definition(text, &run, (start, end)) {
                Some((at, acronym)) => {
                    unknown(text, &run[..at], g, &mut add);
                    let name = text[run[at].0..run[run.len() - 1].1]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    defined.push(Mention {
                        key: key_of(&name),
                        name: format!("{name} ({word})"),
                        known: false,
                        defines: Some(acronym),
                    });
                }
                None => unknown(text, &run, g, &mut add),
            }
            run.clear();
        }
        if capital || (connector && !run.is_empty()) {
            run.push((start, end));
        } else if !run.is_empty() {
            unknown(text, &run, g, &mut add);
            run.clear();
        }
    }
    unknown(text, &run, g, &mut add);
    for m in defined {
        found.insert(m.key.clone(), m);
    }
    found.into_values().collect()
}

/// Whether the run of capitalised words before `word` ends in a name that `word`, written in
/// brackets after it, abbreviates ("Joint Cybercrime Action Taskforce (J-CAT)", "Cooperative
/// Cyber Defence Centre of Excellence (CCDCOE)"): where in the run the name starts, and the
/// acronym in capitals.
fn definition(
    text: &str,
    run: &[(usize, usize)],
    (start, end): (usize, usize),
) -> Option<(usize, String)> {
    let last = run.last()?;
    let word = &text[start..end];
    if text[last.1..start].trim() != "(" || !text[end..].trim_start().starts_with(')') {
        return None;
    }
    let acronym: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    if word.chars().filter(|c| c.is_uppercase()).count() < 2
        || GENERIC_ACRONYMS.contains(&acronym.as_str())
    {
        return None;
    }
    let initials = |run: &[(usize, usize)], connectors: bool| -> String {
        run.iter()
            .flat_map(|&(s, e)| text[s..e].split(['-', '/']))
            .filter(|part| !part.is_empty() && (connectors || !CONNECTORS.contains(part)))
            .filter_map(|part| part.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    // The name has two words or more, and starts with a capital.
    (0..run.len().saturating_sub(1))
        .filter(|&at| text[run[at].0..].starts_with(char::is_uppercase))
        .find(|&at| initials(&run[at..], false) == acronym || initials(&run[at..], true) == acronym)
        .map(|at| (at, word.to_uppercase()))
}

fn known_key(i: usize) -> String {
    format!("\u{0}{}", KNOWN[i].0)
}

impl Gazetteer {
    /// The known initiative `name` is a form of.
    fn known(&self, name: &str) -> Option<usize> {
        self.capitals
            .get(name)
            .or_else(|| self.words.get(&words_of(name).join(" ")))
            .copied()
    }

    /// The known initiative whose form starts at word `n` of `all`, longest form first, and how
    /// many words it takes: a form in capitals as written, any other from a capitalised first
    /// word ("An avalanche of phishing" names nothing), its words apart only by spaces or an
    /// elision ("Conseil de l'Europe").
    fn known_at(&self, text: &str, all: &[(usize, usize)], n: usize) -> Option<(usize, usize)> {
        let (s, e) = all[n];
        let first = &text[s..e];
        let capitals = self.capitals.get(first).map(|&k| (k, 1));
        if !first.starts_with(char::is_uppercase) {
            return capitals;
        }
        let mut key = first.to_lowercase();
        if !self.firsts.contains(&key) {
            return capitals;
        }
        let mut found = self.words.get(&key).map(|&k| (k, 1)).or(capitals);
        for len in 2..=self.longest.min(all.len() - n) {
            let (before, (s, e)) = (all[n + len - 2], all[n + len - 1]);
            let gap = &text[before.1..s];
            // Spaces, an elision, or a full stop as in "Stop. Think. Connect."
            let apart = gap
                .trim_start_matches('.')
                .chars()
                .all(|c| c == ' ' || c == '\u{a0}')
                || gap
                    .trim_start_matches([' ', '\u{a0}'])
                    .strip_suffix(['\'', '’'])
                    .is_some_and(elision);
            if !apart {
                break;
            }
            key.push(' ');
            key.extend(text[s..e].chars().flat_map(char::to_lowercase));
            if let Some(&k) = self.words.get(&key) {
                found = Some((k, len));
            }
        }
        found
    }
}

/// A run of capitalised words the gazetteer does not know: a name if two words or more remain
/// once a word that only starts its sentence and the connectors at either end are dropped; an
/// acronym if one word with two capitals or more.
fn unknown(
    text: &str,
    run: &[(usize, usize)],
    g: &Gazetteer,
    add: &mut impl FnMut(String, String, bool),
) {
    // An English possessive ends a name ("the UK's NCSC" is the NCSC) and is not part of it
    // ("the Council of Europe's").
    let possessive =
        |&(s, e): &(usize, usize)| text[s..e].ends_with("'s") || text[s..e].ends_with("’s");
    if let Some(at) = run.iter().position(possessive)
        && at + 1 < run.len()
    {
        unknown(text, &run[..=at], g, add);
        unknown(text, &run[at + 1..], g, add);
        return;
    }
    let mut owned = run.to_vec();
    if let Some(last) = owned.last_mut()
        && let Some(kept) = text[last.0..last.1]
            .strip_suffix("'s")
            .or_else(|| text[last.0..last.1].strip_suffix("’s"))
    {
        last.1 = last.0 + kept.len();
    }
    let mut run = owned.as_slice();
    let acronym = |w: &str| w.chars().filter(|c| c.is_uppercase()).count() >= 2 && !compound(w);
    // An acronym in capitals is short; a name in capitals and small letters may be longer
    // ("CSIRTAmericas", "NoMoreRansom").
    let longest = |w: &str| {
        if w.chars().any(char::is_lowercase) {
            24
        } else {
            12
        }
    };
    if let Some(&(s, e)) = run.first()
        && starts_sentence(text, s)
        && !acronym(&text[s..e])
    {
        run = &run[1..];
    }
    let connector = |&(s, e): &(usize, usize)| CONNECTORS.contains(&&text[s..e]);
    // An article before a name is not part of it ("The Freedom Online Coalition").
    let article = |&(s, e): &(usize, usize)| {
        matches!(
            &text[s..e],
            "The" | "La" | "Le" | "Les" | "El" | "Los" | "Las" | "Die" | "Der"
        )
    };
    while run.first().is_some_and(|w| connector(w) || article(w)) {
        run = &run[1..];
    }
    while run.last().is_some_and(connector) {
        run = &run[..run.len() - 1];
    }
    // "Trinidad and Tobago" and "Latin American" are places; "Kenya CIRT and Ghana CERT" is two
    // names; "Information Sharing and Analysis Centres" is a kind of thing.
    let place = |&(s, e): &(usize, usize)| {
        let word = text[s..e].to_lowercase();
        g.place_words.contains(&word) || CONNECTORS.contains(&word.as_str())
    };
    if let (Some(first), Some(last)) = (run.first(), run.last()) {
        let key = key_of(&text[first.0..last.1]);
        if g.places.contains(&key)
            || GENERIC_PHRASES.contains(&key.as_str())
            || (run.len() > 1 && run.iter().all(place))
        {
            return;
        }
    }
    if let Some(at) = run
        .iter()
        .position(|&(s, e)| matches!(&text[s..e], "and" | "et" | "y"))
    {
        unknown(text, &run[..at], g, add);
        unknown(text, &run[at + 1..], g, add);
        return;
    }
    // What is left of a known name once a possessive or the capitals around it are gone
    // ("INTERPOL's") is that name.
    let mut add = |key: String, name: String| match g.known(&name) {
        Some(k) => add(known_key(k), KNOWN[k].0.to_string(), true),
        None => add(key, name, false),
    };
    match run {
        [] => {}
        [(s, e)] => {
            let mut word = &text[*s..*e];
            // "PGP-encrypted" is PGP; "CERT-to-CERT" and "peer-to-peer" name nothing.
            let small = |part: &str| part.chars().all(char::is_lowercase);
            if word.split('-').any(small) {
                word = match word.rsplit_once('-') {
                    Some((head, tail)) if small(tail) && !head.split('-').any(small) => head,
                    _ => "",
                };
            }
            let upper = word.to_uppercase();
            if acronym(word)
                && word.chars().count() <= longest(word)
                && word.chars().any(char::is_alphabetic)
                && !GENERIC_ACRONYMS.contains(&upper.as_str())
            {
                add(upper, word.to_string());
            }
        }
        _ if run.len() <= 8 => {
            let name = &text[run[0].0..run[run.len() - 1].1];
            let key = key_of(name);
            let generic = |w: &str| {
                CONNECTORS.contains(&w) || GENERIC_ACRONYMS.contains(&w.to_uppercase().as_str())
            };
            if !GENERIC_PHRASES.contains(&key.as_str())
                && !g.places.contains(&key)
                && !key.split(' ').all(generic)
            {
                add(key, name.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
        _ => {}
    }
}

/// Whether `word` is capitalised words joined by hyphens ("Asia-Pacific", "Cyber-Security"),
/// not an acronym ("CERT-EU").
fn compound(word: &str) -> bool {
    word.contains('-')
        && word
            .split('-')
            .all(|part| part.chars().skip(1).all(|c| !c.is_uppercase()))
}

/// A name's words, lower case, joined by single spaces.
fn key_of(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether the word at byte `at` begins a sentence, a line or a list item.
fn starts_sentence(text: &str, at: usize) -> bool {
    match text[..at]
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '«' | '(' | '\''))
    {
        None => true,
        Some(c) => {
            matches!(c, '.' | '!' | '?' | ':' | ';' | '-' | '*' | '•' | '–' | '—')
                || text[..at].trim_end_matches([' ', '\t']).ends_with('\n')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let mut names: Vec<String> = mentions(text).into_iter().map(|m| m.name).collect();
        names.sort();
        names
    }

    #[test]
    fn known_initiatives_however_they_are_written() {
        assert_eq!(
            names(
                "We work with FIRST and the Forum of Incident Response and Security Teams, and APCERT drills."
            ),
            vec!["APCERT", "FIRST"]
        );
        assert_eq!(
            names("First, we train staff. The first step matters."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("The Avalanche takedown, led by Europol's EC3, showed what cooperation can do."),
            vec!["Avalanche", "Europol EC3"]
        );
        assert_eq!(
            names("An avalanche of phishing hit us."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("Nous appliquons la Convention de Budapest."),
            vec!["Budapest Convention"]
        );
        assert_eq!(
            names("我们加入了布达佩斯公约。"),
            vec!["Budapest Convention"]
        );
        assert_eq!(
            names("انضممنا إلى اتفاقية بودابست"),
            vec!["Budapest Convention"]
        );
    }

    #[test]
    fn the_osce_and_the_great_exercises_are_known_in_every_script() {
        for text in [
            "Меры доверия ОБСЕ, учения Locked Shields и Cyber Europe.",
            "The OSCE CBMs, Locked Shields and Cyber Europe exercises.",
            "欧安组织的建立信任措施，以及 Locked Shields 和 Cyber Europe 演习。",
        ] {
            let found = mentions(text);
            let mut keys: Vec<&str> = found
                .iter()
                .filter(|m| m.known)
                .map(|m| m.name.as_str())
                .collect();
            keys.sort_unstable();
            assert_eq!(keys, ["Cyber Europe", "Locked Shields", "OSCE"], "{text}");
        }
    }

    #[test]
    fn elisions_and_possessives_are_not_part_of_a_name() {
        assert_eq!(
            names("Nous travaillons avec l'IETF, d'APCERT et l’UIT au sein de l'OEA/CICTE."),
            names("Nous travaillons avec IETF, APCERT et UIT au sein de OEA/CICTE.")
        );
        assert_eq!(
            names(
                "We follow the UK's NCSC and the Council of Europe's Cybercrime Programme Office."
            ),
            vec!["Council of Europe", "Cybercrime Programme Office", "NCSC"]
        );
        // Everyone's acronyms in the other languages name nothing either.
        assert_eq!(
            names(
                "Les PME et les ONG dépendent des FAI ; las PYMES y las ONG usan las TIC. МСП и НКО."
            ),
            Vec::<String>::new()
        );
        // An apostrophe inside a name stays.
        assert_eq!(
            names("We met O'Neill Partners at FIRST."),
            vec!["FIRST", "O'Neill Partners"]
        );
    }

    #[test]
    fn known_names_whose_words_after_the_first_are_in_lower_case() {
        assert_eq!(
            names(
                "Nous travaillons avec l'Union africaine, la Banque mondiale et le Conseil de l'Europe."
            ),
            vec!["African Union", "Council of Europe", "World Bank"]
        );
        assert_eq!(
            names(
                "La Convention sur la cybercriminalité et l'Union internationale des télécommunications."
            ),
            vec!["Budapest Convention", "ITU"]
        );
        // The longest form first, full stops between words, Arabic "to the".
        assert_eq!(
            names("The ASEAN CERT Incident Drill and Stop. Think. Connect. help ASEAN."),
            vec!["ASEAN", "ASEAN CERT Incident Drill", "Stop.Think.Connect."]
        );
        assert_eq!(
            names("بدعم من المركز التابع للاتحاد الدولي للاتصالات"),
            vec!["ITU"]
        );
        // Still from a capitalised first word only.
        assert_eq!(
            names("Une union africaine des cœurs, une avalanche de courriels."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn regions_and_runs_of_scripts_without_capitals_name_nothing() {
        assert_eq!(
            names(
                "In the Asia-Pacific and Latin American regions, in America Latina, Amérique latine and West African States, CERTs cooperate."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            names(
                "En Asie-Pacifique, en Afrique de l'Ouest et au Moyen-Orient. В Латинской Америки и Азии."
            ),
            Vec::<String>::new()
        );
        // A region's words with others can be a name; an acronym with a hyphen is one.
        assert_eq!(
            names("The Pacific Islands Forum and CERT-EU and the OIC-CERT met."),
            vec!["CERT-EU", "OIC-CERT", "Pacific Islands Forum"]
        );
        assert_eq!(
            names("我们并配合国家CERT的工作，也与CNCERT合作。"),
            vec!["CNCERT"]
        );
    }

    #[test]
    fn unknown_names_by_their_capitals() {
        assert_eq!(
            names("Our ngCERT shares feeds through the Kenya Cyber Threat Exchange with banks."),
            vec!["Kenya Cyber Threat Exchange", "ngCERT"]
        );
        // A capital that only starts the sentence, generic acronyms, countries and shouting
        // name nothing.
        assert_eq!(
            names("Training matters. Our CERT and ISP partners in South Africa help."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("WE NEED MORE MONEY FOR CERTS NOW"),
            Vec::<String>::new()
        );
        // A list of acronyms is not shouting, nor an acronym in Chinese.
        assert_eq!(
            names("FIRST, APCERT, GFCE"),
            vec!["APCERT", "FIRST", "GFCE"]
        );
        assert_eq!(names("与CNCERT合作"), vec!["CNCERT"]);
        assert_eq!(
            names("CNCERT/CC, 国家互联网应急中心 and JPCERT/CC."),
            vec!["CNCERT", "JPCERT/CC"]
        );
        // A name spelled out with its acronym in brackets; a known name with a possessive.
        assert_eq!(
            names(
                "The Joint Cybercrime Action Taskforce (J-CAT), the National Cyber-Forensics and Training Alliance (NCFTA) and INTERPOL's IGCI."
            ),
            vec![
                "INTERPOL",
                "INTERPOL Global Complex for Innovation",
                "J-CAT",
                "Joint Cybercrime Action Taskforce (J-CAT)",
                "NCFTA",
                "National Cyber-Forensics and Training Alliance (NCFTA)"
            ]
        );
        // A word in small letters after a hyphen is not part of a name; between two it makes
        // none. A name in Latin letters after an Arabic "and" is a name.
        assert_eq!(
            names("PGP-encrypted mail, CERT-to-CERT trust, DNSSEC وRPKI."),
            vec!["DNSSEC", "PGP", "RPKI"]
        );
        // Names with a full stop or in capitals and small letters.
        assert_eq!(
            names("CERT.br and the CSIRTAmericas network use abuse.ch feeds. CERT.br again."),
            vec!["CERT.br", "CSIRTAmericas"]
        );
        assert_eq!(
            names("The Global Forum on Cyber Expertise helps."),
            vec!["GFCE"]
        );
        assert_eq!(
            names("We train with Kenya CIRT and Ghana CERT."),
            vec!["Ghana CERT", "Kenya CIRT"]
        );
        // Nor an article before a name, or a kind of thing.
        assert_eq!(
            names(
                "Via (The Freedom Online Coalition) and Information Sharing and Analysis Centres."
            ),
            vec!["Freedom Online Coalition"]
        );
        assert_eq!(
            names("In Trinidad and Tobago and Sao Tome and Principe we train."),
            Vec::<String>::new()
        );
        // Part of a country's name is still a place.
        assert_eq!(
            names("The Budapest Convention helped United States Virgin Islands cooperate."),
            vec!["Budapest Convention"]
        );
        assert_eq!(
            names("The CERT community in Falkland Islands (Malvinas) meets monthly."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("See the Cyber Resilience Programme of the Bank of Ghana."),
            vec!["Bank of Ghana", "Cyber Resilience Programme"]
        );
    }
}
