#!/usr/bin/env python3
"""Writes src/core/synthesis/data/wordclass-{en,fr,es,ru}.txt: the written forms that never
name a theme, read from Universal Dependencies treebanks (src/core/synthesis/data/README.md
names them, with their licences). Each file holds two sections, a blank line between: the
verbs' forms (conjugated or infinitive, never a participle or a gerund), lower-cased and
without accents (the synthesis compares them so, for answers typed without accents); then
the function words (adverbs, prepositions, conjunctions, pronouns, determiners, particles,
interjections), lower-cased with their accents, which tell "sur" from "sûr" (only the Russian
"ё" is written "е", as many write it); then a third, after another blank line: for French and
Spanish the present singulars no noun of the treebanks or the lexicon shares (PRESENT, below),
for English the forms used as verbs at least half as often as otherwise, and the base forms
of the treebanks' verbs that they never use otherwise.

    scripts/wordclass-from-ud.py MIRRORS OUT

MIRRORS holds the treebanks' git repositories, each at
MIRRORS/UniversalDependencies+UD_French-GSD/repo and so on (a bare snapshot or a clone of
https://github.com/UniversalDependencies/UD_French-GSD); every `.conllu` file present in their
newest commit is read (the lists in the repository were made from snapshots without the GSD
and EWT training files, which a clone holds: it gives longer lists). A form is kept when the treebanks tag it so SEEN times at least, and
RATIO times as often as anything else (a noun, an adjective, a participle...). For French,
Spanish and Russian, the forms of every verb the treebanks hold that a noun or an adjective
seldom has are added from the verb's infinitive by the regular endings (below), unless the
treebanks tag that form otherwise more often.
"""

import collections
import os
import re
import subprocess
import sys
import unicodedata

TREEBANKS = {
    "en": ["UD_English-EWT", "UD_English-PUD"],
    "fr": ["UD_French-GSD", "UD_French-PUD"],
    "es": ["UD_Spanish-GSD", "UD_Spanish-PUD"],
    "ru": ["UD_Russian-GSD", "UD_Russian-PUD"],
}

# The word classes that name nothing either: adverbs, prepositions, conjunctions, pronouns,
# determiners, particles, interjections ("hoy", "bien", "together", "via", "например"), and
# numerals ("two years", "deux sens", "diez cursos") but zero, which names in the field's
# terms ("zero day", "jour zéro", "día cero").
FUNCTION = {"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART", "INTJ", "NUM"}
ZERO = {"zero", "zéro", "cero", "ноль", "нуль", "нулевой", "нулевого", "нулевым"}

# A form is a verb when it is one this many times as often as anything else (English verbs
# are nouns more often: "support", "work", "share"; at twenty, "build" and "need" named), and
# seen as one this many times at least ("evidencia", "respaldo", "norm" are each tagged a verb
# once or twice, and are nouns). A Russian verb's forms are its own (a noun seldom ends as they
# do), and its small treebanks use many once: "идёт", "ведёт". A function word is seen twice at least (three times in English).
RATIO = {"en": 5, "fr": 4, "es": 4, "ru": 4}
SEEN = {"en": 3, "fr": 2, "es": 2, "ru": 1}

# Endings added to the stem of a regular verb, by the ending of its infinitive: the forms that
# nouns and adjectives seldom have. Not the present singular ("partage", "alerta": nouns too),
# nor the participles (adjectives), nor the first person singular ("apoyo", "intercambio").
REGULAR = {
    "fr": {
        "er": "er ons ez ent ait aient ions iez erai eras era erons erez eront erais erait erions "
        "eriez eraient erent".split(),
        "ir": "ir issons issez issent issait issaient issions issiez irai iras ira irons irez "
        "iront irais irait irions iriez iraient".split(),
    },
    "es": {
        "ar": "ar amos ais an aba abas abamos abais aban aron ara aras aremos areis aran aria "
        "arias ariamos ariais arian en emos ase asen".split(),
        "er": "er emos eis en ia ias iamos iais ian io ieron era eras eremos ereis eran eria "
        "erias eriamos eriais erian an amos".split(),
        "ir": "ir imos is en ia ias iamos iais ian io ieron ira iras iremos ireis iran iria "
        "irias iriamos iriais irian an amos".split(),
    },
}


