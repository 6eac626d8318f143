#include "CommandLineTool.h"

#include "TerminalText.h"
#include "media/PictureDecoder.h"
#include "model/ArticleJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// The pictures commands (issue 17): pictures add, list, show, describe, unused, purge; and
// lead, which sets an article's lead image.

namespace newsroom {

using terminaltext::printable;

namespace {

// Pictures a listing reads at most (a library larger than this is paged by WORDS).
constexpr int kListLimit = 100000;
// The shortest hash prefix taken for a whole hash ("media:" needs all 64 digits).
constexpr qsizetype kMinHashPrefix = 6;

QJsonObject pictureJson(const Picture &picture)
{
    QJsonArray widths;
    for (int width : picture.renditionWidths)
        widths.append(width);
    return QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(picture.hash)},
                       {QStringLiteral("file_name"), picture.fileName},
                       {QStringLiteral("mime_type"), picture.mimeType},
                       {QStringLiteral("width"), picture.width},
                       {QStringLiteral("height"), picture.height},
                       {QStringLiteral("bytes"), picture.bytes},
                       {QStringLiteral("caption"), picture.caption},
                       {QStringLiteral("credit"), picture.credit},
                       {QStringLiteral("alt_text"), picture.altText},
                       {QStringLiteral("rendition_widths"), widths},
                       {QStringLiteral("added"), json::timeToText(picture.addedAt)}};
}

// "3f2a…  harbour.jpg  4000 × 3000": one picture on one line.
QString pictureLine(const Picture &picture)
{
    return QStringLiteral("%1  %2  %3 \u00d7 %4")
        .arg(QString::fromLatin1(picture.hash), printable(picture.fileName))
        .arg(picture.width)
        .arg(picture.height);
}

bool isHashPrefix(const QString &text)
{
    if (text.size() < kMinHashPrefix || text.size() > 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c.toLower() >= u'a' && c.toLower() <= u'f');
    });
}

} // namespace

int CommandLineTool::pictureCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    const auto wrongArguments = [this](const QString &usage) {
        return fail(tr("usage: newsroom-cli pictures %1").arg(usage), UsageError);
    };
    if (sub == u"add")
        return rest.isEmpty() ? wrongArguments(QStringLiteral("add FILE...")) : addPictures(rest);
    if (sub == u"list")
        return rest.size() > 1 ? wrongArguments(QStringLiteral("list [WORDS] (quote them)"))
                               : listPictures(rest.value(0));
    if (sub == u"show")
        return rest.size() != 1 ? wrongArguments(QStringLiteral("show HASH"))
                                : showPicture(rest[0]);
    if (sub == u"describe")
        return rest.size() != 1 ? wrongArguments(QStringLiteral("describe HASH [--caption T] "
                                                                "[--credit T] [--alt T]"))
                                : describePicture(rest[0]);
    if (sub == u"unused")
        return rest.isEmpty() ? listUnusedPictures() : wrongArguments(QStringLiteral("unused"));
    if (sub == u"purge")
        return rest.isEmpty() ? purgePictures()
                              : wrongArguments(QStringLiteral("purge [--dry-run]"));
    return fail(sub.isEmpty() ? tr("pictures needs a command: add, list, show, describe, "
                                   "unused or purge.")
                              : tr("unknown pictures command \"%1\"; use add, list, show, "
                                   "describe, unused or purge.")
                                    .arg(sub),
                UsageError);
}

std::expected<QByteArray, int> CommandLineTool::pictureHash(const QString &ref)
{
    const QString text = ref.trimmed().toLower();
    if (!isHashPrefix(text)) {
        fail(tr("\"%1\" is not a picture's hash (its 64 hex digits, or the first %2 or more).")
                 .arg(ref)
                 .arg(kMinHashPrefix),
             UsageError);
        return std::unexpected(UsageError);
    }
    if (text.size() == 64)
        return text.toLatin1();
    auto pictures = m_store->pictures(QString(), kListLimit);
    if (!pictures) {
        return std::unexpected(fail(pictures.error().message));
    }
    QList<QByteArray> found;
    for (const Picture &picture : std::as_const(*pictures))
        if (picture.hash.startsWith(text.toLatin1()))
            found.append(picture.hash);
    if (found.size() == 1)
        return found.first();
    fail(found.isEmpty() ? tr("the archive has no picture %1.").arg(text)
                         : tr("%1 begins %n pictures' hashes; give more digits.", nullptr,
                              int(found.size()))
                               .arg(text));
    return std::unexpected(Failed);
}

