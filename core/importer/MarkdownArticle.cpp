#include "MarkdownArticle.h"

#include "FrontMatterLimits.h"
#include "ImportLimits.h"
#include "MarkdownPictures.h"
#include "media/Picture.h"
#include "model/ArticleJson.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace newsroom::markdownarticle {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct MarkdownArticle
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownArticle)
};

const QString kFence = QStringLiteral("---");

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

void writeList(YAML::Emitter &out, const char *key, const QStringList &values)
{
    out << YAML::Key << key << YAML::Value;
    if (values.isEmpty())
        out << YAML::Flow; // "tags: []"
    out << YAML::BeginSeq;
    for (const QString &value : values)
        out << YAML::DoubleQuoted << s(value);
    out << YAML::EndSeq;
}

void writeText(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << s(value);
}

// Scalar text of a node, "" for anything else (a list where text was expected, say).
QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? q(node.Scalar()) : QString();
}

QStringList textList(const YAML::Node &node)
{
    QStringList values;
    if (node && node.IsSequence()) {
        for (const YAML::Node &item : node)
            values.append(text(item));
    } else if (node && node.IsScalar() && !node.Scalar().empty()) {
        values.append(q(node.Scalar())); // "tags: climate" written by hand
    }
    return values;
}

// A length target written by hand: a whole number of words in range, else none.
int wordTarget(const YAML::Node &node)
{
    bool ok = false;
    const int words = text(node).trimmed().toInt(&ok);
    return ok && words > 0 && words <= Article::kMaxWordTarget ? words : 0;
}

bool flag(const YAML::Node &node)
{
    const QString value = text(node).toLower();
    return value == QLatin1StringView("true") || value == QLatin1StringView("yes");
}

Parsed fromFrontMatter(const YAML::Node &meta, const QString &body)
{
    Parsed parsed;
    Article &a = parsed.article;
    a.headline = text(meta["title"]);
    a.dek = text(meta["description"]);
    a.slug = text(meta["slug"]);
    a.byline = text(meta["byline"]);
    a.dateline = text(meta["dateline"]);
    a.section = text(meta["section"]);
    a.language = text(meta["language"]);
    a.tags = textList(meta["tags"]);
    a.sources = textList(meta["sources"]);
    a.aiGenerated = flag(meta["ai_generated"]);
    a.disclosure = text(meta["disclosure"]);
    a.wordTarget = wordTarget(meta["word_target"]);
    a.assignee = text(meta["assignee"]).trimmed();
    const auto status = statusFromName(text(meta["status"]));
    a.status = status.value_or(flag(meta["draft"]) || !meta["draft"] ? ArticleStatus::Draft
                                                                     : ArticleStatus::Published);
    const QDateTime date = json::timeFromText(text(meta["date"]));
    a.createdAt = json::timeFromText(text(meta["created"]));
    if (!a.createdAt.isValid())
        a.createdAt = date;
    if (a.status == ArticleStatus::Published)
        a.publishedAt = date;
    const YAML::Node related = meta["related"];
    if (related && related.IsSequence()) {
        for (const YAML::Node &item : related) {
            if (!item.IsMap())
                continue;
            a.related.append(
                RelatedItem{text(item["title"]), text(item["summary"]), 0, text(item["url"])});
            parsed.relatedSlugs.append(text(item["slug"]));
        }
    }
    a.body = body;
    parsed.leadImagePath = text(meta["image"]).trimmed();
    if (!parsed.leadImagePath.isEmpty()) {
        const auto words = [&meta](const char *key, int limit) {
            return ImportLimits::withoutControls(text(meta[key]), ImportLimits::Lines::Single)
                .left(limit);
        };
        a.leadImage.altText = words("image_alt", Picture::kMaxAltText);
        a.leadImage.caption = words("image_caption", Picture::kMaxCaption);
        a.leadImage.credit = words("image_credit", Picture::kMaxCredit);
    }
    return parsed;
}

Parsed withoutFrontMatter(const QString &text, const QString &warning)
{
    Parsed parsed;
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*\\s*$"),
                                            QRegularExpression::MultilineOption);
    const auto match = heading.match(text);
    parsed.article.headline =
        match.hasMatch() ? match.captured(1) : MarkdownArticle::tr("Untitled");
    parsed.article.body = text.trimmed();
    parsed.warning = warning;
    return parsed;
}

} // namespace

