"""CSS selectors, class names and localized UI strings of the HTML formats, as data.

Sources: wpDiscuz 7.x markup (VARIANTS.md 13.1), WordPress ``wp_list_comments`` and the
Kubrick/archived themes (13.2, 4.4), WordPress.com/Jetpack likes, schema.org JSON-LD. The code in
the format modules only applies these tables.
"""

from __future__ import annotations

import re

# --- wpDiscuz -------------------------------------------------------------------------------
# Each selector names the 7.x class ("wpd-") and the 5.x/6.x one ("wc-"), which wpDiscuz used
# until 2020 and archived pages keep: the same structure under other names.
WPD_COMMENT = "div.wpd-comment, div.wc-comment"
WPD_ID = re.compile(r"^w(?:pd|c)-comm-(?P<id>\d+)_(?P<parent>\d+)$")
WPD_AUTHOR = ".wpd-comment-author, .wc-comment-author"
WPD_AVATAR_ALT = ".wpd-avatar img[alt], .wc-comment-left img[alt]"
WPD_DATE = ".wpd-comment-date, .wc-comment-date"
WPD_TEXT = ".wpd-comment-text, .wc-comment-text"
# The box of a comment's own fields inside its wrapper (its replies follow it).
WPD_OWN_BOX = ("wpd-comment-wrap", "wc-comment-right")
WPD_REPLY_TO = ".wpd-reply-to"
# The label before the parent's name in .wpd-reply-to, in the languages wpDiscuz ships.
WPD_REPLY_PREFIX = re.compile(
    r"^(?:Reply to|Antwort auf|Répondre à|Responder a|Rispondi a|Antwoord op|Ответ на|"
    r"Odpowiedz|Responder para|回复|返信先)\s*", re.I)
WPD_VOTE_NET = ".wpd-vote-result, .wc-vote-result"  # title (7.x) or text = net total
WPD_VOTE_LIKE = ".wpd-vote-result-like"  # sites with separate like/dislike counters
WPD_VOTE_DISLIKE = ".wpd-vote-result-dislike"
WPD_NICENAME = ".wpd-user-nicename"
WPD_THREAD_INFO = ".wpd-thread-info[data-comments-count]"
WPD_COUNT = ".wpdtc, .wc_header_text_count, .wpd-cc-value"  # the count header's number (7.x, 5.x, 5.x bubble)
WPD_RATING = "#wpd-post-rating"
WPD_RATING_VALUE = ".wpdrv"
WPD_RATING_COUNT = ".wpdrc"
WPD_PAGINATION = ".wpdiscuz-comment-pagination"
WPD_LOAD_MORE = (".wpd-load-more-submit, .wpd-load-comments, .wpd-load-more-submit-wrap, "
                 ".wc-load-more-submit, .wc-load-more-submit-wrap")
WPD_SECTION = ("#wpdcom, #wpcomm, #comments, .wpdiscuz_top_clearing, #wpd-threads, "
               ".wpd-thread-wrapper, .wc-thread-wrapper")
# What wpDiscuz prints inside a comment's text box that is not the comment: tooltips, labels,
# and the quoted passage of an inline-feedback comment with its "Read more".
WPD_CHROME_IN_TEXT = (".wpd-comment-label, .wpd-comment-footer, .wpd-toggle, .wpd-wpanel, "
                      ".wpd-inline-feedback-wrapper, "
                      "[id^=wpdiscuz-readmore-]")  # "… Read more »": the rest is not on the page
WPD_READ_MORE = "[id^=wpdiscuz-readmore-]"

# --- WordPress's own comment list -------------------------------------------------------------
# ol.pinglist: TieLabs (Sahifa) lists its pings there, items without id or depth class.
WP_LISTS = ("ol.commentlist, ol.comment-list, ul.commentlist, ul.comment-list, ol#commentlist, #commentlist, "
            "ol.pinglist, "
            "ul#dsq-comments")  # the Disqus plugin's server-side copy of the list (see WP_DISQUS_LIST)
