#include "ArticleImporter.h"

#include "MarkdownArticle.h"
#include "MarkdownPictures.h"
#include "media/PictureDecoder.h"
#include "PlainTextArticleParser.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <algorithm>
#include <future>

Q_LOGGING_CATEGORY(lcImport, "newsroom.import", QtWarningMsg)

namespace newsroom {

namespace {

// A news article is a few hundred kilobytes at most; anything larger is a wrong file.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
// Articles saved per transaction: large enough to be fast, small enough to isolate errors.
constexpr qsizetype kBatchSize = 500;

// Latin-1 as Windows writes it: bytes 0x80-0x9F are curly quotes, dashes and the euro
// sign, not the C1 control characters Latin-1 has there (which import strips).
QString fromWindows1252(const QByteArray &bytes)
{
    static constexpr char16_t k80to9F[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(k80to9F[c.unicode() - 0x80]);
    }
    return text;
}

// A file of binary data (a picture, an archive, random bytes named .md) decodes as
// Windows-1252 like any old text; what gives it away is its control characters, which no
// article holds more than a stray few of.
bool looksBinary(const QString &text)
{
    constexpr qsizetype kSample = 64 * 1024;
    const QStringView sample = QStringView(text).left(kSample);
    qsizetype controls = 0;
    for (QChar c : sample) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f')
            ++controls;
    }
    return controls >= 8 && controls * 100 > sample.size();
}

} // namespace

StoreResult<QByteArray> ArticleImporter::readBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return storeFailure(StoreError::Code::Io, tr("%1: no such file.").arg(path));
    if (!info.isFile())
        return storeFailure(StoreError::Code::Io, tr("%1: not a file.").arg(path));
    if (info.size() > kMaxFileBytes) {
        // One decimal: a file just over the limit must not read "16 MB, the limit is 16 MB".
        return storeFailure(StoreError::Code::Invalid,
                            tr("%1: %L2 MB is too large for an article (the limit is %L3 MB).")
                                .arg(path)
                                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                .arg(kMaxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storeFailure(StoreError::Code::Io, tr("%1: %2.").arg(path, file.errorString()));
    return file.readAll();
}

QString ArticleImporter::decode(const QByteArray &bytes)
{
    const auto encoding = QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8);
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        text = fromWindows1252(bytes); // old newsroom systems still write Latin-1
    text.remove(QChar(0));             // a stray NUL would cut the text short in C code downstream
    return text;
}

StoreResult<QString> ArticleImporter::readText(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return decode(*bytes);
}

QList<ArticleImporter::Outcome> ArticleImporter::importFiles(const QStringList &paths,
                                                             const Progress &progress)
{
    // Runs beside the saving (isArchiveFile may be called from any thread).
    const auto load = [this, &paths](qsizetype start, qsizetype count) {
        QList<Source> sources;
        for (const QString &path : paths.mid(start, count)) {
            // Reading the archive's own file would drop this process's locks on it.
            if (m_store.isArchiveFile(path)) {
                sources.append(
                    {path, QString(), QByteArray(),
                     tr("%1 is the archive itself (or its journal); it was not read.").arg(path)});
                continue;
            }
            auto bytes = readBytes(path);
            if (!bytes) {
                sources.append({path, QString(), QByteArray(), bytes.error().message});
                continue;
            }
            QString text = decode(*bytes);
            if (looksBinary(text)) {
                sources.append({path, QString(), QByteArray(),
                                tr("%1: this is not a text file (it holds binary data); only "
                                   "Markdown or plain text can be imported.")
                                    .arg(path)});
                continue;
            }
            sources.append({path, std::move(text),
                            QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256),
                            QString(), true});
        }
        return sources;
    };
    return importSources(paths.size(), load, progress);
}