# The present singular (and the Spanish subjunctive's singular, the same shapes) of a regular
# verb, by its infinitive's ending: "sensibilise", "fonctionne", "réagit"; "coordina",
# "envía", "comparte", "coordine". Nouns have these shapes too ("partage", "alerta", "informe",
# "ataque"), so a form is kept only if the treebanks never use it otherwise, nor the
# lexicon's words (`src/core/synthesis/lexicon.rs`: "copias" keeps "copia"), and the
# synthesis takes it for a noun after one article ("la copia"). French forms keep their
# accents, since without them "publie" is "publié".
PRESENT = {
    "fr": {"er": ["e"], "ir": ["it"]},
    "es": {"ar": ["a", "e"], "er": ["e", "a"], "ir": ["e", "a"]},
}

# Russian determiners that decline as adjectives ("любой" "любую", "каждый" "каждую"): the
# small treebanks hold few of their forms. By the lemma's ending: the stem's cut, then the
# endings (after "к", "г", "х", "ы" is written "и").
RUSSIAN_DETERMINER = ("ый", "ой", "ий")
ADJECTIVE_ENDINGS = "ая ое ые ого ой ому ую ым ом ых ыми".split()


def declined(lemma):
    """The forms of a Russian determiner that declines as an adjective (not "мой", "свой",
    whose stems are too short to tell)."""
    if len(lemma) < 5:
        return []
    stem = lemma[:-2]
    soft = stem[-1:] in ("к", "г", "х")
    out = [lemma]
    for e in ADJECTIVE_ENDINGS:
        if soft and e.startswith("ы"):
            e = "и" + e[1:]
        out.append(stem + e)
    return out


# French verbs in "-re" whose plural and imperfect take another stem, by the infinitive's
# ending: "craindre" "craignent", "construire" "construisent", "permettre" "permettent",
# "connaître" (without accents) "connaissent", "prendre" "prennent", "répondre" "répondent".
FRENCH_RE = [
    ("prendre", "prenn"),
    ("indre", "ign"),
    ("uire", "uis"),
    ("ttre", "tt"),
    ("aitre", "aiss"),
    ("dre", "d"),
]

# French "-ir" verbs of the third group, by the infinitive's ending: the present plural's stem,
# the stem of "nous", "vous" and the imperfect, and the present singular ("partir" "partent"
# "partons" "part"; "venir" "viennent" "venons" "vient"; "offrir" "offrent" "offre"), where
# the regular endings make "partissent". The singular is a present singular (PRESENT): "part"
# and "offre" are nouns too.
FRENCH_IR = [
    ("venir", "vienn", "ven", "vient"),
    ("tenir", "tienn", "ten", "tient"),
    ("frir", "fr", "fr", "fre"),
    ("vrir", "vr", "vr", "vre"),
    ("partir", "part", "part", "part"),
    ("sortir", "sort", "sort", "sort"),
    ("sentir", "sent", "sent", "sent"),
    ("mentir", "ment", "ment", "ment"),
    ("servir", "serv", "serv", "sert"),
    ("dormir", "dorm", "dorm", "dort"),
]

# Spanish verbs whose stressed vowel changes in the present ("soler" "suelen", "perder"
# "pierden", "pedir" "piden"): the plural's forms, which no noun has.
SPANISH_STRESSED = [("o", "ue"), ("e", "ie"), ("e", "i")]


# Russian verbs by the infinitive's ending: the stem's cut, then the present's (or perfective
# future's) third persons, first plural and second plural, and the past's stem ("собирать"
# "собирает", "собирают", "собирал"; "обсудить" "обсудит", "обсудил"; "координировать"
# "координирует"). A reflexive verb ("-ся") takes "-ся" or "-сь" after each.
RUSSIAN = [
    ("овать", "у", ("ет", "ют", "ем", "ете"), "ова"),
    ("евать", "ю", ("ет", "ют", "ем", "ете"), "ева"),
    ("ать", "а", ("ет", "ют", "ем", "ете"), "а"),
    ("ять", "я", ("ет", "ют", "ем", "ете"), "я"),
    ("ить", "", ("ит", "ят", "ат", "им", "ите"), "и"),
    ("еть", "е", ("ет", "ют", "ем", "ете"), "е"),
]


def spelled(stem, ending):
    """A Spanish "-ar" verb's stem before an ending that begins with "e", as it is written
    there: "aplicar" "apliquen", "llegar" "lleguen", "alcanzar" "alcancen"."""
    if not ending.startswith("e"):
        return stem
    if stem.endswith("c"):
        return stem[:-1] + "qu"
    if stem.endswith("g"):
        return stem + "u"
    if stem.endswith("z"):
        return stem[:-1] + "c"
    return stem