# Items are <li> with one of these class tokens; the token names the kind. A ping's item may
# carry "comment" too (tagDiv's Newspaper writes class="comment pingback"), so it is looked
# for last.
WP_KINDS = ("pingback", "trackback", "comment")
# Items are <li> (the default list style) or, with wp_list_comments(style="div") as in Twenty
# Twenty, any element: comment_class() writes the kind and a depth-N class on every item.
WP_ITEM = ("li.comment, li.pingback, li.trackback, .comment[class*=depth-], "
           ".pingback[class*=depth-], .trackback[class*=depth-], "
           # Templates from before WordPress 2.7 (the classic and Kubrick themes and their
           # copies) print no kind class: "<li id="comment-N">" or "<li class="alt" id=…>".
           "#commentlist > li[id^=comment-], .commentlist > li[id^=comment-], "
           # Kubrick's copies that drop the list's class too ("<div id="comments"> … <ol>")
           "#comments ol > li[id^=comment-], #comments ul > li[id^=comment-]")
# Lists a theme keeps for pings: an item in one without a kind class is a ping.
_PING_LIST_NAMES = (".pinglist", "#pings", "#pingbacks", "#trackbacks", ".pingbacklist", ".trackbacklist",
                    ".pingback-list", ".trackback-list")
WP_PING_LISTS = ", ".join(_PING_LIST_NAMES)
# Themes that list the pings apart with a callback of their own print no kind class either
# (Elegant Themes: "div#trackbacks > ol.pinglist > li#comment-N"): WP_ITEM with these, on a
# page that has such a list (lexbor tests every alternative on every node, so not on others).
WP_ITEM_WITH_PINGS = WP_ITEM + ", " + ", ".join(
    f"{ping} > li[id^=comment-], {ping} ol > li[id^=comment-], {ping} ul > li[id^=comment-]"
    for ping in _PING_LIST_NAMES)
# Items of a theme whose callback writes neither a list class nor comment_class()'s depth-N
# (ThemeGoods' Photome: "<div class="comment" id="comment-N">"): read only when WP_ITEM finds
# nothing.
WP_ID_ITEM = ".comment[id^=comment-], .pingback[id^=comment-], .trackback[id^=comment-], " \
             "ol > li[id^=comment-], ul > li[id^=comment-]"  # an old theme's own list ("ul#cml")
WP_ITEM_OR_ID = f"{WP_ITEM}, {WP_ID_ITEM}"
# comment-item-N: Neve puts the id only on the article inside its li. dsq-comment-N: the
# Disqus plugin's server-side copy of the thread (its WordPress comment ids).
WP_ID = re.compile(r"^(?:li-comment|comment|div-comment|comment-item|dsq-comment)-(?P<id>\d+)$")
WP_ID_HOLDERS = "[id^=comment-], [id^=div-comment-], [id^=li-comment-], [id^=dsq-comment-]"
# The Disqus plugin for WordPress writes the thread it syncs into the page for readers and
# crawlers without JavaScript: WordPress's list markup inside #dsq-comments.
WP_DISQUS_LIST = "#dsq-comments"
# Where themes put the commenter's name, best first; core themes use .fn.
WP_AUTHOR_FN = ".comment-author .fn, .fn"
WP_AUTHOR_THEMES = (".comment-author-name, .comment__author-name, .comment-author-link, "
                    ".author-name, .comment-author .author, .comment-author strong, "
                    ".comment-author b, .comment-author cite, span.author, .comment_author, "
                    ".w-comments-item-author, .commenter, .comment-name, "
                    ".wp-block-comment-author-name, "  # block themes (Twenty Twenty-Two on)
                    ".comment-author .comment-link, "  # OceanWP
                    "footer > cite, "  # tagDiv (Newspaper, Newsmag): a bare <cite> in the footer
                    ".comment_author_name, "  # Enfold
                    ".comment-head .name, "  # WooThemes (Canvas …): span.name, span.date, span.perma
                    "a.url, "  # core's comment author link (get_comment_author_link) in a theme's own box
                    ".ct-comment-author, "  # Blocksy: h4.ct-comment-author > cite
                    ".comment-header h4, "  # Anders Norén's themes (Hemingway, Rowling): a bare <h4>
                    ".dsq-comment-header cite, "  # the Disqus plugin's copy of the thread
                    "li > cite, "  # Kubrick before WordPress 2.7: "<cite>NAME</cite> Says:" in the item
                    ".commentauthor")  # themes of the same years' own loops (Ocadia): "NAME said,"
