## The app's frame

app-name = BPF Cybersecurity: call for contributions
skip-link = Skip to main content
footer-privacy = Your answers stay on this device until you save your response file and send it yourself. Nothing is sent anywhere by this page.
footer-version = bpf-survey version { $version }
footer-synthesis = For the IGF Secretariat: synthesis of responses
footer-offline = Get the offline version (one file that opens without internet, to share on a USB stick or by email)
footer-embed = For NRIs: embed this form on your site
title-separator = –
language-menu = Language
language-failed = { $language } could not be loaded. Check your connection and try again.

## Saving

save-status-saved = Saved on this device at { $time }
save-status-not-saved = Not saved on this device
storage-warning-title = Your answers are not being saved on this device
storage-full = The browser's storage for this page is full.
storage-unavailable = This browser does not let the page keep anything (private browsing, or blocked by its settings).
storage-failed = The browser refused to save.
storage-warning-keep-open = Everything you typed is still here on the screen. Keep this page open and download a copy now, so nothing is lost.
storage-download-copy = Download a copy now
downloaded = Downloaded { $file }
download-failed = The file could not be downloaded: { $reason }
start-failed = A new response could not be started: { $reason }
options-title = This form's settings have a problem
options-intro = The site that shows this form set something the form cannot use. The form works without it. If you run the site, correct the address of the form:
option-unknown = “{ $name }” is not a setting of this form.
option-invalid = The setting “{ $name }” cannot be “{ $value }”.
option-repeated = The setting “{ $name }” is given more than once, with different values, so none of them is used.
home-closed = Contributions closed on { $date }. You can still download responses kept on this device.
done-send-to = Send it to: { $contact }
done-send-to-unlisted = This page's address says to send your file to { $contact }, which this site does not list as the Secretariat's or an NRI's address. Check with whoever sent you this link before you send it.
risk-title = This browser may not keep your answers
risk-partitioned = This form is inside another site's page, where the browser may keep its data apart or delete it when you leave.
risk-private = This looks like a private window: the browser deletes everything when it closes.
risk-safari = Safari deletes what a site has kept if you do not visit it for seven days.
risk-not-persisted = The browser has not promised to keep your answers: it may delete them if the device runs short of space.
risk-advice = Save a copy to your device from time to time, so nothing is lost.
risk-save = Save a copy to your device
risk-changed = Your answers have changed since your last copy.
risk-copy-none = You have not saved a copy yet.

## Start page

questionnaire-loading = Loading the questionnaire…
questionnaire-refused = The questionnaire “{ $address }” cannot be used: { $reason }. You are answering the built-in questionnaire.
questionnaire-reason-unlisted = it is on a site this form does not list
questionnaire-reason-fetch = it could not be fetched ({ $detail })
questionnaire-reason-syntax = it is not a questionnaire file
questionnaire-reason-newer = it was written for a newer version of this form
questionnaire-reason-large = the file is too large for a questionnaire
questionnaire-reason-invalid = it breaks a rule of questionnaires ({ $detail })
questionnaire-place-title = the title
questionnaire-place-intro = the introduction
questionnaire-place-question = question “{ $id }”
questionnaire-place-hint = the hint of question “{ $id }”
questionnaire-place-choice = choice “{ $choice }” of question “{ $id }”
questionnaire-rule-id = the questionnaire’s identifier “{ $id }” may hold only ASCII letters, digits, - and _
questionnaire-rule-no-questions = it has no questions
questionnaire-rule-too-many-questions = it has { $n } questions; at most { $max } are allowed
questionnaire-rule-too-many-paragraphs = its introduction has { $n } paragraphs; at most { $max } are allowed
questionnaire-rule-question-id = the question identifier “{ $id }” may hold only ASCII letters, digits, - and _
questionnaire-rule-question-id-twice = the question identifier “{ $id }” is used twice
questionnaire-rule-profile-unknown = the profile field “{ $key }” is not one the form has
questionnaire-rule-profile-twice = the profile field “{ $key }” is listed twice
questionnaire-rule-max-length = { $place }: answers of { $n } characters; the limit must be from 1 to { $max }
questionnaire-rule-not-for = { $place }: “{ $field }” does not apply to the type “{ $kind }”
questionnaire-rule-max-choices = { $place }: { $n } of its { $of } choices may be chosen; the number must be from 1 to { $of }
questionnaire-rule-kind = { $place }: there is no type “{ $kind }”; the types are long-text, short-text, one-choice and several-choices
questionnaire-rule-too-few-choices = { $place }: a choice question needs at least two choices
questionnaire-rule-too-many-choices = { $place }: { $n } choices; at most { $max } are allowed
questionnaire-rule-choice-id = { $place }: the choice identifier “{ $id }” may hold only ASCII letters, digits, - and _
questionnaire-rule-choice-id-twice = { $place }: the choice identifier “{ $id }” is used twice
questionnaire-rule-language = { $place }: “{ $language }” is not one of the six languages (ar, en, es, fr, ru, zh)
questionnaire-rule-too-long = { $place } ({ $language }): { $length } characters; at most { $max } are allowed
questionnaire-rule-markup = { $place } ({ $language }): markup is not allowed; questionnaire texts are plain text
questionnaire-rule-control = { $place } ({ $language }): control characters are not allowed
questionnaire-rule-no-text = { $place }: no text in any language
questionnaire-rule-version = the version “{ $version }” is not a whole number
questionnaire-example = This questionnaire is an example, not an official call for contributions.
questionnaire-fallback = { $missing } of this questionnaire’s { $all } texts are not available in your language; they are shown in { $language }.
home-other-questionnaire = Questionnaire: { $title }
home-open-questionnaire = Answer another questionnaire
home-open-questionnaire-hint = If the Secretariat or your National or Regional IGF initiative sent you a questionnaire file (.json), open it here. Your other responses stay on this device with their own questions.
home-open-questionnaire-label = Questionnaire file
home-other-drafts = { $count ->
    [one] One response to another questionnaire is on this device: open it with the other questionnaires.
   *[other] { $count } responses to other questionnaires are on this device: open them with the other questionnaires.
}
home-start = Start your response
home-shared = This is a shared device: responses are not listed here, and each one is removed from this device as soon as its file is saved.
home-shared-left = Unfinished responses left on this device earlier: { $count }. They are kept, but not shown.
home-continue = Continue your response
home-start-another = Start another response
home-your-responses = Responses on this device
home-your-responses-hint = Each response is kept in this browser. Anyone using this device and browser can see them.
home-untitled = Untitled response
home-changed = Last changed { $when }
home-answered = { $count } of { $total } questions answered
home-resume = Open
home-download = Download
home-delete = Delete
home-unreadable = { $count ->
    [one] One saved response on this device could not be read. It has been left untouched:
   *[other] { $count } saved responses on this device could not be read. They have been left untouched:
}
store-unreadable = This saved entry is not one this form wrote.
store-newer = This saved response was written by a newer version of the form; open it with that version.
store-damaged = This saved response is damaged and cannot be opened.
home-bundle-title = Collecting responses at a workshop?
home-bundle-hint = Download every finished response on this device as one file to send to the Secretariat.
home-bundle-button = { $count ->
    [one] Download 1 finished response as one file
   *[other] Download all { $count } finished responses as one file
}
bundle-downloaded = { $count ->
    [one] Downloaded 1 response in { $file }
   *[other] Downloaded { $count } responses in { $file }
}
status-draft = Draft
status-finished = Finished
delete-confirm = Delete “{ $title }” from this device? This cannot be undone. Download it first if you may need it.
delete-yes = Yes, delete it
delete-cancel = Cancel
deleted = Deleted “{ $title }” from this device
delete-failed = The response could not be deleted: { $reason }
reason-not-on-device = this response is no longer on this device
reason-no-page = the page is not open in a browser window
reason-unreachable = a part of the form could not be downloaded: check your connection and reload this page

