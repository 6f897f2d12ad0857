# Minimal Pelican site for the Gazette benchmark (bench/README.md).
# It writes the same set of pages as Gazette: one page per article, the
# front page paginated by 10, a tag index, tag pages paginated by 10, and
# year and month archives.  Run from this folder:
#     pelican content -s pelicanconf.py -o output
# For the content-cache variant bench/run.py adds
#     -e CACHE_CONTENT=true LOAD_CONTENT_CACHE=true
AUTHOR = "Synthetic Gazette"
SITENAME = "The Synthetic Gazette"
SITEURL = ""
PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

DEFAULT_PAGINATION = 10
PAGINATED_TEMPLATES = {"index": None, "tag": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

ARTICLE_URL = "{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{slug}/index.html"
INDEX_SAVE_AS = "index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
YEAR_ARCHIVE_URL = "archive/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "archive/{date:%Y}/index.html"
MONTH_ARCHIVE_URL = "archive/{date:%Y}-{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = "archive/{date:%Y}-{date:%m}/index.html"
DAY_ARCHIVE_SAVE_AS = ""

# Only the home page and the tag index among the direct templates.
DIRECT_TEMPLATES = ["index", "tags"]
# No category, author, archives or page output.
USE_FOLDER_AS_CATEGORY = False
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
PAGE_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
STATIC_PATHS = []

# No feeds.
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None

# Pelican's default Markdown extensions (extra, codehilite, meta) are kept.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
CACHE_PATH = "cache"
RELATIVE_URLS = False
