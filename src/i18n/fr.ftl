## The app's frame

app-name = BPF sur la cybersécurité : appel à contributions
skip-link = Aller au contenu principal
footer-privacy = Vos réponses restent sur cet appareil jusqu’à ce que vous enregistriez votre fichier de réponse et l’envoyiez vous-même. Cette page n’envoie rien nulle part.
footer-version = bpf-survey, version { $version }
footer-synthesis = Pour le Secrétariat du FGI : synthèse des réponses
title-separator = –
language-menu = Langue

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

## Start page

home-start = Commencer votre réponse
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
about-nri-hint = La NRI avec laquelle vous travaillez ou qui vous a transmis cet appel, le cas échéant. Par exemple : Nigeria IGF.

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

## Done

done-title = Votre fichier de réponse est enregistré
done-file = Votre navigateur l’a enregistré sous le nom
done-next-title = La suite
done-next-body = Envoyez ce fichier par courriel au Secrétariat du FGI, ou à l’initiative nationale ou régionale du FGI qui vous a transmis cet appel. C’est un petit fichier texte : vous pouvez l’ouvrir pour voir exactement ce que vous envoyez.
done-kept = La réponse reste aussi sur cet appareil : vous pouvez la modifier et enregistrer un nouveau fichier à tout moment.
done-download-again = Télécharger de nouveau le fichier
done-home = Retour à la page d’accueil
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
error-too-long = Ce champ ne doit pas dépasser { $max } caractères
error-required = Ce champ est obligatoire

## Synthesis

synthesis-title = Synthèse des réponses
synthesis-intro = Chargez des fichiers de réponse et des lots pour lire ce que les répondants ont dit, question par question. Tout se passe dans ce navigateur : rien n’est envoyé nulle part.
synthesis-load-title = Charger des réponses
synthesis-load-hint = Choisissez des fichiers ou un dossier entier, ou déposez-les ici. Vous pouvez ajouter d’autres fichiers à tout moment ; chaque réponse n’est comptée qu’une fois.
synthesis-choose-files = Choisir des fichiers
synthesis-choose-folder = Choisir un dossier
synthesis-progress = Progression
synthesis-loading = Chargement des fichiers : { $done } sur { $total }…
synthesis-analysing = Analyse des réponses : étape { $done } sur { $total }…
synthesis-exporting = Préparation du téléchargement…
synthesis-ready = Synthèse prête : { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} (fichiers lus en { $reading } s, analysés en { $analysing } s)
synthesis-failed = L’analyse s’est arrêtée : { $reason }. Rechargez la page et ajoutez de nouveau les fichiers ; rien n’a quitté ce navigateur.
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
report-status-loaded = Chargé
report-status-duplicate = Doublon
report-status-rejected = Rejeté
report-status-partly = Partiellement chargé
report-bundle = Lot : { $count ->
    [one] { $count } réponse conservée
   *[other] { $count } réponses conservées
}
report-entry-rejected = Réponse { $entry } du lot : { $reason }
report-duplicate-kept-here = Figure aussi dans un autre fichier ; cette copie est la plus récente et elle est conservée ({ $id })
report-duplicate-kept = Doublon de { $id } ; la copie plus récente, dans { $file }, est conservée
filter-title = Filtrer
filter-hint = Cochez une ou plusieurs cases pour n’examiner que ces réponses. Tous les chiffres et résumés ci-dessous s’adaptent.
filter-group = Groupe de parties prenantes
filter-region = Région
filter-nri = NRI
filter-language = Langue du formulaire
filter-capacity = Qualité
filter-clear = Effacer tous les filtres
overview-title = Vue d’ensemble
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
duplicates-title = Réponses quasi identiques
duplicates-none = Aucune : chaque réponse est unique.
duplicates-size = { $count } réponses partagent ce texte
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
export-data-title = Données ouvertes
export-data-hint = Les réponses publiables, sans adresses électroniques ; les réponses anonymes, sans noms. Les formules de tableur contenues dans les réponses sont neutralisées.
export-bom = Ajouter une marque d’ordre des octets (BOM), pour Excel
export-csv = Télécharger le CSV
export-json = Télécharger le lot JSON

## Other pages

not-found-title = Page introuvable
not-found-body = Cette page n’existe pas, ou la réponse à laquelle elle appartient n’est plus sur cet appareil.
not-found-home = Aller à la page d’accueil