## Steps

step-of = Step { $step } of { $total }
continue = Continue
back = Back

## About you

about-title = About you
about-intro = Tell us who you are, so your contribution can be counted and, if you wish, credited.
about-name = Full name
about-name-hint = Needed only if your contribution is published with your name.
about-organisation = Organisation
about-organisation-hint = Leave empty if you respond as an individual.
about-email = Email address (optional)
about-email-hint = Only used if the Secretariat needs to ask you about your contribution. Never published.
about-capacity = In what capacity are you responding?
capacity-individual = As an individual
capacity-organisation = On behalf of an organisation
capacity-nri = On behalf of a National or Regional IGF initiative (NRI)
about-group = Which stakeholder group do you belong to?
group-government = Government
group-private-sector = Private sector
group-civil-society = Civil society
group-technical-community = Technical community
group-academia = Academia
group-intergovernmental = Intergovernmental organisation
group-other = Other
about-country = Country
about-country-hint = Where you or your organisation are based. Type the first letters to jump in the list.
about-country-choose = Choose a country
about-region = Region: { $subregion } ({ $region })
about-nri = National or Regional IGF initiative (NRI)
about-nri-hint = The NRI you work with or that invited you, if any: choose it from the list as you type, or write its name.
# UN M49 regions and sub-regions, by code, as the UN Statistics Division names them.
region-002 = Africa
region-009 = Oceania
region-015 = Northern Africa
region-019 = Americas
region-021 = Northern America
region-030 = Eastern Asia
region-034 = Southern Asia
region-035 = South-eastern Asia
region-039 = Southern Europe
region-053 = Australia and New Zealand
region-054 = Melanesia
region-057 = Micronesia
region-061 = Polynesia
region-142 = Asia
region-143 = Central Asia
region-145 = Western Asia
region-150 = Europe
region-151 = Eastern Europe
region-154 = Northern Europe
region-155 = Western Europe
region-202 = Sub-Saharan Africa
region-419 = Latin America and the Caribbean

## Questions

questions-title = Your answers
questions-intro = Answer any of the questions, in as much detail as you like. You need at least one answer to finish. Everything you type is saved on this device as you go.
count-words = { $words ->
    [one] 1 word
   *[other] { $words } words
}, { $characters ->
    [one] 1 character
   *[other] { $characters } characters
}
count-over = { $over ->
    [one] You have 1 character too many
   *[other] You have { $over } characters too many
}. The limit is { $max }: shorten your answer, or give the rest as a document below.

## Publication

publication-title = Publishing your contribution
publication-legend = How may the BPF publish your contribution?
publication-hint = The Secretariat reads every contribution. This choice decides what others may read.
publication-named = Publish it with my name
publication-named-hint = Quotes and the list of contributions show your name and organisation.
publication-anonymous = Publish it anonymously
publication-anonymous-hint = Quotes show only your stakeholder group and country, for example “a civil-society respondent, Nigeria”.
publication-none = Do not publish it
publication-none-hint = It is counted in the synthesis, but never quoted or listed.

## Review

review-title = Check your response
review-about = About you
review-answers = Your answers
review-publication = Publication
review-change = Change
review-change-answer = your answer to question { $number }
review-email = Email address
review-capacity = Capacity
review-group = Stakeholder group
review-publication-choice = Publication
review-not-given = Not given
review-not-answered = Not answered
review-finish-title = Finish and save your response file
review-finish-body = Your response file will be saved to this device. You then send it to the IGF Secretariat or to your NRI.
review-finish = Finish and save my response file
review-encrypted = Your response file will be encrypted for the IGF Secretariat: only the Secretariat can read it. The copy on this device stays readable to you.
review-encrypting = Encrypting your response file…
key-option-invalid = This form was given an encryption key that is not valid, so responses will not be encrypted. Please tell the organisers of this page.
key-option-unlisted = This page's address gives an encryption key that this site does not list as the IGF Secretariat's, so responses will not be encrypted with it. Check with whoever sent you this link.
key-option-from-file = This copy of the form was opened from a file on this device, and such a copy cannot encrypt: your response will be saved unencrypted. To send it encrypted, answer on the organisers' site instead.
encrypt-failed = The response file could not be encrypted: { $reason }. Your response is still on this device; try again.

## Done

done-title = Your response file is saved
done-file = Your browser saved it as
done-encrypted = It is encrypted for the IGF Secretariat: only the Secretariat can open it.
done-next-title = What happens next
done-next-body = Send this file by email to the IGF Secretariat, or to the National or Regional IGF initiative that invited you. It is a small text file; you can open it to see exactly what you are sending.
done-next-body-sealed = Send this file by email to the IGF Secretariat, or to the National or Regional IGF initiative that invited you, which will pass it on: only the Secretariat can open it.
done-kept = The response also stays on this device: you can change it and save a new file at any time.
done-download-again = Download the file again
done-home = Back to the start page
done-shared-title = On a shared device?
done-shared-body = If other people use this device, remove your response from it once your file is safely saved, so the next person cannot read it.
done-remove = Remove my response from this device
done-remove-confirm = Remove your response from this device? Keep your saved file: it is then the only copy.
done-removed = Because this is a shared device, your response has been removed from it: the file you saved is now the only copy. Keep it until you have sent it.
done-changed-title = This response has changed since you saved it
done-changed-body = Check it and finish again to save an up-to-date file.
done-changed-review = Check your response

## Errors

error-prefix = Error:
error-summary-title = There is a problem
error-name-required = Enter your full name, or choose to publish anonymously
error-organisation-required = Enter the name of the organisation you respond for
error-nri-required = Enter the name of the NRI you respond for
error-email-format = Enter an email address in the correct format, like name@example.org
error-capacity-required = Select the capacity in which you respond
error-group-required = Select your stakeholder group
error-country-required = Select your country
error-no-answers = Answer at least one question
error-publication-required = Select how your contribution may be published
answer-max-choices = Choose up to { $max }.
error-too-many-choices = Choose at most { $max }
error-unknown-choice = Choose among the choices shown
error-too-long = This must be { $max } characters or fewer
error-in-question = Question { $number }: { $error }
error-required = This is required
documents-title = Documents
documents-hint = Optional. Add any report, brief or survey you send with your response, with a link to where it can be read. Documents are listed with your contribution as you choose to publish it; if you answer anonymously, remember that a link can show who you are.
documents-legend = Document { $number }
documents-document-title = Title
documents-link = Link (optional)
documents-link-hint = An address beginning with https:// or http://
documents-description = One line about it (optional)
documents-add = Add a document
documents-add-another = Add another document
documents-remove = Remove document { $number }
error-document-title-required = Enter the document’s title, or remove the document
error-document-link = Enter a link that begins with https:// or http://, like https://example.org/report.pdf

## Synthesis

