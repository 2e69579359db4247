//! A deterministic corpus generator for tests and benchmarks: realistic multi-sentence answers in six languages, a stakeholder and regional mix, planted themes per question, and a campaign pasted by many. The same seed always gives the same responses.

use std::collections::{BTreeMap, BTreeSet};

use super::countries::Country;
use super::questionnaire::Questionnaire;
use super::response::{
    Capacity, Publication, Response, ResponseId, Source, StakeholderGroup, Status,
};
use super::synthesis::Rng;
use super::time::Timestamp;

/// A generated set of responses and, for checking, the theme planted in each answer.
pub struct Generated {
    /// The responses, in generation order.
    pub responses: Vec<Response>,
    /// `(response, question id) -> theme index` for every answer that is not the campaign.
    pub planted: BTreeMap<(ResponseId, String), usize>,
    /// Responses that pasted the campaign text.
    pub campaign: Vec<ResponseId>,
    /// `(response, question id)` of answers that say nothing ("See attached", "Merci"…):
    /// [`generate_varied`] only.
    pub non_answers: BTreeSet<(ResponseId, String)>,
    /// `(response, question id)` of answers about something else altogether.
    pub off_topic: BTreeSet<(ResponseId, String)>,
    /// `(response, question id) -> initiative` for answers that name one (its name in
    /// `synthesis::initiatives`).
    pub initiatives: BTreeMap<(ResponseId, String), &'static str>,
}

/// Sentences by language: `(tag, sentences)`.
pub type Sentences = &'static [(&'static str, &'static [&'static str])];