# The core reply link names the commenter in its label ("Reply to NAME"); themes that print
# the name in their own markup still call comment_reply_link(), so this is the fallback.
WP_REPLY_LABEL = re.compile(
    r"^(?:Reply to|Antworte auf|Antworten auf|Antwort auf|Répondre à|Responder a|Rispondi a|"
    r"Reageer op|Odpowiedz użytkownikowi|Odpowiedz|Комментарий к записи|Ответить|Responder para|回复给|回覆給)\s+(?P<name>.+)$",
    re.I)
WP_SAYS = ".says"
WP_META = (".comment-metadata, .comment-meta, .commentmetadata, .comment_meta, .comment-date, .comment-time, "
           ".comment_date, "  # Divi
           ".commentmeta, "  # pre-2.7 themes' own loops (Ocadia): "DATE at <a>TIME</a>"
           ".media-heading small")  # the last: Bootstrap "media object" comments (Hestia)
# A header that prints the name and then the date as one line ("NAME <small>· DATE</small>"):
# the name is what comes before the date.
WP_NAME_DATE_HEADER = ".media-heading"
# Soledad writes the datetime attribute on a span.date (spans have none in HTML, so only a theme
# that means it puts one there); microformats' abbr carries it in its title (Arras).
WP_TIME = "time[datetime], span[datetime], abbr[class*=date][title], abbr.published[title]"
# When an item has text boxes inside one another (Soledad: .comment-text holds the name, the date
# and .comment-content), the innermost is its text.
WP_TEXT = (".comment-content, .comment-text, .comment-body-text, .comment_text, .comment-entry, "
           ".ast-comment-content, .wp-block-comment-content, "  # Astra, block themes
           ".nv-comment-content, .ct-comment-content, "  # Neve, Blocksy
           ".dsq-comment-message")  # the Disqus plugin's copy of the thread
# What themes print inside the text box that is no text: reply and edit links (Divi, Astra),
# the author and date line (themes whose .comment-content holds .comment-meta and .comment-text),
# Jetpack's comment likes (appended to the comment's text with a "Loading..." placeholder), the
# commenter's name (TieLabs' Sahifa prints cite.fn inside .comment-content).
WP_NOT_IN_TEXT = (".comment-reply-link, .comment-edit-link, .reply-container, "
                  ".ast-comment-edit-reply-wrap, .comment-meta, .comment-metadata, "
                  ".commentmetadata, .commentmeta, .commentauthor, .comment-author, .jetpack-comment-likes-widget-wrapper, "
                  ".comment-likes, .fn, .cld-like-dislike-wrap, .comment-number")
# Parts of an item that are never its text (".comment-number": the running number themes
# print in each item, Pixelgrade's among them).
# WordPress widgets (the widget API's wrapper class) in a sidebar or footer: a "Recent Comments"
# widget can print other posts' comments in core's markup. (Not every ".widget": page builders
# print the post's own list in one, in the content; not ".sidebar" alone: themes name layout
# columns so.)
WIDGETS = ("aside.widget, .widget-area .widget, #sidebar .widget, #secondary .widget, "
           "[role=complementary] .widget, footer .widget")
WP_NOT_TEXT = (".comment-author, .comment-meta, .comment-metadata, .commentmetadata, .commentmeta, .commentauthor, .reply, "
               ".comment-reply-link, .comment-awaiting-moderation, .comment-likes, "
               "[id^=comment-like-], .says, .comment-edit-link, .comment-avatar, cite, .children, "
               ".media-heading, .cld-like-dislike-wrap, .comment-number, "
               # an item's own HTML5 header and footer: its name, date and reply link (a
               # commenter cannot write these elements: core's kses drops them)
               "header, footer")
WP_REPLY_LINK = "a.comment-reply-link"
WP_DATE_HOLDERS = "[class*=date], [class*=time]"
WP_PERMALINK = "a[href*='#comment-']"
# Words around a printed comment date that are not part of it (HTML themes only; the shared
# date tables in newscomments.dates stay free of them).
DATE_NOISE = re.compile(
    r"(?:\s[-|]\s*)?\b(?:Antworten|Reply|Responder|Répondre|Ответить|Rispondi)\b.*$|\bUhr\b|//|^\s*(?:on|am|le|el|no)\s+|"
    r"\ba partir d[oa]\b",  # Divi's pt "no DATE a partir do TIME" ("on DATE at TIME")
    re.I)
