#include "meta.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

/* ---- reading text */

struct span {
    const unsigned char *s;
    size_t n;
};

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static uint32_t char_at(struct span v, size_t at, size_t *len)
{
    uint32_t cp;
    *len = zp_char_at(v.s, v.n, at, &cp);
    return cp;
}

static size_t skip_spaces(const unsigned char *s, size_t n, size_t at)
{
    while (at < n && s[at] == ' ')
        at++;
    return at;
}

static struct span trim(struct span v)
{
    size_t from = skip_spaces(v.s, v.n, 0), to = v.n;
    while (to > from && v.s[to - 1] == ' ')
        to--;
    return (struct span){v.s + from, to - from};
}

static bool equals(struct span v, const char *word)
{
    return strlen(word) == v.n && memcmp(v.s, word, v.n) == 0;
}

static bool starts_with(struct span v, const char *word) { return zp_starts_with(v.s, v.n, 0, word); }

static bool ends_with(struct span v, const char *word) { return zp_ends_with(v.s, v.n, word); }

/* Where word first stands in v at or after from; v.n when nowhere. */
static size_t find(struct span v, size_t from, const char *word)
{
    size_t k = strlen(word);
    for (size_t at = from; at + k <= v.n; at++)
        if (v.s[at] == (unsigned char)word[0] && memcmp(v.s + at, word, k) == 0)
            return at;
    return v.n;
}

static bool is_colon(uint32_t cp) { return cp == ':' || cp == 0xFF1A; }

static bool is_opening(uint32_t cp)
{
    return cp == '(' || cp == 0xFF08 || cp == '[' || cp == 0x3010 || cp == 0x3014 || cp == 0xFF3B;
}

static bool is_closing(uint32_t cp)
{
    return cp == ')' || cp == 0xFF09 || cp == ']' || cp == 0x3011 || cp == 0x3015 || cp == 0xFF3D;
}

/* An opening quote: a label inside quotes is mentioned, not used. */
static bool is_quote(uint32_t cp)
{
    return cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E || cp == '"' || cp == '\'';
}

/* Marks that open a byline: □ ■ ● ◎ ○ ▲ △ ◆ ★ ☆ ▶ ► · • */
static bool is_bullet(uint32_t cp)
{
    return cp == 0x25A1 || cp == 0x25A0 || cp == 0x25CF || cp == 0x25CE || cp == 0x25CB || cp == 0x25B2 ||
           cp == 0x25B3 || cp == 0x25C6 || cp == 0x2605 || cp == 0x2606 || cp == 0x25B6 || cp == 0x25BA ||
           cp == 0x00B7 || cp == 0x2022;
}

/* Han characters only, and how many. */
static size_t han_only(struct span v)
{
    size_t chars = 0;
    for (size_t at = 0, len; at < v.n; at += len, chars++)
        if (!zp_is_han(char_at(v, at, &len)))
            return 0;
    return chars;
}

static size_t count_han(struct span v)
{
    size_t han = 0;
    for (size_t at = 0, len; at < v.n; at += len)
        han += zp_is_han(char_at(v, at, &len));
    return han;
}

/* ---- dates */

/* A date as the page gives it: year 0 when it gives none, day 0 for a
 * month, hour -1 without a time, second -1 without seconds. */
struct date {
    int year, month, day, hour, minute, second;
};

enum date_forms {
    DATE_FULL = 1,         /* 2019-07-29, 2019/7/29, 2019.07.29, 2019年7月29日 */
    DATE_MONTH = 2,        /* 2019年7月 */
    DATE_YEARLESS = 4,     /* 6月27日 */
    DATE_NUMERIC_DAY = 8,  /* 06-27, after a date's label only */
};

static size_t read_digits(const unsigned char *s, size_t n, size_t at, size_t most, int *value)
{
    size_t k = 0;
    *value = 0;
    while (at + k < n && k < most && is_digit(s[at + k])) {
        *value = *value * 10 + (s[at + k] - '0');
        k++;
    }
    return k;
}

static bool valid_day(int year, int month, int day)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return false;
    return !(month == 2 && day == 29 && year != 0 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)));
}

static bool valid_year(int year) { return year >= 1900 && year <= 2099; }

/* A time after the date (08:50, 10:45:35), after spaces or none. */
static size_t read_time(const unsigned char *s, size_t n, size_t at, struct date *d)
{
    size_t t = skip_spaces(s, n, at);
    int hour, minute, second;
    size_t k = read_digits(s, n, t, 2, &hour);
    if (k == 0 || t + k >= n || s[t + k] != ':' || read_digits(s, n, t + k + 1, 2, &minute) != 2 ||
        hour > 23 || minute > 59)
        return at;
    t += k + 3;
    if (t < n && s[t] == ':' && read_digits(s, n, t + 1, 2, &second) == 2 && second <= 59) {
        d->second = second;
        t += 3;
    }
    if (t < n && is_digit(s[t])) {
        d->second = -1;
        return at;
    }
    d->hour = hour;
    d->minute = minute;
    return t;
}

static bool at_day_mark(const unsigned char *s, size_t n, size_t at)
{
    return zp_starts_with(s, n, at, "日") || zp_starts_with(s, n, at, "号");
}

/* The date that opens s, of the forms allowed; its length in bytes (with
 * a time after it), 0 when none.  A date that does not check out (13月,
 * 2月30日, a year before 1900) is none. */
static size_t parse_date(const unsigned char *s, size_t n, unsigned forms, struct date *d)
{
    *d = (struct date){0, 0, 0, -1, -1, -1};
    int year, month, day;
    if (read_digits(s, n, 0, 5, &year) == 4) {
        if (!valid_year(year) || n == 4)
            return 0;
        unsigned char sep = s[4];
        if (sep == '-' || sep == '/' || sep == '.') {
            size_t km = read_digits(s, n, 5, 3, &month);
            if (km == 0 || km > 2 || 5 + km >= n || s[5 + km] != sep)
                return 0;
            size_t kd = read_digits(s, n, 6 + km, 3, &day), end = 6 + km + kd;
            if (!(forms & DATE_FULL) || kd == 0 || kd > 2 || !valid_day(year, month, day) ||
                (end < n && (s[end] == sep || s[end] == '.')))
                return 0;
            *d = (struct date){year, month, day, -1, -1, -1};
            return read_time(s, n, end, d);
        }
        if (!zp_starts_with(s, n, 4, "年"))
            return 0;
        size_t at = skip_spaces(s, n, 7);
        size_t km = read_digits(s, n, at, 3, &month);
        if (km == 0 || km > 2 || !zp_starts_with(s, n, at + km, "月") || month < 1 || month > 12)
            return 0;
        at = skip_spaces(s, n, at + km + 3);
        size_t kd = read_digits(s, n, at, 3, &day);
        if (kd > 0) {
            /* 2019年7月29 without 日 is no date this reads with confidence */
            if (!(forms & DATE_FULL) || kd > 2 || !at_day_mark(s, n, at + kd) || !valid_day(year, month, day))
                return 0;
            *d = (struct date){year, month, day, -1, -1, -1};
            return read_time(s, n, at + kd + 3, d);
        }
        if (!(forms & DATE_MONTH))
            return 0;
        *d = (struct date){year, month, 0, -1, -1, -1};
        return at;
    }
    size_t km = read_digits(s, n, 0, 3, &month);
    if (km == 0 || km > 2)
        return 0;
    if (zp_starts_with(s, n, km, "月")) {
        size_t kd = read_digits(s, n, km + 3, 3, &day);
        if (!(forms & DATE_YEARLESS) || kd == 0 || kd > 2 || !at_day_mark(s, n, km + 3 + kd) ||
            !valid_day(0, month, day))
            return 0;
        *d = (struct date){0, month, day, -1, -1, -1};
        return read_time(s, n, km + 3 + kd + 3, d);
    }
    if ((forms & DATE_NUMERIC_DAY) && km == 2 && km < n && s[km] == '-') {
        size_t kd = read_digits(s, n, 3, 3, &day), end = 3 + kd;
        if (kd != 2 || (end < n && s[end] == '-') || !valid_day(0, month, day))
            return 0;
        *d = (struct date){0, month, day, -1, -1, -1};
        return read_time(s, n, end, d);
    }
    return 0;
}

