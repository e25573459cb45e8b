"""The one stylesheet every book carries: plain, readable typography and nothing remote.

Sizes are relative (``em``/``%``) so that a reader's own font and size settings
win; colours keep at least 4.5:1 contrast on white.
"""

STYLESHEET = """\
body { margin: 0 4%; line-height: 1.5; orphans: 2; widows: 2; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 1em 0 0.4em; }
h2 { font-size: 1.2em; line-height: 1.3; margin: 1.4em 0 0.4em; }
h1, h2 { page-break-after: avoid; break-after: avoid; }
p { margin: 0 0 0.75em; }
header { margin-bottom: 1.5em; }
.meta, .byline, .source-facts, .source-hash { font-size: 0.9em; color: #555; margin-bottom: 0.3em; }
.publisher { font-variant: small-caps; }
.dateline { text-transform: uppercase; letter-spacing: 0.03em; }
.summary { font-style: italic; }
ul.summary { padding-left: 1.2em; }
blockquote { margin: 1em 0 1em 1em; padding-left: 1em; border-left: 0.2em solid #999; }
figure { margin: 1.2em 0; padding: 0.4em 0 0.4em 0.8em; border-left: 0.2em solid #ccc; }
figcaption { font-size: 0.9em; }
.figure-description { font-style: italic; }
.figure-label { font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; }
.credit { display: block; color: #555; font-size: 0.9em; }
footer { margin-top: 1.5em; font-size: 0.9em; color: #555; }
.tags-label { font-weight: bold; }
.titlepage { margin-top: 20%; text-align: center; }
.titlepage h1 { font-size: 2em; }
ol.toc { padding-left: 1.2em; }
.group { font-weight: bold; }
ol.sources { padding-left: 1.5em; }
ol.sources li { margin-bottom: 0.8em; }
.source-file { font-weight: bold; margin-bottom: 0; }
code { font-family: monospace; font-size: 0.85em; word-wrap: break-word; }
"""
