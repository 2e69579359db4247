## The app's frame

app-name = منتدى أفضل الممارسات المعني بالأمن السيبراني: دعوة إلى تقديم المساهمات
skip-link = انتقل إلى المحتوى الرئيسي
footer-privacy = تبقى إجاباتك على هذا الجهاز إلى أن تحفظ ملف ردّك وترسله بنفسك. لا ترسل هذه الصفحة أي شيء إلى أي مكان.
footer-version = الإصدار { $version } من bpf-survey
footer-synthesis = لأمانة منتدى إدارة الإنترنت: توليف الردود
footer-offline = احصل على النسخة غير المتصلة بالإنترنت (ملف واحد يُفتح دون إنترنت، ويمكن مشاركته على وحدة USB أو بالبريد الإلكتروني)
footer-embed = للمبادرات الوطنية والإقليمية (NRI): ضمِّن هذه الاستمارة في موقعك
title-separator = –
language-menu = اللغة
language-failed = تعذّر تحميل { $language }. تحقّق من اتصالك وحاول مرة أخرى.

## Saving

save-status-saved = حُفظ على هذا الجهاز في { $time }
save-status-not-saved = لم يُحفظ على هذا الجهاز
storage-warning-title = لا يجري حفظ إجاباتك على هذا الجهاز
storage-full = امتلأت مساحة التخزين المخصصة لهذه الصفحة في المتصفح.
storage-unavailable = لا يسمح هذا المتصفح للصفحة بالاحتفاظ بأي شيء (بسبب التصفح الخاص، أو لأن إعداداته تمنع ذلك).
storage-failed = رفض المتصفح الحفظ.
storage-warning-keep-open = كل ما كتبته لا يزال هنا على الشاشة. أبقِ هذه الصفحة مفتوحة ونزّل نسخة الآن، حتى لا يضيع شيء.
storage-download-copy = نزّل نسخة الآن
downloaded = تم تنزيل { $file }
download-failed = تعذّر تنزيل الملف: { $reason }
start-failed = تعذّر بدء رد جديد: { $reason }
options-title = توجد مشكلة في إعدادات هذه الاستمارة
options-intro = حدّد الموقع الذي يعرض هذه الاستمارة إعدادًا لا تستطيع الاستمارة استخدامه. وتعمل الاستمارة من دونه. إذا كنت تدير هذا الموقع، فصحّح عنوان الاستمارة:
option-unknown = «{ $name }» ليس إعدادًا من إعدادات هذه الاستمارة.
option-invalid = لا يمكن أن يأخذ الإعداد «{ $name }» القيمة «{ $value }».
option-repeated = الإعداد «{ $name }» مذكور أكثر من مرة بقيم مختلفة، لذلك لا تُستخدم أي منها.
home-closed = أُغلق باب تقديم المساهمات في { $date }. ولا يزال بإمكانك تنزيل الردود المحفوظة على هذا الجهاز.
done-send-to = أرسله إلى: { $contact }
done-send-to-unlisted = يطلب عنوان هذه الصفحة إرسال ملفك إلى { $contact }، وهو عنوان لا يدرجه هذا الموقع بوصفه عنوان الأمانة أو عنوان مبادرة وطنية أو إقليمية. تحقّق ممّن أرسل إليك هذا الرابط قبل الإرسال.
risk-title = قد لا يحتفظ هذا المتصفح بإجاباتك
risk-partitioned = هذه الاستمارة معروضة داخل صفحة موقع آخر، حيث قد يحفظ المتصفح بياناتها بمعزل عنها أو يحذفها عند مغادرتك.
risk-private = يبدو أن هذه نافذة تصفح خاصة: يحذف المتصفح كل شيء عند إغلاقها.
risk-safari = يحذف Safari ما احتفظ به الموقع إذا لم تزره لمدة سبعة أيام.
risk-not-persisted = لم يتعهد المتصفح بالاحتفاظ بإجاباتك: قد يحذفها إذا نفدت المساحة على الجهاز.
risk-advice = احفظ نسخة على جهازك من حين لآخر، حتى لا يضيع شيء.
risk-save = احفظ نسخة على جهازك
risk-changed = تغيّرت إجاباتك منذ آخر نسخة حفظتها.
risk-copy-none = لم تحفظ أي نسخة بعد.

## Start page

questionnaire-loading = جارٍ تحميل الاستبيان…
questionnaire-refused = لا يمكن استخدام الاستبيان «{ $address }»: { $reason }. أنت تجيب عن الاستبيان المدمج.
questionnaire-reason-unlisted = فهو موجود على موقع لا يعترف به هذا النموذج
questionnaire-reason-fetch = تعذّر تنزيله ({ $detail })
questionnaire-reason-syntax = ليس ملف استبيان
questionnaire-reason-newer = كُتب لإصدار أحدث من هذا النموذج
questionnaire-reason-large = الملف أكبر من أن يكون استبيانًا
questionnaire-reason-invalid = يخالف قاعدة من قواعد الاستبيانات ({ $detail })
questionnaire-place-title = العنوان
questionnaire-place-intro = المقدمة
questionnaire-place-question = السؤال «{ $id }»
questionnaire-place-hint = تلميح السؤال «{ $id }»
questionnaire-place-choice = الخيار «{ $choice }» من السؤال «{ $id }»
questionnaire-rule-id = معرّف الاستبيان «{ $id }» لا يجوز أن يحوي إلا حروف ASCII اللاتينية والأرقام و- و_
questionnaire-rule-no-questions = ليس فيه أي سؤال
questionnaire-rule-too-many-questions = عدد الأسئلة: { $n }؛ والحد الأقصى المسموح به { $max }
questionnaire-rule-too-many-paragraphs = عدد فقرات المقدمة: { $n }؛ والحد الأقصى المسموح به { $max }
questionnaire-rule-question-id = معرّف السؤال «{ $id }» لا يجوز أن يحوي إلا حروف ASCII اللاتينية والأرقام و- و_
questionnaire-rule-question-id-twice = معرّف السؤال «{ $id }» مستخدم مرتين
questionnaire-rule-profile-unknown = حقل الملف الشخصي «{ $key }» غير موجود في الاستمارة
questionnaire-rule-profile-twice = حقل الملف الشخصي «{ $key }» مذكور مرتين
questionnaire-rule-max-length = { $place }: حدّ طول الإجابة { $n }؛ ويجب أن يكون بين 1 و{ $max }
questionnaire-rule-not-for = { $place }: «{ $field }» لا ينطبق على النوع «{ $kind }»
questionnaire-rule-max-choices = { $place }: عدد الخيارات المسموح باختيارها { $n } من أصل { $of }؛ ويجب أن يكون العدد بين 1 و{ $of }
questionnaire-rule-kind = { $place }: لا يوجد نوع «{ $kind }»؛ الأنواع هي long-text وshort-text وone-choice وseveral-choices
questionnaire-rule-too-few-choices = { $place }: يحتاج سؤال الاختيار إلى خيارين على الأقل
questionnaire-rule-too-many-choices = { $place }: عدد الخيارات { $n }؛ والحد الأقصى المسموح به { $max }
questionnaire-rule-choice-id = { $place }: معرّف الخيار «{ $id }» لا يجوز أن يحوي إلا حروف ASCII اللاتينية والأرقام و- و_
questionnaire-rule-choice-id-twice = { $place }: معرّف الخيار «{ $id }» مستخدم مرتين
questionnaire-rule-language = { $place }: «{ $language }» ليست من اللغات الست (ar وen وes وfr وru وzh)
questionnaire-rule-too-long = { $place } ({ $language }): عدد الأحرف { $length }؛ والحد الأقصى المسموح به { $max }
questionnaire-rule-markup = { $place } ({ $language }): الترميز غير مسموح به؛ نصوص الاستبيانات نص عادي
questionnaire-rule-control = { $place } ({ $language }): أحرف التحكم غير مسموح بها
questionnaire-rule-no-text = { $place }: لا نص له بأي لغة
questionnaire-rule-version = الإصدار «{ $version }» ليس عددًا صحيحًا
questionnaire-example = هذا الاستبيان مثال، وليس دعوة رسمية إلى تقديم المساهمات.
questionnaire-fallback = عدد نصوص هذا الاستبيان غير المتاحة بلغتك: { $missing } من { $all }؛ وهي معروضة باللغة: { $language }.
home-other-questionnaire = الاستبيان: { $title }
home-open-questionnaire = الإجابة عن استبيان آخر
home-open-questionnaire-hint = إذا أرسلت إليك الأمانة أو مبادرتك الوطنية أو الإقليمية لمنتدى إدارة الإنترنت ملف استبيان (‎.json)، فافتحه هنا. تبقى ردودك الأخرى على هذا الجهاز مع أسئلتها.
home-open-questionnaire-label = ملف الاستبيان
home-other-drafts = { $count ->
    [zero] لا توجد على هذا الجهاز ردود على استبيانات أخرى.
    [one] يوجد على هذا الجهاز رد واحد على استبيان آخر: افتحه مع الاستبيانات الأخرى.
    [two] يوجد على هذا الجهاز ردّان على استبيانات أخرى: افتحهما مع الاستبيانات الأخرى.
    [few] توجد على هذا الجهاز { $count } ردود على استبيانات أخرى: افتحها مع الاستبيانات الأخرى.
    [many] يوجد على هذا الجهاز { $count } ردًا على استبيانات أخرى: افتحها مع الاستبيانات الأخرى.
   *[other] يوجد على هذا الجهاز { $count } رد على استبيانات أخرى: افتحها مع الاستبيانات الأخرى.
}
home-start = ابدأ ردّك
home-shared = هذا جهاز مشترك: لا تُعرض الردود هنا، ويُزال كل رد من الجهاز فور حفظ ملفه.
home-shared-left = ردود غير مكتملة تُركت على هذا الجهاز من قبل: { $count }. وهي محفوظة لكنها لا تُعرض.
home-continue = تابع ردّك
home-start-another = ابدأ ردًا آخر
home-your-responses = الردود على هذا الجهاز
home-your-responses-hint = يُحفظ كل رد في هذا المتصفح. ويمكن لأي شخص يستخدم هذا الجهاز وهذا المتصفح أن يطّلع عليها.
home-untitled = رد بلا عنوان
home-changed = آخر تعديل: { $when }
home-answered = الأسئلة المُجاب عنها: { $count } من أصل { $total }
home-resume = فتح
home-download = تنزيل
home-delete = حذف
home-unreadable = { $count ->
    [zero] لم تتعذّر قراءة أي رد محفوظ على هذا الجهاز.
    [one] تعذّرت قراءة رد واحد محفوظ على هذا الجهاز. وقد تُرك دون أي تغيير:
    [two] تعذّرت قراءة ردّين محفوظين على هذا الجهاز. وقد تُركا دون أي تغيير:
    [few] تعذّرت قراءة { $count } ردود محفوظة على هذا الجهاز. وقد تُركت دون أي تغيير:
    [many] تعذّرت قراءة { $count } ردًا محفوظًا على هذا الجهاز. وقد تُركت دون أي تغيير:
   *[other] تعذّرت قراءة { $count } رد محفوظ على هذا الجهاز. وقد تُركت دون أي تغيير:
}
store-unreadable = هذا المدخل المحفوظ لم يكتبه هذا النموذج.
store-newer = كُتب هذا الرد المحفوظ بإصدار أحدث من النموذج؛ افتحه بذلك الإصدار.
store-damaged = هذا الرد المحفوظ تالف ولا يمكن فتحه.
home-bundle-title = هل تجمع الردود في ورشة عمل؟
home-bundle-hint = نزّل كل الردود المكتملة على هذا الجهاز في ملف واحد لإرساله إلى الأمانة.
home-bundle-button = { $count ->
    [zero] لا توجد ردود مكتملة لتنزيلها
    [one] نزّل ردًا مكتملًا واحدًا في ملف واحد
    [two] نزّل الردّين المكتملين في ملف واحد
    [few] نزّل كل الردود المكتملة ({ $count } ردود) في ملف واحد
    [many] نزّل كل الردود المكتملة ({ $count } ردًا) في ملف واحد
   *[other] نزّل كل الردود المكتملة ({ $count } رد) في ملف واحد
}
bundle-downloaded = { $count ->
    [zero] لم يُنزَّل أي رد في { $file }
    [one] تم تنزيل رد واحد في { $file }
    [two] تم تنزيل ردّين في { $file }
    [few] تم تنزيل { $count } ردود في { $file }
    [many] تم تنزيل { $count } ردًا في { $file }
   *[other] تم تنزيل { $count } رد في { $file }
}
status-draft = مسودة
status-finished = مكتمل
delete-confirm = هل تريد حذف «{ $title }» من هذا الجهاز؟ لا يمكن التراجع عن ذلك. نزّله أولًا إذا كنت قد تحتاج إليه.
delete-yes = نعم، احذفه
delete-cancel = إلغاء
deleted = تم حذف «{ $title }» من هذا الجهاز
delete-failed = تعذّر حذف الرد: { $reason }
reason-not-on-device = لم يعد هذا الرد على هذا الجهاز
reason-no-page = الصفحة ليست مفتوحة في نافذة متصفح
reason-unreachable = تعذّر تنزيل جزء من الاستمارة: تحقّق من اتصالك بالإنترنت وأعد تحميل هذه الصفحة