/* ISO 8601 at the precision given: 2019-07-29, 2019-07-29T08:50,
 * 2019-07, --06-27. */
static size_t format_date(const struct date *d, char *out, size_t room)
{
    int len;
    if (d->year && d->day)
        len = snprintf(out, room, "%04d-%02d-%02d", d->year, d->month, d->day);
    else if (d->year)
        len = snprintf(out, room, "%04d-%02d", d->year, d->month);
    else
        len = snprintf(out, room, "--%02d-%02d", d->month, d->day);
    if (d->day && d->hour >= 0)
        len += snprintf(out + len, room - (size_t)len, "T%02d:%02d", d->hour, d->minute);
    if (d->day && d->hour >= 0 && d->second >= 0)
        len += snprintf(out + len, room - (size_t)len, ":%02d", d->second);
    return (size_t)len;
}

/* Whether b says the same day as a, where both say it; a takes what b
 * adds.  Two times of the same day that differ leave the day alone. */
static bool merge_date(struct date *a, const struct date *b)
{
    if ((a->year && b->year && a->year != b->year) || a->month != b->month ||
        (a->day && b->day && a->day != b->day) || (!a->year && !a->day) != (!b->year && !b->day))
        return false;
    if (!a->day && b->day && (!a->year || a->year == b->year))
        a->day = b->day;
    if (!a->year && b->year && a->day)
        a->year = b->year;
    if (a->hour >= 0 && b->hour >= 0 && (a->hour != b->hour || a->minute != b->minute))
        a->hour = a->minute = a->second = -1;
    else if (a->hour < 0 && b->hour >= 0 && a->day == b->day) {
        a->hour = b->hour;
        a->minute = b->minute;
        a->second = b->second;
    }
    return true;
}

/* ---- what a document says of itself */

/* The kinds of evidence for a date, from the strongest: a labelled line
 * (发布时间:), an e-paper's issue line (2011-12-23编印), a date line in the
 * page's head or after the title, the dateline of the lead (6月27日电).
 * The strongest kind found decides; dates of that kind that disagree leave
 * the date empty. */
enum date_kind { DATE_LABEL, DATE_ISSUE, DATE_HEAD, DATE_DATELINE, DATE_KINDS };
static const char *const date_rules[DATE_KINDS] = {"date-label", "date-issue", "date-head", "date-dateline"};

/* Sources, from the strongest: a 来源: label, the lead's dateline, a
 * byline's outlet (某某日报记者), a masthead or a date line's outlet. */
enum source_kind { SOURCE_LABEL, SOURCE_DATELINE, SOURCE_BYLINE, SOURCE_MASTHEAD, SOURCE_KINDS };
static const char *const source_rules[SOURCE_KINDS] = {"source-label", "source-dateline", "source-byline",
                                                        "source-masthead"};

enum { NAMES_MAX = 32, NOTES_MAX = 64, DATES_NOTED = 8 };

/* A name as the page spells it, perhaps in two parts (孙 璐). */
struct name {
    struct span first, second;
};

/* The lines an author was read from, for --explain: names [from, to). */
struct note {
    size_t line;
    const char *rule;
    size_t from, to;
};

struct date_evidence {
    struct date date;
    bool found, conflict;
    size_t noted;
    size_t lines[DATES_NOTED];
    struct date dates[DATES_NOTED];
};

struct reading {
    struct document *d;
    struct date_evidence dates[DATE_KINDS];
    struct span source;
    enum source_kind source_kind;
    size_t source_line;
    struct name names[NAMES_MAX];
    size_t name_count;
    struct note notes[NOTES_MAX];
    size_t note_count;
    size_t title, title_end; /* the title's lines [title, title_end); d->count: none */
    size_t head_end;         /* the first paragraph of the body */
};

static void add_date(struct reading *r, enum date_kind kind, const struct date *date, size_t line)
{
    struct date_evidence *e = &r->dates[kind];
    if (e->noted < DATES_NOTED) {
        e->lines[e->noted] = line;
        e->dates[e->noted++] = *date;
    }
    if (!e->found) {
        e->date = *date;
        e->found = true;
    } else if (!merge_date(&e->date, date)) {
        e->conflict = true;
    }
}

static void add_source(struct reading *r, enum source_kind kind, struct span name, size_t line)
{
    if (name.n == 0 || (r->source.n > 0 && r->source_kind <= kind))
        return;
    r->source = name;
    r->source_kind = kind;
    r->source_line = line;
}

static bool same_name(const struct name *a, const struct name *b)
{
    size_t n = a->first.n + a->second.n;
    if (n != b->first.n + b->second.n)
        return false;
    unsigned char x[32], y[32];
    if (n > sizeof x)
        return false;
    memcpy(x, a->first.s, a->first.n);
    memcpy(x + a->first.n, a->second.s, a->second.n);
    memcpy(y, b->first.s, b->first.n);
    memcpy(y + b->first.n, b->second.s, b->second.n);
    return memcmp(x, y, n) == 0;
}

/* Adds the names read from a line, in text order, each once, and notes the
 * line for --explain. */
static void add_names(struct reading *r, const struct name *names, size_t count, size_t line, const char *rule)
{
    size_t from = r->name_count;
    for (size_t i = 0; i < count && r->name_count < NAMES_MAX; i++) {
        bool seen = false;
        for (size_t j = 0; j < r->name_count && !seen; j++)
            seen = same_name(&r->names[j], &names[i]);
        if (!seen)
            r->names[r->name_count++] = names[i];
    }
    if (r->name_count > from && r->note_count < NOTES_MAX)
        r->notes[r->note_count++] = (struct note){line, rule, from, r->name_count};
}

/* ---- outlets */

