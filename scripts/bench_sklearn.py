"""The scikit-learn side of scripts/bench.sh: per question, TF-IDF over one- and two-word
terms and k-means with four clusters, on the answers the Rust benchmark generated. Prints the
time and peak memory. (It does less than bpf-survey: no stemming, language detection, key
terms, choice of k, quotes, summaries or duplicate detection.)"""
import resource
import sys
import time
from collections import defaultdict

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

path, n = sys.argv[1], sys.argv[2]
start = time.perf_counter()
by_question = defaultdict(list)
with open(path, encoding="utf-8") as f:
    for line in f:
        question, text = line.rstrip("\n").split("\t", 1)
        by_question[question].append(text)
loaded = time.perf_counter()
for question, texts in sorted(by_question.items()):
    vectors = TfidfVectorizer(ngram_range=(1, 2), min_df=2).fit_transform(texts)
    KMeans(n_clusters=4, n_init=3, random_state=0).fit(vectors)
total = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"sklearn {int(n):>7} responses: load {loaded - start:7.3f} s, tf-idf + k-means {total - (loaded - start):7.3f} s, total {total:7.3f} s, peak memory {peak} MB")