## Steps

step-of = الخطوة { $step } من { $total }
continue = متابعة
back = رجوع

## About you

about-title = معلومات عنك
about-intro = أخبرنا من أنت، حتى تُحتسب مساهمتك، وتُنسب إليك إن رغبت في ذلك.
about-name = الاسم الكامل
about-name-hint = لا يلزم إلا إذا نُشرت مساهمتك باسمك.
about-organisation = المنظمة
about-organisation-hint = اترك هذا الحقل فارغًا إذا كنت تردّ بصفتك الفردية.
about-email = عنوان البريد الإلكتروني (اختياري)
about-email-hint = لا يُستخدم إلا إذا احتاجت الأمانة إلى أن تسألك عن مساهمتك. ولا يُنشر أبدًا.
about-capacity = بأي صفة تردّ؟
capacity-individual = بصفتي الفردية
capacity-organisation = نيابةً عن منظمة
capacity-nri = نيابةً عن مبادرة وطنية أو إقليمية لمنتدى إدارة الإنترنت (NRI)
about-group = إلى أي فئة من فئات أصحاب المصلحة تنتمي؟
group-government = الحكومة
group-private-sector = القطاع الخاص
group-civil-society = المجتمع المدني
group-technical-community = المجتمع التقني
group-academia = الأوساط الأكاديمية
group-intergovernmental = منظمة حكومية دولية
group-other = أخرى
about-country = البلد
about-country-hint = البلد الذي تقيم فيه أنت أو يقع فيه مقر منظمتك. اكتب الأحرف الأولى للانتقال إليه في القائمة.
about-country-choose = اختر بلدًا
about-region = المنطقة: { $subregion } ({ $region })
about-nri = المبادرة الوطنية أو الإقليمية لمنتدى إدارة الإنترنت (NRI)
about-nri-hint = المبادرة التي تعمل معها أو التي دعتك، إن وُجدت: اخترها من القائمة أثناء الكتابة، أو اكتب اسمها.
# UN M49 regions and sub-regions, by code, as the UN Statistics Division names them.
region-002 = أفريقيا
region-009 = أوقيانوسيا
region-015 = أفريقيا الشمالية
region-019 = الأمريكتان
region-021 = أمريكا الشمالية
region-030 = شرقي آسيا
region-034 = جنوب آسيا
region-035 = جنوب شرقي آسيا
region-039 = أوروبا الجنوبية
region-053 = أستراليا ونيوزيلندا
region-054 = ميلانيزيا
region-057 = ميكرونيزيا
region-061 = بولينيزيا
region-142 = آسيا
region-143 = آسيا الوسطى
region-145 = غربي آسيا
region-150 = أوروبا
region-151 = أوروبا الشرقية
region-154 = أوروبا الشمالية
region-155 = أوروبا الغربية
region-202 = أفريقيا جنوب الصحراء الكبرى
region-419 = أمريكا اللاتينية ومنطقة البحر الكاريبي

## Questions

questions-title = إجاباتك
questions-intro = أجب عن أي من الأسئلة، بالقدر الذي تريده من التفصيل. يجب أن تجيب عن سؤال واحد على الأقل لإنهاء ردّك. يُحفظ كل ما تكتبه على هذا الجهاز أولًا بأول.
count-words = { $words ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
    [many] { $words } كلمة
   *[other] { $words } كلمة
}، { $characters ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفان
    [few] { $characters } أحرف
    [many] { $characters } حرفًا
   *[other] { $characters } حرف
}
count-over = تزيد إجابتك على الحد المسموح ({ $max } حرفًا) بعدد { $over } من الأحرف. اختصر إجابتك، أو قدّم الباقي كوثيقة أدناه.

## Publication

publication-title = نشر مساهمتك
publication-legend = كيف تسمح لمنتدى أفضل الممارسات بنشر مساهمتك؟
publication-hint = تقرأ الأمانة كل المساهمات. ويحدد هذا الاختيار ما يمكن للآخرين قراءته.
publication-named = انشرها باسمي
publication-named-hint = يظهر اسمك واسم منظمتك في الاقتباسات وفي قائمة المساهمات.
publication-anonymous = انشرها دون ذكر اسمي
publication-anonymous-hint = لا تُظهر الاقتباسات سوى فئة أصحاب المصلحة التي تنتمي إليها وبلدك، مثل «مشارك من المجتمع المدني، نيجيريا».
publication-none = لا تنشرها
publication-none-hint = تُحتسب في التوليف، ولكن لا يُقتبس منها ولا تُدرج في أي قائمة أبدًا.

## Review

review-title = راجِع ردّك
review-about = معلومات عنك
review-answers = إجاباتك
review-publication = النشر
review-change = تغيير
review-change-answer = إجابتك عن السؤال { $number }
review-email = عنوان البريد الإلكتروني
review-capacity = الصفة
review-group = فئة أصحاب المصلحة
review-publication-choice = النشر
review-not-given = لم يُذكر
review-not-answered = لم تُقدَّم إجابة
review-finish-title = إنهاء ردّك وحفظ ملفه
review-finish-body = سيُحفظ ملف ردّك على هذا الجهاز. ثم ترسله إلى أمانة منتدى إدارة الإنترنت أو إلى مبادرتك الوطنية أو الإقليمية (NRI).
review-finish = إنهاء ردّي وحفظ ملفه
review-encrypted = سيُشفَّر ملف ردّك لأمانة منتدى إدارة الإنترنت: لا يستطيع قراءته إلا الأمانة. وتبقى النسخة الموجودة على هذا الجهاز مقروءة لك.
review-encrypting = جارٍ تشفير ملف ردّك…
key-option-invalid = زُوِّدت هذه الاستمارة بمفتاح تشفير غير صالح، لذا لن تُشفَّر الردود. يُرجى إبلاغ القائمين على هذه الصفحة.
key-option-unlisted = يتضمن عنوان هذه الصفحة مفتاح تشفير لا يدرجه هذا الموقع بوصفه مفتاح أمانة منتدى حوكمة الإنترنت، لذلك لن تُشفَّر الردود به. تحقّق ممّن أرسل إليك هذا الرابط.
key-option-from-file = فُتحت هذه النسخة من الاستمارة من ملف على هذا الجهاز، ولا تستطيع نسخة كهذه التشفير: سيُحفظ ردك دون تشفير. لإرساله مشفرًا، أجب على موقع المنظمين بدلًا من ذلك.
encrypt-failed = تعذّر تشفير ملف الرد: { $reason }. لا يزال ردّك على هذا الجهاز؛ حاول مرة أخرى.

## Done

done-title = تم حفظ ملف ردّك
done-file = حفظه متصفحك باسم
done-encrypted = الملف مشفّر لأمانة منتدى إدارة الإنترنت: لا يستطيع فتحه إلا الأمانة.
done-next-title = ما الذي يحدث بعد ذلك
done-next-body = أرسل هذا الملف بالبريد الإلكتروني إلى أمانة منتدى إدارة الإنترنت، أو إلى المبادرة الوطنية أو الإقليمية لمنتدى إدارة الإنترنت التي دعتك. وهو ملف نصي صغير، ويمكنك فتحه لترى بالضبط ما ترسله.
done-next-body-sealed = أرسل هذا الملف بالبريد الإلكتروني إلى أمانة منتدى إدارة الإنترنت، أو إلى المبادرة الوطنية أو الإقليمية لمنتدى إدارة الإنترنت التي دعتك لتحيله إليها: لا يستطيع فتحه إلا الأمانة.
done-kept = يبقى الرد أيضًا على هذا الجهاز: يمكنك تعديله وحفظ ملف جديد في أي وقت.
done-download-again = نزّل الملف مرة أخرى
done-home = العودة إلى صفحة البداية
done-shared-title = هل هذا جهاز مشترك؟
done-shared-body = إذا كان آخرون يستخدمون هذا الجهاز، فأزل ردّك منه بعد حفظ ملفك في مكان آمن، حتى لا يتمكن الشخص التالي من قراءته.
done-remove = إزالة ردي من هذا الجهاز
done-remove-confirm = هل تريد إزالة ردّك من هذا الجهاز؟ احتفظ بالملف المحفوظ: سيكون حينها النسخة الوحيدة.
done-removed = لأن هذا جهاز مشترك، أُزيل ردّك منه: الملف الذي حفظته هو الآن النسخة الوحيدة. احتفظ به حتى ترسله.
done-changed-title = تغيّر هذا الرد منذ أن حفظته
done-changed-body = راجعه وأنهِه مرة أخرى لحفظ ملف محدَّث.
done-changed-review = راجِع ردّك

## Errors

error-prefix = خطأ:
error-summary-title = توجد مشكلة
error-name-required = أدخل اسمك الكامل، أو اختر النشر دون ذكر اسمك
error-organisation-required = أدخل اسم المنظمة التي تردّ نيابةً عنها
error-nri-required = أدخل اسم المبادرة (NRI) التي تردّ نيابةً عنها
error-email-format = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.org
error-capacity-required = اختر الصفة التي تردّ بها
error-group-required = اختر فئة أصحاب المصلحة التي تنتمي إليها
error-country-required = اختر بلدك
error-no-answers = أجب عن سؤال واحد على الأقل
error-publication-required = اختر كيف يمكن نشر مساهمتك
answer-max-choices = اختر حتى { $max }.
error-too-many-choices = اختر { $max } على الأكثر
error-unknown-choice = اختر من بين الخيارات المعروضة
error-too-long = { $max ->
    [zero] يجب أن يبقى هذا الحقل فارغًا
    [one] يجب ألا يتجاوز طول النص حرفًا واحدًا
    [two] يجب ألا يتجاوز طول النص حرفين
    [few] يجب ألا يتجاوز طول النص { $max } أحرف
    [many] يجب ألا يتجاوز طول النص { $max } حرفًا
   *[other] يجب ألا يتجاوز طول النص { $max } حرف
}
error-in-question = السؤال { $number }: { $error }
error-required = هذا الحقل مطلوب
documents-title = الوثائق
documents-hint = اختياري. أضف أي تقرير أو موجز أو استطلاع ترسله مع ردك، مع رابط إلى مكان قراءته. تُذكر الوثائق مع مساهمتك وفق خيار النشر الذي تختاره؛ وإذا أجبت دون ذكر اسمك فتذكّر أن الرابط قد يكشف هويتك.
documents-legend = الوثيقة { $number }
documents-document-title = العنوان
documents-link = الرابط (اختياري)
documents-link-hint = عنوان يبدأ بـ https:// أو http://
documents-description = سطر واحد عنها (اختياري)
documents-add = إضافة وثيقة
documents-add-another = إضافة وثيقة أخرى
documents-remove = حذف الوثيقة { $number }
error-document-title-required = أدخل عنوان الوثيقة أو احذف الوثيقة
error-document-link = أدخل رابطًا يبدأ بـ https:// أو http://، مثل https://example.org/report.pdf