/// The planted themes: a name and sentences in each language (`{c}` is a country, `{o}` an
/// organisation kind).
pub const THEMES: &[(&str, Sentences)] = &[
    (
        "incident information sharing",
        &[
            (
                "en",
                &[
                    "Our national CERT shares threat indicators with banks and telecom operators every week.",
                    "Trusted information sharing between CERTs and {o} is the backbone of incident response in {c}.",
                    "We exchange indicators of compromise through a secure MISP platform with regional CERTs.",
                    "Incident reports from {o} reach the CERT within hours thanks to a simple sharing agreement.",
                    "Sharing incident data across borders remains slow because of confidentiality rules.",
                    "The CERT community in {c} meets monthly to share lessons from recent incidents.",
                    "Information sharing works when there are clear rules on what may be passed on to whom.",
                    "A traffic light protocol lets {o} share sensitive incident details without fear.",
                ],
            ),
            (
                "fr",
                &[
                    "Notre CERT national partage des indicateurs de menace avec les banques chaque semaine.",
                    "Le partage d'informations entre les CERT et les {o} est essentiel pour répondre aux incidents.",
                    "Nous échangeons des indicateurs de compromission avec les CERT de la région.",
                    "Le partage des données d'incidents entre pays reste lent à cause des règles de confidentialité.",
                    "Les CERT de {c} se réunissent chaque mois pour partager les leçons des incidents récents.",
                ],
            ),
            (
                "es",
                &[
                    "Nuestro CERT nacional comparte indicadores de amenazas con los bancos cada semana.",
                    "El intercambio de información entre los CERT y las {o} es clave para responder a incidentes.",
                    "Intercambiamos indicadores de compromiso con los CERT de la región mediante una plataforma segura.",
                    "Compartir datos de incidentes entre países sigue siendo lento por las reglas de confidencialidad.",
                ],
            ),
            (
                "ru",
                &[
                    "Наш национальный CERT еженедельно обменивается индикаторами угроз с банками.",
                    "Обмен информацией об инцидентах между CERT и {o} является основой реагирования.",
                    "Мы обмениваемся индикаторами компрометации с региональными CERT через защищённую платформу.",
                ],
            ),
            (
                "ar",
                &[
                    "يتبادل فريق الاستجابة الوطني مؤشرات التهديد مع البنوك كل أسبوع.",
                    "تبادل المعلومات عن الحوادث بين فرق الاستجابة والمؤسسات أساس الاستجابة للحوادث.",
                    "نتبادل مؤشرات الاختراق مع فرق الاستجابة الإقليمية عبر منصة آمنة.",
                ],
            ),
            (
                "zh",
                &[
                    "我们的国家应急响应中心每周与银行共享威胁情报。",
                    "应急响应中心之间的信息共享是事件响应的基础。",
                    "我们通过安全平台与地区应急响应中心交换入侵指标。",
                ],
            ),
        ],
    ),
    (
        "capacity building and training",
        &[
            (
                "en",
                &[
                    "Capacity building for small CERTs in developing countries should focus on practical training.",
                    "Training judges and prosecutors on digital evidence has improved cybercrime cases in {c}.",
                    "Mentoring programmes pair experienced incident handlers with new teams in least developed countries.",
                    "Regional training workshops build skills and, just as importantly, trust between people.",
                    "Universities in {c} now offer cybersecurity courses designed with {o}.",
                    "Capacity building must be sustained over years, not delivered as one-off workshops.",
                    "Online courses in local languages reach far more technicians than conferences abroad.",
                    "Exercises and simulations train teams to cooperate before a real crisis happens.",
                ],
            ),
            (
                "fr",
                &[
                    "Le renforcement des capacités des petits CERT doit privilégier la formation pratique.",
                    "La formation des juges et des procureurs à la preuve numérique a amélioré les dossiers en {c}.",
                    "Des ateliers régionaux de formation créent des compétences et de la confiance.",
                    "Le renforcement des capacités doit durer des années et non se limiter à des ateliers ponctuels.",
                    "Les exercices de simulation préparent les équipes à coopérer avant une crise réelle.",
                ],
            ),
            (
                "es",
                &[
                    "El fortalecimiento de capacidades de los pequeños CERT debe centrarse en la formación práctica.",
                    "La formación de jueces y fiscales en prueba digital ha mejorado los casos de ciberdelito.",
                    "Los talleres regionales de formación crean habilidades y confianza entre las personas.",
                    "Los ejercicios de simulación preparan a los equipos para cooperar antes de una crisis real.",
                ],
            ),
            (
                "ru",
                &[
                    "Развитие потенциала небольших CERT должно основываться на практическом обучении.",
                    "Обучение судей и прокуроров работе с цифровыми доказательствами улучшило расследования.",
                    "Региональные учебные семинары развивают навыки и доверие между специалистами.",
                ],
            ),
            (
                "ar",
                &[
                    "يجب أن يركز بناء القدرات لفرق الاستجابة الصغيرة على التدريب العملي.",
                    "تدريب القضاة والمدعين العامين على الأدلة الرقمية حسّن قضايا الجرائم الإلكترونية.",
                    "ورش التدريب الإقليمية تبني المهارات والثقة بين الأشخاص.",
                ],
            ),
            (
                "zh",
                &[
                    "发展中国家小型应急团队的能力建设应注重实践培训。",
                    "对法官和检察官进行电子证据培训改善了网络犯罪案件的处理。",
                    "区域培训研讨会既培养技能也建立信任。",
                ],
            ),
        ],
    ),
    (
        "laws and cybercrime",
        &[
            (
                "en",
                &[
                    "A modern cybercrime law gives police the powers they need while protecting human rights.",
                    "Joining the Budapest Convention helped {c} cooperate with foreign law enforcement agencies.",
                    "Mutual legal assistance requests take months, which is far too slow for cybercrime investigations.",
                    "Data protection law and cybercrime law must be drafted together to avoid contradictions.",
                    "Law enforcement agencies need clear legal procedures to request data from {o}.",
                    "Cybercrime legislation should be reviewed with civil society to prevent abuse.",
                    "Harmonised legal frameworks across the region make cross-border prosecutions possible.",
                    "Police units specialised in cybercrime now work with prosecutors from the start of a case.",
                ],
            ),
            (
                "fr",
                &[
                    "Une loi moderne sur la cybercriminalité donne à la police les pouvoirs nécessaires en protégeant les droits humains.",
                    "Les demandes d'entraide judiciaire prennent des mois, ce qui est trop lent pour les enquêtes.",
                    "La loi sur la protection des données et la loi sur la cybercriminalité doivent être rédigées ensemble.",
                    "Des cadres juridiques harmonisés dans la région rendent possibles les poursuites transfrontalières.",
                ],
            ),
            (
                "es",
                &[
                    "Una ley moderna de ciberdelito da a la policía los poderes necesarios protegiendo los derechos humanos.",
                    "Las solicitudes de asistencia judicial mutua tardan meses, demasiado para las investigaciones.",
                    "Los marcos jurídicos armonizados en la región permiten los procesos transfronterizos.",
                    "La legislación sobre ciberdelito debe revisarse con la sociedad civil para evitar abusos.",
                ],
            ),
            (
                "ru",
                &[
                    "Современный закон о киберпреступности даёт полиции необходимые полномочия и защищает права человека.",
                    "Запросы о взаимной правовой помощи занимают месяцы, это слишком медленно для расследований.",
                    "Согласованная правовая база в регионе делает возможным трансграничное преследование.",
                ],
            ),
            (
                "ar",
                &[
                    "يمنح قانون حديث للجرائم الإلكترونية الشرطة الصلاحيات اللازمة مع حماية حقوق الإنسان.",
                    "طلبات المساعدة القانونية المتبادلة تستغرق أشهراً وهذا بطيء جداً للتحقيقات.",
                    "الأطر القانونية المنسقة في المنطقة تجعل الملاحقة عبر الحدود ممكنة.",
                ],
            ),
            (
                "zh",
                &[
                    "现代网络犯罪法赋予警方必要权力，同时保护人权。",
                    "司法协助请求需要数月时间，对网络犯罪调查来说太慢。",
                    "区域内统一的法律框架使跨境起诉成为可能。",
                ],
            ),
        ],
    ),
    (
        "public awareness",
        &[
            (
                "en",
                &[
                    "Awareness campaigns teach citizens to recognise phishing and protect their passwords.",
                    "Schools in {c} now include online safety lessons for children and parents.",
                    "Public awareness is cheap compared with the cost of incidents caused by careless users.",
                    "Media partnerships help explain cyber hygiene to people who never read technical advice.",
                    "{o} run awareness weeks every October with simple messages for small businesses.",
                    "Awareness material must be available in local languages to reach rural communities.",
                    "Elderly people are frequent victims of scams and need awareness sessions of their own.",
                    "A national awareness portal collects advice for citizens in one trusted place.",
                ],
            ),
            (
                "fr",
                &[
                    "Les campagnes de sensibilisation apprennent aux citoyens à reconnaître l'hameçonnage.",
                    "Les écoles de {c} proposent désormais des leçons de sécurité en ligne aux enfants.",
                    "Le matériel de sensibilisation doit exister dans les langues locales pour toucher les zones rurales.",
                    "Les personnes âgées sont souvent victimes d'escroqueries et ont besoin de sessions de sensibilisation.",
                ],
            ),
            (
                "es",
                &[
                    "Las campañas de concienciación enseñan a los ciudadanos a reconocer el phishing.",
                    "Las escuelas de {c} incluyen ahora lecciones de seguridad en línea para niños y padres.",
                    "El material de concienciación debe estar en lenguas locales para llegar a las zonas rurales.",
                    "Las personas mayores son víctimas frecuentes de estafas y necesitan sesiones propias.",
                ],
            ),
            (
                "ru",
                &[
                    "Информационные кампании учат граждан распознавать фишинг и защищать пароли.",
                    "Школы теперь проводят уроки безопасности в интернете для детей и родителей.",
                    "Материалы для повышения осведомлённости должны быть на местных языках.",
                ],
            ),
            (
                "ar",
                &[
                    "تعلّم حملات التوعية المواطنين التعرف على التصيد الاحتيالي وحماية كلمات المرور.",
                    "تقدم المدارس الآن دروساً في السلامة على الإنترنت للأطفال وأولياء الأمور.",
                    "يجب أن تتوفر مواد التوعية باللغات المحلية للوصول إلى المناطق الريفية.",
                ],
            ),
            (
                "zh",
                &[
                    "宣传活动教会公民识别网络钓鱼并保护密码。",
                    "学校现在为儿童和家长开设网络安全课程。",
                    "宣传材料必须使用当地语言才能覆盖农村社区。",
                ],
            ),
        ],
    ),
];

