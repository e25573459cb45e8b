"""Synthetic news pages for the HTML reader's tests (invented text, no real site)."""

PARAGRAPHS = [
    "MARLOW VALE, Ore. — The district council voted on Thursday evening to build the new swimming pool on the "
    "common, ending a debate that had split the town for more than two years.",
    "Councillors approved the plan by seven votes to two after a long meeting in the town hall, where residents "
    "queued at the door to speak for and against the project.",
    "The pool will cost the town about four million dollars, most of it from a state grant, and should open in "
    "the summer of next year if the builders keep to their timetable.",
    "Opponents said the money would be better spent on the roads, and promised to keep asking questions about "
    "the running costs once the pool is open to the public.",
]

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Council votes to build the pool | Valley Courier</title>
<meta property="og:title" content="Council votes to build the pool">
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Dana Whitfield">
<meta property="article:published_time" content="2025-03-06T18:45:00-08:00">
<meta name="description" content="The plan passed seven votes to two after a long meeting.">
<meta name="keywords" content="Local government, Marlow Vale">
</head>
<body>
<header class="site-header"><a href="/">Valley Courier</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main>
<article>
<h1>Council votes to build the pool</h1>
<p class="byline">By <span class="author">Dana Whitfield</span>, <time datetime="2025-03-06">March 6, 2025</time></p>
<figure class="lead"><img src="pool.jpg" alt="An empty field on the common">
<figcaption>The common, where the pool will be built. <span class="credit">Photo: Sam Reed</span></figcaption>
</figure>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<h2>What happens next</h2>
<p>{PARAGRAPHS[2]}</p>
<ul><li>Building starts in the autumn</li><li>The pool opens next summer</li></ul>
<p>{PARAGRAPHS[3]}</p>
</article>
<aside class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/a">Town hall roof to be repaired next spring after storm</a></li>
<li><a href="/b">Library opening hours extended for the summer holidays</a></li></ul></aside>
<div class="share-tools"><button>Share on Facebook</button><button>Share on X</button></div>
<section id="comments"><h3>3 comments</h3><p>First! Great news for the kids of this town.</p></section>
</main>
<footer class="site-footer"><p>Copyright 2025 Valley Courier. All rights reserved.</p></footer>
<script>var tracking = "do not read me";</script>
</body>
</html>
"""
