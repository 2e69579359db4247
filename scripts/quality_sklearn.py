"""The scikit-learn baseline of scripts/quality.sh: on the corpora the quality test wrote
(question, language, planted theme, answer), per question, TF-IDF + k-means told the right
number of themes, scored by the adjusted Rand index against the planted themes:
  - within languages: one k-means per language (word 1-2-grams; characters 1-2 for Chinese),
    k = the themes planted in that language, weighted by the language's answers;
  - across languages: one k-means over every answer (character 2-4-grams within words, which
    share acronyms and names across languages), k = the themes planted in the question.
Prints one line per question and the mean, like the Rust test beside it."""
import sys
from collections import defaultdict

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score


def kmeans_ari(texts, truth, vectorizer):
    k = len(set(truth))
    if k < 2 or len(texts) <= k:
        return 1.0
    vectors = vectorizer.fit_transform(texts)
    labels = KMeans(n_clusters=k, n_init=5, random_state=0).fit_predict(vectors)
    return adjusted_rand_score(truth, labels)


def words(language):
    if language == "zh":
        return TfidfVectorizer(analyzer="char", ngram_range=(1, 2), min_df=2)
    return TfidfVectorizer(ngram_range=(1, 2), min_df=2)


means = defaultdict(list)
for path in sys.argv[1:]:
    own = defaultdict(list)
    rows = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            question, language, theme, text = line.rstrip("\n").split("\t", 3)
            rows[question].append((language, int(theme), text))
    print(f"{path}: question, ARI across languages, ARI within languages")
    for question, answers in sorted(rows.items()):
        across = kmeans_ari(
            [a[2] for a in answers],
            [a[1] for a in answers],
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2),
        )
        by_language = defaultdict(list)
        for a in answers:
            by_language[a[0]].append(a)
        within = sum(
            kmeans_ari([a[2] for a in group], [a[1] for a in group], words(language)) * len(group)
            for language, group in by_language.items()
        ) / len(answers)
        for m in (means, own):
            m["across"].append(across)
            m["within"].append(within)
        print(f"  {question}  {across:.2f}  {within:.2f}")
    n = len(own["across"])
    print(f"  mean over its {n} questions: ARI across languages {sum(own['across']) / n:.3f}, within languages {sum(own['within']) / n:.3f}")
n = len(means["across"])
print(f"scikit-learn, mean over {n} questions: ARI across languages {sum(means['across']) / n:.3f}, within languages {sum(means['within']) / n:.3f}")