## Synthesis

synthesis-title = توليف الردود
synthesis-intro = حمّل ملفات الردود والحزم لقراءة ما قاله المشاركون، سؤالًا سؤالًا. تجري كل العمليات في هذا المتصفح: لا يُرفع أي شيء إلى أي مكان.
synthesis-load-title = تحميل الردود
synthesis-load-hint = اختر ملفات أو مجلدًا كاملًا، أو أفلتها هنا. يمكنك إضافة المزيد من الملفات في أي وقت؛ ويُحتسب كل رد مرة واحدة. يمكنك أيضًا تحميل ملف CSV أو XLSX أو ODS مُصدَّر من أداة استبيان أخرى (Google Forms وMicrosoft Forms وKoboToolbox وLimeSurvey وSurveyMonkey): ستسألك الصفحة عما يحتويه كل عمود.
synthesis-choose-files = اختر ملفات
synthesis-choose-folder = اختر مجلدًا
synthesis-progress = التقدّم
synthesis-loading = جارٍ تحميل الملفات: { $done } من { $total }…
synthesis-importing = جارٍ قراءة صفوف الجدول: { $done } من { $total }…
synthesis-analysing = جارٍ تحليل الإجابات: الخطوة { $done } من { $total }…
synthesis-exporting = جارٍ إعداد الملف للتنزيل…
synthesis-ready = التوليف جاهز: { $count ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًا
   *[other] { $count } رد
} (قُرئت الملفات في { $reading } ثانية، وحُلّلت في { $analysing } ثانية)
synthesis-failed = توقّف التحليل: { $reason }. أعد تحميل الصفحة وأضف الملفات مرة أخرى؛ لم يغادر أي شيء هذا المتصفح.
reason-worker-gone = أوقفه المتصفح دون ذكر السبب
reason-export = تعذّرت كتابة ملف { $format } ({ $detail })
nri-unpublished = { $name } (ورد اسمها فقط في ردود ليست للنشر)
nri-none = لا مبادرة وطنية أو إقليمية
report-title = ما الذي تم تحميله
report-summary = { $files ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}: المحمّلة { $loaded }، والمكررة { $duplicates }، والمرفوضة { $rejected }. { $responses ->
    [zero] لا تضم المجموعة أي رد.
    [one] تضم المجموعة ردًا واحدًا.
    [two] تضم المجموعة ردّين.
    [few] تضم المجموعة { $responses } ردود.
    [many] تضم المجموعة { $responses } ردًا.
   *[other] تضم المجموعة { $responses } رد.
}
report-show = اعرض كل الملفات
report-file = الملف
report-status = الحالة
report-details = التفاصيل
synthesis-comments = التعليقات الواردة على المسودات
synthesis-comments-hint = كما في الجزء الثالث (أ) من الملفات المنزّلة: كلمات كل قارئ وفق اختياره للنشر، بجانب النص الذي علّق عليه.
synthesis-comments-text = نص المسودة { $version } الذي علّقوا عليه
review-files-title = المسودات والتعليقات
review-file-draft = { $name }: المسودة { $version }، عدد الأقسام: { $sections }، محفوظة من أجل التعليقات عليها.
review-file-comments = { $name }: عدد التعليقات على المسودة { $version }: { $count }، وهي في الجزء الثالث (أ) من الملفات المنزّلة.
review-file-refused = لم تتم قراءة { $name }: { $reason }
report-status-loaded = محمَّل
report-status-duplicate = مكرر
report-status-rejected = مرفوض
report-status-partly = محمَّل جزئيًا
report-status-waiting = بانتظار المفتاح
report-bundle = حزمة: { $count ->
    [zero] لم يُحتفظ بأي رد
    [one] احتُفظ برد واحد
    [two] احتُفظ بردّين
    [few] احتُفظ بـ{ $count } ردود
    [many] احتُفظ بـ{ $count } ردًا
   *[other] احتُفظ بـ{ $count } رد
}
report-entry-rejected = الرد رقم { $entry } في الحزمة: { $reason }
report-duplicate-kept-here = موجود أيضًا في ملف آخر؛ هذه النسخة هي الأحدث وقد احتُفظ بها ({ $id })
report-duplicate-conflict = نسخ الرد { $id } لا تتفق على كاتبه أو على وقت بدئه: قد تكون إحداها مزوّرة. تحقّق من النسخة الأصلية.
report-duplicate-kept = نسخة مكررة من { $id }؛ احتُفظ بالنسخة الأحدث الموجودة في { $file }
reject-not-text = هذا ليس ملفًا نصيًا.
reject-not-json = هذا ليس ملف JSON (السطر { $line }، العمود { $column }).
reject-truncated = الملف غير مكتمل: فقد اقتُطع جزء منه، ربما أثناء التنزيل أو النسخ.
reject-not-response = ملف JSON هذا ليس ردًا على دعوة منتدى أفضل الممارسات (BPF) إلى تقديم المساهمات، ولا حزمة من هذه الردود.
reject-version = يستخدم هذا الملف الإصدار { $found } من التنسيق، ولا يستطيع هذا الإصدار من التطبيق قراءته. استخدم إصدارًا أحدث من التطبيق.
reject-no-integrity = لا يتضمن الملف رمزًا للتحقق من سلامته، لذا لا يمكن اكتشاف أي تغيير يُجرى عليه.
reject-unknown-integrity = يستخدم رمز التحقق من سلامة الملف الطريقة { $name }، وهي طريقة لا يعرفها هذا التطبيق.
reject-integrity = عُدِّل الملف أو تلف بعد حفظه: رمز التحقق من سلامته غير مطابق.
reject-invalid = الملف تالف: { $field }: { $reason }
reject-count = عدد الردود المذكور في الحزمة: { $claimed }؛ وعدد الردود الموجودة فيها فعلًا: { $found }.
reject-too-large = الملف كبير جدًا ({ $size }؛ والحد الأقصى { $max }).
reject-questionnaire = يجيب هذا الملف عن استبيان آخر ({ $id }، الإصدار { $version }).
reject-questionnaire-edition = يجيب هذا الملف عن نسخة أخرى من الاستبيان { $id }، الإصدار { $version }: الاسم نفسه لكن الأسئلة مختلفة. افتحه في مساحة عمل خاصة بتلك النسخة.
reject-set-full = بلغت المجموعة الحد الأقصى لعدد الردود، وهو { $max }.
reject-duplicate-key = يحتوي الملف على المفتاح { $key } مرتين في الموضع نفسه، لذا فإن مضمونه ملتبس.
reject-too-long = { $field } أطول من الحد الذي تسمح به الاستمارة ({ $max } حرفًا).
reject-needs-key = مشفّر للأمانة: اختر ملف الهوية لقراءته.
reject-wrong-key = الملف مشفّر لمفتاح غير المفتاح الموجود في ملف الهوية الذي اخترته.
reject-damaged-ciphertext = الملف المشفّر تالف أو غير مكتمل.
reject-age-header = ترويسة التشفير فيه أكبر بكثير من ترويسة ملف الرد، لذلك لم يُفتح.
reject-future = يذكر أنه عُدِّل آخر مرة في { $date }، وهو تاريخ في المستقبل، لذلك لم يُحمَّل. تحقّق من ساعة الجهاز الذي جاء منه.
filter-title = التصفية
filter-hint = ضع علامة في مربع أو أكثر لعرض تلك الردود فقط. وتتغير وفقًا لذلك كل الأرقام والملخصات أدناه.
filter-group = فئة أصحاب المصلحة
filter-region = المنطقة
filter-nri = المبادرة الوطنية أو الإقليمية (NRI)
filter-language = لغة الاستمارة
filter-capacity = الصفة
filter-clear = إزالة كل عوامل التصفية
filter-drafts-legend = المسودات غير المكتملة
filter-drafts = الاقتباس منها وإدراجها كما لو كانت قد أُرسلت، كلٌّ وفق خيار النشر الخاص به
overview-title = نظرة عامة
overview-drafts-read = يُقتبس من المسودات غير المكتملة وتُدرج كما لو كانت قد أُرسلت، وفق ما اختير في عوامل التصفية؛ ويحتفظ كلٌّ منها بخيار النشر الخاص به.
overview-count = { $count ->
    [zero] لا مساهمات
    [one] مساهمة واحدة
    [two] مساهمتان
    [few] { $count } مساهمات
    [many] { $count } مساهمة
   *[other] { $count } مساهمة
}{ $drafts ->
    [0] {""}
    [zero] {""}
    [one] ، منها مسودة واحدة لم تكتمل
    [two] ، منها مسودتان لم تكتملا
    [few] ، منها { $drafts } مسودات لم تكتمل
    [many] ، منها { $drafts } مسودة لم تكتمل
   *[other] ، منها { $drafts } مسودة لم تكتمل
}.
breakdown-group = حسب فئة أصحاب المصلحة
breakdown-region = حسب المنطقة
breakdown-nri = حسب المبادرة الوطنية أو الإقليمية (NRI)
breakdown-language = حسب لغة الاستمارة
breakdown-capacity = حسب الصفة
chart-show-table = اعرض الأرقام في جدول
chart-category = الفئة
chart-count = عدد الردود
questions-heading = الأسئلة
question-number = السؤال { $number }
question-answered = عدد المساهمات التي أجابت عن هذا السؤال: { $answered } من أصل { $total }.
question-non-answers = من بينها إجابات بلا مضمون («انظر المرفق»، «لا ينطبق»، كلمة واحدة): { $count }. تُحتسب، لكنها لا تدخل في المواضيع والملخص والمصطلحات الرئيسية.
question-other = من بينها إجابات لا تتناول شيئاً مما تسأل عنه الأسئلة (لا مصطلح من هذا المجال، أو إعلان): { $count }. تُحتسب إجاباتٍ أخرى، لكنها لا تدخل في المواضيع والملخص والمصطلحات الرئيسية.
question-length = طول الإجابات بالكلمات: الوسيط { $median } (من { $min } إلى { $max }؛ المتوسط { $mean }).
themes-title = المواضيع
themes-none = الإجابات أقل من أن تُستخلص منها مواضيع.
theme-meta = { $voices ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $voices } أصوات
    [many] { $voices } صوتًا
   *[other] { $voices } صوت
} · اللغة: { $language }
terms-title = المصطلحات الرئيسية
terms-language = باللغة { $language } (عدد الإجابات: { $answers })
summary-title = الملخص
summary-none = لا توجد هنا أي إجابة يجوز الاقتباس منها.
quote-anonymous = مجهول الهوية، { $group }، { $country }
quote-anonymous-group = مجهول الهوية، { $group }
duplicates-title = إجابات شبه متطابقة
duplicates-none = لا توجد: كل إجابة مختلفة عن غيرها.
duplicates-ordinary = كثيرًا ما تكرر الإجابات عن هذا السؤال النصوص نفسها: أُرسل خمسة منها { $count } مرة أو أكثر لكل منها. تُحتسب كل إجابة بنص كهذا، في موضوعها وفي كل رقم؛ ولا يُحتسب مرة واحدة، بوصفه حملة، إلا نص أُرسل أكثر من ذلك بمرتين ونصف.
duplicates-size = { $count ->
    [zero] لا توجد إجابات تشترك في هذا النص
    [one] إجابة واحدة تتضمن هذا النص
    [two] تشترك إجابتان في هذا النص
    [few] تشترك { $count } إجابات في هذا النص
    [many] تشترك { $count } إجابة في هذا النص
   *[other] تشترك { $count } إجابة في هذا النص
}
question-voices = عند احتساب كل مجموعة من الإجابات شبه المتطابقة مرة واحدة، عدد الأصوات المستقلة: { $voices } (مع احتساب كل الإجابات: { $answered }). تحتسبها الرسوم البيانية مرة واحدة.
overview-voices = عند احتساب كل حملة مرة واحدة، عدد الأصوات المستقلة: { $voices }. تحتسبها الرسوم البيانية مرة واحدة.
raw-figures = مع احتساب كل الإجابات
campaigns-title = الحملات
campaigns-more = مجموعات أخرى من خمس إجابات شبه متطابقة أو أكثر: { $count }، كل منها مدرجة ضمن الإجابات شبه المتطابقة لسؤالها.
campaign-line = عدد الردود التي أرسلت النص نفسه: { $count } (الأسئلة: { $questions })
campaign-sent-by = المرسلون: { $who }
campaign-not-published = ليست للنشر
initiatives-title = المبادرات والمنظمات المذكورة
initiatives-none = لا شيء: لا مبادرة معروفة، ولا غيرها ذُكر في إجابتين أو أكثر.
privacy-title = مجيبون يذكرون أنفسهم
privacy-masked = عدد إجابات المجيبين المجهولين التي تذكر اسمهم أو منظمتهم أو عنوان بريد إلكتروني: { $count } (الأسئلة { $questions }). تظهر في الاقتباسات والمقتطفات والبيانات المفتوحة [name] أو [organisation] أو [e-mail] بدلاً منها.
privacy-unpublished = عدد الإجابات غير المخصصة للنشر التي تفعل الشيء نفسه: { $count }. لا تُنشر أبداً.
topics-title = المواضيع عبر اللغات
topics-why = تُجمع المواضيع الموجودة بلغات مختلفة عندما تتناول إجاباتها المفاهيم نفسها (المذكورة هنا) أكثر من باقي الإجابات عن السؤال. ويُضمّ الموضوع الموجود بلغة واحدة فقط أيضًا إلى المجموعة التي تذكر إجاباتها المبادرات المعروفة نفسها، إذا ذكرها اثنتان على الأقل من إجاباته.
topics-themes = المواضيع:
narrative-title = مسودة سرد (لإعادة الكتابة)
narrative-note = أُعدّت من أرقام هذه الصفحة كمسودة أولى: أعد كتابتها قبل النشر.
narrative-point = { $size ->
    [most] معظم المساهمات
    [many] كثير من المساهمات
    [several] عدد من المساهمات
   *[few] قليل من المساهمات
} ({ $percent }٪؛ { $who }) تناولت «{ $label }».
narrative-separator = { "؛ " }
narrative-mainly = غالباً { $group }، { $share }٪
narrative-mixed = من عدة مجموعات من أصحاب المصلحة
narrative-in = إجابات باللغة: { $language }
narrative-one = مساهمة واحدة ({ $percent }٪{ $who }) تناولت «{ $label }».
narrative-one-in = باللغة: { $language }
narrative-initiatives = الأكثر ذكراً: { $names }.
narrative-campaign = النصوص التي أرسلها كثيرون تُحتسب مرة واحدة.
answers-title = كل الإجابات
answers-search = ابحث في الإجابات
answers-search-hint = الإجابات التي تحتوي على كل الكلمات التي تكتبها.
answers-count = عرض { $shown } من أصل { $total }
answers-no-name = لم يُذكر اسم
answers-more = { $count ->
    [zero] لا توجد إجابات أخرى
    [one] اعرض إجابة أخرى
    [two] اعرض إجابتين أخريين
    [few] اعرض { $count } إجابات أخرى
    [many] اعرض { $count } إجابة أخرى
   *[other] اعرض { $count } إجابة أخرى
}
answers-publication = النشر: { $choice }
export-title = التنزيل
export-hint = التوليف في شكل الجزء الثاني من الوثيقة الختامية لمنتدى أفضل الممارسات: نظرة عامة، ثم كل سؤال على حدة، ثم قائمة المساهمات. وتراعي الاقتباسات والأسماء اختيار كل مشارك.
export-html = نزّل بصيغة صفحة ويب (للطباعة أو للحفظ بصيغة PDF)
export-markdown = نزّل بصيغة Markdown
export-docx = تنزيل كمستند Word ‏(DOCX)
export-draft-title = مسودة للتعليق العام
export-draft-hint = الجزء الثاني كما هو الآن، قسمًا قسمًا، باللغة المختارة أعلاه وبالإنجليزية، في ملف مسودة لجولة المراجعة. تُحمَّل ملفات التعليقات التي يرسلها القراء هنا إلى جانب الردود، وتعود في الجزء الثالث (أ).
export-draft-version = إصدار المسودة
export-draft-version-error = اكتب إصدارًا من حروف وأرقام ونقاط وشرطات، مثل 1.0.
export-draft = تنزيل ملف المسودة
export-qda-title = لبرامج التحليل النوعي
export-qda-hint = مشروع REFI-QDA لبرامج QualCoder أو NVivo أو ATLAS.ti أو MAXQDA: الإجابات القابلة للنشر كمصادر، والمجيبون كحالات مع فئة أصحاب المصلحة والبلد، والموضوعات والرموز كرموز، مع ترميز الإجابات. لا يتضمن إلا ما يجوز نشره، ولا يُذكر اسم المجيبين المجهولين.
export-qdpx = تنزيل المشروع (REFI-QDA، ‏.qdpx)
export-qdc = تنزيل دليل الرموز (REFI-QDA، ‏.qdc)
export-data-title = البيانات المفتوحة
export-data-hint = الردود التي يجوز نشرها، دون عناوين البريد الإلكتروني، ودون أسماء في الردود المنشورة دون ذكر الاسم. ويُبطَل مفعول صيغ جداول البيانات الواردة في الإجابات.
export-bom = أضف علامة ترتيب البايتات (BOM) لبرنامج Excel
export-csv = نزّل بصيغة CSV
export-json = نزّل حزمة JSON
export-xlsx = تنزيل كجدول بيانات (XLSX)
export-long-csv = تنزيل CSV، صف لكل إجابة عن سؤال
table-title = مطابقة أعمدة { $name }
table-hint = عدد الصفوف: { $rows }، وعدد الأعمدة: { $columns }، من أداة استبيان أخرى. اختر ما يحتويه كل عمود: إجابات عن سؤال، أو معلومة عن المجيب، أو لا شيء. الخيارات أدناه مأخوذة من العناوين؛ تحقق منها قبل الاستيراد.
table-remembered = رُبطت الأعمدة كما ربطتها في المرة السابقة لجدول له العناوين نفسها.
table-column = العمود
table-first-value = القيمة الأولى
table-holds = يحتوي على
table-no-header = (بلا عنوان)
table-ignore = لا يُستورد
table-answers = إجابات عن
table-fields = عن المجيب
table-field-group = فئة أصحاب المصلحة
table-field-capacity = الصفة (شخصية أو نيابة عن منظمة)
table-field-publication = خيار النشر
table-field-submitted = تاريخ الرد ووقته
table-publication = خيار النشر للصفوف التي لا تذكره
table-publication-hint = لم تطرح الأداة الأخرى سؤال المنتدى. ما لم تعرف ما وافق عليه هؤلاء المجيبون، أبقِ «عدم النشر»: تُحتسب إجاباتهم ولا تُقتبس ولا تُدرج أبدًا.
table-nri = المبادرة التي أجرت هذا الاستبيان (اختياري)
table-need-answers = اختر عمودًا واحدًا على الأقل من الإجابات عن سؤال.
table-import = استيراد الصفوف: { $rows }
table-cancel = تنحية هذا الملف
table-refused = تعذّرت قراءة { $name } كجدول: { $reason }
table-refused-empty = لا توجد صفوف تحت العنوان.
table-refused-unreadable = ليس ملف CSV (UTF-8 أو UTF-16) ولا جدول بيانات XLSX أو ODS.
table-refused-spreadsheet = تعذّر فتح جدول البيانات: ربما يكون تالفًا أو ليس جدول بيانات. افتحه في برنامج جداول البيانات واحفظه من جديد بصيغة XLSX أو CSV.
table-refused-protected = إنه محمي بكلمة مرور. أزل كلمة المرور في برنامج جداول البيانات، أو احفظ نسخة منه بصيغة CSV واخترها.
table-refused-old-workbook = إنه بصيغة Excel المستخدمة قبل 2007 (‎.xls)، وهذه الصفحة لا تقرؤها. احفظه بصيغة XLSX أو CSV في برنامج جداول البيانات واختر ذلك الملف.
table-refused-too-large = عدد صفوفه { $rows } وعدد أعمدته { $columns }، وهو أكثر مما تقرؤه الصفحة (200000 صف، 1000 عمود).
table-refused-too-many-cells = عدد صفوفه { $rows } وعدد أعمدته { $columns }، أي خلايا أكثر مما تقرؤه الصفحة دفعة واحدة ({ $cells }). امسح أي خلية بعيدة عن الجدول، أو احفظ صفوفًا أو أعمدة أقل، ثم اختره من جديد.
table-refused-file-too-large = حجمه { $size }، أكبر من { $max } المسموح بها للملف. صدّر عددًا أقل من الصفوف في كل مرة، أو احفظه بصيغة CSV.
table-refused-unpacked = سيشغل بعد فك ضغطه { $size }، وهو أكثر بكثير من جدول إجابات؛ لم يُفتح.
table-imported = { $name }: الردود التي حُمّلت وحُفظت مع ملفات مساحة العمل: { $count }.
table-problems = ملاحظات على الصفوف: { $count }
table-problem-no-answer = الصف { $row }: لا إجابة عن أي سؤال؛ لم يُستورد.
table-problem-not-understood = الصف { $row }: لم تُفهم قيمة { $field } «{ $value }»؛ تُركت فارغة.
table-problem-shortened = الصف { $row }: قُصّ العمود «{ $column }» إلى الطول الذي يسمح به الرد.
table-problem-not-a-choice = الصف { $row }: «{ $value }» في العمود «{ $column }» ليس أيًّا من خيارات السؤال؛ احتُفظ به وعُدّ «ليس أيًّا من الخيارات».
key-prompt-title = ردود مشفّرة
key-prompt-body = الملفات المشفّرة للأمانة: { $count }. اختر ملف الهوية الخاص بالأمانة لقراءتها. يبقى المفتاح في ذاكرة هذه الصفحة فقط، ولا يُحفظ أبدًا في المتصفح.
key-prompt-button = اختر ملف الهوية
key-error-none = لا يحتوي هذا الملف على مفتاح سري بتنسيق age. اختر ملف الهوية الذي أُنشئ في هذه الصفحة: فهو يبدأ بـ «# created».
key-error-bad = السطر { $line } من هذا الملف ليس مفتاحًا سريًا صالحًا بتنسيق age.
keys-title = مفاتيح التشفير
keys-hint = يمكن للمشاركين تشفير ملفات ردودهم للأمانة، بحيث لا يستطيع قراءتها إلا حائز ملف الهوية. أنشئ زوج مفاتيح مرة واحدة، وانشر المفتاح العام، واحتفظ بملف الهوية في مكان آمن: فمن دونه لا يمكن قراءة الردود المشفّرة. ولا يُخزَّن ملف الهوية أبدًا في هذا المتصفح.
keys-generate = أنشئ زوج مفاتيح جديدًا
keys-public = المفتاح العام: انشره، وقدّمه إلى المبادرات الوطنية والإقليمية (NRI) لاستخدامه في استماراتها
keys-made = تم تنزيل ملف الهوية باسم { $file }. احتفظ به في مكان آمن وخاص.
workspace-kept = الملفات المحفوظة في هذا المتصفح مع عامل التصفية: { $files }. تعود عند إعادة فتح هذه الصفحة.
workspace-usage = يستخدم هذا الموقع { $used } من أصل { $quota } يسمح بها المتصفح.
workspace-persisted = وافق المتصفح على الاحتفاظ بها حتى عند نفاد المساحة.
workspace-not-persisted = قد يمحوها المتصفح عند نفاد المساحة: احتفظ بنسخك من الملفات.
workspace-unavailable = لا يسمح هذا المتصفح للصفحة بالاحتفاظ بمساحة عملك (بسبب إعداداته أو التصفح الخاص أو إطار): بعد إعادة التحميل، اختر الملفات من جديد.
workspace-not-kept-full = الملفات التي تعذر حفظها في هذا المتصفح لامتلاء مساحة تخزينه: { $files }. إنها محمّلة الآن، لكن بعد إعادة التحميل ستحتاج إلى اختيارها من جديد.
workspace-not-kept = الملفات التي تعذر حفظها في هذا المتصفح: { $files }. إنها محمّلة الآن، لكن بعد إعادة التحميل ستحتاج إلى اختيارها من جديد.
workspace-title = مساحة العمل: { $name }
workspace-unnamed = مساحة عمل بلا اسم
workspace-open = فتح مساحة عمل أخرى
workspace-new = مساحة عمل جديدة
workspace-new-name = اسم مساحة العمل الجديدة (دعوة أو دورة مثلاً)
workspace-create = إنشاؤها وفتحها
workspace-rename = إعادة التسمية
workspace-rename-label = الاسم الجديد لمساحة العمل هذه
workspace-save = حفظ الاسم
workspace-cancel = إلغاء
workspace-delete = حذف مساحة العمل هذه
workspace-delete-confirm = حذف مساحة العمل «{ $name }» والملفات التي تحفظها في هذا المتصفح ({ $files })؟ تبقى الملفات على حاسوبك.
workspace-delete-yes = احذفها
workspace-delete-no = أبقِها
workspace-not-changed = تعذر تغيير مساحة العمل في هذا المتصفح؛ حاول مرة أخرى.
workspace-deleted-elsewhere = حذف تبويب آخر مساحة العمل هذه. لم يعد ما تعرضه هذه الصفحة محفوظًا في هذا المتصفح: الملفات التي تضيفها الآن تنشئها من جديد بلا اسم. أعد تحميل الصفحة لفتح مساحة عمل محفوظة.
workspace-elsewhere = مساحة العمل هذه مفتوحة أيضاً في علامة تبويب أخرى في هذا المتصفح. يمكن لكلتيهما إضافة ملفات دون أن يضيع شيء، لكن كل علامة تبويب لا تعرض ما أضافته الأخرى إلا بعد إعادة التحميل.
code-sdg-1 = الهدف 1 من أهداف التنمية المستدامة: القضاء على الفقر
code-sdg-2 = الهدف 2 من أهداف التنمية المستدامة: القضاء التام على الجوع
code-sdg-3 = الهدف 3 من أهداف التنمية المستدامة: الصحة الجيدة والرفاه
code-sdg-4 = الهدف 4 من أهداف التنمية المستدامة: التعليم الجيد
code-sdg-5 = الهدف 5 من أهداف التنمية المستدامة: المساواة بين الجنسين
code-sdg-6 = الهدف 6 من أهداف التنمية المستدامة: المياه النظيفة والنظافة الصحية
code-sdg-7 = الهدف 7 من أهداف التنمية المستدامة: طاقة نظيفة وبأسعار معقولة
code-sdg-8 = الهدف 8 من أهداف التنمية المستدامة: العمل اللائق ونمو الاقتصاد
code-sdg-9 = الهدف 9 من أهداف التنمية المستدامة: الصناعة والابتكار والهياكل الأساسية
code-sdg-10 = الهدف 10 من أهداف التنمية المستدامة: الحد من أوجه عدم المساواة
code-sdg-11 = الهدف 11 من أهداف التنمية المستدامة: مدن ومجتمعات محلية مستدامة
code-sdg-12 = الهدف 12 من أهداف التنمية المستدامة: الاستهلاك والإنتاج المسؤولان
code-sdg-13 = الهدف 13 من أهداف التنمية المستدامة: العمل المناخي
code-sdg-14 = الهدف 14 من أهداف التنمية المستدامة: الحياة تحت الماء
code-sdg-15 = الهدف 15 من أهداف التنمية المستدامة: الحياة في البر
code-sdg-16 = الهدف 16 من أهداف التنمية المستدامة: السلام والعدل والمؤسسات القوية
code-sdg-17 = الهدف 17 من أهداف التنمية المستدامة: عقد الشراكات لتحقيق الأهداف
codebook-title = الرموز ({ $count })
codebook-hint = أهداف التنمية المستدامة السبعة عشر، ورموزك الخاصة. يُقترح الرمز للإجابات التي تستعمل كلماته، ولا يوضع على إجابة إلا بعد أن تقبله أو تضعه بنفسك.
codebook-remove = حذف
codebook-remove-named = حذف الرمز { $name }
codebook-name = اسم رمز جديد
codebook-words = الكلمات التي تقترحه
codebook-words-hint = بدايات كلمات، تفصل بينها فواصل، بأي لغة (مثلًا: تصيد، phishing، 钓鱼).
codebook-add = إضافة الرمز
answer-codes = الرموز:
answer-suggested = مقترحة:
answer-code-accept = قبول
answer-code-accept-named = قبول الرمز { $code } لهذه الإجابة
answer-code-reject = رفض
answer-code-reject-named = رفض الرمز { $code } لهذه الإجابة
answer-code-add = وضع رمز على هذه الإجابة
codes-title = الرموز
edit-code-define = أُنشئ رمز «{ $name }»
edit-code-remove = حُذف رمز
edit-code-on = السؤال { $question }: وُضع الرمز { $code } على إجابة
edit-code-off = السؤال { $question }: تقرر أن الرمز { $code } لا ينطبق على إجابة
conflict-code-applies = ينطبق
conflict-code-not = لا ينطبق
conflict-coded = السؤال { $question }، الرد { $id }: الرمز { $code }
conflict-code = الرمز { $code }
answer-in-theme = في الموضوع { $theme }
answer-in-other = ضمن الإجابات الأخرى
answer-edit = تعديل هذه الإجابة
answer-move-to = نقلها إلى:
answer-move-other = الإجابات الأخرى
edit-move = السؤال { $question }: نُقلت إجابة
conflict-placed = السؤال { $question }، الرد { $id }: أين تنتمي إجابته
conflict-theme-gone = موضوع لم يعد في هذا التوليف
workspace-files-title = ملفات مساحات العمل: نقل هذه المساحة إلى متصفح آخر، أو إضافة مساحة زميل
workspace-files-hint = يضم ملف مساحة العمل الملفات المحمّلة كما وصلت (تبقى المشفّرة مشفّرة، ولا يضم ملف هوية أبدًا) والتصفية وكل التعديلات. وإذا فُتح في متصفح آخر أعطى التوليف نفسه والتنزيلات نفسها.
workspace-download = تنزيل مساحة العمل هذه في ملف واحد
workspace-file-open = فتح ملف مساحة عمل
workspace-file-open-hint = يصبح مساحة عمل جديدة في هذا المتصفح، بملفاته وتصفيته وتعديلاته.
workspace-file-merge = إضافة ملف مساحة عمل زميل إلى هذه المساحة
workspace-file-merge-hint = تُضاف ملفاته وتعديلاته التي لا تضمها هذه المساحة. وحيث قررتما الأمر نفسه على نحو مختلف، لا يتغير شيء حتى تختار.
workspace-file-too-large = هذا الملف أكبر مما يُسمح به لملف مساحة عمل (256 ميغابايت). لم يتغير شيء.
workspace-file-too-large-to-write = مساحة العمل هذه أكبر من أن تُنقل في ملف واحد (أكثر من 256 ميغابايت مع ملفاتها). احتفظ بملفات الردود نفسها لمشاركتها، وأنشئ مساحة أصغر (جزءًا من الدعوة) لزميلك.
workspace-file-not = ليس هذا ملف مساحة عمل لهذا التطبيق. لم يتغير شيء.
workspace-file-newer = كُتب ملف مساحة العمل هذا بإصدار أحدث من هذا التطبيق: أعد تحميل الصفحة لتحديثها، ثم افتح الملف من جديد. لم يتغير شيء.
workspace-file-damaged = عُدّل ملف مساحة العمل هذا أو تلف بعد كتابته. لم يتغير شيء: اطلب نسخة جديدة.
synthesis-documents = الوثائق المرسلة مع الردود
synthesis-documents-hint = كل الوثائق المذكورة ومن أرسلها. يدرج الجزء الثاني وثائق المساهمين المذكورين بأسمائهم والمبادرات؛ أما الأخرى فتُعدّ فيه ولا تُدرج.
synthesis-documents-unlisted = غير مدرجة في الجزء الثاني ({ $publication })
editor-link = كتابة استبيان أو تعديله
editor-back = العودة إلى التجميع
editor-title = محرر الاستبيانات
editor-intro = اكتب استبيانًا لدورة جديدة أو لمشاورتك الخاصة، أو افتح استبيانًا لتعديله: ملف استبيان (.json) أو مصنّف XLSForm (.xlsx، كما في KoboToolbox وODK). يبقى كل شيء في هذا المتصفح، وتُحفظ مسودتك هنا أثناء الكتابة.
editor-new = بدء استبيان جديد
editor-open = فتح ملف استبيان أو XLSForm
editor-refused = لا يمكن استخدام هذا الاستبيان بعد: { $reason }.
editor-refused-xlsform = لا يمكن قراءة هذا المصنّف كاستبيان: { $reason }.
editor-xlsform-no-survey = ليس فيه ورقة «survey» التي يسرد فيها نموذج XLSForm أسئلته
editor-xlsform-no-column = ليس في ورقة «survey» عمود «{ $column }»
editor-xlsform-no-list = survey، الصف { $row }: القائمة «{ $list }» ليست في ورقة «choices»
editor-xlsform-whole = قُرئ المصنّف كاملًا: لكل ما فيه مكان في الاستبيان.
editor-xlsform-left = قُرئ المصنّف. هناك { $count } عناصر لا مكان لها في الاستبيان، فحُذفت أو عُدّلت:
editor-left-type = survey، الصف { $row } ({ $name }): النوع «{ $kind }» غير موجود في النموذج؛ حُذف
editor-left-column = survey، الصف { $row } ({ $name }): لا مقابل لـ«{ $column }»؛ احتُفظ بالسؤال من دونه
editor-left-language = العمود «{ $column }»: ليس من لغات الأمم المتحدة الست؛ حُذف
editor-left-note = survey، الصف { $row } ({ $name }): ملاحظة بين الأسئلة؛ حُذفت
editor-left-group = survey، الصف { $row }: «{ $kind }»: تُسطَّح المجموعات وتُطرح أسئلة التكرار مرة واحدة
editor-left-name = { $sheet }، الصف { $row }: الاسم «{ $name }» ليس حروفًا أو أرقامًا أو - أو _؛ حُذف
editor-left-version = settings: الإصدار «{ $version }» ليس عددًا صحيحًا؛ استُخدم 1
editor-check-title = التحقق والتنزيل
editor-valid = جاهز: «{ $id }»، الإصدار { $version }، { $questions } أسئلة (بصمة المحتوى { $hash }…).
editor-download = تنزيل ملف الاستبيان
editor-download-xlsform = التنزيل بصيغة XLSForm
editor-languages = اللغات
editor-languages-hint = اختر لغة الكتابة. تُظهر كل لغة عدد نصوص الاستبيان المتوفرة بها؛ النص الناقص في لغة ما يُعرض على المجيبين بالإنجليزية، ويشير النموذج إلى ذلك.
editor-complete = { $given } من { $all }
editor-in-english = بالإنجليزية: { $text }
editor-about = الاستبيان
editor-id = المعرّف
editor-id-hint = حروف وأرقام و- و_ فقط، مثل nri-2027. تذكره الردود.
editor-version = الإصدار
editor-version-hint = عدد صحيح. ارفعه كلما تغيّر معنى سؤال.
editor-example = هذا مثال وليس دعوة رسمية (يذكر النموذج ذلك في كل صفحة)
editor-questionnaire-title = العنوان
editor-intro-paragraph = المقدمة، الفقرة { $number }
editor-intro-remove = حذف الفقرة { $number } من المقدمة
editor-add-intro = إضافة فقرة إلى المقدمة
editor-profile = البيانات المطلوبة من كل مجيب
editor-profile-hint = يُطلب خيار النشر دائمًا.
editor-profile-name = الاسم
editor-profile-organisation = المنظمة
editor-profile-email = البريد الإلكتروني
editor-profile-country = البلد
editor-profile-group = فئة أصحاب المصلحة
editor-profile-capacity = الصفة (فردية أو باسم منظمة أو مبادرة)
editor-profile-nri = المبادرة الوطنية أو الإقليمية لمنتدى حوكمة الإنترنت
editor-questions = الأسئلة
editor-question-id = المعرّف
editor-kind = نوع الإجابة
editor-kind-long-text = فقرات
editor-kind-short-text = سطر واحد
editor-kind-one-choice = خيار واحد
editor-kind-several-choices = عدة خيارات
editor-max-length = الحد الأقصى للأحرف
editor-max-choices = الحد الأقصى للخيارات (فارغ: بلا حد)
editor-question-text = السؤال
editor-hint = تلميح (اختياري)
editor-choices = الخيارات
editor-choice-label = الخيار { $number }
editor-choice-id = المعرّف
editor-add-choice = إضافة خيار
editor-choice-up = نقل الخيار { $number } إلى الأعلى
editor-choice-down = نقل الخيار { $number } إلى الأسفل
editor-choice-remove = حذف الخيار { $number }
editor-up = إلى الأعلى
editor-down = إلى الأسفل
editor-remove = حذف
editor-question-up = نقل السؤال { $number } إلى الأعلى
editor-question-down = نقل السؤال { $number } إلى الأسفل
editor-question-remove = حذف السؤال { $number }
editor-add-question = إضافة سؤال
editor-add-question-choose = اختر نوع الإجابة…
editor-preview = معاينة
editor-preview-language = لغة المعاينة
choices-chart = الإجابات عن السؤال { $number } حسب الخيار
choices-by-group = حسب الخيار وفئة أصحاب المصلحة
choices-choice = الخيار
choices-several = كان بالإمكان اختيار أكثر من إجابة: يتجاوز مجموع الأعداد عدد الردود.
choices-not-listed = ليس أيًّا من الخيارات
workspace-file-other-questionnaire = ملف مساحة العمل هذا خاص باستبيان آخر ({ $id }). لم يُدمج أي شيء: افتحه كمساحة عمل مستقلة.
synthesis-questionnaire-title = الاستبيان
synthesis-questionnaire-current = تجمع مساحة العمل هذه الردود على «{ $title }» ({ $id }، الإصدار { $version }): { $questions } أسئلة، منها { $choices } بخيارات تُعدّ.
synthesis-questionnaire-choose = استبيان مساحة العمل هذه
synthesis-questionnaire-builtin = منتدى حوكمة الإنترنت، أفضل الممارسات في الأمن السيبراني 2016 (مدمج)
synthesis-questionnaire-example = منتدى حوكمة الإنترنت، أفضل الممارسات في الأمن السيبراني 2017 (مثال)
synthesis-questionnaire-file = استبيان آخر من ملف…
synthesis-questionnaire-open = فتح ملف استبيان
synthesis-questionnaire-fixed = لا تُخلط أبدًا الردود على استبيان آخر بهذه الردود: أنشئ مساحة عمل جديدة، ثم اختر استبيانها قبل تحميل الملفات.
synthesis-questionnaire-refused = لا يمكن استخدام هذا الاستبيان: { $reason }. تحتفظ مساحة العمل بالاستبيان الذي كان لها.
workspace-file-unreasonable = يضم ملف مساحة العمل هذا أكثر مما تضمه أي مساحة عمل (ملفات أو تعديلات كثيرة جدًا، أو نصوص طويلة جدًا). لم يتغير شيء.
workspace-file-not-kept = تعذّر حفظ مساحة العمل في هذا المتصفح. لم يتغير شيء.
workspace-file-not-kept-full = تعذّر حفظ مساحة العمل في هذا المتصفح لامتلاء مساحة تخزينه: أفرغ بعض المساحة (احذف مساحة عمل لم تعد تحتاجها)، ثم حاول من جديد. لم يتغير شيء.
workspace-file-merged = أُضيف من مساحة عمل زميلك: ملفات جديدة: { $files }؛ تعديلات جديدة: { $edits }.
conflicts-title = ما قررته أنت وزميلك على نحو مختلف: { $count }
conflicts-hint = لم يتغير شيء في هذه المسائل. احتفظ بقرارك في كل منها أو خذ قرار زميلك.
conflict-excluded = الرد { $id }: مستبعد أم لا
conflict-theme = اسم موضوع من السؤال { $question }
conflict-narrative = نص السؤال { $question }
conflict-reviewed = هل رُوجع السؤال { $question }
conflict-yours = قرارك
conflict-theirs = قرار زميلك ({ $who })
conflict-keep = الاحتفاظ بقرارك
conflict-take = أخذ قرار زميلك
conflict-kept-in = مُبقى
conflict-left-out = مستبعد: { $reason }
conflict-empty = (لا شيء)
conflict-yes = رُوجع
conflict-no = لم يُراجع
edits-title = التحرير
edits-hint = تُحفظ تعديلاتك مع مساحة العمل، بمعزل عن التوليف التلقائي، وتُطبَّق من جديد عند إضافة ملفات. وتتبعها التنزيلات: الجزء الثاني بأسماء المواضيع والاقتباسات المختارة والنصوص التي وضعتها، وكل تنزيل من دون الردود التي استبعدتها.
edits-editor = اسمك، ويُسجَّل مع كل تعديل تجريه
edits-undo = التراجع عن آخر تعديل
edits-redo = الإعادة
edits-excluded = الردود التي استبعدتها الأمانة: { $count }. ولا تُحتسب في أي موضع من التوليف أو التنزيلات.
edits-unmatched = تعديلات لم تعد تجد موضوعها (استُبعدت ردوده أو حُجبت بالتصفية): { $count }.
edits-history = سجل التعديلات ({ $count })
edits-history-none = لا تعديلات بعد.
edits-by = { $time }، { $who }: { $what }
edits-anonymous = شخص لم يذكر اسمه
edits-not-kept = آخر تعديل معروض، لكن هذا المتصفح لم يتمكن من حفظه: سيختفي بعد إعادة التحميل.
edits-not-kept-full = آخر تعديل معروض، لكن هذا المتصفح لم يتمكن من حفظه لامتلاء مساحة تخزينه: أفرغ بعض المساحة (احذف مساحة عمل لم تعد تحتاجها)، ثم أعد التعديل.
edits-unreadable = تعذّرت قراءة التعديلات المحفوظة في هذا المتصفح لمساحة العمل هذه. وحتى لا يضيع شيء منها، لا يمكن إجراء أي تعديل هنا إلى أن تُقرأ.
edit-rename = السؤال { $question }: سُمّي موضوع «{ $name }»
edit-rename-clear = السؤال { $question }: عاد موضوع يُسمّى بمصطلحاته
edit-merge = السؤال { $question }: دُمج موضوعان
edit-exclude = استُبعد رد ({ $reason })
edit-include = أُعيد رد
edit-pin = السؤال { $question }: اختيرت إجابة اقتباسًا
edit-unpin = السؤال { $question }: أُزيل اقتباس مختار
edit-narrative = السؤال { $question }: كُتب توليفه
edit-reviewed = السؤال { $question }: عُلِّم بأنه رُوجع
edit-unreviewed = السؤال { $question }: لم يعد معلَّمًا بأنه رُوجع
theme-edit = تعديل هذا الموضوع
theme-name = اسم هذا الموضوع
theme-name-hint = اتركه فارغًا ليعود الموضوع يُسمّى بمصطلحاته.
theme-name-save = حفظ الاسم
theme-named = سمّته الأمانة؛ مصطلحاته: { $terms }
theme-merge-into = دمج هذا الموضوع في
theme-merge-choose = اختر موضوعًا
theme-merge = دمج
narrative-edit-title = توليفك لهذا السؤال
narrative-edit-label = نص للجزء الثاني
narrative-edit-hint = يحلّ محلّ مسودة السرد في الجزء الثاني. اترك سطرًا فارغًا بين الفقرات.
narrative-save = حفظ النص
narrative-unsaved = لم يُحفظ بعد.
pinned-title = الاقتباسات المختارة
pinned-none = لم يُختر أي اقتباس بعد: اختر إجابات أدناه بزر «اختيار كاقتباس».
pinned-refused = اقتباسات مختارة استُبعدت من الجزء الثاني لأن أصحابها لم يعودوا يسمحون باقتباسها: { $count }.
question-reviewed = رُوجع: توليف هذا السؤال جاهز
question-nav-reviewed = رُوجع
answer-pin = اختيار كاقتباس
answer-unpin = إزالة من الاقتباسات
answer-pin-refused = لا يمكن اقتباس هذه الإجابة: اختار صاحبها عدم النشر، أو لم يرسل الرد.
answer-exclude = استبعاد هذا الرد
answer-exclude-why = لماذا؟ يُستبعد الرد من التوليف ومن كل التنزيلات، ويمكن إعادته.
answer-excluded = مُستبعد: { $reason }
answer-include = إعادته
reason-spam = رسائل مزعجة
reason-off-topic = خارج الموضوع
reason-duplicate = مكرر
reason-withdrawn = سحبه صاحبه

