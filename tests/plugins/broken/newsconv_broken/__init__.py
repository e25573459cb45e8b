"""Plugins built wrongly, as a newcomer might: newsconv must name each and go on with the others."""

from convert.readers import Reader
from convert.writers import Writer

NO_EXTENSION = Writer(name="noext", extension=None, description="a writer without an extension",
                      write=lambda document: b"")
NO_WRITE = Writer(name="nowrite", extension=".nw", description="a writer whose write is None", write=None)
BAD_SNIFF = Reader(name="badsniff", description="a reader whose sniff is not a function",
                   read=lambda data, name=None: {}, sniff="yes")