/* The words that end an outlet's name (新华社, 人民网, 某某日报, 某某电视台,
 * 某某新闻, 某某客户端), both scripts. */
static const char *const outlet_ends[] = {"社", "网", "網", "报", "報", "电视台", "電視台", "电台", "電台",
                                          "广播台", "新闻", "新聞", "客户端", "杂志", "雜誌", "周刊", "週刊"};

/* The length of the outlet's name that opens v: up to the first word that
 * ends one (not the first character: 网 alone is none), and what such
 * words add after it (某某新闻网); 0 when v names none. */
static size_t outlet_end(struct span v)
{
    size_t len;
    for (size_t at = char_at(v, 0, &len) ? len : 0; at < v.n; at += len) {
        char_at(v, at, &len);
        for (size_t w = 0; w < sizeof outlet_ends / sizeof outlet_ends[0]; w++) {
            if (!zp_starts_with(v.s, v.n, at, outlet_ends[w]))
                continue;
            size_t end = at + strlen(outlet_ends[w]);
            for (bool more = true; more;) {
                more = false;
                for (size_t x = 0; x < sizeof outlet_ends / sizeof outlet_ends[0]; x++)
                    if (zp_starts_with(v.s, v.n, end, outlet_ends[x])) {
                        end += strlen(outlet_ends[x]);
                        more = true;
                        break;
                    }
            }
            return end;
        }
    }
    return 0;
}

/* The first of the names an outlet gives itself (人民网-北京频道,
 * 齐鲁网·闪电新闻, 观海新闻/青岛晚报): the shortest that identifies it. */
static struct span first_part(struct span v)
{
    static const char *const separators[] = {"-", "·", "•", "—", "_", "/", "|", "｜", " ", "、", "，", ","};
    size_t end = v.n;
    for (size_t i = 0; i < sizeof separators / sizeof separators[0]; i++) {
        size_t at = find(v, 0, separators[i]);
        if (at > 0 && at < end)
            end = at;
    }
    v.n = end;
    return v;
}

/* No outlet's name: what a site calls itself, or a word for none. */
static bool names_no_outlet(struct span v)
{
    static const char *const ours[] = {"本网", "本站", "本报", "本刊", "本台", "本社", "本網", "本報"};
    static const char *const none[] = {"网络", "網絡", "原创", "原創", "综合", "綜合", "互联网", "互聯網",
                                       "未知", "网友", "網友", "转载", "轉載", "其他", "佚名", "网站",
                                       "網站", "不详", "不詳", "管理员", "管理員", "编辑部", "編輯部"};
    for (size_t i = 0; i < sizeof ours / sizeof ours[0]; i++)
        if (starts_with(v, ours[i]))
            return true;
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        if (equals(v, none[i]))
            return true;
    return false;
}

/* An outlet's name: two Han characters or more, at most 20 characters. */
static bool is_outlet(struct span v)
{
    return v.n > 0 && count_han(v) >= 2 && zp_count_chars(v.s, v.n) <= 20 && !names_no_outlet(v);
}

/* The value of a 来源: label as a name: without a date before it
 * (2023年11月28日 某某网), a title's marks (《某某研究》2019年第4期), an
 * issue or a date glued after it, the parts after the first. */
static struct span clean_source(struct span v)
{
    v = trim(v);
    struct date d;
    size_t date = parse_date(v.s, v.n, DATE_FULL, &d);
    if (date > 0)
        v = trim((struct span){v.s + date, v.n - date});
    size_t open = find(v, 0, "《");
    if (open < v.n) {
        size_t close = find(v, open, "》");
        v = (struct span){v.s + open + 3, (close < v.n ? close : v.n) - open - 3};
    }
    v = first_part(v);
    for (size_t at = 1; at < v.n; at++)
        if (is_digit(v.s[at]) && !is_digit(v.s[at - 1])) {
            v.n = at;
            break;
        }
    static const char *const quotes[] = {"“", "”", "\"", "「", "」"};
    for (size_t i = 0; i < sizeof quotes / sizeof quotes[0]; i++) {
        if (starts_with(v, quotes[i]))
            v = (struct span){v.s + strlen(quotes[i]), v.n - strlen(quotes[i])};
        if (ends_with(v, quotes[i]))
            v.n -= strlen(quotes[i]);
    }
    return is_outlet(v) ? v : (struct span){v.s, 0};
}

/* What an e-paper or a site's head adds to its outlet's name: 河南商报电子版
 * is 河南商报. */
static const char *const editions[] = {"电子版", "電子版", "数字报刊", "数字报", "數字報", "电子报", "電子報",
                                       "网络版", "網絡版", "手机版", "手機版"};

/* A masthead above the title: an outlet's name alone, perhaps with its
 * edition (河南商报电子版, 某某日报数字报). */
static struct span read_masthead(struct span v)
{
    v = trim(v);
    for (bool cut = true; cut;) {
        cut = false;
        for (size_t i = 0; i < sizeof editions / sizeof editions[0]; i++)
            if (ends_with(v, editions[i]) && v.n > strlen(editions[i])) {
                v.n -= strlen(editions[i]);
                cut = true;
            }
    }
    for (size_t i = 0; i < sizeof editions / sizeof editions[0]; i++)
        if (equals(v, editions[i]))
            return (struct span){v.s, 0};
    struct span name = first_part(v);
    if (han_only(name) == 0 || outlet_end(name) != name.n || !is_outlet(name))
        return (struct span){v.s, 0};
    return name;
}

/* ---- names */

enum role { ROLE_NONE, ROLE_AUTHOR, ROLE_OTHER };

/* The roles of a byline or a credit: reporters and writers are authors;
 * editors, reviewers and photographers are not. */
static const struct role_word {
    const char *word;
    enum role role;
} role_words[] = {
    {"记者", ROLE_AUTHOR},   {"記者", ROLE_AUTHOR},   {"通讯员", ROLE_AUTHOR}, {"通訊員", ROLE_AUTHOR},
    {"实习生", ROLE_AUTHOR}, {"實習生", ROLE_AUTHOR}, {"作者", ROLE_AUTHOR},   {"撰稿", ROLE_AUTHOR},
    {"撰文", ROLE_AUTHOR},   {"执笔", ROLE_AUTHOR},   {"執筆", ROLE_AUTHOR},   {"编辑", ROLE_OTHER},
    {"編輯", ROLE_OTHER},    {"责编", ROLE_OTHER},    {"責編", ROLE_OTHER},    {"审核", ROLE_OTHER},
    {"審核", ROLE_OTHER},    {"审校", ROLE_OTHER},    {"校对", ROLE_OTHER},    {"校對", ROLE_OTHER},
    {"初审", ROLE_OTHER},    {"复审", ROLE_OTHER},    {"终审", ROLE_OTHER},    {"終審", ROLE_OTHER},
    {"监制", ROLE_OTHER},    {"監製", ROLE_OTHER},    {"摄影", ROLE_OTHER},    {"攝影", ROLE_OTHER},
    {"摄像", ROLE_OTHER},    {"攝像", ROLE_OTHER},    {"供图", ROLE_OTHER},    {"供圖", ROLE_OTHER},
    {"供稿", ROLE_OTHER},    {"制图", ROLE_OTHER},    {"製圖", ROLE_OTHER},    {"设计", ROLE_OTHER},
    {"统筹", ROLE_OTHER},    {"策划", ROLE_OTHER},    {"翻译", ROLE_OTHER},
};