export-language = لغة الوثيقة
export-language-hint = تظهر العناوين والعبارات الثابتة بهذه اللغة؛ أما الإجابات والاقتباسات فتبقى كما كتبها أصحابها.
export-language-failed = تعذّر تحميل نصوص الوثيقة باللغة { $language }. تحقّق من اتصالك وحاول مرة أخرى.
# الجزء الثاني كما يُنزَّل (صفحة ويب، Word، Markdown)، باللغة المختارة عند التنزيل.
part2-title = الجزء الثاني: توليف المساهمات الواردة استجابةً للدعوة إلى تقديم المساهمات
part2-document-title = الجزء الثاني: توليف المساهمات — { $title }
part2-source = { $title } ({ $id }، الإصدار { $version }).
part2-source-as-of = { $title } ({ $id }، الإصدار { $version }). البيانات حتى تاريخ { $date }.
part2-overview = نظرة عامة
part2-filter = تقتصر الوثيقة على المساهمات المطابقة لما يلي: { $filter }.
part2-received = { $count ->
    [zero] لم ترد أي مساهمة.
    [one] وردت مساهمة واحدة.
    [two] وردت مساهمتان.
    [few] وردت { $count } مساهمات.
    [many] وردت { $count } مساهمة.
   *[other] وردت { $count } مساهمة.
}
part2-received-drafts = { $count ->
    [zero] لم ترد أي مساهمة
    [one] وردت مساهمة واحدة
    [two] وردت مساهمتان
    [few] وردت { $count } مساهمات
    [many] وردت { $count } مساهمة
   *[other] وردت { $count } مساهمة
}، { $drafts ->
    [zero] وليس بينها مسودات غير مكتملة.
    [one] منها مسودة واحدة لم تكتمل.
    [two] منها مسودتان لم تكتملا.
    [few] منها { $drafts } مسودات لم تكتمل.
    [many] منها { $drafts } مسودة لم تكتمل.
   *[other] منها { $drafts } مسودة لم تكتمل.
}
part2-received-drafts-sent = { $count ->
    [zero] لم ترد أي مساهمة
    [one] وردت مساهمة واحدة
    [two] وردت مساهمتان
    [few] وردت { $count } مساهمات
    [many] وردت { $count } مساهمة
   *[other] وردت { $count } مساهمة
}، { $drafts ->
    [zero] وليس بينها مسودات غير مكتملة
    [one] منها مسودة واحدة لم تكتمل
    [two] منها مسودتان لم تكتملا
    [few] منها { $drafts } مسودات لم تكتمل
    [many] منها { $drafts } مسودة لم تكتمل
   *[other] منها { $drafts } مسودة لم تكتمل
} (يُقتبس من المسودات وتُدرج كما لو كانت قد أُرسلت، وفق ما اختارته الأمانة).
part2-excluded = { $count ->
    [zero] لم تستبعد الأمانة أي مساهمة أخرى
    [one] استبعدت الأمانة مساهمة أخرى
    [two] استبعدت الأمانة مساهمتين أخريين
    [few] استبعدت الأمانة { $count } مساهمات أخرى
    [many] استبعدت الأمانة { $count } مساهمة أخرى
   *[other] استبعدت الأمانة { $count } مساهمة أخرى
} ({ $counts })؛ ولا تُحتسب في أي موضع أدناه.
part2-voices = عند احتساب كل حملة مرة واحدة، عدد الأصوات المستقلة: { $voices }؛ وتحتسبها الأرقام أدناه على هذا النحو، وتليها الأرقام مع احتساب كل المساهمات.
part2-by = { $dimension ->
    [group] حسب فئة أصحاب المصلحة:
    [region] حسب المنطقة:
    [nri] حسب المبادرة الوطنية أو الإقليمية (NRI):
    [language] حسب لغة الاستمارة:
   *[capacity] حسب الصفة:
}
part2-by-all = { $dimension ->
    [group] حسب فئة أصحاب المصلحة، مع احتساب كل المساهمات:
    [region] حسب المنطقة، مع احتساب كل المساهمات:
    [nri] حسب المبادرة الوطنية أو الإقليمية (NRI)، مع احتساب كل المساهمات:
    [language] حسب لغة الاستمارة، مع احتساب كل المساهمات:
   *[capacity] حسب الصفة، مع احتساب كل المساهمات:
}
part2-chart-group = المساهمات حسب فئة أصحاب المصلحة
part2-chart-region = المساهمات حسب المنطقة
part2-column-group = فئة أصحاب المصلحة
part2-column-region = المنطقة
part2-column-count = العدد
part2-campaigns = الحملات
part2-campaign = { $count ->
    [zero] لم ترسل أي مساهمة
    [one] أرسلت مساهمة واحدة
    [two] أرسلت مساهمتان
    [few] أرسلت { $count } مساهمات
    [many] أرسلت { $count } مساهمة
   *[other] أرسلت { $count } مساهمة
} { $text } ردًا على { $questions ->
    [zero] الأسئلة
    [one] السؤال
    [two] السؤالين
    [few] الأسئلة
    [many] الأسئلة
   *[other] الأسئلة
} { $numbers }. المرسلون: { $senders }.
part2-campaign-unpublished = نصًا واحدًا (ليس للنشر)
part2-more-campaigns = { $count ->
    [zero] لا توجد مجموعات أخرى من خمس إجابات شبه متطابقة أو أكثر.
    [one] ثمة مجموعة أخرى من خمس إجابات شبه متطابقة أو أكثر، مدرجة ضمن الإجابات شبه المتطابقة لسؤالها.
    [two] ثمة مجموعتان أخريان من خمس إجابات شبه متطابقة أو أكثر، كلٌّ منهما مدرجة ضمن الإجابات شبه المتطابقة لسؤالها.
    [few] ثمة { $count } مجموعات أخرى من خمس إجابات شبه متطابقة أو أكثر، كلٌّ منها مدرجة ضمن الإجابات شبه المتطابقة لسؤالها.
    [many] ثمة { $count } مجموعة أخرى من خمس إجابات شبه متطابقة أو أكثر، كلٌّ منها مدرجة ضمن الإجابات شبه المتطابقة لسؤالها.
   *[other] ثمة { $count } مجموعة أخرى من خمس إجابات شبه متطابقة أو أكثر، كلٌّ منها مدرجة ضمن الإجابات شبه المتطابقة لسؤالها.
}
part2-contributions = المساهمات الواردة
part2-no-contributors = لم يطلب أي مساهم إدراج اسمه في القائمة.
part2-contribution = مساهمة من { $who }
part2-contribution-nri = مساهمة من مبادرة { $nri }
part2-documents = الوثائق الواردة
part2-documents-unlisted = { $count ->
    [one] وردت وثيقة أخرى من مجيب اختار عدم ذكر اسمه أو عدم النشر؛ لا تُدرج لأن الرابط قد يكشف صاحبها.
   *[other] وردت { $count } وثائق أخرى من مجيبين اختاروا عدم ذكر أسمائهم أو عدم النشر؛ لا تُدرج لأن الرابط قد يكشف صاحبها.
}
part2-anonymous = { $count ->
    [zero] لا مساهمات مجهولة المصدر
    [one] مساهمة واحدة مجهولة المصدر
    [two] مساهمتان مجهولتا المصدر
    [few] { $count } مساهمات مجهولة المصدر
    [many] { $count } مساهمة مجهولة المصدر
   *[other] { $count } مساهمة مجهولة المصدر
} (حسب فئة أصحاب المصلحة: { $groups }؛ حسب المنطقة: { $regions }).
part2-anonymous-who = { $group ->
    [government] مشارك من الحكومة
    [private-sector] مشارك من القطاع الخاص
    [civil-society] مشارك من المجتمع المدني
    [technical-community] مشارك من المجتمع التقني
    [academia] مشارك من الأوساط الأكاديمية
    [intergovernmental] مشارك من منظمة حكومية دولية
   *[other] مشارك
}
part2-anonymous-where = { $who }، { $country }
part2-unnamed = الاسم غير منشور
part2-not-stated = غير مذكور
part2-answers = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
} ({ $groups })
part2-question = السؤال { $number }: { $text }
part2-unanswered = لم تُجب أي مساهمة عن هذا السؤال.
part2-answered = عدد المساهمات التي أجابت عن هذا السؤال: { $answered } من أصل { $total } ({ $groups }). طول الإجابات بالكلمات: الوسيط { $median } (من { $min } إلى { $max }).
part2-chart-question = الإجابات عن السؤال { $number } حسب فئة أصحاب المصلحة
part3-comments-changed = تغيّر هذا القسم في المسودة { $newer }: كُتبت هذه التعليقات على نص المسودة { $version }.
part3-comments-title = الجزء الثالث (أ). التعليقات الواردة على المسودة { $versions }
part3-comments-received = عدد التعليقات: { $count }، وعدد القراء: { $readers }.
part3-comments-themes = مواضيع هذه التعليقات، وُجدت كما في الإجابات:
part3-comments-theme = التعليقات: { $count }
part3-comments-on = { $section } (المسودة { $version })
part3-comments-count = عدد التعليقات: { $count } (حسب فئة أصحاب المصلحة: { $groups }؛ حسب المنطقة: { $regions }).
part3-comments-unpublished = تعليقات أخرى محسوبة دون نشرها بناءً على اختيار أصحابها: { $count }.
part3-comments-other-text = تعليقات كُتبت على نص آخر لهذا القسم غير نص هذه المسودة: { $count }.
part2-question-voices = عند احتساب كل مجموعة من الإجابات شبه المتطابقة مرة واحدة، عدد الأصوات المستقلة: { $voices } ({ $groups }).
part2-non-answers = من بينها إجابات بلا مضمون («انظر المرفق»، «لا ينطبق»، كلمة واحدة): { $count }؛ وهي تُحتسب هنا، لكنها لا تدخل في المواضيع والملخص والمصطلحات الرئيسية.
part2-other = من بينها إجابات لا تتناول شيئًا مما تسأل عنه الأسئلة (لا مصطلح من هذا المجال، أو إعلان): { $count }؛ وهي تُحتسب هنا إجاباتٍ أخرى، لكنها لا تدخل في المواضيع والملخص والمصطلحات الرئيسية.
part2-synthesis = التوليف
part2-narrative = مسودة سرد
part2-narrative-note = أُعدّت من الأرقام أدناه كمسودة أولى يجب إعادة كتابتها قبل النشر.
part2-pinned = الاقتباسات المختارة
part2-topics = المواضيع عبر اللغات
part2-topics-note = تُجمع المواضيع الموجودة بلغات مختلفة عندما تتناول إجاباتها المفاهيم نفسها من معجم متعدد اللغات أكثر من باقي الإجابات عن السؤال؛ وتُسمّى المجموعة بهذه المفاهيم. ويُضمّ الموضوع الموجود بلغة واحدة فقط أيضًا إلى المجموعة التي تذكر إجاباتها المبادرات المعروفة نفسها، إذا ذكرها اثنتان على الأقل من إجاباته.
part2-topic = { $voices ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $voices } أصوات
    [many] { $voices } صوتًا
   *[other] { $voices } صوت
} (حسب اللغة: { $languages }؛ حسب فئة أصحاب المصلحة: { $groups })؛ { $count ->
    [1] الموضوع
   *[other] المواضيع
} { $themes } أدناه.
part2-themes = المواضيع
part2-theme = { $number }. { $label } ({ $voices ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $voices } أصوات
    [many] { $voices } صوتًا
   *[other] { $voices } صوت
}، { $language })
part2-theme-groups = فئات أصحاب المصلحة: { $groups }.
part2-terms = المصطلحات الرئيسية
part2-terms-line = (عدد الإجابات: { $answers }): { $terms }
part2-initiatives = المبادرات والمنظمات المذكورة
part2-codes = الرموز
part2-codes-note = الرموز التي وضعتها الأمانة على الإجابات، يدويًا أو بقبول اقتراح.
part2-summary = الملخص
part2-duplicates = إجابات شبه متطابقة
part2-duplicates-ordinary = كثيرًا ما تكرر الإجابات عن هذا السؤال النصوص نفسها: أُرسل خمسة منها { $count } مرة أو أكثر لكل منها. تُحتسب كل إجابة بنص كهذا، في موضوعها وفي كل رقم؛ ولا يُحتسب مرة واحدة، بوصفه حملة، إلا نص أُرسل أكثر من ذلك بمرتين ونصف.
part2-duplicate = { $count ->
    [zero] لا توجد إجابات تشترك في النص
    [one] إجابة واحدة تتضمن النص
    [two] تشترك إجابتان في النص
    [few] تشترك { $count } إجابات في النص
    [many] تشترك { $count } إجابة في النص
   *[other] تشترك { $count } إجابة في النص
} «{ $text }»
part2-duplicate-unpublished = { $count ->
    [zero] لا توجد إجابات تشترك في نص واحد (ليس للنشر)
    [one] إجابة واحدة تتضمن نصًا ليس للنشر
    [two] تشترك إجابتان في نص واحد (ليس للنشر)
    [few] تشترك { $count } إجابات في نص واحد (ليس للنشر)
    [many] تشترك { $count } إجابة في نص واحد (ليس للنشر)
   *[other] تشترك { $count } إجابة في نص واحد (ليس للنشر)
}
part2-duplicate-campaign = { $group }: حملة، أرسلها { $senders }
part2-choice-answered = أجابت { $answered } من أصل { $total } مساهمة عن هذا السؤال ({ $groups }).
part2-choice-several = كان بإمكان المجيبين اختيار أكثر من إجابة، لذا يتجاوز مجموع الأعداد عدد المساهمات التي أجابت.
part2-chart-choices = الإجابات عن السؤال { $number } حسب الخيار
part2-column-choice = الخيار
part2-choices = الإجابات حسب الخيار
part2-not-listed = ليس أيًّا من الخيارات
part2-quoted = «{ $text }»
part2-list-separator = { "، " }
part2-senders-separator = { "؛ " }

