"""A writer plugin for newsconv that knows only the document model: one line per article, its word count."""

from convert.model import block_texts
from convert.writers import Writer


def write(document):
    lines = []
    for article in document["articles"]:
        words = sum(len(text.split()) for block in article["blocks"] for text in block_texts(block))
        lines.append(f"{article['headline'] or '(no headline)'}\t{words}\n")
    return "".join(lines).encode("utf-8")


WRITER = Writer(name="wordcount", extension=".words.tsv", description="word count per article (test plugin)",
                write=write)