synthesis-title = Synthesis of responses
synthesis-intro = Load response files and bundles to read what respondents said, question by question. Everything happens in this browser: nothing is uploaded anywhere.
synthesis-load-title = Load responses
synthesis-load-hint = Choose files or a whole folder, or drop them here. You can add more files at any time; each response is counted once. You can also load the CSV, XLSX or ODS export of another survey tool (Google Forms, Microsoft Forms, KoboToolbox, LimeSurvey, SurveyMonkey): you will be asked which column is which.
synthesis-choose-files = Choose files
synthesis-choose-folder = Choose a folder
synthesis-progress = Progress
synthesis-loading = Loading { $done } of { $total } files…
synthesis-importing = Reading the table's rows: { $done } of { $total }…
synthesis-analysing = Analysing the answers: step { $done } of { $total }…
synthesis-exporting = Preparing the download…
synthesis-ready = Synthesis ready: { $count ->
    [one] 1 response
   *[other] { $count } responses
} (files read in { $reading } s, analysed in { $analysing } s)
synthesis-failed = The analysis stopped: { $reason }. Reload the page and add the files again; nothing has left this browser.
reason-worker-gone = the browser ended it without saying why
reason-export = the { $format } file could not be written ({ $detail })
nri-unpublished = { $name } (named only in responses not for publication)
nri-none = No NRI
report-title = What was loaded
report-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
}: { $loaded } loaded, { $duplicates ->
    [one] 1 duplicate
   *[other] { $duplicates } duplicates
}, { $rejected } rejected. { $responses ->
    [one] 1 response
   *[other] { $responses } responses
} in the set.
report-show = Show every file
report-file = File
report-status = Status
report-details = Details
synthesis-comments = Comments received on the drafts
synthesis-comments-hint = As Part III A of the downloads has them: each reader's words under their publication choice, beside the text they commented on.
synthesis-comments-text = The text of Draft { $version } they commented on
review-files-title = Drafts and comments
review-file-draft = { $name }: Draft { $version }, { $sections ->
    [one] one section
   *[other] { $sections } sections
}, kept for the comments on it.
review-file-comments = { $name }: { $count ->
    [one] one comment
   *[other] { $count } comments
} on Draft { $version }, in Part III A of the downloads.
review-file-refused = { $name } was not read: { $reason }
report-status-loaded = Loaded
report-status-duplicate = Duplicate
report-status-rejected = Rejected
report-status-partly = Partly loaded
report-status-waiting = Waiting for the key
report-bundle = Bundle: { $count ->
    [one] { $count } response kept
   *[other] { $count } responses kept
}
report-entry-rejected = Response { $entry } of the bundle: { $reason }
report-duplicate-kept-here = Also in another file; this copy is the latest and is kept ({ $id })
report-duplicate-conflict = Copies of response { $id } disagree on who wrote it or when it was started: one of them may be forged. Check which is genuine.
report-duplicate-kept = Duplicate of { $id }; the later copy in { $file } is kept
reject-not-text = This is not a text file.
reject-not-json = This is not a JSON file (line { $line }, column { $column }).
reject-truncated = The file is incomplete: it was cut short, perhaps during download or copying.
reject-not-response = This JSON file is not a BPF survey response or bundle.
reject-version = This file uses format version { $found }, which this version of the app cannot read. Use a newer version of the app.
reject-no-integrity = The file has no integrity check, so changes to it could not be detected.
reject-unknown-integrity = The file's integrity check uses { $name }, which this app does not know.
reject-integrity = The file was edited or damaged after it was saved: its integrity check does not match.
reject-invalid = The file is damaged: { $field }: { $reason }
reject-count = The bundle says it holds { $claimed } responses but holds { $found }.
reject-too-large = The file is too large ({ $size }; the limit is { $max }).
reject-questionnaire = It answers a different questionnaire ({ $id }, version { $version }).
reject-questionnaire-edition = It answers another edition of questionnaire { $id }, version { $version }: the same name, but different questions. Open it in a workspace for that edition.
reject-set-full = The set already holds the maximum of { $max } responses.
reject-duplicate-key = The file has the key { $key } twice in one place, so what it says is ambiguous.
reject-too-long = { $field } is longer than the { $max } characters the form allows.
reject-needs-key = Encrypted for the Secretariat: choose the identity file to read it.
reject-wrong-key = It is encrypted for a different key than the identity file you chose.
reject-damaged-ciphertext = The encrypted file is damaged or incomplete.
reject-age-header = Its encryption header is far larger than a response file’s, so it was not opened.
reject-future = It says it was last changed on { $date }, which is in the future, so it was not loaded. Check the clock of the device it came from.
filter-title = Filter
filter-hint = Tick one or more boxes to look only at those responses. Every figure and summary below follows.
filter-group = Stakeholder group
filter-region = Region
filter-nri = NRI
filter-language = Language of the form
filter-capacity = Capacity
filter-clear = Clear all filters
filter-drafts-legend = Unfinished drafts
filter-drafts = Quote and list them as if they had been sent, each under its publication choice
overview-title = Overview
overview-drafts-read = Unfinished drafts are quoted and listed as if they had been sent, as chosen in the filters; each keeps its publication choice.
overview-count = { $count ->
    [one] 1 contribution
   *[other] { $count } contributions
}{ $drafts ->
    [0] {""}
    [one] , 1 of them an unfinished draft
   *[other] , { $drafts } of them unfinished drafts
}.
breakdown-group = By stakeholder group
breakdown-region = By region
breakdown-nri = By NRI
breakdown-language = By language of the form
breakdown-capacity = By capacity
chart-show-table = Show the figures as a table
chart-category = Category
chart-count = Responses
questions-heading = Questions
question-number = Question { $number }
question-answered = { $answered } of { $total } contributions answered this question.
question-non-answers = Of these, { $count } gave no substantive answer ("see attached", "N/A", a single word): they are counted, but left out of themes, summary and key terms.
question-other = Of these, { $count } speak of nothing the questions are about (no term of the field, or an advert): they are counted as other answers, but left out of themes, summary and key terms.
question-length = Answers are { $median } words long at the median ({ $min } to { $max }; mean { $mean }).
themes-title = Themes
themes-none = Too few answers to find themes.
theme-meta = { $voices ->
    [one] 1 voice
   *[other] { $voices } voices
} · language: { $language }
terms-title = Key terms
terms-language = In { $language } ({ $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
})
summary-title = Summary
summary-none = No answer here may be quoted.
quote-anonymous = Anonymous, { $group }, { $country }
quote-anonymous-group = Anonymous, { $group }
duplicates-title = Near-duplicate answers
duplicates-none = None: every answer is its own.
duplicates-ordinary = This question's answers often repeat the same texts: five of them are each sent { $count } times or more. Each answer with such a text counts, in its theme and in every figure; only a text sent more than two and a half times as often is counted once, as a campaign.
duplicates-size = { $count } answers share this text
question-voices = Counting each group of near-identical answers once, { $voices } independent voices answered (every answer counted: { $answered }). The charts count them once.
overview-voices = Counting each campaign once, { $voices } independent voices. The charts count them once.
raw-figures = Every answer counted
campaigns-title = Campaigns
campaigns-more = And { $count } more groups of five or more near-identical answers, each listed under its question’s near-duplicate answers.
campaign-line = Responses sending one text: { $count } ({ $n ->
    [one] question
   *[other] questions
} { $questions })
campaign-sent-by = Sent by: { $who }
campaign-not-published = not for publication
initiatives-title = Initiatives and organisations cited
initiatives-none = None named: no well-known initiative, and no other named by two answers or more.
privacy-title = Respondents who name themselves
privacy-masked = Answers from anonymous respondents that give their own name, organisation or an e-mail address: { $count } (questions { $questions }). Quotes, excerpts and the open data show [name], [organisation] or [e-mail] instead.
privacy-unpublished = Answers not for publication that do the same: { $count }. They are never published.
topics-title = Themes across languages
topics-why = Themes found in different languages are grouped when their answers speak of the same concepts (named here) more than the question's other answers do. A theme of one language alone also joins the group whose answers name the same well-known initiatives, when at least two of its answers name them.
topics-themes = Themes:
narrative-title = Draft narrative (to rewrite)
narrative-note = Generated from the figures on this page, as a first draft: rewrite it before publishing.
narrative-point = { $size ->
    [most] Most contributions
    [many] Many contributions
    [several] Several contributions
   *[few] A few contributions
} ({ $percent }%; { $who }) spoke of “{ $label }”.
narrative-separator = { "; " }
narrative-mainly = mainly { $group }, { $share }%
narrative-mixed = from several stakeholder groups
narrative-in = answers in { $language }
narrative-one = One contribution ({ $percent }%{ $who }) spoke of “{ $label }”.
narrative-one-in = in { $language }
narrative-initiatives = Named most often: { $names }.
narrative-campaign = Texts sent by many are counted once.
answers-title = Every answer
answers-search = Search the answers
answers-search-hint = Answers containing all the words you type.
answers-count = Showing { $shown } of { $total }
answers-no-name = No name given
answers-more = Show { $count } more
answers-publication = publication: { $choice }
export-title = Download
export-hint = The synthesis in the shape of Part II of the BPF output: an overview, then each question, then the list of contributions. Quotes and names follow each respondent's choice.
export-html = Download as a web page (to print or save as PDF)
export-markdown = Download as Markdown
export-docx = Download as a Word document (DOCX)
export-draft-title = A draft for public comment
export-draft-hint = Part II as it stands, section by section, in the language chosen above and English, as a draft file for the review round. The comment files readers send back load here beside the responses, and come back as Part III A.
export-draft-version = Draft version
export-draft-version-error = Give a version of letters, digits, dots and hyphens, such as 1.0.
export-draft = Download the draft file
export-qda-title = For qualitative analysis software
export-qda-hint = A REFI-QDA project for QualCoder, NVivo, ATLAS.ti or MAXQDA: the published answers as sources, respondents as cases with their stakeholder group and country, the themes and codes as codes, with the answers coded. Only what may be published, anonymous respondents unnamed.
export-qdpx = Download the project (REFI-QDA, .qdpx)
export-qdc = Download the codebook (REFI-QDA, .qdc)
export-data-title = Open data
export-data-hint = Responses that may be published, without email addresses; anonymous ones without names. Spreadsheet formulas in answers are neutralised.
export-bom = Add a byte-order mark, for Excel
export-csv = Download CSV
export-json = Download JSON bundle
export-xlsx = Download as a spreadsheet (XLSX)
export-long-csv = Download CSV, one row per answer
table-title = Map the columns of { $name }
table-hint = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} and { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
} from another survey tool. Choose what each column holds: answers to a question, something about the respondent, or nothing. The choices below come from the headers; check them before you import.
table-remembered = The columns are mapped as you mapped them last time for a table with the same headers.
table-column = Column
table-first-value = First value
table-holds = Holds
table-no-header = (no header)
table-ignore = Not imported
table-answers = Answers to
table-fields = About the respondent
table-field-group = Stakeholder group
table-field-capacity = Capacity (individual or organisation)
table-field-publication = Publication choice
table-field-submitted = Date and time of the response
table-publication = Publication choice of rows that state none
table-publication-hint = The other tool did not ask the BPF's question. Unless you know what these respondents agreed to, keep “Do not publish it”: their answers are counted, never quoted or listed.
table-nri = The NRI that ran this survey (optional)
table-need-answers = Choose at least one column of answers to a question.
table-import = Import { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
table-cancel = Set this file aside
table-refused = { $name } could not be read as a table: { $reason }
table-refused-empty = it has no rows under its header.
table-refused-unreadable = it is neither a CSV file (UTF-8 or UTF-16) nor an XLSX or ODS spreadsheet.
table-refused-spreadsheet = the spreadsheet could not be opened: it may be damaged, or not a spreadsheet. Open it in your spreadsheet program and save it again as XLSX or CSV.
table-refused-protected = it is protected with a password. Remove the password in your spreadsheet program, or save a copy as CSV, and choose that.
table-refused-old-workbook = it is in the Excel format used before 2007 (.xls), which this page does not read. Save it as XLSX or CSV in your spreadsheet program, and choose that.
table-refused-too-large = it has { $rows } rows and { $columns } columns, more than the page reads (200,000 rows, 1,000 columns).
table-refused-too-many-cells = it spans { $rows } rows of { $columns } columns, more cells than the page reads at once ({ $cells }). Clear any cell far outside the table, or save fewer rows or columns, and choose it again.
table-refused-file-too-large = it is { $size }, over the { $max } a file may be. Export fewer rows at a time, or save it as CSV.
table-refused-unpacked = once unpacked it would take { $size }, more than a spreadsheet of survey answers does; it was not opened.
table-imported = { $name }: responses loaded and kept with the workspace's files: { $count }.
table-problems = Notes on rows: { $count }
table-problem-no-answer = Row { $row }: no answer to any question; not imported.
table-problem-not-understood = Row { $row }: { $field } “{ $value }” not understood; left empty.
table-problem-shortened = Row { $row }: the column “{ $column }” was cut to the length a response allows.
table-problem-not-a-choice = Row { $row }: “{ $value }” in the column “{ $column }” is none of the question’s choices; kept, and counted as not one of the choices.
key-prompt-title = Encrypted responses
key-prompt-body = Files encrypted for the Secretariat: { $count }. Choose the Secretariat's identity file to read them. The key stays in this page's memory only; it is never saved in the browser.
key-prompt-button = Choose the identity file
key-error-none = This file holds no age secret key. Choose the identity file made on this page: it starts with “# created”.
key-error-bad = Line { $line } of this file is not a valid age secret key.
keys-title = Encryption keys
keys-hint = Respondents can encrypt their response files for the Secretariat, so that only the holder of the identity file can read them. Make a key pair once, publish the public key, and keep the identity file safe: without it, encrypted responses cannot be read. It is never stored in this browser.
keys-generate = Make a new key pair
keys-public = Public key: publish it, and give it to NRIs for their forms
keys-made = The identity file was downloaded as { $file }. Keep it somewhere safe and private.
workspace-kept = Files kept in this browser with the filter: { $files }. Reopening this page brings them back.
workspace-usage = This site uses { $used } of the { $quota } the browser allows it.
workspace-persisted = The browser has agreed to keep them even when space runs short.
workspace-not-persisted = The browser may clear them when space runs short: keep your copies of the files.
workspace-unavailable = This browser does not let the page keep your workspace (its settings, private browsing or a frame): after a reload, choose the files again.
workspace-not-kept-full = Files that could not be kept in this browser, its storage being full: { $files }. They are loaded now, but after a reload you will need to choose them again.
workspace-not-kept = Files that could not be kept in this browser: { $files }. They are loaded now, but after a reload you will need to choose them again.
workspace-title = Workspace: { $name }
workspace-unnamed = Unnamed workspace
workspace-open = Open another workspace
workspace-new = New workspace
workspace-new-name = Name of the new workspace (a call or a cycle, say)
workspace-create = Make it and open it
workspace-rename = Rename
workspace-rename-label = New name of this workspace
workspace-save = Save the name
workspace-cancel = Cancel
workspace-delete = Delete this workspace
workspace-delete-confirm = Delete the workspace “{ $name }” and the files it keeps in this browser ({ $files })? The files on your computer stay.
workspace-delete-yes = Delete it
workspace-delete-no = Keep it
workspace-not-changed = The workspace could not be changed in this browser; try again.
workspace-deleted-elsewhere = Another tab deleted this workspace. What this page shows is no longer kept in this browser: files you add now start it again, unnamed. Reload the page to open a kept workspace.
workspace-elsewhere = This workspace is also open in another tab of this browser. Both can add files, and nothing is lost, but each tab shows what the other added only after a reload.
code-sdg-1 = SDG 1: No poverty
code-sdg-2 = SDG 2: Zero hunger
code-sdg-3 = SDG 3: Good health and well-being
code-sdg-4 = SDG 4: Quality education
code-sdg-5 = SDG 5: Gender equality
code-sdg-6 = SDG 6: Clean water and sanitation
code-sdg-7 = SDG 7: Affordable and clean energy
code-sdg-8 = SDG 8: Decent work and economic growth
code-sdg-9 = SDG 9: Industry, innovation and infrastructure
code-sdg-10 = SDG 10: Reduced inequalities
code-sdg-11 = SDG 11: Sustainable cities and communities
code-sdg-12 = SDG 12: Responsible consumption and production
code-sdg-13 = SDG 13: Climate action
code-sdg-14 = SDG 14: Life below water
code-sdg-15 = SDG 15: Life on land
code-sdg-16 = SDG 16: Peace, justice and strong institutions
code-sdg-17 = SDG 17: Partnerships for the goals
codebook-title = Codebook ({ $count ->
    [one] { $count } code
   *[other] { $count } codes
})
codebook-hint = The seventeen Sustainable Development Goals, and codes of your own. A code is suggested on the answers that use its words; it is on an answer only once you accept it or put it there.
codebook-remove = Remove
codebook-remove-named = Remove the code { $name }
codebook-name = Name of a new code
codebook-words = Words that suggest it
codebook-words-hint = Beginnings of words, separated by commas, in any language (for example: phishing, hameçonnage, 钓鱼).
codebook-add = Add the code
answer-codes = Codes:
answer-suggested = Suggested:
answer-code-accept = Accept
answer-code-accept-named = Accept the code { $code } for this answer
answer-code-reject = Reject
answer-code-reject-named = Reject the code { $code } for this answer
answer-code-add = Put a code on this answer
codes-title = Codes
edit-code-define = a code “{ $name }” made
edit-code-remove = a code removed
edit-code-on = question { $question }: the code { $code } put on an answer
edit-code-off = question { $question }: the code { $code } found not to apply to an answer
conflict-code-applies = Applies
conflict-code-not = Does not apply
conflict-coded = Question { $question }, response { $id }: the code { $code }
conflict-code = The code { $code }
answer-in-theme = In theme { $theme }
answer-in-other = Among the other answers
answer-edit = Edit this answer
answer-move-to = Move it to:
answer-move-other = Other answers
edit-move = question { $question }: an answer moved
conflict-placed = Question { $question }, response { $id }: where its answer belongs
conflict-theme-gone = A theme this synthesis no longer has
workspace-files-title = Workspace files: take this workspace to another browser, or add a colleague's
workspace-files-hint = A workspace file holds the files loaded, as they came (encrypted ones stay encrypted; never an identity file), the filter and every edit. Opened in another browser, it gives the same synthesis and downloads.
workspace-download = Download this workspace as one file
workspace-file-open = Open a workspace file
workspace-file-open-hint = It becomes a new workspace in this browser, with its files, filter and edits.
workspace-file-merge = Add a colleague's workspace file to this workspace
workspace-file-merge-hint = Their files and edits that this workspace does not have are added. Where you both decided the same thing differently, nothing changes until you choose.
workspace-file-too-large = This file is larger than a workspace file may be (256 MB). Nothing was changed.
workspace-file-too-large-to-write = This workspace is too large to travel as one file (over 256 MB with its files). Keep the response files themselves to share them, and make a smaller workspace (a filter or a part of the call) for a colleague.
workspace-file-not = This is not a workspace file of this app. Nothing was changed.
workspace-file-newer = This workspace file was written by a newer version of this app: reload the page to update it, then open the file again. Nothing was changed.
workspace-file-damaged = This workspace file was changed or damaged after it was written. Nothing was changed: ask for a new copy.
synthesis-documents = Documents sent with the responses
synthesis-documents-hint = Every document cited, with who sent it. Part II lists those of named contributors and NRIs; the others are counted there, never listed.
synthesis-documents-unlisted = not listed in Part II ({ $publication })
editor-link = Write or edit a questionnaire
editor-back = Back to the synthesis
editor-title = Questionnaire editor
editor-intro = Write a questionnaire for a new cycle or for your own consultation, or open one to change it: a questionnaire file (.json) or an XLSForm workbook (.xlsx, as KoboToolbox and ODK use). Everything stays in this browser; your draft is kept here as you write it.
editor-new = Start a new questionnaire
editor-open = Open a questionnaire file or XLSForm
editor-refused = This questionnaire cannot be used yet: { $reason }.
editor-refused-xlsform = This workbook cannot be read as a questionnaire: { $reason }.
editor-xlsform-no-survey = it has no “survey” sheet, where an XLSForm lists its questions
editor-xlsform-no-column = its “survey” sheet has no “{ $column }” column
editor-xlsform-no-list = survey row { $row }: the list “{ $list }” is not in the “choices” sheet
editor-xlsform-whole = The workbook was read whole: everything in it has its place in the questionnaire.
editor-xlsform-left = The workbook was read. { $count } things in it have no place in a questionnaire and were left out or changed:
editor-left-type = survey row { $row } ({ $name }): the type “{ $kind }” is not one the form has; left out
editor-left-column = survey row { $row } ({ $name }): “{ $column }” has no equivalent; the question is kept without it
editor-left-language = column “{ $column }”: not one of the six UN languages; left out
editor-left-note = survey row { $row } ({ $name }): a note among the questions; left out
editor-left-group = survey row { $row }: “{ $kind }”: groups are flattened, a repeat’s questions asked once
editor-left-name = { $sheet } row { $row }: the name “{ $name }” is not letters, digits, - or _; left out
editor-left-version = settings: the version “{ $version }” is not a whole number; 1 is used
editor-check-title = Check and download
editor-valid = Ready: “{ $id }”, version { $version }, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} (content hash { $hash }…).
editor-download = Download the questionnaire file
editor-download-xlsform = Download as XLSForm
editor-languages = Languages
editor-languages-hint = Choose the language to write in. Each shows how many of the questionnaire’s texts are given in it; a text missing in a language is shown to respondents in English, and the form says so.
editor-complete = { $given } of { $all }
editor-in-english = In English: { $text }
editor-about = The questionnaire
editor-id = Identifier
editor-id-hint = Letters, digits, - and _ only, for example nri-2027. Responses name it.
editor-version = Version
editor-version-hint = A whole number. Raise it whenever a question’s meaning changes.
editor-example = This is an example, not an official call (the form says so on every page)
editor-questionnaire-title = Title
editor-intro-paragraph = Introduction, paragraph { $number }
editor-intro-remove = Remove paragraph { $number } of the introduction
editor-add-intro = Add a paragraph to the introduction
editor-profile = Details asked of each respondent
editor-profile-hint = The publication choice is always asked.
editor-profile-name = Name
editor-profile-organisation = Organisation
editor-profile-email = Email address
editor-profile-country = Country
editor-profile-group = Stakeholder group
editor-profile-capacity = Capacity (individual, organisation or NRI)
editor-profile-nri = National or Regional IGF initiative
editor-questions = Questions
editor-question-id = Identifier
editor-kind = Kind of answer
editor-kind-long-text = Paragraphs
editor-kind-short-text = One line
editor-kind-one-choice = One choice
editor-kind-several-choices = Several choices
editor-max-length = Most characters
editor-max-choices = Most choices (empty: no limit)
editor-question-text = Question
editor-hint = Hint (optional)
editor-choices = Choices
editor-choice-label = Choice { $number }
editor-choice-id = Identifier
editor-add-choice = Add a choice
editor-choice-up = Move choice { $number } up
editor-choice-down = Move choice { $number } down
editor-choice-remove = Remove choice { $number }
editor-up = Move up
editor-down = Move down
editor-remove = Remove
editor-question-up = Move question { $number } up
editor-question-down = Move question { $number } down
editor-question-remove = Remove question { $number }
editor-add-question = Add a question
editor-add-question-choose = Choose its kind of answer…
editor-preview = Preview
editor-preview-language = Language of the preview
choices-chart = Answers to question { $number } by choice
choices-by-group = By choice and stakeholder group
choices-choice = Choice
choices-several = Respondents could choose more than one answer: the counts add up to more than the responses that answered.
choices-not-listed = Not one of the choices
workspace-file-other-questionnaire = This workspace file is for another questionnaire ({ $id }). Nothing was merged: open it as a workspace of its own.
synthesis-questionnaire-title = Questionnaire
synthesis-questionnaire-current = This workspace synthesises responses to “{ $title }” ({ $id }, version { $version }): { $questions } questions, { $choices } of them with choices to count.
synthesis-questionnaire-choose = Questionnaire of this workspace
synthesis-questionnaire-builtin = IGF BPF Cybersecurity 2016 (built in)
synthesis-questionnaire-example = IGF BPF Cybersecurity 2017 (example)
synthesis-questionnaire-file = Another questionnaire, from a file…
synthesis-questionnaire-open = Open a questionnaire file
synthesis-questionnaire-fixed = Responses to another questionnaire are never mixed with these: make a new workspace, then choose its questionnaire before loading files.
synthesis-questionnaire-refused = This questionnaire cannot be used: { $reason }. The workspace keeps the questionnaire it had.
workspace-file-unreasonable = This workspace file holds more than any workspace does (too many files or edits, or texts too long). Nothing was changed.
workspace-file-not-kept = The workspace could not be kept in this browser. Nothing was changed.
workspace-file-not-kept-full = The workspace could not be kept in this browser, its storage being full: free some space (delete a workspace you no longer need), then try again. Nothing was changed.
workspace-file-merged = Added from your colleague's workspace: new files: { $files }; new edits: { $edits }.
conflicts-title = Decided differently by you and your colleague: { $count }
conflicts-hint = Nothing was changed for these. For each, keep your decision or take your colleague's.
conflict-excluded = Response { $id }: left out or not
conflict-theme = The name of a theme of question { $question }
conflict-narrative = The text of question { $question }
conflict-reviewed = Whether question { $question } is reviewed
conflict-yours = Yours
conflict-theirs = Your colleague's ({ $who })
conflict-keep = Keep yours
conflict-take = Take your colleague's
conflict-kept-in = Kept in
conflict-left-out = Left out: { $reason }
conflict-empty = (none)
conflict-yes = Reviewed
conflict-no = Not reviewed
edits-title = Editing
edits-hint = Your edits are kept with the workspace, apart from the automatic synthesis, and made again on it when files are added. The downloads follow them: Part II with your theme names, chosen quotes and text; every download without the responses you left out.
edits-editor = Your name, recorded with each edit you make
edits-undo = Undo the last edit
edits-redo = Redo
edits-excluded = Responses left out by the secretariat: { $count }. They are counted nowhere in the synthesis or the downloads.
edits-unmatched = Edits that no longer find their theme (its responses were left out or are filtered out): { $count }.
edits-history = History of edits ({ $count })
edits-history-none = No edit yet.
edits-by = { $time }, { $who }: { $what }
edits-anonymous = someone who gave no name
edits-not-kept = The last edit is shown, but this browser could not keep it: after a reload it will be gone.
edits-not-kept-full = The last edit is shown, but this browser could not keep it, its storage being full: free some space (delete a workspace you no longer need), then make the edit again.
edits-unreadable = The edits kept in this browser for this workspace could not be read. To lose none of them, no edit can be made here until they are.
edit-rename = question { $question }: a theme named “{ $name }”
edit-rename-clear = question { $question }: a theme named by its terms again
edit-merge = question { $question }: two themes merged
edit-exclude = a response left out ({ $reason })
edit-include = a response brought back
edit-pin = question { $question }: an answer chosen as a quote
edit-unpin = question { $question }: a chosen quote taken out
edit-narrative = question { $question }: its synthesis written
edit-reviewed = question { $question }: marked reviewed
edit-unreviewed = question { $question }: no longer marked reviewed
theme-edit = Edit this theme
theme-name = Name of this theme
theme-name-hint = Leave it empty to name the theme by its terms again.
theme-name-save = Save the name
theme-named = Named by the secretariat; its terms: { $terms }
theme-merge-into = Merge this theme into
theme-merge-choose = Choose a theme
theme-merge = Merge
narrative-edit-title = Your synthesis of this question
narrative-edit-label = Text for Part II
narrative-edit-hint = It replaces the draft narrative in Part II. Leave an empty line between paragraphs.
narrative-save = Save the text
narrative-unsaved = Not saved yet.
pinned-title = Chosen quotes
pinned-none = No quote chosen yet: choose answers below with “Choose as a quote”.
pinned-refused = Chosen quotes left out of Part II because their author no longer allows quotes: { $count }.
question-reviewed = Reviewed: this question's synthesis is ready
question-nav-reviewed = Reviewed
answer-pin = Choose as a quote
answer-unpin = Take out of the quotes
answer-pin-refused = This answer cannot be quoted: its author chose not to be published, or has not sent the response.
answer-exclude = Leave this response out
answer-exclude-why = Why? The response is left out of the synthesis and of every download, and can be brought back.
answer-excluded = Left out: { $reason }
answer-include = Bring it back
reason-spam = Spam
reason-off-topic = Off-topic
reason-duplicate = Duplicate
reason-withdrawn = Withdrawn by its author

