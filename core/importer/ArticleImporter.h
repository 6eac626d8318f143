#pragma once

#include "checks/SameStoryFinder.h"
#include "model/Article.h"
#include "store/ArticleSummary.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace newsroom {

class ArticleStore;

// Brings article files into the archive. Markdown (.md, .markdown) carries YAML front
// matter (see MarkdownArticle); any other file is plain text in the shape of a scraped
// news page (see PlainTextArticleParser). A file that cannot be read is
// reported and the others are still imported; nothing already saved is touched.
//
// Each imported article is looked up in the archive as it was before it (SameStoryFinder):
// the same wire story arriving twice is imported, and said to be a possible duplicate.
//
// A Markdown file's pictures (its `image:` and the relative paths of its body's images) are
// read from beside it, inside its folder only (MarkdownPictures::resolve: no "..", no
// absolute path, no symbolic link), decoded (PictureDecoder::decodeFile), added to the
// archive and named media:HASH; a picture that cannot be read is named in the warning and
// its path left as it was.
//
// Import is idempotent and resumable: each file's SHA-256 is kept with its article, and a
// file imported before (or an article the archive already has word for word) is skipped
// and reported as such. Files are saved in batches, one transaction each, and every batch
// is linked (related blurbs to the articles they describe) as soon as it is saved, so an
// import killed half-way leaves whole, linked batches, and running it again completes it.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)
public:
    struct Outcome
    {
        QString path;
        std::optional<Article> article; // as saved (as archived when alreadyImported)
        QString error;                  // set when the file was not imported
        QString warning;                // imported, but something was read as plain text
        QStringList relatedSlugs;       // from Markdown: related items named by slug
        bool alreadyImported = false;   // the archive had it before: nothing was added
        // Archived articles (older than this one) that very likely tell the same story,
        // the most alike first.
        QList<SameStoryMatch> possibleDuplicates = {};
        // Markdown: the picture files it names, checked, still to be read into the archive:
        // the lead image's, and the body's by their target as written.
        QString leadImageFile = {};
        QList<std::pair<QString, QString>> bodyPictureFiles = {};
    };
    // Called after each batch is saved and linked, with that batch's outcomes (in input
    // order) and how many of the files are done.
    using Progress =
        std::function<void(const QList<Outcome> &batch, qsizetype done, qsizetype total)>;

    explicit ArticleImporter(ArticleStore &store) : m_store(store) {}

    // Whether each new article is looked up for the same story in the archive (on by
    // default; it costs a few milliseconds an article, which a migration of a whole archive
    // may rather not spend).
    void setDuplicateCheck(bool on) { m_duplicateCheck = on; }

    // One outcome per path, in the same order.
    QList<Outcome> importFiles(const QStringList &paths, const Progress &progress = {});
    // Parses already-read text; `path` only names it in messages. The text's UTF-8 bytes
    // stand for the file's.
    QList<Outcome> importTexts(const QList<std::pair<QString, QString>> &pathsAndTexts,
                               const Progress &progress = {});

    // Reads a file as text: UTF-8 (or UTF-16 with a byte-order mark), else Windows-1252.
    static StoreResult<QString> readText(const QString &path);

private:
    // One file's text (or why it could not be read) and the SHA-256 of its bytes.
    struct Source
    {
        QString path;
        QString text;
        QByteArray hash;
        QString error;
        bool besideFile = false; // read from a file (whose folder may hold its pictures)
    };
    using SourceLoader = std::function<QList<Source>(qsizetype start, qsizetype count)>;
    // Related items still waiting for their article: (outcome, item) by the dek or slug
    // that will name it.
    struct PendingLinks
    {
        QHash<QString, QList<std::pair<qsizetype, qsizetype>>> byDek;
        QHash<QString, QList<std::pair<qsizetype, qsizetype>>> bySlug;
    };

    static StoreResult<QByteArray> readBytes(const QString &path);
    static QString decode(const QByteArray &bytes);
    // `besideFile`: `path` is a file whose folder may hold the pictures it names.
    static Outcome parse(const QString &path, const QString &text, bool besideFile);
    static void findPictureFiles(Outcome &outcome, const QString &leadImagePath);
    void readPictures(Outcome &outcome);
    // The archive's hash for a picture file (read and added once per import), or why not.
    StoreResult<QByteArray> addPictureFile(const QString &path);
    QList<Outcome> importSources(qsizetype total, const SourceLoader &load,
                                 const Progress &progress);
    void saveBatch(QList<Outcome> &batch, const QList<QByteArray> &hashes);
    void linkBatch(QList<Outcome> &outcomes, qsizetype start, PendingLinks &pending);
    void saveLinked(QList<Outcome> &outcomes, const QList<qsizetype> &changed);
    void findDuplicates(QList<Outcome> &outcomes, qsizetype start);
    std::optional<ArticleSummary> linkTarget(const RelatedItem &item, const QString &slug);

    ArticleStore &m_store;
    bool m_duplicateCheck = true;
    QHash<QString, QByteArray> m_pictureHashes; // by absolute path, this import's
};

} // namespace newsroom
