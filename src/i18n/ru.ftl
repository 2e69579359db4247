## The app's frame

app-name = BPF по кибербезопасности: призыв к представлению материалов
skip-link = Перейти к основному содержанию
footer-privacy = Ваши ответы остаются на этом устройстве, пока вы сами не сохраните файл анкеты и не отправите его. Эта страница ничего никуда не отправляет.
footer-version = bpf-survey, версия { $version }
footer-synthesis = Для Секретариата ФУИ: сводный анализ анкет
title-separator = –
language-menu = Язык

## Saving

save-status-saved = Сохранено на этом устройстве в { $time }
save-status-not-saved = Не сохранено на этом устройстве
storage-warning-title = Ваши ответы не сохраняются на этом устройстве
storage-full = Хранилище браузера для этой страницы заполнено.
storage-unavailable = Этот браузер не позволяет странице ничего сохранять (режим приватного просмотра или запрет в настройках).
storage-failed = Браузер отказался сохранить данные.
storage-warning-keep-open = Всё, что вы ввели, по-прежнему на экране. Не закрывайте эту страницу и сразу скачайте копию, чтобы ничего не потерять.
storage-download-copy = Скачать копию сейчас
downloaded = Скачан файл { $file }
download-failed = Не удалось скачать файл: { $reason }
start-failed = Не удалось начать новую анкету: { $reason }

## Start page

home-start = Заполнить анкету
home-continue = Продолжить заполнение анкеты
home-start-another = Заполнить ещё одну анкету
home-your-responses = Анкеты на этом устройстве
home-your-responses-hint = Каждая анкета хранится в этом браузере. Их может увидеть любой, кто пользуется этим устройством и браузером.
home-untitled = Анкета без названия
home-changed = Последнее изменение: { $when }
home-answered = Отвечено вопросов: { $count } из { $total }
home-resume = Открыть
home-download = Скачать
home-delete = Удалить
home-unreadable = { $count ->
    [one] Не удалось прочитать { $count } сохранённую анкету на этом устройстве. Данные оставлены без изменений:
    [few] Не удалось прочитать { $count } сохранённые анкеты на этом устройстве. Данные оставлены без изменений:
    [many] Не удалось прочитать { $count } сохранённых анкет на этом устройстве. Данные оставлены без изменений:
   *[other] Не удалось прочитать { $count } сохранённых анкет на этом устройстве. Данные оставлены без изменений:
}
home-bundle-title = Собираете анкеты на семинаре?
home-bundle-hint = Скачайте все завершённые анкеты с этого устройства одним файлом, чтобы отправить его в Секретариат.
home-bundle-button = { $count ->
    [one] Скачать { $count } завершённую анкету одним файлом
    [few] Скачать все { $count } завершённые анкеты одним файлом
    [many] Скачать все { $count } завершённых анкет одним файлом
   *[other] Скачать все { $count } завершённых анкет одним файлом
}
bundle-downloaded = { $count ->
    [one] Скачана { $count } анкета в файле { $file }
    [few] Скачаны { $count } анкеты в файле { $file }
    [many] Скачано { $count } анкет в файле { $file }
   *[other] Скачано { $count } анкет в файле { $file }
}
status-draft = Черновик
status-finished = Завершена
delete-confirm = Удалить «{ $title }» с этого устройства? Это действие нельзя отменить. Если анкета может вам понадобиться, сначала скачайте её.
delete-yes = Да, удалить
delete-cancel = Отмена
deleted = Анкета «{ $title }» удалена с этого устройства
delete-failed = Не удалось удалить анкету: { $reason }

## Steps

step-of = Шаг { $step } из { $total }
continue = Продолжить
back = Назад

## About you

about-title = О вас
about-intro = Расскажите о себе, чтобы ваш материал был учтён и, если вы хотите, опубликован под вашим именем.
about-name = Полное имя
about-name-hint = Нужно, только если ваш материал будет опубликован под вашим именем.
about-organisation = Организация
about-organisation-hint = Оставьте пустым, если отвечаете как частное лицо.
about-email = Адрес электронной почты (необязательно)
about-email-hint = Используется, только если у Секретариата возникнут вопросы по вашему материалу. Никогда не публикуется.
about-capacity = В каком качестве вы отвечаете?
capacity-individual = Как частное лицо
capacity-organisation = От имени организации
capacity-nri = От имени национальной или региональной инициативы ФУИ (NRI)
about-group = К какой группе заинтересованных сторон вы относитесь?
group-government = Правительство
group-private-sector = Частный сектор
group-civil-society = Гражданское общество
group-technical-community = Техническое сообщество
group-academia = Академическое сообщество
group-intergovernmental = Межправительственная организация
group-other = Другое
about-country = Страна
about-country-hint = Где находитесь вы или ваша организация. Чтобы перейти к стране в списке, введите первые буквы её названия.
about-country-choose = Выберите страну
about-region = Регион: { $subregion } ({ $region })
about-nri = Национальная или региональная инициатива ФУИ (NRI)
about-nri-hint = NRI, с которой вы работаете или которая вас пригласила, если такая есть. Например: Nigeria IGF.

