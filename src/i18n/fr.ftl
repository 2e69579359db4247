## The app's frame

app-name = BPF sur la cybersécurité : appel à contributions
skip-link = Aller au contenu principal
footer-privacy = Vos réponses restent sur cet appareil jusqu’à ce que vous enregistriez votre fichier de réponse et l’envoyiez vous-même. Cette page n’envoie rien nulle part.
footer-version = bpf-survey, version { $version }
footer-synthesis = Pour le Secrétariat du FGI : synthèse des réponses
footer-offline = Obtenir la version hors ligne (un seul fichier qui s’ouvre sans Internet, à partager sur une clé USB ou par courriel)
footer-embed = Pour les NRI : intégrer ce formulaire à votre site
title-separator = –
language-menu = Langue
language-failed = Impossible de charger la langue { $language }. Vérifiez votre connexion et réessayez.

## Saving

save-status-saved = Enregistré sur cet appareil à { $time }
save-status-not-saved = Non enregistré sur cet appareil
storage-warning-title = Vos réponses ne sont pas enregistrées sur cet appareil
storage-full = L’espace de stockage du navigateur pour cette page est plein.
storage-unavailable = Ce navigateur ne permet pas à la page de conserver quoi que ce soit (navigation privée, ou blocage par ses paramètres).
storage-failed = Le navigateur a refusé l’enregistrement.
storage-warning-keep-open = Tout ce que vous avez saisi est toujours affiché à l’écran. Gardez cette page ouverte et téléchargez une copie maintenant, pour ne rien perdre.
storage-download-copy = Télécharger une copie maintenant
downloaded = Fichier téléchargé : { $file }
download-failed = Le fichier n’a pas pu être téléchargé : { $reason }
start-failed = Impossible de commencer une nouvelle réponse : { $reason }
options-title = Les paramètres de ce formulaire posent un problème
options-intro = Le site qui affiche ce formulaire a défini un paramètre que le formulaire ne peut pas utiliser. Le formulaire fonctionne sans ce paramètre. Si vous gérez ce site, corrigez l’adresse du formulaire :
option-unknown = « { $name } » n’est pas un paramètre de ce formulaire.
option-invalid = Le paramètre « { $name } » ne peut pas avoir la valeur « { $value } ».
option-repeated = Le paramètre « { $name } » est donné plusieurs fois, avec des valeurs différentes : aucune n’est utilisée.
home-closed = L’appel à contributions a pris fin le { $date }. Vous pouvez toujours télécharger les réponses conservées sur cet appareil.
done-send-to = Envoyez-le à : { $contact }
done-send-to-unlisted = L’adresse de cette page indique d’envoyer votre fichier à { $contact }, une adresse que ce site ne publie ni comme celle du Secrétariat ni comme celle d’une IGF nationale ou régionale. Vérifiez auprès de la personne qui vous a envoyé ce lien avant de l’envoyer.
risk-title = Ce navigateur risque de ne pas conserver vos réponses
risk-partitioned = Ce formulaire est affiché dans la page d’un autre site, où le navigateur peut isoler ses données ou les supprimer quand vous partez.
risk-private = Il semble s’agir d’une fenêtre de navigation privée : le navigateur efface tout à sa fermeture.
risk-safari = Safari supprime ce qu’un site a conservé si vous ne le consultez pas pendant sept jours.
risk-not-persisted = Le navigateur ne s’est pas engagé à conserver vos réponses : il peut les supprimer si l’appareil manque d’espace.
risk-advice = Enregistrez régulièrement une copie sur votre appareil, pour ne rien perdre.
risk-save = Enregistrer une copie sur votre appareil
risk-changed = Vos réponses ont changé depuis votre dernière copie.
risk-copy-none = Vous n’avez pas encore enregistré de copie.

## Start page

questionnaire-loading = Chargement du questionnaire…
questionnaire-refused = Le questionnaire « { $address } » ne peut pas être utilisé : { $reason }. Vous répondez au questionnaire intégré.
questionnaire-reason-unlisted = il se trouve sur un site que ce formulaire ne reconnaît pas
questionnaire-reason-fetch = il n’a pas pu être téléchargé ({ $detail })
questionnaire-reason-syntax = ce n’est pas un fichier de questionnaire
questionnaire-reason-newer = il a été écrit pour une version plus récente de ce formulaire
questionnaire-reason-large = le fichier est trop volumineux pour un questionnaire
questionnaire-reason-invalid = il enfreint une règle des questionnaires ({ $detail })
questionnaire-place-title = le titre
questionnaire-place-intro = l’introduction
questionnaire-place-question = la question « { $id } »
questionnaire-place-hint = l’aide de la question « { $id } »
questionnaire-place-choice = le choix « { $choice } » de la question « { $id } »
questionnaire-rule-id = l’identifiant du questionnaire « { $id } » ne peut contenir que des lettres ASCII, des chiffres, - et _
questionnaire-rule-no-questions = il n’a aucune question
questionnaire-rule-too-many-questions = nombre de questions : { $n } ; au plus { $max } sont permises
questionnaire-rule-too-many-paragraphs = nombre de paragraphes de l’introduction : { $n } ; au plus { $max } sont permis
questionnaire-rule-question-id = l’identifiant de question « { $id } » ne peut contenir que des lettres ASCII, des chiffres, - et _
questionnaire-rule-question-id-twice = l’identifiant de question « { $id } » est utilisé deux fois
questionnaire-rule-profile-unknown = le champ de profil « { $key } » n’existe pas dans le formulaire
questionnaire-rule-profile-twice = le champ de profil « { $key } » figure deux fois
questionnaire-rule-max-length = { $place } : longueur des réponses { $n } ; la limite doit être comprise entre 1 et { $max }
questionnaire-rule-not-for = { $place } : « { $field } » ne s’applique pas au type « { $kind } »
questionnaire-rule-max-choices = { $place } : { $n } choix permis sur { $of } ; le nombre doit être compris entre 1 et { $of }
questionnaire-rule-kind = { $place } : le type « { $kind } » n’existe pas ; les types sont long-text, short-text, one-choice et several-choices
questionnaire-rule-too-few-choices = { $place } : une question à choix doit en proposer au moins deux
questionnaire-rule-too-many-choices = { $place } : { $n } choix ; au plus { $max } sont permis
questionnaire-rule-choice-id = { $place } : l’identifiant de choix « { $id } » ne peut contenir que des lettres ASCII, des chiffres, - et _
questionnaire-rule-choice-id-twice = { $place } : l’identifiant de choix « { $id } » est utilisé deux fois
questionnaire-rule-language = { $place } : « { $language } » n’est pas l’une des six langues (ar, en, es, fr, ru, zh)
questionnaire-rule-too-long = { $place } ({ $language }) : longueur { $length } ; au plus { $max } caractères sont permis
questionnaire-rule-markup = { $place } ({ $language }) : le balisage n’est pas permis ; les textes des questionnaires sont du texte brut
questionnaire-rule-control = { $place } ({ $language }) : les caractères de contrôle ne sont pas permis
questionnaire-rule-no-text = { $place } : aucun texte, dans aucune langue
questionnaire-rule-version = la version « { $version } » n’est pas un nombre entier
questionnaire-example = Ce questionnaire est un exemple, et non un appel officiel à contributions.
questionnaire-fallback = { $missing } des { $all } textes de ce questionnaire ne sont pas disponibles dans votre langue ; ils sont affichés en { $language }.
home-other-questionnaire = Questionnaire : { $title }
home-open-questionnaire = Répondre à un autre questionnaire
home-open-questionnaire-hint = Si le Secrétariat ou votre initiative nationale ou régionale du FGI vous a envoyé un fichier de questionnaire (.json), ouvrez-le ici. Vos autres réponses restent sur cet appareil avec leurs propres questions.
home-open-questionnaire-label = Fichier du questionnaire
home-other-drafts = { $count ->
    [one] { $count } réponse à un autre questionnaire est sur cet appareil : ouvrez-la avec les autres questionnaires.
   *[other] { $count } réponses à d’autres questionnaires sont sur cet appareil : ouvrez-les avec les autres questionnaires.
}
home-start = Commencer votre réponse
home-shared = Cet appareil est partagé : les réponses n’y sont pas listées, et chacune en est retirée dès que son fichier est enregistré.
home-shared-left = Réponses inachevées laissées sur cet appareil auparavant : { $count }. Elles sont conservées, mais pas affichées.
home-continue = Reprendre votre réponse
home-start-another = Commencer une autre réponse
home-your-responses = Réponses sur cet appareil
home-your-responses-hint = Chaque réponse est conservée dans ce navigateur. Toute personne qui utilise cet appareil et ce navigateur peut les voir.
home-untitled = Réponse sans titre
home-changed = Dernière modification : { $when }
home-answered = { $count ->
    [one] Réponse à { $count } question sur { $total }
   *[other] Réponse à { $count } questions sur { $total }
}
home-resume = Ouvrir
home-download = Télécharger
home-delete = Supprimer
home-unreadable = { $count ->
    [one] { $count } réponse enregistrée sur cet appareil n’a pas pu être lue. Elle n’a pas été modifiée :
   *[other] { $count } réponses enregistrées sur cet appareil n’ont pas pu être lues. Elles n’ont pas été modifiées :
}
store-unreadable = Cette entrée enregistrée n’a pas été écrite par ce formulaire.
store-newer = Cette réponse enregistrée a été écrite par une version plus récente du formulaire ; ouvrez-la avec cette version.
store-damaged = Cette réponse enregistrée est endommagée et ne peut pas être ouverte.
home-bundle-title = Vous recueillez des réponses lors d’un atelier ?
home-bundle-hint = Téléchargez toutes les réponses terminées de cet appareil dans un seul fichier, à envoyer au Secrétariat.
home-bundle-button = { $count ->
    [one] Télécharger { $count } réponse terminée dans un seul fichier
   *[other] Télécharger les { $count } réponses terminées dans un seul fichier
}
bundle-downloaded = { $count ->
    [one] { $count } réponse téléchargée dans { $file }
   *[other] { $count } réponses téléchargées dans { $file }
}
status-draft = Brouillon
status-finished = Terminée
delete-confirm = Supprimer « { $title } » de cet appareil ? Cette action est irréversible. Téléchargez d’abord la réponse si vous risquez d’en avoir besoin.
delete-yes = Oui, la supprimer
delete-cancel = Annuler
deleted = Réponse « { $title } » supprimée de cet appareil
delete-failed = La réponse n’a pas pu être supprimée : { $reason }
reason-not-on-device = cette réponse n’est plus sur cet appareil
reason-no-page = la page n’est pas ouverte dans une fenêtre du navigateur
reason-unreachable = une partie du formulaire n’a pas pu être téléchargée : vérifiez votre connexion et rechargez cette page