/* Words before a role that qualify it (见习记者, 全媒体记者). */
static const char *const role_qualifiers[] = {"见习", "見習", "特约", "特約", "首席", "全媒体", "全媒體",
                                              "融媒体", "融媒體", "融媒", "实习", "實習", "摄影", "攝影",
                                              "文字", "驻站", "駐站"};

/* Words of a byline that are no one's name. */
static bool is_byline_word(struct span v)
{
    static const char *const words[] = {"报道", "報道", "文图", "图文", "文圖", "圖文", "本报", "本報", "本刊",
                                        "综合", "綜合", "整理", "原创", "原創", "网友", "網友", "佚名", "小编",
                                        "小編", "本网", "本網", "本站", "见习", "特约", "首席", "来源", "來源",
                                        "通讯", "记者", "記者", "全媒体", "融媒体", "管理员", "讲解", "介绍"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (equals(v, words[i]))
            return true;
    return false;
}

/* The ends of a place's or an organisation's name, which a name of three
 * or four characters may look like (某某街道, 某某社区, 某某日报). */
static bool ends_as_organisation(struct span v)
{
    static const char *const ends[] = {"街道", "社区", "社區", "党委", "黨委", "支部", "中心", "政府", "大学", "大學",
                                       "学院", "學院", "日报", "日報", "晚报", "晚報", "新闻", "新聞", "办公室",
                                       "委员会", "局", "办", "辦", "处", "處", "院", "站", "队", "隊", "村",
                                       "镇", "鎮", "乡", "鄉", "县", "縣", "省", "网", "網", "社", "委", "所",
                                       "部", "厅", "廳", "馆", "館", "校", "协会", "公司"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        if (ends_with(v, ends[i]))
            return true;
    return false;
}

/* The common surnames, both scripts: a Chinese name opens with one, and
 * the words of a page's chrome that look like names (分享至, 报道) do not. */
static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧由"
    "陳楊黃趙吳劉張孫馬鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸範賈韋鄒龍陶賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀"
    "畢單塗駱藍遊鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂鬱儲勞諶藺樓盤滿聞厲區"
    "闞權強帥樸蓋練豐國計晉門雲來闕";
static const char *const compound_surnames[] = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
                                                "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木",
                                                "南宫", "独孤", "西门", "歐陽", "司馬", "諸葛", "長孫", "軒轅"};

static bool opens_with_surname(struct span v)
{
    for (size_t i = 0; i < sizeof compound_surnames / sizeof compound_surnames[0]; i++)
        if (starts_with(v, compound_surnames[i]))
            return true;
    size_t len;
    char_at(v, 0, &len);
    if (len != 3)
        return false;
    for (size_t at = 0; at + 3 <= sizeof surnames - 1; at += 3)
        if (memcmp(surnames + at, v.s, 3) == 0)
            return true;
    return false;
}

/* A person's name: 2 to 4 Han characters opening with a surname, no
 * byline's word and no organisation's ending. */
static bool is_person(struct span v)
{
    size_t han = han_only(v);
    return han >= 2 && han <= 4 && opens_with_surname(v) && !is_byline_word(v) &&
           !(han >= 3 && ends_as_organisation(v));
}

/* A name's note marks after it, in a journal's row of authors (刘某1,
 * 陈某*, 王某[2]). */
static struct span without_note_marks(struct span v)
{
    for (;;) {
        if (v.n > 0 && (is_digit(v.s[v.n - 1]) || v.s[v.n - 1] == '*'))
            v.n--;
        else if (v.n > 2 && v.s[v.n - 1] == ']' && find(v, 0, "[") < v.n)
            v.n = find(v, 0, "[");
        else
            return v;
    }
}

static bool is_name_separator(uint32_t cp)
{
    return cp == ' ' || cp == 0x3001 || cp == 0xFF0C || cp == ',' || cp == ';' || cp == 0xFF1B || is_colon(cp) ||
           cp == 0x3000;
}

/* The last role word in a token, and where it begins (t.n when none). */
static enum role find_role(struct span t, size_t *at, size_t *len)
{
    enum role role = ROLE_NONE;
    *at = t.n;
    for (size_t i = 0; i < sizeof role_words / sizeof role_words[0]; i++) {
        size_t k = strlen(role_words[i].word);
        for (size_t p = 0; p + k <= t.n; p++)
            if (memcmp(t.s + p, role_words[i].word, k) == 0 && (role == ROLE_NONE || p > *at)) {
                role = role_words[i].role;
                *at = p;
                *len = k;
            }
    }
    return role;
}

/* What may stand before a role in a byline: words that qualify it
 * (见习, 全媒体), 本报 and the like, an outlet (某某日报记者); in
 * 党报记者进社区 the role word is none. */
static bool may_precede_role(struct span prefix)
{
    for (bool cut = true; cut;) {
        cut = false;
        for (size_t i = 0; i < sizeof role_qualifiers / sizeof role_qualifiers[0]; i++)
            if (ends_with(prefix, role_qualifiers[i])) {
                prefix.n -= strlen(role_qualifiers[i]);
                cut = true;
            }
    }
    if (prefix.n == 0)
        return true;
    if (han_only(prefix) == 0 && count_han(prefix) > 0) {
        /* an outlet's parts: 观海新闻/某某晚报 */
        struct span part = first_part(prefix);
        return han_only(part) > 0 && outlet_end(part) == part.n;
    }
    return han_only(prefix) > 0 && (names_no_outlet(prefix) || outlet_end(prefix) == prefix.n);
}

/* An outlet before a role (西江日报记者 → 西江日报), without the words
 * that qualify the role; none for 本报. */
static struct span outlet_before_role(struct span prefix)
{
    for (bool cut = true; cut;) {
        cut = false;
        for (size_t i = 0; i < sizeof role_qualifiers / sizeof role_qualifiers[0]; i++)
            if (ends_with(prefix, role_qualifiers[i])) {
                prefix.n -= strlen(role_qualifiers[i]);
                cut = true;
            }
    }
    prefix = first_part(trim(prefix));
    if (prefix.n == 0 || han_only(prefix) == 0 || outlet_end(prefix) != prefix.n || !is_outlet(prefix))
        return (struct span){prefix.s, 0};
    return prefix;
}

/* What a run of names stands in. */
enum names_in {
    IN_BYLINE,  /* a byline or a row of names: without a role, names only */
    IN_CREDIT,  /* credits after the text: an office may come first (（某某街道 王某）) */
    IN_LABEL,   /* an author label's value: the label is the role */
};

/* Reads the names of a byline, a credit or an author label's value, in
 * text order: 本报记者 张三 通讯员 李四 文/图, (记者 王五), 文/张三 图/李四,
 * □张三 李四 报道, 刘某1 陈某2.  Names after an editor's, a reviewer's or a
 * photographer's role are no authors, and a credit that ends in 摄 is a
 * photograph's.  Without a role, every word must be a name (an office may
 * open a credit), or the text is no byline and gives nothing.  The outlet a
 * role names (西江日报记者) goes to *outlet.  Returns the names. */
static size_t read_names(struct span text, enum names_in in, struct name *names, size_t most, struct span *outlet)
{
    size_t len;
    *outlet = (struct span){text.s, 0};
    text = trim(text);
    while (text.n > 0 && (is_bullet(char_at(text, 0, &len)) || is_opening(char_at(text, 0, &len))))
        text = trim((struct span){text.s + len, text.n - len});
    uint32_t last;
    while (text.n > 0 && (zp_utf8_last(text.s, text.n, &last), is_closing(last)))
        text = trim((struct span){text.s, text.n - zp_utf8_last(text.s, text.n, &last)});
    if (((ends_with(text, "摄") && !ends_with(text, "文/摄")) || (ends_with(text, "攝") && !ends_with(text, "文/攝")) ||
         ends_with(text, "供图") || ends_with(text, "供圖")))
        return 0;
    size_t count = 0, persons = 0, others = 0; /* others: words neither role nor name */
    bool any_role = in == IN_LABEL;
    enum role mode = ROLE_AUTHOR;
    struct span organisation = {text.s, 0}; /* the word before, when no name */
    struct span lone = {text.s, 0};         /* a surname standing alone */
    for (size_t at = 0; at < text.n;) {
        uint32_t cp = char_at(text, at, &len);
        if (is_name_separator(cp)) {
            at += len;
            continue;
        }
        size_t start = at;
        while (at < text.n && !is_name_separator(char_at(text, at, &len)))
            at += len;
        struct span t = {text.s + start, at - start};
        /* words that end a byline or stand between its parts, a role for
         * the names before them */
        static const char *const tails[] = {"摄影报道", "攝影報道", "报道", "報道", "文/图", "文/圖",
                                            "图/文",    "圖/文",    "文/摄", "文/攝"};
        for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++)
            if (ends_with(t, tails[i])) {
                t.n -= strlen(tails[i]);
                any_role = true;
                break;
            }
        if (t.n == 0) {
            lone.n = 0;
            continue;
        }
        bool photograph = false;
        if (starts_with(t, "文/") || starts_with(t, "文／")) {
            mode = ROLE_AUTHOR;
            any_role = true;
            t = (struct span){t.s + (starts_with(t, "文/") ? 4 : 6), t.n - (starts_with(t, "文/") ? 4 : 6)};
        } else if (starts_with(t, "图/") || starts_with(t, "圖/") || starts_with(t, "摄/")) {
            mode = ROLE_OTHER;
            any_role = photograph = true;
            t = (struct span){t.s + 4, t.n - 4};
        }
        size_t role_at, role_len;
        enum role role = find_role(t, &role_at, &role_len);
        if (role != ROLE_NONE && may_precede_role((struct span){t.s, role_at})) {
            /* 图/记者 某某: the photographer's mark decides */
            if (!photograph)
                mode = role;
            any_role = true;
            struct span before = {t.s, role_at};
            if (role == ROLE_AUTHOR && outlet->n == 0) {
                *outlet = outlet_before_role(before);
                if (outlet->n == 0 && before.n == 0 && organisation.n > 0)
                    *outlet = outlet_before_role(organisation);
            }
            t = (struct span){t.s + role_at + role_len, t.n - role_at - role_len};
            lone.n = 0;
            if (t.n == 0)
                continue;
        }
        t = without_note_marks(t);
        size_t han = han_only(t);
        if (han == 1 && lone.n == 0) {
            lone = t;
            continue;
        }
        struct name name = {t, {t.s, 0}};
        if (lone.n > 0) {
            /* a surname and a given name spaced apart (孙 璐) */
            if (han == 0 || han > 2) {
                organisation = t;
                lone.n = 0;
                others += 2;
                continue;
            }
            name = (struct name){lone, t};
            lone.n = 0;
        } else if (!is_person(t)) {
            organisation = t;
            others += !(in == IN_CREDIT && persons == 0);
            continue;
        }
        persons++;
        organisation.n = 0;
        if (mode == ROLE_AUTHOR && count < most)
            names[count++] = name;
    }
    if (!any_role && (persons == 0 || others > 0 || lone.n > 0))
        return 0;
    return count;
}