# The review page: a draft published for public comment, as one HTML file a reader opens even offline.
review-page-name = مسودة مطروحة للتعليق العام
review-page-no-draft = لا تحتوي هذه الصفحة على أي مسودة. تُعِدّ الأمانة صفحات المراجعة من صفحة التوليف، وتضع فيها مسودة.
review-page-refused = لا يمكن عرض هذه المسودة: { $reason } اطلب من الأمانة نسخة جديدة من الصفحة.
review-page-draft = المسودة { $version }، نُشرت في { $date }
review-page-intro = هذه مسودة للوثيقة الختامية مطروحة للتعليق العام. علّق على أي قسم في المربع الموجود أسفله. يُحفظ ما تكتبه على هذا الجهاز أثناء الكتابة، حتى دون اتصال. عند الانتهاء، عرّف بنفسك بالقدر الذي تريده، واحفظ ملف تعليقاتك في آخر الصفحة لإرساله إلى الأمانة.
review-page-to-send = الانتقال إلى آخر الصفحة لحفظ ملف تعليقاتك
review-page-untitled = مقدمة
review-page-contents = أقسام المسودة
review-page-commented = عليه تعليق
review-page-comment-label = تعليقك على «{ $section }» (اختياري)
review-page-comment-count = عدد الأحرف: { $count } من { $max }
review-page-kept = حُفظ على هذا الجهاز في { $time }. الأقسام التي علّقت عليها: { $count }.
review-page-not-kept-title = لا تُحفظ تعليقاتك على هذا الجهاز
review-page-not-kept = كل ما كتبته لا يزال ظاهرًا على الشاشة. أبقِ هذه الصفحة مفتوحة واحفظ ملف تعليقاتك قبل المغادرة.
review-page-unreadable = تعذّرت قراءة نسخة من تعليقاتك وُجدت على هذا الجهاز: { $reason }
review-page-set-aside = احتُفظ بها كما كانت باسم آخر ({ $key })؛ وما تكتبه الآن يُحفظ بجانبها.
review-page-send-title = إرسال تعليقاتك
review-page-send-intro = أخبرنا من أنت، بالقدر الذي تريده، وكيف يمكن نشر تعليقاتك. ثم احفظ ملف تعليقاتك وأرسله إلى الأمانة كما تطلب الصفحة التي أوصلتك إلى هنا.
review-page-email-hint = لا يُستخدم إلا إذا احتاجت الأمانة إلى سؤالك عن تعليقاتك. لا يُنشر أبدًا.
review-page-capacity = بأي صفة تعلّق؟
review-page-publication = كيف يمكن لمنتدى أفضل الممارسات نشر تعليقاتك؟
review-page-publication-hint = تقرأ الأمانة كل تعليق. ويحدد هذا الاختيار ما يمكن للآخرين قراءته.
review-page-encrypted-hint = سيُشفَّر ملف تعليقاتك بمفتاح الأمانة: لن يتمكن أحد غير الأمانة من قراءته.
review-page-save = حفظ ملف تعليقاتك
review-page-error-no-comments = اكتب تعليقًا على قسم واحد على الأقل.
review-page-saved = حُفظ ملف تعليقاتك { $name } في مجلد التنزيلات.
review-page-saved-encrypted = الملف مشفّر: لا يستطيع قراءته إلا الأمانة.
review-page-saved-send = أرسله إلى الأمانة. إذا غيّرت تعليقاتك، فاحفظ الملف مرة أخرى وأرسل الجديد: فهو يحل محل الأول.
review-page-save-failed = تعذّر حفظ ملف التعليقات: { $reason }
review-page-encrypt-failed = تعذّر تشفير ملف التعليقات ({ $reason }).
review-page-encrypt-bad-key = مفتاح الأمانة في هذه الصفحة غير صالح؛ اطلب صفحة جديدة من الأمانة
review-page-encrypt-no-randomness = لا يوفّر هذا المتصفح أرقامًا عشوائية آمنة؛ جرّب متصفحًا آخر
review-page-shared-device = على جهاز مشترك، احذف تعليقاتك منه بعد إرسال الملف.
review-page-forget = حذف تعليقاتي من هذا الجهاز
review-page-forget-failed = تعذّر حذف تعليقاتك من هذا الجهاز: { $reason }
review-page-forgotten = حُذفت تعليقاتك من هذا الجهاز. أما الملف الذي حفظته فلم يُحذف.
export-draft-key = مفتاح عام لملفات التعليقات (اختياري)
export-draft-key-hint = مفتاح عام من نوع age (age1…)، مثل مفتاح أُنشئ ضمن ملفات الهوية: تُشفَّر عندئذ ملفات تعليقات القرّاء به، وتُحمَّل هنا بعد تقديم ملف الهوية الخاص به.
export-draft-key-error = هذا ليس مفتاحًا عامًا من نوع age: فهو يبدأ بـ age1 وطوله 62 حرفًا.
export-review-page = تنزيل صفحة المراجعة
export-review-page-note = صفحة المراجعة ملف HTML واحد: ضعها على أي موقع ويب أو أرسلها كما هي. يفتحها القرّاء في متصفح، حتى دون اتصال، ويعلّقون على كل قسم ويحفظون ملف تعليقات لإعادته.
export-review-page-failed = تعذّر إنشاء صفحة المراجعة: { $reason }

