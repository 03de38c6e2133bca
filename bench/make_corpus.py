#!/usr/bin/env python3
"""Builds the throughput benchmark corpus: clean news articles with scraped-style boilerplate.

Usage: make_corpus.py SHARED_DATA OUT_DIR [MEGABYTES]

Articles come from ../shared/data/clean-news (BBC, English; Meduza, Russian). Each output file is
one article with boilerplate lines inserted at the top, between paragraphs and at the end, drawn
from the pools below (written for this benchmark). The pools are also written to OUT_DIR/../phrases.txt
so that `grep -v -F -f phrases.txt` can run over the same tree as a reference. Deterministic
(fixed seed), so every run measures the same bytes.
"""
import os
import random
import sys

TOP = [
    "Skip to content", "Menu", "Home > News > World", "News | Sport | Business | Culture | Opinion",
    "Sign in", "Search", "Главная / Новости / Политика", "Перейти к содержанию",
]
MIDDLE = [
    "Advertisement", "Read more: Markets slide as oil prices climb", "Related: Inside the budget talks",
    "Share this article", "Facebook Twitter WhatsApp Email", "Photo: Staff photographer / Reuters",
    "Story continues below advertisement", "Читайте также: Что изменится с первого числа", "Реклама",
    "Sign up for our morning newsletter", "1.2K shares",
]
BOTTOM = [
    "© 2024 Example Media Group. All rights reserved.", "Reporting by Staff; Editing by Desk",
    "We use cookies to improve your experience on our site.", "Accept all cookies",
    "Comments (12)", "Log in to comment", "Subscribe to continue reading",
    "Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. Every contribution helps independent journalism.",
    "Remind me later.", "Все права защищены",
]
APPEAL = [
    "A Message from The Example Times:",
    "Dear readers,",
    "Independent journalism is under pressure, and we rely on readers like you to keep our newsroom going.",
    "Your support, no matter how small, makes a world of difference. Please support us monthly from just $2.",
    "Remind me later.",
]


def articles(shared):
    out = []
    bbc = os.path.join(shared, "clean-news", "bbc-fulltext", "bbc")
    for root, _, files in os.walk(bbc):
        for f in sorted(files):
            if f.endswith(".txt"):
                raw = open(os.path.join(root, f), "rb").read()
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("latin-1")
                out.append([l for l in text.splitlines() if l.strip()])
    med = os.path.join(shared, "clean-news", "meduza-golunov-ru", "corpus")
    if os.path.isdir(med):
        for f in sorted(os.listdir(med)):
            text = open(os.path.join(med, f), encoding="utf-8").read()
            # one long line each: split into paragraphs of about five sentences
            sents = text.replace(". ", ".\n").splitlines()
            out.append([" ".join(sents[i:i + 5]) for i in range(0, len(sents), 5)])
    return out


def main():
    shared, outdir = sys.argv[1], sys.argv[2]
    target = int(sys.argv[3] if len(sys.argv) > 3 else 200) * 1024 * 1024
    rnd = random.Random(42)
    arts = articles(shared)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(os.path.dirname(os.path.abspath(outdir)), "phrases.txt"), "w", encoding="utf-8") as p:  # beside OUT_DIR
        for line in TOP + MIDDLE + BOTTOM + APPEAL:
            p.write(line + "\n")
    size = 0
    n = 0
    while size < target:
        art = arts[n % len(arts)]
        lines = list(TOP[rnd.randrange(0, 4) * 2: rnd.randrange(0, 4) * 2 + 2])
        for i, para in enumerate(art):
            lines.append(para)
            if i and rnd.random() < 0.15:
                lines.append(rnd.choice(MIDDLE))
        if rnd.random() < 0.5:
            lines.extend(APPEAL)
        lines.extend(rnd.sample(BOTTOM, 2))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        d = os.path.join(outdir, "site-%02d" % (n % 20), "%03d" % (n // 20 % 1000))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "%07d.txt" % n), "wb") as f:
            f.write(data)
        size += len(data)
        n += 1
    print("wrote %d files, %.1f MB, to %s" % (n, size / 1048576, outdir))


if __name__ == "__main__":
    main()