export-language = Language of the document
export-language-hint = Headings and fixed sentences are in this language; answers and quotes stay as people wrote them.
export-language-failed = The { $language } wording could not be loaded. Check your connection and try again.
# Part II as downloaded (web page, Word, Markdown), in the language chosen at download.
part2-title = Part II: Synthesis of contributions received in response to the call for contributions
part2-document-title = Part II: Synthesis of contributions — { $title }
part2-source = { $title } ({ $id }, version { $version }).
part2-source-as-of = { $title } ({ $id }, version { $version }). Data as of { $date }.
part2-overview = Overview
part2-filter = Only contributions matching { $filter }.
part2-received = { $count ->
    [one] { $count } contribution was received.
   *[other] { $count } contributions were received.
}
part2-received-drafts = { $count } contributions were received, { $drafts ->
    [one] { $drafts } of them an unfinished draft.
   *[other] { $drafts } of them unfinished drafts.
}
part2-received-drafts-sent = { $count } contributions were received, { $drafts ->
    [one] { $drafts } of them an unfinished draft
   *[other] { $drafts } of them unfinished drafts
} (quoted and listed as if sent, as the secretariat chose).
part2-excluded = The secretariat left out { $count } more ({ $counts }); they are counted nowhere below.
part2-voices = Counting each campaign once, they are { $voices ->
    [one] { $voices } independent voice
   *[other] { $voices } independent voices
}; the figures below count them so, with every contribution counted after them.
part2-by = { $dimension ->
    [group] By stakeholder group:
    [region] By region:
    [nri] By NRI:
    [language] By language of the form:
   *[capacity] By capacity:
}
part2-by-all = { $dimension ->
    [group] By stakeholder group, every contribution counted:
    [region] By region, every contribution counted:
    [nri] By NRI, every contribution counted:
    [language] By language of the form, every contribution counted:
   *[capacity] By capacity, every contribution counted:
}
part2-chart-group = Contributions by stakeholder group
part2-chart-region = Contributions by region
part2-column-group = Stakeholder group
part2-column-region = Region
part2-column-count = Count
part2-campaigns = Campaigns
part2-campaign = { $count } contributions sent { $text } to { $questions ->
    [one] question
   *[other] questions
} { $numbers }. Sent by: { $senders }.
part2-campaign-unpublished = one text (not for publication)
part2-more-campaigns = { $count ->
    [one] { $count } more group of five or more near-identical answers is listed under its question's near-duplicate answers.
   *[other] { $count } more groups of five or more near-identical answers are listed under their questions' near-duplicate answers.
}
part2-contributions = Contributions received
part2-no-contributors = No contributor asked to be listed.
part2-contribution = Contribution from { $who }
part2-contribution-nri = Contribution from the { $nri }
part2-documents = Documents received
part2-documents-unlisted = { $count ->
    [one] One more document came from a respondent who chose to be anonymous or not to be published; it is not listed, as a link can name its author.
   *[other] { $count } more documents came from respondents who chose to be anonymous or not to be published; they are not listed, as a link can name its author.
}
part2-anonymous = { $count ->
    [one] { $count } anonymous contribution
   *[other] { $count } anonymous contributions
} (by stakeholder group: { $groups }; by region: { $regions }).
part2-anonymous-who = { $group ->
    [government] a government respondent
    [private-sector] a private-sector respondent
    [civil-society] a civil-society respondent
    [technical-community] a technical-community respondent
    [academia] an academic respondent
    [intergovernmental] a respondent from an intergovernmental organisation
   *[other] a respondent
}
part2-anonymous-where = { $who }, { $country }
part2-unnamed = not named for publication
part2-not-stated = Not stated
part2-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} ({ $groups })
part2-question = Question { $number }: { $text }
part2-unanswered = No contribution answered this question.
part2-answered = { $answered } of { $total } contributions answered this question ({ $groups }). Answers are { $median } words long at the median ({ $min } to { $max }).
part2-chart-question = Answers to question { $number } by stakeholder group
part3-comments-changed = This section was changed in Draft { $newer }: these comments were written on the text of Draft { $version }.
part3-comments-title = Part III A. Comments received on Draft { $versions }
part3-comments-received = { $count ->
    [one] One comment
   *[other] { $count } comments
} from { $readers ->
    [one] one reader
   *[other] { $readers } readers
}.
part3-comments-themes = Themes in these comments, found as in the answers:
part3-comments-theme = comments: { $count }
part3-comments-on = { $section } (Draft { $version })
part3-comments-count = { $count ->
    [one] One comment
   *[other] { $count } comments
} (by stakeholder group: { $groups }; by region: { $regions }).
part3-comments-unpublished = { $count ->
    [one] One more comment is counted but not published, as its reader chose.
   *[other] { $count } more comments are counted but not published, as their readers chose.
}
part3-comments-other-text = { $count ->
    [one] One comment was written on another text of this section than this draft's.
   *[other] { $count } comments were written on another text of this section than this draft's.
}
part2-question-voices = Counting each group of near-identical answers once, they are { $voices ->
    [one] { $voices } independent voice
   *[other] { $voices } independent voices
} ({ $groups }).
part2-non-answers = { $count } of them gave no substantive answer (“see attached”, “N/A”, a single word); they are counted here and left out of the themes, summary and key terms.
part2-other = { $count } of them speak of nothing the questions are about (no term of the field, or an advert): they are counted here as other answers and left out of the themes, summary and key terms.
part2-synthesis = Synthesis
part2-narrative = Draft narrative
part2-narrative-note = Generated from the figures below, as a first draft to rewrite before publishing.
part2-pinned = Selected quotes
part2-topics = Themes across languages
part2-topics-note = Themes found in different languages are grouped when their answers speak of the same concepts of a multilingual lexicon, more than the question's other answers do; the concepts name the group. A theme of one language alone also joins the group whose answers name the same well-known initiatives, when at least two of its answers name them.
part2-topic = { $voices ->
    [one] { $voices } voice
   *[other] { $voices } voices
} (by language: { $languages }; by stakeholder group: { $groups }); { $count ->
    [one] theme
   *[other] themes
} { $themes } below.
part2-themes = Themes
part2-theme = { $number }. { $label } ({ $voices ->
    [one] { $voices } voice
   *[other] { $voices } voices
}, { $language })
part2-theme-groups = Stakeholder groups: { $groups }.
part2-terms = Key terms
part2-terms-line = ({ $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
}): { $terms }
part2-initiatives = Initiatives and organisations cited
part2-codes = Codes
part2-codes-note = Codes the secretariat put on the answers, by hand or accepting a suggestion.
part2-summary = Summary
part2-duplicates = Near-duplicate answers
part2-duplicates-ordinary = This question's answers often repeat the same texts: five of them are each sent { $count } times or more. Each answer with such a text counts, in its theme and in every figure; only a text sent more than two and a half times as often is counted once, as a campaign.
part2-duplicate = { $count } answers share the text “{ $text }”
part2-duplicate-unpublished = { $count } answers share one text (not for publication)
part2-duplicate-campaign = { $group }: a campaign, sent by { $senders }
part2-choice-answered = { $answered } of { $total } contributions answered this question ({ $groups }).
part2-choice-several = Respondents could choose more than one answer, so the counts add up to more than the contributions that answered.
part2-chart-choices = Answers to question { $number } by choice
part2-column-choice = Choice
part2-choices = Answers by choice
part2-not-listed = Not one of the choices
part2-quoted = “{ $text }”
part2-list-separator = { ", " }
part2-senders-separator = { "; " }