## Other pages

not-found-title = الصفحة غير موجودة
not-found-body = هذه الصفحة غير موجودة، أو أن الرد الذي تنتمي إليه لم يعد على هذا الجهاز.
not-found-home = انتقل إلى صفحة البداية

## Accessibility statement

footer-accessibility = بيان إمكانية الوصول
a11y-title = بيان إمكانية الوصول
a11y-intro = هذه الاستمارة وصفحة التوليف الخاصة بالأمانة موجّهتان إلى كل من يريد المساهمة، أيًا كان الجهاز أو اللغة أو التكنولوجيا المساعدة التي يستخدمها.
a11y-standard-title = المعيار الذي نسعى إلى تحقيقه
a11y-standard = إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2، المستوى AA. وبحسب ما تبيّنه اختباراتنا، تستوفي الصفحتان هذا المعيار باللغات الست كلها.
a11y-works-title = ما يمكنك أن تتوقعه
a11y-works-keyboard = يمكنك القيام بكل شيء باستخدام لوحة المفاتيح وحدها، ويبقى مؤشر التركيز ظاهرًا دائمًا.
a11y-works-screen-reader = لكل حقل تسمية ظاهرة؛ والخيارات المترابطة مجمّعة معًا؛ وتُدرج الأخطاء في أعلى الصفحة مع رابط إلى الحقل المعني بكل منها؛ ويُعلَن عن الحفظ وعدد الكلمات والتقدّم دون نقل التركيز.
a11y-works-zoom = تعمل الصفحات على هاتف بعرض 360 بكسل، وعند التكبير إلى 200%، دون الحاجة إلى التمرير أفقيًا.
a11y-works-languages = الصفحات متاحة بالإسبانية والإنكليزية والروسية والصينية والعربية (من اليمين إلى اليسار) والفرنسية. ويمكنك تغيير اللغة في أي وقت دون أن تفقد ما كتبته.
a11y-works-charts = لكل رسم بياني في صفحة التوليف جدول يعرض الأرقام نفسها.
a11y-works-contrast = يبلغ تباين النصوص وعناصر التحكم على الأقل الحد الذي تشترطه إرشادات WCAG، حتى مع لون يختاره الموقع الذي يُضمِّن الاستمارة.
a11y-tested-title = كيف أجرينا الاختبارات
a11y-tested-axe = فحوص آلية باستخدام axe-core وفقًا لقواعد المستويين A و AA من WCAG 2.2، على كل شاشة وبكل لغة، دون السماح بأي مشكلة.
a11y-tested-keyboard = مسارات مبرمجة باستخدام لوحة المفاتيح وحدها: إكمال رد وحفظه، وتحميل ملفات للوصول إلى مواضيع أحد الأسئلة.
a11y-tested-sizes = فُحصت كل شاشة بعرض 360 بكسل وبعرض شاشة حاسوب مكتبي، للتأكد من عدم وجود تمرير أفقي.
a11y-tested-screenshots = لقطات شاشة بالعربية والصينية، على هاتف وعلى حاسوب مكتبي، راجعها شخص بنفسه.
a11y-limits-title = القيود المعروفة
a11y-limits-screen-readers = تُشغّل الاختبارات متصفحًا حقيقيًا، ولكنها لا تُشغّل قارئ شاشة بعد: لم نختبر الصفحات بأنفسنا باستخدام NVDA أو JAWS أو VoiceOver أو TalkBack.
a11y-limits-charts = تُختصر داخل الرسم البياني التسميات التي يزيد طولها على 48 حرفًا؛ ويعرضها الجدول الذي يليه كاملة.
a11y-limits-translations = لم تراجع دوائر الترجمة في الأمم المتحدة هذه الترجمات بعد.
a11y-contact-title = أبلغنا عن مشكلة
a11y-contact = إذا لم يعمل معك شيء ما، أو احتجت إلى الأسئلة في شكل آخر، فاكتب إلى أمانة منتدى إدارة الإنترنت أو إلى المبادرة الوطنية أو الإقليمية لمنتدى إدارة الإنترنت التي دعتك. ويمكنك أيضًا إرسال مساهمتك بأي شكل متاح لك.
a11y-prepared = أُعدّ هذا البيان في 23 تشرين الثاني/نوفمبر 2026، ويتناول الإصدار { $version }.

