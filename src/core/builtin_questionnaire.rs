//! The built-in questionnaire (`questionnaires/igf-bpf-cybersecurity-2016.json`) as code, so the form needs no reader for it. Written by `UPDATE_BUILTIN=1 cargo test --test core the_built_in_questionnaire_is_its_file`; do not edit.

use super::questionnaire::{Localized, ProfileField, Question, QuestionKind, Questionnaire};

/// Every text of the questionnaire, by language tag.
static TEXTS: &[&[(&str, &str)]] = &[
    &[("ar", "منتدى أفضل الممارسات المعني بالأمن السيبراني التابع لمنتدى إدارة الإنترنت: دعوة إلى تقديم المساهمات"), ("en", "IGF Best Practice Forum on Cybersecurity: call for contributions"), ("es", "Foro de Buenas Prácticas del IGF sobre Ciberseguridad: convocatoria de contribuciones"), ("fr", "Forum sur les bonnes pratiques du FGI en matière de cybersécurité\u{a0}: appel à contributions"), ("ru", "Форум ФУИ по передовому опыту (BPF) в области кибербезопасности: призыв к представлению материалов"), ("zh", "互联网治理论坛 (IGF) 网络安全最佳实践论坛：意见征集")],
    &[("ar", "يجمع منتدى أفضل الممارسات المعني بالأمن السيبراني، التابع لمنتدى إدارة الإنترنت، بين الحكومات وقطاع الأعمال والمجتمع المدني والمجتمع التقني والأوساط الأكاديمية والمنظمات الحكومية الدولية لتبادل ما ي\u{64f}جدي نفع\u{64b}ا في بناء الثقة والأمن في استخدام تكنولوجيا المعلومات والاتصالات من خلال التعاون والعمل المشترك."), ("en", "The Internet Governance Forum's Best Practice Forum (BPF) on Cybersecurity brings governments, business, civil society, the technical community, academia and intergovernmental organisations together to share what works in building confidence and security in the use of ICTs through cooperation and collaboration."), ("es", "El Foro de Buenas Prácticas (BPF) sobre Ciberseguridad del Foro para la Gobernanza de Internet (IGF) reúne a gobiernos, empresas, sociedad civil, comunidad técnica, sector académico y organizaciones intergubernamentales para compartir lo que funciona a la hora de fomentar la confianza y la seguridad en el uso de las TIC mediante la cooperación y la colaboración."), ("fr", "Le Forum sur les bonnes pratiques (BPF) en matière de cybersécurité du Forum sur la gouvernance de l’Internet (FGI) réunit les gouvernements, les entreprises, la société civile, la communauté technique, le milieu universitaire et les organisations intergouvernementales afin de partager ce qui fonctionne pour établir la confiance et la sécurité dans l’utilisation des TIC grâce à la coopération et à la collaboration."), ("ru", "Форум по передовому опыту (BPF) в области кибербезопасности Форума по вопросам управления интернетом (ФУИ / IGF) объединяет правительства, деловые круги, гражданское общество, техническое сообщество, академическое сообщество и межправительственные организации, чтобы они делились тем, что действительно помогает укреплять доверие и безопасность при использовании ИКТ на основе сотрудничества и взаимодействия."), ("zh", "互联网治理论坛 (IGF) 网络安全最佳实践论坛 (BPF) 汇聚政府、工商界、民间社会、技术界、学术界和政府间组织，共同交流如何通过合作与协作，有效树立使用信息通信技术的信心和安全。")],
    &[("ar", "تقرأ أمانة منتدى إدارة الإنترنت مساهمتك، وت\u{64f}درجها، سؤال\u{64b}ا سؤال\u{64b}ا، في توليف ي\u{64f}ضم\u{64e}\u{651}ن في الوثيقة الختامية لمنتدى أفضل الممارسات. وأنت من يختار ما إذا كانت مساهمتك ست\u{64f}نشر باسمك، أو ت\u{64f}نشر دون ذكر اسمك، أو ت\u{64f}ستخدم لأغراض التوليف فقط."), ("en", "Your contribution is read by the IGF Secretariat and synthesised, question by question, into the BPF's output document. You choose whether it is published with your name, published anonymously, or used only for the synthesis."), ("es", "La Secretaría del IGF lee su contribución y la incorpora, pregunta por pregunta, a la síntesis del documento final del BPF. Usted elige si se publica con su nombre, si se publica de forma anónima o si se usa solo para la síntesis."), ("fr", "Votre contribution est lue par le Secrétariat du FGI et synthétisée, question par question, dans le document final du BPF. Vous choisissez si elle est publiée avec votre nom, publiée de façon anonyme, ou utilisée uniquement pour la synthèse."), ("ru", "Ваш материал прочитает Секретариат ФУИ и обобщит его, вопрос за вопросом, в итоговом документе BPF. Вы сами выбираете, будет ли он опубликован с вашим именем, опубликован анонимно или использован только для обобщения."), ("zh", "您的意见将由互联网治理论坛秘书处阅读，并逐个问题综合纳入 BPF 的成果文件。您可以选择署名发布、匿名发布，或仅用于综述。")],
    &[("ar", "أجب عن أي عدد تشاء من الأسئلة السبعة، وفق الوتيرة التي تناسبك. تبقى إجاباتك على هذا الجهاز إلى أن تحفظ ملف رد\u{651}ك وترسله إلى الأمانة أو إلى المبادرة الوطنية أو الإقليمية لمنتدى إدارة الإنترنت التي تتبعها."), ("en", "Answer as many of the seven questions as you wish, at your own pace. Your answers stay on this device until you save your response file and send it to the Secretariat or to your National or Regional IGF initiative."), ("es", "Responda a tantas de las siete preguntas como desee, a su propio ritmo. Sus respuestas permanecen en este dispositivo hasta que guarde su archivo de respuesta y lo envíe a la Secretaría o a su iniciativa nacional o regional del IGF (NRI)."), ("fr", "Répondez à autant de questions que vous le souhaitez parmi les sept, à votre rythme. Vos réponses restent sur cet appareil jusqu’à ce que vous enregistriez votre fichier de réponse et l’envoyiez au Secrétariat ou à votre initiative nationale ou régionale du FGI."), ("ru", "Ответьте на любое число из семи вопросов в удобном для вас темпе. Ваши ответы остаются на этом устройстве, пока вы не сохраните файл анкеты и не отправите его в Секретариат или в вашу национальную или региональную инициативу ФУИ (NRI)."), ("zh", "七个问题中，您想回答多少都可以，按自己的节奏进行即可。在您保存答复文件并将其发送给秘书处或您所在的互联网治理论坛国家和区域倡议 (NRI) 之前，您的回答只保存在此设备上。")],
    &[("ar", "ما الأدوار والمسؤوليات المعتادة لفئتك/لكل فئة من فئات أصحاب المصلحة في جعل الإنترنت مكان\u{64b}ا آمن\u{64b}ا ومأمون\u{64b}ا يتواصل فيه الناس اجتماعي\u{64b}ا ويزاولون فيه أعمالهم التجارية؟"), ("en", "What are the typical roles and responsibilities of your/each of the stakeholder groups in making the internet a secure and safe place for people to socialize and conduct business?"), ("es", "¿Cuáles son las funciones y responsabilidades habituales de su grupo o de cada uno de los grupos de partes interesadas para hacer de Internet un lugar seguro y protegido en el que las personas puedan relacionarse y hacer negocios?"), ("fr", "Quels sont les rôles et responsabilités habituels de votre groupe de parties prenantes / de chacun des groupes de parties prenantes pour faire de l’Internet un espace sûr et sécurisé où chacun peut entretenir des relations sociales et mener des activités commerciales\u{a0}?"), ("ru", "Каковы типичные роли и обязанности вашей/каждой из групп заинтересованных сторон в том, чтобы сделать интернет безопасным и защищённым пространством, где люди могут общаться и вести бизнес?"), ("zh", "在使互联网成为人们进行社交和开展业务的安全可靠场所方面，您所属的/每个利益攸关方群体通常承担哪些作用和责任？")],
    &[("ar", "ما بعض آليات التواصل المعتادة بين فئات أصحاب المصلحة لمناقشة الشواغل المتعلقة بالأمن السيبراني؟"), ("en", "What are some of the typical communication mechanisms between stakeholder groups to discuss cyber security related concerns?"), ("es", "¿Cuáles son algunos de los mecanismos de comunicación habituales entre los grupos de partes interesadas para debatir las cuestiones relacionadas con la ciberseguridad?"), ("fr", "Quels sont certains des mécanismes de communication habituels entre les groupes de parties prenantes pour examiner les préoccupations liées à la cybersécurité\u{a0}?"), ("ru", "Каковы типичные механизмы коммуникации между группами заинтересованных сторон для обсуждения проблем, связанных с кибербезопасностью?"), ("zh", "利益攸关方群体之间讨论网络安全相关问题的典型沟通机制有哪些？")],
    &[("ar", "كيف يمكن تعزيز التعاون والعمل المشترك في مجال الأمن السيبراني، ولا سيما في البلدان النامية وأقل البلدان نمو\u{64b}ا؟"), ("en", "How can cybersecurity cooperation and collaboration be enhanced particularly in developing and least developed countries?"), ("es", "¿Cómo pueden mejorarse la cooperación y la colaboración en materia de ciberseguridad, en particular en los países en desarrollo y los países menos adelantados?"), ("fr", "Comment la coopération et la collaboration en matière de cybersécurité peuvent-elles être renforcées, en particulier dans les pays en développement et les pays les moins avancés\u{a0}?"), ("ru", "Как можно укрепить сотрудничество и взаимодействие в области кибербезопасности, особенно в развивающихся и наименее развитых странах?"), ("zh", "如何加强网络安全合作与协作，特别是在发展中国家和最不发达国家？")],
    &[("ar", "ما بعض مجالات المشكلات الشائعة التي يواجهها أصحاب المصلحة عند سعيهم إلى تعزيز التعاون والعمل المشترك؟"), ("en", "What are some common problem areas that stakeholders encounter when trying to enhance cooperation and collaboration?"), ("es", "¿Cuáles son algunos de los problemas comunes con los que se encuentran las partes interesadas al intentar mejorar la cooperación y la colaboración?"), ("fr", "Quels sont certains des problèmes courants que rencontrent les parties prenantes lorsqu’elles cherchent à renforcer la coopération et la collaboration\u{a0}?"), ("ru", "Каковы типичные проблемные области, с которыми сталкиваются заинтересованные стороны, пытаясь укрепить сотрудничество и взаимодействие?"), ("zh", "利益攸关方在努力加强合作与协作时，常遇到哪些问题领域？")],
    &[("ar", "ما بعض أفضل الممارسات القائمة الجديرة بالذكر، وأمثلة العمل المشترك والتعاون الناجحين بين أصحاب المصلحة وجهات فاعلة محددة، التي أسهمت في تحسين الأمن السيبراني؟"), ("en", "What are some notable existing best practices and examples of successful collaboration and cooperation amongst stakeholders and specific actors that have helped improve cybersecurity?"), ("es", "¿Cuáles son algunas de las buenas prácticas existentes más destacadas y algunos ejemplos de colaboración y cooperación satisfactorias entre partes interesadas y actores específicos que hayan contribuido a mejorar la ciberseguridad?"), ("fr", "Quelles sont certaines des bonnes pratiques existantes notables et certains exemples de collaboration et de coopération réussies entre les parties prenantes et des acteurs particuliers qui ont contribué à améliorer la cybersécurité\u{a0}?"), ("ru", "Каковы наиболее заметные из существующих передовых практик и примеров успешного сотрудничества и взаимодействия между заинтересованными сторонами и конкретными участниками, которые помогли повысить кибербезопасность?"), ("zh", "利益攸关方和特定行为体之间有哪些值得关注的现有最佳实践和成功协作与合作的实例，有助于改善网络安全？")],
    &[("ar", "ما بعض الأمثلة على أفضل الممارسات في مجال «الوعي الظرفي بالأمن السيبراني» التي عملت فيها منظمات مختلفة مع\u{64b}ا، ولا سيما مع أجهزة إنفاذ القانون وغيرها من الجهات المتخصصة؟"), ("en", "What are some examples of best practices in 'Cyber security Situational Awareness' where different organizations have worked together, specifically with law enforcement agencies and other specialists?"), ("es", "¿Cuáles son algunos ejemplos de buenas prácticas en materia de “conciencia situacional en ciberseguridad” en los que distintas organizaciones hayan trabajado juntas, en particular con los organismos encargados de hacer cumplir la ley y otros especialistas?"), ("fr", "Quels sont quelques exemples de bonnes pratiques de «\u{a0}connaissance de la situation en matière de cybersécurité\u{a0}» dans lesquelles différentes organisations ont travaillé ensemble, en particulier avec les services chargés de l’application de la loi et d’autres spécialistes\u{a0}?"), ("ru", "Каковы примеры передовой практики в области «ситуационной осведомлённости в сфере кибербезопасности», когда различные организации работали совместно, в частности с правоохранительными органами и другими специалистами?"), ("zh", "在“网络安全态势感知”方面，有哪些最佳实践实例体现了不同组织之间的合作，特别是与执法机构和其他专家的合作？")],
    &[("ar", "ما المواضيع الأخرى، ذات الصلة أو المختلفة، التي تود\u{651} منظمتك أن يتناولها منتدى أفضل الممارسات هذا في المرحلة المقبلة، سواء في عام 2016 أو بعده؟"), ("en", "What are other related or different topics that your organization would like this BPF to address moving forward, both in 2016 and beyond?"), ("es", "¿Qué otros temas, relacionados o diferentes, desearía su organización que este BPF abordara en adelante, tanto en 2016 como después?"), ("fr", "Quels autres sujets, connexes ou différents, votre organisation souhaiterait-elle que ce BPF aborde à l’avenir, en 2016 et au-delà\u{a0}?"), ("ru", "Какие другие смежные или иные темы ваша организация хотела бы предложить этому BPF для рассмотрения в дальнейшем — как в 2016 году, так и в последующий период?"), ("zh", "贵组织希望本 BPF 今后（包括 2016 年及以后）处理哪些其他相关或不同的议题？")],
];