/* ---- labels */

/* The labels a line's fields stand after (发布时间: 来源: 作者:), both
 * scripts, longer before shorter; a label is a word at the start of the
 * line or after a mark, and a colon after it (发布于 takes none). */
static const struct label {
    const char *word;
    enum { FIELD_DATE, FIELD_SOURCE, FIELD_AUTHOR } field;
} labels[] = {
    {"发布日期", FIELD_DATE},   {"发布时间", FIELD_DATE},   {"发表时间", FIELD_DATE},   {"发表日期", FIELD_DATE},
    {"发稿时间", FIELD_DATE},   {"发稿日期", FIELD_DATE},   {"刊发日期", FIELD_DATE},   {"刊发时间", FIELD_DATE},
    {"刊登日期", FIELD_DATE},   {"出版日期", FIELD_DATE},   {"发布于", FIELD_DATE},     {"发表于", FIELD_DATE},
    {"發佈日期", FIELD_DATE},   {"發布日期", FIELD_DATE},   {"發佈時間", FIELD_DATE},   {"發布時間", FIELD_DATE},
    {"發表時間", FIELD_DATE},   {"發表日期", FIELD_DATE},   {"發稿時間", FIELD_DATE},   {"刊發日期", FIELD_DATE},
    {"發佈於", FIELD_DATE},     {"發表於", FIELD_DATE},     {"時間", FIELD_DATE},       {"时间", FIELD_DATE},
    {"日期", FIELD_DATE},       {"信息来源", FIELD_SOURCE}, {"新闻来源", FIELD_SOURCE}, {"文章来源", FIELD_SOURCE},
    {"稿件来源", FIELD_SOURCE}, {"消息来源", FIELD_SOURCE}, {"素材来源", FIELD_SOURCE}, {"資訊來源", FIELD_SOURCE}, {"信息來源", FIELD_SOURCE},
    {"新聞來源", FIELD_SOURCE}, {"文章來源", FIELD_SOURCE}, {"来源", FIELD_SOURCE},     {"來源", FIELD_SOURCE},
    {"稿源", FIELD_SOURCE},     {"出处", FIELD_SOURCE},     {"出處", FIELD_SOURCE},     {"作者", FIELD_AUTHOR},
    {"撰文", FIELD_AUTHOR},     {"撰稿", FIELD_AUTHOR},     {"文", FIELD_AUTHOR},
};