# The review page: a draft published for public comment, as one HTML file a reader opens even offline.
review-page-name = Draft for public comment
review-page-no-draft = This page holds no draft. The Secretariat makes review pages from the synthesis page, with a draft in them.
review-page-refused = This draft cannot be shown: { $reason } Ask the Secretariat for a new copy of the page.
review-page-draft = Draft { $version }, published { $date }
review-page-intro = This is a draft of the output document, published for public comment. Comment on any section in the box under it. What you write is kept on this device as you type, even offline. When you are done, say who you are, as much as you wish, and save your comment file at the end of the page to send it to the Secretariat.
review-page-to-send = Go to the end of the page to save your comment file
review-page-untitled = Introduction
review-page-contents = Sections of the draft
review-page-commented = Commented
review-page-comment-label = Your comment on “{ $section }” (optional)
review-page-comment-count = Characters: { $count } of { $max }
review-page-kept = Kept on this device at { $time }. Sections commented: { $count }.
review-page-not-kept-title = Your comments are not being kept on this device
review-page-not-kept = Everything you typed is still here on the screen. Keep this page open and save your comment file before you leave.
review-page-unreadable = A copy of your comments found on this device could not be read: { $reason }
review-page-set-aside = It is kept as it was, under another name ({ $key }); what you write now is kept beside it.
review-page-send-title = Send your comments
review-page-send-intro = Tell us who you are, as much as you wish, and how your comments may be published. Then save your comment file and send it to the Secretariat, as the page that brought you here asks.
review-page-email-hint = Only used if the Secretariat needs to ask you about your comments. Never published.
review-page-capacity = In what capacity do you comment?
review-page-publication = How may the BPF publish your comments?
review-page-publication-hint = The Secretariat reads every comment. This choice decides what others may read.
review-page-encrypted-hint = Your comment file will be encrypted to the Secretariat's key: only the Secretariat can read it.
review-page-save = Save your comment file
review-page-error-no-comments = Write a comment on at least one section.
review-page-saved = Your comment file { $name } is saved in your downloads.
review-page-saved-encrypted = It is encrypted: only the Secretariat can read it.
review-page-saved-send = Send it to the Secretariat. If you change your comments, save the file again and send the new one: it replaces the first.
review-page-save-failed = The comment file could not be saved: { $reason }
review-page-encrypt-failed = The comment file could not be encrypted ({ $reason }).
review-page-encrypt-bad-key = the Secretariat's key in this page is not valid; ask the Secretariat for a new page
review-page-encrypt-no-randomness = this browser gives no secure random numbers; try another browser
review-page-shared-device = On a shared device, delete your comments from it once the file is sent.
review-page-forget = Delete my comments from this device
review-page-forget-failed = Your comments could not be deleted from this device: { $reason }
review-page-forgotten = Your comments are deleted from this device. The file you saved is not.
export-draft-key = Public key for comment files (optional)
export-draft-key-hint = An age public key (age1…), such as one made under identity files: readers' comment files are then encrypted to it, and load here once its identity file is given.
export-draft-key-error = This is not an age public key: it starts with age1 and is 62 characters long.
export-review-page = Download the review page
export-review-page-note = The review page is one HTML file: put it on any website or send it as it is. Readers open it in a browser, even offline, comment on each section and save a comment file to send back.
export-review-page-failed = The review page could not be made: { $reason }