fn text(i: usize) -> Localized {
    Localized::new(TEXTS[i].iter().copied())
}

/// The questionnaire, exactly as `questionnaire::parse` reads its file.
pub(super) fn questionnaire() -> Questionnaire {
    Questionnaire {
        id: "igf-bpf-cybersecurity-2016".into(),
        version: 1,
        example: false,
        title: text(0),
        intro: vec![
            text(1),
            text(2),
            text(3),
        ],
        profile: vec![
            ProfileField::Name,
            ProfileField::Organisation,
            ProfileField::Email,
            ProfileField::Country,
            ProfileField::Group,
            ProfileField::Capacity,
            ProfileField::Nri,
        ],
        questions: vec![
            Question {
                id: "q1".into(),
                text: text(4),
                hint: None,
                kind: QuestionKind::LongText { max_length: 30000 },
            },
            Question {
                id: "q2".into(),
                text: text(5),
                hint: None,
                kind: QuestionKind::LongText { max_length: 30000 },
            },
            Question {
                id: "q3".into(),
                text: text(6),
                hint: None,
                kind: QuestionKind::LongText { max_length: 30000 },
            },
            Question {
                id: "q4".into(),
                text: text(7),
                hint: None,
                kind: QuestionKind::LongText { max_length: 30000 },
            },
            Question {
                id: "q5".into(),
                text: text(8),
                hint: None,
                kind: QuestionKind::LongText { max_length: 30000 },
            },
            Question {
                id: "q6".into(),
                text: text(9),
                hint: None,
                kind: QuestionKind::LongText { max_length: 30000 },
            },
            Question {
                id: "q7".into(),
                text: text(10),
                hint: None,
                kind: QuestionKind::LongText { max_length: 30000 },
            },
        ],
        hash: "3679d234542c23d9875e02a440aa4559045fffd09a3091c23dc829d365f03d60".into(),
    }
}