## Questions

questions-title = Ваши ответы
questions-intro = Ответьте на любые вопросы так подробно, как хотите. Чтобы завершить, нужен хотя бы один ответ. Всё, что вы вводите, сразу сохраняется на этом устройстве.
count-words = { $words ->
    [one] { $words } слово
    [few] { $words } слова
    [many] { $words } слов
   *[other] { $words } слов
}, { $characters ->
    [one] { $characters } символ
    [few] { $characters } символа
    [many] { $characters } символов
   *[other] { $characters } символов
}

## Publication

publication-title = Публикация вашего материала
publication-legend = Как BPF может опубликовать ваш материал?
publication-hint = Секретариат читает все материалы. От этого выбора зависит, что смогут прочитать другие.
publication-named = Опубликовать с моим именем
publication-named-hint = В цитатах и в списке материалов будут указаны ваше имя и организация.
publication-anonymous = Опубликовать анонимно
publication-anonymous-hint = В цитатах будут указаны только ваша группа заинтересованных сторон и страна, например: «респондент от гражданского общества, Нигерия».
publication-none = Не публиковать
publication-none-hint = Материал учитывается в сводном анализе, но никогда не цитируется и не включается в список материалов.

## Review

review-title = Проверьте анкету
review-about = О вас
review-answers = Ваши ответы
review-publication = Публикация
review-change = Изменить
review-change-answer = ваш ответ на вопрос { $number }
review-email = Адрес электронной почты
review-capacity = В каком качестве
review-group = Группа заинтересованных сторон
review-publication-choice = Публикация
review-not-given = Не указано
review-not-answered = Нет ответа
review-finish-title = Завершите и сохраните файл анкеты
review-finish-body = Файл анкеты будет сохранён на этом устройстве. Затем отправьте его в Секретариат ФУИ или в вашу NRI.
review-finish = Завершить и сохранить файл анкеты

## Done

done-title = Файл анкеты сохранён
done-file = Браузер сохранил его под именем
done-next-title = Что дальше
done-next-body = Отправьте этот файл по электронной почте в Секретариат ФУИ или в национальную или региональную инициативу ФУИ, которая вас пригласила. Это небольшой текстовый файл: откройте его, чтобы увидеть, что именно вы отправляете.
done-kept = Анкета также остаётся на этом устройстве: вы можете в любой момент изменить её и сохранить новый файл.
done-download-again = Скачать файл ещё раз
done-home = Вернуться на начальную страницу
done-changed-title = Анкета изменилась после сохранения
done-changed-body = Проверьте её и завершите ещё раз, чтобы сохранить актуальный файл.
done-changed-review = Проверить анкету

## Errors

error-prefix = Ошибка:
error-summary-title = Есть проблема
error-name-required = Введите полное имя или выберите анонимную публикацию
error-organisation-required = Введите название организации, от имени которой вы отвечаете
error-nri-required = Введите название NRI, от имени которой вы отвечаете
error-email-format = Введите адрес электронной почты в правильном формате, например name@example.org
error-capacity-required = Выберите, в каком качестве вы отвечаете
error-group-required = Выберите группу заинтересованных сторон
error-country-required = Выберите страну
error-no-answers = Ответьте хотя бы на один вопрос
error-publication-required = Выберите, как можно опубликовать ваш материал
error-too-long = { $max ->
    [one] Допускается не более { $max } символа
    [few] Допускается не более { $max } символов
    [many] Допускается не более { $max } символов
   *[other] Допускается не более { $max } символов
}
error-required = Это обязательное поле

## Synthesis