/* Other labels, which end the value before them (来源:某某网编辑:…). */
static const char *const other_labels[] = {"责任编辑", "責任編輯", "网络编辑", "編輯", "编辑", "责编", "責編",
                                           "审核", "審核", "校对", "浏览次数", "浏览", "瀏覽", "点击", "阅读",
                                           "閱讀", "字号", "字號", "评论", "發布者", "发布者", "发布人", "摄影",
                                           "攝影", "提示", "查看数", "访问量", "更新时间", "更新時間", "二审", "三审",
                                           "一审", "Tag"};

/* Where the label that ends at the colon at byte colon begins: the longest
 * known label's word there (更新时间, not 时间), or the Han word before the
 * colon (from word). */
static size_t label_start(struct span v, size_t word, size_t colon)
{
    struct span before = {v.s, colon};
    size_t longest = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (ends_with(before, labels[i].word) && strlen(labels[i].word) > longest)
            longest = strlen(labels[i].word);
    for (size_t i = 0; i < sizeof other_labels / sizeof other_labels[0]; i++)
        if (ends_with(before, other_labels[i]) && strlen(other_labels[i]) > longest)
            longest = strlen(other_labels[i]);
    return longest > 0 && colon - longest >= word ? colon - longest : word;
}

/* A label's value: from after its colon to the next label, a bar or a
 * bracket; without the spaces around it. */
static struct span label_value(struct span line, size_t from)
{
    size_t word = from, len;
    bool in_word = false;
    for (size_t at = from; at < line.n; at += len) {
        uint32_t cp = char_at(line, at, &len);
        if (is_colon(cp) && in_word)
            return trim((struct span){line.s + from, label_start(line, word, at) - from});
        if (cp == '|' || cp == 0xFF5C || is_opening(cp) || is_closing(cp))
            return trim((struct span){line.s + from, at - from});
        if (zp_is_han(cp)) {
            if (!in_word)
                word = at;
            in_word = true;
        } else {
            in_word = false;
        }
    }
    return trim((struct span){line.s + from, line.n - from});
}

/* ---- the document */

static bool is_kept(const struct line *l) { return !l->rule; }
static bool is_dropped(const struct line *l) { return l->rule && !l->joined && l->cls != CLASS_BLANK; }

/* Prose: a sentence inside the line.  Labels read there are mentioned
 * (本网未注明“来源:某某网”的作品…). */
static bool reads_as_prose(struct span v)
{
    return find(v, 0, "。") < v.n || find(v, 0, "！") < v.n || find(v, 0, "？") < v.n || v.n > 450;
}

static void read_labels(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = {l->raw, l->raw_len};
    if ((!memchr(v.s, ':', v.n) && find(v, 0, "：") == v.n) || reads_as_prose(v))
        return;
    uint32_t before = 0;
    size_t len;
    for (size_t at = 0; at < v.n; at += len) {
        uint32_t cp = char_at(v, at, &len);
        bool boundary = !zp_is_han(before) && !is_quote(before) && !zp_is_ascii_letter(before) &&
                        !is_digit((unsigned char)(before < 0x80 ? before : 0));
        before = cp;
        if (!boundary || !zp_is_han(cp))
            continue;
        for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
            const struct label *label = &labels[k];
            if (!zp_starts_with(v.s, v.n, at, label->word))
                continue;
            size_t after = skip_spaces(v.s, v.n, at + strlen(label->word));
            uint32_t colon;
            size_t colon_len = zp_char_at(v.s, v.n, after, &colon);
            if (is_colon(colon))
                after = skip_spaces(v.s, v.n, after + colon_len);
            else if (!(ends_with((struct span){v.s, at + strlen(label->word)}, "于") ||
                       ends_with((struct span){v.s, at + strlen(label->word)}, "於")))
                continue;
            struct span value = label_value(v, after);
            struct date date;
            struct name names[NAMES_MAX];
            struct span outlet;
            switch (label->field) {
            case FIELD_DATE:
                if (parse_date(value.s, value.n, DATE_FULL | DATE_MONTH | DATE_YEARLESS | DATE_NUMERIC_DAY,
                               &date) > 0)
                    add_date(r, DATE_LABEL, &date, i);
                break;
            case FIELD_SOURCE:
                add_source(r, SOURCE_LABEL, clean_source(value), i);
                break;
            case FIELD_AUTHOR:
                add_names(r, names, read_names(value, IN_LABEL, names, NAMES_MAX, &outlet), i, "author-label");
                break;
            }
            /* past the value: what follows it begins a word */
            len = (size_t)(value.s + value.n - (v.s + at));
            if (len == 0)
                len = strlen(label->word);
            before = ' ';
            break;
        }
    }
}

/* An e-paper's issue line: a date before 编印 or 出版, or a page number
 * (第04版) beside a date. */
static void read_issue(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = {l->raw, l->raw_len};
    size_t page = find(v, 0, "版");
    if (page == v.n || reads_as_prose(v))
        return;
    bool numbered = find(v, 0, "第") < page;
    for (size_t at = 0; at < v.n; at++) {
        if (!is_digit(v.s[at]) || (at > 0 && is_digit(v.s[at - 1])))
            continue;
        struct date date;
        size_t k = parse_date(v.s + at, v.n - at, DATE_FULL, &date);
        if (k == 0)
            continue;
        size_t after = skip_spaces(v.s, v.n, at + k);
        if (numbered || zp_starts_with(v.s, v.n, after, "编印") || zp_starts_with(v.s, v.n, after, "出版") ||
            zp_starts_with(v.s, v.n, after, "編印"))
            add_date(r, DATE_ISSUE, &date, i);
        return;
    }
}

/* A date line in the page's head: a date opening it (2024-01-02 08:28,
 * 2022-02-05 01:06某某), perhaps after the outlet's name (某某晨报
 * 2017-09-01 02:35), with names, a weekday or counts after it. */
static void read_head_date(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = trim((struct span){l->raw, l->raw_len});
    if (v.n == 0 || v.n > 3 * SHORT_MAX || reads_as_prose(v))
        return;
    struct span outlet = {v.s, 0};
    size_t at = 0;
    if (!is_digit(v.s[0])) {
        size_t space = find(v, 0, " ");
        if (space == v.n)
            return;
        outlet = (struct span){v.s, space};
        if (outlet_end(outlet) != outlet.n || !is_outlet(outlet))
            return;
        at = skip_spaces(v.s, v.n, space);
    }
    struct date date;
    if (parse_date(v.s + at, v.n - at, DATE_FULL, &date) == 0)
        return;
    add_date(r, DATE_HEAD, &date, i);
    add_source(r, SOURCE_MASTHEAD, outlet, i);
}

/* The dateline that opens the lead: 新华社北京6月27日电, 本报讯,
 * 某某网·某某新闻6月27日讯, 本报某地讯, with its credit in parentheses
 * after it (（记者 张三 通讯员 李四）).  Its date, its outlet and the
 * names of its credit. */