QList<ArticleImporter::Outcome>
ArticleImporter::importTexts(const QList<std::pair<QString, QString>> &pathsAndTexts,
                             const Progress &progress)
{
    const auto load = [&pathsAndTexts](qsizetype start, qsizetype count) {
        QList<Source> sources;
        for (const auto &[path, text] : pathsAndTexts.mid(start, count)) {
            sources.append({path, text,
                            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256),
                            QString()});
        }
        return sources;
    };
    return importSources(pathsAndTexts.size(), load, progress);
}

QList<ArticleImporter::Outcome>
ArticleImporter::importSources(qsizetype total, const SourceLoader &load, const Progress &progress)
{
    struct Prepared
    {
        QList<Outcome> outcomes;
        QList<QByteArray> hashes;
    };
    const auto prepare = [&load](qsizetype start) {
        Prepared batch;
        for (const Source &source : load(start, kBatchSize)) {
            batch.outcomes.append(
                source.error.isEmpty()
                    ? parse(source.path, source.text, source.besideFile)
                    : Outcome{source.path, std::nullopt, source.error, QString(), {}});
            batch.hashes.append(source.hash);
        }
        return batch;
    };
    // Reading and parsing the next batch on another core overlaps with saving this one.
    QList<Outcome> outcomes;
    outcomes.reserve(total);
    PendingLinks pending;
    std::future<Prepared> next = std::async(std::launch::async, prepare, 0);
    for (qsizetype start = 0; start < total; start += kBatchSize) {
        Prepared batch = next.get();
        if (start + kBatchSize < total)
            next = std::async(std::launch::async, prepare, start + kBatchSize);
        saveBatch(batch.outcomes, batch.hashes);
        outcomes.append(batch.outcomes);
        linkBatch(outcomes, start, pending);
        if (m_duplicateCheck)
            findDuplicates(outcomes, start);
        if (progress)
            progress(outcomes.mid(start), outcomes.size(), total);
    }
    return outcomes;
}

// The batch's new articles, each against the articles archived before it (earlier batches,
// earlier files of this batch, earlier imports): a story in the archive twice is said once,
// by its second copy. Only the batch just saved is looked at.
void ArticleImporter::findDuplicates(QList<Outcome> &outcomes, qsizetype start)
{
    SameStoryFinder finder(m_store);
    for (qsizetype o = start; o < outcomes.size(); ++o) {
        Outcome &outcome = outcomes[o];
        if (!outcome.article || outcome.alreadyImported)
            continue;
        auto matches = finder.matchesFor(*outcome.article, outcome.article->id);
        if (matches)
            outcome.possibleDuplicates = *matches;
        else
            qCWarning(lcImport) << "Could not look for duplicates of" << outcome.path << ":"
                                << matches.error().message; // the import itself went well
    }
}

ArticleImporter::Outcome ArticleImporter::parse(const QString &path, const QString &text,
                                                bool besideFile)
{
    const auto note = [&path](const QString &warning) {
        return warning.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, warning);
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1StringView("md") && suffix != QLatin1StringView("markdown")) {
        QStringList notes;
        Article article = PlainTextArticleParser::parse(text, &notes);
        return Outcome{
            path, std::move(article), QString(), note(notes.join(QStringLiteral("; "))), {}};
    }
    auto parsed = markdownarticle::read(text);
    if (!parsed) {
        return Outcome{path,
                       std::nullopt,
                       QStringLiteral("%1: %2").arg(path, parsed.error().message),
                       QString(),
                       {}};
    }
    Outcome outcome{path, parsed->article, QString(), note(parsed->warning), parsed->relatedSlugs};
    if (besideFile)
        findPictureFiles(outcome, parsed->leadImagePath);
    else
        outcome.article->leadImage = {}; // no folder to find its file in
    return outcome;
}

namespace {
void addWarning(ArticleImporter::Outcome &outcome, const QString &warning)
{
    outcome.warning += (outcome.warning.isEmpty() ? outcome.path + QStringLiteral(": ")
                                                  : QStringLiteral("; ")) +
                       warning;
}
} // namespace