WP_LIKES = "[id^=comment-like-count-]"
# The Comments Like Dislike plugin: like and dislike counts in boxes of their own.
WP_VOTES = ".cld-like-dislike-wrap"
WP_VOTE_UP, WP_VOTE_DOWN = ".cld-like-count-wrap", ".cld-dislike-count-wrap"
WP_LIKE_COUNT = "[data-like-count]"
WP_COUNT_TITLE = ("#comments h2, #comments h3, .comments-title, h2#comments, h3#comments, #comments-title, "
                  ".comments > h4, "  # K2: "<h4><span id=comments>6</span> Responses to …</h4>"
                  ".comment-title, h1#comments, h4#comments, #comment-wrap h1, #comment-wrap h2, "
                  ".wp-block-comments-title, .td-comments-title, "  # tagDiv
                  ".side-container-comment-inner, "  # Enfold ("3 replies")
                  ".post-box-title, "  # Soledad ("3 Comments" in h4.post-box-title)
                  ".discussion-meta-info, "  # Twenty Nineteen ("3 Comments" below "Join the Conversation")
                  ".w-comments-title, "  # Impreza ("4 Comments. Leave new" in h4.w-comments-title)
                  "div.comments > h2, div.comments > h3")  # older themes: div.comments, no id
# "says:" in the languages WordPress ships (only ever a label between name and date).
SAYS = frozenset(s.casefold() for s in [
    "says:", "says", "said:", "sagt:", "sagt", "schreibt:", "meint:", "dit :", "dit:", "dice:",
    "dice", "disse:", "diz:", "scrive:", "dice::", "zegt:", "pisze:", "говорит:", "написал:",
    "说道：", "说道:", "より:", "dedi ki:", ":",
    "said,", "says,"])  # older themes (Ocadia: "<p class=commentauthor>NAME said,</p>")
# Kubrick / archived static lists: "Comment by NAME — DATE @ TIME" inside <cite>.
KUBRICK_CITE = re.compile(
    r"^(?P<kind>Comment|Pingback|Trackback|Kommentar|Commentaire|Comentario)\s+(?:by|von|par|de|por)\s+"
    r"(?P<name>.+)\s+[\u2014\u2013]\s+(?P<date>.+)$", re.S | re.I)
# Kubrick's translations print the name alone in the cite and the date after it ("<cite>Pingback
# von NAME</cite> | <small>DATE</small>").
KUBRICK_CITE_NAME = re.compile(
    r"^(?P<kind>Comment|Pingback|Trackback|Kommentar|Commentaire|Comentario)\s+(?:by|von|par|de|por)\s+"
    r"(?P<name>.+)(?P<date>)$", re.S | re.I)
KUBRICK_KINDS = {"pingback": "pingback", "trackback": "trackback"}
# "Liked by 3 people" / "Like" (WordPress.com likes), also German and French.
LIKED_BY = re.compile(r"(?:Liked by|Gefällt|Aimé par)\D*(?P<n>\d[\d.,]*)", re.I)
# A pingback's text, when the page prints it as "Pingback: TITLE" (ja core: "ピンバック: TITLE",
# the labels the text formats know too).
PINGBACK_PREFIX = re.compile(r"^(?P<kind>Pingback|Trackback|ピンバック|トラックバック)\s*[:：]\s*", re.I)

# --- truncation and counts --------------------------------------------------------------------
COUNT_IN_TEXT = re.compile(r"(\d[\d.,\u00a0 ]*)")
# Links to older/newer comment pages of paged WordPress comments.
WP_COMMENT_PAGING = (".comment-navigation, .comments-pagination, .navigation.comment-navigation, "
                     "#comment-nav-above, #comment-nav-below, .comment-nav, .wp-pagenavi-comments, "
                     ".comment_page_nav_links, "  # Enfold
                     ".nv-comment-navigation")  # Neve