/// Openings that vary how people start a sentence, so generated answers are not copies of each
/// other: `(language, openings)`, an empty opening meaning none.
const OPENINGS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "",
            "",
            "",
            "In our experience, ",
            "We see that ",
            "Frankly, ",
            "In {c}, ",
            "For us, ",
            "Today, ",
            "As {o} know, ",
            "Over the last years, ",
            "Importantly, ",
            "We believe that ",
            "Our view is that ",
        ],
    ),
    (
        "fr",
        &[
            "",
            "",
            "Selon nous, ",
            "En pratique, ",
            "Au {c}, ",
            "Aujourd'hui, ",
            "Nous constatons que ",
        ],
    ),
    (
        "es",
        &[
            "",
            "",
            "En nuestra experiencia, ",
            "Hoy, ",
            "En {c}, ",
            "Creemos que ",
            "En la práctica, ",
        ],
    ),
];

/// The pasted text of the campaign, in English.
pub const CAMPAIGN: &str = "We call on all governments to adopt a binding Global Cyber Peace Charter, to protect strong encryption for everyone, and to fund independent national CERTs in every least developed country before 2030.";

const LANGS: [(&str, u32); 6] = [
    ("en", 70),
    ("fr", 10),
    ("es", 8),
    ("ru", 5),
    ("ar", 4),
    ("zh", 3),
];
const GROUPS: [(StakeholderGroup, u32); 7] = [
    (StakeholderGroup::Government, 22),
    (StakeholderGroup::PrivateSector, 18),
    (StakeholderGroup::CivilSociety, 25),
    (StakeholderGroup::TechnicalCommunity, 20),
    (StakeholderGroup::Academia, 8),
    (StakeholderGroup::Intergovernmental, 4),
    (StakeholderGroup::Other, 3),
];
const ORG_KINDS: [&str; 6] = [
    "internet service providers",
    "banks",
    "universities",
    "ministries",
    "civil society groups",
    "hospitals",
];
const NRIS: [&str; 6] = [
    "Nigeria IGF",
    "Kenya IGF",
    "Asia Pacific Regional IGF",
    "EuroDIG",
    "LACIGF",
    "Arab IGF",
];
const NAMES: [&str; 10] = [
    "Ada", "Kwame", "María", "Li", "Fatima", "Olga", "Jean", "Priya", "Tomás", "Amina",
];
const SURNAMES: [&str; 10] = [
    "Obi", "Mensah", "García", "Wei", "Haddad", "Ivanova", "Dupont", "Sharma", "Silva", "Yusuf",
];

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[(rng.next_f64() * items.len() as f64) as usize % items.len()]
}

