"""A writer plugin for newsconv that knows only the document model: one line per article, its length."""

from convert.model import block_texts
from convert.options import Option
from convert.writers import Writer


def write(document, count="words"):
    lines = []
    for article in document["articles"]:
        texts = [text for block in article["blocks"] for text in block_texts(block)]
        size = sum(len(text.split()) for text in texts) if count == "words" else sum(map(len, texts))
        lines.append(f"{article['headline'] or '(no headline)'}\t{size}\n")
    return "".join(lines).encode("utf-8")


WRITER = Writer(name="wordcount", extension=".words.tsv", description="word count per article (test plugin)",
                write=write, options=(Option("count", "what to count", choices=("words", "characters"),
                                             default="words"),))
