#include "PictureChecks.h"

#include "media/PictureRefs.h"
#include "store/PictureLibrary.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace newsroom::picturechecks {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct PictureChecks
{
    Q_DECLARE_TR_FUNCTIONS(PictureChecks)
};

constexpr auto Error = CheckFinding::Severity::Error;
constexpr auto Warning = CheckFinding::Severity::Warning;
constexpr qsizetype kShortHash = 12; // enough to tell pictures apart in a sentence

CheckFinding finding(const char *code, CheckFinding::Severity severity, const QString &message,
                     std::optional<ArticleField> field = {}, const QString &excerpt = {})
{
    return {QString::fromLatin1(code), severity, message, field, excerpt};
}

QString shortHash(const QByteArray &hash)
{
    return QString::fromLatin1(hash.left(kShortHash));
}

// A body picture as the Markdown shows it: ![alt](media:HASH "caption").
struct BodyPicture
{
    QString markdown; // the whole image, for the editor to select
    QString alt;
    QByteArray hash;
};

QList<BodyPicture> bodyPictures(const QString &body)
{
    static const QRegularExpression image(
        QStringLiteral(R"(!\[((?:[^\]\\]|\\.)*)\]\(\s*<?(media:[0-9A-Fa-f]{64})>?[^)]*\))"));
    QList<BodyPicture> found;
    for (auto it = image.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        found.append({match.captured(0), match.captured(1).trimmed(),
                      picturerefs::hashOf(match.capturedView(2))});
    }
    return found;
}

// The library's pictures the article names, by hash; absent: not in the archive.
StoreResult<QMap<QByteArray, Picture>> lookUp(const Article &article, PictureLibrary &pictures)
{
    QMap<QByteArray, Picture> known;
    for (const QByteArray &hash : picturerefs::usedBy(article)) {
        auto picture = pictures.picture(hash);
        if (picture)
            known.insert(hash, *picture);
        else if (picture.error().code != StoreError::Code::NotFound)
            return std::unexpected(picture.error());
    }
    return known;
}

void checkLead(QList<CheckFinding> &findings, const LeadImage &lead,
               const QMap<QByteArray, Picture> &known)
{
    if (lead.isEmpty())
        return;
    if (!known.contains(lead.hash)) {
        findings.append(
            finding("lead-image-not-in-archive", Error,
                    PictureChecks::tr("The lead image (picture %1) is not in the archive; the page "
                                      "would show nothing. Choose the lead image again.")
                        .arg(shortHash(lead.hash)),
                    ArticleField::LeadImage));
        return;
    }
    if (lead.altText.trimmed().isEmpty()) {
        findings.append(finding("lead-image-missing-alt", Error,
                                PictureChecks::tr("The lead image has no alt text; readers who "
                                                  "cannot see it get nothing. Say in a sentence "
                                                  "what it shows."),
                                ArticleField::LeadImage));
    }
    if (lead.credit.trimmed().isEmpty()) {
        findings.append(
            finding("lead-image-missing-credit", Warning,
                    PictureChecks::tr("The lead image has no credit. Say whose "
                                      "picture it is (\u201cPhoto: Name / Agency\u201d)."),
                    ArticleField::LeadImage));
    }
    const Picture &picture = known[lead.hash];
    if (picture.width < Picture::kSocialCardWidth) {
        findings.append(finding(
            "lead-image-too-small", Warning,
            PictureChecks::tr("The lead image is %1 pixels wide; social cards need at least %2, "
                              "or they show it small or not at all. Choose a larger picture.")
                .arg(picture.width)
                .arg(Picture::kSocialCardWidth),
            ArticleField::LeadImage));
    }
}

void checkBody(QList<CheckFinding> &findings, const QString &body,
               const QMap<QByteArray, Picture> &known)
{
    QList<QByteArray> credited; // each picture's credit asked for once
    for (const BodyPicture &picture : bodyPictures(body)) {
        const auto it = known.constFind(picture.hash);
        const QString name = it == known.cend() || it->fileName.isEmpty()
                                 ? PictureChecks::tr("picture %1").arg(shortHash(picture.hash))
                                 : it->fileName;
        if (picture.alt.isEmpty()) {
            findings.append(finding("picture-missing-alt", Error,
                                    PictureChecks::tr("A picture in the body (%1) has no alt "
                                                      "text. Say in a sentence what it shows, "
                                                      "between the brackets of ![\u2026].")
                                        .arg(name),
                                    ArticleField::Body, picture.markdown));
        }
        if (it != known.cend() && it->credit.trimmed().isEmpty() &&
            !credited.contains(picture.hash)) {
            credited.append(picture.hash);
            findings.append(finding("picture-missing-credit", Warning,
                                    PictureChecks::tr("A picture in the body (%1) has no credit "
                                                      "in the library. Say whose picture it is "
                                                      "(newsroom-cli pictures describe).")
                                        .arg(name),
                                    ArticleField::Body, picture.markdown));
        }
    }
    // Every media: link, in an image or not, must name a picture the archive has.
    static const QRegularExpression link(QStringLiteral("media:[0-9A-Fa-f]{64}(?![0-9A-Fa-f])"));
    QList<QByteArray> reported;
    for (auto it = link.globalMatch(body); it.hasNext();) {
        const QString target = it.next().captured(0);
        const QByteArray hash = picturerefs::hashOf(target);
        if (known.contains(hash) || reported.contains(hash))
            continue;
        reported.append(hash);
        findings.append(finding("picture-not-in-archive", Error,
                                PictureChecks::tr("The body shows picture %1, which the archive "
                                                  "does not have; the page would show a hole. "
                                                  "Add the picture again or remove it.")
                                    .arg(shortHash(hash)),
                                ArticleField::Body, target));
    }
}

} // namespace

StoreResult<QList<CheckFinding>> run(const Article &article, PictureLibrary &pictures)
{
    auto known = lookUp(article, pictures);
    if (!known)
        return std::unexpected(known.error());
    QList<CheckFinding> findings;
    checkLead(findings, article.leadImage, *known);
    checkBody(findings, article.body, *known);
    return findings;
}

} // namespace newsroom::picturechecks
