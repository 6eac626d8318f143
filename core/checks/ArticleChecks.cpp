#include "ArticleChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace newsroom::articlechecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Checklist", text);
}

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
        findings.append(warning(code, tr("The %1 has %2 characters; the house limit is %3.")
                                          .arg(what)
                                          .arg(text.size())
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
        findings.append(error("missing-headline", tr("The article has no headline.")));
    checkLength(findings, "headline-too-long", tr("headline"), article.headline, limits.headline);
    if (article.dek.trimmed().isEmpty())
        findings.append(warning("missing-dek", tr("The article has no dek.")));
    checkLength(findings, "dek-too-long", tr("dek"), article.dek, limits.dek);
    if (article.byline.trimmed().isEmpty())
        findings.append(error("missing-byline", tr("The article has no byline.")));
    if (article.section.trimmed().isEmpty())
        findings.append(error("missing-section", tr("The article has no section.")));
    if (article.body.trimmed().isEmpty())
        findings.append(error("missing-body", tr("The article has no body text.")));

    const std::pair<QString, const QString *> fields[] = {
        {tr("headline"), &article.headline}, {tr("dek"), &article.dek},
        {tr("byline"), &article.byline},     {tr("dateline"), &article.dateline},
        {tr("body"), &article.body},
    };
    for (const auto &[name, text] : fields) {
        const QStringList marks = placeholders(*text);
        if (!marks.isEmpty()) {
            findings.append(error("placeholder", tr("The %1 still holds placeholder text: %2.")
                                                     .arg(name, marks.join(QStringLiteral(", ")))));
        }
    }

    if (article.aiGenerated) {
        if (article.sources.isEmpty()) {
            findings.append(error("ai-without-sources",
                                  tr("The article is marked AI-generated but lists no sources.")));
        }
        if (article.disclosure.trimmed().isEmpty()) {
            findings.append(
                error("ai-without-disclosure",
                      tr("The article is marked AI-generated but has no disclosure text.")));
        }
    }
    return findings;
}

} // namespace newsroom::articlechecks