fn weighted<T: Copy>(rng: &mut Rng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|i| i.1).sum();
    let mut x = (rng.next_f64() * f64::from(total)) as u32;
    for (item, w) in items {
        if x < *w {
            return *item;
        }
        x -= w;
    }
    items[items.len() - 1].0
}

/// Generates `n` responses to `questionnaire` from `seed`. About 60% of questions are
/// answered; each answer plants one of the four [`THEMES`] (each question leans on three,
/// weighted differently); 3% of respondents paste the campaign into every answer they give.
/// The benchmark corpus: its output does not change.
pub fn generate(questionnaire: &Questionnaire, n: usize, seed: u64) -> Generated {
    generate_with(questionnaire, n, seed, &Plan::default())
}

/// Like [`generate`], closer to what a call for contributions receives (issue 13's measure):
/// six themes, each question leaning on five of them in all six languages; 4% of answers say
/// nothing ("See attached", "Merci", "见附件"…) and 4% speak of something else altogether;
/// a sixth of the answers (two fifths for questions 5 and 6, on best practices and situational
/// awareness) name an initiative (FIRST, APCERT, GFCE…). [`Generated`] records each truth.
pub fn generate_varied(questionnaire: &Questionnaire, n: usize, seed: u64) -> Generated {
    let plan = Plan {
        extra_themes: true,
        non_answers: 0.04,
        off_topic: 0.04,
        initiatives: true,
    };
    generate_with(questionnaire, n, seed, &plan)
}

/// What a corpus holds beyond [`generate`]'s.
#[derive(Default)]
struct Plan {
    extra_themes: bool,
    non_answers: f64,
    off_topic: f64,
    initiatives: bool,
}

