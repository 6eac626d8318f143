#include "StoryProfile.h"

#include "CommonWords.h"
#include "search/MultilingualTokenizer.h"

#include <QRegularExpression>
#include <vector>

namespace newsroom {

namespace {

// A capitalised word only names something inside a sentence, and only where the line is
// not set in title case ("Storm Closes the Harbor") or in capitals.
constexpr double kTitleCaseShare = 0.8;
constexpr int kTitleCaseWords = 3;

struct Token
{
    QByteArray term;
    qsizetype from = 0; // QChar positions in the line
    qsizetype to = 0;
};

// "U.S." and "U.K." as "US" and "UK": one acronym, not two letters and a sentence end.
QString joinDottedAcronyms(const QString &line)
{
    bool acronym = false; // "X.Y", the start of one: a quick look before the expression
    for (qsizetype i = 0; i + 2 < line.size() && !acronym; ++i)
        acronym = line[i + 1] == QLatin1Char('.') && line[i].isUpper() && line[i + 2].isUpper();
    if (!acronym)
        return line;
    static const QRegularExpression dotted(QStringLiteral("\\b(?:\\p{Lu}\\.){2,}"));
    QString joined = line;
    qsizetype shift = 0;
    for (auto it = dotted.globalMatch(line); it.hasNext();) {
        const auto match = it.next();
        QString letters = match.captured();
        letters.remove(QLatin1Char('.'));
        joined.replace(match.capturedStart() - shift, match.capturedLength(), letters);
        shift += match.capturedLength() - letters.size();
    }
    return joined;
}

// Korean glues particles and endings to its words ("누리가", "결항됐다"): taken off, the
// word's character pairs are the same however the sentence bends it ("누리", "결항").
QString withoutKoreanEndings(const QString &line)
{
    static const QStringList endings = [] {
        QStringList list;
        for (const char *e :
             {"에서는", "으로는", "에게서", "하면서", "이라고", "에서", "으로", "에게", "까지",
              "부터",   "에는",   "에도",   "이며",   "하며",   "하고", "했고", "했다", "됐다",
              "된다",   "한다",   "하는",   "면서",   "되고",   "되어", "이다", "라고", "와",
              "과",     "은",     "는",     "이",     "가",     "을",   "를",   "의",   "에",
              "로",     "도",     "만",     "고",     "며",     "다"})
            list.append(QString::fromUtf8(e));
        return list;
    }();
    const bool hangul = std::any_of(line.begin(), line.end(), [](QChar c) {
        return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    });
    if (!hangul)
        return line;
    static const QRegularExpression word(QStringLiteral("[\\x{AC00}-\\x{D7A3}]+"));
    QString stripped = line;
    qsizetype shift = 0;
    for (auto it = word.globalMatch(line); it.hasNext();) {
        const auto match = it.next();
        const QString w = match.captured();
        for (const QString &ending : endings) {
            if (w.size() - ending.size() >= 2 && w.endsWith(ending)) {
                stripped.remove(match.capturedStart() - shift + w.size() - ending.size(),
                                ending.size());
                shift += ending.size();
                break;
            }
        }
    }
    return stripped;
}

// Token positions come from the tokenizer in UTF-8 bytes; the checks below read QChars.
QList<Token> tokensOf(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    std::vector<qsizetype> charAt(size_t(utf8.size()) + 1, line.size());
    qsizetype byte = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        const int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isHighSurrogate(c) ? 4 : 3;
        if (QChar::isLowSurrogate(c))
            continue; // counted with its high half
        for (int k = 0; k < bytes && byte + k < utf8.size(); ++k)
            charAt[size_t(byte + k)] = i;
        byte += bytes;
    }
    QList<Token> tokens;
    MultilingualTokenizer::tokenize(utf8, [&](const MultilingualTokenizer::Token &t) {
        tokens.append({t.term.toByteArray(), charAt[size_t(t.start)], charAt[size_t(t.end)]});
        return true;
    });
    return tokens;
}

bool isDigits(const QByteArray &term)
{
    return std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool startsWithCjk(const QString &line, qsizetype at)
{
    const char32_t cp = line[at].isHighSurrogate() && at + 1 < line.size()
                            ? QChar::surrogateToUcs4(line[at], line[at + 1])
                            : line[at].unicode();
    return MultilingualTokenizer::isCjk(cp);
}

bool isArabic(const QString &line, qsizetype at)
{
    return line[at].unicode() >= 0x0600 && line[at].unicode() <= 0x06FF;
}

// After a sentence's end, or at the line's start: a capital there says nothing.
bool opensSentence(const QString &line, qsizetype at)
{
    static const QString skipped = QStringLiteral(" \t\"'([\u201c\u2018\u00ab\u00bb\u2014\u2013-");
    static const QString ends = QStringLiteral(".!?:;\u2026\u3002");
    qsizetype i = at - 1;
    while (i >= 0 && skipped.contains(line[i]))
        --i;
    return i < 0 || ends.contains(line[i]);
}

bool isAcronym(const QString &word)
{
    if (word.size() < 2 || word.size() > 6)
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

// Arabic words carry the article and conjunctions in front and plural endings behind
// ("والرياض", "المحطات"): compare what is left (a light stemmer, as Lucene's).
QByteArray arabicStem(const QByteArray &term)
{
    QString word = QString::fromUtf8(term);
    for (const char16_t *prefix : {u"وال", u"بال", u"كال", u"فال", u"لل", u"ال"}) {
        const QString p = QString::fromUtf16(prefix);
        if (word.startsWith(p) && word.size() - p.size() >= 2) {
            word.remove(0, p.size());
            break;
        }
    }
    for (const char16_t *suffix : {u"ات", u"ون", u"ين", u"ان", u"ها", u"يه", u"ه"}) {
        const QString s = QString::fromUtf16(suffix);
        if (word.endsWith(s) && word.size() - s.size() >= 3) {
            word.chop(s.size());
            break;
        }
    }
    return word.toUtf8();
}

// Month names in the desk's languages, by number.
int monthNumber(const QString &name)
{
    static const QHash<QString, int> months = [] {
        static const char *const names[12][7] = {
            {"january", "jan", "januar", "janvier", "enero"},
            {"february", "feb", "februar", "février", "fevrier", "febrero"},
            {"march", "mar", "märz", "marz", "mars", "marzo"},
            {"april", "apr", "avril", "abril"},
            {"may", "mai", "mayo"},
            {"june", "jun", "juni", "juin", "junio"},
            {"july", "jul", "juli", "juillet", "julio"},
            {"august", "aug", "août", "aout", "agosto"},
            {"september", "sep", "sept", "septembre", "septiembre"},
            {"october", "oct", "oktober", "octobre", "octubre"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "dezember", "décembre", "decembre", "diciembre"},
        };
        QHash<QString, int> map;
        for (int m = 0; m < 12; ++m) {
            for (const char *n : names[m]) {
                if (n)
                    map.insert(QString::fromUtf8(n), m + 1);
            }
        }
        return map;
    }();
    return months.value(name.toLower());
}

QList<QByteArray> datesIn(const QString &line)
{
    if (std::none_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }))
        return {}; // every date has its day in digits
    static const QString month = QStringLiteral(
        "(january|february|march|april|may|june|july|august|september|october|november|"
        "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|januar|februar|märz|marz|"
        "juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|"
        "aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|"
        "junio|julio|agosto|septiembre|octubre|noviembre|diciembre)");
    static const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QRegularExpression monthDay(
        QStringLiteral("\\b") + month + QStringLiteral("\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"),
        options);
    static const QRegularExpression dayMonth(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+|of\\s+)?") + month +
            QStringLiteral("\\b"),
        options);
    static const QRegularExpression iso(QStringLiteral("\\b\\d{4}-(\\d{2})-(\\d{2})\\b"));
    static const QRegularExpression korean(QStringLiteral("(\\d{1,2})월\\s*(\\d{1,2})일"));

