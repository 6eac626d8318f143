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

CheckFinding error(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), CheckFinding::Severity::Error, message};
}

CheckFinding warning(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), CheckFinding::Severity::Warning, message};
}

void checkLength(QList<CheckFinding> &findings, const char *code, const QString &what,
                 const QString &text, int limit)
{
    if (limit > 0 && text.size() > limit) {
        findings.append(
            warning(code, ArticleChecks::tr("The %1 has %n character(s); the house limit is %2.",
                                            nullptr, int(text.size()))
                              .arg(what)
                              .arg(limit)));
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
        findings.append(
            error("missing-headline", ArticleChecks::tr("The article has no headline.")));
    checkLength(findings, "headline-too-long", ArticleChecks::tr("headline"), article.headline,
                limits.headline);
    if (article.dek.trimmed().isEmpty())
        findings.append(warning("missing-dek", ArticleChecks::tr("The article has no dek.")));
    checkLength(findings, "dek-too-long", ArticleChecks::tr("dek"), article.dek, limits.dek);
    if (article.byline.trimmed().isEmpty())
        findings.append(error("missing-byline", ArticleChecks::tr("The article has no byline.")));
    if (article.section.trimmed().isEmpty())
        findings.append(error("missing-section", ArticleChecks::tr("The article has no section.")));
    if (article.body.trimmed().isEmpty())
        findings.append(error("missing-body", ArticleChecks::tr("The article has no body text.")));

    const std::pair<QString, const QString *> fields[] = {
        {ArticleChecks::tr("headline"), &article.headline},
        {ArticleChecks::tr("dek"), &article.dek},
        {ArticleChecks::tr("byline"), &article.byline},
        {ArticleChecks::tr("dateline"), &article.dateline},
        {ArticleChecks::tr("body"), &article.body},
    };
    for (const auto &[name, text] : fields) {
        const QStringList marks = placeholders(*text);
        if (!marks.isEmpty()) {
            findings.append(
                error("placeholder", ArticleChecks::tr("The %1 still holds placeholder text: %2.")
                                         .arg(name, marks.join(QStringLiteral(", ")))));
        }
    }

    if (article.aiGenerated) {
        if (article.sources.isEmpty()) {
            findings.append(error(
                "ai-without-sources",
                ArticleChecks::tr("The article is marked AI-generated but lists no sources.")));
        }
        if (article.disclosure.trimmed().isEmpty()) {
            findings.append(
                error("ai-without-disclosure",
                      ArticleChecks::tr(
                          "The article is marked AI-generated but has no disclosure text.")));
        }
    }
    return findings;
}

} // namespace newsroom::articlechecks