fn generate_with(questionnaire: &Questionnaire, n: usize, seed: u64, plan: &Plan) -> Generated {
    let themes: Vec<&(&str, Sentences)> = if plan.extra_themes {
        THEMES.iter().chain(EXTRA_THEMES).collect()
    } else {
        THEMES.iter().collect()
    };
    let mut rng = Rng::new(seed);
    let countries: Vec<Country> = Country::all().filter(|c| c.region().is_some()).collect();
    let mut out = Generated {
        responses: Vec::with_capacity(n),
        planted: BTreeMap::new(),
        campaign: Vec::new(),
        non_answers: BTreeSet::new(),
        off_topic: BTreeSet::new(),
        initiatives: BTreeMap::new(),
    };
    let start = Timestamp::parse_rfc3339("2016-06-01T00:00:00Z").map_or(0, |t| t.millis());
    for i in 0..n {
        let mut bytes = [0u8; 16];
        for chunk in bytes.chunks_mut(8) {
            chunk.copy_from_slice(
                &((rng.next_f64() * u64::MAX as f64) as u64 ^ i as u64).to_le_bytes(),
            );
        }
        let id = ResponseId::from_random_bytes(bytes);
        let lang = weighted(&mut rng, &LANGS);
        let created = Timestamp::from_millis(start + (rng.next_f64() * 90.0 * 86_400_000.0) as i64);
        let nri = if rng.next_f64() < 0.4 {
            (*pick(&mut rng, &NRIS)).to_string()
        } else {
            String::new()
        };
        let mut r = Response::new(
            id.clone(),
            questionnaire.reference(),
            created,
            lang,
            Source {
                nri: nri.clone(),
                origin: "https://example.org".into(),
            },
        );
        r.updated =
            Timestamp::from_millis(created.millis() + (rng.next_f64() * 3.0 * 86_400_000.0) as i64);
        r.status = if rng.next_f64() < 0.95 {
            Status::Finished
        } else {
            Status::Draft
        };
        let group = weighted(&mut rng, &GROUPS);
        let capacity = if rng.next_f64() < 0.05 && !nri.is_empty() {
            Capacity::Nri
        } else if rng.next_f64() < 0.6 {
            Capacity::Organisation
        } else {
            Capacity::Individual
        };
        r.respondent.name = format!("{} {}", pick(&mut rng, &NAMES), pick(&mut rng, &SURNAMES));
        r.respondent.organisation = if capacity == Capacity::Individual {
            String::new()
        } else {
            format!("Organisation {}", i % 997)
        };
        r.respondent.capacity = Some(capacity);
        r.respondent.stakeholder_group = Some(group);
        r.respondent.country = Some(*pick(&mut rng, &countries));
        r.respondent.nri = nri;
        r.publication = Some(weighted(
            &mut rng,
            &[
                (Publication::Named, 50),
                (Publication::Anonymous, 35),
                (Publication::DoNotPublish, 15),
            ],
        ));
        let campaigner = rng.next_f64() < 0.03;
        if campaigner {
            out.campaign.push(id.clone());
        }
        for (qi, q) in questionnaire.questions.iter().enumerate() {
            if rng.next_f64() >= 0.6 {
                continue;
            }
            if campaigner {
                r.set_answer(&q.id, CAMPAIGN.to_string());
                continue;
            }
            let key = (id.clone(), q.id.clone());
            if plan.non_answers > 0.0 || plan.off_topic > 0.0 {
                let x = rng.next_f64();
                if x < plan.non_answers {
                    r.set_answer(
                        &q.id,
                        (*pick(&mut rng, in_language(NON_ANSWERS, lang))).into(),
                    );
                    out.non_answers.insert(key);
                    continue;
                }
                if x < plan.non_answers + plan.off_topic {
                    let sentences = in_language(OFF_TOPIC, lang);
                    let first =
                        (rng.next_f64() * sentences.len() as f64) as usize % sentences.len();
                    let second = (first + 1) % sentences.len();
                    let sep = if lang == "zh" { "" } else { " " };
                    r.set_answer(
                        &q.id,
                        format!("{}{sep}{}", sentences[first], sentences[second]),
                    );
                    out.off_topic.insert(key);
                    continue;
                }
            }
            // Each question leans on all the themes but one, a different one each time.
            let skip = qi % themes.len();
            let options: Vec<(usize, u32)> = (0..themes.len())
                .filter(|t| *t != skip)
                .map(|t| (t, 1 + ((t + qi) % 3) as u32))
                .collect();
            let theme = weighted(&mut rng, &options);
            let sentences = themes[theme]
                .1
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or(&[][..], |(_, s)| *s);
            let count = 2 + (rng.next_f64() * 4.0) as usize;
            let openings = OPENINGS
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or(&[""][..], |(_, o)| *o);
            let mut text: Vec<String> = Vec::new();
            let mut used = Vec::new();
            for _ in 0..count {
                let sentence = *pick(&mut rng, sentences);
                if used.contains(&sentence) {
                    continue;
                }
                used.push(sentence);
                let opening = *pick(&mut rng, openings);
                let sentence = if opening.is_empty() {
                    sentence.to_string()
                } else {
                    // "We see that our national CERT…": the sentence continues in lower case.
                    let mut chars = sentence.chars();
                    let first: String = chars
                        .next()
                        .map(|c| c.to_lowercase().collect())
                        .unwrap_or_default();
                    format!("{opening}{first}{}", chars.as_str())
                };
                let s = sentence
                    .replace("{c}", pick(&mut rng, &countries).name())
                    .replace("{o}", pick::<&str>(&mut rng, &ORG_KINDS));
                text.push(s);
            }
            if plan.initiatives {
                // Questions 5 and 6 ask for best practices and who watches: more name one.
                let share = if matches!(qi, 4 | 5) { 0.4 } else { 1.0 / 6.0 };
                if rng.next_f64() < share {
                    let initiative = *pick(&mut rng, &INITIATIVES);
                    let template = *pick(&mut rng, in_language(NAMING, lang));
                    text.push(template.replace("{i}", initiative));
                    out.initiatives.insert(key.clone(), initiative);
                }
            }
            let sep = if lang == "zh" { "" } else { " " };
            r.set_answer(&q.id, text.join(sep));
            out.planted.insert(key, theme);
        }
        out.responses.push(r);
    }
    out
}