    QList<QByteArray> dates;
    const auto add = [&dates](int m, int d) {
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
            dates.append("@" + QByteArray::number(m) + "-" + QByteArray::number(d));
    };
    for (auto it = monthDay.globalMatch(line); it.hasNext();) {
        const auto match = it.next();
        add(monthNumber(match.captured(1)), match.captured(2).toInt());
    }
    for (auto it = dayMonth.globalMatch(line); it.hasNext();) {
        const auto match = it.next();
        add(monthNumber(match.captured(2)), match.captured(1).toInt());
    }
    for (const QRegularExpression *numeric : {&iso, &korean}) {
        for (auto it = numeric->globalMatch(line); it.hasNext();) {
            const auto match = it.next();
            add(match.captured(1).toInt(), match.captured(2).toInt());
        }
    }
    return dates;
}

} // namespace

StoryProfile StoryProfile::fromText(const QString &text)
{
    StoryProfile profile;
    const QString bounded = text.left(kMaxChars);
    for (const QString &line : bounded.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        profile.addLine(line);
    return profile;
}

StoryProfile StoryProfile::fromStory(const StoryText &story)
{
    return fromText(story.headline + QLatin1Char('\n') + story.dek + QLatin1Char('\n') +
                    story.opening.left(StoryText::kOpeningChars));
}

StoryProfile StoryProfile::fromArticle(const Article &article)
{
    return fromStory({article.id, article.slug, article.headline, article.dek,
                      article.body.left(StoryText::kOpeningChars)});
}

StoryProfile StoryProfile::fromItem(const RelatedItem &item)
{
    return fromText(item.title + QLatin1Char('\n') + item.summary);
}

QList<QByteArray> StoryProfile::indexTerms() const
{
    QList<QByteArray> terms;
    for (const Term &term : m_terms) {
        if (!term.indexTerm.isEmpty())
            terms.append(term.indexTerm);
    }
    return terms;
}

void StoryProfile::add(const QByteArray &key, const QByteArray &indexTerm, Kind kind)
{
    if (auto known = m_byKey.constFind(key); known != m_byKey.cend()) {
        if (kind == Kind::Name)
            m_terms[*known].kind = Kind::Name; // a name once is a name
        return;
    }
    m_byKey.insert(key, m_terms.size());
    m_terms.append({key, indexTerm, kind});
}

void StoryProfile::addLine(const QString &rawLine)
{
    const QString line = withoutKoreanEndings(joinDottedAcronyms(rawLine));
    for (const QByteArray &date : datesIn(line))
        add(date, QByteArray(), Kind::Date);
    const QList<Token> tokens = tokensOf(line);

    // Title case: most of the line's longer words capitalised.
    int words = 0;
    int capitalised = 0;
    for (const Token &token : tokens) {
        if (token.term.size() >= 4 && !isDigits(token.term) && !startsWithCjk(line, token.from) &&
            !CommonWords::contains(token.term)) {
            ++words;
            capitalised += line[token.from].isUpper();
        }
    }
    const bool titleCase = words >= kTitleCaseWords && capitalised >= kTitleCaseShare * words;

    for (const Token &token : tokens) {
        const QByteArray &term = token.term;
        if (isDigits(term)) {
            const int value = term.toInt();
            if (term.size() == 4 && value >= 1900 && value <= 2099)
                add(term, term, Kind::Year);
            else if (term.size() >= 2 && value != 0)
                add(term, term, Kind::Number);
            continue; // single digits live on in dates; "000" of "300,000" says nothing
        }
        if (startsWithCjk(line, token.from)) {
            if (token.to - token.from >= 2 && !CommonWords::contains(term))
                add(term, term, Kind::Word);
            continue;
        }
        const QString written = line.mid(token.from, token.to - token.from);
        if (!titleCase && isAcronym(written)) {
            add(term, term, Kind::Name); // "US", "IS", "GDL", even where a word is spelt so
            continue;
        }
        if (term.size() <= 2 || CommonWords::contains(term))
            continue;
        if (isArabic(line, token.from)) {
            add(arabicStem(term), term, Kind::Word);
        } else if (CommonWords::isCalendarWord(term)) {
            add(term, term, Kind::Calendar);
        } else {
            const bool name =
                !titleCase && line[token.from].isUpper() && !opensSentence(line, token.from);
            add(term, term, name ? Kind::Name : Kind::Word);
        }
    }
}

} // namespace newsroom