static bool read_dateline(struct reading *r, size_t i, struct span v)
{
    size_t len, at = 0;
    while (at < v.n && (v.s[at] == ' ' || is_bullet(char_at(v, at, &len))))
        at += v.s[at] == ' ' ? 1 : len;
    v = (struct span){v.s + at, v.n - at};
    size_t end = v.n, chars = 0;
    uint32_t before = 0;
    for (at = 0; at < v.n && chars < 24; at += len, chars++) {
        uint32_t cp = char_at(v, at, &len);
        if (cp == 0x8BAF || cp == 0x8A0A || /* 讯 訊 */
            ((cp == 0x7535 || cp == 0x96FB) && (before == 0x65E5 || before == 0x793E))) { /* 日电 社电 */
            end = at;
            break;
        }
        if (!zp_is_han(cp) && !is_digit((unsigned char)(cp < 0x80 ? cp : 0)) && cp != 0x00B7 && cp != 0x2022 &&
            cp != ' ')
            return false;
        before = cp;
    }
    if (end == v.n || zp_count_chars(v.s, end) < 2)
        return false;
    struct span head = {v.s, end};
    size_t digit = 0;
    while (digit < head.n && !is_digit(head.s[digit]))
        digit++;
    struct date date = {0, 0, 0, -1, -1, -1};
    if (digit < head.n &&
        parse_date(head.s + digit, head.n - digit, DATE_FULL | DATE_YEARLESS, &date) != head.n - digit)
        return false;
    struct span outlet = first_part((struct span){head.s, digit});
    bool ours = names_no_outlet(outlet) && zp_count_chars(outlet.s, outlet.n) <= 6;
    outlet.n = ours ? 0 : outlet_end(outlet);
    if (outlet.n > 0 && !is_outlet(outlet))
        outlet.n = 0;
    /* without a date, the outlet stands right before 讯 (某某新闻网讯) */
    if (!ours && (outlet.n == 0 || (digit == head.n && outlet.n != head.n)))
        return false;
    if (date.month)
        add_date(r, DATE_DATELINE, &date, i);
    add_source(r, SOURCE_DATELINE, outlet, i);
    size_t open = skip_spaces(v.s, v.n, end + len);
    uint32_t cp = char_at(v, open, &len);
    if (is_opening(cp)) {
        size_t close = open + len;
        while (close < v.n && close < open + 120 && !is_closing(char_at(v, close, &len)))
            close += len;
        if (close < v.n && close < open + 120) {
            struct name names[NAMES_MAX];
            struct span byline = {v.s + open, close + len - open};
            add_names(r, names, read_names(byline, IN_CREDIT, names, NAMES_MAX, &outlet), i, "author-dateline");
            add_source(r, SOURCE_BYLINE, outlet, i);
        }
    }
    return true;
}

/* A line of the head made of a position and a name (某某区委书记 张某某),
 * or a name and a position (张 某 某某研究院研究员): the name. */
static size_t read_author_line(const struct line *l, struct name *name)
{
    struct span v = trim((struct span){l->text, l->len});
    if (!line_is_author(l))
        return 0;
    size_t last = v.n;
    while (last > 0 && v.s[last - 1] != ' ')
        last--;
    struct span tail = {v.s + last, v.n - last};
    if (is_person(tail)) {
        *name = (struct name){tail, {tail.s, 0}};
        return 1;
    }
    size_t space = find(v, 0, " ");
    struct span first = {v.s, space};
    if (is_person(first)) {
        *name = (struct name){first, {first.s, 0}};
        return 1;
    }
    /* 张 翼: a surname and a given name spaced apart */
    size_t next = find(v, space + 1, " ");
    struct span given = {v.s + space + 1, next - space - 1};
    if (han_only(first) == 1 && han_only(given) >= 1 && han_only(given) <= 2) {
        *name = (struct name){first, given};
        return 1;
    }
    return 0;
}

static void read_line(struct reading *r, size_t i)
{
    struct line *l = &r->d->lines[i];
    if (!is_dropped(l))
        return;
    read_labels(r, i);
    read_issue(r, i);
    bool in_head = i < r->head_end;
    if (in_head)
        read_head_date(r, i);
    if (i < r->title && r->title < r->d->count)
        add_source(r, SOURCE_MASTHEAD, read_masthead((struct span){l->raw, l->raw_len}), i);
    struct name names[NAMES_MAX];
    struct span outlet;
    /* a byline by its keyword, or a short line that names a reporter
     * (某某晚报记者 某某) */
    bool byline = strcmp(l->rule, "byline") == 0 ||
                  (l->f.chars <= 40 && l->f.end != END_SENTENCE &&
                   (find((struct span){l->raw, l->raw_len}, 0, "记者") < l->raw_len ||
                    find((struct span){l->raw, l->raw_len}, 0, "通讯员") < l->raw_len ||
                    find((struct span){l->raw, l->raw_len}, 0, "記者") < l->raw_len ||
                    find((struct span){l->raw, l->raw_len}, 0, "通訊員") < l->raw_len));
    bool author = strcmp(l->rule, "author") == 0 && in_head;
    if (byline || author) {
        size_t count = read_names((struct span){l->raw, l->raw_len}, IN_BYLINE, names, NAMES_MAX, &outlet);
        if (count == 0 && author)
            count = read_author_line(l, names);
        add_names(r, names, count, i, byline ? "author-byline" : "author-line");
        add_source(r, SOURCE_BYLINE, outlet, i);
    }
}

/* Whether line i may open the lead: the lines from the title to the
 * first kept paragraph, a few at most. */
static bool may_open_lead(struct reading *r, size_t i, size_t *looked, bool *past)
{
    const struct line *l = &r->d->lines[i];
    if (*past || i < (r->title < r->d->count ? r->title_end : 0) || l->cls == CLASS_BLANK || l->joined || l->title)
        return false;
    *past = ++*looked >= 8 || (is_kept(l) && (l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD));
    return true;
}

/* What document_strip cut from line i: credits (（记者 某某）), a date
 * after the title, a date stamp before the lead. */
static void read_trims(struct reading *r, size_t i, size_t *next)
{
    struct document *d = r->d;
    for (; *next < d->trim_count && d->trims[*next].line == i; ++*next) {
        const struct trim *t = &d->trims[*next];
        struct span v = trim((struct span){t->text, t->len});
        struct date date;
        if (strcmp(t->rule, "credit") == 0) {
            struct name names[NAMES_MAX];
            struct span outlet;
            add_names(r, names, read_names(v, IN_CREDIT, names, NAMES_MAX, &outlet), i, "author-credit");
            add_source(r, SOURCE_BYLINE, outlet, i);
        } else if ((strcmp(t->rule, "title-date") == 0 || (strcmp(t->rule, "date") == 0 && i <= r->head_end)) &&
                   parse_date(v.s, v.n, DATE_FULL, &date) > 0) {
            add_date(r, DATE_HEAD, &date, i);
        }
    }
}

/* ---- the row */