QString write(const Article &article, const std::function<QString(qint64)> &slugOf,
              const QHash<QByteArray, QString> &pictureFiles)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    writeText(out, "title", article.headline);
    writeText(out, "description", article.dek);
    const QDateTime date = article.date();
    out << YAML::Key << "date" << YAML::Value << s(json::timeToText(date));
    out << YAML::Key << "lastmod" << YAML::Value << s(json::timeToText(article.updatedAt));
    out << YAML::Key << "created" << YAML::Value << s(json::timeToText(article.createdAt));
    out << YAML::Key << "draft" << YAML::Value << (article.status != ArticleStatus::Published);
    out << YAML::Key << "status" << YAML::Value << s(statusName(article.status));
    writeText(out, "slug", article.slug);
    writeList(out, "tags", article.tags);
    writeText(out, "section", article.section);
    writeText(out, "byline", article.byline);
    writeText(out, "dateline", article.dateline);
    writeText(out, "language", article.language);
    out << YAML::Key << "ai_generated" << YAML::Value << article.aiGenerated;
    writeText(out, "disclosure", article.disclosure);
    writeList(out, "sources", article.sources);
    if (article.wordTarget > 0) // Newsroom's own: other tools have no such key
        out << YAML::Key << "word_target" << YAML::Value << article.wordTarget;
    if (!article.assignee.isEmpty()) // Newsroom's own too
        writeText(out, "assignee", article.assignee);
    out << YAML::Key << "related" << YAML::Value;
    if (article.related.isEmpty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const RelatedItem &item : article.related) {
        out << YAML::BeginMap;
        writeText(out, "title", item.title);
        writeText(out, "summary", item.summary);
        if (item.pointsToArchive())
            writeText(out, "slug", slugOf ? slugOf(item.targetId) : QString());
        else
            writeText(out, "url", item.url);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    if (const QString lead = pictureFiles.value(article.leadImage.hash);
        !article.leadImage.isEmpty() && !lead.isEmpty()) {
        writeText(out, "image", lead);
        writeText(out, "image_alt", article.leadImage.altText);
        writeText(out, "image_caption", article.leadImage.caption);
        writeText(out, "image_credit", article.leadImage.credit);
    }
    out << YAML::EndMap;
    return kFence + QLatin1Char('\n') + QString::fromUtf8(out.c_str()) + QLatin1Char('\n') +
           kFence + QStringLiteral("\n\n") +
           MarkdownPictures::withPaths(article.body, pictureFiles) + QLatin1Char('\n');
}

namespace {

StoreResult<Parsed> readFields(const QString &input)
{
    QString text = input;
    // Windows and old Mac line ends alike: a lone CR left in would be one more line break
    // after the clean-up, and the article would not read back as it was written.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (!text.startsWith(kFence + QLatin1Char('\n')))
        return withoutFrontMatter(text, QString());
    const qsizetype close = text.indexOf(QStringLiteral("\n---"), kFence.size());
    if (close < 0)
        return withoutFrontMatter(text, MarkdownArticle::tr("the front matter has no closing ---"));
    // Before yaml-cpp sees it: a bomb is refused, not kept as text.
    const auto yaml = FrontMatterLimits::admit(
        QStringView(text).mid(kFence.size() + 1, close - kFence.size() - 1), 2);
    if (!yaml)
        return std::unexpected(yaml.error());
    QString body = text.mid(close + 4);
    body.remove(
        QRegularExpression(QStringLiteral("^[^\\n]*\\n"))); // rest of the closing fence line
    while (body.startsWith(QLatin1Char('\n')))
        body.remove(0, 1);
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    try {
        const YAML::Node meta = YAML::Load(*yaml);
        if (!meta.IsMap())
            return withoutFrontMatter(
                body, MarkdownArticle::tr("the front matter is not a list of fields"));
        Parsed parsed = fromFrontMatter(meta, body);
        // A title of nothing but control characters is no title either.
        const QString title =
            ImportLimits::withoutControls(parsed.article.headline, ImportLimits::Lines::Single);
        if (title.trimmed().isEmpty())
            parsed.article.headline = withoutFrontMatter(body, QString()).article.headline;
        return parsed;
    } catch (const YAML::Exception &error) {
        return withoutFrontMatter(text,
                                  MarkdownArticle::tr("the front matter is not valid YAML (%1)")
                                      .arg(QString::fromStdString(error.msg)));
    } catch (const std::exception &error) {
        return storeFailure(StoreError::Code::Invalid,
                            MarkdownArticle::tr("the front matter could not be "
                                                "read (%1)")
                                .arg(QString::fromLocal8Bit(error.what())));
    }
}

} // namespace

StoreResult<Parsed> read(const QString &text)
{
    auto parsed = readFields(text);
    if (!parsed)
        return parsed;
    QStringList notes = ImportLimits::enforce(parsed->article);
    parsed->relatedSlugs.resize(parsed->article.related.size());
    for (QString &slug : parsed->relatedSlugs)
        slug = ImportLimits::withoutControls(slug, ImportLimits::Lines::Single);
    if (!parsed->warning.isEmpty())
        notes.prepend(parsed->warning);
    parsed->warning = notes.join(QStringLiteral("; "));
    return parsed;
}

} // namespace newsroom::markdownarticle