synthesis-title = Сводный анализ анкет
synthesis-intro = Загрузите файлы анкет и пакеты, чтобы прочитать ответы респондентов по каждому вопросу. Всё происходит в этом браузере: ничего никуда не отправляется.
synthesis-load-title = Загрузка анкет
synthesis-load-hint = Выберите файлы или целую папку либо перетащите их сюда. Файлы можно добавлять в любой момент; каждая анкета учитывается один раз.
synthesis-choose-files = Выбрать файлы
synthesis-choose-folder = Выбрать папку
synthesis-progress = Ход выполнения
synthesis-loading = Загрузка файлов: { $done } из { $total }…
synthesis-analysing = Анализ ответов: шаг { $done } из { $total }…
synthesis-exporting = Подготовка файла для скачивания…
synthesis-ready = Сводный анализ готов: { $count ->
    [one] { $count } анкета
    [few] { $count } анкеты
    [many] { $count } анкет
   *[other] { $count } анкет
} (чтение файлов: { $reading } с, анализ: { $analysing } с)
synthesis-failed = Анализ прерван: { $reason }. Перезагрузите страницу и добавьте файлы снова; никакие данные не покинули этот браузер.
report-title = Что загружено
report-summary = { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файлов
}: загружено — { $loaded }, дубликатов — { $duplicates }, отклонено — { $rejected }. В наборе { $responses ->
    [one] { $responses } анкета
    [few] { $responses } анкеты
    [many] { $responses } анкет
   *[other] { $responses } анкет
}.
report-show = Показать все файлы
report-file = Файл
report-status = Статус
report-details = Подробности
report-status-loaded = Загружен
report-status-duplicate = Дубликат
report-status-rejected = Отклонён
report-status-partly = Загружен частично
report-bundle = { $count ->
    [one] Пакет: принята { $count } анкета
    [few] Пакет: приняты { $count } анкеты
    [many] Пакет: принято { $count } анкет
   *[other] Пакет: принято { $count } анкет
}
report-entry-rejected = Анкета № { $entry } в пакете: { $reason }
report-duplicate-kept-here = Есть также в другом файле; эта копия самая поздняя и учитывается ({ $id })
report-duplicate-kept = Дубликат { $id }; учитывается более поздняя копия из файла { $file }
filter-title = Фильтр
filter-hint = Отметьте один или несколько пунктов, чтобы смотреть только эти анкеты. Все цифры и сводки ниже изменятся соответственно.
filter-group = Группа заинтересованных сторон
filter-region = Регион
filter-nri = NRI
filter-language = Язык формы
filter-capacity = В каком качестве
filter-clear = Сбросить все фильтры
overview-title = Обзор
overview-count = { $count ->
    [one] { $count } материал
    [few] { $count } материала
    [many] { $count } материалов
   *[other] { $count } материалов
}{ $drafts ->
    [0] {""}
    [one] , из них { $drafts } незавершённый черновик
    [few] , из них { $drafts } незавершённых черновика
    [many] , из них { $drafts } незавершённых черновиков
   *[other] , из них { $drafts } незавершённых черновиков
}.
breakdown-group = По группам заинтересованных сторон
breakdown-region = По регионам
breakdown-nri = По NRI
breakdown-language = По языку формы
breakdown-capacity = По тому, в каком качестве отвечали
chart-show-table = Показать данные в виде таблицы
chart-category = Категория
chart-count = Число анкет
questions-heading = Вопросы
question-number = Вопрос { $number }
question-answered = Материалов с ответом на этот вопрос: { $answered } из { $total }.
question-length = Длина ответов в словах: медиана { $median } (от { $min } до { $max }; среднее { $mean }).
themes-title = Темы
themes-none = Слишком мало ответов, чтобы выделить темы.
theme-meta = { $voices ->
    [one] { $voices } респондент
    [few] { $voices } респондента
    [many] { $voices } респондентов
   *[other] { $voices } респондентов
} · язык: { $language }
terms-title = Ключевые термины
terms-language = Язык: { $language } (ответов: { $answers })
summary-title = Краткое изложение
summary-none = Ни один из этих ответов нельзя цитировать.
duplicates-title = Почти одинаковые ответы
duplicates-none = Нет: все ответы разные.
duplicates-size = { $count ->
    [one] Этот текст встречается в { $count } ответе
    [few] Этот текст встречается в { $count } ответах
    [many] Этот текст встречается в { $count } ответах
   *[other] Этот текст встречается в { $count } ответах
}
answers-title = Все ответы
answers-search = Поиск по ответам
answers-search-hint = Ответы, содержащие все введённые слова.
answers-count = Показано: { $shown } из { $total }
answers-no-name = Имя не указано
answers-more = Показать ещё { $count }
answers-publication = публикация: { $choice }
export-title = Скачать
export-hint = Сводный анализ в форме части II итогового документа BPF: обзор, затем каждый вопрос, затем список материалов. Цитаты и имена приводятся в соответствии с выбором каждого респондента.
export-html = Скачать как веб-страницу (для печати или сохранения в PDF)
export-markdown = Скачать в формате Markdown
export-data-title = Открытые данные
export-data-hint = Анкеты, которые можно публиковать, без адресов электронной почты; анонимные — без имён. Формулы электронных таблиц в ответах обезврежены.
export-bom = Добавить метку порядка байтов (BOM) для Excel
export-csv = Скачать CSV
export-json = Скачать пакет JSON

## Other pages

not-found-title = Страница не найдена
not-found-body = Этой страницы не существует, или анкета, к которой она относится, больше не хранится на этом устройстве.
not-found-home = Перейти на начальную страницу