## Other pages

not-found-title = Page not found
not-found-body = This page does not exist, or the response it belongs to is no longer on this device.
not-found-home = Go to the start page

## Accessibility statement

footer-accessibility = Accessibility statement
a11y-title = Accessibility statement
a11y-intro = This form and the Secretariat's synthesis page are meant for everyone who wants to contribute, whatever device, language or assistive technology they use.
a11y-standard-title = The standard we aim for
a11y-standard = The Web Content Accessibility Guidelines (WCAG) 2.2, level AA. As far as our tests can tell, both pages meet it, in all six languages.
a11y-works-title = What you can expect
a11y-works-keyboard = You can do everything with a keyboard alone, with the focus always visible.
a11y-works-screen-reader = Every field has a visible label; related choices are grouped; errors are listed at the top of the page and link to their field; saving, word counts and progress are announced without moving the focus.
a11y-works-zoom = The pages work on a phone 360 pixels wide and when zoomed to 200%, without scrolling sideways.
a11y-works-languages = The pages are available in Arabic (right to left), Chinese, English, French, Russian and Spanish, and you can switch language at any time without losing what you typed.
a11y-works-charts = Each chart on the synthesis page has a table with the same figures.
a11y-works-contrast = Text and controls have at least the contrast WCAG asks for, including with a colour chosen by the site that embeds the form.
a11y-tested-title = How we tested
a11y-tested-axe = Automated checks with axe-core against the WCAG 2.2 A and AA rules, on every screen, in every language, with zero problems allowed.
a11y-tested-keyboard = Scripted journeys with the keyboard alone: completing and saving a response, and loading files to reach a question's themes.
a11y-tested-sizes = Every screen checked at 360 pixels and at desktop width for sideways scrolling.
a11y-tested-screenshots = Screenshots in Arabic and Chinese, on a phone and a desktop, looked at by a person.
a11y-limits-title = Known limitations
a11y-limits-screen-readers = The tests drive a real browser but not yet a screen reader: we have not tested with NVDA, JAWS, VoiceOver or TalkBack ourselves.
a11y-limits-charts = Chart labels longer than 48 characters are shortened inside the chart; the table below it has them in full.
a11y-limits-translations = The translations have not yet been reviewed by the United Nations' translation services.
a11y-contact-title = Tell us about a problem
a11y-contact = If something does not work for you, or you need the questions in another form, write to the IGF Secretariat or to the National or Regional IGF initiative that invited you. You can also send your contribution in any form you can.
a11y-prepared = This statement was prepared on 23 November 2026 and describes version { $version }.