# --- other comment systems (recognised, not parsed) -----------------------------------------
# (system name, byte patterns that show it); checked in this order.
OTHER_SYSTEMS = (
    ("disqus", (b"disqus_thread", b".disqus.com/embed.js", b"disqus.com/by/")),
    ("blogger", (b"blogger.com/comment", b"comment-thread", b"blogger-comments", b"class=\"comments\" id=\"comments\"")),
    ("facebook", (b"fb-comments",)),
    ("commento", (b"commento",)),
    ("hyvor", (b"hyvor-talk",)),
    ("isso", (b"isso-thread",)),
    ("remark42", (b"remark42",)),
    ("giscus", (b"giscus",)),
    ("utterances", (b"utteranc.es",)),
    ("coral", (b"coral-talk", b"coral_thread", b"coral_talk_stream", b"coraltalk")),
    ("epoch", (b"epoch-comment-body", b"epoch-container")),  # the Epoch comments plugin
    # SPIP forum markup without the forumN anchors spip_html reads
    ("spip", (b"forum-fil", b"forum-texte")),
    ("contao", (b"ce_comments", b"comment_default")),  # Contao's comments element
    ("pixnet", (b"pixfs.net/comment", b"user-post-text")),  # PIXNET blogs' own comment box
    # Movable Type's templates (2001-): its generator meta names it, else its comment and
    # trackback scripts, its commenter cookie's script, the default templates' byline class
    ("movabletype", (b"movabletype.org", b'content="Movable Type', b"mt-comments.cgi", b"mt-tb.cgi",
                     b"mtcmtauth", b'class="comments-post"')),
    # News sites' JavaScript comment services: an empty container in the saved page
    ("livefyre", (b"livefyre",)),
    ("openweb", (b"spot.im/", b"data-spotim-module", b"launcher.spot.im")),
    ("viafoura", (b"viafoura",)),
)

# --- article metadata -----------------------------------------------------------------------
ARTICLE_TYPES = frozenset([
    "Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle",
    "OpinionNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
    "TechArticle", "ScholarlyArticle", "LiveBlogPosting", "SocialMediaPosting", "SatiricalArticle",
    "AdvertiserContentArticle", "MedicalScholarlyArticle", "Posting"])
# schema.org items whose microdata (author, datePublished) describe something on the page other
# than its article.
FOREIGN_ITEMS = frozenset([
    "Comment", "UserComments", "CorrectionComment", "Review", "CriticReview", "EmployerReview",
    "UserReview", "Product", "Offer", "AggregateOffer", "Question", "Answer"])
META_TITLE = ("og:title", "twitter:title", "dc.title", "citation_title")
META_PUBLISHED = ("article:published_time", "og:article:published_time", "datepublished",
                  "dc.date", "dc.date.issued", "date", "pubdate", "publish-date",
                  "citation_publication_date", "sailthru.date", "parsely-pub-date")
META_AUTHOR = ("author", "article:author", "dc.creator", "citation_author", "sailthru.author",
               "parsely-author", "twitter:creator")
META_SITE = ("og:site_name", "application-name")
PUBLISHED_ELEMENTS = ("article time.entry-date[datetime], time.published[datetime], "
                      ".entry-date[datetime], .post-date time[datetime], "
                      "[itemprop=datePublished][datetime], [itemprop=datePublished][content], "
                      ".entry-meta time[datetime], header time[datetime], "
                      # hAtom's published date in a title (Blogger, older themes)
                      "abbr.published[title], [itemprop=datePublished][title], "
                      # Drupal 7's RDFa date of the node (comments carry one too: they are skipped)
                      "[property~='dc:date'][content], [property~='schema:dateCreated'][content]")
# Where themes print the post's date as text only (no datetime attribute anywhere), best first:
# the post header's meta line, Blogger's date header, the date's own element. Read only when
# the page has no machine-readable date, and never inside a comment.
PUBLISHED_TEXT = (".entry-header .entry-meta", ".post-header .post-meta", ".entry-meta", ".post-meta",
                  ".postmeta", ".post-info", ".date-header", ".post-date", ".entry-date", ".posted-on",
                  ".post-timestamp",  # Blogger templates without a date header
                  ".blog-post-meta",  # Bootstrap's blog example
                  ".post > small",  # Kubrick (WordPress's old default) and its copies: date under the h2
                  # Kubrick's single post: "This entry was posted on DATE at TIME and is filed under"
                  ".postmetadata",
                  # WordPress's Classic theme (the default before Kubrick): the day's date as an
                  # h2 right before the post, whose title is h3.storytitle
                  "h2:has(+ div > .storytitle)",
                  ".post-footer",  # "This entry was posted on DATE by NAME" (Atahualpa, older themes)
                  ".hentry p.date",  # Liquorice and other hAtom themes: "<p class=date><small>DATE by NAME"
                  # last: Drupal's node line ("Submitted by NAME on DATE", Garland's "DATE — NAME"),
                  # a byline block with the date. (Not Movable Type's ".posted": its comments'
                  # footers have that class too, outside any element named for a comment.)
                  ".submitted", ".byline")