## Steps

step-of = Étape { $step } sur { $total }
continue = Continuer
back = Retour

## About you

about-title = À propos de vous
about-intro = Dites-nous qui vous êtes, pour que votre contribution soit comptée et, si vous le souhaitez, citée à votre nom.
about-name = Nom complet
about-name-hint = Nécessaire uniquement si votre contribution est publiée avec votre nom.
about-organisation = Organisation
about-organisation-hint = Laissez vide si vous répondez à titre individuel.
about-email = Adresse électronique (facultatif)
about-email-hint = Utilisée uniquement si le Secrétariat doit vous poser une question sur votre contribution. Jamais publiée.
about-capacity = À quel titre répondez-vous ?
capacity-individual = À titre individuel
capacity-organisation = Au nom d’une organisation
capacity-nri = Au nom d’une initiative nationale ou régionale du FGI (NRI)
about-group = À quel groupe de parties prenantes appartenez-vous ?
group-government = Gouvernement
group-private-sector = Secteur privé
group-civil-society = Société civile
group-technical-community = Communauté technique
group-academia = Milieu universitaire
group-intergovernmental = Organisation intergouvernementale
group-other = Autre
about-country = Pays
about-country-hint = Votre pays de résidence, ou celui de votre organisation. Tapez les premières lettres pour vous déplacer dans la liste.
about-country-choose = Choisissez un pays
about-region = Région : { $subregion } ({ $region })
about-nri = Initiative nationale ou régionale du FGI (NRI)
about-nri-hint = La NRI avec laquelle vous travaillez ou qui vous a transmis cet appel, le cas échéant : choisissez-la dans la liste en tapant, ou écrivez son nom.
# UN M49 regions and sub-regions, by code, as the UN Statistics Division names them.
region-002 = Afrique
region-009 = Océanie
region-015 = Afrique septentrionale
region-019 = Amériques
region-021 = Amérique septentrionale
region-030 = Asie orientale
region-034 = Asie méridionale
region-035 = Asie du Sud-Est
region-039 = Europe méridionale
region-053 = Australie et Nouvelle-Zélande
region-054 = Mélanésie
region-057 = Micronésie
region-061 = Polynésie
region-142 = Asie
region-143 = Asie centrale
region-145 = Asie occidentale
region-150 = Europe
region-151 = Europe orientale
region-154 = Europe septentrionale
region-155 = Europe occidentale
region-202 = Afrique subsaharienne
region-419 = Amérique latine et Caraïbes

## Questions

questions-title = Vos réponses
questions-intro = Répondez aux questions de votre choix, avec autant de détails que vous le souhaitez. Il faut au moins une réponse pour terminer. Tout ce que vous saisissez est enregistré sur cet appareil au fur et à mesure.
count-words = { $words ->
    [one] { $words } mot
   *[other] { $words } mots
}, { $characters ->
    [one] { $characters } caractère
   *[other] { $characters } caractères
}
count-over = { $over ->
    [one] Vous avez { $over } caractère de trop
   *[other] Vous avez { $over } caractères de trop
}. La limite est de { $max } : raccourcissez votre réponse, ou donnez le reste sous forme de document ci-dessous.

## Publication

publication-title = Publication de votre contribution
publication-legend = Comment le BPF peut-il publier votre contribution ?
publication-hint = Le Secrétariat lit toutes les contributions. Ce choix détermine ce que les autres pourront lire.
publication-named = La publier avec mon nom
publication-named-hint = Les citations et la liste des contributions indiquent votre nom et votre organisation.
publication-anonymous = La publier de façon anonyme
publication-anonymous-hint = Les citations n’indiquent que votre groupe de parties prenantes et votre pays, par exemple « une personne de la société civile, Nigéria ».
publication-none = Ne pas la publier
publication-none-hint = Elle est prise en compte dans la synthèse, mais n’est jamais citée ni listée.

## Review

review-title = Vérifiez votre réponse
review-about = À propos de vous
review-answers = Vos réponses
review-publication = Publication
review-change = Modifier
review-change-answer = votre réponse à la question { $number }
review-email = Adresse électronique
review-capacity = Qualité
review-group = Groupe de parties prenantes
review-publication-choice = Publication
review-not-given = Non renseigné
review-not-answered = Sans réponse
review-finish-title = Terminer et enregistrer votre fichier de réponse
review-finish-body = Votre fichier de réponse sera enregistré sur cet appareil. Vous l’enverrez ensuite au Secrétariat du FGI ou à votre NRI.
review-finish = Terminer et enregistrer mon fichier de réponse
review-encrypted = Votre fichier de réponse sera chiffré pour le Secrétariat du FGI : seul le Secrétariat pourra le lire. La copie sur cet appareil reste lisible pour vous.
review-encrypting = Chiffrement de votre fichier de réponse…
key-option-invalid = La clé de chiffrement fournie à ce formulaire n’est pas valide : les réponses ne seront donc pas chiffrées. Veuillez en informer les responsables de cette page.
key-option-unlisted = L’adresse de cette page donne une clé de chiffrement que ce site ne publie pas comme celle du Secrétariat de l’IGF ; les réponses ne seront donc pas chiffrées avec elle. Vérifiez auprès de la personne qui vous a envoyé ce lien.
key-option-from-file = Cette copie du formulaire a été ouverte depuis un fichier de cet appareil, et une telle copie ne peut pas chiffrer : votre réponse sera enregistrée en clair. Pour l’envoyer chiffrée, répondez plutôt sur le site des organisateurs.
encrypt-failed = Le fichier de réponse n’a pas pu être chiffré : { $reason }. Votre réponse est toujours sur cet appareil ; réessayez.

## Done

done-title = Votre fichier de réponse est enregistré
done-file = Votre navigateur l’a enregistré sous le nom
done-encrypted = Il est chiffré pour le Secrétariat du FGI : seul le Secrétariat peut l’ouvrir.
done-next-title = La suite
done-next-body = Envoyez ce fichier par courriel au Secrétariat du FGI, ou à l’initiative nationale ou régionale du FGI qui vous a transmis cet appel. C’est un petit fichier texte : vous pouvez l’ouvrir pour voir exactement ce que vous envoyez.
done-next-body-sealed = Envoyez ce fichier par courriel au Secrétariat du FGI, ou à l’initiative nationale ou régionale du FGI qui vous a transmis cet appel, qui le lui fera suivre : seul le Secrétariat peut l’ouvrir.
done-kept = La réponse reste aussi sur cet appareil : vous pouvez la modifier et enregistrer un nouveau fichier à tout moment.
done-download-again = Télécharger de nouveau le fichier
done-home = Retour à la page d’accueil
done-shared-title = Sur un appareil partagé ?
done-shared-body = Si d’autres personnes utilisent cet appareil, retirez-en votre réponse une fois votre fichier enregistré en lieu sûr, afin que la personne suivante ne puisse pas la lire.
done-remove = Retirer ma réponse de cet appareil
done-remove-confirm = Retirer votre réponse de cet appareil ? Gardez votre fichier enregistré : ce sera alors la seule copie.
done-removed = Comme cet appareil est partagé, votre réponse en a été retirée : le fichier que vous avez enregistré en est désormais la seule copie. Gardez-le jusqu’à ce que vous l’ayez envoyé.
done-changed-title = Cette réponse a changé depuis que vous l’avez enregistrée
done-changed-body = Vérifiez-la et terminez de nouveau pour enregistrer un fichier à jour.
done-changed-review = Vérifier votre réponse

## Errors

error-prefix = Erreur :
error-summary-title = Il y a un problème
error-name-required = Saisissez votre nom complet, ou choisissez une publication anonyme
error-organisation-required = Saisissez le nom de l’organisation au nom de laquelle vous répondez
error-nri-required = Saisissez le nom de la NRI au nom de laquelle vous répondez
error-email-format = Saisissez une adresse électronique au bon format, par exemple nom@example.org
error-capacity-required = Indiquez à quel titre vous répondez
error-group-required = Sélectionnez votre groupe de parties prenantes
error-country-required = Sélectionnez votre pays
error-no-answers = Répondez à au moins une question
error-publication-required = Indiquez comment votre contribution peut être publiée
answer-max-choices = Choisissez-en jusqu’à { $max }.
error-too-many-choices = Choisissez-en { $max } au plus
error-unknown-choice = Choisissez parmi les réponses proposées
error-too-long = Ce champ ne doit pas dépasser { $max } caractères
error-in-question = Question { $number } : { $error }
error-required = Ce champ est obligatoire
documents-title = Documents
documents-hint = Facultatif. Ajoutez tout rapport, note ou enquête que vous joignez à votre réponse, avec un lien vers l’endroit où le lire. Les documents sont cités avec votre contribution selon votre choix de publication ; si vous répondez anonymement, sachez qu’un lien peut révéler qui vous êtes.
documents-legend = Document { $number }
documents-document-title = Titre
documents-link = Lien (facultatif)
documents-link-hint = Une adresse commençant par https:// ou http://
documents-description = Une ligne de description (facultatif)
documents-add = Ajouter un document
documents-add-another = Ajouter un autre document
documents-remove = Supprimer le document { $number }
error-document-title-required = Saisissez le titre du document, ou supprimez le document
error-document-link = Saisissez un lien commençant par https:// ou http://, comme https://example.org/rapport.pdf