## Embed on your site

embed-title = Embed the form on your site
embed-intro = For National and Regional IGF initiatives: set the form's options, see it as your visitors will, and copy the code for your site. Responses stay on each respondent's device until they send their file.
embed-host = Your site's address
embed-host-hint = Like https://www.nigeria-igf.example: the form sends its messages (ready, height, saved) to this site only. Needed for the frame code; the script tag finds it itself.
embed-nri = Your NRI's name
embed-nri-hint = Recorded as the source of every response made on your site.
embed-lang = Language the form starts in
embed-lang-any = The visitor's own language
embed-accent = Header colour
embed-accent-hint = A colour like #006b3f. A colour too light for white text is darkened until it is readable.
embed-contact = Where respondents send their file
embed-contact-hint = An email address or a web address, shown when the file is saved.
embed-closes = Last day for contributions
embed-questionnaire = Questionnaire (optional)
embed-questionnaire-hint = The address of a questionnaire file on this site (for example questionnaires/igf-bpf-cybersecurity-2017-example.json) or on a site it lists. Leave it empty for the built-in questionnaire.
embed-editor-link = Write your own questionnaire with the questionnaire editor, then put its file on your site
embed-key = The Secretariat's public key (optional)
embed-key-hint = It starts with age1. Responses are then encrypted so that only the Secretariat can read them.
embed-invalid = The form cannot use this value; check it.
embed-frame = Code for a frame
embed-script = Code for a script tag
embed-copy-frame = Copy the frame code
embed-copy-script = Copy the script-tag code
embed-copied = Copied.
embed-preview = Preview
embed-preview-title = Preview: { $name }