# tried outside asides only (Kubrick's .postmetadata is also its sidebar's "Latest" posts')
PUBLISHED_TEXT_LOOSE = frozenset([".submitted", ".byline", ".postmetadata"])
# Labels for screen readers only, hidden on screen: never part of a name.
SCREEN_READER_TEXT = (".screen-reader-text, .sr-only, .visually-hidden, .screen-reader, .element-invisible, "
                      ".assistive-text")  # Twenty Eleven and Twenty Twelve's name
BYLINE_ELEMENTS = (".entry-meta .author .fn, .entry-meta .author a, .byline .author, "
                   ".byline a[rel=author], a[rel=author], [itemprop=author] [itemprop=name], "
                   "[itemprop=author], .post-author .fn, .author-name, .entry-author-name, "
                   # Drupal: the username theme hook in the node's submitted line or byline
                   ".submitted .username, .byline .username, .node .username, "
                   # the node's author linked to their user page (not a login link beside it)
                   ".node .submitted a[href*='user/']:not([href*='login']):not([href*='register']), "
                   ".article .submitted a[href*='user/']:not([href*='login']):not([href*='register']), "
                   ".post-meta .author, .entry-meta .author, "  # older themes: <span class=author>
                   ".post-byline a, .post-author a, "  # Atahualpa, Easel: "von/by NAME", the name linked
                   ".auteurs .fn, .auteurs, "  # SPIP: "par NAME"
                   ".entry-author, "  # Elmastudio themes (Yoko): "av NAME" / "by NAME"
                   ".vcard.author .fn, .post-header span.fn, "  # hAtom themes (Tarski), Blogger's post header
                   # the author archive's link in a box named for the author's name (tagDiv
                   # Newspaper's "td-post-author-name": "By" in its own div, then the link)
                   "header [class*=author-name] a[href*='/author/'], "
                   "[class*=post-header] [class*=author-name] a[href*='/author/']")
# Core's author archive linked in a post's meta line ("by <a href=/author/NAME/>NAME</a>";
# Anders Norén's span.post-meta-author): tried after BYLINE_ELEMENTS, never in an aside, and
# only a link of the archive's form (AUTHOR_ARCHIVE).
BYLINE_ARCHIVE_LINKS = ".post-meta a[href*='/author/'], .entry-meta a[href*='/author/']"
AUTHOR_ARCHIVE = re.compile(r"/author/[^/?#]+/?(?:index\.html?)?(?:[?#].*)?$")
# The post title's element, best first (each tried alone: a selector group would return the
# first match in page order, and a header's site-name h1 comes before the post's).
# The comment list's heading quotes the post's title: "119 thoughts on “T”" (core's themes, _s).
# (A comment's own subject may be ".comment-title" too: see meta._quoted_in_comments_title.)
COMMENTS_TITLE = "#comments-title, .comments-title, h2.comment-title, h3.comment-title, h4.comment-title"
TITLE_ELEMENTS = ("h1.entry-title, h1.post-title", ".entry-header h1, article h1",
                  # hAtom's entry-title on a smaller heading (Blogger's h3.post-title.entry-title)
                  "h2.entry-title, h3.entry-title, h2.post-title, h3.post-title",
                  ".blog-post-title", "h1")  # Bootstrap's blog example
# A page heading that is the site's name, not the post's, links to the home page: rel=home,
# or an href that is a site's root ("/", "https://host/", a Wayback capture of one).
HOME_LINK = "a[rel=home]"
HOME_HREF = re.compile(r"^(?:(?:https?:)?//(?:web\.archive\.org/web/\d+[a-z_]*/(?:https?:)?/*)?[^/?#]+/?|/"
                       # a saved copy's relative link to its home page ("../", "../index.html",
                       # "../../index/index.html": a mirror writes "/" as index.html)
                       r"|(?:\./|(?:\.\./)+)(?:index/)?(?:index\.html?)?|index\.html?)$", re.I)