/// `items`' entry for `lang`, else English's.
fn in_language<'a>(items: &'a [(&str, &'a [&'a str])], lang: &str) -> &'a [&'a str] {
    items
        .iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| items.iter().find(|(l, _)| *l == "en"))
        .map_or(&[][..], |(_, s)| *s)
}

/// Two more planted themes for [`generate_varied`], written like [`THEMES`].
pub const EXTRA_THEMES: &[(&str, Sentences)] = &[
    (
        "critical infrastructure protection",
        &[
            (
                "en",
                &[
                    "Operators of critical infrastructure such as the electricity grid need mandatory security audits.",
                    "An attack on the energy sector in {c} showed how fragile our critical infrastructure is.",
                    "Telecom operators and hospitals must report attacks affecting critical infrastructure.",
                    "We listed which energy, water and telecom systems count as critical infrastructure.",
                    "Protecting the electricity grid requires exercises that bring operators and regulators together.",
                    "Old industrial control systems in the energy sector cannot be updated easily.",
                ],
            ),
            (
                "fr",
                &[
                    "Les opérateurs d'infrastructures critiques comme le réseau électrique doivent être audités.",
                    "Une attaque contre le secteur de l'énergie a montré la fragilité de nos infrastructures critiques.",
                    "Les opérateurs télécom doivent signaler les attaques touchant les infrastructures critiques.",
                    "Protéger le réseau d'électricité demande des exercices communs entre opérateurs et régulateurs.",
                    "Les systèmes industriels anciens du secteur de l'énergie sont difficiles à mettre à jour.",
                ],
            ),
            (
                "es",
                &[
                    "Los operadores de infraestructura crítica, como la red de electricidad, necesitan auditorías obligatorias.",
                    "Un ataque contra el sector de la energía mostró lo frágil que es nuestra infraestructura crítica.",
                    "Las empresas de telecomunicaciones deben notificar los ataques contra la infraestructura crítica.",
                    "Proteger la red de electricidad exige ejercicios conjuntos de operadores y reguladores.",
                    "Los sistemas industriales antiguos del sector de la energía son difíciles de actualizar.",
                ],
            ),
            (
                "ru",
                &[
                    "Операторы критической инфраструктуры, включая электроэнергию, должны проходить обязательный аудит.",
                    "Атака на энергетику показала, насколько уязвима наша критическая инфраструктура.",
                    "Операторы телекоммуникаций обязаны сообщать об атаках на критическую инфраструктуру.",
                    "Защита сетей электроэнергии требует совместных учений операторов и регуляторов.",
                    "Старые промышленные системы в энергетике трудно обновлять.",
                ],
            ),
            (
                "ar",
                &[
                    "يجب أن يخضع مشغلو البنية التحتية الحيوية مثل شبكة الكهرباء لتدقيق أمني إلزامي.",
                    "أظهر هجوم على قطاع الطاقة مدى هشاشة البنية التحتية الحيوية لدينا.",
                    "يجب على شركات الاتصالات الإبلاغ عن الهجمات على البنية التحتية الحيوية.",
                    "تتطلب حماية شبكة الكهرباء تمارين مشتركة بين المشغلين والجهات التنظيمية.",
                    "يصعب تحديث الأنظمة الصناعية القديمة في قطاع الطاقة.",
                ],
            ),
            (
                "zh",
                &[
                    "电力等关键基础设施的运营者需要接受强制性安全审计。",
                    "针对能源行业的攻击表明我们的关键基础设施十分脆弱。",
                    "电信运营商必须报告针对关键基础设施的攻击。",
                    "保护电力网络需要运营者和监管机构共同演练。",
                    "能源行业的老旧工业控制系统很难更新。",
                ],
            ),
        ],
    ),
    (
        "international norms and diplomacy",
        &[
            (
                "en",
                &[
                    "The norms of responsible state behaviour agreed at the United Nations must be implemented.",
                    "Confidence building measures between states reduce the risk of conflict in cyberspace.",
                    "Cyber diplomacy should include civil society, not only governments.",
                    "The reports of the UN GGE give a framework of norms that {c} supports.",
                    "Regional organisations can turn global norms into practical confidence building measures.",
                    "Diplomacy on cyber norms moves slowly while attacks between states grow.",
                ],
            ),
            (
                "fr",
                &[
                    "Les normes de comportement responsable des États adoptées aux Nations Unies doivent être appliquées.",
                    "Les mesures de confiance entre États réduisent le risque de conflit dans le cyberespace.",
                    "La diplomatie numérique doit associer la société civile, pas seulement les gouvernements.",
                    "Les organisations régionales peuvent traduire les normes mondiales en mesures de confiance concrètes.",
                    "La diplomatie sur les normes avance lentement alors que les attaques entre États augmentent.",
                ],
            ),
            (
                "es",
                &[
                    "Las normas de comportamiento responsable de los Estados acordadas en las Naciones Unidas deben aplicarse.",
                    "Las medidas de confianza entre Estados reducen el riesgo de conflicto en el ciberespacio.",
                    "La diplomacia cibernética debe incluir a la sociedad civil, no solo a los gobiernos.",
                    "Las organizaciones regionales pueden convertir las normas globales en medidas de confianza concretas.",
                    "La diplomacia sobre normas avanza despacio mientras crecen los ataques entre Estados.",
                ],
            ),
            (
                "ru",
                &[
                    "Нормы ответственного поведения государств, согласованные в ООН, должны выполняться.",
                    "Меры доверия между государствами снижают риск конфликта в киберпространстве.",
                    "Дипломатия в киберпространстве должна включать гражданское общество, а не только правительства.",
                    "Региональные организации могут превратить глобальные нормы в практические меры доверия.",
                    "Дипломатия по нормам продвигается медленно, а атаки между государствами растут.",
                ],
            ),
            (
                "ar",
                &[
                    "يجب تطبيق معايير السلوك المسؤول للدول التي اتفق عليها في الأمم المتحدة.",
                    "تقلل تدابير الثقة بين الدول من خطر النزاع في الفضاء الإلكتروني.",
                    "يجب أن تشمل الدبلوماسية السيبرانية المجتمع المدني وليس الحكومات فقط.",
                    "يمكن للمنظمات الإقليمية تحويل المعايير العالمية إلى تدابير عملية لبناء الثقة بين الدول.",
                    "تتقدم الدبلوماسية بشأن المعايير ببطء بينما تتزايد الهجمات بين الدول.",
                ],
            ),
            (
                "zh",
                &[
                    "在联合国商定的国家负责任行为规范必须得到落实。",
                    "国家之间建立信任的措施可以降低网络空间冲突的风险。",
                    "网络外交应当包括民间社会，而不仅仅是政府。",
                    "区域组织可以把全球规范变成具体的建立信任措施。",
                    "关于网络规范的外交进展缓慢，而国家之间的攻击却在增加。",
                ],
            ),
        ],
    ),
];

