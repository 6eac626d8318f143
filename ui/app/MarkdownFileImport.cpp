#include "MarkdownFileImport.h"

#include "ArchiveGateway.h"
#include "MainWindow.h"
#include "OnAnswer.h"
#include "browser/ArchiveBrowser.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace newsroom {

MarkdownFileImport::MarkdownFileImport(MainWindow *window) : QObject(window), m_window(window) {}

bool MarkdownFileImport::isMarkdown(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

void MarkdownFileImport::askAndImport(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    QStringList names;
    for (const QString &path : paths) {
        absolute << QFileInfo(path).absoluteFilePath(); // the worker has no working folder of ours
        names << QFileInfo(path).fileName();
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Import Markdown Articles"),
                        tr("Import %n Markdown article(s) into %1?", nullptr, int(paths.size()))
                            .arg(m_window->archiveName()),
                        QMessageBox::Cancel, m_window);
    // A file manager may hand over hundreds: the first few are named, the rest counted.
    constexpr qsizetype kNamed = 10;
    QString named = names.mid(0, kNamed).join(QLatin1Char('\n'));
    if (names.size() > kNamed)
        named += QLatin1Char('\n') + tr("and %n more", nullptr, int(names.size() - kNamed));
    box->setInformativeText(named);
    QPushButton *import = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    box->setDefaultButton(import);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("markdownImportQuestion")); // for tests
    connect(box, &QMessageBox::finished, this, [this, box, import, absolute] {
        if (box->clickedButton() == import)
            this->import(absolute);
        else
            Q_EMIT declined();
    });
    box->open();
}

void MarkdownFileImport::import(const QStringList &paths)
{
    m_window->statusBar()->showMessage(tr("Importing %n article(s)…", nullptr, int(paths.size())));
    auto done = m_window->gateway()->run<QList<ArticleImporter::Outcome>>(
        ArchiveGateway::Lane::Writes,
        [paths](ArticleStore &store) -> StoreResult<QList<ArticleImporter::Outcome>> {
            return ArticleImporter(store).importFiles(paths);
        });
    onAnswer(done, this, [this](const StoreResult<QList<ArticleImporter::Outcome>> &outcomes) {
        if (!outcomes) {
            warn(outcomes.error().message);
            Q_EMIT imported({});
            return;
        }
        report(*outcomes);
        Q_EMIT imported(*outcomes);
    });
}

// The status bar says how it went; files that could not be read are named in a message box,
// each with its reason; the first article brought in (or found there already) opens.
void MarkdownFileImport::report(const QList<ArticleImporter::Outcome> &outcomes)
{
    int added = 0;
    int already = 0;
    QStringList failures;
    qint64 first = 0;
    for (const ArticleImporter::Outcome &outcome : outcomes) {
        if (!outcome.error.isEmpty()) {
            failures << tr("%1: %2").arg(QFileInfo(outcome.path).fileName(), outcome.error);
            continue;
        }
        if (outcome.alreadyImported)
            ++already;
        else
            ++added;
        if (first == 0 && outcome.article)
            first = outcome.article->id;
    }
    QString message = tr("%n article(s) imported.", nullptr, added);
    if (already > 0)
        message += QLatin1Char(' ') + tr("%n was already in the archive.", nullptr, already);
    m_window->statusBar()->showMessage(message);
    // The window's own changes are not announced back to it (a server archive): the list is
    // read again here, with the new articles.
    if (added > 0)
        m_window->browser()->reload();
    if (first != 0)
        m_window->openArticle(first);
    if (failures.isEmpty())
        return;
    // The first few in the message, every one in its details: a thousand failed files (the
    // server gone mid-import) must not make a box taller than the screen.
    constexpr qsizetype kShown = 10;
    QString text = tr("%n file(s) could not be imported:", nullptr, int(failures.size())) +
                   QLatin1Char('\n') + failures.mid(0, kShown).join(QLatin1Char('\n'));
    if (failures.size() > kShown)
        text += QLatin1Char('\n') +
                tr("…and %n more (see Show Details).", nullptr, int(failures.size() - kShown));
    warn(text, failures.size() > kShown ? failures.join(QLatin1Char('\n')) : QString());
}

// Window-modal and not waited for: the window goes on answering meanwhile.
void MarkdownFileImport::warn(const QString &message, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Markdown Articles"), message,
                                QMessageBox::Ok, m_window);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("markdownImportProblem")); // for tests
    box->open();
}

} // namespace newsroom
