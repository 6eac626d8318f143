#include "ImportLimits.h"

#include <QCoreApplication>
#include <algorithm>

namespace newsroom {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// Unicode's noncharacters (U+FDD0..U+FDEF, and the last two code points of every plane):
// never text, and an export's YAML writes them as U+FFFD, so they would not read back.
bool isNonCharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

// U+FEFF, a byte order mark inside a field (a file's own is dropped when it is read): an
// invisible character that a YAML round trip drops.
constexpr char16_t kByteOrderMark = 0xFEFF;

// What the clean-up removes or changes; a surrogate is looked at with its pair.
bool needsCleaning(char16_t c)
{
    return isControl(c) || isNonCharacter(c) || c == kByteOrderMark || QChar::isSurrogate(c);
}

// Cuts `text` to at most `limit` characters, the last one an ellipsis, never between the
// two halves of a surrogate pair. True when it was cut.
bool cut(QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return false;
    qsizetype keep = limit - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    text.truncate(keep);
    text.append(QChar(0x2026));
    return true;
}

// Collects what was cut, in words for the import's note.
class Notes
{
public:
    // `note`: a plural message (QT_TRANSLATE_N_NOOP), %n the limit.
    void field(QString &text, ImportLimits::Lines lines, qsizetype limit, const char *note)
    {
        text = ImportLimits::withoutControls(text, lines);
        if (cut(text, limit))
            m_notes.append(ImportLimits::tr(note, nullptr, int(limit)));
    }

    // The text `get` names in each item cleaned and cut; one note for all the items cut.
    // `note`: a plural message (QT_TRANSLATE_N_NOOP), %n the items cut, %1 all the items,
    // %2 the limit.
    template <typename T, typename Get>
    void items(QList<T> &items, Get get, ImportLimits::Lines lines, qsizetype limit,
               const char *note)
    {
        qsizetype count = 0;
        for (T &item : items) {
            QString &text = get(item);
            text = ImportLimits::withoutControls(text, lines);
            count += cut(text, limit);
        }
        if (count > 0)
            m_notes.append(
                ImportLimits::tr(note, nullptr, int(count)).arg(items.size()).arg(limit));
    }

    template <typename T> void list(QList<T> &items, qsizetype limit, const char *note)
    {
        if (items.size() <= limit)
            return;
        m_notes.append(ImportLimits::tr(note).arg(limit).arg(items.size()));
        items.resize(limit);
    }

    void add(const QString &note) { m_notes.append(note); }
    QStringList take() { return std::move(m_notes); }

private:
    QStringList m_notes;
};

} // namespace

QString ImportLimits::withoutControls(const QString &text, Lines lines)
{
    const auto found = std::find_if(text.cbegin(), text.cend(),
                                    [](QChar c) { return needsCleaning(c.unicode()); });
    if (found == text.cend())
        return text; // the common case: nothing to copy
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // "\r\n" is one line break
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            const char32_t pair = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
            if (!isNonCharacter(pair))
                clean.append(text.mid(i, 2));
            ++i;
            continue;
        }
        // Half a pair (ill-formed UTF-16, as a .txt file can hold) is no character: UTF-8
        // has none for it, so an export's YAML would write "?". It becomes U+FFFD, as a
        // decoder makes of any other broken sequence.
        if (QChar::isSurrogate(c)) {
            clean.append(QChar(QChar::ReplacementCharacter));
            continue;
        }
        if (isNonCharacter(c) || c == kByteOrderMark)
            continue;
        const bool breakOrTab = c == u'\n' || c == u'\r' || c == u'\t';
        if (breakOrTab && lines == Lines::Single)
            clean.append(QLatin1Char(' '));
        else if (breakOrTab)
            clean.append(c == u'\r' ? QChar(u'\n') : QChar(c));
        else if (!isControl(c))
            clean.append(QChar(c));
    }
    return clean;
}

QStringList ImportLimits::enforce(Article &article)
{
    using enum Lines;
    Notes notes;
    notes.field(article.headline, Single, kHeadline,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the headline was cut to %Ln character(s)"));
    if (article.headline.trimmed().isEmpty()) // it was all control characters
        article.headline = tr("Untitled");
    notes.field(article.dek, Multiple, kDek,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the dek was cut to %Ln character(s)"));
    notes.field(article.byline, Single, kByline,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the byline was cut to %Ln character(s)"));
    notes.field(article.dateline, Single, kDateline,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the dateline was cut to %Ln character(s)"));
    notes.field(article.section, Single, kSection,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the section was cut to %Ln character(s)"));
    notes.field(article.language, Single, kLanguage,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the language was cut to %Ln character(s)"));
    notes.field(article.assignee, Single, Article::kMaxAssignee,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the assignee was cut to %Ln character(s)"));
    notes.field(article.disclosure, Multiple, kDisclosure,
                QT_TRANSLATE_N_NOOP("ImportLimits", "the disclosure was cut to %Ln character(s)"));
    // The slug is the store's to judge: it refuses one that is not a slug, and says why.
    article.slug = withoutControls(article.slug, Single);
    article.body = withoutControls(article.body, Multiple);
    // A control character between the last line break and the end is gone now: the body
    // ends at its text, as it does when read back from an export.
    while (article.body.endsWith(QLatin1Char('\n')))
        article.body.chop(1);
    while (article.body.startsWith(QLatin1Char('\n')))
        article.body.remove(0, 1);

    notes.list(article.tags, kTags,
               QT_TRANSLATE_NOOP("ImportLimits", "only the first %L1 of %L2 tags were kept"));
    const auto itself = [](QString &text) -> QString & { return text; };
    notes.items(article.tags, itself, Single, kTag,
                QT_TRANSLATE_N_NOOP("ImportLimits", "%Ln of %L1 tags were cut to %L2 characters"));
    notes.list(article.sources, kSources,
               QT_TRANSLATE_NOOP("ImportLimits", "only the first %L1 of %L2 sources were kept"));
    // A link cut short leads nowhere: one too long is left out instead.
    for (QString &source : article.sources)
        source = withoutControls(source, Single);
    const qsizetype longSources =
        article.sources.removeIf([](const QString &source) { return source.size() > kUrl; });
    notes.list(
        article.related, kRelated,
        QT_TRANSLATE_NOOP("ImportLimits", "only the first %L1 of %L2 related items were kept"));
    notes.items(
        article.related, [](RelatedItem &item) -> QString & { return item.title; }, Single,
        kRelatedTitle,
        QT_TRANSLATE_N_NOOP("ImportLimits",
                            "%Ln of %L1 related titles were cut to %L2 characters"));
    notes.items(
        article.related, [](RelatedItem &item) -> QString & { return item.summary; }, Multiple,
        kRelatedSummary,
        QT_TRANSLATE_N_NOOP("ImportLimits",
                            "%Ln of %L1 related summaries were cut to %L2 characters"));
    qsizetype longLinks = longSources;
    for (RelatedItem &item : article.related) {
        item.url = withoutControls(item.url, Single);
        if (item.url.size() > kUrl) {
            item.url.clear();
            ++longLinks;
        }
    }
    if (longLinks > 0) {
        notes.add(
            tr("%Ln link(s) longer than %L1 characters were left out", nullptr, int(longLinks))
                .arg(kUrl));
    }
    return notes.take();
}

} // namespace newsroom