# The comment area of any system, removed before the body is looked for.
COMMENT_AREAS = ("#comments, .comments-area, #respond, .comment-respond, #wpdcom, .wpd-thread-wrapper, "
                 ".wpdiscuz_top_clearing, #disqus_thread, .commentlist, .comment-list, #commentlist, "
                 "li.comment, li.pingback, li.trackback, .wpd-comment, "
                 "#wpcomm, .wpdiscuz-front-actions, #wcThreadWrapper, .wc-comment, "  # wpDiscuz 5
                 # Drupal 8+: the comment field's wrapper and its section (the id "comments" is
                 # a theme's choice there)
                 ".field--type-comment, [data-drupal-selector=comments], #comment-form, "
                 # a comment element itself, for pages without its list (excerpts, custom
                 # wrappers): Drupal 8+ core's, RDFa's and schema.org microdata's
                 "[data-comment-user-id], [typeof='schema:Comment'], "
                 "[itemtype='http://schema.org/Comment'], [itemtype='https://schema.org/Comment'], "
                 ".forum-fil, ul.forum, .comments-thread, "  # SPIP's forum, its comments plugin
                 # custom systems' comment boxes under their usual names
                 ".comments-section, .comment-section, .comments-card, .comments-wrapper, .comments-container")

# --- article body ---------------------------------------------------------------------------
# Containers of the article text, best first: those that name the post text itself, then
# broader ones that may also hold the header, author box and related posts around it.
BODY_POST_TEXT = (
    "[itemprop=articleBody]", ".entry-content", ".post-content", ".article-content",
    ".article-body", ".article__body", ".articlebody", ".post-body", ".story-body", ".td-post-content",
    ".single-content", ".blog-post-content", ".content-inner", ".postcontent", ".post-entry",
    ".entry", ".storycontent",  # WordPress's classic theme (before 2.7)
    ".blog-post-text",  # Bootstrap's blog example and the sites built on it
    ".texte.surlignable, .crayon.texte",  # SPIP's article text (dist skeleton, Crayons plugin)
    ".field-name-body", ".field--name-body")  # Drupal 7, Drupal 8 and later
BODY_CONTAINERS = BODY_POST_TEXT + (
    "article .content", "#article", ".article", "article", "main", "#content", ".content", "#main")
# Never part of the article text, wherever they sit.
BODY_BOILERPLATE = (
    "nav, aside, form, footer, header nav, .sharedaddy, .sd-sharing-enabled, .sharing, .share, "
    ".shariff, .social, .social-share, .share-buttons, .addtoany_share_save_container, "
    ".a2a_kit, .jp-relatedposts, .related, .related-posts, .yarpp-related, .crp_related, "
    "#comments, .comments-area, #respond, .comment-respond, #wpdcom, .wpd-thread-wrapper, "
    ".wpdiscuz_top_clearing, #disqus_thread, .commentlist, .comment-list, .navigation, "
    ".post-navigation, .nav-links, .breadcrumb, .breadcrumbs, .widget, .sidebar, #sidebar, "
    ".advertisement, .ad, .ads, .adsbygoogle, .author-box, .newsletter, .tags, .post-tags, "
    ".entry-footer, .entry-meta, .post-meta, .postmeta, .postmetadata, "  # .postmetadata: Kubrick
    ".post-footer, .post-labels, .authorbio, "  # Blogger's footer ("Posted by", "Labels:"), Drupal's bio
    ".wp-block-buttons, .cookie, #cookie-notice, .screen-reader-text, "
    ".printfriendly, .wpcnt, .wpd-rating-wrap, #wpd-post-rating, .post-ratings, .rating, "
    ".sfsi_Sicons, .sfsi_socialwpr, "  # Ultimate Social Media Icons ("Please follow and like us:")
    "[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none'], "
    # captions and players: no article prose
    "figcaption, .wp-caption-text, .wp-element-caption, audio, video, .wp-audio-shortcode, "
    ".mejs-container, "
    # the header of the article element (title, kicker, byline, date) and the title itself
    # (Drupal's ".submitted" line: "Submitted by NAME on DATE")
    "article > header, .entry-header, .post-header, h1, .submitted, "
    # widely used plugins: author boxes, related posts, star ratings, newsletter forms
    ".abh_box, .saboxplugin-wrap, .author-bio, .about-author, [class*=related-posts], "
    ".kk-star-ratings, .mc4wp-form")
