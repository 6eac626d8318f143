#include "ArticleImporter.h"

#include "MarkdownArticle.h"
#include "PlainTextArticleParser.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <future>

Q_LOGGING_CATEGORY(lcImport, "newsroom.import", QtWarningMsg)

namespace newsroom {

namespace {

// A news article is a few hundred kilobytes at most; anything larger is a wrong file.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
// Articles saved per transaction: large enough to be fast, small enough to isolate errors.
constexpr qsizetype kBatchSize = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

} // namespace

StoreResult<QString> ArticleImporter::readText(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return storeFailure(StoreError::Code::Io, tr("%1: no such file.").arg(path));
    if (!info.isFile())
        return storeFailure(StoreError::Code::Io, tr("%1: not a file.").arg(path));
    if (info.size() > kMaxFileBytes) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("%1: %2 MB is too large for an article (the limit is %3 MB).")
                                .arg(path)
                                .arg(info.size() / (1024 * 1024))
                                .arg(kMaxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storeFailure(StoreError::Code::Io, tr("%1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto encoding = QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8);
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        text = QString::fromLatin1(bytes); // old newsroom systems still write Latin-1
    text.remove(QChar(0)); // a stray NUL would cut the text short in C code downstream
    return text;
}

QList<ArticleImporter::Outcome> ArticleImporter::importFiles(const QStringList &paths)
{
    QList<std::pair<QString, QString>> texts;
    QList<Outcome> outcomes(paths.size());
    QList<qsizetype> readable; // where each read text's outcome goes, to keep the input order
    for (qsizetype i = 0; i < paths.size(); ++i) {
        // Reading the archive's own file would drop this process's locks on it.
        auto text = m_store.isArchiveFile(paths[i])
                        ? storeFailure(StoreError::Code::Invalid,
                                       tr("%1 is the archive itself (or its journal); it was "
                                          "not read.")
                                           .arg(paths[i]))
                        : readText(paths[i]);
        if (text) {
            texts.append({paths[i], *text});
            readable.append(i);
        } else {
            outcomes[i] = Outcome{paths[i], std::nullopt, text.error().message, QString(), {}};
        }
    }
    const QList<Outcome> imported = importTexts(texts);
    for (qsizetype i = 0; i < imported.size(); ++i)
        outcomes[readable[i]] = imported[i];
    return outcomes;
}

QList<ArticleImporter::Outcome>
ArticleImporter::importTexts(const QList<std::pair<QString, QString>> &pathsAndTexts)
{
    const auto parseBatch = [&pathsAndTexts](qsizetype start) {
        QList<Outcome> batch;
        for (const auto &[path, text] : pathsAndTexts.mid(start, kBatchSize))
            batch.append(parse(path, text));
        return batch;
    };
    // Parsing the next batch on another core overlaps with saving this one.
    QList<Outcome> outcomes;
    outcomes.reserve(pathsAndTexts.size());
    std::future<QList<Outcome>> next = std::async(std::launch::async, parseBatch, 0);
    for (qsizetype start = 0; start < pathsAndTexts.size(); start += kBatchSize) {
        QList<Outcome> batch = next.get();
        if (start + kBatchSize < pathsAndTexts.size())
            next = std::async(std::launch::async, parseBatch, start + kBatchSize);
        saveBatch(batch);
        outcomes.append(batch);
    }
    linkRelatedItems(outcomes);
    return outcomes;
}

ArticleImporter::Outcome ArticleImporter::parse(const QString &path, const QString &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1StringView("md") && suffix != QLatin1StringView("markdown"))
        return Outcome{path, PlainTextArticleParser::parse(text), QString(), QString(), {}};
    auto parsed = markdownarticle::read(text);
    const QString warning =
        parsed.warning.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, parsed.warning);
    return Outcome{path, parsed.article, QString(), warning, parsed.relatedSlugs};
}

// One transaction per batch; if it fails, each article is saved alone so that one bad
// article is reported without holding back the others.
void ArticleImporter::saveBatch(QList<Outcome> &batch)
{
    QList<Article> articles;
    for (const Outcome &outcome : batch)
        articles.append(*outcome.article);
    if (auto saved = m_store.saveAll(articles)) {
        for (qsizetype i = 0; i < batch.size(); ++i)
            batch[i].article = saved->at(i);
        return;
    }
    for (Outcome &outcome : batch) {
        auto saved = m_store.save(*outcome.article);
        if (saved) {
            outcome.article = *saved;
        } else {
            outcome.error = QStringLiteral("%1: %2").arg(outcome.path, saved.error().message);
            outcome.article.reset();
        }
    }
}

// The archived article an item names: by slug (Markdown), else the one whose dek is the
// item's blurb (plain text).
std::optional<ArticleSummary> ArticleImporter::linkTarget(const RelatedItem &item,
                                                          const QString &slug)
{
    qint64 id = 0;
    if (!slug.isEmpty()) {
        if (auto target = m_store.articleByRef(slug))
            id = target->id;
    } else if (auto found = m_store.findByDek(item.summary)) {
        id = *found;
    }
    auto target = id > 0 ? m_store.summary(id) : StoreResult<ArticleSummary>();
    return id > 0 && target ? std::optional(*target) : std::nullopt;
}

// A blurb in a "Related Articles" list is usually the dek of an article in the archive:
// link the item to it and take its headline as the title. Done after saving so that
// articles imported together can point at each other.
void ArticleImporter::linkRelatedItems(QList<Outcome> &outcomes)
{
    for (Outcome &outcome : outcomes) {
        if (!outcome.article)
            continue;
        Article &article = *outcome.article;
        bool linked = false;
        for (qsizetype i = 0; i < article.related.size(); ++i) {
            RelatedItem &item = article.related[i];
            if (item.pointsToArchive() || !item.url.isEmpty())
                continue;
            const auto target = linkTarget(item, outcome.relatedSlugs.value(i));
            if (!target || target->id == article.id)
                continue;
            item.targetId = target->id;
            item.title = target->headline;
            linked = true;
        }
        if (!linked)
            continue;
        if (auto saved = m_store.save(article))
            article = *saved;
        else
            qCWarning(lcImport) << "Could not link related items of" << outcome.path << ":"
                                << saved.error().message;
    }
}

} // namespace newsroom