def made(lang, lemma):
    """The forms of the verb `lemma` (an infinitive) that nouns and adjectives seldom have."""
    out = []
    if lang == "ru":
        reflexive = lemma.endswith("ся")
        base = lemma[:-2] if reflexive else lemma
        for ending, stem, present, past in RUSSIAN:
            if base.endswith(ending) and len(base) > len(ending) + 1:
                root = base[: -len(ending)]
                forms = [root + stem + e for e in present]
                forms += [root + past + e for e in ("л", "ла", "ли", "ло")]
                out += [f + r for f in forms for r in (("ся", "сь") if reflexive else ("",))]
                break
    for ending, endings in REGULAR.get(lang, {}).items():
        if lemma.endswith(ending) and len(lemma) > len(ending) + 1:
            stem = lemma[: -len(ending)]
            out += [stem + e for e in endings]
            if lang == "es" and ending == "ar":
                out += [spelled(stem, e) + e for e in endings]
            if lang == "es":
                # The last vowel of the stem, changed: the present plural and its subjunctive.
                at = max(stem.rfind("e"), stem.rfind("o"))
                for old, new in SPANISH_STRESSED:
                    if at > 0 and stem[at] == old:
                        changed = stem[:at] + new + stem[at + 1 :]
                        out += [changed + e for e in ("an", "en")]
    if lang == "fr":
        for ending, plural, other, _ in FRENCH_IR:
            if lemma.endswith(ending):
                root = lemma[: -len(ending)]
                out.append(root + plural + "ent")
                out += [root + other + e for e in ("ons", "ez", "ait", "aient")]
                break
    if lang == "fr" and lemma.endswith("re") and len(lemma) > 4:
        out.append(lemma)
        for ending, stem in FRENCH_RE:
            if lemma.endswith(ending):
                base = lemma[: -len(ending)] + stem
                out += [base + e for e in ("ent", "ons", "ez", "ait", "aient")]
                break
    return out


# The accents folded, as `synthesis::wordclass::fold` folds them (Latin letters, and the
# Russian "ё" that many write "е"; "й" keeps its breve).
FOLD = str.maketrans("àáâäãçèéêëìíîïñòóôöõùúûüÿýё", "aaaaaceeeeiiiinooooouuuuyyе")

# Function words keep their accents ("sur" and "sûr" differ); only "ё" is written "е".
YO = str.maketrans("ё", "е")


def fold(word):
    """Lower case, without accents ("desconfía" is "desconfia")."""
    return unicodedata.normalize("NFC", word).lower().translate(FOLD)