// Each file checked and stored in turn; one refused says why and the others go on.
int CommandLineTool::addPictures(const QStringList &paths)
{
    int refused = 0;
    for (const QString &path : paths) {
        auto decoded = PictureDecoder::decodeFile(path);
        if (!decoded) {
            ++refused;
            fail(decoded.error());
            continue;
        }
        auto stored = m_store->addPicture(decoded->picture, decoded->original, decoded->renditions);
        if (stored && (m_parser.isSet(QStringLiteral("caption")) ||
                       m_parser.isSet(QStringLiteral("credit")) ||
                       m_parser.isSet(QStringLiteral("alt")))) {
            stored = m_store->describePicture(
                stored->hash, m_parser.isSet(QStringLiteral("caption"))
                                  ? m_parser.value(QStringLiteral("caption")) : stored->caption,
                m_parser.isSet(QStringLiteral("credit")) ? m_parser.value(QStringLiteral("credit"))
                                                         : stored->credit,
                m_parser.isSet(QStringLiteral("alt")) ? m_parser.value(QStringLiteral("alt"))
                                                      : stored->altText);
        }
        if (!stored) {
            ++refused;
            fail(tr("%1: %2").arg(path, stored.error().message));
            continue;
        }
        if (m_json) {
            QJsonObject line = pictureJson(*stored);
            line.insert(QStringLiteral("file"), path);
            m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            m_out << pictureLine(*stored) << Qt::endl;
        }
    }
    return refused == 0 ? Ok : Failed;
}

int CommandLineTool::listPictures(const QString &words)
{
    auto pictures = m_store->pictures(words, kListLimit);
    if (!pictures)
        return fail(pictures.error().message);
    QJsonArray array;
    for (const Picture &picture : std::as_const(*pictures)) {
        if (m_json)
            array.append(pictureJson(picture));
        else
            m_out << pictureLine(picture) << QStringLiteral("  ")
                  << printable(picture.caption.isEmpty() ? picture.altText : picture.caption)
                  << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

int CommandLineTool::showPicture(const QString &ref)
{
    const auto hash = pictureHash(ref);
    if (!hash)
        return hash.error();
    auto picture = m_store->picture(*hash);
    if (!picture)
        return fail(picture.error().message);
    auto users = m_store->pictureUsers(*hash);
    if (!users)
        return fail(users.error().message);
    QJsonArray articles;
    QStringList lines;
    for (qint64 id : std::as_const(*users)) {
        auto summary = m_store->summary(id);
        if (!summary)
            continue; // gone since: nothing to show
        articles.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("slug"), summary->slug},
                                    {QStringLiteral("headline"), summary->headline}});
        lines.append(QStringLiteral("  #%1 %2  %3")
                         .arg(id)
                         .arg(printable(summary->slug), printable(summary->headline)));
    }
    if (m_json) {
        QJsonObject object = pictureJson(*picture);
        object.insert(QStringLiteral("articles"), articles);
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    const QLocale locale;
    m_out << tr("Picture:   %1").arg(QString::fromLatin1(picture->hash)) << Qt::endl
          << tr("File:      %1 (%2, %3 bytes)")
                 .arg(printable(picture->fileName), picture->mimeType,
                      locale.toString(picture->bytes))
          << Qt::endl
          << tr("Size:      %1 \u00d7 %2 pixels").arg(picture->width).arg(picture->height)
          << Qt::endl
          << tr("Caption:   %1").arg(printable(picture->caption)) << Qt::endl
          << tr("Credit:    %1").arg(printable(picture->credit)) << Qt::endl
          << tr("Alt text:  %1").arg(printable(picture->altText)) << Qt::endl;
    QStringList widths;
    for (int width : picture->renditionWidths)
        widths.append(QString::number(width));
    m_out << tr("Widths:    %1").arg(widths.join(QStringLiteral(", "))) << Qt::endl;
    m_out << (lines.isEmpty() ? tr("Used by no article.")
                              : tr("Used by %n article(s):", nullptr, int(lines.size())))
          << Qt::endl;
    for (const QString &line : std::as_const(lines))
        m_out << line << Qt::endl;
    return Ok;
}