// Which files the article's pictures are, checked before anything is read: a path that
// leaves the folder, is absolute or passes a link is refused here, with a warning.
void ArticleImporter::findPictureFiles(Outcome &outcome, const QString &leadImagePath)
{
    const QString folder = QFileInfo(outcome.path).absolutePath();
    Article &article = *outcome.article;
    if (!leadImagePath.isEmpty()) {
        if (auto file = MarkdownPictures::resolve(folder, leadImagePath)) {
            outcome.leadImageFile = *file;
        } else {
            addWarning(outcome, file.error().message);
            article.leadImage = {};
        }
    } else {
        article.leadImage = {};
    }
    for (const QString &target : MarkdownPictures::relativeTargets(article.body)) {
        if (auto file = MarkdownPictures::resolve(folder, target))
            outcome.bodyPictureFiles.append({target, *file});
        else
            addWarning(outcome, file.error().message);
    }
}

StoreResult<QByteArray> ArticleImporter::addPictureFile(const QString &path)
{
    if (const auto known = m_pictureHashes.constFind(path); known != m_pictureHashes.cend())
        return *known;
    auto decoded = PictureDecoder::decodeFile(path);
    if (!decoded)
        return storeFailure(StoreError::Code::Invalid, decoded.error());
    auto added = m_store.addPicture(decoded->picture, decoded->original, decoded->renditions);
    if (!added)
        return std::unexpected(added.error());
    m_pictureHashes.insert(path, added->hash);
    return added->hash;
}

// The article's picture files into the archive, and its paths to media:HASH, before the
// article is saved (so that it is saved once, as it will stay).
void ArticleImporter::readPictures(Outcome &outcome)
{
    Article &article = *outcome.article;
    if (!outcome.leadImageFile.isEmpty()) {
        if (auto hash = addPictureFile(outcome.leadImageFile)) {
            article.leadImage.hash = *hash;
        } else {
            addWarning(outcome, hash.error().message);
            article.leadImage = {};
        }
    }
    QHash<QString, QByteArray> hashes;
    for (const auto &[target, file] : std::as_const(outcome.bodyPictureFiles)) {
        if (auto hash = addPictureFile(file))
            hashes.insert(target, *hash);
        else
            addWarning(outcome, hash.error().message);
    }
    if (!hashes.isEmpty())
        article.body = MarkdownPictures::withHashes(article.body, hashes);
}