/// Answers that say nothing, as people write them.
const NON_ANSWERS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "See attached.",
            "N/A",
            "No comment.",
            "Thank you!",
            "Same as above.",
        ],
    ),
    (
        "fr",
        &[
            "Voir pièce jointe.",
            "Merci.",
            "Pas de commentaire.",
            "Néant",
        ],
    ),
    (
        "es",
        &["Ver adjunto.", "Gracias.", "Sin comentarios.", "N/A"],
    ),
    ("ru", &["См. приложение.", "Без комментариев.", "Спасибо."]),
    ("ar", &["انظر المرفق", "لا تعليق", "شكرا"]),
    ("zh", &["见附件", "无", "谢谢"]),
];

/// Sentences about something else altogether; an off-topic answer is two of them.
const OFF_TOPIC: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "Our village football team won the regional cup this summer.",
            "The new bakery on the main street sells excellent bread.",
            "I enjoy hiking in the mountains with my family at weekends.",
            "The price of rice went up again at the market this month.",
        ],
    ),
    (
        "fr",
        &[
            "Notre équipe de football a gagné la coupe régionale cet été.",
            "La nouvelle boulangerie de la rue principale vend un pain excellent.",
            "J'aime faire de la randonnée en montagne avec ma famille.",
        ],
    ),
    (
        "es",
        &[
            "Nuestro equipo de fútbol ganó la copa regional este verano.",
            "La nueva panadería de la calle principal vende un pan excelente.",
            "Me gusta caminar por la montaña con mi familia los fines de semana.",
        ],
    ),
    (
        "ru",
        &[
            "Наша футбольная команда выиграла кубок этим летом.",
            "Новая пекарня на главной улице продаёт отличный хлеб.",
            "Я люблю ходить в горы с семьёй по выходным.",
        ],
    ),
    (
        "ar",
        &[
            "فاز فريق كرة القدم في قريتنا بالكأس هذا الصيف.",
            "المخبز الجديد في الشارع الرئيسي يبيع خبزا ممتازا.",
            "أحب المشي في الجبال مع عائلتي في عطلة نهاية الأسبوع.",
        ],
    ),
    (
        "zh",
        &[
            "我们村的足球队今年夏天赢得了杯赛。",
            "主街上新开的面包店卖的面包非常好吃。",
            "我喜欢周末和家人一起去山里徒步。",
        ],
    ),
];

/// Initiatives answers name, as `synthesis::initiatives` names them.
const INITIATIVES: [&str; 8] = [
    "FIRST",
    "APCERT",
    "GFCE",
    "MANRS",
    "Shadowserver",
    "Avalanche",
    "AfricaCERT",
    "CiSP",
];

/// Sentences that name an initiative (`{i}`).
const NAMING: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "We learned a lot from {i}.",
            "The work of {i} is a model for us.",
            "Our team takes part in {i}.",
        ],
    ),
    (
        "fr",
        &[
            "Nous avons beaucoup appris de {i}.",
            "Notre équipe participe à {i}.",
        ],
    ),
    (
        "es",
        &[
            "Hemos aprendido mucho de {i}.",
            "Nuestro equipo participa en {i}.",
        ],
    ),
    (
        "ru",
        &[
            "Мы многому научились у {i}.",
            "Наша команда участвует в {i}.",
        ],
    ),
    ("ar", &["تعلمنا الكثير من {i}.", "يشارك فريقنا في {i}."]),
    ("zh", &["我们从{i}学到了很多。", "我们的团队参与了{i}。"]),
];