int CommandLineTool::describePicture(const QString &ref)
{
    const auto hash = pictureHash(ref);
    if (!hash)
        return hash.error();
    auto picture = m_store->picture(*hash);
    if (!picture)
        return fail(picture.error().message);
    const auto value = [this](const char *option, const QString &current) {
        const QString name = QString::fromLatin1(option);
        return m_parser.isSet(name) ? m_parser.value(name) : current;
    };
    auto described = m_store->describePicture(*hash, value("caption", picture->caption),
                                              value("credit", picture->credit),
                                              value("alt", picture->altText));
    if (!described)
        return fail(described.error().message);
    if (m_json)
        m_out << QJsonDocument(pictureJson(*described)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        m_out << pictureLine(*described) << Qt::endl;
    return Ok;
}

int CommandLineTool::listUnusedPictures()
{
    auto unused = m_store->unusedPictures();
    if (!unused)
        return fail(unused.error().message);
    QJsonArray array;
    for (const Picture &picture : std::as_const(*unused)) {
        if (m_json)
            array.append(pictureJson(picture));
        else
            m_out << pictureLine(picture) << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

int CommandLineTool::purgePictures()
{
    auto unused = m_store->unusedPictures();
    if (!unused)
        return fail(unused.error().message);
    QList<QByteArray> hashes;
    qint64 bytes = 0;
    for (const Picture &picture : std::as_const(*unused)) {
        hashes.append(picture.hash);
        bytes += picture.bytes;
    }
    const QLocale locale;
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        for (const Picture &picture : std::as_const(*unused))
            m_out << pictureLine(picture) << Qt::endl;
        m_out << tr("%n unused picture(s) would be removed (%1 MB).", nullptr, int(hashes.size()))
                     .arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1))
              << Qt::endl;
        return Ok;
    }
    auto purged = m_store->purgePictures(hashes);
    if (!purged)
        return fail(purged.error().message);
    m_out << tr("%n unused picture(s) removed.", nullptr, *purged) << Qt::endl;
    return Ok;
}

// lead ID (HASH|FILE) [--caption T] [--credit T] [--alt T], or lead ID --none: a new version
// of the article, kept in its history like any save.
int CommandLineTool::setLeadImage(const QStringList &args)
{
    const bool none = m_parser.isSet(QStringLiteral("none"));
    if (none != (args.size() == 1))
        return fail(tr("usage: newsroom-cli lead ID (HASH|FILE) [--caption T] [--credit T] "
                       "[--alt T], or lead ID --none"),
                    UsageError);
    auto article = m_store->articleByRef(args[0]);
    if (!article)
        return fail(article.error().message);
    LeadImage lead;
    if (!none) {
        Picture picture;
        if (QFileInfo(args[1]).isFile() || QFileInfo(args[1]).isSymLink()) {
            auto decoded = PictureDecoder::decodeFile(args[1]);
            if (!decoded)
                return fail(decoded.error());
            auto stored =
                m_store->addPicture(decoded->picture, decoded->original, decoded->renditions);
            if (!stored)
                return fail(stored.error().message);
            picture = *stored;
        } else {
            const auto hash = pictureHash(args[1]);
            if (!hash)
                return hash.error();
            auto found = m_store->picture(*hash);
            if (!found)
                return fail(found.error().message);
            picture = *found;
        }
        // The library's words, unless the article says its own.
        const auto value = [this](const char *option, const QString &library) {
            const QString name = QString::fromLatin1(option);
            return m_parser.isSet(name) ? m_parser.value(name) : library;
        };
        lead = {picture.hash, value("caption", picture.caption), value("credit", picture.credit),
                value("alt", picture.altText)};
    }
    if (article->leadImage != lead) {
        Article changed = *article;
        changed.leadImage = lead;
        auto saved = m_store->save(changed);
        if (!saved)
            return fail(saved.error().message);
        article = *saved;
    }
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), article->id},
                                           {QStringLiteral("slug"), article->slug},
                                           {QStringLiteral("version"), article->version},
                                           {QStringLiteral("lead_image"),
                                            QString::fromLatin1(article->leadImage.hash)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    m_out << (lead.isEmpty() ? tr("#%1 %2 has no lead image.")
                                   .arg(article->id)
                                   .arg(printable(article->slug))
                             : tr("#%1 %2 leads with picture %3.")
                                   .arg(article->id)
                                   .arg(printable(article->slug),
                                        QString::fromLatin1(lead.hash)))
          << Qt::endl;
    return Ok;
}

} // namespace newsroom