// One transaction per batch; if it fails, each article is saved alone so that one bad
// article is reported without holding back the others. A file the archive already has
// comes back as archived, marked alreadyImported.
void ArticleImporter::saveBatch(QList<Outcome> &batch, const QList<QByteArray> &hashes)
{
    QList<Article> articles;
    QList<QByteArray> articleHashes;
    QList<qsizetype> where;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (!batch[i].article)
            continue;
        if (!batch[i].leadImageFile.isEmpty() || !batch[i].bodyPictureFiles.isEmpty())
            readPictures(batch[i]);
        articles.append(*batch[i].article);
        articleHashes.append(hashes[i]);
        where.append(i);
    }
    if (articles.isEmpty())
        return;
    const auto take = [&batch](qsizetype i, const ImportedArticle &imported) {
        Outcome &outcome = batch[i];
        // Slugs named in the file still say where the archived items lead only if the
        // list is the one the file has.
        if (imported.alreadyImported && !outcome.relatedSlugs.isEmpty()) {
            const auto &parsed = outcome.article->related;
            const auto &archived = imported.article.related;
            const bool same = std::equal(
                parsed.begin(), parsed.end(), archived.begin(), archived.end(),
                [](const RelatedItem &a, const RelatedItem &b) { return a.summary == b.summary; });
            if (!same)
                outcome.relatedSlugs.clear();
        }
        outcome.article = imported.article;
        outcome.alreadyImported = imported.alreadyImported;
    };
    if (auto saved = m_store.saveImported(articles, articleHashes)) {
        for (qsizetype k = 0; k < where.size(); ++k)
            take(where[k], saved->at(k));
        return;
    }
    for (qsizetype k = 0; k < where.size(); ++k) {
        Outcome &outcome = batch[where[k]];
        if (auto saved = m_store.saveImported({articles[k]}, {articleHashes[k]})) {
            take(where[k], saved->front());
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
// link the item to it and take its headline as the title. Done as each batch is saved,
// so that a killed import leaves its saved articles linked: first this batch's items
// (to the archive, this batch included), then the items of earlier batches that were
// waiting for one of this batch's articles. A file imported before gets its open items
// linked too, so running a killed import again finishes what it began.
void ArticleImporter::linkBatch(QList<Outcome> &outcomes, qsizetype start, PendingLinks &pending)
{
    QList<qsizetype> changed;
    const auto link = [&](qsizetype o, RelatedItem &item, qint64 id, const QString &headline) {
        item.targetId = id;
        item.title = headline;
        changed.append(o);
    };
    for (qsizetype o = start; o < outcomes.size(); ++o) {
        if (!outcomes[o].article)
            continue;
        Article &article = *outcomes[o].article;
        for (qsizetype i = 0; i < article.related.size(); ++i) {
            RelatedItem &item = article.related[i];
            if (item.pointsToArchive() || !item.url.isEmpty())
                continue;
            const QString slug = outcomes[o].relatedSlugs.value(i);
            const auto target = linkTarget(item, slug);
            if (target && target->id != article.id) {
                link(o, item, target->id, target->headline);
            } else if (!slug.isEmpty()) {
                pending.bySlug[slug].append({o, i});
            } else if (!item.summary.trimmed().isEmpty()) {
                pending.byDek[item.summary].append({o, i});
            }
        }
    }
    for (qsizetype o = start; o < outcomes.size(); ++o) {
        if (!outcomes[o].article || outcomes[o].alreadyImported)
            continue; // an archived article would have been found already
        const Article target = *outcomes[o].article;
        for (const QList<std::pair<qsizetype, qsizetype>> &waiting :
             {pending.byDek.take(target.dek), pending.bySlug.take(target.slug)}) {
            for (const auto &[w, i] : waiting) {
                if (!outcomes[w].article || outcomes[w].article->id == target.id)
                    continue;
                RelatedItem &item = outcomes[w].article->related[i];
                if (!item.pointsToArchive() && item.url.isEmpty())
                    link(w, item, target.id, target.headline);
            }
        }
    }
    // An article may have been named more than once; it is saved once.
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    if (!changed.isEmpty())
        saveLinked(outcomes, changed);
}

// Linked articles are saved in one transaction. The version an import saved a moment ago
// is its own and unlinked: the linked one replaces it instead of filling the history
// (and costing a snapshot an article). An article from an earlier import keeps its history;
// those are saved in a second transaction. If one fails (someone edited an article
// meanwhile), each is saved alone, and the ones that fail keep their items unlinked.
void ArticleImporter::saveLinked(QList<Outcome> &outcomes, const QList<qsizetype> &changed)
{
    for (const bool older : {false, true}) {
        QList<qsizetype> group;
        QList<Article> articles;
        for (qsizetype o : changed) {
            if (outcomes[o].alreadyImported == older) {
                group.append(o);
                articles.append(*outcomes[o].article);
            }
        }
        if (group.isEmpty())
            continue;
        const SaveMode mode = older ? SaveMode::KeepHistory : SaveMode::ReplaceOwnDraft;
        if (auto saved = m_store.saveAll(articles, mode)) {
            for (qsizetype k = 0; k < group.size(); ++k)
                outcomes[group[k]].article = saved->at(k);
            continue;
        }
        for (qsizetype o : group) {
            Outcome &outcome = outcomes[o];
            if (auto saved = m_store.save(*outcome.article, mode)) {
                outcome.article = *saved;
                continue;
            }
            qCWarning(lcImport) << "Could not link related items of" << outcome.path;
            if (auto archived = m_store.article(outcome.article->id))
                outcome.article = *archived;
        }
    }
}

} // namespace newsroom
