#pragma once

#include "model/Article.h"
#include "store/ArticleSummary.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <optional>

namespace newsroom {

class ArticleStore;

// Brings article files into the archive. Markdown (.md, .markdown) carries YAML front
// matter (see MarkdownArticle); any other file is plain text in the shape of a scraped
// news page (see PlainTextArticleParser). A file that cannot be read is
// reported and the others are still imported; nothing already saved is touched.
class ArticleImporter
{
public:
    struct Outcome
    {
        QString path;
        std::optional<Article> article; // as saved
        QString error;                  // set when the file was not imported
        QString warning;                // imported, but something was read as plain text
        QStringList relatedSlugs;       // from Markdown: related items named by slug
    };

    explicit ArticleImporter(ArticleStore &store) : m_store(store) {}

    // One outcome per path, in the same order.
    QList<Outcome> importFiles(const QStringList &paths);
    // Parses already-read text; `path` only names it in messages.
    QList<Outcome> importTexts(const QList<std::pair<QString, QString>> &pathsAndTexts);

    // Reads a file as text: UTF-8 (or UTF-16 with a byte-order mark), else Latin-1.
    static StoreResult<QString> readText(const QString &path);

private:
    static Outcome parse(const QString &path, const QString &text);
    void saveBatch(QList<Outcome> &batch);
    void linkRelatedItems(QList<Outcome> &outcomes);
    std::optional<ArticleSummary> linkTarget(const RelatedItem &item, const QString &slug);

    ArticleStore &m_store;
};

} // namespace newsroom