## Embed on your site

embed-title = تضمين الاستمارة في موقعك
embed-intro = للمبادرات الوطنية والإقليمية لمنتدى إدارة الإنترنت: اضبط إعدادات الاستمارة، واطّلع عليها كما سيراها زوار موقعك، وانسخ الرمز البرمجي لموقعك. تبقى الردود على جهاز كل مشارك إلى أن يرسل ملفه.
embed-host = عنوان موقعك
embed-host-hint = مثل https://www.nigeria-igf.example: لا ترسل الاستمارة رسائلها (جاهزة، الارتفاع، حُفظت) إلا إلى هذا الموقع. مطلوب لرمز الإطار؛ أما وسم البرنامج النصي فيعرفه تلقائيًا.
embed-nri = اسم مبادرتك الوطنية أو الإقليمية (NRI)
embed-nri-hint = يُسجَّل بوصفه مصدر كل رد يُقدَّم عبر موقعك.
embed-lang = اللغة التي تُفتح بها الاستمارة
embed-lang-any = لغة الزائر نفسه
embed-accent = لون رأس الصفحة
embed-accent-hint = لون مثل #006b3f. وإذا كان اللون أفتح من أن يُقرأ عليه نص أبيض، فإنه يُغمَّق حتى يصبح النص مقروءًا.
embed-contact = إلى أين يرسل المشاركون ملفاتهم
embed-contact-hint = عنوان بريد إلكتروني أو عنوان صفحة ويب، يُعرض عند حفظ الملف.
embed-closes = آخر يوم لتقديم المساهمات
embed-questionnaire = الاستبيان (اختياري)
embed-questionnaire-hint = عنوان ملف استبيان على هذا الموقع (مثلًا questionnaires/igf-bpf-cybersecurity-2017-example.json) أو على موقع يعترف به. اتركه فارغًا لاستخدام الاستبيان المدمج.
embed-editor-link = اكتب استبيانك الخاص بمحرر الاستبيانات، ثم ضع ملفه على موقعك
embed-key = المفتاح العام للأمانة (اختياري)
embed-key-hint = يبدأ بالأحرف age1. وعندئذٍ تُشفَّر الردود بحيث لا يستطيع قراءتها إلا الأمانة.
embed-invalid = لا تستطيع الاستمارة استخدام هذه القيمة؛ تحقّق منها.
embed-frame = الرمز البرمجي لإطار
embed-script = الرمز البرمجي لوسم script
embed-copy-frame = انسخ الرمز البرمجي للإطار
embed-copy-script = انسخ الرمز البرمجي لوسم script
embed-copied = تم النسخ.
embed-preview = معاينة
embed-preview-title = معاينة: { $name }