## Synthesis

synthesis-title = Synthèse des réponses
synthesis-intro = Chargez des fichiers de réponse et des lots pour lire ce que les répondants ont dit, question par question. Tout se passe dans ce navigateur : rien n’est envoyé nulle part.
synthesis-load-title = Charger des réponses
synthesis-load-hint = Choisissez des fichiers ou un dossier entier, ou déposez-les ici. Vous pouvez ajouter d’autres fichiers à tout moment ; chaque réponse n’est comptée qu’une fois. Vous pouvez aussi charger l’export CSV, XLSX ou ODS d’un autre outil d’enquête (Google Forms, Microsoft Forms, KoboToolbox, LimeSurvey, SurveyMonkey) : la page vous demandera ce que contient chaque colonne.
synthesis-choose-files = Choisir des fichiers
synthesis-choose-folder = Choisir un dossier
synthesis-progress = Progression
synthesis-loading = Chargement des fichiers : { $done } sur { $total }…
synthesis-importing = Lecture des lignes du tableau : { $done } sur { $total }…
synthesis-analysing = Analyse des réponses : étape { $done } sur { $total }…
synthesis-exporting = Préparation du téléchargement…
synthesis-ready = Synthèse prête : { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} (fichiers lus en { $reading } s, analysés en { $analysing } s)
synthesis-failed = L’analyse s’est arrêtée : { $reason }. Rechargez la page et ajoutez de nouveau les fichiers ; rien n’a quitté ce navigateur.
reason-worker-gone = le navigateur l’a interrompue sans dire pourquoi
reason-export = le fichier { $format } n’a pas pu être écrit ({ $detail })
nri-unpublished = { $name } (nommée seulement dans des réponses non publiables)
nri-none = Aucune IGF nationale ou régionale
report-title = Ce qui a été chargé
report-summary = { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} : { $loaded ->
    [one] { $loaded } chargé
   *[other] { $loaded } chargés
}, { $duplicates } en double, { $rejected ->
    [one] { $rejected } rejeté
   *[other] { $rejected } rejetés
}. { $responses ->
    [one] { $responses } réponse
   *[other] { $responses } réponses
} dans l’ensemble.
report-show = Afficher tous les fichiers
report-file = Fichier
report-status = État
report-details = Détails
synthesis-comments = Commentaires reçus sur les projets
synthesis-comments-hint = Comme dans la partie III A des téléchargements : les mots de chaque lecteur selon son choix de publication, à côté du texte commenté.
synthesis-comments-text = Le texte du projet { $version } qu’ils ont commenté
review-files-title = Projets et commentaires
review-file-draft = { $name } : projet { $version }, { $sections ->
    [one] une section
   *[other] { $sections } sections
}, conservé pour les commentaires qui le concernent.
review-file-comments = { $name } : { $count ->
    [one] un commentaire
   *[other] { $count } commentaires
} sur le projet { $version }, dans la partie III A des téléchargements.
review-file-refused = { $name } n’a pas été lu : { $reason }
report-status-loaded = Chargé
report-status-duplicate = Doublon
report-status-rejected = Rejeté
report-status-partly = Partiellement chargé
report-status-waiting = En attente de la clé
report-bundle = Lot : { $count ->
    [one] { $count } réponse conservée
   *[other] { $count } réponses conservées
}
report-entry-rejected = Réponse { $entry } du lot : { $reason }
report-duplicate-kept-here = Figure aussi dans un autre fichier ; cette copie est la plus récente et elle est conservée ({ $id })
report-duplicate-conflict = Les copies de la réponse { $id } ne s’accordent pas sur son auteur ou sur sa date de début : l’une d’elles est peut-être falsifiée. Vérifiez laquelle est authentique.
report-duplicate-kept = Doublon de { $id } ; la copie plus récente, dans { $file }, est conservée
reject-not-text = Ce n’est pas un fichier texte.
reject-not-json = Ce n’est pas un fichier JSON (ligne { $line }, colonne { $column }).
reject-truncated = Le fichier est incomplet : il a été coupé avant la fin, peut-être pendant un téléchargement ou une copie.
reject-not-response = Ce fichier JSON n’est ni une réponse ni un lot de réponses de l’appel à contributions du BPF.
reject-version = Ce fichier utilise la version { $found } du format, que cette version de l’application ne sait pas lire. Utilisez une version plus récente de l’application.
reject-no-integrity = Le fichier ne comporte pas de contrôle d’intégrité : une modification ne pourrait donc pas être détectée.
reject-unknown-integrity = Le contrôle d’intégrité du fichier utilise { $name }, que cette application ne connaît pas.
reject-integrity = Le fichier a été modifié ou endommagé après son enregistrement : son contrôle d’intégrité ne correspond pas.
reject-invalid = Le fichier est endommagé : { $field } : { $reason }
reject-count = Nombre de réponses annoncé par le lot : { $claimed } ; nombre de réponses présentes : { $found }.
reject-too-large = Le fichier est trop volumineux ({ $size } ; la limite est de { $max }).
reject-questionnaire = Ce fichier répond à un autre questionnaire ({ $id }, version { $version }).
reject-questionnaire-edition = Ce fichier répond à une autre édition du questionnaire { $id }, version { $version } : même nom, mais des questions différentes. Ouvrez-le dans un espace de travail pour cette édition.
reject-set-full = L’ensemble contient déjà le nombre maximal de réponses : { $max }.
reject-duplicate-key = Le fichier contient deux fois la clé { $key } au même endroit : son contenu est donc ambigu.
reject-too-long = { $field } dépasse les { $max } caractères que le formulaire autorise.
reject-needs-key = Chiffré pour le Secrétariat : choisissez le fichier d’identité pour le lire.
reject-wrong-key = Il est chiffré pour une autre clé que celle du fichier d’identité choisi.
reject-damaged-ciphertext = Le fichier chiffré est endommagé ou incomplet.
reject-age-header = Son en-tête de chiffrement est bien plus grand que celui d’un fichier de réponse ; il n’a donc pas été ouvert.
reject-future = Il indique une dernière modification le { $date }, une date future ; il n’a donc pas été chargé. Vérifiez l’horloge de l’appareil d’où il vient.
filter-title = Filtrer
filter-hint = Cochez une ou plusieurs cases pour n’examiner que ces réponses. Tous les chiffres et résumés ci-dessous s’adaptent.
filter-group = Groupe de parties prenantes
filter-region = Région
filter-nri = NRI
filter-language = Langue du formulaire
filter-capacity = Qualité
filter-clear = Effacer tous les filtres
filter-drafts-legend = Brouillons non terminés
filter-drafts = Les citer et les lister comme s'ils avaient été envoyés, chacun selon son choix de publication
overview-title = Vue d’ensemble
overview-drafts-read = Les brouillons non terminés sont cités et listés comme s'ils avaient été envoyés, comme choisi dans les filtres ; chacun garde son choix de publication.
overview-count = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}{ $drafts ->
    [0] {""}
    [one] , dont { $drafts } brouillon non terminé
   *[other] , dont { $drafts } brouillons non terminés
}.
breakdown-group = Par groupe de parties prenantes
breakdown-region = Par région
breakdown-nri = Par NRI
breakdown-language = Par langue du formulaire
breakdown-capacity = Par qualité
chart-show-table = Afficher les chiffres sous forme de tableau
chart-category = Catégorie
chart-count = Réponses
questions-heading = Questions
question-number = Question { $number }
question-answered = { $answered ->
    [one] { $answered } contribution sur { $total } répond à cette question.
   *[other] { $answered } contributions sur { $total } répondent à cette question.
}
question-non-answers = Parmi elles, réponses sans contenu (« voir pièce jointe », « sans objet », un seul mot) : { $count }. Elles sont comptées, mais écartées des thèmes, du résumé et des termes clés.
question-other = Parmi elles, réponses qui ne parlent de rien de ce que demandent les questions (aucun terme du domaine, ou une publicité) : { $count }. Elles sont comptées comme autres réponses, mais écartées des thèmes, du résumé et des termes clés.
question-length = Longueur des réponses, en mots : médiane { $median } (de { $min } à { $max } ; moyenne { $mean }).
themes-title = Thèmes
themes-none = Trop peu de réponses pour dégager des thèmes.
theme-meta = { $voices ->
    [one] { $voices } voix
   *[other] { $voices } voix
} · langue : { $language }
terms-title = Termes clés
terms-language = Langue : { $language } ({ $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
})
summary-title = Résumé
summary-none = Aucune réponse ici ne peut être citée.
quote-anonymous = Anonyme, { $group }, { $country }
quote-anonymous-group = Anonyme, { $group }
duplicates-title = Réponses quasi identiques
duplicates-none = Aucune : chaque réponse est unique.
duplicates-ordinary = Les réponses à cette question reprennent souvent les mêmes textes : cinq d’entre eux sont envoyés chacun { $count } fois ou plus. Chaque réponse reprenant un tel texte compte, dans son thème et dans chaque chiffre ; seul un texte envoyé plus de deux fois et demie plus souvent est compté une seule fois, comme une campagne.
duplicates-size = { $count } réponses partagent ce texte
question-voices = En comptant une seule fois chaque groupe de réponses quasi identiques, voix indépendantes : { $voices } (toutes les réponses comptées : { $answered }). Les graphiques les comptent une fois.
overview-voices = En comptant chaque campagne une seule fois, voix indépendantes : { $voices }. Les graphiques les comptent une fois.
raw-figures = Toutes les réponses comptées
campaigns-title = Campagnes
campaigns-more = Autres groupes d’au moins cinq réponses quasi identiques : { $count }, chacun sous les réponses quasi identiques de sa question.
campaign-line = Réponses envoyant un même texte : { $count } ({ $n ->
    [one] question
   *[other] questions
} { $questions })
campaign-sent-by = Envoyé par : { $who }
campaign-not-published = non publiable
initiatives-title = Initiatives et organisations citées
initiatives-none = Aucune : pas d'initiative connue, et aucune autre citée par au moins deux réponses.
privacy-title = Répondants qui se nomment
privacy-masked = Réponses de répondants anonymes qui donnent leur propre nom, leur organisation ou une adresse e-mail : { $count } (questions { $questions }). Les citations, les extraits et les données ouvertes affichent [name], [organisation] ou [e-mail] à la place.
privacy-unpublished = Réponses non publiables dans le même cas : { $count }. Elles ne sont jamais publiées.
topics-title = Thèmes toutes langues confondues
topics-why = Les thèmes trouvés dans différentes langues sont regroupés quand leurs réponses évoquent les mêmes notions (nommées ici) davantage que les autres réponses à la question. Un thème d’une seule langue rejoint aussi le groupe dont les réponses citent les mêmes initiatives connues, quand au moins deux de ses réponses les citent.
topics-themes = Thèmes :
narrative-title = Projet de récit (à réécrire)
narrative-note = Rédigé à partir des chiffres de cette page, comme premier jet : à réécrire avant toute publication.
narrative-point = { $size ->
    [most] La plupart des contributions
    [many] De nombreuses contributions
    [several] Plusieurs contributions
   *[few] Quelques contributions
} ({ $percent } % ; { $who }) évoquent « { $label } ».
narrative-separator = { " ; " }
narrative-mainly = surtout { $group }, { $share } %
narrative-mixed = de plusieurs groupes de parties prenantes
narrative-in = réponses en { $language }
narrative-one = Une contribution ({ $percent } %{ $who }) évoque « { $label } ».
narrative-one-in = en { $language }
narrative-initiatives = Les plus citées : { $names }.
narrative-campaign = Les textes envoyés par beaucoup sont comptés une seule fois.
answers-title = Toutes les réponses
answers-search = Rechercher dans les réponses
answers-search-hint = Réponses contenant tous les mots que vous saisissez.
answers-count = Affichage : { $shown } sur { $total }
answers-no-name = Aucun nom indiqué
answers-more = Afficher { $count } de plus
answers-publication = publication : { $choice }
export-title = Télécharger
export-hint = La synthèse sous la forme de la partie II du document final du BPF : une vue d’ensemble, puis chaque question, puis la liste des contributions. Les citations et les noms respectent le choix de chaque répondant.
export-html = Télécharger en page web (à imprimer ou à enregistrer en PDF)
export-markdown = Télécharger en Markdown
export-docx = Télécharger en document Word (DOCX)
export-draft-title = Un projet soumis aux commentaires du public
export-draft-hint = La partie II en l’état, section par section, dans la langue choisie ci-dessus et en anglais, en fichier de projet pour la consultation. Les fichiers de commentaires renvoyés par les lecteurs se chargent ici avec les réponses et reviennent dans la partie III A.
export-draft-version = Version du projet
export-draft-version-error = Indiquez une version faite de lettres, de chiffres, de points et de tirets, comme 1.0.
export-draft = Télécharger le fichier du projet
export-qda-title = Pour les logiciels d’analyse qualitative
export-qda-hint = Un projet REFI-QDA pour QualCoder, NVivo, ATLAS.ti ou MAXQDA : les réponses publiables comme sources, les personnes comme cas avec leur groupe de parties prenantes et leur pays, les thèmes et les codes comme codes, avec les réponses codées. Seulement ce qui peut être publié ; les personnes anonymes ne sont pas nommées.
export-qdpx = Télécharger le projet (REFI-QDA, .qdpx)
export-qdc = Télécharger la grille de codes (REFI-QDA, .qdc)
export-data-title = Données ouvertes
export-data-hint = Les réponses publiables, sans adresses électroniques ; les réponses anonymes, sans noms. Les formules de tableur contenues dans les réponses sont neutralisées.
export-bom = Ajouter une marque d’ordre des octets (BOM), pour Excel
export-csv = Télécharger le CSV
export-json = Télécharger le lot JSON
export-xlsx = Télécharger en tableur (XLSX)
export-long-csv = Télécharger en CSV, une ligne par réponse à une question
table-title = Correspondance des colonnes de { $name }
table-hint = { $rows } lignes et { $columns } colonnes venues d’un autre outil d’enquête. Indiquez ce que contient chaque colonne : les réponses à une question, une information sur la personne, ou rien. Les choix ci-dessous viennent des en-têtes ; vérifiez-les avant d’importer.
table-remembered = Les colonnes sont associées comme vous l’avez fait la dernière fois pour un tableau aux mêmes en-têtes.
table-column = Colonne
table-first-value = Première valeur
table-holds = Contient
table-no-header = (sans en-tête)
table-ignore = Non importée
table-answers = Réponses à
table-fields = Sur la personne
table-field-group = Groupe de parties prenantes
table-field-capacity = Qualité (à titre individuel ou au nom d’une organisation)
table-field-publication = Choix de publication
table-field-submitted = Date et heure de la réponse
table-publication = Choix de publication des lignes qui n’en indiquent pas
table-publication-hint = L’autre outil n’a pas posé la question du BPF. Sauf si vous savez ce que ces personnes ont accepté, gardez « Ne pas la publier » : leurs réponses sont comptées, jamais citées ni listées.
table-nri = La NRI qui a mené cette enquête (facultatif)
table-need-answers = Choisissez au moins une colonne de réponses à une question.
table-import = Importer { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}
table-cancel = Mettre ce fichier de côté
table-refused = { $name } n’a pas pu être lu comme un tableau : { $reason }
table-refused-empty = il n’a aucune ligne sous son en-tête.
table-refused-unreadable = ce n’est ni un fichier CSV (UTF-8 ou UTF-16) ni un classeur XLSX ou ODS.
table-refused-spreadsheet = le classeur n’a pas pu être ouvert : il est peut-être endommagé, ou ce n’est pas un classeur. Ouvrez-le dans votre tableur et enregistrez-le de nouveau en XLSX ou en CSV.
table-refused-protected = il est protégé par un mot de passe. Retirez le mot de passe dans votre tableur, ou enregistrez-en une copie en CSV, puis choisissez-la.
table-refused-old-workbook = il est au format Excel d’avant 2007 (.xls), que cette page ne lit pas. Enregistrez-le en XLSX ou en CSV dans votre tableur, puis choisissez ce fichier.
table-refused-too-large = il compte { $rows } lignes et { $columns } colonnes, plus que la page n’en lit (200 000 lignes, 1 000 colonnes).
table-refused-too-many-cells = il s’étend sur { $rows } lignes de { $columns } colonnes, plus de cellules que la page n’en lit à la fois ({ $cells }). Videz toute cellule éloignée du tableau, ou enregistrez moins de lignes ou de colonnes, puis choisissez-le à nouveau.
table-refused-file-too-large = il fait { $size }, au-delà des { $max } permis par fichier. Exportez moins de lignes à la fois, ou enregistrez-le en CSV.
table-refused-unpacked = une fois décompressé, il occuperait { $size }, bien plus qu’un classeur de réponses ; il n’a pas été ouvert.
table-imported = { $name } : réponses chargées et conservées avec les fichiers de l’espace de travail : { $count }.
table-problems = Remarques sur des lignes : { $count }
table-problem-no-answer = Ligne { $row } : aucune réponse à une question ; non importée.
table-problem-not-understood = Ligne { $row } : { $field } « { $value } » non compris ; laissé vide.
table-problem-shortened = Ligne { $row } : la colonne « { $column } » a été coupée à la longueur qu’une réponse permet.
table-problem-not-a-choice = Ligne { $row } : « { $value } » dans la colonne « { $column } » ne correspond à aucun des choix de la question ; conservé et compté comme « aucun des choix proposés ».
key-prompt-title = Réponses chiffrées
key-prompt-body = Fichiers chiffrés pour le Secrétariat : { $count }. Choisissez le fichier d’identité du Secrétariat pour les lire. La clé reste uniquement dans la mémoire de cette page ; elle n’est jamais enregistrée dans le navigateur.
key-prompt-button = Choisir le fichier d’identité
key-error-none = Ce fichier ne contient aucune clé secrète age. Choisissez le fichier d’identité créé sur cette page : il commence par « # created ».
key-error-bad = La ligne { $line } de ce fichier n’est pas une clé secrète age valide.
keys-title = Clés de chiffrement
keys-hint = Les répondants peuvent chiffrer leurs fichiers de réponse pour le Secrétariat, afin que seul le détenteur du fichier d’identité puisse les lire. Créez une paire de clés une seule fois, publiez la clé publique et conservez le fichier d’identité en lieu sûr : sans lui, les réponses chiffrées ne peuvent pas être lues. Il n’est jamais conservé dans ce navigateur.
keys-generate = Créer une nouvelle paire de clés
keys-public = Clé publique : publiez-la et transmettez-la aux NRI pour leurs formulaires
keys-made = Le fichier d’identité a été téléchargé sous le nom { $file }. Conservez-le dans un endroit sûr et privé.
workspace-kept = Fichiers gardés dans ce navigateur avec le filtre : { $files }. Rouvrir cette page les fait revenir.
workspace-usage = Ce site utilise { $used } sur les { $quota } que le navigateur lui accorde.
workspace-persisted = Le navigateur a accepté de les garder même si l'espace vient à manquer.
workspace-not-persisted = Le navigateur peut les effacer si l'espace vient à manquer : gardez vos copies des fichiers.
workspace-unavailable = Ce navigateur ne permet pas à la page de garder votre espace de travail (ses réglages, la navigation privée ou un cadre) : après un rechargement, choisissez de nouveau les fichiers.
workspace-not-kept-full = Fichiers qui n'ont pas pu être gardés dans ce navigateur, son stockage étant plein : { $files }. Ils sont chargés pour l'instant, mais après un rechargement il faudra les choisir de nouveau.
workspace-not-kept = Fichiers qui n'ont pas pu être gardés dans ce navigateur : { $files }. Ils sont chargés pour l'instant, mais après un rechargement il faudra les choisir de nouveau.
workspace-title = Espace de travail : { $name }
workspace-unnamed = Espace de travail sans nom
workspace-open = Ouvrir un autre espace de travail
workspace-new = Nouvel espace de travail
workspace-new-name = Nom du nouvel espace de travail (un appel ou un cycle, par exemple)
workspace-create = Le créer et l'ouvrir
workspace-rename = Renommer
workspace-rename-label = Nouveau nom de cet espace de travail
workspace-save = Enregistrer le nom
workspace-cancel = Annuler
workspace-delete = Supprimer cet espace de travail
workspace-delete-confirm = Supprimer l'espace de travail « { $name } » et les fichiers qu'il garde dans ce navigateur ({ $files }) ? Les fichiers de votre ordinateur restent.
workspace-delete-yes = Le supprimer
workspace-delete-no = Le garder
workspace-not-changed = L'espace de travail n'a pas pu être modifié dans ce navigateur ; réessayez.
workspace-deleted-elsewhere = Un autre onglet a supprimé cet espace de travail. Ce que montre cette page n’est plus conservé dans ce navigateur : les fichiers que vous ajoutez maintenant le recréent, sans nom. Rechargez la page pour ouvrir un espace conservé.
workspace-elsewhere = Cet espace de travail est aussi ouvert dans un autre onglet de ce navigateur. Les deux peuvent ajouter des fichiers, et rien n'est perdu, mais chaque onglet ne montre ce que l'autre a ajouté qu'après un rechargement.
code-sdg-1 = ODD 1 : Pas de pauvreté
code-sdg-2 = ODD 2 : Faim « zéro »
code-sdg-3 = ODD 3 : Bonne santé et bien-être
code-sdg-4 = ODD 4 : Éducation de qualité
code-sdg-5 = ODD 5 : Égalité entre les sexes
code-sdg-6 = ODD 6 : Eau propre et assainissement
code-sdg-7 = ODD 7 : Énergie propre et d'un coût abordable
code-sdg-8 = ODD 8 : Travail décent et croissance économique
code-sdg-9 = ODD 9 : Industrie, innovation et infrastructure
code-sdg-10 = ODD 10 : Inégalités réduites
code-sdg-11 = ODD 11 : Villes et communautés durables
code-sdg-12 = ODD 12 : Consommation et production responsables
code-sdg-13 = ODD 13 : Mesures relatives à la lutte contre les changements climatiques
code-sdg-14 = ODD 14 : Vie aquatique
code-sdg-15 = ODD 15 : Vie terrestre
code-sdg-16 = ODD 16 : Paix, justice et institutions efficaces
code-sdg-17 = ODD 17 : Partenariats pour la réalisation des objectifs
codebook-title = Codes ({ $count })
codebook-hint = Les dix-sept objectifs de développement durable, et vos propres codes. Un code est suggéré pour les réponses qui emploient ses mots ; il ne s'applique à une réponse qu'une fois accepté ou ajouté par vous.
codebook-remove = Supprimer
codebook-remove-named = Supprimer le code { $name }
codebook-name = Nom d'un nouveau code
codebook-words = Mots qui le suggèrent
codebook-words-hint = Débuts de mots, séparés par des virgules, dans n'importe quelle langue (par exemple : phishing, hameçonnage, 钓鱼).
codebook-add = Ajouter le code
answer-codes = Codes :
answer-suggested = Suggérés :
answer-code-accept = Accepter
answer-code-accept-named = Accepter le code { $code } pour cette réponse
answer-code-reject = Refuser
answer-code-reject-named = Refuser le code { $code } pour cette réponse
answer-code-add = Ajouter un code à cette réponse
codes-title = Codes
edit-code-define = un code « { $name } » créé
edit-code-remove = un code supprimé
edit-code-on = question { $question } : le code { $code } ajouté à une réponse
edit-code-off = question { $question } : le code { $code } jugé sans objet pour une réponse
conflict-code-applies = S'applique
conflict-code-not = Ne s'applique pas
conflict-coded = Question { $question }, réponse { $id } : le code { $code }
conflict-code = Le code { $code }
answer-in-theme = Dans le thème { $theme }
answer-in-other = Parmi les autres réponses
answer-edit = Modifier cette réponse
answer-move-to = La déplacer vers :
answer-move-other = Autres réponses
edit-move = question { $question } : une réponse déplacée
conflict-placed = Question { $question }, réponse { $id } : où sa réponse a sa place
conflict-theme-gone = Un thème que cette synthèse n'a plus
workspace-files-title = Fichiers d'espace de travail : emporter cet espace dans un autre navigateur, ou ajouter celui d'un collègue
workspace-files-hint = Un fichier d'espace de travail contient les fichiers chargés, tels qu'ils sont arrivés (les fichiers chiffrés le restent ; jamais de fichier d'identité), le filtre et toutes les modifications. Ouvert dans un autre navigateur, il donne la même synthèse et les mêmes téléchargements.
workspace-download = Télécharger cet espace de travail en un seul fichier
workspace-file-open = Ouvrir un fichier d'espace de travail
workspace-file-open-hint = Il devient un nouvel espace de travail dans ce navigateur, avec ses fichiers, son filtre et ses modifications.
workspace-file-merge = Ajouter le fichier d'espace de travail d'un collègue à cet espace
workspace-file-merge-hint = Ses fichiers et modifications absents de cet espace y sont ajoutés. Là où vous avez tranché différemment la même chose, rien ne change tant que vous n'avez pas choisi.
workspace-file-too-large = Ce fichier dépasse la taille permise pour un fichier d'espace de travail (256 Mo). Rien n'a été modifié.
workspace-file-too-large-to-write = Cet espace de travail est trop volumineux pour tenir en un seul fichier (plus de 256 Mo avec ses fichiers). Gardez les fichiers de réponses eux-mêmes pour les partager, et faites un espace plus petit (une partie de l'appel) pour un collègue.
workspace-file-not = Ce n'est pas un fichier d'espace de travail de cette application. Rien n'a été modifié.
workspace-file-newer = Ce fichier d'espace de travail a été écrit par une version plus récente de cette application : rechargez la page pour la mettre à jour, puis ouvrez de nouveau le fichier. Rien n'a été modifié.
workspace-file-damaged = Ce fichier d'espace de travail a été modifié ou endommagé après son écriture. Rien n'a été modifié : demandez-en une nouvelle copie.
synthesis-documents = Documents joints aux réponses
synthesis-documents-hint = Tous les documents cités, avec leur expéditeur. La partie II cite ceux des contributeurs nommés et des NRI ; les autres y sont comptés, jamais cités.
synthesis-documents-unlisted = non cité dans la partie II ({ $publication })
editor-link = Rédiger ou modifier un questionnaire
editor-back = Retour à la synthèse
editor-title = Éditeur de questionnaire
editor-intro = Rédigez un questionnaire pour un nouveau cycle ou pour votre propre consultation, ou ouvrez-en un pour le modifier : un fichier de questionnaire (.json) ou un classeur XLSForm (.xlsx, comme ceux de KoboToolbox et d’ODK). Tout reste dans ce navigateur ; votre brouillon y est conservé au fil de la saisie.
editor-new = Commencer un nouveau questionnaire
editor-open = Ouvrir un fichier de questionnaire ou un XLSForm
editor-refused = Ce questionnaire ne peut pas encore être utilisé : { $reason }.
editor-refused-xlsform = Ce classeur ne peut pas être lu comme un questionnaire : { $reason }.
editor-xlsform-no-survey = il n’a pas de feuille « survey », où un XLSForm énumère ses questions
editor-xlsform-no-column = sa feuille « survey » n’a pas de colonne « { $column } »
editor-xlsform-no-list = survey, ligne { $row } : la liste « { $list } » n’est pas dans la feuille « choices »
editor-xlsform-whole = Le classeur a été lu en entier : tout ce qu’il contient a sa place dans le questionnaire.
editor-xlsform-left = Le classeur a été lu. { $count } éléments n’ont pas de place dans un questionnaire et ont été omis ou modifiés :
editor-left-type = survey, ligne { $row } ({ $name }) : le type « { $kind } » n’existe pas dans le formulaire ; omis
editor-left-column = survey, ligne { $row } ({ $name }) : « { $column } » n’a pas d’équivalent ; la question est gardée sans
editor-left-language = colonne « { $column } » : pas l’une des six langues de l’ONU ; omise
editor-left-note = survey, ligne { $row } ({ $name }) : une note parmi les questions ; omise
editor-left-group = survey, ligne { $row } : « { $kind } » : les groupes sont aplatis, les questions d’une répétition posées une fois
editor-left-name = { $sheet }, ligne { $row } : le nom « { $name } » n’est pas fait de lettres, chiffres, - ou _ ; omis
editor-left-version = settings : la version « { $version } » n’est pas un nombre entier ; 1 est utilisé
editor-check-title = Vérifier et télécharger
editor-valid = Prêt : « { $id } », version { $version }, { $questions } questions (empreinte { $hash }…).
editor-download = Télécharger le fichier du questionnaire
editor-download-xlsform = Télécharger en XLSForm
editor-languages = Langues
editor-languages-hint = Choisissez la langue de rédaction. Chacune indique combien de textes du questionnaire y sont donnés ; un texte manquant dans une langue est montré en anglais aux répondants, et le formulaire le signale.
editor-complete = { $given } sur { $all }
editor-in-english = En anglais : { $text }
editor-about = Le questionnaire
editor-id = Identifiant
editor-id-hint = Lettres, chiffres, - et _ uniquement, par exemple nri-2027. Les réponses le mentionnent.
editor-version = Version
editor-version-hint = Un nombre entier. Augmentez-le chaque fois que le sens d’une question change.
editor-example = Ceci est un exemple, pas un appel officiel (le formulaire l’indique sur chaque page)
editor-questionnaire-title = Titre
editor-intro-paragraph = Introduction, paragraphe { $number }
editor-intro-remove = Supprimer le paragraphe { $number } de l’introduction
editor-add-intro = Ajouter un paragraphe à l’introduction
editor-profile = Informations demandées à chaque répondant
editor-profile-hint = Le choix de publication est toujours demandé.
editor-profile-name = Nom
editor-profile-organisation = Organisation
editor-profile-email = Adresse électronique
editor-profile-country = Pays
editor-profile-group = Groupe de parties prenantes
editor-profile-capacity = Qualité (à titre individuel, pour une organisation ou une NRI)
editor-profile-nri = Initiative nationale ou régionale de l’IGF
editor-questions = Questions
editor-question-id = Identifiant
editor-kind = Type de réponse
editor-kind-long-text = Paragraphes
editor-kind-short-text = Une ligne
editor-kind-one-choice = Un seul choix
editor-kind-several-choices = Plusieurs choix
editor-max-length = Nombre maximal de caractères
editor-max-choices = Nombre maximal de choix (vide : sans limite)
editor-question-text = Question
editor-hint = Indication (facultative)
editor-choices = Choix
editor-choice-label = Choix { $number }
editor-choice-id = Identifiant
editor-add-choice = Ajouter un choix
editor-choice-up = Monter le choix { $number }
editor-choice-down = Descendre le choix { $number }
editor-choice-remove = Supprimer le choix { $number }
editor-up = Monter
editor-down = Descendre
editor-remove = Supprimer
editor-question-up = Monter la question { $number }
editor-question-down = Descendre la question { $number }
editor-question-remove = Supprimer la question { $number }
editor-add-question = Ajouter une question
editor-add-question-choose = Choisissez son type de réponse…
editor-preview = Aperçu
editor-preview-language = Langue de l’aperçu
choices-chart = Réponses à la question { $number } par choix
choices-by-group = Par choix et par groupe de parties prenantes
choices-choice = Choix
choices-several = Plusieurs réponses étaient possibles : la somme des nombres dépasse celui des réponses reçues.
choices-not-listed = Aucun des choix proposés
workspace-file-other-questionnaire = Ce fichier d’espace de travail concerne un autre questionnaire ({ $id }). Rien n’a été fusionné : ouvrez-le comme un espace de travail distinct.
synthesis-questionnaire-title = Questionnaire
synthesis-questionnaire-current = Cet espace de travail synthétise les réponses à « { $title } » ({ $id }, version { $version }) : { $questions } questions, dont { $choices } à choix à compter.
synthesis-questionnaire-choose = Questionnaire de cet espace de travail
synthesis-questionnaire-builtin = IGF BPF Cybersécurité 2016 (intégré)
synthesis-questionnaire-example = IGF BPF Cybersécurité 2017 (exemple)
synthesis-questionnaire-file = Un autre questionnaire, depuis un fichier…
synthesis-questionnaire-open = Ouvrir un fichier de questionnaire
synthesis-questionnaire-fixed = Les réponses à un autre questionnaire ne sont jamais mêlées à celles-ci : créez un nouvel espace de travail, puis choisissez son questionnaire avant de charger des fichiers.
synthesis-questionnaire-refused = Ce questionnaire ne peut pas être utilisé : { $reason }. L’espace de travail garde son questionnaire.
workspace-file-unreasonable = Ce fichier d'espace de travail contient plus qu'aucun espace de travail (trop de fichiers ou de modifications, ou des textes trop longs). Rien n'a été modifié.
workspace-file-not-kept = L'espace de travail n'a pas pu être gardé dans ce navigateur. Rien n'a été modifié.
workspace-file-not-kept-full = L'espace de travail n'a pas pu être gardé dans ce navigateur, son stockage étant plein : libérez de la place (supprimez un espace de travail devenu inutile), puis réessayez. Rien n'a été modifié.
workspace-file-merged = Ajouté depuis l'espace de votre collègue : nouveaux fichiers : { $files } ; nouvelles modifications : { $edits }.
conflicts-title = Tranché différemment par vous et votre collègue : { $count }
conflicts-hint = Rien n'a été modifié pour ces points. Pour chacun, gardez votre décision ou prenez celle de votre collègue.
conflict-excluded = Réponse { $id } : écartée ou non
conflict-theme = Le nom d'un thème de la question { $question }
conflict-narrative = Le texte de la question { $question }
conflict-reviewed = Si la question { $question } est relue
conflict-yours = La vôtre
conflict-theirs = Celle de votre collègue ({ $who })
conflict-keep = Garder la vôtre
conflict-take = Prendre celle de votre collègue
conflict-kept-in = Gardée
conflict-left-out = Écartée : { $reason }
conflict-empty = (aucun)
conflict-yes = Relue
conflict-no = Pas relue
edits-title = Édition
edits-hint = Vos modifications sont gardées avec l'espace de travail, à part de la synthèse automatique, et appliquées de nouveau quand des fichiers s'ajoutent. Les téléchargements les suivent : la partie II avec vos noms de thèmes, citations choisies et textes ; chaque téléchargement sans les réponses que vous avez écartées.
edits-editor = Votre nom, enregistré avec chacune de vos modifications
edits-undo = Annuler la dernière modification
edits-redo = Rétablir
edits-excluded = Réponses écartées par le secrétariat : { $count }. Elles ne sont comptées nulle part dans la synthèse ni dans les téléchargements.
edits-unmatched = Modifications qui ne retrouvent plus leur thème (ses réponses ont été écartées ou sont filtrées) : { $count }.
edits-history = Historique des modifications ({ $count })
edits-history-none = Aucune modification pour l'instant.
edits-by = { $time }, { $who } : { $what }
edits-anonymous = une personne sans nom
edits-not-kept = La dernière modification est affichée, mais ce navigateur n'a pas pu la garder : après un rechargement, elle aura disparu.
edits-not-kept-full = La dernière modification est affichée, mais ce navigateur n'a pas pu la garder, son stockage étant plein : libérez de la place (supprimez un espace de travail devenu inutile), puis refaites la modification.
edits-unreadable = Les modifications gardées dans ce navigateur pour cet espace de travail n'ont pas pu être lues. Pour n'en perdre aucune, aucune modification n'est possible ici tant qu'elles ne le sont pas.
edit-rename = question { $question } : un thème nommé « { $name } »
edit-rename-clear = question { $question } : un thème de nouveau nommé par ses termes
edit-merge = question { $question } : deux thèmes fusionnés
edit-exclude = une réponse écartée ({ $reason })
edit-include = une réponse réintégrée
edit-pin = question { $question } : une réponse choisie comme citation
edit-unpin = question { $question } : une citation retirée
edit-narrative = question { $question } : sa synthèse rédigée
edit-reviewed = question { $question } : marquée relue
edit-unreviewed = question { $question } : n'est plus marquée relue
theme-edit = Modifier ce thème
theme-name = Nom de ce thème
theme-name-hint = Laissez-le vide pour nommer de nouveau le thème par ses termes.
theme-name-save = Enregistrer le nom
theme-named = Nommé par le secrétariat ; ses termes : { $terms }
theme-merge-into = Fusionner ce thème avec
theme-merge-choose = Choisissez un thème
theme-merge = Fusionner
narrative-edit-title = Votre synthèse de cette question
narrative-edit-label = Texte pour la partie II
narrative-edit-hint = Il remplace le récit provisoire dans la partie II. Laissez une ligne vide entre les paragraphes.
narrative-save = Enregistrer le texte
narrative-unsaved = Pas encore enregistré.
pinned-title = Citations choisies
pinned-none = Aucune citation choisie : choisissez des réponses ci-dessous avec « Choisir comme citation ».
pinned-refused = Citations choisies écartées de la partie II, leur auteur n'autorisant plus les citations : { $count }.
question-reviewed = Relue : la synthèse de cette question est prête
question-nav-reviewed = Relue
answer-pin = Choisir comme citation
answer-unpin = Retirer des citations
answer-pin-refused = Cette réponse ne peut pas être citée : son auteur a choisi de ne pas être publié, ou n'a pas envoyé la réponse.
answer-exclude = Écarter cette réponse
answer-exclude-why = Pourquoi ? La réponse est écartée de la synthèse et de tous les téléchargements, et peut être réintégrée.
answer-excluded = Écartée : { $reason }
answer-include = La réintégrer
reason-spam = Indésirable
reason-off-topic = Hors sujet
reason-duplicate = Doublon
reason-withdrawn = Retirée par son auteur

export-language = Langue du document
export-language-hint = Les titres et les phrases fixes sont dans cette langue ; les réponses et les citations restent telles que leurs auteurs les ont écrites.
export-language-failed = Impossible de charger la langue { $language } pour le document. Vérifiez votre connexion et réessayez.
# Partie II telle que téléchargée (page web, Word, Markdown), dans la langue choisie au téléchargement.
part2-title = Partie II : Synthèse des contributions reçues en réponse à l’appel à contributions
part2-document-title = Partie II : Synthèse des contributions — { $title }
part2-source = { $title } ({ $id }, version { $version }).
part2-source-as-of = { $title } ({ $id }, version { $version }). Données au { $date }.
part2-overview = Vue d’ensemble
part2-filter = Uniquement les contributions répondant à ces critères : { $filter }.
part2-received = { $count ->
    [one] { $count } contribution a été reçue.
   *[other] { $count } contributions ont été reçues.
}
part2-received-drafts = { $count ->
    [one] { $count } contribution a été reçue
   *[other] { $count } contributions ont été reçues
}, dont { $drafts ->
    [one] { $drafts } brouillon non terminé.
   *[other] { $drafts } brouillons non terminés.
}
part2-received-drafts-sent = { $count ->
    [one] { $count } contribution a été reçue
   *[other] { $count } contributions ont été reçues
}, dont { $drafts ->
    [one] { $drafts } brouillon non terminé
   *[other] { $drafts } brouillons non terminés
} (brouillons cités et listés comme s’ils avaient été envoyés, selon le choix du secrétariat).
part2-excluded = { $count ->
    [one] Le secrétariat a en outre écarté { $count } contribution ({ $counts }) ; elle n’est comptée nulle part ci-dessous.
   *[other] Le secrétariat a en outre écarté { $count } contributions ({ $counts }) ; elles ne sont comptées nulle part ci-dessous.
}
part2-voices = En comptant chaque campagne une seule fois, elles représentent { $voices ->
    [one] { $voices } voix indépendante
   *[other] { $voices } voix indépendantes
} ; les chiffres ci-dessous les comptent ainsi, puis en comptant toutes les contributions.
part2-by = { $dimension ->
    [group] Par groupe de parties prenantes :
    [region] Par région :
    [nri] Par NRI :
    [language] Par langue du formulaire :
   *[capacity] Par qualité :
}
part2-by-all = { $dimension ->
    [group] Par groupe de parties prenantes, toutes les contributions comptées :
    [region] Par région, toutes les contributions comptées :
    [nri] Par NRI, toutes les contributions comptées :
    [language] Par langue du formulaire, toutes les contributions comptées :
   *[capacity] Par qualité, toutes les contributions comptées :
}
part2-chart-group = Contributions par groupe de parties prenantes
part2-chart-region = Contributions par région
part2-column-group = Groupe de parties prenantes
part2-column-region = Région
part2-column-count = Nombre
part2-campaigns = Campagnes
part2-campaign = { $count } contributions ont envoyé { $text } en réponse { $questions ->
    [one] à la question
   *[other] aux questions
} { $numbers }. Envoyées par : { $senders }.
part2-campaign-unpublished = un même texte (non publiable)
part2-more-campaigns = { $count ->
    [one] { $count } autre groupe d’au moins cinq réponses quasi identiques figure parmi les réponses quasi identiques de sa question.
   *[other] { $count } autres groupes d’au moins cinq réponses quasi identiques figurent parmi les réponses quasi identiques de leur question.
}
part2-contributions = Contributions reçues
part2-no-contributors = Aucun contributeur n’a demandé à figurer dans la liste.
part2-contribution = Contribution de { $who }
part2-contribution-nri = Contribution de l’initiative { $nri }
part2-documents = Documents reçus
part2-documents-unlisted = { $count ->
    [one] Un autre document provient d’un répondant qui a choisi l’anonymat ou la non-publication ; il n’est pas cité, car un lien peut révéler son auteur.
   *[other] { $count } autres documents proviennent de répondants qui ont choisi l’anonymat ou la non-publication ; ils ne sont pas cités, car un lien peut révéler son auteur.
}
part2-anonymous = { $count ->
    [one] { $count } contribution anonyme
   *[other] { $count } contributions anonymes
} (par groupe de parties prenantes : { $groups } ; par région : { $regions }).
part2-anonymous-who = { $group ->
    [government] une personne d’un gouvernement
    [private-sector] une personne du secteur privé
    [civil-society] une personne de la société civile
    [technical-community] une personne de la communauté technique
    [academia] une personne du milieu universitaire
    [intergovernmental] une personne d’une organisation intergouvernementale
   *[other] une personne
}
part2-anonymous-where = { $who }, { $country }
part2-unnamed = nom non publié
part2-not-stated = non indiqué
part2-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} ({ $groups })
part2-question = Question { $number } : { $text }
part2-unanswered = Aucune contribution n’a répondu à cette question.
part2-answered = { $answered ->
    [one] { $answered } contribution sur { $total } répond à cette question
   *[other] { $answered } contributions sur { $total } répondent à cette question
} ({ $groups }). Longueur des réponses, en mots : médiane { $median } (de { $min } à { $max }).
part2-chart-question = Réponses à la question { $number } par groupe de parties prenantes
part3-comments-changed = Cette section a été modifiée dans le projet { $newer } : ces commentaires portent sur le texte du projet { $version }.
part3-comments-title = Partie III A. Commentaires reçus sur le projet { $versions }
part3-comments-received = { $count ->
    [one] Un commentaire
   *[other] { $count } commentaires
} de { $readers ->
    [one] un lecteur
   *[other] { $readers } lecteurs
}.
part3-comments-themes = Thèmes de ces commentaires, trouvés comme dans les réponses :
part3-comments-theme = commentaires : { $count }
part3-comments-on = { $section } (projet { $version })
part3-comments-count = { $count ->
    [one] Un commentaire
   *[other] { $count } commentaires
} (par groupe de parties prenantes : { $groups } ; par région : { $regions }).
part3-comments-unpublished = { $count ->
    [one] Un autre commentaire est compté mais non publié, comme son auteur l’a choisi.
   *[other] { $count } autres commentaires sont comptés mais non publiés, comme leurs auteurs l’ont choisi.
}
part3-comments-other-text = { $count ->
    [one] Un commentaire porte sur un autre texte de cette section que celui de ce projet.
   *[other] { $count } commentaires portent sur un autre texte de cette section que celui de ce projet.
}
part2-question-voices = En comptant une seule fois chaque groupe de réponses quasi identiques, elles représentent { $voices ->
    [one] { $voices } voix indépendante
   *[other] { $voices } voix indépendantes
} ({ $groups }).
part2-non-answers = { $count ->
    [one] { $count } d’entre elles est sans contenu (« voir pièce jointe », « sans objet », un seul mot) ; elle est comptée ici et écartée des thèmes, du résumé et des termes clés.
   *[other] { $count } d’entre elles sont sans contenu (« voir pièce jointe », « sans objet », un seul mot) ; elles sont comptées ici et écartées des thèmes, du résumé et des termes clés.
}
part2-other = { $count ->
    [one] { $count } d’entre elles ne parle de rien de ce que demandent les questions (aucun terme du domaine, ou une publicité) : elle est comptée ici comme autre réponse et écartée des thèmes, du résumé et des termes clés.
   *[other] { $count } d’entre elles ne parlent de rien de ce que demandent les questions (aucun terme du domaine, ou une publicité) : elles sont comptées ici comme autres réponses et écartées des thèmes, du résumé et des termes clés.
}
part2-synthesis = Synthèse
part2-narrative = Projet de récit
part2-narrative-note = Rédigé à partir des chiffres ci-dessous, comme premier jet à réécrire avant toute publication.
part2-pinned = Citations choisies
part2-topics = Thèmes toutes langues confondues
part2-topics-note = Les thèmes trouvés dans différentes langues sont regroupés quand leurs réponses évoquent les mêmes notions d’un lexique multilingue davantage que les autres réponses à la question ; ces notions donnent son nom au groupe. Un thème d’une seule langue rejoint aussi le groupe dont les réponses citent les mêmes initiatives connues, quand au moins deux de ses réponses les citent.
part2-topic = { $voices } voix (par langue : { $languages } ; par groupe de parties prenantes : { $groups }) ; { $count ->
    [one] thème
   *[other] thèmes
} { $themes } ci-dessous.
part2-themes = Thèmes
part2-theme = { $number }. { $label } ({ $voices } voix, { $language })
part2-theme-groups = Groupes de parties prenantes : { $groups }.
part2-terms = Termes clés
part2-terms-line = ({ $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
}) : { $terms }
part2-initiatives = Initiatives et organisations citées
part2-codes = Codes
part2-codes-note = Codes que le secrétariat a ajoutés aux réponses, à la main ou en acceptant une suggestion.
part2-summary = Résumé
part2-duplicates = Réponses quasi identiques
part2-duplicates-ordinary = Les réponses à cette question reprennent souvent les mêmes textes : cinq d’entre eux sont envoyés chacun { $count } fois ou plus. Chaque réponse reprenant un tel texte compte, dans son thème et dans chaque chiffre ; seul un texte envoyé plus de deux fois et demie plus souvent est compté une seule fois, comme une campagne.
part2-duplicate = { $count } réponses partagent le texte « { $text } »
part2-duplicate-unpublished = { $count } réponses partagent un même texte (non publiable)
part2-duplicate-campaign = { $group } : une campagne, envoyée par { $senders }
part2-choice-answered = { $answered } contributions sur { $total } ont répondu à cette question ({ $groups }).
part2-choice-several = Les répondants pouvaient choisir plusieurs réponses : la somme des nombres dépasse celui des contributions qui ont répondu.
part2-chart-choices = Réponses à la question { $number } par choix
part2-column-choice = Choix
part2-choices = Réponses par choix
part2-not-listed = Aucun des choix proposés
part2-quoted = « { $text } »
part2-list-separator = { ", " }
part2-senders-separator = { " ; " }

# The review page: a draft published for public comment, as one HTML file a reader opens even offline.
review-page-name = Projet soumis aux commentaires du public
review-page-no-draft = Cette page ne contient aucun projet. Le Secrétariat crée les pages de relecture depuis la page de synthèse, avec un projet à l’intérieur.
review-page-refused = Ce projet ne peut pas être affiché : { $reason } Demandez au Secrétariat une nouvelle copie de la page.
review-page-draft = Projet { $version }, publié le { $date }
review-page-intro = Voici un projet du document final, soumis aux commentaires du public. Commentez n’importe quelle section dans la case placée dessous. Ce que vous écrivez est conservé sur cet appareil au fil de la frappe, même hors ligne. Quand vous avez terminé, dites qui vous êtes, autant que vous le souhaitez, et enregistrez votre fichier de commentaires en bas de la page pour l’envoyer au Secrétariat.
review-page-to-send = Aller en bas de la page pour enregistrer votre fichier de commentaires
review-page-untitled = Introduction
review-page-contents = Sections du projet
review-page-commented = Commentée
review-page-comment-label = Votre commentaire sur « { $section } » (facultatif)
review-page-comment-count = Caractères : { $count } sur { $max }
review-page-kept = Conservé sur cet appareil à { $time }. Sections commentées : { $count }.
review-page-not-kept-title = Vos commentaires ne sont pas conservés sur cet appareil
review-page-not-kept = Tout ce que vous avez saisi est encore affiché. Gardez cette page ouverte et enregistrez votre fichier de commentaires avant de partir.
review-page-unreadable = Une copie de vos commentaires trouvée sur cet appareil n’a pas pu être lue : { $reason }
review-page-set-aside = Elle est conservée telle quelle, sous un autre nom ({ $key }) ; ce que vous écrivez maintenant est conservé à côté.
review-page-send-title = Envoyer vos commentaires
review-page-send-intro = Dites-nous qui vous êtes, autant que vous le souhaitez, et comment vos commentaires peuvent être publiés. Enregistrez ensuite votre fichier de commentaires et envoyez-le au Secrétariat, comme l’indique la page qui vous a amené ici.
review-page-email-hint = Utilisée seulement si le Secrétariat doit vous interroger sur vos commentaires. Jamais publiée.
review-page-capacity = À quel titre commentez-vous ?
review-page-publication = Comment le BPF peut-il publier vos commentaires ?
review-page-publication-hint = Le Secrétariat lit chaque commentaire. Ce choix décide de ce que d’autres peuvent lire.
review-page-encrypted-hint = Votre fichier de commentaires sera chiffré avec la clé du Secrétariat : seul le Secrétariat pourra le lire.
review-page-save = Enregistrer votre fichier de commentaires
review-page-error-no-comments = Écrivez un commentaire sur au moins une section.
review-page-saved = Votre fichier de commentaires { $name } est enregistré dans vos téléchargements.
review-page-saved-encrypted = Il est chiffré : seul le Secrétariat peut le lire.
review-page-saved-send = Envoyez-le au Secrétariat. Si vous modifiez vos commentaires, enregistrez de nouveau le fichier et envoyez le nouveau : il remplace le premier.
review-page-save-failed = Le fichier de commentaires n’a pas pu être enregistré : { $reason }
review-page-encrypt-failed = Le fichier de commentaires n’a pas pu être chiffré ({ $reason }).
review-page-encrypt-bad-key = la clé du Secrétariat dans cette page n’est pas valide ; demandez une nouvelle page au Secrétariat
review-page-encrypt-no-randomness = ce navigateur ne fournit pas de nombres aléatoires sûrs ; essayez un autre navigateur
review-page-shared-device = Sur un appareil partagé, supprimez-en vos commentaires une fois le fichier envoyé.
review-page-forget = Supprimer mes commentaires de cet appareil
review-page-forget-failed = Vos commentaires n’ont pas pu être supprimés de cet appareil : { $reason }
review-page-forgotten = Vos commentaires sont supprimés de cet appareil. Le fichier que vous avez enregistré ne l’est pas.
export-draft-key = Clé publique pour les fichiers de commentaires (facultatif)
export-draft-key-hint = Une clé publique age (age1…), par exemple créée sous les fichiers d’identité : les fichiers de commentaires des lecteurs sont alors chiffrés avec elle, et se chargent ici une fois son fichier d’identité fourni.
export-draft-key-error = Ce n’est pas une clé publique age : elle commence par age1 et compte 62 caractères.
export-review-page = Télécharger la page de relecture
export-review-page-note = La page de relecture est un seul fichier HTML : placez-la sur n’importe quel site web ou envoyez-la telle quelle. Les lecteurs l’ouvrent dans un navigateur, même hors ligne, commentent chaque section et enregistrent un fichier de commentaires à renvoyer.
export-review-page-failed = La page de relecture n’a pas pu être créée : { $reason }

## Other pages

not-found-title = Page introuvable
not-found-body = Cette page n’existe pas, ou la réponse à laquelle elle appartient n’est plus sur cet appareil.
not-found-home = Aller à la page d’accueil

## Accessibility statement

footer-accessibility = Déclaration d’accessibilité
a11y-title = Déclaration d’accessibilité
a11y-intro = Ce formulaire et la page de synthèse du Secrétariat sont destinés à toutes les personnes qui souhaitent contribuer, quels que soient leur appareil, leur langue ou la technologie d’assistance qu’elles utilisent.
a11y-standard-title = La norme que nous visons
a11y-standard = Les Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA. D’après nos tests, les deux pages y sont conformes, dans les six langues.
a11y-works-title = Ce que vous pouvez attendre
a11y-works-keyboard = Vous pouvez tout faire au clavier seul, et le focus est toujours visible.
a11y-works-screen-reader = Chaque champ a une étiquette visible ; les choix liés sont regroupés ; les erreurs sont listées en haut de la page, avec un lien vers leur champ ; l’enregistrement, le nombre de mots et la progression sont annoncés sans déplacer le focus.
a11y-works-zoom = Les pages fonctionnent sur un téléphone de 360 pixels de large et avec un zoom à 200%, sans défilement horizontal.
a11y-works-languages = Les pages sont disponibles en anglais, en arabe (de droite à gauche), en chinois, en espagnol, en français et en russe. Vous pouvez changer de langue à tout moment sans perdre ce que vous avez saisi.
a11y-works-charts = Chaque graphique de la page de synthèse est accompagné d’un tableau qui donne les mêmes chiffres.
a11y-works-contrast = Les textes et les commandes ont au moins le contraste exigé par les WCAG, y compris avec une couleur choisie par le site qui intègre le formulaire.
a11y-tested-title = Comment nous avons testé
a11y-tested-axe = Des vérifications automatiques avec axe-core, selon les règles A et AA des WCAG 2.2, sur chaque écran et dans chaque langue, sans aucun problème toléré.
a11y-tested-keyboard = Des parcours automatisés au clavier seul : remplir et enregistrer une réponse, et charger des fichiers pour arriver aux thèmes d’une question.
a11y-tested-sizes = Chaque écran vérifié à 360 pixels de large et à la largeur d’un ordinateur de bureau, pour repérer tout défilement horizontal.
a11y-tested-screenshots = Des captures d’écran en arabe et en chinois, sur un téléphone et sur un ordinateur de bureau, examinées par une personne.
a11y-limits-title = Limites connues
a11y-limits-screen-readers = Les tests pilotent un vrai navigateur, mais pas encore de lecteur d’écran : nous n’avons pas testé nous-mêmes avec NVDA, JAWS, VoiceOver ou TalkBack.
a11y-limits-charts = Dans les graphiques, les libellés de plus de 48 caractères sont raccourcis ; le tableau placé en dessous les donne en entier.
a11y-limits-translations = Les traductions n’ont pas encore été revues par les services de traduction de l’Organisation des Nations Unies.
a11y-contact-title = Signalez-nous un problème
a11y-contact = Si quelque chose ne fonctionne pas pour vous, ou si vous avez besoin des questions sous une autre forme, écrivez au Secrétariat du FGI ou à l’initiative nationale ou régionale du FGI qui vous a transmis cet appel. Vous pouvez aussi envoyer votre contribution sous toute forme à votre portée.
a11y-prepared = Cette déclaration a été établie le 23 novembre 2026 et décrit la version { $version }.

## Embed on your site

embed-title = Intégrer le formulaire à votre site
embed-intro = Pour les initiatives nationales et régionales du FGI : définissez les paramètres du formulaire, voyez-le tel que les internautes le verront et copiez le code pour votre site. Les réponses restent sur l’appareil de chaque répondant jusqu’à l’envoi de son fichier.
embed-host = Adresse de votre site
embed-host-hint = Par exemple https://www.nigeria-igf.example : le formulaire n’envoie ses messages (prêt, hauteur, enregistré) qu’à ce site. Nécessaire pour le code du cadre ; la balise de script la trouve d’elle-même.
embed-nri = Nom de votre NRI
embed-nri-hint = Enregistré comme source de chaque réponse remplie sur votre site.
embed-lang = Langue dans laquelle le formulaire s’ouvre
embed-lang-any = La langue de l’internaute
embed-accent = Couleur de l’en-tête
embed-accent-hint = Une couleur telle que #006b3f. Une couleur trop claire pour du texte blanc est assombrie jusqu’à ce que le texte soit lisible.
embed-contact = Où les répondants envoient leur fichier
embed-contact-hint = Une adresse électronique ou une adresse web, affichée lorsque le fichier est enregistré.
embed-closes = Dernier jour de l’appel à contributions
embed-questionnaire = Questionnaire (facultatif)
embed-questionnaire-hint = L’adresse d’un fichier de questionnaire sur ce site (par exemple questionnaires/igf-bpf-cybersecurity-2017-example.json) ou sur un site qu’il reconnaît. Laissez vide pour le questionnaire intégré.
embed-editor-link = Rédigez votre propre questionnaire avec l’éditeur de questionnaire, puis placez son fichier sur votre site
embed-key = Clé publique du Secrétariat (facultatif)
embed-key-hint = Elle commence par age1. Les réponses sont alors chiffrées afin que seul le Secrétariat puisse les lire.
embed-invalid = Le formulaire ne peut pas utiliser cette valeur ; vérifiez-la.
embed-frame = Code pour un cadre
embed-script = Code pour une balise script
embed-copy-frame = Copier le code du cadre
embed-copy-script = Copier le code de la balise script
embed-copied = Copié.
embed-preview = Aperçu
embed-preview-title = Aperçu : { $name }