def rows(mirrors, treebank):
    repo = os.path.join(mirrors, "UniversalDependencies+" + treebank, "repo")
    names = subprocess.run(
        ["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    for name in names:
        if not name.endswith(".conllu"):
            continue
        text = subprocess.run(
            ["git", "-C", repo, "show", "HEAD:" + name], capture_output=True, text=True
        )
        if text.returncode != 0:
            continue  # a file the mirror lists but does not hold
        for line in text.stdout.splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                yield cols


def lexicon_words(out):
    """The words of the lexicon's names and entries (`lexicon.rs`, beside OUT), folded."""
    with open(os.path.join(out, "..", "lexicon.rs"), encoding="utf-8") as f:
        text = f.read()
    return {fold(w) for literal in re.findall(r'"([^"]*)"', text) for w in re.findall(r"\w+", literal)}


def named(form, lexicon):
    """Whether the lexicon writes `form` (folded), or its plural: a word of the field."""
    plain = fold(form)
    return plain in lexicon or plain + "s" in lexicon or plain + "es" in lexicon


def main():
    mirrors, out = sys.argv[1], sys.argv[2]
    lexicon = lexicon_words(out)
    for lang, banks in TREEBANKS.items():
        # Per form: its uses as a verb, as a function word, and otherwise; verbs' forms without
        # accents, function words with them.
        verb, verb_other = collections.Counter(), collections.Counter()
        function, function_other = collections.Counter(), collections.Counter()
        lemmas, infinitives = set(), set()
        lemma_uses = collections.Counter()
        determiners, not_determiners = collections.Counter(), collections.Counter()
        # Per form as written (French) and without accents (Spanish): uses but as a finite
        # verb or an infinitive.
        written_other = collections.Counter()
        tokens = 0
        for bank in banks:
            for cols in rows(mirrors, bank):
                tokens += 1
                exact, lemma, upos, feats = cols[1].lower(), fold(cols[2]), cols[3], cols[5]
                exact = unicodedata.normalize("NFC", exact).translate(YO)
                form = fold(exact)
                if not form.isalpha():
                    continue
                # English auxiliaries are stop words already, and the treebank's "ai" (of
                # "ain't") is the field's "AI".
                auxiliary = ("AUX",) if lang != "en" else ()
                finite = upos in ("VERB", *auxiliary) and (
                    "VerbForm=Fin" in feats or "VerbForm=Inf" in feats
                )
                (verb if finite else verb_other)[form] += 1
                if not finite:
                    written_other[exact] += 1
                (function if upos in FUNCTION else function_other)[exact] += 1
                (determiners if upos == "DET" else not_determiners)[cols[2].lower()] += 1
                if upos == "VERB" and (lang in REGULAR or lang in ("ru", "en")):
                    lemmas.add(lemma)
                    lemma_uses[lemma] += 1
                    infinitives.add(unicodedata.normalize("NFC", cols[2]).lower())
        ratio, seen = RATIO[lang], SEEN[lang]

        def verbal(form, made=False):
            if made:
                return verb_other[form] * ratio <= verb[form]
            return verb[form] >= seen and verb_other[form] * ratio <= verb[form]

        verbs = {f for f in verb if verbal(f)}
        for lemma in lemmas:
            verbs.update(f for f in made(lang, lemma) if verbal(f, True))
        # A function word is told from a noun as easily in English as elsewhere.
        functions = {
            f
            for f in function
            if function[f] >= max(seen, 2) and function_other[f] * 4 <= function[f] and f not in ZERO
        }
        if lang == "ru":
            for lemma, n in determiners.items():
                if n >= 2 and not_determiners[lemma] * 4 <= n and lemma.endswith(RUSSIAN_DETERMINER):
                    functions.update(
                        f for f in declined(lemma) if function_other[f] <= function[f]
                    )
        present = set()
        for infinitive in infinitives if lang == "fr" else ():
            for ending, _, _, singular in FRENCH_IR:
                if infinitive.endswith(ending):
                    written = infinitive[: -len(ending)] + singular
                    if len(written) >= 4 and written_other[written] == 0 and not named(written, lexicon):
                        present.add(written)
                    break
        for infinitive in infinitives:
            for ending, endings in PRESENT.get(lang, {}).items():
                if infinitive.endswith(ending) and len(infinitive) > len(ending) + 1:
                    for e in endings:
                        stem = infinitive[: -len(ending)]
                        if lang == "es" and ending == "ar":
                            stem = spelled(stem, e)
                        written = stem + e
                        # Spanish forms are compared without accents ("envía", "envia").
                        key = written if lang == "fr" else fold(written)
                        other = written_other[written] + (lang != "fr") * verb_other[key]
                        if len(key) >= 4 and other == 0 and not named(key, lexicon):
                            present.add(key)
        # English verbs as often as half their other uses ("lead", "look", "start"), not their
        # past forms ("trusted", "connected" name as adjectives): a third list, verbs where
        # the question's answers use them so and never as a noun.
        if lang == "en":
            present = {
                f
                for f in verb
                if f not in verbs
                and verb[f] >= seen - 1
                and verb[f] * 2 >= verb_other[f]
                and not f.endswith("ed")
                and f not in ("got", "found", "left", "led", "met", "put", "read", "thought")
                and not named(f, lexicon)
            }
            # And the base form of every verb the treebanks hold, if they never use it
            # otherwise ("weaken", "teach"): their lemmas are read from every form ("weakened",
            # "teaching"), so a verb seldom written bare is one all the same. Seen as a verb
            # SEEN times at least: a lemma seen once may be a typo ("belive") or a noun the
            # treebanks used as a verb once ("sabotage", "bypass", "relay").
            present |= {
                lemma
                for lemma in lemmas
                if lemma.isalpha()
                and len(lemma) >= 4
                and lemma_uses[lemma] >= seen
                and verb_other[lemma] == 0
                and lemma not in functions
                and not named(lemma, lexicon)
            }
        present -= verbs
        path = os.path.join(out, f"wordclass-{lang}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(verbs)) + "\n\n" + "\n".join(sorted(functions)) + "\n")
            if present:
                f.write("\n" + "\n".join(sorted(present)) + "\n")
        print(
            f"{lang}: {tokens} tokens, {len(lemmas)} verbs, {len(verbs)} verb forms, "
            f"{len(functions)} function words, {len(present)} present singulars -> {path}"
        )


if __name__ == "__main__":
    main()
