#include "ArticleInvariants.h"

#include "FuzzCheck.h"

#include "importer/MarkdownArticle.h"
#include "model/ArticleStatus.h"

namespace newsroom::test {

QList<std::pair<QString, QString>> textFields(const Article &a)
{
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("headline"), a.headline},
        {QStringLiteral("dek"), a.dek},
        {QStringLiteral("slug"), a.slug},
        {QStringLiteral("byline"), a.byline},
        {QStringLiteral("dateline"), a.dateline},
        {QStringLiteral("section"), a.section},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("body"), a.body},
        {QStringLiteral("disclosure"), a.disclosure},
    };
    for (const QString &tag : a.tags)
        fields.append({QStringLiteral("tags"), tag});
    for (const QString &source : a.sources)
        fields.append({QStringLiteral("sources"), source});
    for (const RelatedItem &item : a.related) {
        fields.append({QStringLiteral("related.title"), item.title});
        fields.append({QStringLiteral("related.summary"), item.summary});
        fields.append({QStringLiteral("related.url"), item.url});
    }
    return fields;
}

void checkHeadline(const Article &article)
{
    if (article.headline.isEmpty())
        fail(QStringLiteral("headline"), QStringLiteral("the article has no headline"));
}

void checkNoNul(const Article &article, const QStringList &extra)
{
    auto fields = textFields(article);
    for (const QString &value : extra)
        fields.append({QStringLiteral("related.slug"), value});
    for (const auto &[name, value] : std::as_const(fields)) {
        if (value.contains(QChar(0)))
            fail(QStringLiteral("nul:") + name,
                 QStringLiteral("%1 holds U+0000: %2").arg(name, excerpt(value)));
    }
}

void checkSize(const Article &article, qsizetype inputChars)
{
    qsizetype total = 0;
    for (const auto &field : textFields(article))
        total += field.second.size();
    if (total > kAmplification * inputChars + kAmplificationSlack)
        fail(QStringLiteral("amplification"),
             QStringLiteral("%1 characters of article from %2 characters of file")
                 .arg(total)
                 .arg(inputChars));
}

namespace {

// What the difference is, when it is one already recorded (see findings/): only carriage
// returns (and the newlines they were read together with), or a Unicode noncharacter first.
QString causeSuffix(const QString &before, const QString &after)
{
    const auto withoutCr = [](QString text) {
        text.remove(QLatin1Char('\r'));
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        return text;
    };
    if (before.contains(QLatin1Char('\r')) && withoutCr(before) == withoutCr(after))
        return QStringLiteral(":cr");
    qsizetype i = 0;
    while (i < before.size() && i < after.size() && before[i] == after[i])
        ++i;
    if (i >= before.size())
        return {};
    char32_t c = before[i].unicode();
    if (before[i].isHighSurrogate() && i + 1 < before.size() && before[i + 1].isLowSurrogate())
        c = QChar::surrogateToUcs4(before[i], before[i + 1]);
    return QChar::isNonCharacter(c) ? QStringLiteral(":nonchar") : QString();
}

void same(const char *field, const QString &before, const QString &after, const QString &file)
{
    // ":cr" and ":nonchar" set apart what a carriage return or a Unicode noncharacter in the
    // field breaks (see findings/).
    if (before != after)
        fail(QStringLiteral("roundtrip:") + QLatin1StringView(field) + causeSuffix(before, after),
             QStringLiteral("%1 was %2, read back as %3\n--- written:\n%4")
                 .arg(QLatin1StringView(field), excerpt(before), excerpt(after),
                      excerpt(file, 2000)));
}

void same(const char *field, const QStringList &before, const QStringList &after,
          const QString &file)
{
    if (before.size() != after.size())
        fail(QStringLiteral("roundtrip:") + QLatin1StringView(field),
             QStringLiteral("%1 had %2 items, read back %3\n--- written:\n%4")
                 .arg(QLatin1StringView(field))
                 .arg(before.size())
                 .arg(after.size())
                 .arg(excerpt(file, 2000)));
    for (qsizetype i = 0; i < before.size(); ++i)
        same(field, before[i], after[i], file);
}

QString secondsText(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toSecsSinceEpoch()) : QStringLiteral("invalid");
}

void sameTime(const char *field, const QDateTime &before, const QDateTime &after,
              const QString &file)
{
    same(field, secondsText(before), secondsText(after), file);
}

} // namespace

void checkRoundTrip(const Article &in)
{
    const QString file = markdownarticle::write(in, {});
    const StoreResult<markdownarticle::Parsed> read = markdownarticle::read(file);
    if (!read) {
        fail(QStringLiteral("roundtrip:refused"),
             QStringLiteral("reading back is refused: %1\n--- written:\n%2")
                 .arg(read.error().message, excerpt(file, 2000)));
        return;
    }
    const markdownarticle::Parsed &back = *read;
    const Article &out = back.article;
    if (!back.warning.isEmpty())
        fail(QStringLiteral("roundtrip:warning"),
             QStringLiteral("reading back warns: %1\n--- written:\n%2")
                 .arg(back.warning, excerpt(file, 2000)));
    same("headline", in.headline, out.headline, file);
    same("dek", in.dek, out.dek, file);
    same("slug", in.slug, out.slug, file);
    same("byline", in.byline, out.byline, file);
    same("dateline", in.dateline, out.dateline, file);
    same("section", in.section, out.section, file);
    same("language", in.language, out.language, file);
    same("tags", in.tags, out.tags, file);
    same("body", in.body, out.body, file);
    same("status", statusName(in.status), statusName(out.status), file);
    same("ai_generated", QString::number(in.aiGenerated), QString::number(out.aiGenerated), file);
    same("disclosure", in.disclosure, out.disclosure, file);
    same("sources", in.sources, out.sources, file);
    QStringList titles, summaries, urls, titlesBack, summariesBack, urlsBack;
    for (const RelatedItem &item : in.related) {
        titles.append(item.title);
        summaries.append(item.summary);
        urls.append(item.url);
    }
    for (const RelatedItem &item : out.related) {
        titlesBack.append(item.title);
        summariesBack.append(item.summary);
        urlsBack.append(item.url);
    }
    same("related.title", titles, titlesBack, file);
    same("related.summary", summaries, summariesBack, file);
    same("related.url", urls, urlsBack, file);
    sameTime("created", in.createdAt, out.createdAt, file);
    const QDateTime published = in.status != ArticleStatus::Published ? QDateTime()
                                : in.publishedAt.isValid()            ? in.publishedAt
                                                                      : in.createdAt;
    sameTime("published", published, out.publishedAt, file);
    // And what was read back is written as the same file.
    const QString again = markdownarticle::write(out, {});
    if (again != file)
        fail(QStringLiteral("roundtrip:rewrite"),
             QStringLiteral("writing it again gives another file\n--- first:\n%1\n--- then:\n%2")
                 .arg(excerpt(file, 2000), excerpt(again, 2000)));
}

void checkRefusal(const StoreError &error)
{
    if (error.message.isEmpty() || error.message.contains(QLatin1Char('\n')))
        fail(QStringLiteral("refusal"), QStringLiteral("refused with \"%1\"").arg(error.message));
}

} // namespace newsroom::test
