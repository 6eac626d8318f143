#include "ArticleChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace newsroom::articlechecks {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct ArticleChecks
{
    Q_DECLARE_TR_FUNCTIONS(ArticleChecks)
};

CheckFinding error(const char *code, const QString &message, ArticleField field,
                   const QString &excerpt = {})
{
    return {QString::fromLatin1(code), CheckFinding::Severity::Error, message, field, excerpt};
}

CheckFinding warning(const char *code, const QString &message, ArticleField field)
{
    return {QString::fromLatin1(code), CheckFinding::Severity::Warning, message, field, {}};
}

void checkLength(QList<CheckFinding> &findings, const char *code, const QString &what,
                 ArticleField field, const QString &text, int limit)
{
    if (limit > 0 && text.size() > limit) {
        findings.append(
            warning(code,
                    ArticleChecks::tr("The %1 has %n character(s); the house limit is %2.", nullptr,
                                      int(text.size()))
                        .arg(what)
                        .arg(limit),
                    field));
    }
}

} // namespace

QStringList placeholders(const QString &text)
{
    // Upper-case TK and XX are the desk's marks for "to come"; as words they never occur.
    static const QRegularExpression marks(
        QStringLiteral(R"((?<![\w])(TK(?:TK)*|XX+|FIXME|TODO)(?![\w])|\?\?\?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression loremIpsum(QStringLiteral("lorem ipsum"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = marks.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    if (loremIpsum.match(text).hasMatch())
        found.append(QStringLiteral("lorem ipsum"));
    found.removeDuplicates();
    return found;
}

QList<CheckFinding> run(const Article &article, const CheckLimits &limits)
{
    QList<CheckFinding> findings;
    if (article.headline.trimmed().isEmpty())
        findings.append(error("missing-headline", ArticleChecks::tr("The article has no headline."),
                              ArticleField::Headline));
    checkLength(findings, "headline-too-long", ArticleChecks::tr("headline"),
                ArticleField::Headline, article.headline, limits.headline);
    if (article.dek.trimmed().isEmpty())
        findings.append(warning("missing-dek", ArticleChecks::tr("The article has no dek."),
                                ArticleField::Dek));
    checkLength(findings, "dek-too-long", ArticleChecks::tr("dek"), ArticleField::Dek, article.dek,
                limits.dek);
    if (article.byline.trimmed().isEmpty())
        findings.append(error("missing-byline", ArticleChecks::tr("The article has no byline."),
                              ArticleField::Byline));
    if (article.section.trimmed().isEmpty())
        findings.append(error("missing-section", ArticleChecks::tr("The article has no section."),
                              ArticleField::Section));
    if (article.body.trimmed().isEmpty())
        findings.append(error("missing-body", ArticleChecks::tr("The article has no body text."),
                              ArticleField::Body));

    const std::tuple<QString, ArticleField, const QString *> fields[] = {
        {ArticleChecks::tr("headline"), ArticleField::Headline, &article.headline},
        {ArticleChecks::tr("dek"), ArticleField::Dek, &article.dek},
        {ArticleChecks::tr("byline"), ArticleField::Byline, &article.byline},
        {ArticleChecks::tr("dateline"), ArticleField::Dateline, &article.dateline},
        {ArticleChecks::tr("body"), ArticleField::Body, &article.body},
    };
    for (const auto &[name, field, text] : fields) {
        const QStringList marks = placeholders(*text);
        if (!marks.isEmpty()) {
            findings.append(error("placeholder",
                                  ArticleChecks::tr("The %1 still holds placeholder text: %2.")
                                      .arg(name, marks.join(QStringLiteral(", "))),
                                  field, marks.first()));
        }
    }

    if (article.aiGenerated) {
        if (article.sources.isEmpty()) {
            findings.append(
                error("ai-without-sources",
                      ArticleChecks::tr("The article is marked AI-generated but lists no sources."),
                      ArticleField::Sources));
        }
        if (article.disclosure.trimmed().isEmpty()) {
            findings.append(error(
                "ai-without-disclosure",
                ArticleChecks::tr("The article is marked AI-generated but has no disclosure text."),
                ArticleField::Disclosure));
        }
    }
    return findings;
}

} // namespace newsroom::articlechecks