static void add_field(struct zp_buffer *b, const unsigned char *s, size_t n)
{
    b->len += zp_escape_field(s, n, zp_buffer_room(b, 2 * n));
}

/* The length of a label opening a title's line, with its colon and the
 * spaces after it, when the label is one of words; 0 when none is. */
static size_t opening_label(struct span v, const char *const *words, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (!starts_with(v, words[i]))
            continue;
        size_t len, at = skip_spaces(v.s, v.n, strlen(words[i]));
        if (is_colon(char_at(v, at, &len)))
            return skip_spaces(v.s, v.n, at + len);
    }
    return 0;
}

/* The title: its lines, a space between two, without a —— subtitle, the
 * label of an original title (原标题：) or a line of the page's head that a
 * short title took with it (来自：某某街道). */
static void add_title(struct reading *r, struct zp_buffer *b)
{
    static const char *const title_labels[] = {"原标题", "原標題", "标题", "標題", "题目", "題目"};
    static const char *const head_labels[] = {"来自", "來自", "来源", "來源", "作者", "编辑", "編輯", "发布", "發佈"};
    bool first = true;
    for (size_t i = r->title; i < r->title_end; i++) {
        const struct line *l = &r->d->lines[i];
        if (!l->title || zp_starts_with(l->text, l->len, 0, "——") || zp_starts_with(l->text, l->len, 0, "--"))
            continue;
        struct span v = trim((struct span){l->text, l->len});
        if (r->title_end - r->title > 1 && opening_label(v, head_labels, sizeof head_labels / sizeof head_labels[0]))
            continue;
        size_t label = opening_label(v, title_labels, sizeof title_labels / sizeof title_labels[0]);
        v = (struct span){v.s + label, v.n - label};
        /* a number or a date in brackets before it (【2019.04】) */
        size_t close = find(v, 0, "】");
        if (starts_with(v, "【") && close < v.n && count_han((struct span){v.s, close}) == 0)
            v = trim((struct span){v.s + close + 3, v.n - close - 3});
        size_t dash = find(v, 0, "——");
        if (dash < v.n && count_han((struct span){v.s, dash}) >= 4)
            v = trim((struct span){v.s, dash});
        if (!first)
            zp_buffer_add(b, " ", 1);
        add_field(b, v.s, v.n);
        first = false;
    }
}

static void add_names_field(struct zp_buffer *b, const struct name *names, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (i > from)
            zp_buffer_add(b, ";", 1);
        add_field(b, names[i].first.s, names[i].first.n);
        add_field(b, names[i].second.s, names[i].second.n);
    }
}

/* A row of --explain for a line a field was read from. */
static void explain(struct reading *r, size_t i, const char *rule, const unsigned char *value, size_t len)
{
    struct document *d = r->d;
    struct zp_buffer *log = d->explain;
    char number[48], features[FEATURES_MAX];
    add_field(log, d->name, d->name_len);
    zp_buffer_add(log, number, (size_t)snprintf(number, sizeof number, "\t%" PRIuMAX "\tmeta\t", d->lines[i].number));
    zp_buffer_add(log, rule, strlen(rule));
    zp_buffer_add(log, "\t", 1);
    add_field(log, value, len);
    zp_buffer_add(log, "\t", 1);
    zp_buffer_add(log, features, line_describe(&d->lines[i], features));
    zp_buffer_add(log, "\n", 1);
}

static void explain_all(struct reading *r, const struct date_evidence *chosen)
{
    struct document *d = r->d;
    if (r->title < d->count) {
        struct zp_buffer title = {0};
        add_title(r, &title);
        explain(r, r->title, "title", title.data, title.len);
        zp_buffer_free(&title);
    }
    char iso[48];
    for (size_t k = 0; chosen && k < chosen->noted; k++)
        explain(r, chosen->lines[k], chosen->conflict ? "date-conflict" : date_rules[chosen - r->dates],
                (const unsigned char *)iso, format_date(&chosen->dates[k], iso, sizeof iso));
    if (r->source.n > 0)
        explain(r, r->source_line, source_rules[r->source_kind], r->source.s, r->source.n);
    for (size_t k = 0; k < r->note_count; k++) {
        struct zp_buffer names = {0};
        add_names_field(&names, r->names, r->notes[k].from, r->notes[k].to);
        explain(r, r->notes[k].line, r->notes[k].rule, names.data, names.len);
        zp_buffer_free(&names);
    }
}

void meta_read(struct document *d)
{
    struct reading r = {.d = d, .title = d->count, .title_end = d->count, .head_end = d->count};
    if (d->count == 0) {
        /* a header alone: its trims, if any, are another document's */
        add_field(d->meta, d->name, d->name_len);
        zp_buffer_add(d->meta, "\t\t\t\t\n", 5);
        return;
    }
    for (size_t i = 0; i < d->count; i++) {
        const struct line *l = &d->lines[i];
        if (l->title) {
            if (r.title == d->count)
                r.title = i;
            r.title_end = i + 1;
        } else if (is_kept(l) && l->cls == CLASS_GOOD && r.head_end == d->count) {
            r.head_end = i;
        }
    }
    /* a title is never a byline: one taken for it is read as one */
    if (r.title < d->count && r.title_end == r.title + 1) {
        const struct line *l = &d->lines[r.title];
        struct name names[NAMES_MAX];
        struct span outlet;
        size_t count = read_names((struct span){l->text, l->len}, IN_BYLINE, names, NAMES_MAX, &outlet);
        if (count > 0) {
            add_names(&r, names, count, r.title, "author-byline");
            r.title = r.title_end = d->count;
        }
    }
    /* in text order, so that the authors come in it */
    size_t looked = 0, trims = 0;
    bool past_lead = false;
    for (size_t i = 0; i < d->count; i++) {
        read_line(&r, i);
        if (may_open_lead(&r, i, &looked, &past_lead)) {
            const struct line *l = &d->lines[i];
            past_lead |= read_dateline(&r, i, is_kept(l) ? (struct span){l->text, l->len}
                                                          : (struct span){l->raw, l->raw_len});
        }
        read_trims(&r, i, &trims);
    }

    const struct date_evidence *chosen = NULL;
    for (size_t k = 0; k < DATE_KINDS && !chosen; k++)
        if (r.dates[k].found)
            chosen = &r.dates[k];
    struct zp_buffer *b = d->meta;
    add_field(b, d->name, d->name_len);
    zp_buffer_add(b, "\t", 1);
    add_title(&r, b);
    zp_buffer_add(b, "\t", 1);
    if (chosen && !chosen->conflict) {
        char iso[48];
        zp_buffer_add(b, iso, format_date(&chosen->date, iso, sizeof iso));
    }
    zp_buffer_add(b, "\t", 1);
    add_field(b, r.source.s, r.source.n);
    zp_buffer_add(b, "\t", 1);
    add_names_field(b, r.names, 0, r.name_count);
    zp_buffer_add(b, "\n", 1);
    if (d->explain)
        explain_all(&r, chosen);
}
